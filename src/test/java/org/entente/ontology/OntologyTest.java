package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.TestData;
import org.entente.facts.Relations;
import org.entente.pipeline.Pipeline;
import org.entente.vocab.ENT;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

class OntologyTest {

    private static final Graph ONT = new Pipeline(TestData.project(null)).ontology();

    private static boolean declared(Node n) {
        return ONT.contains(n, RDF.type.asNode(), Node.ANY);
    }

    @Test
    void ontologyIsInOwl2DlAndConsistent() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = m.loadOntologyFromOntologyDocument(TestData.root().resolve("ontology/entente.ttl").toFile());
        OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
        assertTrue(report.isInProfile(), () -> report.getViolations().stream().map(Object::toString).collect(Collectors.joining("\n")));
        OWLReasoner r = new ReasonerFactory().createReasoner(o);
        try {
            assertTrue(r.isConsistent());
            assertTrue(r.getUnsatisfiableClasses().getEntitiesMinusBottom().isEmpty(),
                    "unsatisfiable classes: " + r.getUnsatisfiableClasses());
        } finally {
            r.dispose();
        }
    }

    @Test
    void everyVocabularyConstantIsDeclared() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Field f : ENT.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (!declared(n)) missing.add(n.getURI());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCoreRelationHasDomainRangeAndDefinition() {
        for (String r : Relations.NAMES) {
            Node p = ENT.term(r);
            assertTrue(ONT.contains(p, RDF.type.asNode(), OWL.ObjectProperty.asNode()), r + " is an object property");
            assertTrue(ONT.contains(p, RDFS.domain.asNode(), Node.ANY), r + " has a domain");
            assertTrue(ONT.contains(p, RDFS.comment.asNode(), Node.ANY), r + " has a definition");
            if (!r.equals("opposes") && !r.equals("violates")) assertTrue(ONT.contains(p, RDFS.range.asNode(), Node.ANY), r + " has a range");
        }
    }

    @Test
    void everyTermUsedByTheShapesIsDeclared() {
        Graph shapes = new Pipeline(TestData.project(null)).shapes();
        List<String> missing = new ArrayList<>();
        shapes.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(ENT.NS) && !declared(n) && !missing.contains(n.getURI())) missing.add(n.getURI());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyClassAndPropertyHasALabelAndComment() {
        List<String> bare = new ArrayList<>();
        for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            ONT.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.getURI().startsWith(ENT.NS) && !(ONT.contains(s, RDFS.label.asNode(), Node.ANY) && ONT.contains(s, RDFS.comment.asNode(), Node.ANY))) {
                    bare.add(s.getURI());
                }
            });
        }
        assertFalse(bare.size() > 0, "without label or comment: " + bare);
    }
}
