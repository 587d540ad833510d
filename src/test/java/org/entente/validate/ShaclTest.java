package org.entente.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.TestData;
import org.entente.pipeline.Pipeline;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;

class ShaclTest {

    @Test
    void theRealGraphConforms() {
        Store s = TestData.builtStore();
        List<ShaclCheck.Violation> v = new Pipeline(TestData.project(null)).validate(s);
        assertEquals(List.of(), v.stream().filter(x -> x.severity().equals("violation")).toList());
    }

    @Test
    void aBrokenSampleFails() {
        Pipeline p = new Pipeline(TestData.project(null));
        Graph g = GraphFactory.createDefaultGraph();
        p.ontology().find().forEachRemaining(g::add);
        String broken = """
                @prefix : <https://w3id.org/entente/id/> .
                @prefix ent: <https://w3id.org/entente/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                :S1 a ent:Statement ; ent:subject :X ; ent:relation ent:supports ; ent:object :Y ;
                    ent:method ent:Curated ; ent:confidence 1.0 ; ent:startDate "2015" .
                :X a ent:State ; rdfs:label "X"@en .
                """;
        RDFParser.fromString(broken, Lang.TURTLE).parse(g);
        List<ShaclCheck.Violation> v = new ShaclCheck(p.shapes()).validate(g, Map.of());
        String all = v.toString();
        assertTrue(all.contains("exactly one stance"), all);
        assertTrue(all.contains("at least one source"), all);
        assertTrue(all.contains("xsd:date"), all);
        assertTrue(all.contains("locatedIn"), "a state without location: " + all);
    }
}
