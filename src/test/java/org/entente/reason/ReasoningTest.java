package org.entente.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.entente.TestData;
import org.entente.store.Store;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;
import org.junit.jupiter.api.Test;

/** The rules on the real graph: treaty area, obligations, proxies, alignments, contested claims, explanations. */
class ReasoningTest {

    static Node e(String local) {
        return NodeFactory.createURI(EntenteConst.ID + local);
    }

    static final Node INFERRED = NodeFactory.createURI(EntenteConst.GRAPH_INFERRED);

    private static boolean inferred(Node s, String rel, Node o) {
        return TestData.builtStore().read(dsg -> dsg.contains(INFERRED, s, ENT.term(rel), o));
    }

    private static boolean covered(String place, Node kind) {
        return TestData.builtStore().read(dsg -> {
            var it = dsg.find(INFERRED, Node.ANY, ENT.term("coveredPlace"), e(place));
            while (it.hasNext()) {
                if (dsg.contains(INFERRED, it.next().getSubject(), ENT.term("coverageKind"), kind)) return true;
            }
            return false;
        });
    }

    @Test
    void article6AreaIsModelledPlaceByPlace() {
        for (String in : List.of("Turkey", "Hatay_Province", "Ankara", "Germany", "Alaska", "Canary_Islands", "Azores", "Bermuda", "Greenland", "Gibraltar")) {
            assertTrue(covered(in, ENT.TerritoryTarget), in + " is inside the area");
        }
        for (String out : List.of("Hawaii", "Puerto_Rico", "Guam", "French_Guiana", "Ceuta", "Melilla", "Falkland_Islands", "Reunion", "Syria", "Crimea", "Russia")) {
            assertFalse(covered(out, ENT.TerritoryTarget), out + " is outside the area");
        }
        assertTrue(covered("Mediterranean_Sea", ENT.ForcesTarget), "forces in the Mediterranean");
        assertTrue(covered("Turkey", ENT.ForcesTarget), "forces over covered territory");
        assertFalse(covered("Black_Sea", ENT.ForcesTarget), "the Black Sea is not the Mediterranean");
        assertTrue(covered("North_Sea", ENT.ForcesTarget) && covered("Baltic_Sea", ENT.ForcesTarget), "marginal seas of the North Atlantic north of the Tropic");
        assertFalse(covered("Mediterranean_Sea", ENT.TerritoryTarget), "a sea is nobody's territory");
    }

    @Test
    void attacksOnMembersInTheAreaObligeTheOthers() {
        // 9/11: the United States was attacked at home; the 18 other members of 2001 were bound.
        Set<Node> allies = TestData.builtStore().read(dsg -> dsg.stream(INFERRED, Node.ANY, ENT.term("obligedToDefend"), e("United_States"))
                .map(Quad::getSubject).collect(Collectors.toSet()));
        assertEquals(18, allies.size(), allies.toString());
        assertTrue(allies.contains(e("Canada")) && allies.contains(e("Poland")), "members of 2001");
        assertFalse(allies.contains(e("Estonia")), "Estonia joined in 2004");
    }

    @Test
    void theSu24ShootDownObligedNoOne() {
        Boolean any = TestData.builtStore().read(dsg -> dsg.contains(INFERRED, Node.ANY, ENT.term("obligedToDefend"), e("Russia")));
        assertFalse(any);
    }

    @Test
    void proxyConfrontationInSyria() {
        assertTrue(inferred(e("Russia"), "proxySponsorAgainst", e("Syrian_opposition")));
        assertTrue(inferred(e("United_States"), "proxySponsorAgainst", e("Syrian_government")));
        assertTrue(inferred(e("Russia"), "proxyConfrontation", e("United_States")));
        assertTrue(inferred(e("United_States"), "proxyConfrontation", e("Russia")), "symmetric");
        assertFalse(inferred(e("NATO"), "proxySponsorAgainst", e("PKK")), "political backing is not proxy sponsorship");
    }

    @Test
    void rivalsAlignedAgainstIsis() {
        assertTrue(inferred(e("United_States"), "alignedAgainst", e("Russia")));
    }

    @Test
    void theAirspaceViolationIsContested() {
        String q = "PREFIX ent: <" + ENT.NS + "> ASK { ?p a ent:ContestedProposition ; ent:subject <" + EntenteConst.ID + "Russia> ; "
                + "ent:relation ent:violatesAirspaceOf ; ent:object <" + EntenteConst.ID + "Turkey> }";
        boolean yes = TestData.builtStore().read(dsg -> org.apache.jena.query.QueryExecution.create().query(q)
                .dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build().execAsk());
        assertTrue(yes);
    }

    @Test
    void hypotheticalAttacksAreNeverFacts() {
        // "What do we do should Erdogan provoke a Russian attack on his aircraft ..." is in the graph as hypothetical only.
        Store s = TestData.builtStore();
        Boolean truthy = s.read(dsg -> dsg.getUnionGraph().contains(e("Russia"), ENT.term("attacks"), e("Turkey")));
        Boolean hypothetical = s.read(dsg -> dsg.getUnionGraph().find(Node.ANY, ENT.stance, ENT.Hypothetical).hasNext());
        assertFalse(truthy);
        assertTrue(hypothetical);
    }

    @Test
    void explanationReachesSourcedStatements() {
        Store s = TestData.builtStore();
        String tree = s.read(dsg -> {
            Explainer ex = new Explainer(dsg);
            List<Node> sts = ex.statementsAbout(e("Russia"), ENT.term("proxyConfrontation"), e("United_States"));
            assertFalse(sts.isEmpty());
            return ex.explain(sts.get(0)).render();
        });
        assertTrue(tree.contains("queries/rules/proxy-confrontation.rq"), tree);
        assertTrue(tree.contains("queries/rules/proxy-sponsor.rq"), tree);
        assertTrue(tree.contains("data/facts/"), "down to facts files: " + tree);
        assertTrue(tree.contains("“"), "with quotes: " + tree);
    }

    @Test
    void reasoningTwiceChangesNothing() {
        Store s = TestData.builtStore();
        // Compared as sorted lists, not sets: a value stored twice under two encodings must show up.
        List<String> before = inferred(s);
        var rules = Rule.readAll(TestData.root().resolve("queries/rules"));
        s.write(dsg -> new Reasoner(rules).materialize(dsg, false));
        assertSame(before, inferred(s), "idempotent");
        s.write(dsg -> new Reasoner(rules).materialize(dsg, true));
        assertSame(before, inferred(s), "a recomputation gives the same graph");
        s.write(dsg -> new Reasoner(rules).materialize(dsg, false));
        assertSame(before, inferred(s), "an incremental run after a recomputation adds nothing");
    }

    private static void assertSame(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) return;
        var extra = new java.util.ArrayList<>(actual);
        expected.forEach(extra::remove);
        var missing = new java.util.ArrayList<>(expected);
        actual.forEach(missing::remove);
        org.junit.jupiter.api.Assertions.fail(what + ": " + expected.size() + " triples before, " + actual.size() + " after; extra "
                + extra.stream().limit(3).toList() + ", missing " + missing.stream().limit(3).toList());
    }

    private static List<String> inferred(Store s) {
        return s.read(dsg -> dsg.getGraph(INFERRED).find().toList().stream()
                .map(t -> org.apache.jena.riot.out.NodeFmtLib.strNT(t.getSubject()) + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(t.getPredicate())
                        + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(t.getObject()))
                .sorted().toList());
    }
}
