package org.entente.serve;

/**
 * Server-rendered HTML: escaping and the page frame. Every string from the data (article text,
 * labels, quotes) goes through {@link #esc}; nothing is trusted.
 */
final class Html {
    private Html() {}

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append(' ');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Escapes a URL for an href attribute; only http(s) and relative URLs are linked. */
    static String href(String url) {
        if (url == null) return "#";
        String u = url.strip();
        if (!(u.startsWith("http://") || u.startsWith("https://") || u.startsWith("/") || u.startsWith("#"))) return "#";
        return esc(u);
    }

    static String link(String url, String text) {
        return "<a href=\"" + href(url) + "\">" + esc(text) + "</a>";
    }

    static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#1d2330;line-height:1.45}
            header{border-bottom:1px solid #d5d9e0;margin-bottom:1rem;padding-bottom:.5rem}
            header a{margin-right:1rem}
            h1{margin:.2rem 0}
            h2{margin-top:1.6rem;border-bottom:1px solid #eceff3}
            .types,.meta{color:#5a6475}
            table{border-collapse:collapse;width:100%;margin:.4rem 0}
            th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #eceff3}
            th{background:#f6f7f9;font-weight:600}
            .stance{font-size:.8rem;padding:.05rem .35rem;border-radius:.25rem;background:#e8eefc}
            .stance-denied{background:#fde8e8}.stance-claimed{background:#fff4d6}
            .stance-hypothetical,.stance-normative{background:#efe8fc}
            .inferred{background:#e6f6ea}
            blockquote{margin:.2rem 0;padding:.1rem .6rem;border-left:3px solid #c9d3e3;color:#333}
            code,pre{background:#f6f7f9;padding:.1rem .3rem;border-radius:.2rem}
            pre{padding:.6rem;overflow-x:auto}
            footer{margin-top:2rem;color:#5a6475;font-size:.85rem}
            """;

    /** A whole page around {@code body}. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " — Entente</title><style>" + STYLE + "</style></head><body>"
                + "<header><a href=\"/\"><strong>Entente</strong></a><a href=\"/queries\">Named queries</a>"
                + "<a href=\"/index.html\">SPARQL UI</a><a href=\"/.well-known/void\">VoID</a><a href=\"/dumps/\">Dumps</a></header>"
                + body + "<footer>Entente — a knowledge graph of international relations. Data are statements with sources; "
                + "claims, denials and hypotheticals are marked as such.</footer></body></html>\n";
    }
}
