package org.entente.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.export.DumpDir;
import org.entente.export.VoidBuilder;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /.well-known/void}: the VoID/DCAT description of the served dataset, with this server's endpoint and dumps. */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient Path dumps;
    private final String ontologyVersion;

    VoidServlet(DatasetGraph dsg, Path dumpsDir, String ontologyVersion) {
        this.dsg = dsg;
        this.dumps = dumpsDir;
        this.ontologyVersion = ontologyVersion;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        Conneg.Rep rep = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
        if (rep == null) rep = Conneg.TURTLE;
        String base = Site.localBase(req);
        List<VoidBuilder.Dump> files = DumpDir.published(dumps, base + "dumps/");
        Graph g = Txn.calculateRead(dsg, () -> VoidBuilder.build(dsg, base + "entente/sparql", files, LocalDate.now(), ontologyVersion));
        resp.setContentType(rep.mediaType() + ";charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), Site.rebase(g, base), rep.lang());
    }
}
