package org.entente.serve;

import static org.entente.serve.Html.esc;
import static org.entente.serve.Html.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;
import org.entente.vocab.SCHEMA;

/**
 * Renders a resource's description as a plain HTML page: label, types, description, codes,
 * memberships and offices, every statement about it grouped by relation with its time, place,
 * stance, claimant and sources, inferred statements with a link to their explanation, the other
 * facts, and links to the RDF forms and to a SPARQL query. Everything is escaped.
 */
final class PageRenderer {
    private static final Node ORG_MEMBER = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/org#organization");
    private static final Node AREA_COVERAGE = ENT.term("AreaCoverage");

    private final Graph d;
    private final Node e;
    private final Site site;
    private final String base;
    private final Set<Triple> shown = new HashSet<>();

    PageRenderer(Graph description, Node entity, Site site, String localBase) {
        this.d = description;
        this.e = entity;
        this.site = site;
        this.base = localBase;
    }

    String render(String name) {
        StringBuilder b = new StringBuilder();
        String title = label(e);
        b.append("<h1>").append(esc(title)).append("</h1>");
        List<String> types = new ArrayList<>();
        for (Node t : objs(e, RDF.type.asNode())) {
            types.add(t.isURI() && t.getURI().startsWith(EntenteConst.BASE) ? link(href(t), site.termLabel(t)) : esc(site.termLabel(t)));
            mark(e, RDF.type.asNode(), t);
        }
        b.append("<p class=\"types\">").append(String.join(" · ", types)).append("</p>");
        for (Node p : List.of(RDFS.comment.asNode(), ENT.term("summary"))) {
            for (Node c : objs(e, p)) {
                b.append("<p>").append(esc(c.getLiteralLexicalForm())).append("</p>");
                mark(e, p, c);
            }
        }
        identity(b);
        if (d.contains(e, RDF.type.asNode(), ENT.Article)) article(b);
        if (d.contains(e, RDF.type.asNode(), ENT.Statement)) statement(b);
        memberships(b);
        statements(b);
        otherFacts(b);
        formats(b, name);
        return Html.page(title, b.toString());
    }

    // --- sections ----------------------------------------------------------------------------

    private void identity(StringBuilder b) {
        List<String> alt = new ArrayList<>();
        for (Node a : objs(e, SKOS.altLabel.asNode())) {
            alt.add(esc(a.getLiteralLexicalForm()));
            mark(e, SKOS.altLabel.asNode(), a);
        }
        mark(e, RDFS.label.asNode(), null);
        if (!alt.isEmpty()) b.append("<p class=\"meta\">Also: ").append(String.join(", ", alt)).append("</p>");
        List<String> ids = new ArrayList<>();
        for (Node m : objs(e, SKOS.exactMatch.asNode())) {
            if (m.isURI()) ids.add(link(m.getURI(), m.getURI().startsWith(EntenteConst.WIKIDATA_ENTITY)
                    ? "Wikidata " + m.getURI().substring(EntenteConst.WIKIDATA_ENTITY.length()) : m.getURI()));
            mark(e, SKOS.exactMatch.asNode(), m);
        }
        for (String[] code : new String[][] {{"iso3166Alpha2", "ISO"}, {"iso3166Alpha3", "ISO3"}, {"cowCode", "COW"}, {"cowAbbrev", "COW"}}) {
            for (Node v : objs(e, ENT.term(code[0]))) {
                ids.add(esc(code[1] + " " + v.getLiteralLexicalForm()));
                mark(e, ENT.term(code[0]), v);
            }
        }
        if (!ids.isEmpty()) b.append("<p class=\"meta\">").append(String.join(" · ", ids)).append("</p>");
    }

    private void article(StringBuilder b) {
        b.append("<p class=\"meta\">");
        for (Node p : List.of(ENT.publisherName, ENT.authorName, SCHEMA.datePublished, ENT.origin)) {
            for (Node v : objs(e, p)) {
                b.append(esc(site.termLabel(p))).append(": ").append(esc(v.getLiteralLexicalForm())).append("<br>");
                mark(e, p, v);
            }
        }
        b.append("</p>");
        List<Node> sts = new ArrayList<>();
        d.find(Node.ANY, ENT.inArticle, e).forEachRemaining(t -> d.find(Node.ANY, ENT.evidence, t.getSubject())
                .forEachRemaining(s -> sts.add(s.getSubject())));
        if (!sts.isEmpty()) {
            b.append("<h2>Statements from this article (").append(sts.size()).append(")</h2>");
            statementTable(b, sts, null);
        }
        for (Node text : objs(e, SCHEMA.text)) {
            b.append("<h2>Text</h2><div class=\"text\">");
            for (String para : text.getLiteralLexicalForm().split("\n\n+")) b.append("<p>").append(esc(para)).append("</p>");
            b.append("</div>");
            mark(e, SCHEMA.text, text);
        }
        mark(e, SCHEMA.headline, null);
        mark(e, ENT.articleId, null);
    }

    private void statement(StringBuilder b) {
        b.append("<table><tr><th>subject</th><th>relation</th><th>object</th></tr><tr><td>")
                .append(ref(one(e, ENT.subject))).append("</td><td>").append(esc(rel(one(e, ENT.relation))))
                .append("</td><td>").append(ref(one(e, ENT.object))).append("</td></tr></table>");
        statementTable(b, List.of(e), null);
        Node der = one(e, ENT.derivedBy);
        if (der != null) {
            b.append("<h2>Why it holds</h2><p>").append(link("/explain?statement=" + enc(e.getURI()), "Full derivation"))
                    .append("</p>");
        }
    }

    private void memberships(StringBuilder b) {
        List<Node> ms = new ArrayList<>();
        d.find(Node.ANY, ORG_MEMBER, e).forEachRemaining(t -> ms.add(t.getSubject()));
        d.find(Node.ANY, ORG_ORGANIZATION, e).forEachRemaining(t -> ms.add(t.getSubject()));
        if (!ms.isEmpty()) {
            ms.sort(Comparator.comparing(m -> date(m, ENT.startDate)));
            b.append("<h2>Memberships</h2><table><tr><th>member</th><th>organization</th><th>from</th><th>until</th><th>source</th></tr>");
            for (Node m : ms) {
                b.append("<tr><td>").append(ref(one(m, ORG_MEMBER))).append("</td><td>").append(ref(one(m, ORG_ORGANIZATION)))
                        .append("</td><td>").append(esc(date(m, ENT.startDate))).append("</td><td>").append(esc(date(m, ENT.endDate)))
                        .append("</td><td>").append(link(href(m), "reference data")).append("</td></tr>");
                markAll(ORG_MEMBER, m);
                markAll(ORG_ORGANIZATION, m);
            }
            b.append("</table>");
        }
        List<Node> ts = new ArrayList<>();
        d.find(Node.ANY, ENT.holder, e).forEachRemaining(t -> ts.add(t.getSubject()));
        d.find(Node.ANY, ENT.office, e).forEachRemaining(t -> ts.add(t.getSubject()));
        if (!ts.isEmpty()) {
            ts.sort(Comparator.comparing(m -> date(m, ENT.startDate)));
            b.append("<h2>Offices</h2><table><tr><th>holder</th><th>office</th><th>from</th><th>until</th></tr>");
            for (Node t : ts) {
                b.append("<tr><td>").append(ref(one(t, ENT.holder))).append("</td><td>").append(ref(one(t, ENT.office)))
                        .append("</td><td>").append(esc(date(t, ENT.startDate))).append("</td><td>").append(esc(date(t, ENT.endDate)))
                        .append("</td></tr>");
                markAll(ENT.holder, t);
                markAll(ENT.office, t);
            }
            b.append("</table>");
        }
    }

    private void statements(StringBuilder b) {
        Map<String, List<Node>> byRel = new TreeMap<>();
        for (Node p : List.of(ENT.subject, ENT.object)) {
            d.find(Node.ANY, p, e).forEachRemaining(t -> {
                Node st = t.getSubject();
                if (!d.contains(st, RDF.type.asNode(), ENT.Statement)) {
                    shown.add(t);
                    return;
                }
                String key = rel(one(st, ENT.relation)) + (p.equals(ENT.object) ? " (inverse)" : "");
                byRel.computeIfAbsent(key, k -> new ArrayList<>()).add(st);
                shown.add(t);
            });
        }
        if (byRel.isEmpty()) return;
        b.append("<h2>Statements</h2>");
        for (Map.Entry<String, List<Node>> en : byRel.entrySet()) {
            b.append("<h3>").append(esc(en.getKey().replace(" (inverse)", ""))).append(en.getKey().endsWith("(inverse)") ? " — about " + esc(label(e)) : "")
                    .append("</h3>");
            statementTable(b, en.getValue(), e);
        }
    }

    /** One row per statement: the proposition, time, place, stance, claimant and sources. */
    private void statementTable(StringBuilder b, List<Node> sts, Node about) {
        b.append("<table><tr><th>statement</th><th>when</th><th>where</th><th>stance</th><th>source</th></tr>");
        List<Node> sorted = new ArrayList<>(sts);
        sorted.sort(Comparator.comparing((Node s) -> date(s, ENT.startDate)).thenComparing(Node::getURI));
        for (Node st : sorted) {
            Node s = one(st, ENT.subject), o = one(st, ENT.object);
            boolean inferred = ENT.RuleInference.equals(one(st, ENT.method));
            b.append("<tr").append(inferred ? " class=\"inferred\"" : "").append("><td>")
                    .append(ref(s)).append(" <em>").append(esc(rel(one(st, ENT.relation)))).append("</em> ").append(ref(o));
            for (Node ty : objs(st, ENT.supportType)) b.append(" <span class=\"meta\">(").append(esc(label(ty))).append(")</span>");
            for (Node det : objs(st, ENT.detail)) b.append(" <span class=\"meta\">(").append(esc(det.getLiteralLexicalForm())).append(")</span>");
            for (Node c : objs(st, ENT.term("inConflict"))) b.append("<br><span class=\"meta\">in ").append(ref(c)).append("</span>");
            b.append(" ").append(link(href(st), "¶")).append("</td><td>").append(esc(span(st))).append("</td><td>");
            for (Node pl : objs(st, ENT.place)) b.append(ref(pl)).append(" ");
            Node stance = one(st, ENT.stance);
            String sl = stance == null ? "" : label(stance);
            b.append("</td><td><span class=\"stance stance-").append(esc(sl)).append("\">").append(esc(sl)).append("</span>");
            for (Node c : objs(st, ENT.claimant)) b.append("<br>by ").append(ref(c));
            b.append("</td><td>");
            if (inferred) {
                b.append("inferred by rule ");
                for (Node r : objs(st, ENT.rule)) b.append(esc(label(r))).append(" ");
                b.append(link("/explain?statement=" + enc(st.getURI()), "why?"));
            }
            for (Node ev : objs(st, ENT.evidence)) {
                Node art = one(ev, ENT.inArticle);
                if (art != null) {
                    b.append(link(href(art), label(art)));
                    Node pub = one(art, ENT.publisherName);
                    if (pub != null) b.append(" <span class=\"meta\">(").append(esc(pub.getLiteralLexicalForm())).append(")</span>");
                }
                Node q = one(ev, ENT.quote);
                if (q != null) b.append("<blockquote>").append(esc(q.getLiteralLexicalForm())).append("</blockquote>");
            }
            for (Node m : objs(st, ENT.method)) {
                if (ENT.PatternExtraction.equals(m)) {
                    Node conf = one(st, ENT.confidence);
                    b.append("<span class=\"meta\">extracted, confidence ").append(esc(conf == null ? "?" : conf.getLiteralLexicalForm())).append("</span>");
                }
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
    }

    private void otherFacts(StringBuilder b) {
        Map<String, List<String>> out = new TreeMap<>();
        d.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (shown.contains(t) || isShownPredicate(t.getPredicate())) return;
            out.computeIfAbsent(site.termLabel(t.getPredicate()), k -> new ArrayList<>()).add(value(t.getObject()));
        });
        Map<String, List<String>> in = new TreeMap<>();
        String me = label(e);
        d.find(Node.ANY, Node.ANY, e).forEachRemaining(t -> {
            if (shown.contains(t) || isNaryLink(t)) return;
            in.computeIfAbsent(site.inverseLabel(t.getPredicate(), me), k -> new ArrayList<>()).add(ref(t.getSubject()));
        });
        if (!out.isEmpty()) {
            b.append("<h2>Facts</h2><table>");
            for (var en : out.entrySet()) b.append("<tr><th>").append(esc(en.getKey())).append("</th><td>").append(String.join(", ", en.getValue())).append("</td></tr>");
            b.append("</table>");
        }
        if (!in.isEmpty()) {
            b.append("<h2>Referred to by</h2><table>");
            for (var en : in.entrySet()) {
                List<String> v = en.getValue();
                String shownList = String.join(", ", v.subList(0, Math.min(v.size(), 200)));
                b.append("<tr><th>").append(esc(en.getKey())).append("</th><td>").append(shownList)
                        .append(v.size() > 200 ? " … (" + v.size() + ")" : "").append("</td></tr>");
            }
            b.append("</table>");
        }
    }

    private boolean isShownPredicate(Node p) {
        return p.equals(RDFS.label.asNode()) || p.equals(SCHEMA.headline) || p.equals(ENT.articleId);
    }

    private boolean isNaryLink(Triple t) {
        Node s = t.getSubject();
        return d.contains(s, RDF.type.asNode(), ENT.Statement) || d.contains(s, RDF.type.asNode(), ENT.Proposition)
                || d.contains(s, RDF.type.asNode(), ENT.Membership) || d.contains(s, RDF.type.asNode(), ENT.Tenure)
                || d.contains(s, RDF.type.asNode(), ENT.Evidence);
    }

    private void formats(StringBuilder b, String name) {
        b.append("<h2>Data</h2><p>");
        for (Conneg.Rep r : Conneg.RDF) {
            b.append(link("/data/" + Site.path(name) + "." + r.ext(), r.mediaType())).append(" · ");
        }
        String q = "DESCRIBE <" + e.getURI() + ">";
        String q2 = "SELECT ?p ?o WHERE { <" + e.getURI() + "> ?p ?o }";
        b.append(link("/entente/sparql?query=" + enc(q), "SPARQL DESCRIBE")).append(" · ")
                .append(link("/index.html#/dataset/entente/query?query=" + enc(q2), "open in the query editor")).append("</p>");
        b.append("<p class=\"meta\">Canonical IRI: <code>").append(esc(e.getURI())).append("</code></p>");
    }

    // --- helpers -------------------------------------------------------------------------------

    private void mark(Node s, Node p, Node o) {
        if (o == null) d.find(s, p, Node.ANY).forEachRemaining(shown::add);
        else shown.add(Triple.create(s, p, o));
    }

    private void markAll(Node p, Node s) {
        d.find(s, p, e).forEachRemaining(shown::add);
    }

    private Node one(Node s, Node p) {
        return org.entente.util.GraphOps.one(d, s, p);
    }

    private List<Node> objs(Node s, Node p) {
        return org.entente.util.GraphOps.objects(d, s, p);
    }

    private String date(Node s, Node p) {
        Node v = one(s, p);
        return v == null ? "" : v.getLiteralLexicalForm();
    }

    private String span(Node st) {
        String a = date(st, ENT.startDate), z = date(st, ENT.endDate);
        if (z.isEmpty() || a.equals(z)) return a;
        return (a.isEmpty() ? "…" : a) + " – " + z;
    }

    String label(Node n) {
        if (n == null) return "";
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        // (statements and propositions by their relation's label, not by the stored title with its raw name;
        // coverage nodes, which have no label, by their place, kind and span)
        String made = d.contains(n, RDF.type.asNode(), ENT.Statement) || d.contains(n, RDF.type.asNode(), ENT.Proposition) ? statementTitle(n)
                : d.contains(n, RDF.type.asNode(), AREA_COVERAGE) ? coverageTitle(n) : null;
        if (made != null) return made;
        Map<String, String> byLang = new LinkedHashMap<>();
        d.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> byLang.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()));
        if (byLang.containsKey("en")) return byLang.get("en");
        if (!byLang.isEmpty()) return byLang.values().iterator().next();
        Node h = one(n, SCHEMA.headline);
        if (h != null) return h.getLiteralLexicalForm();
        return site.termLabel(n);
    }

    /** "Turkey cooperates with Russia (claimed by …)", or null if the statement lacks a part. */
    private String statementTitle(Node st) {
        Node s = one(st, ENT.subject), r = one(st, ENT.relation), o = one(st, ENT.object);
        if (s == null || r == null || o == null || !r.isURI()) return null;
        String t = label(s) + " " + rel(r) + " " + label(o);
        if (ENT.RuleInference.equals(one(st, ENT.method))) {
            List<String> rules = new ArrayList<>();
            for (Node r0 : objs(st, ENT.rule)) rules.add(label(r0));
            return t + " (inferred" + (rules.isEmpty() ? "" : " by " + String.join(", ", rules)) + ")";
        }
        Node stance = one(st, ENT.stance);
        if (stance == null) return t;
        List<String> by = new ArrayList<>();
        for (Node c : objs(st, ENT.claimant)) by.add(label(c));
        return t + " (" + label(stance) + (by.isEmpty() ? "" : " by " + String.join(", ", by)) + ")";
    }

    /** "Algeria — territory — from 1949-08-24 to 1962-07-02", or null without a place. */
    private String coverageTitle(Node c) {
        Node place = one(c, ENT.term("coveredPlace"));
        if (place == null) return null;
        StringBuilder t = new StringBuilder(label(place));
        Node kind = one(c, ENT.term("coverageKind"));
        if (kind != null) t.append(" — ").append(label(kind));
        String a = date(c, ENT.startDate), z = date(c, ENT.endDate);
        if (!a.isEmpty() || !z.isEmpty()) t.append(" —").append(a.isEmpty() ? "" : " from " + a).append(z.isEmpty() ? "" : " to " + z);
        return t.toString();
    }

    private String rel(Node p) {
        return p == null ? "" : site.termLabel(p);
    }

    private String ref(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return esc(n.getLiteralLexicalForm());
        if (!n.isURI()) return esc(n.toString());
        return link(href(n), label(n));
    }

    private String value(Node n) {
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String s = esc(n.getLiteralLexicalForm());
            return dt != null && dt.endsWith("#anyURI") ? link(n.getLiteralLexicalForm(), n.getLiteralLexicalForm()) : s;
        }
        return ref(n);
    }

    private String href(Node n) {
        String u = n.getURI();
        if (u.startsWith(EntenteConst.ID)) return "/page/" + Site.path(u.substring(EntenteConst.ID.length()));
        return Site.local(u, base);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
