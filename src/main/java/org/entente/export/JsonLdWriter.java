package org.entente.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * A streaming JSON-LD writer for quads that arrive grouped by graph and subject (as a sorted
 * dump gives them): one node object per subject, one named-graph object per graph, compact IRIs
 * from a published context. Memory holds one subject at a time.
 */
final class JsonLdWriter extends StreamRDFBase {
    private final Writer out;
    private final PrefixMapping prefixes;
    private Node graph;
    private Node subject;
    private final Map<String, List<String>> props = new LinkedHashMap<>();
    private boolean firstGraph = true;
    private boolean firstNode = true;
    private boolean inGraph = false;

    JsonLdWriter(Writer out, PrefixMapping prefixes) {
        this.out = out;
        this.prefixes = prefixes;
    }

    /** The context object: the prefixes as JSON-LD term definitions. */
    static String context(PrefixMapping pm) {
        StringBuilder b = new StringBuilder("{\n");
        List<String> keys = new ArrayList<>(pm.getNsPrefixMap().keySet());
        java.util.Collections.sort(keys);
        for (int i = 0; i < keys.size(); i++) {
            b.append("    ").append(str(keys.get(i))).append(": ").append(str(pm.getNsPrefixURI(keys.get(i))));
            b.append(i < keys.size() - 1 ? ",\n" : "\n");
        }
        return b.append("  }").toString();
    }

    @Override
    public void start() {
        w("{\n  \"@context\": " + context(prefixes) + ",\n  \"@graph\": [\n");
    }

    @Override
    public void triple(Triple t) {
        quad(new Quad(Quad.defaultGraphIRI, t));
    }

    @Override
    public void quad(Quad q) {
        Node g = q.isDefaultGraph() ? null : q.getGraph();
        if (!java.util.Objects.equals(g, graph) || inGraph && graph == null && g != null) {
            flushSubject();
            closeGraph();
            openGraph(g);
        } else if (!q.getSubject().equals(subject)) {
            flushSubject();
        }
        subject = q.getSubject();
        String p = q.getPredicate().equals(RDF.type.asNode()) ? "@type" : iri(q.getPredicate());
        String v = p.equals("@type") && q.getObject().isURI() ? str(iri(q.getObject())) : value(q.getObject());
        props.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
    }

    private void openGraph(Node g) {
        graph = g;
        if (!firstGraph) w(",\n");
        firstGraph = false;
        firstNode = true;
        if (g != null) {
            w("    {\n      \"@id\": " + str(iri(g)) + ",\n      \"@graph\": [\n");
            inGraph = true;
        } else {
            inGraph = false;
        }
    }

    private void closeGraph() {
        if (inGraph) w("\n      ]\n    }");
        inGraph = false;
    }

    private void flushSubject() {
        if (subject == null) return;
        String indent = inGraph ? "        " : "    ";
        if (!firstNode) w(",\n");
        else if (!inGraph && !firstGraph) {
            // first node at top level after a graph: the separator was written by openGraph
        }
        firstNode = false;
        StringBuilder b = new StringBuilder(indent).append("{ \"@id\": ").append(str(subject.isBlank() ? "_:" + subject.getBlankNodeLabel() : iri(subject)));
        for (var e : props.entrySet()) {
            b.append(",\n").append(indent).append("  ").append(str(e.getKey())).append(": [ ").append(String.join(", ", e.getValue())).append(" ]");
        }
        b.append(" }");
        w(b.toString());
        props.clear();
        subject = null;
    }

    @Override
    public void finish() {
        flushSubject();
        closeGraph();
        w("\n  ]\n}\n");
    }

    private String value(Node o) {
        if (o.isURI()) return "{ \"@id\": " + str(iri(o)) + " }";
        if (o.isBlank()) return "{ \"@id\": " + str("_:" + o.getBlankNodeLabel()) + " }";
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return "{ \"@value\": " + str(lex) + ", \"@language\": " + str(lang) + " }";
        String dt = o.getLiteralDatatypeURI();
        if (dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")) return "{ \"@value\": " + str(lex) + " }";
        return "{ \"@value\": " + str(lex) + ", \"@type\": " + str(iri(dt)) + " }";
    }

    private String iri(Node n) {
        return iri(n.getURI());
    }

    private String iri(String u) {
        String best = null;
        String bestNs = "";
        for (var e : prefixes.getNsPrefixMap().entrySet()) {
            String ns = e.getValue();
            if (u.startsWith(ns) && ns.length() > bestNs.length() && u.length() > ns.length() && !u.substring(ns.length()).startsWith("//")) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? u : best + ":" + u.substring(bestNs.length());
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private void w(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
