package org.entente.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms Entente uses for articles. */
public final class SCHEMA {
    private SCHEMA() {}

    public static final String NS = "https://schema.org/";

    public static final Node NewsArticle = NodeFactory.createURI(NS + "NewsArticle");
    public static final Node headline = NodeFactory.createURI(NS + "headline");
    public static final Node publisher = NodeFactory.createURI(NS + "publisher");
    public static final Node author = NodeFactory.createURI(NS + "author");
    public static final Node datePublished = NodeFactory.createURI(NS + "datePublished");
    public static final Node text = NodeFactory.createURI(NS + "text");
}
