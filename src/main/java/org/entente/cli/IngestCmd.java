package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.entente.EntenteException;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleSplitter;
import org.entente.pipeline.Pipeline;
import org.entente.util.Progress;
import org.entente.util.TextFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", description = {
        "Split raw article files into data/articles, or check data/articles.",
        "With FILES (text files or directories of them): cut each into articles (at 'Source:' lines and comment widgets,",
        "dropping scraped boilerplate) and write one file per article, named by its content hash. A bad file (binary,",
        "broken UTF-8, empty) is reported and skipped. Without FILES: read and list data/articles."})
final class IngestCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Raw text files or directories to split into articles.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write articles (default: ROOT/data/articles).")
    Path out;

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        if (files.isEmpty()) {
            var corpus = new Pipeline(project.check()).ingest();
            for (Article a : corpus.values()) {
                System.out.printf("%s  %-60s  %s%s%s  %,d chars%n", a.id(), clip(a.title(), 60),
                        a.publisher() == null ? "-" : a.publisher(), a.author() == null ? "" : " / " + a.author(),
                        a.date() == null ? "" : " / " + a.date(), a.text().length());
            }
            System.out.printf("%d articles in %s%n", corpus.size(), project.articlesDir());
            return 0;
        }
        Path dest = out != null ? out : project.articlesDir();
        ArticleSplitter splitter = new ArticleSplitter();
        List<Path> inputs = expand(files);
        int written = 0, bad = 0;
        try (Progress p = Progress.start("Ingest", inputs.size())) {
            for (Path f : inputs) {
                try {
                    String text = TextFiles.readUtf8(f);
                    List<Article> articles = splitter.split(f.getFileName().toString(), text);
                    if (articles.isEmpty()) throw new EntenteException(f + ": no article text found");
                    for (Article a : articles) {
                        Path w = ArticleFiles.write(dest, a);
                        written++;
                        System.out.printf("%s  %s  %s -> %s%n", a.id(), clip(a.title(), 60),
                                a.publisher() == null ? "-" : a.publisher(), w);
                    }
                } catch (EntenteException e) {
                    bad++;
                    System.err.println("entente: skipped " + e.getMessage());
                }
                p.step();
            }
        }
        System.out.printf("%d article(s) from %d file(s) in %s%s%n", written, inputs.size() - bad, dest,
                bad > 0 ? "; " + bad + " file(s) skipped" : "");
        return bad > 0 && written == 0 ? 1 : 0;
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
                } catch (java.io.IOException e) {
                    throw new EntenteException(p + ": cannot list: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
