package org.entente.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an HTML page: the {@code <article>} (or {@code <main>}, or the body) without
 * scripts, styles, navigation, headers, footers, asides and forms; paragraphs separated by blank
 * lines, the title on the first line.
 */
public final class HtmlText {
    private HtmlText() {}

    /** True if the text looks like HTML rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>") || head.contains("<article");
    }

    /** Title and main text as plain text. */
    public static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption, .comments, #comments").remove();
        Element main = doc.selectFirst("article");
        if (main == null) main = doc.selectFirst("main");
        if (main == null) main = doc.body();
        String title = doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : doc.title();
        StringBuilder b = new StringBuilder();
        if (title != null && !title.isBlank()) b.append(title.strip()).append("\n\n");
        for (Element e : main.select("p, h2, h3, li, blockquote")) {
            String t = e.text().strip();
            if (t.isEmpty() || t.equals(title)) continue;
            if (e.parents().stream().anyMatch(p -> p.tagName().equals("li") || p.tagName().equals("blockquote")) && !e.tagName().equals("li")) continue;
            b.append(t).append("\n\n");
        }
        if (b.length() == 0 && main != null) b.append(main.text());
        return b.toString().strip();
    }
}
