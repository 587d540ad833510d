package org.entente.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.convert.FactConverter;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;
import org.entente.vocab.SCHEMA;

/**
 * Why a statement holds: a derivation tree from an inferred statement through the rules that
 * produced it down to sourced statements (article, quote, facts file and line) and reference
 * data (memberships, treaty clauses, events).
 *
 * <pre>
 * Explainer.Step tree = Txn.calculateRead(dsg, () -&gt; new Explainer(dsg).explain(statement));
 * System.out.print(tree.render());
 * </pre>
 */
public final class Explainer {

    /** One node of the tree: a line of text, the resource it is about, and its reasons. */
    public record Step(String text, Node about, List<Step> because) {
        /** The tree as indented text lines. */
        public String render() {
            StringBuilder b = new StringBuilder(text).append('\n');
            render(b, "");
            return b.toString();
        }

        private void render(StringBuilder b, String indent) {
            for (int i = 0; i < because.size(); i++) {
                boolean last = i == because.size() - 1;
                Step c = because.get(i);
                b.append(indent).append(last ? "└─ " : "├─ ").append(c.text()).append('\n');
                c.render(b, indent + (last ? "   " : "│  "));
            }
        }
    }

    private static final int MAX_DEPTH = 8;
    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORG = NodeFactory.createURI("http://www.w3.org/ns/org#organization");

    private final Graph g;

    public Explainer(DatasetGraph dsg) {
        this.g = dsg.getUnionGraph();
    }

    /** The statements about a proposition {@code s p o} (any stance, any source). */
    public List<Node> statementsAbout(Node s, Node p, Node o) {
        Node prop = FactConverter.propositionIri(s, p, o);
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, ENT.proposition, prop).forEachRemaining(t -> {
            if (g.contains(t.getSubject(), RDF.type.asNode(), ENT.Statement)) out.add(t.getSubject());
        });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    /** The derivation tree of a statement, proposition or other node (inside a read transaction). */
    public Step explain(Node n) {
        return explain(n, 0, new HashSet<>());
    }

    private Step explain(Node n, int depth, Set<Node> path) {
        if (depth > MAX_DEPTH || !path.add(n)) return new Step("… (" + label(n) + ")", n, List.of());
        try {
            if (isA(n, ENT.Statement)) return statement(n, depth, path);
            if (isA(n, ENT.Proposition)) return proposition(n, depth, path);
            if (isA(n, ENT.Membership)) return new Step(label(one(n, ORG_MEMBER)) + " member of " + label(one(n, ORG_ORG)) + span(n)
                    + " — reference data", n, List.of());
            if (isA(n, ENT.term("AreaCoverage"))) {
                String kind = ENT.TerritoryTarget.equals(one(n, ENT.term("coverageKind"))) ? "territory" : "forces, vessels and aircraft";
                return new Step(label(one(n, ENT.term("coveredPlace"))) + " lies in the treaty area for attacks on " + kind + span(n)
                        + ", by " + label(one(n, ENT.term("viaClause"))), n, List.of());
            }
            if (isA(n, ENT.Attack)) {
                Node when = one(n, ENT.date);
                return new Step(label(n) + ": " + label(one(n, ENT.aggressor)) + " attacked " + label(one(n, ENT.victim))
                        + (one(n, ENT.place) != null ? " at " + label(one(n, ENT.place)) : "")
                        + (when != null ? " on " + when.getLiteralLexicalForm() : "") + source(n), n, List.of());
            }
            return new Step(label(n) + source(n), n, List.of());
        } finally {
            path.remove(n);
        }
    }

    private Step statement(Node st, int depth, Set<Node> path) {
        String head = label(one(st, ENT.subject)) + " " + rel(one(st, ENT.relation)) + " " + label(one(st, ENT.object)) + qualifiers(st);
        Node stance = one(st, ENT.stance);
        String how = stance == null ? "" : " [" + label(stance) + (one(st, ENT.claimant) != null ? " by " + label(one(st, ENT.claimant)) : "") + "]";
        List<Step> because = new ArrayList<>();
        List<Node> ders = objs(st, ENT.derivedBy);
        if (!ders.isEmpty()) {
            Node rule = one(st, ENT.rule);
            // The top statement shows every derivation kept; nested ones show the first.
            List<Node> shown = depth == 0 ? ders : ders.subList(0, 1);
            for (Node d : shown) {
                List<Step> premises = new ArrayList<>();
                for (Node p : objs(d, ENT.premise)) premises.add(explain(p, depth + 1, path));
                String more = shown.size() < ders.size() ? " (one of " + ders.size() + " derivations)" : "";
                because.add(new Step("because (rule “" + label(one(d, ENT.rule)) + "”, queries/rules/" + local(one(d, ENT.rule)) + ".rq)" + more + ":", d, premises));
            }
            return new Step(head + how + " — inferred by " + label(rule), st, because);
        }
        for (Node ev : objs(st, ENT.evidence)) {
            Node art = one(ev, ENT.inArticle);
            Node q = one(ev, ENT.quote);
            Node src = one(st, ENT.sourceLine);
            Node pub = art == null ? null : one(art, ENT.publisherName);
            because.add(new Step("“" + (q == null ? "" : q.getLiteralLexicalForm()) + "” — " + label(art)
                    + (pub != null ? " (" + pub.getLiteralLexicalForm() + ")" : "") + (src != null ? " [" + src.getLiteralLexicalForm() + "]" : ""), ev, List.of()));
        }
        return new Step(head + how, st, because);
    }

    private Step proposition(Node prop, int depth, Set<Node> path) {
        Node s = one(prop, ENT.subject), p = one(prop, ENT.relation), o = one(prop, ENT.object);
        String head = label(s) + " " + rel(p) + " " + label(o);
        List<Step> because = new ArrayList<>();
        List<Node> sts = new ArrayList<>();
        g.find(Node.ANY, ENT.proposition, prop).forEachRemaining(t -> {
            if (isA(t.getSubject(), ENT.Statement)) sts.add(t.getSubject());
        });
        sts.sort(Comparator.comparing(Node::getURI));
        for (Node st : sts) {
            Node stance = one(st, ENT.stance);
            if (ENT.Asserted.equals(stance)) because.add(explain(st, depth + 1, path));
        }
        if (because.isEmpty() && s != null && p != null && o != null && g.contains(s, p, o)) {
            because.add(new Step("reference data", null, List.of()));
        }
        return new Step(head, prop, because);
    }

    private String qualifiers(Node st) {
        StringBuilder b = new StringBuilder();
        Node start = one(st, ENT.startDate), end = one(st, ENT.endDate);
        if (start != null || end != null) b.append(" (").append(start == null ? "…" : start.getLiteralLexicalForm())
                .append(end == null ? "" : " – " + end.getLiteralLexicalForm()).append(")");
        Node c = one(st, ENT.term("inConflict"));
        if (c != null) b.append(" in ").append(label(c));
        Node pr = one(st, ENT.term("underProvision"));
        if (pr != null) b.append(" under ").append(label(pr));
        Node e = one(st, ENT.term("commonEnemy"));
        if (e != null) b.append(", common enemy ").append(label(e));
        Node pl = one(st, ENT.place);
        if (pl != null) b.append(" at ").append(label(pl));
        return b.toString();
    }

    private String span(Node n) {
        Node a = one(n, ENT.startDate), z = one(n, ENT.endDate);
        return (a == null ? "" : " from " + a.getLiteralLexicalForm()) + (z == null ? "" : " until " + z.getLiteralLexicalForm());
    }

    private String source(Node n) {
        return n.isURI() && g.contains(n, RDFS.label.asNode(), Node.ANY) && !isA(n, ENT.Statement) ? " — " + kind(n) : "";
    }

    private String kind(Node n) {
        for (var it = g.find(Node.ANY, ENT.aboutEvent, n); it.hasNext(); ) {
            it.close();
            return "reported in articles";
        }
        return "reference data";
    }

    private boolean isA(Node n, Node c) {
        return n != null && g.contains(n, RDF.type.asNode(), c);
    }

    private Node one(Node s, Node p) {
        return org.entente.util.GraphOps.one(g, s, p);
    }

    private List<Node> objs(Node s, Node p) {
        return org.entente.util.GraphOps.objects(g, s, p);
    }

    private String rel(Node p) {
        if (p == null) return "?";
        String l = labelOf(p);
        return l != null ? l : p.getLocalName();
    }

    /** A node's English label, headline, or local name. */
    public String label(Node n) {
        if (n == null) return "?";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        String l = labelOf(n);
        if (l != null) return l;
        Node h = one(n, SCHEMA.headline);
        if (h != null) return h.getLiteralLexicalForm();
        return local(n);
    }

    private String labelOf(Node n) {
        String any = null;
        for (var it = g.find(n, RDFS.label.asNode(), Node.ANY); it.hasNext(); ) {
            Node l = it.next().getObject();
            if (!l.isLiteral()) continue;
            if (l.getLiteralLanguage().equals("en")) {
                it.close();
                return l.getLiteralLexicalForm();
            }
            if (any == null) any = l.getLiteralLexicalForm();
        }
        return any;
    }

    private static String local(Node n) {
        if (n == null || !n.isURI()) return String.valueOf(n);
        String u = n.getURI();
        if (u.startsWith(EntenteConst.RULE_PREFIX)) return u.substring(EntenteConst.RULE_PREFIX.length());
        if (u.startsWith(EntenteConst.ID)) return u.substring(EntenteConst.ID.length());
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
