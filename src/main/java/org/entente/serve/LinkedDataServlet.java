package org.entente.serve;

import static org.entente.serve.Html.esc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.entente.facts.EntityIndex;
import org.entente.vocab.EntenteConst;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data: {@code /id/{name}} answers 303 See Other to {@code /page/{name}} (HTML) or
 * {@code /data/{name}.ttl|.jsonld|.nt|.rdf} by the Accept header, with {@code Vary: Accept};
 * unacceptable media types give 406. A name that is no entity's IRI but one entity's label, alias
 * or local name in other case ({@code /id/turkey}, {@code /id/Türkiye}) redirects to that entity;
 * one shared by several entities gives 300 with the candidates; an unknown one 404, as HTML or
 * plain text by the Accept header. {@code /ontology} and {@code /graph/...} serve the ontology and
 * the named graphs, as a page for people or as RDF. Data documents have canonical IRIs moved to
 * this server's address so every link can be followed here.
 *
 * <p>URL paths and IRIs: a path is read undecoded and turned into the IRI it stands for as
 * RFC 3987 says ({@link Site#name}), and links and redirects carry the IRI's local name
 * percent-encoded as UTF-8 ({@link Site#path}), so {@code …/id/Türkiye} is {@code /page/T%C3%BCrkiye}
 * and {@code …/id/A%20B} is {@code /page/A%20B}.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient Site site;
    private final transient Supplier<EntityIndex> index;

    LinkedDataServlet(DatasetGraph dsg, Site site, Supplier<EntityIndex> index) {
        this.dsg = dsg;
        this.site = site;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // (undecoded: the escapes an IRI keeps, such as %20, must not be lost)
        String path = req.getRequestURI().substring(req.getContextPath().length());
        resp.setHeader("Vary", "Accept");
        if (path.equals("/ontology")) {
            ontology(req, resp);
        } else if (path.startsWith("/graph/")) {
            graph(req, resp, path.substring(7));
        } else if (path.startsWith("/id/")) {
            id(req, resp, path.substring(4));
        } else if (path.startsWith("/page/")) {
            page(req, resp, path.substring(6));
        } else if (path.startsWith("/data/")) {
            data(req, resp, path.substring(6));
        } else {
            resp.sendError(404);
        }
    }

    private static boolean validName(String name) {
        return !name.isEmpty() && name.length() < 512 && !name.contains("..") && name.chars().allMatch(c -> c > 0x20 && c != '<' && c != '>'
                && c != '"' && c != '{' && c != '}' && c != '|' && c != '\\' && c != '^' && c != '`');
    }

    private boolean exists(Node n) {
        return Txn.calculateRead(dsg, () -> {
            Graph u = dsg.getUnionGraph();
            return u.contains(n, Node.ANY, Node.ANY) || u.contains(Node.ANY, Node.ANY, n);
        });
    }

    /** The names a raw path may stand for: the IRI form first, then the path as it came (an IRI that keeps escapes of its own). */
    private static List<String> names(String raw) {
        String name = Site.name(raw);
        List<String> out = new ArrayList<>(2);
        if (name != null && validName(name)) out.add(name);
        if (!raw.equals(name) && validName(raw)) out.add(raw);
        return out;
    }

    /** The entity a raw path names, or null. */
    private Node find(String raw) {
        for (String n : names(raw)) {
            Node e = entity(n);
            if (exists(e)) return e;
        }
        return null;
    }

    private void id(HttpServletRequest req, HttpServletResponse resp, String raw) throws IOException {
        Node e = find(raw);
        if (e == null) {
            unknown(req, resp, raw, "/id/", "");
            return;
        }
        negotiate(req, resp, localName(e));
    }

    /** 303 to the entity's page or one of its data documents, by the Accept header; 406 if none is acceptable. */
    private static void negotiate(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Conneg.Rep rep = Conneg.choose(req.getHeader("Accept"), Conneg.ALL);
        if (rep == null) {
            notAcceptable(resp, Conneg.ALL);
            return;
        }
        redirect(resp, 303, rep == Conneg.HTML ? "/page/" + Site.path(name) : "/data/" + Site.path(name) + "." + rep.ext());
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String raw) throws IOException {
        Node e = find(raw);
        if (e == null) {
            unknown(req, resp, raw, "/page/", "");
            return;
        }
        String name = localName(e);
        String base = Site.localBase(req);
        String html = Txn.calculateRead(dsg, () -> new PageRenderer(Describer.describe(dsg.getUnionGraph(), e), e, site, base).render(name));
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        int dot = file.lastIndexOf('.');
        Conneg.Rep rep = dot > 0 ? Conneg.byExt(file.substring(dot + 1)) : null;
        // (List.contains refuses null: an unknown extension, "Turkey.json", or none at all, "Turkey", is negotiated)
        if (rep != null && !Conneg.ALL.contains(rep)) rep = null;
        String raw = rep != null && rep.lang() != null ? file.substring(0, dot) : file;
        String ext = rep != null && rep.lang() != null ? "." + rep.ext() : "";
        if (rep == null || rep.lang() == null) {
            rep = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
            if (rep == null) {
                notAcceptable(resp, Conneg.RDF);
                return;
            }
        }
        Node e = find(raw);
        if (e == null) {
            unknown(req, resp, raw, "/data/", ext);
            return;
        }
        String base = Site.localBase(req);
        Graph g = Txn.calculateRead(dsg, () -> Site.rebase(Describer.describe(dsg.getUnionGraph(), e), base));
        write(resp, g, rep, base);
    }

    /**
     * A name that is no entity's IRI: one entity's label, alias or local name in other case redirects to it (303 from
     * {@code /id/}, 302 from a page or data document), several give 300 with the candidates, none 404.
     */
    private void unknown(HttpServletRequest req, HttpServletResponse resp, String raw, String prefix, String suffix) throws IOException {
        String shown = Site.decoded(raw);
        List<Node> found = new ArrayList<>();
        EntityIndex ix = shown.length() < 512 ? index.get() : null;
        if (ix != null) {
            for (Node c : ix.candidates(shown)) if (c.getURI().startsWith(EntenteConst.ID) && exists(c)) found.add(c);
        }
        found.sort(Comparator.comparing(Node::getURI));
        if (found.size() == 1) {
            String name = localName(found.get(0));
            if (prefix.equals("/id/")) negotiate(req, resp, name);
            else redirect(resp, 302, prefix + Site.path(name) + suffix);
            return;
        }
        if (found.size() > 1) {
            ambiguous(req, resp, shown, found, ix);
            return;
        }
        List<String> near = ix == null ? List.of() : ix.nearest(shown, 5).stream().filter(n -> !n.contains("://")).toList();
        notFound(req, resp, "Entente knows nothing called " + shown + ".", near);
    }

    private static void redirect(HttpServletResponse resp, int status, String target) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Location", target);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(("See " + target + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Conneg.Rep rep = representation(req, Conneg.ALL);
        if (rep == null) {
            notAcceptable(resp, Conneg.ALL);
            return;
        }
        Node gn = NodeFactory.createURI(EntenteConst.GRAPH_ONTOLOGY);
        if (rep == Conneg.HTML) {
            String html = Txn.calculateRead(dsg, () -> GraphPages.ontology(dsg.getGraph(gn)));
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String base = Site.localBase(req);
        Graph g = Txn.calculateRead(dsg, () -> Site.rebase(dsg.getGraph(gn), base));
        write(resp, g, rep, base);
    }

    private void graph(HttpServletRequest req, HttpServletResponse resp, String raw) throws IOException {
        Node gn = null;
        for (String n : names(raw)) {
            Node c = NodeFactory.createURI(EntenteConst.GRAPH + n);
            if (Txn.calculateRead(dsg, () -> dsg.containsGraph(c) && !dsg.getGraph(c).isEmpty())) {
                gn = c;
                break;
            }
        }
        if (gn == null) {
            notFound(req, resp, "Entente has no graph called " + Site.decoded(raw) + ".", List.of());
            return;
        }
        Conneg.Rep rep = representation(req, Conneg.GRAPH);
        if (rep == null) {
            notAcceptable(resp, Conneg.GRAPH);
            return;
        }
        String base = Site.localBase(req);
        Node g0 = gn;
        if (rep == Conneg.HTML) {
            String html = Txn.calculateRead(dsg, () -> GraphPages.graph(dsg, g0, site));
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Graph g = Txn.calculateRead(dsg, () -> Site.rebase(dsg.getGraph(g0), base));
        if (rep == Conneg.NQUADS) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(NodeFactory.createURI(Site.local(gn.getURI(), base)), g);
            resp.setContentType(rep.mediaType() + ";charset=utf-8");
            resp.setHeader("Access-Control-Allow-Origin", "*");
            RDFDataMgr.write(resp.getOutputStream(), one, rep.lang());
            return;
        }
        write(resp, g, rep, base);
    }

    /** The representation a request asks for among {@code offered}: {@code ?format=} (an extension) or else the Accept header; null if none fits. */
    private static Conneg.Rep representation(HttpServletRequest req, List<Conneg.Rep> offered) {
        String f = req.getParameter("format");
        if (f != null) {
            Conneg.Rep r = Conneg.byExt(f);
            return r != null && offered.contains(r) ? r : null;
        }
        return Conneg.choose(req.getHeader("Accept"), offered);
    }

    private static void write(HttpServletResponse resp, Graph g, Conneg.Rep rep, String base) throws IOException {
        PrefixMapping pm = g.getPrefixMapping();
        // The dumps' prefixes, with Entente's namespaces moved to this server.
        org.entente.export.Exporter.prefixes().getNsPrefixMap().forEach((k, v) -> pm.setNsPrefix(k, Site.local(v, base)));
        resp.setContentType(rep.mediaType() + ";charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        OutputStream out = resp.getOutputStream();
        RDFDataMgr.write(out, g, rep.lang());
        out.flush();
    }

    private static Node entity(String name) {
        return NodeFactory.createURI(EntenteConst.ID + name);
    }

    private static String localName(Node e) {
        return e.getURI().substring(EntenteConst.ID.length());
    }

    /** True if the client wants a page rather than data: HTML is what its Accept header prefers (a browser, a bare curl). */
    private static boolean wantsHtml(HttpServletRequest req) {
        return Conneg.choose(req.getHeader("Accept"), Conneg.ALL) == Conneg.HTML;
    }

    /** 404, as a page for a browser and as plain text for a client that asked for data, with the names nearest to the one asked for. */
    private static void notFound(HttpServletRequest req, HttpServletResponse resp, String message, List<String> near) throws IOException {
        resp.setStatus(404);
        if (!wantsHtml(req)) {
            send(resp, "text/plain", message + (near.isEmpty() ? "" : " Did you mean " + String.join(", ", near) + "?") + "\n");
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Not found</h1><p>").append(esc(message));
        if (!near.isEmpty()) {
            List<String> links = new ArrayList<>();
            for (String n : near) links.add(Html.link("/page/" + Site.path(n), n));
            b.append(" Did you mean ").append(String.join(", ", links)).append('?');
        }
        b.append(" Try the <a href=\"/\">home page</a> or a <a href=\"/queries\">named query</a>.</p>");
        send(resp, "text/html", Html.page("Not found", b.toString()));
    }

    /** 300 Multiple Choices: the entities a name may be, each with its label, type and IRI. */
    private static void ambiguous(HttpServletRequest req, HttpServletResponse resp, String shown, List<Node> found, EntityIndex ix) throws IOException {
        resp.setStatus(300);
        if (!wantsHtml(req)) {
            StringBuilder b = new StringBuilder("'" + shown + "' may be any of these; ask for one by its own name:\n");
            for (Node n : found) b.append("  /id/").append(Site.path(localName(n))).append("  ").append(ix.label(n)).append(" (").append(ix.typeName(n)).append(")\n");
            send(resp, "text/plain", b.toString());
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Which one?</h1><p><code>").append(esc(shown)).append("</code> may be any of these:</p><ul>");
        for (Node n : found) {
            b.append("<li>").append(Html.link("/page/" + Site.path(localName(n)), ix.label(n))).append(" <span class=\"meta\">(")
                    .append(esc(ix.typeName(n))).append(", <code>").append(esc(n.getURI())).append("</code>)</span></li>");
        }
        b.append("</ul>");
        send(resp, "text/html", Html.page("Which one?", b.toString()));
    }

    private static void notAcceptable(HttpServletResponse resp, List<Conneg.Rep> reps) throws IOException {
        resp.setStatus(406);
        send(resp, "text/plain", "Not acceptable. Available: " + String.join(", ", Conneg.mediaTypes(reps)) + "\n");
    }

    private static void send(HttpServletResponse resp, String type, String body) throws IOException {
        resp.setContentType(type + ";charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
