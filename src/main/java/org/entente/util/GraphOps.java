package org.entente.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Small reads of a graph that every layer needs: one object, all objects. */
public final class GraphOps {
    private GraphOps() {}

    /** One object of {@code s p ?}, or null. */
    public static Node one(Graph g, Node s, Node p) {
        if (s == null) return null;
        ExtendedIterator<org.apache.jena.graph.Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** Every object of {@code s p ?}, in a stable order. */
    public static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
