package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.EntenteException;
import org.entente.extract.Candidates;
import org.entente.extract.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.util.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", description = {
        "Propose sourced facts from article text: plain text, HTML, or the article files of data/articles.",
        "Writes candidates in the facts format (TSV) with two more columns, confidence and rule; review them and move",
        "the rows you accept into data/facts/. A bad file (binary, broken encoding, empty) is reported and skipped.",
        "Example: entente extract data/articles --out candidates.tsv"})
final class ExtractCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the candidates here (default: standard output).")
    Path out;

    @Option(names = "--names", paramLabel = "FILE", description = {"Also write the capitalized names that matched no entity of the graph, "
            + "for review (TSV: name, mentions, articles, and the first article, offsets and sentence), most frequent first."})
    Path names;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Only candidates at least this confident (default 0: all).")
    double min;

    @Override
    public Integer call() throws Exception {
        main.init();
        Main.checkConfidence(min);
        var project = main.project().check();
        Pipeline p = new Pipeline(project);
        Extraction x = new Extraction(Pipeline.union(p.ontology(), p.reference().graph()));
        List<Path> files = IngestCmd.expand(inputs);
        if (files.isEmpty()) throw new EntenteException("no input files");
        int[] rows = {0}, bad = {0};
        long t0 = System.nanoTime();
        Writer w = new BufferedWriter(new OutputStreamWriter(out == null ? System.out : Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        UnknownNameList unknown = new UnknownNameList();
        try (Progress bar = Progress.start("Extract", files.size())) {
            w.write(Candidates.header());
            int articles = x.run(files, (article, extracted) -> {
                for (Extraction.UnknownName n : extracted.unknownNames()) unknown.add(article.id(), n);
                try {
                    for (var f : extracted.facts()) {
                        if (f.confidence() < min) continue;
                        String r = Candidates.row(f);
                        if (r != null) {
                            w.write(r);
                            rows[0]++;
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                bar.step();
            }, err -> {
                bad[0]++;
                System.err.println("entente: skipped " + err);
            });
            w.flush();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.err.printf("extracted %d candidates from %d articles in %.1f s (%.1f articles/s)%s%n", rows[0], articles, secs,
                    articles / Math.max(secs, 1e-9), bad[0] > 0 ? "; " + bad[0] + " skipped (see above)" : "");
            if (names != null) unknown.write(names);
            System.err.printf("%d mentions of %d names matched no entity of the graph (%s)%n", unknown.mentions(), unknown.size(),
                    names != null ? "listed in " + names : "--names FILE lists them for review");
        } finally {
            if (out != null) w.close();
            else w.flush();
        }
        return 0;
    }
}
