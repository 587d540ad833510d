package org.entente.serve;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.EntenteConst;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Maps between canonical IRIs and this server's addresses (Pubby-style): everything under the
 * canonical base is served here, so {@code https://w3id.org/entente/id/Turkey} is shown as
 * {@code http://127.0.0.1:3030/id/Turkey}. IRIs elsewhere (Wikidata, schema.org) stay as they are.
 * Also knows the labels of ontology terms for display.
 */
final class Site {
    private final Map<Node, String> termLabels = new HashMap<>();
    private final Map<Node, Node> inverses = new HashMap<>();

    /** Words that make a relation's label read from subject to object ("part of", "defined by", "obliged to defend"). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "by", "to", "in", "from", "with", "for", "against",
            "into", "at", "on", "over", "under", "via", "during", "about");

    /** @param ontology the ontology graph, for the labels of classes and properties and the inverses of properties */
    Site(Graph ontology) {
        ontology.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) termLabels.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
        });
        ontology.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                inverses.putIfAbsent(t.getSubject(), t.getObject());
                inverses.putIfAbsent(t.getObject(), t.getSubject());
            }
        });
    }

    /** The server's own base for a request: scheme, host and port as the client addressed it. */
    static String localBase(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            host = req.getServerName() + ":" + req.getServerPort();
        }
        return req.getScheme() + "://" + host + "/";
    }

    /** The local address of a canonical IRI (unchanged if it is not under the canonical base). */
    static String local(String iri, String localBase) {
        return iri.startsWith(EntenteConst.BASE) ? localBase + iri.substring(EntenteConst.BASE.length()) : iri;
    }

    /**
     * The URL path segment for the part of an IRI after {@code …/id/} (or {@code …/graph/}): characters a URL
     * cannot carry (non-ASCII, spaces, quotes …) are percent-encoded as UTF-8; escapes the IRI already has stay
     * as they are. The result is ASCII, so it can go into a {@code Location} header. {@link #name} undoes it.
     */
    static String path(String localName) {
        return percentEncoded(localName, c -> c < 0x80 && (Character.isLetterOrDigit(c) || URL_PATH_CHARS.indexOf(c) >= 0));
    }

    /** The text's UTF-8 bytes, those {@code keep} accepts as they are and every other byte as %XX (upper case). */
    static String percentEncoded(String text, java.util.function.IntPredicate keep) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (keep.test(c)) b.append((char) c);
            else b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
        }
        return b.toString();
    }

    /** ASCII characters that stand for themselves in a URL path, besides letters and digits ('%' starts an escape the IRI has). */
    private static final String URL_PATH_CHARS = "-._~!$&'()*+,;=:@/%";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The part of an IRI after {@code …/id/} for a raw (undecoded) URL path, as RFC 3987 (3.2) turns a URI
     * into an IRI: escapes of UTF-8 characters beyond ASCII and of unreserved ASCII characters are decoded
     * ({@code T%C3%BCrkiye} is {@code Türkiye}), every other escape stays, in upper case ({@code A%20B}: an IRI
     * cannot hold a space). Null if the path is not well-formed (a stray '%', bad UTF-8).
     */
    static String name(String rawPath) {
        StringBuilder b = new StringBuilder(rawPath.length());
        int i = 0;
        while (i < rawPath.length()) {
            char c = rawPath.charAt(i);
            if (c != '%') {
                b.append(c);
                i++;
                continue;
            }
            int v = hexByte(rawPath, i);
            if (v < 0) return null;
            if (v < 0x80) {
                if (Character.isLetterOrDigit(v) || "-._~".indexOf(v) >= 0) b.append((char) v);
                else b.append('%').append(HEX[v >> 4]).append(HEX[v & 15]);
                i += 3;
                continue;
            }
            // a UTF-8 sequence of escapes: its length from the lead byte
            int n = v >= 0xf0 ? 4 : v >= 0xe0 ? 3 : v >= 0xc0 ? 2 : -1;
            if (n < 0) return null;
            byte[] bytes = new byte[n];
            for (int k = 0; k < n; k++) {
                int w = hexByte(rawPath, i + 3 * k);
                if (w < 0 || (k > 0 && (w & 0xc0) != 0x80)) return null;
                bytes[k] = (byte) w;
            }
            try {
                b.append(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)));
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
            i += 3 * n;
        }
        return b.toString();
    }

    /** A raw URL path with every escape decoded (UTF-8, malformed bytes replaced), for messages and name look-ups. */
    static String decoded(String rawPath) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            int v = hexByte(rawPath, i);
            if (v >= 0) {
                out.write(v);
                i += 2;
            } else {
                int cp = rawPath.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hexByte(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '%') return -1;
        int hi = Character.digit(s.charAt(i + 1), 16), lo = Character.digit(s.charAt(i + 2), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** The canonical IRI of a local path such as {@code id/Turkey}. */
    static Node canonical(String path) {
        return NodeFactory.createURI(EntenteConst.BASE + path);
    }

    /** A copy of a graph with canonical IRIs moved to the local base. */
    static Graph rebase(Graph g, String localBase) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(r(t.getSubject(), localBase), r(t.getPredicate(), localBase),
                r(t.getObject(), localBase))));
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        return out;
    }

    private static Node r(Node n, String base) {
        return n.isURI() && n.getURI().startsWith(EntenteConst.BASE) ? NodeFactory.createURI(local(n.getURI(), base)) : n;
    }

    /**
     * How a relation reads from its object's side, for the subjects that point at a resource {@code what}: the label
     * of the inverse the ontology declares ("has member"); "capital of" for a noun ("capital"); and for a label that
     * already reads from subject to object, with a preposition or starting with a verb ("part of", "defined by",
     * "obliged to defend", "supports"), the label and {@code what} ("part of Algeria"), never "part of of".
     */
    String inverseLabel(Node p, String what) {
        Node inv = inverses.get(p);
        if (inv != null && termLabels.containsKey(inv)) return termLabels.get(inv);
        String l = termLabel(p).strip();
        String[] words = l.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        boolean phrase = java.util.Arrays.stream(words).anyMatch(PREPOSITIONS::contains);
        // (a verb in the third person: "supports", "leads", "holds position"; not "status", "basis", "address")
        String first = words[0];
        boolean verb = first.length() > 3 && first.endsWith("s") && !first.endsWith("ss") && !first.endsWith("us") && !first.endsWith("is");
        return phrase || verb ? l + " " + what : l + " of";
    }

    /** The label of an ontology term, or its local name. */
    String termLabel(Node term) {
        String l = termLabels.get(term);
        if (l != null) return l;
        String u = term.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
