package org.entente.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.entente.EntenteException;
import org.entente.convert.FactConverter;
import org.entente.facts.EntityIndex;
import org.entente.facts.Fact;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleSplitter;
import org.entente.util.TextFiles;

/**
 * Runs the extractor over files: article files of {@code data/articles}, raw text, or HTML. Files
 * are read one batch at a time and processed on every core; results come out in input order, so
 * memory stays flat however many files there are. A bad file (binary, broken UTF-8, empty) is
 * reported and skipped.
 *
 * <pre>
 * Extraction x = new Extraction(ontologyAndReference);
 * x.run(files, (article, extracted) -&gt; write(extracted.facts()), error -&gt; System.err.println(error));
 * </pre>
 */
public final class Extraction {
    private static final int BATCH = 64;

    private final Graph graph;
    private final EntityIndex index;
    private final Gazetteer gazetteer;
    private final List<Pattern> patterns;
    private final Extractor.Lexicons lexicons;

    public Extraction(Graph ontologyAndReference) {
        this(ontologyAndReference, Pattern.builtIn());
    }

    public Extraction(Graph ontologyAndReference, List<Pattern> patterns) {
        this.graph = ontologyAndReference;
        this.index = new EntityIndex(ontologyAndReference);
        this.gazetteer = new Gazetteer(ontologyAndReference, index);
        this.patterns = patterns;
        this.lexicons = new Extractor.Lexicons(patterns);
    }

    public EntityIndex index() {
        return index;
    }

    /** Candidates of one article. */
    public List<Fact> extract(Article a) {
        return extractAll(a).facts();
    }

    /** A name in an article that matched no entity of the graph: its text, offsets in the article, and its sentence as written. */
    public record UnknownName(String name, int start, int end, String sentence) {}

    /** One article's candidates and the capitalized names in it that matched no entity, for review. */
    public record Extracted(List<Fact> facts, List<UnknownName> unknownNames) {}

    /** Candidates of one article, and its names the graph does not know. */
    public Extracted extractAll(Article a) {
        FactConverter checker = new FactConverter(index, graph, Map.of(a.id(), a));
        Extractor x = new Extractor(gazetteer, checker, patterns, lexicons);
        List<Fact> out = new ArrayList<>();
        for (Extractor.Candidate c : x.extract(a)) out.add(c.fact());
        List<UnknownName> names = new ArrayList<>();
        for (UnknownNames.Name n : x.namesForReview()) {
            names.add(new UnknownName(n.text(), n.start(), n.end(), n.sentence().text()));
        }
        return new Extracted(out, names);
    }

    /** The articles of a file: an Entente article file, an HTML page, or raw text cut like `ingest`. */
    public static List<Article> read(Path f) {
        String text = TextFiles.readUtf8(f);
        if (text.startsWith("Id: ")) return List.of(ArticleFiles.read(f));
        if (HtmlText.looksLikeHtml(text)) {
            String plain = HtmlText.extract(text);
            if (plain.isBlank()) throw new EntenteException(f + ": no text in this HTML page");
            String title = plain.split("\n", 2)[0];
            return List.of(new Article(Article.idOf(plain), title, null, null, null, f.getFileName().toString(), plain, f));
        }
        List<Article> as = new ArticleSplitter().split(f.getFileName().toString(), text);
        if (as.isEmpty()) throw new EntenteException(f + ": no article text found");
        return as;
    }

    private record Result(Article article, Extracted extracted, String error) {}

    /**
     * One article's candidates, or, if the extractor fails on it (a defect of ours, not of the input), a message naming
     * the file and article: one article lost is reported, and the rest of the corpus goes on.
     */
    private Result extractOrReport(Path f, Article a) {
        try {
            return new Result(a, extractAll(a), null);
        } catch (RuntimeException e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return new Result(a, null, f + " (article " + a.id() + "): the extractor failed on this article: " + e
                    + (at == null ? "" : " at " + at.getFileName() + ":" + at.getLineNumber()) + " (please report this)");
        }
    }

    /**
     * Extracts from every file, in order, on all cores.
     *
     * @param sink   receives each article with its candidates and unknown names, in input order
     * @param errors receives one message per bad file (which is skipped)
     * @return articles processed
     */
    public int run(List<Path> files, java.util.function.BiConsumer<Article, Extracted> sink, Consumer<String> errors) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        int n = 0;
        try {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Future<List<Result>>> futures = new ArrayList<>();
                for (Path f : files.subList(from, Math.min(files.size(), from + BATCH))) {
                    futures.add(pool.submit(() -> {
                        List<Result> res = new ArrayList<>();
                        for (Article a : read(f)) res.add(extractOrReport(f, a));
                        return res;
                    }));
                }
                for (Future<List<Result>> fu : futures) {
                    try {
                        for (Result r : fu.get()) {
                            if (r.error() != null) {
                                errors.accept(r.error());
                                continue;
                            }
                            sink.accept(r.article(), r.extracted());
                            n++;
                        }
                    } catch (ExecutionException e) {
                        Throwable c = e.getCause();
                        if (c instanceof EntenteException) errors.accept(c.getMessage());
                        else throw new EntenteException("extraction failed: " + c, c);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException("interrupted");
        } finally {
            pool.shutdownNow();
        }
        return n;
    }
}
