package org.entente.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms Entente uses (W3C Provenance Ontology). */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = NodeFactory.createURI(NS + "Entity");
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node wasAttributedTo = NodeFactory.createURI(NS + "wasAttributedTo");
    public static final Node used = NodeFactory.createURI(NS + "used");
    public static final Node generatedAtTime = NodeFactory.createURI(NS + "generatedAtTime");
}
