package org.entente.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.EntenteConst;

/**
 * A VoID and DCAT description of the dataset: counts per named graph and per class, the SPARQL
 * endpoint, the URI space, vocabularies, license, and the downloadable dumps with their media
 * type, size and SHA-256. Used by the server at {@code /.well-known/void} and written by
 * {@code export} as {@code void.ttl}.
 */
public final class VoidBuilder {
    private VoidBuilder() {}

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** A downloadable file of a release. */
    public record Dump(String url, String mediaType, long bytes, String sha256, String title, long triples) {}

    /** The IRI of the dataset description. */
    public static String datasetIri() {
        return EntenteConst.BASE + ".well-known/void#entente";
    }

    /**
     * Describes the dataset held in {@code dsg} (call inside a read transaction).
     *
     * @param endpoint the SPARQL endpoint URL, or null
     * @param dumps    dumps of this release (may be empty)
     * @param created  the release date
     */
    public static Graph build(DatasetGraph dsg, String endpoint, List<Dump> dumps, LocalDate created, String ontologyVersion) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#").setNsPrefix("spdx", SPDX)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("ent", EntenteConst.ONTOLOGY_NS);
        Node ds = uri(datasetIri());
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, ds, DCTerms.title.asNode(), lit("Entente: a knowledge graph of international relations"));
        add(g, ds, DCTerms.description.asNode(), lit("Sourced statements about states, organizations, alliances and agreements "
                + "from news and opinion articles, with stance, claimant and evidence span for each, time-scoped reference data "
                + "(memberships, offices, treaties), and statements inferred by rules with their derivations."));
        add(g, ds, DCTerms.license.asNode(), uri(LICENSE));
        add(g, ds, DCTerms.rights.asNode(), lit("Reference data, curated facts and the ontology: CC BY 4.0. Quoted article text "
                + "remains the property of its publishers and is included as short quotations for provenance."));
        add(g, ds, DCTerms.created.asNode(), NodeFactory.createLiteralDT(created.toString(), XSDDatatype.XSDdate));
        add(g, ds, uri(VOID + "uriSpace"), lit(EntenteConst.ID));
        add(g, ds, uri(VOID + "exampleResource"), uri(EntenteConst.ID + "Turkey"));
        add(g, ds, uri(VOID + "exampleResource"), uri(EntenteConst.ID + "North_Atlantic_Treaty"));
        for (String v : List.of(EntenteConst.ONTOLOGY_NS, "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#",
                "https://schema.org/", "http://www.w3.org/2004/02/skos/core#")) add(g, ds, uri(VOID + "vocabulary"), uri(v));
        add(g, ds, uri(EntenteConst.ONTOLOGY_NS + "ontologyVersion"), lit(ontologyVersion));
        add(g, ds, uri(VOID + "feature"), uri("http://www.w3.org/ns/formats/N-Quads"));
        add(g, ds, uri(VOID + "feature"), uri("http://www.w3.org/ns/formats/Turtle"));
        if (endpoint != null) add(g, ds, uri(VOID + "sparqlEndpoint"), uri(endpoint));

        long total = count(dsg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        add(g, ds, uri(VOID + "triples"), integer(total));
        add(g, ds, uri(VOID + "entities"), integer(count(dsg,
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"" + EntenteConst.ID + "\")) }")));
        add(g, ds, uri(VOID + "distinctSubjects"), integer(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")));
        add(g, ds, uri(VOID + "properties"), integer(count(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")));

        for (QuerySolution r : select(dsg, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")) {
            Node graph = r.get("g").asNode();
            Node sub = uri(datasetIri() + "-graph-" + Integer.toHexString(graph.getURI().hashCode()));
            add(g, ds, uri(VOID + "subset"), sub);
            add(g, sub, RDF.type.asNode(), uri(VOID + "Dataset"));
            add(g, sub, uri("http://www.w3.org/ns/sparql-service-description#name"), graph);
            add(g, sub, uri(VOID + "triples"), integer(r.getLiteral("n").getLong()));
        }
        for (QuerySolution r : select(dsg, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c ORDER BY ?c")) {
            Node c = r.get("c").asNode();
            if (!c.isURI()) continue;
            Node part = uri(datasetIri() + "-class-" + local(c.getURI()));
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), c);
            add(g, part, uri(VOID + "entities"), integer(r.getLiteral("n").getLong()));
        }
        for (QuerySolution r : select(dsg, "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p")) {
            Node p = r.get("p").asNode();
            Node part = uri(datasetIri() + "-property-" + local(p.getURI()));
            add(g, ds, uri(VOID + "propertyPartition"), part);
            add(g, part, uri(VOID + "property"), p);
            add(g, part, uri(VOID + "triples"), integer(r.getLiteral("n").getLong()));
        }
        for (Dump d : dumps) {
            Node dist = uri(d.url());
            add(g, ds, uri(VOID + "dataDump"), dist);
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
            add(g, dist, DCTerms.title.asNode(), lit(d.title()));
            add(g, dist, uri(DCAT + "downloadURL"), dist);
            add(g, dist, uri(DCAT + "mediaType"), NodeFactory.createLiteralString(d.mediaType()));
            add(g, dist, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(d.bytes()), XSDDatatype.XSDnonNegativeInteger));
            add(g, dist, DCTerms.license.asNode(), uri(LICENSE));
            if (d.triples() >= 0) add(g, dist, uri(VOID + "triples"), integer(d.triples()));
            Node cs = uri(d.url() + "#sha256");
            add(g, dist, uri(SPDX + "checksum"), cs);
            add(g, cs, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
            add(g, cs, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }
        return g;
    }

    private static String local(String iri) {
        String l = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return l.isEmpty() ? Integer.toHexString(iri.hashCode()) : l.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + Integer.toHexString(iri.hashCode() & 0xffff);
    }

    private static long count(DatasetGraph dsg, String q) {
        List<QuerySolution> rows = select(dsg, q);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String q) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, false).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) out.add(rs.next());
        }
        return out;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
