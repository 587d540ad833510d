package org.entente.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.ENT;
import org.entente.vocab.SCHEMA;

/**
 * What Entente says about one resource: its own triples, the triples that point at it, and the
 * n-ary nodes around it in full (statements with their evidence and article, memberships,
 * tenures, derivations, treaty-area coverage), plus the labels of everything mentioned. This is the document served
 * at {@code /data/{name}} and rendered at {@code /page/{name}}.
 */
final class Describer {
    /** Incoming links beyond this many are left out (a hub like NATO has thousands). */
    static final int MAX_INCOMING = 2000;

    private static final Set<Node> NARY = Set.of(ENT.Statement, ENT.Evidence, ENT.Membership, ENT.Tenure, ENT.Derivation,
            ENT.Proposition, ENT.term("AreaCoverage"));

    private Describer() {}

    /** The description of {@code e} from {@code union} (call inside a read transaction). */
    static Graph describe(Graph union, Node e) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> expanded = new HashSet<>();
        Set<Node> mentioned = new HashSet<>();
        expand(union, e, out, expanded, mentioned, 2);
        int n = 0;
        ExtendedIterator<Triple> in = union.find(Node.ANY, Node.ANY, e);
        try {
            while (in.hasNext() && n < MAX_INCOMING) {
                Triple t = in.next();
                out.add(t);
                n++;
                Node s = t.getSubject();
                if (isNary(union, s)) expand(union, s, out, expanded, mentioned, 2);
                else mentioned.add(s);
            }
        } finally {
            in.close();
        }
        // Evidence points at an article: show the statements resting on it.
        for (Node ev : new ArrayList<>(expanded)) {
            if (union.contains(ev, RDF.type.asNode(), ENT.Evidence)) {
                union.find(Node.ANY, ENT.evidence, ev).forEachRemaining(t -> expand(union, t.getSubject(), out, expanded, mentioned, 1));
            }
        }
        for (Node m : mentioned) {
            if (!m.isURI() || expanded.contains(m)) continue;
            copy(union, m, RDFS.label.asNode(), out);
            copy(union, m, SCHEMA.headline, out);
            copy(union, m, ENT.publisherName, out);
        }
        return out;
    }

    private static boolean isNary(Graph g, Node n) {
        for (Node c : NARY) if (g.contains(n, RDF.type.asNode(), c)) return true;
        return false;
    }

    private static void expand(Graph g, Node s, Graph out, Set<Node> expanded, Set<Node> mentioned, int depth) {
        if (!expanded.add(s)) return;
        List<Node> next = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                // Article texts are long; the article's own page shows them, others link to it.
                if (t.getPredicate().equals(SCHEMA.text) && depth < 2) continue;
                out.add(t);
                Node o = t.getObject();
                if (o.isURI() || o.isBlank()) {
                    mentioned.add(o);
                    if (depth > 0 && isNary(g, o)) next.add(o);
                    else if (depth > 0 && (t.getPredicate().equals(ENT.inArticle) || t.getPredicate().equals(ENT.evidence))) next.add(o);
                }
            }
        } finally {
            it.close();
        }
        for (Node o : next) expand(g, o, out, expanded, mentioned, depth - 1);
    }

    private static void copy(Graph g, Node s, Node p, Graph out) {
        g.find(s, p, Node.ANY).forEachRemaining(out::add);
    }
}
