package org.entente.serve;

import static org.entente.serve.Html.esc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.query.NamedQuery;
import org.entente.query.QueryRunner;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The named queries of {@code queries/} over HTTP: {@code /queries} lists them,
 * {@code /queries/{name}?param=value} runs one with its parameters bound as typed values.
 * The answer's format follows {@code ?format=csv|tsv|json|html} or the Accept header (CSV,
 * TSV, SPARQL JSON, HTML table). A malformed or unknown parameter gives 400 with the reason.
 */
final class NamedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient Path dir;
    private final transient QueryRunner runner;
    private final long timeoutMillis;
    private final long resultCap;

    NamedQueryServlet(DatasetGraph dsg, Path queriesDir, Supplier<EntityIndex> index, long timeoutMillis, long resultCap) {
        this.dsg = dsg;
        this.dir = queriesDir;
        this.runner = new QueryRunner(index);
        this.timeoutMillis = timeoutMillis;
        this.resultCap = resultCap;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Vary", "Accept");
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Map<String, NamedQuery> all;
        try {
            all = NamedQuery.readAll(dir);
        } catch (EntenteException e) {
            send(resp, 500, "text/plain", "A named query file is broken: " + e.getMessage() + "\n");
            return;
        }
        if (name.isEmpty()) {
            list(resp, all);
            return;
        }
        NamedQuery q = all.get(name);
        if (q == null) {
            send(resp, 404, "text/plain", "No named query '" + name + "'. Known: " + String.join(", ", all.keySet()) + "\n");
            return;
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (var en : req.getParameterMap().entrySet()) {
            if (en.getKey().equals("format")) continue;
            if (en.getValue().length != 1) {
                send(resp, 400, "text/plain", "parameter '" + en.getKey() + "' given more than once\n");
                return;
            }
            args.put(en.getKey(), en.getValue()[0]);
        }
        String format = format(req);
        if (format == null) {
            send(resp, 406, "text/plain", "Not acceptable. Available: text/csv, text/tab-separated-values, application/sparql-results+json, text/html\n");
            return;
        }
        Binding b;
        try {
            b = runner.bind(q, args);
        } catch (EntenteException e) {
            send(resp, 400, "text/plain", e.getMessage() + "\n");
            return;
        }
        try {
            Answer answer = Txn.calculateRead(dsg, () -> run(q, b, args, format));
            byte[] body = answer.body();
            if (answer.capped()) resp.setHeader("X-Entente-Result-Cap", Long.toString(resultCap));
            // (a header carries ASCII safely: other characters are percent-encoded as UTF-8, "T%C3%BCrkiye")
            if (answer.whyEmpty() != null) resp.setHeader("X-Entente-Empty-Answer", asciiHeader(answer.whyEmpty()));
            String ct = switch (format) {
                case "csv" -> "text/csv";
                case "tsv" -> "text/tab-separated-values";
                case "json" -> "application/sparql-results+json";
                default -> "text/html";
            };
            resp.setStatus(200);
            resp.setContentType(ct + ";charset=utf-8");
            resp.getOutputStream().write(body);
        } catch (QueryCancelledException e) {
            send(resp, 503, "text/plain", "Query timed out after " + timeoutMillis / 1000.0 + " s (this server's limit).\n");
        }
    }

    /** The text with every character outside printable ASCII, and '%', percent-encoded as UTF-8. */
    static String asciiHeader(String text) {
        return Site.percentEncoded(text, c -> c >= 0x20 && c < 0x7f && c != '%');
    }

    /** A query's answer, whether the result cap may have cut it, and why it is empty if it is and the query says why. */
    private record Answer(byte[] body, boolean capped, String whyEmpty) {}

    private Answer run(NamedQuery nq, Binding b, Map<String, String> args, String format) {
        Query q = nq.query().cloneQuery();
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > resultCap)) q.setLimit(resultCap);
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                .substitution(b).set(TDB2.symUnionDefaultGraph, true).timeout(timeoutMillis).build()) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            if (!q.isSelectType()) {
                boolean answered = QueryRunner.run(dsg, q, b, QueryRunner.Format.TURTLE, bos);
                return new Answer(bos.toByteArray(), false, answered ? null : whyEmpty(nq, b, args));
            }
            // (the rows counted, so a cut answer says so: the header, and a line on the page)
            org.apache.jena.query.ResultSetRewindable rs = org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect());
            boolean capped = rs.size() >= resultCap;
            String why = rs.size() == 0 ? whyEmpty(nq, b, args) : null;
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(bos, rs);
                case "tsv" -> ResultSetFormatter.outputAsTSV(bos, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(bos, rs);
                default -> bos.writeBytes(html(nq, rs, capped ? resultCap : -1, why).getBytes(StandardCharsets.UTF_8));
            }
            return new Answer(bos.toByteArray(), capped, why);
        }
    }

    private String whyEmpty(NamedQuery nq, Binding b, Map<String, String> args) {
        return nq.whyEmpty(ask -> QueryRunner.ask(dsg, ask, b), nq.shown(args));
    }

    private static String html(NamedQuery q, ResultSet rs, long cap, String whyEmpty) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(q.title())).append("</h1><p>").append(esc(q.description())).append("</p><table><tr>");
        List<String> vars = rs.getResultVars();
        for (String v : vars) b.append("<th>").append(esc(v)).append("</th>");
        b.append("</tr>");
        int n = 0;
        while (rs.hasNext()) {
            var row = rs.next();
            n++;
            b.append("<tr>");
            for (String v : vars) {
                RDFNode x = row.get(v);
                b.append("<td>");
                if (x == null) b.append("");
                else if (x.isURIResource()) {
                    String u = x.asResource().getURI();
                    String shown = u.startsWith(org.entente.vocab.EntenteConst.ID) ? u.substring(org.entente.vocab.EntenteConst.ID.length()) : u;
                    String href = u.startsWith(org.entente.vocab.EntenteConst.ID) ? "/page/" + Site.path(shown) : u;
                    b.append(Html.link(href, shown));
                } else if (x.isLiteral()) b.append(esc(x.asLiteral().getLexicalForm()));
                else b.append(esc(x.toString()));
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><p class=\"meta\">").append(n).append(" row(s)")
                .append(cap >= 0 ? ": only the first " + cap + ", this server's result cap; there may be more" : "").append(".</p>")
                .append(whyEmpty == null ? "" : "<p class=\"empty\">" + esc(whyEmpty) + "</p>").append("<h2>Query</h2><pre>").append(esc(q.text())).append("</pre>");
        return Html.page(q.title(), b.toString());
    }

    private static String format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f) {
                case "csv", "tsv", "json", "html" -> f;
                default -> null;
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return "csv";
        double best = 0;
        String choice = null;
        for (String[] c : new String[][] {{"text/html", "html"}, {"text/csv", "csv"}, {"text/tab-separated-values", "tsv"},
                {"application/sparql-results+json", "json"}, {"application/json", "json"}}) {
            double qv = Conneg.quality(accept, c[0]);
            if (qv > best) {
                best = qv;
                choice = c[1];
            }
        }
        return choice;
    }

    private static void list(HttpServletResponse resp, Map<String, NamedQuery> all) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Named queries</h1><p>Run one at <code>/queries/{name}?param=value</code>; add "
                + "<code>format=csv</code>, <code>tsv</code>, <code>json</code> or <code>html</code>, or send an Accept header.</p>");
        for (NamedQuery q : all.values()) {
            b.append("<h2>").append(Html.link("/queries/" + q.name() + "?format=html", q.name())).append("</h2><p>")
                    .append(esc(q.title())).append("</p>");
            if (!q.description().isEmpty()) b.append("<p class=\"meta\">").append(esc(q.description())).append("</p>");
            if (!q.params().isEmpty()) {
                b.append("<table><tr><th>parameter</th><th>type</th><th>default</th><th>meaning</th></tr>");
                for (NamedQuery.Param p : q.params()) {
                    b.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td>").append(esc(p.type())).append("</td><td>")
                            .append(esc(p.required() ? "(required)" : p.defaultValue())).append("</td><td>").append(esc(p.description())).append("</td></tr>");
                }
                b.append("</table>");
            }
        }
        send(resp, 200, "text/html", Html.page("Named queries", b.toString()));
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + ";charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
