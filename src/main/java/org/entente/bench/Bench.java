package org.entente.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.entente.facts.EntityIndex;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleFiles;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Project;
import org.entente.query.NamedQuery;
import org.entente.query.QueryRunner;

/**
 * The benchmark harness: generates graphs of increasing size and measures, on this machine and in
 * one run, loading (Entente against Jena's {@code tdb2.tdbloader}), reasoning (full and after one
 * more article), query latency and throughput over HTTP with 1 and 4 clients (Entente's server
 * against plain Fuseki on TDB2 and Virtuoso Open Source, on the same data and queries),
 * extraction speed, and peak memory. Every measurement is repeated and reported as min, median and
 * max; nothing here asserts on time. Writes {@code results.csv} and {@code results.md}.
 *
 * <pre>
 * java -cp target/entente.jar org.entente.bench.Bench --quick --out target/bench
 * </pre>
 */
public final class Bench {

    private final Path root;
    private final Path out;
    private final Path jar;
    private final boolean quick;
    /** Repetitions of each measurement (one at 10M quads, where a run takes minutes). */
    private final int reps;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Bench(Path root, Path out, boolean quick) {
        this.root = root;
        this.out = out;
        this.jar = root.resolve("target/entente.jar");
        this.quick = quick;
        this.reps = quick ? 2 : 3;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path out = Path.of("target/bench");
        Path root = Path.of(".");
        List<Long> sizes = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                case "--sizes" -> {
                    sizes = new ArrayList<>();
                    for (String s : args[++i].split(",")) sizes.add(Long.parseLong(s.strip().replace("_", "")));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --quick, --sizes N,N, --out DIR, --root DIR");
            }
        }
        if (sizes == null) sizes = quick ? List.of(100_000L) : List.of(100_000L, 1_000_000L, 10_000_000L);
        org.entente.util.Progress.setQuiet(true);
        Bench b = new Bench(root.toAbsolutePath().normalize(), out.toAbsolutePath().normalize(), quick);
        b.run(sizes);
    }

    // --- the run -----------------------------------------------------------------------------------

    private void run(List<Long> sizes) throws Exception {
        Files.createDirectories(out);
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: run `mvn -B -DskipTests package` first");
        extraction(quick ? 5 : 20, reps);
        for (long n : sizes) {
            System.err.printf("== %,d quads%n", n);
            Path data = out.resolve("data").resolve("g" + n + ".nq.gz");
            Files.createDirectories(data.getParent());
            if (!Files.exists(data)) {
                Proc g = proc(List.of(java(), "-Xmx4g", "-jar", jar.toString(), "--root", root.toString(), "-q", "generate",
                        "--statements", Long.toString(n), "--seed", "42", "--out", data.toString()), Duration.ofHours(1));
                if (g.exit() != 0) throw new IllegalStateException("generate failed: " + g.err());
            }
            long quads = countLines(data);
            String label = human(n);
            int reps = n >= 10_000_000 ? 1 : this.reps;
            // Load: Entente's loader and Jena's own, each into a fresh store.
            Path enteStore = null, jenaStore = null;
            List<Double> ente = new ArrayList<>(), jena = new ArrayList<>();
            List<Double> enteRss = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                Path s1 = out.resolve("stores").resolve("entente-" + label + "-" + r);
                Path s2 = out.resolve("stores").resolve("tdbloader-" + label + "-" + r);
                org.entente.util.FileOps.deleteTree(s1);
                org.entente.util.FileOps.deleteTree(s2);
                Proc a = proc(List.of(java(), "-Xmx4g", "-jar", jar.toString(), "--root", root.toString(), "-q", "--store", s1.toString(),
                        "load", data.toString()), Duration.ofHours(2));
                check(a, "entente load");
                ente.add(quads / a.seconds());
                enteRss.add(a.peakRssKb() / 1024.0);
                Proc b = proc(List.of(java(), "-Xmx4g", "-cp", jar.toString(), "tdb2.tdbloader", "--loc", s2.toString(), data.toString()),
                        Duration.ofHours(2));
                check(b, "tdb2.tdbloader");
                jena.add(quads / b.seconds());
                if (r < reps - 1) {
                    org.entente.util.FileOps.deleteTree(s1);
                    org.entente.util.FileOps.deleteTree(s2);
                } else {
                    enteStore = s1;
                    jenaStore = s2;
                }
            }
            record(label, quads, "load", "entente load", "quads/s", ente);
            record(label, quads, "load", "tdb2.tdbloader", "quads/s", jena);
            record(label, quads, "memory", "entente load peak RSS", "MiB", enteRss);
            // Reasoning: full materialization, then one more article and an incremental update.
            reasoning(label, quads, enteStore, n, reps);
            // Queries over HTTP: Entente, plain Fuseki and Virtuoso, all on the same data: Entente's store after
            // reasoning, dumped and loaded into the peers (so queries over inferred statements compare).
            Path dump = out.resolve("data").resolve("reasoned-" + label + ".nq.gz");
            Proc e = proc(List.of(java(), "-Xmx4g", "-jar", jar.toString(), "--root", root.toString(), "-q", "--store", enteStore.toString(),
                    "export", "--out", out.resolve("export-" + label).toString()), Duration.ofHours(2));
            check(e, "entente export");
            Files.move(out.resolve("export-" + label).resolve("dataset.nq.gz"), dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            org.entente.util.FileOps.deleteTree(out.resolve("export-" + label));
            org.entente.util.FileOps.deleteTree(jenaStore);
            check(proc(List.of(java(), "-Xmx4g", "-cp", jar.toString(), "tdb2.tdbloader", "--loc", jenaStore.toString(), dump.toString()),
                    Duration.ofHours(2)), "tdb2.tdbloader (reasoned dump)");
            queries(label, quads, enteStore, jenaStore, dump);
            if (!quick && n < sizes.get(sizes.size() - 1)) {
                org.entente.util.FileOps.deleteTree(out.resolve("stores"));
            }
        }
        write();
    }

    private void reasoning(String label, long quads, Path store, long n, int reps) throws IOException {
        List<Double> times = new ArrayList<>(), rss = new ArrayList<>();
        String inferred = "";
        String heap = n >= 10_000_000 ? "-Xmx16g" : "-Xmx4g";
        for (int r = 0; r < reps; r++) {
            Proc p = proc(List.of(java(), heap, "-jar", jar.toString(), "--root", root.toString(), "-q", "--store", store.toString(), "reason"),
                    Duration.ofMinutes(60));
            if (p.exit() != 0) {
                notes.add("reasoning at " + label + " failed or timed out: " + p.err().lines().reduce((x, y) -> y).orElse(""));
                return;
            }
            Matcher m = java.util.regex.Pattern.compile("([\\d,]+) inferred statements, ([\\d,]+) triples added in ([\\d.]+) s").matcher(p.out());
            if (m.find()) {
                times.add(Double.parseDouble(m.group(3)));
                inferred = m.group(1) + " statements / " + m.group(2) + " triples";
            }
            rss.add(p.peakRssKb() / 1024.0);
        }
        record(label, quads, "reason", "full materialization (" + inferred + ")", "s", times);
        record(label, quads, "memory", "reason peak RSS (" + heap + ")", "MiB", rss);
        // One more article: load its graph, then update the inferences incrementally. The generator
        // writes the reference and ontology graphs too (already in the store): keep the last article's
        // graph only, from a run with another seed, so its statements are new.
        Path one = out.resolve("data").resolve("one-article-" + label + ".nq");
        Proc g = proc(List.of(java(), "-jar", jar.toString(), "--root", root.toString(), "-q", "generate", "--statements", "20000", "--seed",
                "7", "--out", one.toString()), Duration.ofMinutes(5));
        check(g, "generate one article");
        List<String> article = oneArticle(Files.readAllLines(one));
        Files.write(one, article);
        Proc l = proc(List.of(java(), "-jar", jar.toString(), "--root", root.toString(), "-q", "--store", store.toString(), "load", one.toString()),
                Duration.ofMinutes(10));
        check(l, "load one article");
        List<Double> inc = new ArrayList<>();
        Proc p = proc(List.of(java(), heap, "-jar", jar.toString(), "--root", root.toString(), "-q", "--store", store.toString(), "reason", "--incremental"),
                Duration.ofMinutes(60));
        Matcher m = java.util.regex.Pattern.compile("in ([\\d.]+) s").matcher(p.out());
        if (!p.out().contains("update for 1 new graph(s)")) notes.add("the incremental update at " + label + " did not see exactly one new graph: " + p.out().strip());
        else if (m.find()) inc.add(Double.parseDouble(m.group(1)));
        record(label, quads, "reason", "incremental update after one article (" + article.size() + " quads)", "s", inc);
    }

    /** The quads of the last article graph among N-Quads lines. */
    static List<String> oneArticle(List<String> lines) {
        String prefix = "<" + org.entente.vocab.EntenteConst.GRAPH_ARTICLE_PREFIX;
        String graph = null;
        for (String l : lines) {
            int at = l.lastIndexOf(prefix);
            if (at >= 0 && l.endsWith("> .")) graph = l.substring(at, l.length() - 2);
        }
        if (graph == null) throw new IllegalStateException("the generator wrote no article graph");
        String g = graph;
        return lines.stream().filter(l -> l.endsWith(g + " .")).toList();
    }

    // --- queries -------------------------------------------------------------------------------------

    private record Q(String name, String ententePath, String sparql) {}

    /**
     * The text a peer runs for a named query with its parameters: the parameters substituted into
     * the query. Where substitution leaves invalid SPARQL (an optional parameter tested with
     * {@code BOUND(?x)} becomes {@code BOUND(<iri>)}), the values are bound instead by a
     * {@code VALUES} block at the head of the query's top-level group, which has the same meaning.
     */
    static String peerText(org.apache.jena.query.Query query, org.apache.jena.sparql.engine.binding.Binding b) {
        Map<Var, Node> values = new LinkedHashMap<>();
        b.forEach(values::put);
        String text = QueryTransformOps.transform(query, values).toString();
        try {
            org.apache.jena.query.QueryFactory.create(text);
            return text;
        } catch (org.apache.jena.query.QueryParseException e) {
            org.apache.jena.query.Query copy = query.cloneQuery();
            if (!(copy.getQueryPattern() instanceof org.apache.jena.sparql.syntax.ElementGroup group)) throw e;
            group.getElements().add(0, new org.apache.jena.sparql.syntax.ElementData(new ArrayList<>(values.keySet()), List.of(b)));
            return copy.toString();
        }
    }

    private List<Q> queries() {
        Pipeline p = new Pipeline(Project.at(root, null));
        EntityIndex idx = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        QueryRunner runner = new QueryRunner(() -> idx);
        List<Q> out = new ArrayList<>();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("members-on-date", "org=NATO&date=2015-11-24");
        cases.put("collective-defence", "aggressor=Russia&victim=Turkey&place=Turkey&date=2015-11-24");
        cases.put("obligation-exposure", "a=Russia&b=Turkey&date=2015-11-24");
        cases.put("sanctions-on", "target=Russia");
        cases.put("agreements-between", "a=United_States&b=Russia");
        cases.put("contested-claims", "about=Turkey");
        cases.put("said-about", "a=Russia&b=United_States");
        cases.put("who-backs-whom", "conflict=Syrian_civil_war");
        cases.put("sources", "entity=Turkey");
        cases.put("common-enemies", "");
        cases.put("proxy-confrontations", "");
        cases.put("attacks-and-article-5", "");
        for (var e : cases.entrySet()) {
            NamedQuery q = NamedQuery.read(root.resolve("queries/" + e.getKey() + ".rq"));
            Map<String, String> params = new LinkedHashMap<>();
            for (String kv : e.getValue().split("&")) if (!kv.isBlank()) params.put(kv.split("=")[0], kv.split("=")[1]);
            String text = peerText(q.query(), runner.bind(q, params));
            out.add(new Q(e.getKey(), "queries/" + e.getKey() + "?" + e.getValue() + (e.getValue().isEmpty() ? "" : "&") + "format=csv", text));
        }
        String ent = "https://w3id.org/entente/ontology#";
        out.add(new Q("lookup: one entity's data", "data/Turkey.nt", "SELECT ?p ?o WHERE { <https://w3id.org/entente/id/Turkey> ?p ?o }"));
        out.add(new Q("aggregate: statements per relation", null,
                "SELECT ?r (COUNT(*) AS ?n) WHERE { ?s <" + ent + "relation> ?r } GROUP BY ?r ORDER BY DESC(?n)"));
        out.add(new Q("aggregate: entities per class", null, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n)"));
        return out;
    }

    private void queries(String label, long quads, Path enteStore, Path jenaStore, Path data) throws Exception {
        List<Q> qs = queries();
        // Entente
        int port = freePort();
        Proc.Live serve = start(List.of(java(), "-Xmx4g", "-jar", jar.toString(), "--root", root.toString(), "-q", "--store", enteStore.toString(),
                "serve", "--port", Integer.toString(port), "--timeout", "120"), "http://127.0.0.1:" + port + "/$/ping", Duration.ofMinutes(10));
        if (serve == null) {
            notes.add("entente serve did not start at " + label);
        } else {
            try {
                for (Q q : qs) {
                    String url = q.ententePath() != null ? "http://127.0.0.1:" + port + "/" + q.ententePath()
                            : "http://127.0.0.1:" + port + "/entente/sparql?query=" + enc(q.sparql());
                    measure(label, quads, "entente serve", q.name(), url);
                }
            } finally {
                long rss = serve.peakRssKb();
                serve.stop();
                rows.add(row(label, quads, "memory", "entente serve peak RSS (-Xmx4g)", "MiB", List.of(rss / 1024.0)));
            }
        }
        // Plain Fuseki over TDB2 (Jena's own loader's store), no Entente additions.
        int fport = freePort();
        Proc.Live fuseki = start(List.of(java(), "-Xmx4g", "-Dlog4j.configurationFile=none", "-cp", jar.toString(),
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost", "--port", Integer.toString(fport), "--timeout", "120000", "--set", "tdb:unionDefaultGraph=true",
                "--tdb2", "--loc", jenaStore.toString(), "/ds"), "http://127.0.0.1:" + fport + "/ds/sparql?query=" + enc("ASK {}"), Duration.ofMinutes(5));
        if (fuseki == null) {
            notes.add("plain Fuseki did not start at " + label + "; its results are missing");
        } else {
            try {
                for (Q q : qs) measure(label, quads, "Fuseki/TDB2 (plain)", q.name(), "http://127.0.0.1:" + fport + "/ds/sparql?query=" + enc(q.sparql()));
            } finally {
                fuseki.stop();
            }
        }
        virtuoso(label, quads, data, qs);
    }

    private void virtuoso(String label, long quads, Path data, List<Q> qs) throws Exception {
        Path bin = Path.of("/usr/bin/virtuoso-t");
        if (!Files.isExecutable(bin)) {
            notes.add("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin): no Virtuoso results at " + label);
            return;
        }
        Path dir = out.resolve("virtuoso-" + label);
        org.entente.util.FileOps.deleteTree(dir);
        Files.createDirectories(dir);
        int sql = freePort(), web = freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), String.join("\n",
                "[Database]", "DatabaseFile = " + dir.resolve("v.db"), "ErrorLogFile = " + dir.resolve("v.log"), "LockFile = " + dir.resolve("v.lck"),
                "TransactionFile = " + dir.resolve("v.trx"), "xa_persistent_file = " + dir.resolve("v.pxa"), "TempStorage = TempDatabase",
                "[TempDatabase]", "DatabaseFile = " + dir.resolve("v-temp.db"), "TransactionFile = " + dir.resolve("v-temp.trx"),
                "[Parameters]", "ServerPort = 127.0.0.1:" + sql, "DisableUnixSocket = 1", "NumberOfBuffers = 680000", "MaxDirtyBuffers = 500000",
                "DirsAllowed = ., " + data.getParent(), "ThreadsPerQuery = 2", "MaxQueryMem = 2G",
                "[HTTPServer]", "ServerPort = 127.0.0.1:" + web, "ServerRoot = " + dir, "ServerThreads = 8",
                "[SPARQL]", "ResultSetMaxRows = 100000", "MaxQueryExecutionTime = 120", "") + "\n");
        Proc.Live v = start(List.of(bin.toString(), "-c", dir.resolve("virtuoso.ini").toString(), "+foreground"),
                "http://127.0.0.1:" + web + "/sparql?query=" + enc("ASK {}"), Duration.ofMinutes(3));
        if (v == null) {
            notes.add("Virtuoso did not start at " + label + " (see " + dir.resolve("v.log") + ")");
            return;
        }
        try {
            long t0 = System.nanoTime();
            Proc load = proc(List.of("/usr/bin/isql-vt", "127.0.0.1:" + sql, "dba", "dba",
                    "exec=ld_dir('" + data.getParent() + "', '" + data.getFileName() + "', 'urn:entente:default'); rdf_loader_run(); checkpoint;"),
                    Duration.ofHours(2));
            double secs = (System.nanoTime() - t0) / 1e9;
            if (load.exit() != 0) {
                notes.add("Virtuoso load failed at " + label + ": " + load.err());
                return;
            }
            rows.add(row(label, quads, "load", "Virtuoso 7 bulk loader (ld_dir + rdf_loader_run)", "quads/s", List.of(quads / secs)));
            for (Q q : qs) {
                measure(label, quads, "Virtuoso 7", q.name(), "http://127.0.0.1:" + web + "/sparql?format=text%2Fcsv&query=" + enc(q.sparql()));
            }
        } finally {
            v.stop();
        }
    }

    /** Latency with one client and with four, and throughput with four; a query that fails is noted. */
    private void measure(String label, long quads, String system, String query, String url) throws Exception {
        int n1 = quick ? 8 : 20, n4 = quick ? 4 : 10;
        long budget = (quick ? 20 : 60) * 1_000_000_000L;
        // One warm-up request, whose answer is kept to check that every system answers alike.
        HttpResponse<String> warm = getBody(url);
        if (warm == null || warm.statusCode() != 200) {
            String why = warm == null ? "" : warm.body().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2)
                    .reduce((a, b) -> a + " " + b).orElse("");
            notes.add(system + " could not answer '" + query + "' at " + label + " (HTTP " + (warm == null ? "timeout" : warm.statusCode())
                    + (why.isEmpty() ? "" : ": " + (why.length() > 200 ? why.substring(0, 200) + "…" : why)) + ")");
            return;
        }
        long answerRows = Math.max(0, warm.body().lines().filter(l -> !l.isBlank()).count() - (url.contains("/data/") ? 0 : 1));
        rows.add(new String[] {label, Long.toString(quads), "query", system + " | " + query, "answer rows (capped at 100,000)",
                Long.toString(answerRows), Long.toString(answerRows), Long.toString(answerRows)});
        List<Double> one = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n1 && System.nanoTime() - start < budget; i++) one.add(timed(url));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Double>>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < 4; c++) {
            fs.add(pool.submit(() -> {
                List<Double> l = new ArrayList<>();
                long s0 = System.nanoTime();
                for (int i = 0; i < n4 && System.nanoTime() - s0 < budget; i++) l.add(timed(url));
                return l;
            }));
        }
        List<Double> four = new ArrayList<>();
        for (Future<List<Double>> f : fs) four.addAll(f.get());
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        rows.add(new String[] {label, Long.toString(quads), "query", system + " | " + query, "ms p50/p99 (1 client)",
                fmt(percentile(one, 50)), fmt(percentile(one, 99)), fmt(Collections.max(one))});
        rows.add(new String[] {label, Long.toString(quads), "query", system + " | " + query, "ms p50/p99 (4 clients)",
                fmt(percentile(four, 50)), fmt(percentile(four, 99)), fmt(Collections.max(four))});
        rows.add(new String[] {label, Long.toString(quads), "query", system + " | " + query, "queries/s (4 clients)",
                fmt(four.size() / wall), fmt(four.size() / wall), fmt(four.size() / wall)});
    }

    private double timed(String url) {
        long t = System.nanoTime();
        HttpResponse<Void> r = get(url);
        double ms = (System.nanoTime() - t) / 1e6;
        return r != null && r.statusCode() == 200 ? ms : Double.NaN;
    }

    private HttpResponse<String> getBody(String url) {
        return get(url, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<Void> get(String url) {
        return get(url, HttpResponse.BodyHandlers.discarding());
    }

    /** GET asking for CSV; null if the request failed (the caller records the failure). */
    private <T> HttpResponse<T> get(String url, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(3)).header("Accept", "text/csv").GET().build(), body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // --- extraction ----------------------------------------------------------------------------------

    private void extraction(int copies, int reps) throws Exception {
        Path dir = out.resolve("extract-corpus");
        org.entente.util.FileOps.deleteTree(dir);
        Files.createDirectories(dir);
        long words = 0;
        int articles = 0;
        for (int c = 0; c < copies; c++) {
            for (Article a : ArticleFiles.readAll(root.resolve("data/articles"))) {
                String text = a.text() + "\n\n(copy " + c + ")";
                Article copy = new Article(Article.idOf(text), a.title(), a.publisher(), a.author(), a.date(), a.origin(), text, null);
                ArticleFiles.write(dir, copy);
                words += text.split("\\s+").length;
                articles++;
            }
        }
        List<Double> perSec = new ArrayList<>(), tokens = new ArrayList<>(), rss = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            Proc p = proc(List.of(java(), "-Xmx2g", "-jar", jar.toString(), "--root", root.toString(), "-q", "extract", dir.toString(), "--out",
                    out.resolve("candidates.tsv").toString()), Duration.ofMinutes(30));
            check(p, "extract");
            Matcher m = java.util.regex.Pattern.compile("from (\\d+) articles in ([\\d.]+) s").matcher(p.err());
            if (m.find()) {
                double s = Double.parseDouble(m.group(2));
                perSec.add(Integer.parseInt(m.group(1)) / s);
                tokens.add(words / s);
            }
            rss.add(p.peakRssKb() / 1024.0);
        }
        String label = articles + " articles";
        record(label, articles, "extract", "articles/s (all cores)", "articles/s", perSec);
        record(label, articles, "extract", "tokens/s (whitespace tokens)", "tokens/s", tokens);
        record(label, articles, "memory", "extract peak RSS (-Xmx2g)", "MiB", rss);
    }

    // --- output --------------------------------------------------------------------------------------

    private void record(String size, long quads, String area, String what, String unit, List<Double> vals) {
        if (vals.isEmpty()) {
            notes.add(area + " / " + what + " at " + size + ": no measurement");
            return;
        }
        rows.add(row(size, quads, area, what, unit, vals));
    }

    private static String[] row(String size, long quads, String area, String what, String unit, List<Double> vals) {
        List<Double> v = new ArrayList<>(vals);
        v.removeIf(d -> d.isNaN());
        Collections.sort(v);
        if (v.isEmpty()) return new String[] {size, Long.toString(quads), area, what, unit, "-", "-", "-"};
        return new String[] {size, Long.toString(quads), area, what, unit, fmt(v.get(0)), fmt(v.get(v.size() / 2)), fmt(v.get(v.size() - 1))};
    }

    private static double percentile(List<Double> vals, int p) {
        List<Double> v = new ArrayList<>(vals);
        v.removeIf(d -> d.isNaN());
        if (v.isEmpty()) return Double.NaN;
        Collections.sort(v);
        return v.get(Math.min(v.size() - 1, (int) Math.ceil(p / 100.0 * v.size()) - 1));
    }

    private static String fmt(double d) {
        if (Double.isNaN(d)) return "-";
        return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private void write() throws IOException {
        StringBuilder csv = new StringBuilder("size,quads,area,what,unit,min,median,max\n");
        for (String[] r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : r) cells.add("\"" + c.replace("\"", "\"\"") + "\"");
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(out.resolve("results.csv"), csv.toString());
        StringBuilder md = new StringBuilder("Benchmark run " + LocalDateTime.now().withNano(0) + " on " + machine() + (quick ? " (--quick)" : "") + "\n\n");
        md.append("| size | area | what | unit | min | median | max |\n|---|---|---|---|---|---|---|\n");
        for (String[] r : rows) md.append("| ").append(r[0]).append(" | ").append(r[2]).append(" | ").append(r[3]).append(" | ").append(r[4])
                .append(" | ").append(r[5]).append(" | ").append(r[6]).append(" | ").append(r[7]).append(" |\n");
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            for (String n : notes) md.append("- ").append(n).append('\n');
        }
        Files.writeString(out.resolve("results.md"), md.toString());
        System.out.print(md);
    }

    private static String machine() {
        long memKb = 0;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) if (l.startsWith("MemTotal:")) memKb = Long.parseLong(l.replaceAll("\\D", ""));
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + memKb / 1024 / 1024 + " GiB, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name");
    }

    // --- processes -----------------------------------------------------------------------------------

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Proc proc(List<String> cmd, Duration timeout) throws IOException {
        return Proc.run(cmd, timeout, out);
    }

    private Proc.Live start(List<String> cmd, String readyUrl, Duration timeout) throws IOException {
        return Proc.start(cmd, readyUrl, timeout, out, http);
    }

    private static void check(Proc p, String what) {
        if (p.exit() != 0) throw new IllegalStateException(what + " failed (exit " + p.exit() + "): " + p.err());
    }

    private static long countLines(Path gz) throws IOException {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(gz), 1 << 16),
                StandardCharsets.UTF_8))) {
            long n = 0;
            while (in.readLine() != null) n++;
            return n;
        }
    }

    private static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String human(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) return n / 1_000_000 + "M";
        if (n >= 1000 && n % 1000 == 0) return n / 1000 + "k";
        return Long.toString(n);
    }

}
