package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.entente.EntenteException;
import org.entente.extract.Evaluator;
import org.entente.extract.Extraction;
import org.entente.facts.Fact;
import org.entente.facts.FactsReader;
import org.entente.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "eval", description = {
        "Score extraction against gold facts: precision, recall and F1 overall, per relation and per stance.",
        "GOLD is a facts TSV or a directory of them (the curated data/facts are annotations of the seed articles).",
        "Without --candidates, extracts from the gold's articles in data/articles first.",
        "Example: entente eval --gold data/facts --gold data/gold --errors",
        "         entente eval --gold data/facts --gold data/gold --thresholds --by-rule"})
final class EvalCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR",
            description = "Gold facts (TSV in the facts format); repeat to combine, e.g. --gold data/facts --gold data/gold.")
    List<Path> gold;

    @Option(names = "--candidates", paramLabel = "FILE", description = "Candidates TSV from `entente extract` (default: extract now).")
    Path candidates;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Score only candidates at least this confident.")
    double min;

    @Option(names = "--articles", split = ",", paramLabel = "ID", description = "Score only these articles (ids or prefixes).")
    List<String> only;

    @Option(names = "--by-rule", description = "Also print each pattern's precision over the candidates it made.")
    boolean byRule;

    @Option(names = "--thresholds", description = "Also print precision, recall and F1 at confidence 0.50, 0.55, ... 0.95, to choose --min-confidence.")
    boolean thresholds;

    @Option(names = "--errors", description = "Also list the gold facts missed and the candidates that match no gold fact, with their quotes.")
    boolean errors;

    @Override
    public Integer call() {
        main.init();
        Main.checkConfidence(min);
        var project = main.project().check();
        Pipeline p = new Pipeline(project);
        Extraction x = new Extraction(Pipeline.union(p.ontology(), p.reference().graph()));
        List<Fact> g = new ArrayList<>();
        for (Path p1 : gold) g.addAll(readFacts(p1));
        if (g.isEmpty()) throw new EntenteException(gold + ": no gold facts");
        List<Fact> c = new ArrayList<>();
        if (candidates != null) {
            c.addAll(FactsReader.readAll(candidates));
        } else {
            Set<String> ids = new LinkedHashSet<>(Evaluator.articles(g));
            var corpus = p.ingest();
            for (var a : corpus.values()) {
                if (ids.stream().anyMatch(id -> a.id().startsWith(id))) c.addAll(x.extract(a));
            }
        }
        c.removeIf(f -> f.confidence() != null && f.confidence() < min);
        Set<String> articles = only == null ? null : new LinkedHashSet<>(only);
        if (articles != null) {
            Set<String> known = new LinkedHashSet<>(Evaluator.articles(g));
            for (String id : articles) {
                if (known.stream().noneMatch(k -> k.startsWith(id))) {
                    throw new EntenteException("--articles " + id + ": no article of the gold has this id or prefix; the gold has " + known.size()
                            + " articles, e.g. " + known.stream().limit(3).toList());
                }
            }
        }
        var report = new Evaluator(x.index()).score(g, c, articles);
        System.out.print(report.render());
        if (thresholds) System.out.print(report.renderThresholds());
        if (byRule) System.out.print(report.renderRules());
        if (errors) System.out.print(report.renderErrors());
        return 0;
    }

    static List<Fact> readFacts(Path p) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (var s = Files.list(p)) {
                s.filter(f -> f.toString().endsWith(".tsv")).sorted().forEach(files::add);
            } catch (java.io.IOException e) {
                throw new EntenteException(p + ": " + e.getMessage(), e);
            }
        } else {
            files.add(p);
        }
        List<Fact> out = new ArrayList<>();
        for (Path f : files) out.addAll(FactsReader.readAll(f));
        return out;
    }
}
