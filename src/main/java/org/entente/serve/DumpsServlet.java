package org.entente.serve;

import static org.entente.serve.Html.esc;
import static org.entente.serve.Html.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.export.DumpDir;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /dumps/}: the files of the latest {@code entente export}, with a listing page. */
final class DumpsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Path dir;

    DumpsServlet(Path dir) {
        this.dir = dir;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            List<Path> files = DumpDir.files(dir);
            StringBuilder b = new StringBuilder("<h1>RDF dumps</h1>");
            if (files.isEmpty()) {
                b.append("<p>No export yet. Run <code>entente export</code> and reload.</p>");
            } else {
                b.append("<p>The latest release, written by <code>entente export</code>. Check the files with <code>sha256sum -c SHA256SUMS</code>; "
                        + "their description with counts and checksums is in ").append(link("/dumps/void.ttl", "void.ttl")).append(".</p><table><tr><th>file</th><th>bytes</th></tr>");
                for (Path f : files) {
                    b.append("<tr><td>").append(link("/dumps/" + f.getFileName(), f.getFileName().toString())).append("</td><td>")
                            .append(Files.size(f)).append("</td></tr>");
                }
                b.append("</table>");
            }
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(Html.page("Dumps", b.toString()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path f = DumpDir.file(dir, name);
        if (f == null) {
            resp.sendError(404, "No dump called " + esc(name));
            return;
        }
        resp.setContentType(DumpDir.mediaType(name));
        resp.setContentLengthLong(Files.size(f));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + f.getFileName() + "\"");
        try (InputStream in = Files.newInputStream(f)) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
