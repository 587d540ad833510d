package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.query.NamedQuery;
import org.entente.query.QueryRunner;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", description = {
        "Run SPARQL against the store: a named query of queries/ (by name), a .rq file, or query text.",
        "Parameters are given as key=value and bound as typed values (dates, entities by name or alias, ...).",
        "The default graph is the union of all graphs.",
        "Examples:",
        "  entente query members-on-date org=NATO date=2015-11-24",
        "  entente query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv"})
final class QueryCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Named query, .rq file, or SPARQL text (not needed with --list).")
    String query;

    @Parameters(index = "1..*", paramLabel = "key=value", description = "Parameters of a named query.")
    List<String> args = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "table",
            description = "table (default), csv, tsv, json; turtle, ntriples or jsonld for CONSTRUCT/DESCRIBE.")
    String format;

    @Option(names = "--list", description = "List the named queries and their parameters.")
    boolean list;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run against a SPARQL endpoint (e.g. http://127.0.0.1:3030/entente/sparql) instead of the store. "
                    + "Used automatically while `entente serve` holds the store.")
    String endpoint;

    @Override
    public Integer call() {
        main.init();
        var project = main.project();
        if (list || "list".equals(query)) {
            for (NamedQuery q : NamedQuery.readAll(project.queriesDir()).values()) {
                System.out.println(q.name() + ": " + q.title());
                for (NamedQuery.Param p : q.params()) {
                    System.out.println("    " + p.name() + " (" + p.type() + (p.required() ? ", required" : ", default " + p.defaultValue()) + ") " + p.description());
                }
            }
            return 0;
        }
        if (query == null) throw new EntenteException("no query given: name a query of queries/ (see entente query --list), a .rq file, or SPARQL text");
        Map<String, String> params = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new EntenteException("bad parameter '" + a + "'; expected key=value");
            if (params.put(a.substring(0, eq), a.substring(eq + 1)) != null) {
                throw new EntenteException("parameter '" + a.substring(0, eq) + "' given more than once");
            }
        }
        QueryRunner.Format fmt = QueryRunner.format(format);
        if (endpoint == null) {
            String served = org.entente.store.ServerMarker.read(project.store());
            if (served != null) {
                endpoint = served + "entente/sparql";
                System.err.println("entente: the store is held by `entente serve`; asking it at " + endpoint);
            }
        }
        if (endpoint != null) return remote(project, params, fmt);
        if (!Store.exists(project.store())) throw new EntenteException("no store at " + project.store() + "; run entente build first");
        try (Store s = Store.open(project.store())) {
            QueryRunner runner = new QueryRunner(() -> indexOf(s));
            Query q;
            Binding b;
            NamedQuery named = namedQuery(project.queriesDir(), query);
            if (named != null) {
                q = named.query();
                b = runner.bind(named, params);
            } else {
                if (!params.isEmpty()) throw new EntenteException("parameters are only for named queries; '" + clip(query) + "' is not one (see entente query --list)");
                q = QueryRunner.adhoc(query);
                b = QueryRunner.noBinding();
            }
            s.read(dsg -> {
                boolean answered = QueryRunner.run(dsg, q, b, fmt, System.out);
                if (!answered && named != null) sayWhyEmpty(named.whyEmpty(ask -> QueryRunner.ask(dsg, ask, b), named.shown(params)));
                return null;
            });
        }
        return 0;
    }

    /** Runs the query at a SPARQL endpoint; named-query parameters are bound here, as for the store. */
    private int remote(org.entente.pipeline.Project project, Map<String, String> params, QueryRunner.Format fmt) {
        NamedQuery named = namedQuery(project.queriesDir(), query);
        Query q;
        java.util.function.Supplier<String> whyEmpty = () -> null;
        if (named != null) {
            QueryRunner runner = new QueryRunner(() -> QueryRunner.remoteIndex(endpoint));
            Binding b = runner.bind(named, params);
            Map<org.apache.jena.sparql.core.Var, org.apache.jena.graph.Node> values = new java.util.HashMap<>();
            b.forEach(values::put);
            q = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(named.query(), values);
            whyEmpty = () -> named.whyEmpty(ask -> askThroughServer(org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(ask, values)),
                    named.shown(params));
        } else {
            if (!params.isEmpty()) throw new EntenteException("parameters are only for named queries");
            q = QueryRunner.adhoc(query);
        }
        boolean answered;
        if (q.isSelectType()) {
            var rs = selectThroughServer(q);
            answered = rs.hasNext();
            switch (fmt) {
                case CSV -> org.apache.jena.query.ResultSetFormatter.outputAsCSV(System.out, rs);
                case TSV -> org.apache.jena.query.ResultSetFormatter.outputAsTSV(System.out, rs);
                case JSON -> org.apache.jena.query.ResultSetFormatter.outputAsJSON(System.out, rs);
                default -> org.apache.jena.query.ResultSetFormatter.out(System.out, rs);
            }
        } else if (q.isAskType()) {
            answered = askThroughServer(q);
            System.out.println(answered ? "yes" : "no");
        } else {
            var m = graphThroughServer(q);
            answered = !m.isEmpty();
            org.apache.jena.riot.RDFDataMgr.write(System.out, m,
                    fmt == QueryRunner.Format.NTRIPLES ? org.apache.jena.riot.Lang.NTRIPLES : org.apache.jena.riot.Lang.TURTLE);
        }
        if (!answered) sayWhyEmpty(whyEmpty.get());
        return 0;
    }

    /**
     * A SELECT answered by the server, read with its response headers: when the server's result cap cut the answer
     * (X-Entente-Result-Cap with as many rows as the cap), standard error says so rather than the CLI printing part of
     * an answer as if it were all of it.
     */
    private org.apache.jena.query.ResultSetRewindable selectThroughServer(Query q) {
        java.net.http.HttpResponse<byte[]> resp = post(q, "application/sparql-results+json");
        org.apache.jena.query.ResultSetRewindable rs;
        try {
            rs = org.apache.jena.query.ResultSetFactory.copyResults(org.apache.jena.riot.ResultSetMgr.read(
                    new java.io.ByteArrayInputStream(resp.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
        } catch (RuntimeException e) {
            throw new EntenteException(endpoint + ": the answer is not SPARQL JSON results: " + e.getMessage());
        }
        Long cap = capOf(resp);
        if (cap != null && rs.size() >= cap) {
            System.err.println("entente: only the first " + cap + " rows: the server's result cap cut the answer; page with LIMIT and OFFSET,"
                    + " or query the store without a server");
        }
        return rs;
    }

    /**
     * A CONSTRUCT or DESCRIBE answered by the server: when the server applied its result cap (X-Entente-Result-Cap), standard
     * error says the answer may be cut (the cap counts the query's solutions, not the triples made from them).
     */
    private org.apache.jena.rdf.model.Model graphThroughServer(Query q) {
        java.net.http.HttpResponse<byte[]> resp = post(q, "application/n-triples");
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        try {
            org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(resp.body())).lang(org.apache.jena.riot.Lang.NTRIPLES).parse(m);
        } catch (RuntimeException e) {
            throw new EntenteException(endpoint + ": the answer is not N-Triples: " + e.getMessage());
        }
        Long cap = capOf(resp);
        if (cap != null && !m.isEmpty()) {
            System.err.println("entente: the server applied its result cap of " + cap + " solutions to this query, so the answer may be cut;"
                    + " page with LIMIT and OFFSET, or query the store without a server");
        }
        return m;
    }

    /** An ASK answered by the server. */
    private boolean askThroughServer(Query q) {
        java.net.http.HttpResponse<byte[]> resp = post(q, "application/sparql-results+json");
        try {
            return org.apache.jena.riot.ResultSetMgr.readBoolean(new java.io.ByteArrayInputStream(resp.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        } catch (RuntimeException e) {
            throw new EntenteException(endpoint + ": the answer is not a SPARQL JSON boolean: " + e.getMessage());
        }
    }

    /** The result cap the server says it applied (X-Entente-Result-Cap), or null. */
    private static Long capOf(java.net.http.HttpResponse<byte[]> resp) {
        String cap = resp.headers().firstValue("X-Entente-Result-Cap").orElse(null);
        return cap != null && cap.matches("\\d{1,18}") ? Long.parseLong(cap) : null;
    }

    /** The query sent to the endpoint by POST, its answer in {@code accept}; an error status is refused with the server's reason. */
    private java.net.http.HttpResponse<byte[]> post(Query q, String accept) {
        java.net.http.HttpRequest req;
        try {
            req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint))
                    .header("Accept", accept).header("Content-Type", "application/sparql-query; charset=utf-8")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(q.serialize(), java.nio.charset.StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            throw new EntenteException("--endpoint " + endpoint + ": not a URL (" + e.getMessage() + ")");
        }
        java.net.http.HttpResponse<byte[]> resp;
        try {
            resp = QueryRunner.HTTP.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new EntenteException(endpoint + ": cannot reach the server: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException(endpoint + ": interrupted");
        }
        if (resp.statusCode() != 200) {
            throw new EntenteException(endpoint + ": HTTP " + resp.statusCode() + serverSays(new String(resp.body(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return resp;
    }

    /** Explains an empty answer on standard error (the answer itself stays on standard output). */
    private static void sayWhyEmpty(String why) {
        if (why != null) System.err.println("entente: empty answer: " + why);
    }

    /** What the server wrote with an error status ("Query timed out: it ran longer than …"), on one line, or nothing. */
    private static String serverSays(String body) {
        if (body == null || body.isBlank()) return "";
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : " — " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
    }

    static NamedQuery namedQuery(Path dir, String q) {
        if (q.endsWith(".rq") && Files.isRegularFile(Path.of(q))) return NamedQuery.read(Path.of(q));
        // (a file name that names no file is no SPARQL text: say so rather than report a syntax error)
        if (q.endsWith(".rq") && !q.contains("{")) throw new EntenteException(q + ": no such query file");
        if (q.matches("[A-Za-z0-9_-]+")) {
            Path f = dir.resolve(q + ".rq");
            if (Files.isRegularFile(f)) return NamedQuery.read(f);
            throw new EntenteException("no named query '" + q + "' in " + dir + "; known: " + NamedQuery.readAll(dir).keySet());
        }
        return null;
    }

    /** The entity index of the stored reference data and ontology. */
    static EntityIndex indexOf(Store s) {
        return s.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            for (String gn : new String[] {EntenteConst.GRAPH_ONTOLOGY, EntenteConst.GRAPH_REFERENCE}) {
                dsg.getGraph(NodeFactory.createURI(gn)).find().forEachRemaining(g::add);
            }
            return new EntityIndex(g);
        });
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
