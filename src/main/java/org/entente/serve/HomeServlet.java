package org.entente.serve;

import static org.entente.serve.Html.esc;
import static org.entente.serve.Html.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.entente.query.NamedQuery;
import org.entente.vocab.EntenteConst;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The home page: what is in the graph (entity types and counts), the named queries, and how to query. */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient Path queriesDir;
    private final transient Site site;

    HomeServlet(DatasetGraph dsg, Path queriesDir, Site site) {
        this.dsg = dsg;
        this.queriesDir = queriesDir;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.isEmpty()) {
            resp.sendError(404);
            return;
        }
        String base = Site.localBase(req);
        StringBuilder b = new StringBuilder("<h1>Entente</h1><p>A knowledge graph of international relations: statements from news "
                + "and opinion articles with their sources, stances and claimants; reference data on states, alliances, treaties "
                + "and offices; and what follows from them by rule.</p>");
        b.append("<h2>What is in the graph</h2><table><tr><th>type</th><th>entities</th><th>examples</th></tr>");
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) (SAMPLE(?s) AS ?ex) WHERE { ?s a ?c FILTER(STRSTARTS(STR(?s), \"" + EntenteConst.ID + "\")) "
                + "FILTER(STRSTARTS(STR(?c), \"" + EntenteConst.ONTOLOGY_NS + "\")) } GROUP BY ?c ORDER BY DESC(?n)";
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    String ex = r.getResource("ex").getURI();
                    String local = ex.substring(EntenteConst.ID.length());
                    b.append("<tr><td>").append(esc(site.termLabel(r.getResource("c").asNode()))).append("</td><td>")
                            .append(r.getLiteral("n").getLong()).append("</td><td>").append(link("/page/" + Site.path(local), local)).append("</td></tr>");
                }
            }
        });
        b.append("</table>");
        b.append("<p>Start with ").append(link("/page/Turkey", "Turkey")).append(", ").append(link("/page/NATO", "NATO")).append(", ")
                .append(link("/page/North_Atlantic_Treaty", "the North Atlantic Treaty")).append(" or ")
                .append(link("/page/Shootdown_of_Russian_Su-24_2015", "the Su-24 shoot-down")).append(".</p>");
        b.append("<h2>Named queries</h2><ul>");
        try {
            for (NamedQuery nq : NamedQuery.readAll(queriesDir).values()) {
                b.append("<li>").append(link("/queries/" + nq.name() + "?format=html", nq.name())).append(" — ").append(esc(nq.title())).append("</li>");
            }
        } catch (RuntimeException e) {
            b.append("<li>").append(esc(e.getMessage())).append("</li>");
        }
        b.append("</ul>");
        b.append("<h2>How to query</h2><p>SPARQL endpoint: <code>").append(esc(base)).append("entente/sparql</code> (GET or POST; "
                + "the default graph is the union of all graphs). The ").append(link("/index.html", "query editor")).append(" runs in the browser.</p>");
        b.append("<pre>curl -s ").append(esc(base)).append("entente/sparql -H 'Accept: text/csv' \\\n  --data-urlencode 'query=")
                .append(esc("PREFIX ent: <" + EntenteConst.ONTOLOGY_NS + "> SELECT ?s ?o WHERE { ?s ent:supports ?o } LIMIT 10"))
                .append("'\ncurl -s '").append(esc(base)).append("queries/members-on-date?org=NATO&amp;date=2015-11-24&amp;format=csv'\n")
                .append("curl -sL -H 'Accept: text/turtle' ").append(esc(base)).append("id/Turkey</pre>");
        b.append("<p>Every entity has a page (<code>/page/…</code>) and data (<code>/data/….ttl</code>, <code>.jsonld</code>, <code>.nt</code>, "
                + "<code>.rdf</code>); <code>/id/…</code> redirects by content negotiation. Dataset description: ")
                .append(link("/.well-known/void", "VoID")).append(". Downloads: ").append(link("/dumps/", "RDF dumps")).append(".</p>");
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(Html.page("Entente", b.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
