package org.entente.convert;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.facts.EntityIndex.Role;
import org.entente.ingest.Article;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;
import org.entente.vocab.SCHEMA;

/**
 * Writes an article's own description (id, headline, publisher, author, date, text, origin) into
 * its named graph. Publisher and author are linked to reference entities when their names are
 * known, and always kept as printed.
 */
public final class ArticleConverter {
    private final EntityIndex index;

    public ArticleConverter(EntityIndex index) {
        this.index = index;
    }

    /** Emits the article's quads on {@code out}. */
    public void write(Article a, StreamRDF out) {
        Node g = NodeFactory.createURI(EntenteConst.articleGraph(a.id()));
        Node s = NodeFactory.createURI(EntenteConst.articleIri(a.id()));
        q(out, g, s, RDF.type.asNode(), ENT.Article);
        q(out, g, s, RDF.type.asNode(), SCHEMA.NewsArticle);
        q(out, g, s, ENT.articleId, NodeFactory.createLiteralString(a.id()));
        q(out, g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(a.title(), "en"));
        q(out, g, s, SCHEMA.headline, NodeFactory.createLiteralLang(a.title(), "en"));
        if (a.publisher() != null) {
            q(out, g, s, ENT.publisherName, NodeFactory.createLiteralString(a.publisher()));
            Node p = linkIfKnown(a.publisher());
            if (p != null) q(out, g, s, SCHEMA.publisher, p);
        }
        if (a.author() != null) {
            q(out, g, s, ENT.authorName, NodeFactory.createLiteralString(a.author()));
            Node p = linkIfKnown(a.author());
            if (p != null) q(out, g, s, SCHEMA.author, p);
        }
        if (a.date() != null) q(out, g, s, SCHEMA.datePublished, NodeFactory.createLiteralDT(a.date().toString(), XSDDatatype.XSDdate));
        if (a.origin() != null) q(out, g, s, ENT.origin, NodeFactory.createLiteralString(a.origin()));
        q(out, g, s, SCHEMA.text, NodeFactory.createLiteralString(a.text()));
    }

    private Node linkIfKnown(String name) {
        try {
            return index.resolve(name, Role.ACTOR);
        } catch (EntenteException e) {
            return null;
        }
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }
}
