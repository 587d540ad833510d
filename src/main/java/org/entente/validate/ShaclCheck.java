package org.entente.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.entente.vocab.ENT;

/**
 * SHACL validation of a graph against {@code ontology/shapes.ttl}, with violations described in
 * terms a user can act on: a statement is located by its facts file and line, a reference
 * entity by the file that defines it.
 */
public final class ShaclCheck {

    /** One violation, located. */
    public record Violation(String where, String focus, String path, String message, String severity) {
        @Override
        public String toString() {
            return where + ": " + severity + ": " + message + (path == null ? "" : " [" + path + "]")
                    + " (focus " + focus + ")";
        }
    }

    private final Shapes shapes;

    public ShaclCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Validates {@code data}.
     *
     * @param definedIn where reference subjects come from (file names), may be empty
     * @return violations sorted by location; empty if the data conforms
     */
    public List<Violation> validate(Graph data, Map<Node, String> definedIn) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            String where = locate(data, focus, definedIn);
            String path = e.resultPath() == null ? null : e.resultPath().toString();
            String msg = e.message();
            String sev = e.severity() == Severity.Violation ? "violation"
                    : e.severity() == Severity.Warning ? "warning" : "info";
            out.add(new Violation(where, show(focus), path, msg, sev));
        }
        out.sort(Comparator.comparing(Violation::where).thenComparing(Violation::focus).thenComparing(Violation::message));
        return out;
    }

    private static String locate(Graph g, Node focus, Map<Node, String> definedIn) {
        if (focus.isURI() || focus.isBlank()) {
            var it = g.find(focus, ENT.sourceLine, Node.ANY);
            try {
                if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
            } finally {
                it.close();
            }
            // An evidence node: locate it by its statement.
            var st = g.find(Node.ANY, ENT.evidence, focus);
            try {
                if (st.hasNext()) {
                    var src = g.find(st.next().getSubject(), ENT.sourceLine, Node.ANY);
                    try {
                        if (src.hasNext()) return src.next().getObject().getLiteralLexicalForm();
                    } finally {
                        src.close();
                    }
                }
            } finally {
                st.close();
            }
        }
        String f = definedIn.get(focus);
        return f != null ? f : "graph";
    }

    private static String show(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
