package org.entente.vocab;

/**
 * Names every part of Entente agrees on: the canonical base IRI, where entities, graphs and
 * minted nodes live under it, and the default locations of the data and the store.
 *
 * <p>The base can be changed with the system property {@code entente.base} (or the environment
 * variable {@code ENTENTE_BASE}); everything else is derived from it.
 */
public final class EntenteConst {
    private EntenteConst() {}

    /** Canonical base of all Entente IRIs. */
    public static final String BASE = configuredBase();

    /** Namespace of the ontology terms. */
    public static final String ONTOLOGY_NS = "https://w3id.org/entente/ontology#";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/entente/ontology";

    /** Entities: {@code BASE + "id/" + localName}. */
    public static final String ID = BASE + "id/";
    /** Named graphs. */
    public static final String GRAPH = BASE + "graph/";
    public static final String GRAPH_ONTOLOGY = GRAPH + "ontology";
    public static final String GRAPH_REFERENCE = GRAPH + "reference";
    public static final String GRAPH_INFERRED = GRAPH + "inferred";
    public static final String GRAPH_ARTICLE_PREFIX = GRAPH + "article/";
    public static final String GRAPH_IMPORT_PREFIX = GRAPH + "import/";

    public static final String ARTICLE_PREFIX = ID + "article/";
    public static final String STATEMENT_PREFIX = ID + "statement/";
    public static final String EVIDENCE_PREFIX = ID + "evidence/";
    public static final String PROPOSITION_PREFIX = ID + "proposition/";
    public static final String EVENT_PREFIX = ID + "event/";
    public static final String DERIVATION_PREFIX = ID + "derivation/";
    public static final String RULE_PREFIX = ID + "rule/";

    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private static String configuredBase() {
        String b = System.getProperty("entente.base");
        if (b == null || b.isBlank()) b = System.getenv("ENTENTE_BASE");
        if (b == null || b.isBlank()) b = "https://w3id.org/entente/";
        return b.endsWith("/") ? b : b + "/";
    }

    /** The named graph of one article. */
    public static String articleGraph(String articleId) {
        return GRAPH_ARTICLE_PREFIX + articleId;
    }

    /** The IRI of one article. */
    public static String articleIri(String articleId) {
        return ARTICLE_PREFIX + articleId;
    }

    /** The IRI of an entity from its local name. */
    public static String entity(String localName) {
        return ID + localName;
    }
}
