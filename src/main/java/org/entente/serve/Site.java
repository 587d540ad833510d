package org.entente.serve;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.EntenteConst;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Maps between canonical IRIs and this server's addresses (Pubby-style): everything under the
 * canonical base is served here, so {@code https://w3id.org/entente/id/Turkey} is shown as
 * {@code http://127.0.0.1:3030/id/Turkey}. IRIs elsewhere (Wikidata, schema.org) stay as they are.
 * Also knows the labels of ontology terms for display.
 */
final class Site {
    private final Map<Node, String> termLabels = new HashMap<>();

    /** @param ontology the ontology graph, for the labels of classes and properties */
    Site(Graph ontology) {
        ontology.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) termLabels.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
        });
    }

    /** The server's own base for a request: scheme, host and port as the client addressed it. */
    static String localBase(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            host = req.getServerName() + ":" + req.getServerPort();
        }
        return req.getScheme() + "://" + host + "/";
    }

    /** The local address of a canonical IRI (unchanged if it is not under the canonical base). */
    static String local(String iri, String localBase) {
        return iri.startsWith(EntenteConst.BASE) ? localBase + iri.substring(EntenteConst.BASE.length()) : iri;
    }

    /** The canonical IRI of a local path such as {@code id/Turkey}. */
    static Node canonical(String path) {
        return NodeFactory.createURI(EntenteConst.BASE + path);
    }

    /** A copy of a graph with canonical IRIs moved to the local base. */
    static Graph rebase(Graph g, String localBase) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(r(t.getSubject(), localBase), r(t.getPredicate(), localBase),
                r(t.getObject(), localBase))));
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        return out;
    }

    private static Node r(Node n, String base) {
        return n.isURI() && n.getURI().startsWith(EntenteConst.BASE) ? NodeFactory.createURI(local(n.getURI(), base)) : n;
    }

    /** The label of an ontology term, or its local name. */
    String termLabel(Node term) {
        String l = termLabels.get(term);
        if (l != null) return l;
        String u = term.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
