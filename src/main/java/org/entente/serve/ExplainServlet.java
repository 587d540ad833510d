package org.entente.serve;

import static org.entente.serve.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.reason.Explainer;
import org.entente.vocab.EntenteConst;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /explain?statement=IRI}: why a statement holds, as a nested list down to quotes and reference data. */
final class ExplainServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;

    ExplainServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String st = req.getParameter("statement");
        if (st == null || st.isBlank()) {
            send(resp, 400, Html.page("Explain", "<h1>Explain</h1><p>Give a statement: <code>/explain?statement=IRI</code>.</p>"));
            return;
        }
        String base = Site.localBase(req);
        String iri = st.startsWith(base) ? EntenteConst.BASE + st.substring(base.length()) : st;
        if (iri.startsWith("/")) iri = EntenteConst.BASE + iri.substring(1);
        if (!iri.matches("^https?://[^\\s<>\"{}|\\\\^`]+$")) {
            send(resp, 400, Html.page("Explain", "<h1>Explain</h1><p>Not an IRI: <code>" + esc(st) + "</code></p>"));
            return;
        }
        Node n = NodeFactory.createURI(iri);
        Explainer.Step tree = Txn.calculateRead(dsg, () -> dsg.getUnionGraph().contains(n, Node.ANY, Node.ANY) ? new Explainer(dsg).explain(n) : null);
        if (tree == null) {
            send(resp, 404, Html.page("Explain", "<h1>Not found</h1><p>Nothing is known about <code>" + esc(iri) + "</code>.</p>"));
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Why it holds</h1><ul>");
        render(tree, b);
        b.append("</ul><p class=\"meta\">The same tree on the command line: <code>entente explain ")
                .append(esc(iri.startsWith(EntenteConst.ID) ? iri.substring(EntenteConst.ID.length()) : iri)).append("</code></p>");
        send(resp, 200, Html.page("Explain", b.toString()));
    }

    private static void render(Explainer.Step s, StringBuilder b) {
        b.append("<li>");
        Node about = s.about();
        if (about != null && about.isURI() && about.getURI().startsWith(EntenteConst.ID)) {
            b.append(Html.link("/page/" + Site.path(about.getURI().substring(EntenteConst.ID.length())), s.text()));
        } else {
            b.append(esc(s.text()));
        }
        if (!s.because().isEmpty()) {
            b.append("<ul>");
            for (Explainer.Step c : s.because()) render(c, b);
            b.append("</ul>");
        }
        b.append("</li>");
    }

    private static void send(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
