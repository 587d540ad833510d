package org.entente.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.entente.TestData;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reason --incremental}: after graphs are added, the semi-naive update gives the same
 * conclusions as a full recomputation over the same data.
 */
class IncrementalReasoningTest {

    static final Node INFERRED = ReasoningTest.INFERRED;

    @Test
    void updateAfterAddingGraphsEqualsRecomputation(@TempDir Path dir) {
        var rules = Rule.readAll(TestData.root().resolve("queries/rules"));
        List<Quad> all = TestData.builtStore().read(dsg -> dsg.stream().filter(q -> !q.getGraph().equals(INFERRED)).toList());
        // Every other article and facts graph (sorted) is held back and added afterwards (but for those below).
        List<Node> graphs = all.stream().map(Quad::getGraph).distinct()
                .filter(g -> g.getURI().startsWith(EntenteConst.GRAPH_ARTICLE_PREFIX) || g.getURI().contains("/facts"))
                .sorted(java.util.Comparator.comparing(Node::getURI)).toList();
        // And the objects of Russia's statements of support come later, in a
        // graph of their own: new triples about statement nodes the store already has.
        Node lateObjects = org.apache.jena.graph.NodeFactory.createURI("urn:test:late-objects");
        Node russia = ReasoningTest.e("Russia");
        Set<Node> russianSupport = TestData.builtStore().read(dsg -> dsg.stream(Node.ANY, Node.ANY, org.entente.vocab.ENT.subject, russia)
                .map(Quad::getSubject)
                .filter(st -> dsg.contains(Node.ANY, st, org.entente.vocab.ENT.relation, org.entente.vocab.ENT.term("supports"))
                        || dsg.contains(Node.ANY, st, org.entente.vocab.ENT.relation, org.entente.vocab.ENT.term("armsOrFunds")))
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(!russianSupport.isEmpty());
        java.util.function.Predicate<Quad> deferred = q -> q.getPredicate().equals(org.entente.vocab.ENT.object) && russianSupport.contains(q.getSubject());
        Set<Node> withRussianSupport = all.stream().filter(q -> russianSupport.contains(q.getSubject())).map(Quad::getGraph)
                .collect(java.util.stream.Collectors.toSet());
        Set<Node> later = new java.util.HashSet<>();
        for (int i = 0; i < graphs.size(); i += 2) if (!withRussianSupport.contains(graphs.get(i))) later.add(graphs.get(i));
        assertTrue(!later.isEmpty(), "graphs to add: " + graphs);

        Node sponsorship = org.entente.vocab.ENT.term("proxySponsorAgainst"), opposition = ReasoningTest.e("Syrian_opposition");

        try (Store s = Store.open(dir.resolve("store"))) {
            s.write(dsg -> all.stream().filter(q -> !later.contains(q.getGraph()) && !deferred.test(q)).forEach(dsg::add));
            s.write(dsg -> new Reasoner(rules).materialize(dsg, true));
            long before = s.read(dsg -> dsg.stream(INFERRED, Node.ANY, Node.ANY, Node.ANY).count());
            boolean sponsorBefore = s.read(dsg -> dsg.contains(INFERRED, russia, sponsorship, opposition));
            assertTrue(!sponsorBefore, "without the objects of its statements, Russia's support does not count");
            s.write(dsg -> all.stream().filter(q -> later.contains(q.getGraph())).forEach(dsg::add));
            s.write(dsg -> all.stream().filter(deferred).forEach(q -> dsg.add(lateObjects, q.getSubject(), q.getPredicate(), q.getObject())));

            Reasoner.Report[] r = {null};
            s.write(dsg -> r[0] = new Reasoner(rules).update(dsg));
            assertEquals("update for " + (later.size() + 1) + " new graph(s)", r[0].how());
            assertTrue(r[0].statements() > 0, "the new graphs allow new conclusions");
            assertTrue(s.read(dsg -> dsg.stream(INFERRED, Node.ANY, Node.ANY, Node.ANY).count()) > before);
            boolean sponsorAfter = s.read(dsg -> dsg.contains(INFERRED, russia, sponsorship, opposition));
            assertTrue(sponsorAfter, "a triple completing an old statement is joined with the rest of the store");
            boolean deltaLeft = s.read(dsg -> dsg.containsGraph(Reasoner.DELTA));
            assertTrue(!deltaLeft, "the working delta graph is gone");
            List<String> updated = conclusions(s);

            s.write(dsg -> r[0] = new Reasoner(rules).update(dsg));
            assertEquals(0, r[0].triples(), "nothing new: nothing to do");

            s.write(dsg -> new Reasoner(rules).materialize(dsg, true));
            List<String> full = conclusions(s);
            List<String> missing = new ArrayList<>(full);
            missing.removeAll(updated);
            List<String> extra = new ArrayList<>(updated);
            extra.removeAll(full);
            assertTrue(missing.isEmpty() && extra.isEmpty(), "update vs recomputation: missing " + missing.stream().limit(5).toList()
                    + ", extra " + extra.stream().limit(5).toList());
            assertEquals(full.size(), updated.size());
        }
    }

    @Test
    void aRemovedGraphMakesTheUpdateRecompute(@TempDir Path dir) {
        var rules = Rule.readAll(TestData.root().resolve("queries/rules"));
        List<Quad> all = TestData.builtStore().read(dsg -> dsg.stream().filter(q -> !q.getGraph().equals(INFERRED)).toList());
        Node gone = all.stream().map(Quad::getGraph).filter(g -> g.getURI().startsWith(EntenteConst.GRAPH_ARTICLE_PREFIX)).findFirst().orElseThrow();
        try (Store s = Store.open(dir.resolve("store"))) {
            s.write(dsg -> all.forEach(dsg::add));
            s.write(dsg -> new Reasoner(rules).materialize(dsg, true));
            s.write(dsg -> dsg.removeGraph(gone));
            Reasoner.Report[] r = {null};
            s.write(dsg -> r[0] = new Reasoner(rules).update(dsg));
            assertTrue(r[0].how().startsWith("full recomputation, because 1 graph(s)"), r[0].how());
            assertTrue(r[0].how().contains(gone.getURI()), r[0].how());
        }
    }

    @Test
    void aGraphReplacedByLoadMakesTheUpdateRecompute(@TempDir Path dir) throws Exception {
        var rules = Rule.readAll(TestData.root().resolve("queries/rules"));
        List<Quad> all = TestData.builtStore().read(dsg -> dsg.stream().filter(q -> !q.getGraph().equals(INFERRED)).toList());
        Node replaced = all.stream().map(Quad::getGraph).filter(g -> g.getURI().startsWith(EntenteConst.GRAPH_ARTICLE_PREFIX)).findFirst().orElseThrow();
        Path same = dir.resolve("same.nq"), other = dir.resolve("other.nq");
        java.nio.file.Files.write(same, all.stream().filter(q -> q.getGraph().equals(replaced)).map(q -> NodeFmtLib.strNQ(q)).toList());
        java.nio.file.Files.write(other, all.stream().filter(q -> q.getGraph().equals(replaced)).limit(5).map(q -> NodeFmtLib.strNQ(q)).toList());
        try (Store s = Store.open(dir.resolve("store"))) {
            s.write(dsg -> all.forEach(dsg::add));
            s.write(dsg -> new Reasoner(rules).materialize(dsg, true));
            Reasoner.Report[] r = {null};
            org.entente.store.Loader.load(s, List.of(same), null, null);
            s.write(dsg -> r[0] = new Reasoner(rules).update(dsg));
            assertEquals("update for 0 new graph(s)", r[0].how(), "loading the same content again changes nothing");
            org.entente.store.Loader.load(s, List.of(other), null, null);
            s.write(dsg -> r[0] = new Reasoner(rules).update(dsg));
            assertTrue(r[0].how().startsWith("full recomputation, because 1 graph(s) reasoned over before were replaced"), r[0].how());
            s.write(dsg -> r[0] = new Reasoner(rules).update(dsg));
            assertEquals("update for 0 new graph(s)", r[0].how(), "the recomputation clears the mark");
        }
    }

    /**
     * The inferred graph without the choice of derivations (an update keeps the derivations found
     * first) and without triples a source graph states too (an update keeps what it inferred before a
     * new graph stated it; a recomputation leaves such a triple to the graph that states it).
     */
    private static List<String> conclusions(Store s) {
        return s.read(dsg -> dsg.getGraph(INFERRED).find().toList().stream()
                .filter(t -> !t.getSubject().getURI().startsWith(EntenteConst.DERIVATION_PREFIX))
                .filter(t -> dsg.stream(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).allMatch(q -> q.getGraph().equals(INFERRED)))
                .filter(t -> !t.getPredicate().getLocalName().equals("derivedBy") && !t.getPredicate().getLocalName().equals("confidence"))
                .map(t -> NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()))
                .sorted().toList());
    }
}
