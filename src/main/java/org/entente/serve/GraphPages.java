package org.entente.serve;

import static org.entente.serve.Html.esc;
import static org.entente.serve.Html.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.util.GraphOps;
import org.entente.vocab.ENT;
import org.entente.vocab.PROV;
import org.entente.vocab.EntenteConst;
import org.entente.vocab.SCHEMA;

/**
 * The HTML pages of the ontology ({@code /ontology}: every class, property and term of the controlled
 * vocabularies with its label and comment, each under an anchor named by its local name, so that
 * {@code /ontology#State} lands on the class State) and of a named graph ({@code /graph/…}: what the graph
 * is, its size, and where to download it). Everything is escaped.
 */
final class GraphPages {
        private GraphPages() {}

    // --- the ontology ------------------------------------------------------------------------

    /** The ontology page, from the ontology graph (call inside a read transaction). */
    static String ontology(Graph g) {
        Node ont = NodeFactory.createURI(EntenteConst.ONTOLOGY_IRI);
        String title = text(g, ont, DCTerms.title.asNode(), "Entente ontology");
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1>");
        String desc = text(g, ont, DCTerms.description.asNode(), "");
        if (!desc.isEmpty()) b.append("<p>").append(esc(desc)).append("</p>");
        b.append("<p class=\"meta\">Namespace <code>").append(esc(EntenteConst.ONTOLOGY_NS)).append("</code> (prefix <code>ent:</code>)");
        String version = text(g, ont, OWL.versionInfo.asNode(), "");
        if (!version.isEmpty()) b.append(" · version ").append(esc(version));
        Node license = GraphOps.one(g, ont, DCTerms.license.asNode());
        if (license != null && license.isURI()) b.append(" · ").append(link(license.getURI(), "license"));
        b.append("</p>");

        Map<String, Node> classes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Node> properties = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Node> others = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(EntenteConst.ONTOLOGY_NS)) return;
            String local = s.getURI().substring(EntenteConst.ONTOLOGY_NS.length());
            if (isClass(g, s)) classes.put(local, s);
            else if (isProperty(g, s)) properties.put(local, s);
            else others.put(local, s);
        });
        others.keySet().removeAll(classes.keySet());
        others.keySet().removeAll(properties.keySet());
        b.append("<p>").append(link("#classes", classes.size() + " classes")).append(" · ")
                .append(link("#properties", properties.size() + " properties")).append(" · ")
                .append(link("#terms", others.size() + " terms of the controlled vocabularies")).append("</p>");
        formats(b, "/ontology");

        b.append("<h2 id=\"classes\">Classes</h2><table><tr><th>class</th><th>meaning</th></tr>");
        for (Node c : classes.values()) {
            List<String> facts = new ArrayList<>();
            refs(g, c, RDFS.subClassOf.asNode(), "subclass of", facts);
            List<Node> subs = new ArrayList<>();
            g.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> subs.add(t.getSubject()));
            list(g, subs, "subclasses", facts);
            term(g, b, c, facts);
        }
        b.append("</table>");

        b.append("<h2 id=\"properties\">Properties</h2><table><tr><th>property</th><th>meaning</th></tr>");
        for (Node p : properties.values()) {
            List<String> facts = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (Node ty : GraphOps.objects(g, p, RDF.type.asNode())) {
                if (ty.isURI() && ty.getURI().startsWith(OWL.NS)) kinds.add(ty.getLocalName().replace("Property", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
            }
            kinds.sort(null);
            if (!kinds.isEmpty()) facts.add(esc(String.join(", ", kinds)));
            refs(g, p, RDFS.domain.asNode(), "domain", facts);
            refs(g, p, RDFS.range.asNode(), "range", facts);
            refs(g, p, RDFS.subPropertyOf.asNode(), "sub-property of", facts);
            refs(g, p, OWL.inverseOf.asNode(), "inverse of", facts);
            term(g, b, p, facts);
        }
        b.append("</table>");

        b.append("<h2 id=\"terms\">Controlled vocabularies</h2><table><tr><th>term</th><th>meaning</th></tr>");
        List<Node> terms = new ArrayList<>(others.values());
        terms.sort(Comparator.comparing((Node n) -> typeOf(g, n)).thenComparing(Node::getURI));
        for (Node n : terms) {
            List<String> facts = new ArrayList<>();
            List<Node> types = new ArrayList<>();
            for (Node ty : GraphOps.objects(g, n, RDF.type.asNode())) if (!ty.equals(OWL.NamedIndividual.asNode())) types.add(ty);
            list(g, types, "a", facts);
            term(g, b, n, facts);
        }
        b.append("</table>");
        return Html.page(title, b.toString());
    }

    private static boolean isClass(Graph g, Node n) {
        return g.contains(n, RDF.type.asNode(), OWL.Class.asNode()) || g.contains(n, RDF.type.asNode(), RDFS.Class.asNode());
    }

    private static boolean isProperty(Graph g, Node n) {
        for (Node k : List.of(RDF.Property.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode())) {
            if (g.contains(n, RDF.type.asNode(), k)) return true;
        }
        return false;
    }

    /** The first ent: type of a term, to group the vocabularies. */
    private static String typeOf(Graph g, Node n) {
        for (Node ty : GraphOps.objects(g, n, RDF.type.asNode())) if (ty.isURI() && ty.getURI().startsWith(EntenteConst.ONTOLOGY_NS)) return ty.getURI();
        return "~";
    }

    /** One row: the term's anchor, label, comment, the given facts and its matches elsewhere. */
    private static void term(Graph g, StringBuilder b, Node n, List<String> facts) {
        String local = n.getURI().substring(EntenteConst.ONTOLOGY_NS.length());
        b.append("<tr id=\"").append(esc(local)).append("\"><td>").append(link("#" + local, "ent:" + local)).append("</td><td><strong>")
                .append(esc(label(g, n))).append("</strong>");
        for (Node c : GraphOps.objects(g, n, RDFS.comment.asNode())) if (c.isLiteral()) b.append("<br>").append(esc(c.getLiteralLexicalForm()));
        List<String> matches = new ArrayList<>();
        for (Node p : List.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
            for (Node m : GraphOps.objects(g, n, p)) if (m.isURI()) matches.add(link(m.getURI(), shortForm(m)));
        }
        if (!matches.isEmpty()) facts.add("matches " + String.join(", ", matches));
        if (!facts.isEmpty()) b.append("<br><span class=\"meta\">").append(String.join(" · ", facts)).append("</span>");
        b.append("</td></tr>");
    }

    private static void refs(Graph g, Node s, Node p, String what, List<String> facts) {
        list(g, GraphOps.objects(g, s, p), what, facts);
    }

    private static void list(Graph g, List<Node> nodes, String what, List<String> facts) {
        List<String> out = new ArrayList<>();
        for (Node o : nodes) if (o.isURI()) out.add(ref(g, o));
        out.sort(null);
        if (!out.isEmpty()) facts.add(esc(what) + " " + String.join(", ", out));
    }

    /** A link to a term: an anchor on this page for Entente's own, the IRI for others. */
    private static String ref(Graph g, Node n) {
        if (n.getURI().startsWith(EntenteConst.ONTOLOGY_NS)) return link("#" + n.getURI().substring(EntenteConst.ONTOLOGY_NS.length()), label(g, n));
        return link(n.getURI(), shortForm(n));
    }

    private static String shortForm(Node n) {
        PrefixMapping pm = org.entente.export.Exporter.prefixes();
        String s = pm.shortForm(n.getURI());
        if (s.equals(n.getURI()) && n.getURI().startsWith(EntenteConst.WIKIDATA_ENTITY)) return "Wikidata " + n.getURI().substring(EntenteConst.WIKIDATA_ENTITY.length());
        if (s.startsWith("http://www.wikidata.org/prop/direct/")) return "Wikidata " + s.substring("http://www.wikidata.org/prop/direct/".length());
        return s;
    }

    private static String label(Graph g, Node n) {
        return text(g, n, RDFS.label.asNode(), n.getURI().substring(Math.max(n.getURI().lastIndexOf('#'), n.getURI().lastIndexOf('/')) + 1));
    }

    /** The English or plain literal of a property, or {@code dflt}. */
    private static String text(Graph g, Node s, Node p, String dflt) {
        String any = null;
        for (Node o : GraphOps.objects(g, s, p)) {
            if (!o.isLiteral()) continue;
            String lang = o.getLiteralLanguage();
            if (lang.isEmpty() || lang.startsWith("en")) return o.getLiteralLexicalForm();
            if (any == null) any = o.getLiteralLexicalForm();
        }
        return any != null ? any : dflt;
    }

    // --- a named graph -------------------------------------------------------------------------

    /** The page of a named graph: what it is, its size and what it holds, and its downloads (call inside a read transaction). */
    static String graph(DatasetGraph dsg, Node gn, Site site) {
        Graph g = dsg.getGraph(gn);
        String iri = gn.getURI();
        String name = iri.substring(EntenteConst.GRAPH.length());
        String path = "/graph/" + Site.path(name);
        StringBuilder b = new StringBuilder("<h1>Graph ").append(esc(name)).append("</h1><p>").append(what(dsg, iri)).append("</p>");
        long triples = 0;
        Map<Node, Integer> byType = new HashMap<>();
        var it = g.find();
        try {
            while (it.hasNext()) {
                var t = it.next();
                triples++;
                if (t.getPredicate().equals(RDF.type.asNode())) byType.merge(t.getObject(), 1, Integer::sum);
            }
        } finally {
            it.close();
        }
        b.append("<p class=\"meta\">").append(triples).append(" triples · IRI <code>").append(esc(iri)).append("</code></p>");
        List<Node> from = GraphOps.objects(g, gn, PROV.wasDerivedFrom);
        if (!from.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Node f : from.subList(0, Math.min(from.size(), 50))) {
                shown.add(f.isURI() && f.getURI().startsWith(EntenteConst.GRAPH) ? link("/graph/" + Site.path(f.getURI().substring(EntenteConst.GRAPH.length())),
                        f.getURI().substring(EntenteConst.GRAPH.length())) : esc(f.isURI() ? f.getURI() : f.toString()));
            }
            b.append("<p>Derived from ").append(from.size()).append(from.size() == 1 ? " source: " : " sources: ").append(String.join(", ", shown))
                    .append(from.size() > 50 ? " …" : "").append("</p>");
        }
        if (!byType.isEmpty()) {
            List<Map.Entry<Node, Integer>> types = new ArrayList<>(byType.entrySet());
            types.sort(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()));
            b.append("<h2>What it holds</h2><table><tr><th>type</th><th>resources</th></tr>");
            for (var e : types.subList(0, Math.min(types.size(), 20))) {
                Node c = e.getKey();
                String shownType = c.isURI() && c.getURI().startsWith(EntenteConst.ONTOLOGY_NS)
                        ? link("/ontology#" + c.getURI().substring(EntenteConst.ONTOLOGY_NS.length()), site.termLabel(c))
                        : esc(c.isURI() ? shortForm(c) : c.toString());
                b.append("<tr><td>").append(shownType).append("</td><td>").append(e.getValue()).append("</td></tr>");
            }
            b.append("</table>");
        }
        formats(b, path);
        b.append("<p>The same graph with its IRIs as stored: the Graph Store Protocol, ")
                .append(link("/entente/get?graph=" + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8), "/entente/get?graph=…"))
                .append("; every graph at once: the ").append(link("/dumps/", "dumps")).append(" (<code>dataset.nq.gz</code>, N-Quads).</p>");
        return Html.page("Graph " + name, b.toString());
    }

    /** What a graph is, by its name. */
    private static String what(DatasetGraph dsg, String iri) {
        if (iri.equals(EntenteConst.GRAPH_ONTOLOGY)) {
            return "The Entente ontology: its classes, properties and controlled vocabularies, also " + link("/ontology", "as a page") + ".";
        }
        if (iri.equals(EntenteConst.GRAPH_REFERENCE)) {
            return "Reference data, read by <code>entente build</code> from <code>data/reference/</code>: states, organizations, persons, offices "
                    + "and their tenures, memberships, agreements, treaty provisions, places and events.";
        }
        if (iri.equals(EntenteConst.GRAPH_INFERRED)) {
            return "What the rules of <code>queries/rules/</code> derive from the other graphs (<code>entente build</code>, <code>entente reason</code>): "
                    + "schema conclusions, treaty-area coverage and derived statements with their derivations.";
        }
        if (iri.startsWith(EntenteConst.GRAPH_ARTICLE_PREFIX)) {
            String id = iri.substring(EntenteConst.GRAPH_ARTICLE_PREFIX.length());
            Node art = NodeFactory.createURI(EntenteConst.ID + "article/" + id);
            Node headline = GraphOps.one(dsg.getUnionGraph(), art, SCHEMA.headline);
            String shown = headline != null && headline.isLiteral() ? headline.getLiteralLexicalForm() : id;
            return "The statements of one article with their evidence (curated facts and, after <code>build --extract</code>, extracted ones): "
                    + (dsg.getUnionGraph().contains(art, RDF.type.asNode(), ENT.Article) ? link("/page/article/" + Site.path(id), shown) : esc(shown)) + ".";
        }
        if (iri.startsWith(EntenteConst.GRAPH_IMPORT_PREFIX)) {
            return "RDF brought in with <code>entente import</code>; the file it came from is below.";
        }
        return "A named graph written through the Graph Store Protocol or SPARQL Update.";
    }

    /** Links to the RDF forms of a page's resource. */
    private static void formats(StringBuilder b, String path) {
        List<String> links = new ArrayList<>();
        for (Conneg.Rep r : Conneg.RDF) links.add(link(path + "?format=" + r.ext(), r.mediaType()));
        if (path.startsWith("/graph/")) links.add(link(path + "?format=" + Conneg.NQUADS.ext(), Conneg.NQUADS.mediaType()));
        b.append("<p>Download: ").append(String.join(" · ", links)).append(" <span class=\"meta\">(or ask for one in an Accept header)</span></p>");
    }
}
