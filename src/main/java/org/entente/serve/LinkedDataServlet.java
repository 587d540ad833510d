package org.entente.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.vocab.EntenteConst;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data: {@code /id/{name}} answers 303 See Other to {@code /page/{name}} (HTML) or
 * {@code /data/{name}.ttl|.jsonld|.nt|.rdf} by the Accept header, with {@code Vary: Accept};
 * unknown names give 404 and unacceptable media types 406. {@code /ontology} and
 * {@code /graph/...} serve the ontology and named graphs. Data documents have canonical IRIs
 * moved to this server's address so every link can be followed here.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient Site site;

    LinkedDataServlet(DatasetGraph dsg, Site site) {
        this.dsg = dsg;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        resp.setHeader("Vary", "Accept");
        if (path.equals("/ontology")) {
            ontology(req, resp);
        } else if (path.startsWith("/graph/")) {
            graph(req, resp, path.substring(1));
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

    private void id(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        if (!validName(name) || !exists(entity(name))) {
            notFound(resp, name);
            return;
        }
        Conneg.Rep rep = Conneg.choose(req.getHeader("Accept"), Conneg.ALL);
        if (rep == null) {
            notAcceptable(resp, Conneg.ALL);
            return;
        }
        String target = rep == Conneg.HTML ? "/page/" + name : "/data/" + name + "." + rep.ext();
        resp.setStatus(303);
        resp.setHeader("Location", target);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(("See " + target + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Node e = entity(name);
        if (!validName(name) || !exists(e)) {
            notFound(resp, name);
            return;
        }
        String base = Site.localBase(req);
        String html = Txn.calculateRead(dsg, () -> new PageRenderer(Describer.describe(dsg.getUnionGraph(), e), e, site, base).render(name));
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        int dot = file.lastIndexOf('.');
        Conneg.Rep rep = dot > 0 ? Conneg.byExt(file.substring(dot + 1)) : null;
        String name = rep != null && rep.lang() != null ? file.substring(0, dot) : file;
        if (rep == null || rep.lang() == null) {
            rep = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
            if (rep == null) {
                notAcceptable(resp, Conneg.RDF);
                return;
            }
        }
        Node e = entity(name);
        if (!validName(name) || !exists(e)) {
            notFound(resp, name);
            return;
        }
        String base = Site.localBase(req);
        Graph g = Txn.calculateRead(dsg, () -> Site.rebase(Describer.describe(dsg.getUnionGraph(), e), base));
        write(resp, g, rep, base);
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Conneg.Rep rep = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
        if (rep == null) rep = Conneg.TURTLE;
        String base = Site.localBase(req);
        Graph g = Txn.calculateRead(dsg, () -> Site.rebase(dsg.getGraph(NodeFactory.createURI(EntenteConst.GRAPH_ONTOLOGY)), base));
        write(resp, g, rep, base);
    }

    private void graph(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Node gn = NodeFactory.createURI(EntenteConst.BASE + path);
        boolean has = Txn.calculateRead(dsg, () -> dsg.containsGraph(gn) && !dsg.getGraph(gn).isEmpty());
        if (!validName(path) || !has) {
            notFound(resp, path);
            return;
        }
        Conneg.Rep rep = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
        if (rep == null) rep = Conneg.TURTLE;
        String base = Site.localBase(req);
        Graph g = Txn.calculateRead(dsg, () -> Site.rebase(dsg.getGraph(gn), base));
        write(resp, g, rep, base);
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

    private static void notFound(HttpServletResponse resp, String name) throws IOException {
        resp.setStatus(404);
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(Html.page("Not found", "<h1>Not found</h1><p>Entente knows nothing called <code>"
                + Html.esc(name) + "</code>. Try the <a href=\"/\">home page</a> or a <a href=\"/queries\">named query</a>.</p>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void notAcceptable(HttpServletResponse resp, java.util.List<Conneg.Rep> reps) throws IOException {
        resp.setStatus(406);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(("Not acceptable. Available: " + String.join(", ", Conneg.mediaTypes(reps)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
