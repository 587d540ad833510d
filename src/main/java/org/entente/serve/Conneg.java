package org.entente.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Content negotiation over the representations the linked-data pages offer: HTML and four RDF
 * syntaxes (five for a named graph). Quality values are honoured; wildcards match; ties go to the server's order (HTML
 * first, so a browser or a bare {@code curl} gets the page).
 */
final class Conneg {
    private Conneg() {}

    /** A representation: media type, file extension, and RDF language (null for HTML). */
    record Rep(String mediaType, String ext, Lang lang) {}

    static final Rep HTML = new Rep("text/html", "html", null);
    static final Rep TURTLE = new Rep("text/turtle", "ttl", Lang.TURTLE);
    static final Rep JSONLD = new Rep("application/ld+json", "jsonld", Lang.JSONLD);
    static final Rep NTRIPLES = new Rep("application/n-triples", "nt", Lang.NTRIPLES);
    static final Rep RDFXML = new Rep("application/rdf+xml", "rdf", Lang.RDFXML);
    static final List<Rep> ALL = List.of(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML);
    static final List<Rep> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    /** A named graph can be had as N-Quads too, which keep its name. */
    static final Rep NQUADS = new Rep("application/n-quads", "nq", Lang.NQUADS);
    static final List<Rep> GRAPH = List.of(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS);

    /** The representation of a file extension, or null. */
    static Rep byExt(String ext) {
        for (Rep r : GRAPH) if (r.ext().equals(ext)) return r;
        return null;
    }

    /**
     * The best representation for an Accept header among {@code offered}, or null if none is
     * acceptable (406).
     */
    static Rep choose(String accept, List<Rep> offered) {
        if (accept == null || accept.isBlank()) return offered.get(0);
        double best = 0;
        Rep choice = null;
        for (Rep r : offered) {
            double q = quality(accept, r.mediaType());
            if (r.lang() != null) {
                for (String alt : r.lang().getAltContentTypes()) q = Math.max(q, quality(accept, alt));
            }
            if (q > best) {
                best = q;
                choice = r;
            }
        }
        return choice;
    }

    /** The q-value an Accept header gives a media type (0 if not acceptable). */
    static double quality(String accept, String mediaType) {
        String[] mt = mediaType.toLowerCase(Locale.ROOT).split("/");
        double q = 0;
        int specificity = -1;
        for (String part : accept.split(",")) {
            String[] fields = part.strip().split(";");
            String range = fields[0].strip().toLowerCase(Locale.ROOT);
            double qv = 1.0;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].strip();
                if (f.startsWith("q=")) {
                    try {
                        qv = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        qv = 0;
                    }
                }
            }
            String[] rr = range.split("/");
            if (rr.length != 2) continue;
            int spec;
            if (rr[0].equals(mt[0]) && rr[1].equals(mt[1])) spec = 2;
            else if (rr[0].equals(mt[0]) && rr[1].equals("*")) spec = 1;
            else if (rr[0].equals("*") && rr[1].equals("*")) spec = 0;
            else continue;
            if (spec > specificity) {
                specificity = spec;
                q = qv;
            }
        }
        return q;
    }

    /** Media types of the RDF languages, for 406 messages. */
    static List<String> mediaTypes(List<Rep> reps) {
        List<String> out = new ArrayList<>();
        for (Rep r : reps) out.add(r.mediaType());
        return out;
    }

    static Lang langOf(String mediaType) {
        return RDFLanguages.contentTypeToLang(mediaType);
    }
}
