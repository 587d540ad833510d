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

    /**
     * A confidence-style decimal rounded to two places, in the XSD canonical form ("1.0", "0.85").
     * TDB2 stores decimals by value and gives them back in canonical form; writing any other form
     * ("1.00") makes a later comparison with what was read back fail, and the same value ends up
     * stored twice under two encodings.
     */
    public static Node decimal2(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.setScale(2, java.math.RoundingMode.HALF_UP);
        return org.apache.jena.graph.NodeFactory.createLiteralDT(
                org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(v), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
    }

    /** Every object of {@code s p ?}, in a stable order. */
    public static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
