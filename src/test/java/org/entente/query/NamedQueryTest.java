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
    void membershipsOfOtherOrganizationsAreDated() {
        List<String> ecowas = column(run("members-on-date", Map.of("org", "ECOWAS", "date", "2025-06-01")), 1);
        assertEquals(12, ecowas.size(), ecowas.toString());
        assertFalse(ecowas.contains("Mali"), "left ECOWAS on 29 January 2025");
        assertTrue(column(run("members-on-date", Map.of("org", "ECOWAS", "date", "2025-01-28")), 1).contains("Niger"));
        List<String> brics = column(run("members-on-date", Map.of("org", "BRICS", "date", "2023-12-31")), 1);
        assertEquals(List.of("Brazil", "China", "India", "Russia", "South Africa"), brics);
        assertEquals(10, column(run("members-on-date", Map.of("org", "Shanghai Cooperation Organisation", "date", "2025-01-01")), 1).size());
    }

    /** Why an empty answer is empty, as the CLI and the server say it: the query's first @empty-unless pattern that fails. */
    private static String whyEmpty(String name, Map<String, String> args) {
        Store s = TestData.builtStore();
        Pipeline p = new Pipeline(TestData.project(null));
        EntityIndex idx = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + name + ".rq"));
        var b = new QueryRunner(() -> idx).bind(q, args);
        return s.read(dsg -> QueryRunner.run(dsg, q.query(), b, QueryRunner.Format.CSV, java.io.OutputStream.nullOutputStream())
                ? null : q.whyEmpty(ask -> QueryRunner.ask(dsg, ask, b), q.shown(args)));
    }

    @Test
    void anEmptyAnswerSaysWhy() {
        String why = whyEmpty("members-on-date", Map.of("org", "United Nations", "date", "2020-01-01"));
        assertTrue(why != null && why.startsWith("The graph dates no memberships of United Nations"), why);
        why = whyEmpty("members-on-date", Map.of("org", "BRICS", "date", "2005-01-01"));
        assertEquals("BRICS had no member yet on 2005-01-01: its first dated membership begins later.", why);
        assertEquals(null, whyEmpty("members-on-date", Map.of("org", "BRICS", "date", "2010-01-01")), "an answer with rows needs no reason");
        String orgs = run("organizations", Map.of());
        assertTrue(orgs.contains("/ECOWAS,ECOWAS,16,1975-05-28,1977-01-01,4"), orgs);
        assertTrue(orgs.contains("/United_Nations,United Nations,0,"), orgs);
    }

    @Test
    void aBrokenEmptyNoteIsReportedWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("q.rq");
        java.nio.file.Files.writeString(f, "# title: t\n# @empty-unless { ?x ?y } a pattern of two terms\nSELECT * { ?x ?y ?z }\n");
        EntenteException e = assertThrows(EntenteException.class, () -> NamedQuery.read(f));
        assertTrue(e.getMessage().contains("q.rq:2") && e.getMessage().contains("SPARQL syntax error"), e.getMessage());
        java.nio.file.Files.writeString(f, "# title: t\n# @empty-unless { ?x ?y ?z }\nSELECT * { ?x ?y ?z }\n");
        e = assertThrows(EntenteException.class, () -> NamedQuery.read(f));
        assertTrue(e.getMessage().contains("q.rq:2") && e.getMessage().contains("expected '# @empty-unless"), e.getMessage());
    }

    @Test
    void malformedParametersAreRefused() {
        assertThrows(EntenteException.class, () -> run("members-on-date", Map.of("date", "24.11.2015")));
        EntenteException e = assertThrows(EntenteException.class, () -> run("members-on-date", Map.of("org", "Narnia")));
        assertTrue(e.getMessage().contains("unknown entity 'Narnia'"), e.getMessage());
        e = assertThrows(EntenteException.class, () -> run("collective-defence",
                Map.of("aggressor", "Russia", "victim", "Turkey", "place", "Turkey", "target", "air")));
        assertTrue(e.getMessage().contains("expected one of territory, forces, auto"), e.getMessage());
        // suggestions for a place are places (not a treaty, a tenure or an ontology term)
        e = assertThrows(EntenteException.class, () -> run("collective-defence", Map.of("aggressor", "Russia", "victim", "Turkey", "place", "Oran")));
        assertTrue(e.getMessage().contains("did you mean") && !e.getMessage().contains("Memorandum") && !e.getMessage().contains("Tenure"), e.getMessage());
        assertTrue(run("collective-defence", Map.of("aggressor", "Russia", "victim", "Denmark", "place", "Thule", "date", "2024-06-01")).contains(",true,"),
                "Thule is the Pituffik base, in Greenland: Danish territory in North America");
        e = assertThrows(EntenteException.class, () -> run("members-on-date", Map.of("colour", "blue")));
        assertTrue(e.getMessage().contains("no parameter 'colour'"), e.getMessage());
    }
}
