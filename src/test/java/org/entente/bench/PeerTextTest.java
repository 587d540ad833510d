package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.entente.TestData;
import org.entente.facts.EntityIndex;
import org.entente.pipeline.Pipeline;
import org.entente.query.NamedQuery;
import org.entente.query.QueryRunner;
import org.entente.store.Store;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query text the benchmark sends to peers is valid SPARQL and answers like the named query. */
class PeerTextTest {
    @ParameterizedTest
    @CsvSource({"contested-claims,about,Turkey", "sources,entity,Turkey", "sanctions-on,target,Russia", "members-on-date,org,NATO"})
    void peerTextParsesAndAnswersAsTheNamedQuery(String name, String param, String value) throws Exception {
        Pipeline p = new Pipeline(TestData.project(null));
        EntityIndex idx = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + name + ".rq"));
        var b = new QueryRunner(() -> idx).bind(q, Map.of(param, value));
        Query peer = QueryFactory.create(Bench.peerText(q.query(), b));
        Store s = TestData.builtStore();
        String expected = s.read(dsg -> QueryRunner.runToString(dsg, q.query(), b, QueryRunner.Format.CSV));
        String actual = s.read(dsg -> QueryRunner.runToString(dsg, peer, BindingFactory.empty(), QueryRunner.Format.CSV));
        assertTrue(expected.lines().count() > 1, name + " has answers on the seed graph");
        assertEquals(expected, actual);
    }
}
