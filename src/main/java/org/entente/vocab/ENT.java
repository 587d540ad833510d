package org.entente.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Constants for the Entente ontology ({@code ontology/entente.ttl}), namespace {@value #NS}.
 * A test checks that every constant here is declared in the ontology.
 */
public final class ENT {
    private ENT() {}

    public static final String NS = EntenteConst.ONTOLOGY_NS;

    private static Node n(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes
    public static final Node Actor = n("Actor");
    public static final Node State = n("State");
    public static final Node Organization = n("Organization");
    public static final Node Person = n("Person");
    public static final Node MediaOrganization = n("MediaOrganization");
    public static final Node ArmedGroup = n("ArmedGroup");
    public static final Node Place = n("Place");
    public static final Node Island = n("Island");
    public static final Node Office = n("Office");
    public static final Node LegalInstrument = n("LegalInstrument");
    public static final Node Agreement = n("Agreement");
    public static final Node Event = n("Event");
    public static final Node Attack = n("Attack");
    public static final Node Article = n("Article");
    public static final Node Evidence = n("Evidence");
    public static final Node Statement = n("Statement");
    public static final Node Proposition = n("Proposition");
    public static final Node Membership = n("Membership");
    public static final Node Tenure = n("Tenure");
    public static final Node Rule = n("Rule");
    public static final Node Derivation = n("Derivation");
    public static final Node SupportType = n("SupportType");
    public static final Node Stance = n("Stance");
    public static final Node City = n("City");

    // Statement layer
    public static final Node subject = n("subject");
    public static final Node relation = n("relation");
    public static final Node object = n("object");
    public static final Node proposition = n("proposition");
    public static final Node stance = n("stance");
    public static final Node claimant = n("claimant");
    public static final Node evidence = n("evidence");
    public static final Node confidence = n("confidence");
    public static final Node method = n("method");
    public static final Node supportType = n("supportType");
    public static final Node detail = n("detail");
    public static final Node aboutEvent = n("aboutEvent");
    public static final Node sourceLine = n("sourceLine");
    public static final Node rule = n("rule");
    public static final Node premise = n("premise");
    public static final Node derivedBy = n("derivedBy");
    public static final Node place = n("place");
    public static final Node startDate = n("startDate");
    public static final Node endDate = n("endDate");
    public static final Node startPrecision = n("startPrecision");
    public static final Node endPrecision = n("endPrecision");
    public static final Node date = n("date");

    // Evidence and articles
    public static final Node inArticle = n("inArticle");
    public static final Node beginIndex = n("beginIndex");
    public static final Node endIndex = n("endIndex");
    public static final Node quote = n("quote");
    public static final Node articleId = n("articleId");
    public static final Node origin = n("origin");
    public static final Node publisherName = n("publisherName");
    public static final Node authorName = n("authorName");

    // Events
    public static final Node aggressor = n("aggressor");
    public static final Node victim = n("victim");
    public static final Node means = n("means");
    public static final Node targetKind = n("targetKind");

    // Entities
    public static final Node demonym = n("demonym");
    public static final Node capital = n("capital");
    public static final Node seatOf = n("seatOf");
    public static final Node metonymFor = n("metonymFor");
    public static final Node governmentOf = n("governmentOf");
    public static final Node officeOf = n("officeOf");
    public static final Node holder = n("holder");
    public static final Node office = n("office");

    // Stances
    public static final Node Asserted = n("Asserted");
    public static final Node Claimed = n("Claimed");
    public static final Node Denied = n("Denied");
    public static final Node Hypothetical = n("Hypothetical");
    public static final Node Normative = n("Normative");

    // Methods
    public static final Node Curated = n("Curated");
    public static final Node PatternExtraction = n("PatternExtraction");
    public static final Node RuleInference = n("RuleInference");
    public static final Node ReferenceData = n("ReferenceData");

    // Date precision
    public static final Node Day = n("Day");
    public static final Node Month = n("Month");
    public static final Node Year = n("Year");

    // Target kinds
    public static final Node TerritoryTarget = n("TerritoryTarget");
    public static final Node ForcesTarget = n("ForcesTarget");

    /** The IRI of a term in the ontology namespace. */
    public static Node term(String local) {
        return n(local);
    }
}
