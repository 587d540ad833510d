package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.entente.EntenteException;
import org.entente.TestData;
import org.entente.facts.EntityIndex;
import org.entente.facts.Fact;
import org.entente.facts.FactsReader;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleFiles;
import org.entente.pipeline.Pipeline;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactConverterTest {

    static final String GRAND_ALLIANCE = "d1d4869136565ec5";
    static Map<String, Article> corpus;
    static Graph both;
    static EntityIndex index;
    static FactConverter converter;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        Pipeline p = new Pipeline(TestData.project(null));
        corpus = ArticleFiles.readAll(TestData.root().resolve("data/articles")).stream()
                .collect(Collectors.toMap(Article::id, a -> a));
        both = Pipeline.union(p.ontology(), p.reference().graph());
        index = new EntityIndex(both);
        converter = new FactConverter(index, both, corpus);
    }

    static Fact fact(String s, String rel, String o, String start, String stance, String claimant, String quote) {
        return new Fact("test.tsv", 7, GRAND_ALLIANCE, s, rel, o, start, null, null, null, stance, claimant, quote, null, null);
    }

    static Node e(String local) {
        return NodeFactory.createURI(EntenteConst.ID + local);
    }

    private DatasetGraph write(Fact f) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        converter.write(converter.resolve(f), ENT.Curated, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    @Test
    void assertedFactGivesStatementTruthyTripleAndProvenance() {
        String quote = "trigger-happy Turkish fighter pilots, flying American-supplied F-16 interceptors, shot down a much slower Russian Su-24 fighter-bomber";
        DatasetGraph dsg = write(fact("Turkey", "attacks", "Russia", "2015-11-24", "asserted", null, quote));
        Node g = NodeFactory.createURI(EntenteConst.articleGraph(GRAND_ALLIANCE));
        assertTrue(dsg.contains(g, e("Turkey"), ENT.term("attacks"), e("Russia")), "truthy triple in the article graph");
        List<Node> statements = new ArrayList<>();
        dsg.find(g, Node.ANY, RDF.type.asNode(), ENT.Statement).forEachRemaining(q -> statements.add(q.getSubject()));
        assertEquals(1, statements.size());
        Node st = statements.get(0);
        assertTrue(dsg.contains(g, st, ENT.subject, e("Turkey")));
        assertTrue(dsg.contains(g, st, ENT.object, e("Russia")));
        assertTrue(dsg.contains(g, st, ENT.stance, ENT.Asserted));
        assertTrue(dsg.contains(g, st, ENT.method, ENT.Curated));
        // Reported attacks join the reference event with the same aggressor, victim and date.
        assertTrue(dsg.contains(g, st, ENT.aboutEvent, e("Shootdown_of_Russian_Su-24_2015")));
        Node ev = dsg.find(g, st, ENT.evidence, Node.ANY).next().getObject();
        int begin = Integer.parseInt(dsg.find(g, ev, ENT.beginIndex, Node.ANY).next().getObject().getLiteralLexicalForm());
        int end = Integer.parseInt(dsg.find(g, ev, ENT.endIndex, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(quote, corpus.get(GRAND_ALLIANCE).text().substring(begin, end));
        assertTrue(dsg.contains(g, ev, ENT.inArticle, NodeFactory.createURI(EntenteConst.articleIri(GRAND_ALLIANCE))));
    }

    @Test
    void denialIsAStatementByTheClaimantWithoutTruthyTriple() {
        DatasetGraph dsg = write(fact("Russia", "violatesAirspaceOf", "Turkey", "2015-11-24", "denied", "Russia",
                "Russia says there was no incursion."));
        assertFalse(dsg.contains(Node.ANY, e("Russia"), ENT.term("violatesAirspaceOf"), e("Turkey")));
        assertTrue(dsg.contains(Node.ANY, Node.ANY, ENT.stance, ENT.Denied));
        assertTrue(dsg.contains(Node.ANY, Node.ANY, ENT.claimant, e("Russia")));
    }

    @Test
    void aliasesAndMetonymsResolve() {
        assertEquals(e("Islamic_State"), index.resolve("ISIL"));
        assertEquals(e("Islamic_State"), index.resolve("Daesh"));
        assertEquals(e("Recep_Tayyip_Erdogan"), index.resolve("Erdoğan"));
        assertEquals(e("Russia"), index.resolve("Moscow", EntityIndex.Role.ACTOR));
        assertEquals(e("Moscow"), index.resolve("Moscow", EntityIndex.Role.PLACE));
        assertEquals(e("United_States"), index.resolve("U.S."));
    }

    @Test
    void samePropositionIsSharedAcrossStances() {
        DatasetGraph a = write(fact("Russia", "violatesAirspaceOf", "Turkey", null, "denied", "Russia", "Russia says there was no incursion."));
        DatasetGraph b = write(fact("Russia", "violatesAirspaceOf", "Turkey", null, "claimed", "Turkey", "for the few seconds Turkey claims"));
        Node pa = a.find(Node.ANY, Node.ANY, ENT.proposition, Node.ANY).next().getObject();
        Node pb = b.find(Node.ANY, Node.ANY, ENT.proposition, Node.ANY).next().getObject();
        assertEquals(pa, pb);
    }

    private String refusal(Fact f) {
        return assertThrows(EntenteException.class, () -> converter.resolve(f)).getMessage();
    }

    @Test
    void unknownEntityIsRefusedWithFileLineAndSuggestions() {
        String m = refusal(fact("Rusia", "attacks", "Turkey", null, "asserted", null, "Russia says there was no incursion."));
        assertTrue(m.startsWith("test.tsv:7: unknown entity 'Rusia'"), m);
        assertTrue(m.contains("Russia"), "suggests the near name: " + m);
    }

    @Test
    void quoteNotInArticleIsRefused() {
        String m = refusal(fact("Turkey", "attacks", "Russia", null, "asserted", null, "Turkey bombed Moscow."));
        assertTrue(m.startsWith("test.tsv:7: quote not found verbatim in article " + GRAND_ALLIANCE), m);
    }

    @Test
    void badDateIsRefused() {
        String m = refusal(fact("Turkey", "attacks", "Russia", "2015-13-40", "asserted", null, "Russia says there was no incursion."));
        assertTrue(m.startsWith("test.tsv:7: bad date '2015-13-40'"), m);
        m = refusal(fact("Turkey", "attacks", "Russia", "24/11/2015", "asserted", null, "Russia says there was no incursion."));
        assertTrue(m.contains("expected YYYY-MM-DD"), m);
    }

    @Test
    void wrongKindOfEntityForTheRelationIsRefused() {
        String m = refusal(fact("Russia", "annexes", "NATO", null, "asserted", null, "Russia says there was no incursion."));
        assertTrue(m.contains("object NATO is Alliance, but annexes expects an object of type [Place]"), m);
    }

    @Test
    void claimWithoutClaimantIsRefused() {
        String m = refusal(fact("Russia", "violatesAirspaceOf", "Turkey", null, "claimed", null, "Russia says there was no incursion."));
        assertTrue(m.contains("needs a claimant"), m);
    }

    @Test
    void anAssertionWithAClaimantIsRefused() {
        String m = refusal(fact("Russia", "violatesAirspaceOf", "Turkey", null, "asserted", "Russia", "Russia says there was no incursion."));
        assertTrue(m.startsWith("test.tsv:7: ") && m.contains("stance 'asserted' is the writer's own"), m);
    }

    @Test
    void aRelationOfAnEntityToItselfIsRefused() {
        String m = refusal(fact("Turkey", "attacks", "Turkey", null, "asserted", null, "Russia says there was no incursion."));
        assertTrue(m.startsWith("test.tsv:7: ") && m.contains("subject and object are the same entity"), m);
    }

    @Test
    void unknownRelationAndStanceAreRefused() {
        assertTrue(refusal(fact("Russia", "loves", "Turkey", null, "asserted", null, "x")).contains("unknown relation 'loves'"));
        assertTrue(refusal(fact("Russia", "supports", "Turkey", null, "maybe", null, "x")).contains("unknown stance 'maybe'"));
    }

    @Test
    void wrongColumnCountIsReportedWithLine() throws Exception {
        Path f = dir.resolve("f.tsv");
        Files.writeString(f, String.join("\t", FactsReader.COLUMNS) + "\n" + GRAND_ALLIANCE + "\tRussia\tattacks\n");
        List<String> errors = new ArrayList<>();
        FactsReader.read(f, x -> { }, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(f + ":2: wrong column count: 3 cells, the header has 11"), errors.get(0));
    }

    @Test
    void brokenUtf8FactsFileIsRefused() throws Exception {
        Path f = dir.resolve("f.tsv");
        byte[] head = (String.join("\t", FactsReader.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 3];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = 'a';
        bad[head.length + 1] = (byte) 0xFF;
        bad[head.length + 2] = '\n';
        Files.write(f, bad);
        EntenteException e = assertThrows(EntenteException.class, () -> FactsReader.read(f, x -> { }, x -> { }));
        assertTrue(e.getMessage().startsWith(f + ":2: invalid UTF-8"), e.getMessage());
    }

    @Test
    void convertingTwiceGivesTheSameQuads() {
        Fact f = fact("Turkey", "attacks", "Russia", "2015-11-24", "asserted", null, "Russia says there was no incursion.");
        DatasetGraph a = write(f);
        DatasetGraph b = write(f);
        assertEquals(a.stream().collect(Collectors.toSet()), b.stream().collect(Collectors.toSet()));
    }
}
