package org.entente.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.entente.EntenteException;
import org.entente.vocab.ENT;

/**
 * The core relations a fact or a statement may use, by the names people write in facts files.
 * Each is an object property of the ontology with a domain, a range where one applies, and a
 * definition; a test keeps this list and the ontology in step.
 */
public final class Relations {
    private Relations() {}

    /** Relation names in the order of DESIGN.md's table, then the additions. */
    public static final List<String> NAMES = List.of("supports", "opposes", "fightsAgainst", "attacks", "sanctions",
            "memberOf", "allyOf", "partyTo", "withdrawsFrom", "leads", "negotiatesWith", "cooperatesWith", "annexes",
            "occupies", "holdsPosition", "violatesAirspaceOf", "violates", "armsOrFunds", "meetsWith");

    private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

    static {
        for (String n : NAMES) BY_KEY.put(key(n), n);
    }

    private static String key(String s) {
        return s.replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
    }

    /** The canonical name of a relation written loosely ("fights against" → fightsAgainst), or null. */
    public static String canonical(String written) {
        return written == null ? null : BY_KEY.get(key(written));
    }

    /**
     * The property of a relation name.
     *
     * @throws EntenteException if the name is not a core relation
     */
    public static Node property(String written) {
        String c = canonical(written);
        if (c == null) throw new EntenteException("unknown relation '" + written + "'; known relations: " + String.join(", ", NAMES));
        return ENT.term(c);
    }

    /** True for relations that hold both ways (their statements are about an unordered pair). */
    public static boolean isSymmetric(String canonical) {
        return switch (canonical) {
            case "fightsAgainst", "allyOf", "negotiatesWith", "cooperatesWith", "meetsWith", "proxyConfrontation" -> true;
            default -> false;
        };
    }
}
