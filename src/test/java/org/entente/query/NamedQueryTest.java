package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.entente.EntenteException;
import org.entente.TestData;
import org.entente.facts.EntityIndex;
import org.entente.pipeline.Pipeline;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;

class NamedQueryTest {

    private static String run(String name, Map<String, String> args) {
        Store s = TestData.builtStore();
        Pipeline p = new Pipeline(TestData.project(null));
        EntityIndex idx = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + name + ".rq"));
        QueryRunner r = new QueryRunner(() -> idx);
        var b = r.bind(q, args);
        return s.read(dsg -> QueryRunner.runToString(dsg, q.query(), b, QueryRunner.Format.CSV));
    }

    private static List<String> column(String csv, int col) {
        return Arrays.stream(csv.split("\r?\n")).skip(1).map(l -> l.split(",")[col]).toList();
    }

    @Test
    void natoHad28MembersOnTheDayOfTheShootDown() {
        List<String> names = column(run("members-on-date", Map.of("org", "NATO", "date", "2015-11-24")), 1);
        assertEquals(28, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("Turkey", "United States", "Albania", "Croatia", "Germany")));
        assertFalse(names.contains("Montenegro"), "joined in 2017");
        assertFalse(names.contains("Finland"));
    }

    @Test
    void membershipFollowsTheDate() {
        assertEquals(12, column(run("members-on-date", Map.of("org", "North Atlantic Treaty Organization", "date", "1950-01-01")), 1).size());
        assertEquals(32, column(run("members-on-date", Map.of("org", "NATO", "date", "2025-01-01")), 1).size());
    }

    @Test
    void malformedParametersAreRefused() {
        assertThrows(EntenteException.class, () -> run("members-on-date", Map.of("date", "24.11.2015")));
        EntenteException e = assertThrows(EntenteException.class, () -> run("members-on-date", Map.of("org", "Narnia")));
        assertTrue(e.getMessage().contains("unknown entity 'Narnia'"), e.getMessage());
        e = assertThrows(EntenteException.class, () -> run("members-on-date", Map.of("colour", "blue")));
        assertTrue(e.getMessage().contains("no parameter 'colour'"), e.getMessage());
    }
}
