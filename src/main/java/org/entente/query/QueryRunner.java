package org.entente.query;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.facts.EntityIndex.Role;

/**
 * Runs SPARQL queries, named or ad hoc, with parameters bound as typed RDF terms (never by
 * editing the query text) and results written as a table, CSV, TSV or JSON (SELECT, ASK) or
 * Turtle (CONSTRUCT, DESCRIBE).
 */
public final class QueryRunner {

    /** Output formats. */
    public enum Format { TABLE, CSV, TSV, JSON, TURTLE, NTRIPLES, JSONLD }

    private final Supplier<EntityIndex> index;

    /** @param index entity names for parameters of type actor, place and entity (built lazily) */
    public QueryRunner(Supplier<EntityIndex> index) {
        this.index = index;
    }

    /** Parses a query, failing with a readable message. */
    public static Query parse(String text, String source) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new EntenteException(source + (e.getLine() > 0 ? ":" + e.getLine() : "") + ": SPARQL syntax error: " + e.getMessage());
        }
    }

    /**
     * Binds parameter values to a named query's variables.
     *
     * @throws EntenteException for unknown or missing parameters and malformed values
     */
    public Binding bind(NamedQuery q, Map<String, String> args) {
        Map<String, NamedQuery.Param> declared = new HashMap<>();
        for (NamedQuery.Param p : q.params()) declared.put(p.name(), p);
        for (String k : args.keySet()) {
            if (!declared.containsKey(k)) {
                throw new EntenteException("query '" + q.name() + "' has no parameter '" + k + "'; its parameters: "
                        + (q.params().isEmpty() ? "none" : q.params().stream().map(NamedQuery.Param::name).toList()));
            }
        }
        BindingBuilder b = BindingBuilder.create();
        for (NamedQuery.Param p : q.params()) {
            String v = args.get(p.name());
            if (v == null || v.isBlank()) v = p.defaultValue();
            // default=- marks an optional parameter: left unbound, the query treats it as "any".
            if ("-".equals(v)) continue;
            if (v == null) {
                throw new EntenteException("query '" + q.name() + "' needs parameter '" + p.name() + "' (" + p.type() + "): " + p.description());
            }
            b.add(Var.alloc(p.name()), value(p, v));
        }
        return b.build();
    }

    /** The typed RDF term for a parameter value. */
    public Node value(NamedQuery.Param p, String v) {
        try {
            if (p.type().contains("|")) {
                java.util.List<String> choices = java.util.List.of(p.type().split("\\|"));
                if (!choices.contains(v.strip())) throw new IllegalArgumentException("expected one of " + String.join(", ", choices));
                return NodeFactory.createLiteralString(v.strip());
            }
            return switch (p.type()) {
                case "date" -> {
                    LocalDate d = v.equalsIgnoreCase("today") ? LocalDate.now() : LocalDate.parse(v.strip());
                    yield NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
                }
                case "integer" -> NodeFactory.createLiteralDT(Long.toString(Long.parseLong(v.strip())), XSDDatatype.XSDinteger);
                case "boolean" -> {
                    String t = v.strip().toLowerCase(Locale.ROOT);
                    if (!t.equals("true") && !t.equals("false")) throw new IllegalArgumentException("expected true or false");
                    yield NodeFactory.createLiteralDT(t, XSDDatatype.XSDboolean);
                }
                case "string" -> NodeFactory.createLiteralString(v);
                case "iri" -> {
                    if (!v.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$")) throw new IllegalArgumentException("expected an absolute IRI");
                    yield NodeFactory.createURI(v);
                }
                case "actor" -> index.get().resolve(v, Role.ACTOR);
                case "place" -> index.get().resolve(v, Role.PLACE);
                case "entity" -> index.get().resolve(v, Role.ANY);
                default -> throw new IllegalStateException(p.type());
            };
        } catch (DateTimeParseException e) {
            throw new EntenteException("parameter '" + p.name() + "': bad date '" + v + "'; expected YYYY-MM-DD");
        } catch (NumberFormatException e) {
            throw new EntenteException("parameter '" + p.name() + "': bad integer '" + v + "'");
        } catch (IllegalArgumentException e) {
            throw new EntenteException("parameter '" + p.name() + "': bad value '" + v + "': " + e.getMessage());
        } catch (EntenteException e) {
            throw new EntenteException("parameter '" + p.name() + "': " + e.getMessage());
        }
    }

    /**
     * Runs a query over a dataset (in a transaction the caller holds) and writes the result.
     *
     * @return false if the answer is empty (no rows, no triples, or ASK's no)
     */
    public static boolean run(DatasetGraph dsg, Query q, Binding binding, Format format, OutputStream out) {
        try (QueryExecution qe = execution(dsg, q, binding)) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                boolean rows = rs.hasNext();
                write(rs, format, out);
                return rows;
            } else if (q.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case JSON -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                    case CSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                    case TSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                    default -> writeText(out, b ? "yes\n" : "no\n");
                }
                return b;
            } else {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Lang lang = switch (format) {
                    case NTRIPLES -> Lang.NTRIPLES;
                    case JSONLD -> Lang.JSONLD;
                    default -> Lang.TURTLE;
                };
                RDFDataMgr.write(out, m, lang);
                return !m.isEmpty();
            }
        }
    }

    /** An ASK query's answer over a dataset (in a transaction the caller holds), with a binding. */
    public static boolean ask(DatasetGraph dsg, Query q, Binding binding) {
        try (QueryExecution qe = execution(dsg, q, binding)) {
            return qe.execAsk();
        }
    }

    private static QueryExecution execution(DatasetGraph dsg, Query q, Binding binding) {
        return QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).substitution(binding)
                .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build();
    }

    private static void write(ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            default -> ResultSetFormatter.out(out, rs);
        }
    }

    private static void writeText(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a query and returns its output as a string (for tests and small answers). */
    public static String runToString(DatasetGraph dsg, Query q, Binding b, Format f) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        run(dsg, q, b, f, bos);
        return bos.toString(StandardCharsets.UTF_8);
    }

    /** Parses a format name. */
    public static Format format(String s) {
        try {
            return Format.valueOf(s.strip().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new EntenteException("unknown format '" + s + "'; use table, csv, tsv or json (turtle, ntriples, jsonld for CONSTRUCT)");
        }
    }

    /** Shorthand for ad hoc queries without parameters. */
    public static Binding noBinding() {
        return BindingBuilder.create().build();
    }

    /** Parses an ad hoc query's text. */
    public static Query adhoc(String text) {
        return parse(text, "query");
    }

    /** The client for talking to a SPARQL server: HTTP/1.1 (no upgrade attempts with a request body), following redirects. */
    public static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();

    /**
     * The entity index from the reference and ontology graphs of a remote endpoint: read whole from an Entente server's
     * graph store, otherwise through SPARQL page by page until a page comes back empty — a server's result cap
     * (`serve --result-cap`) cuts each answer short, and a cut index had made known names unknown ("parameter 'org':
     * unknown entity 'NATO'").
     */
    public static EntityIndex remoteIndex(String endpoint) {
        EntityIndex whole = remoteIndexByGraphStore(endpoint);
        if (whole != null) return whole;
        try {
            return remoteIndexByPages(endpoint);
        } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.query.QueryException e) {
            // (nothing listening, or no SPARQL endpoint at that address: a mistake the user can fix, not an internal error)
            throw new EntenteException(endpoint + ": cannot read the names of the graph there (" + e.getMessage()
                    + "); is an Entente server or a SPARQL endpoint listening at that address?");
        }
    }

    /**
     * The index from the ontology and reference graphs read whole through the dataset's Graph Store Protocol read
     * endpoint ({@code …/entente/get}, beside {@code …/entente/sparql}), which no result cap cuts; null if the
     * endpoint has no such neighbour (another SPARQL server).
     */
    private static EntityIndex remoteIndexByGraphStore(String endpoint) {
        int slash = endpoint.lastIndexOf('/');
        if (slash < 0 || !endpoint.startsWith("http")) return null;
        String get = endpoint.substring(0, slash + 1) + "get";
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String graph : java.util.List.of(org.entente.vocab.EntenteConst.GRAPH_ONTOLOGY, org.entente.vocab.EntenteConst.GRAPH_REFERENCE)) {
            try {
                var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(get + "?graph="
                        + java.net.URLEncoder.encode(graph, StandardCharsets.UTF_8))).header("Accept", "application/n-triples").GET().build();
                var resp = HTTP.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                if (resp.statusCode() != 200) return null;
                org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(resp.body())).lang(org.apache.jena.riot.Lang.NTRIPLES).parse(g);
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return g.isEmpty() ? null : new EntityIndex(g);
    }

    /** The index read through SPARQL page by page (a capped server answers each page up to its cap). */
    private static EntityIndex remoteIndexByPages(String endpoint) {
        String q = "SELECT ?s ?p ?o WHERE { VALUES ?g { <" + org.entente.vocab.EntenteConst.GRAPH_ONTOLOGY + "> <" + org.entente.vocab.EntenteConst.GRAPH_REFERENCE
                + "> } GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o";
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        long offset = 0;
        while (true) {
            long n = 0;
            try (var qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(endpoint).query(q + " OFFSET " + offset + " LIMIT 50000").build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.nextBinding();
                    g.add(org.apache.jena.graph.Triple.create(row.get("s"), row.get("p"), row.get("o")));
                    n++;
                }
            }
            if (n == 0) return new EntityIndex(g);
            offset += n;
        }
    }
}
