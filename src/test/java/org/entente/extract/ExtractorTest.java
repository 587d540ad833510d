package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.TestData;
import org.entente.facts.Fact;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleFiles;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
    static Extraction x;

    @BeforeAll
    static void setUp() {
        Pipeline p = new Pipeline(TestData.project(null));
        x = new Extraction(Pipeline.union(p.ontology(), p.reference().graph()));
    }

    static List<Fact> extract(String text) {
        return extract(text, null);
    }

    static List<Fact> extract(String text, LocalDate date) {
        return x.extract(new Article(Article.idOf(text), "t", null, null, date, null, text, null));
    }

    static boolean has(List<Fact> fs, String s, String rel, String o, String stance) {
        return fs.stream().anyMatch(f -> f.subject().equals(s) && f.relation().equals(rel) && f.object().equals(o) && f.stance().equals(stance));
    }

    /** As {@link #has(List, String, String, String, String)}, said by {@code claimant}. */
    static boolean has(List<Fact> fs, String s, String rel, String o, String stance, String claimant) {
        return fs.stream().anyMatch(f -> f.subject().equals(s) && f.relation().equals(rel) && f.object().equals(o) && f.stance().equals(stance)
                && claimant.equals(f.claimant()));
    }

    @Test
    void aDenialInReportedSpeechIsTheSpeakersDenial() {
        List<Fact> fs = extract("The Russian jet was inside Turkish air space for 17 seconds, Ankara says. Russia says there was no incursion.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("violatesAirspaceOf") && f.subject().equals("Russia")
                && f.object().equals("Turkey") && f.stance().equals("denied") && "Russia".equals(f.claimant())), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("violatesAirspaceOf") && f.stance().equals("asserted")), fs.toString());
    }

    @Test
    void aConditionalQuestionNeverGivesAnAssertedAttack() {
        List<Fact> fs = extract("Erdogan's Turkey has its own agenda. What do we do should Erdogan provoke a Russian attack on his aircraft, "
                + "and then invoke Article V?");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.stance().equals("asserted")), fs.toString());
        assertTrue(has(fs, "Russia", "attacks", "Turkey", "hypothetical"), fs.toString());
    }

    @Test
    void activePassiveAndCoordination() {
        assertTrue(has(extract("Russia supports the Syrian government."), "Russia", "supports", "Syrian government", "asserted"));
        List<Fact> fs = extract("The Syrian opposition is backed by Turkey, Saudi Arabia and Qatar.");
        for (String s : List.of("Turkey", "Saudi Arabia", "Qatar")) assertTrue(has(fs, s, "supports", "Syrian opposition", "asserted"), s + " " + fs);
        assertTrue(has(extract("Turkish fighter pilots shot down a Russian jet."), "Turkey", "attacks", "Russia", "asserted"));
    }

    @Test
    void titlesCompoundsAndSymmetricCoordination() {
        assertTrue(has(extract("German Chancellor Angela Merkel spoke to reporters."), "Angela Merkel", "holdsPosition", "Chancellor of Germany", "asserted"));
        assertTrue(has(extract("The Russian-backed Syrian government retook the city."), "Russia", "supports", "Syrian government", "asserted"));
        List<Fact> fs = extract("Obama and Putin met on Monday in Paris. The talks between Kerry and Lavrov ended without a deal.");
        assertTrue(has(fs, "Barack Obama", "meetsWith", "Vladimir Putin", "asserted") || has(fs, "Vladimir Putin", "meetsWith", "Barack Obama", "asserted"), fs.toString());
        assertTrue(has(fs, "John Kerry", "negotiatesWith", "Sergei Lavrov", "asserted") || has(fs, "Sergei Lavrov", "negotiatesWith", "John Kerry", "asserted"),
                fs.toString());
        // Commas alone make no list: only the United States cooperates here (a claim of the unnamed senator).
        fs = extract("According to the senator, the United States worked closely with the European Union.");
        assertTrue(has(fs, "United States", "cooperatesWith", "European Union", "claimed"), fs.toString());
        assertEquals(1, fs.size(), fs.toString());
    }

    @Test
    void lightVerbsRelativeClausesAndInfinitives() {
        assertTrue(has(extract("Putin ordered a menu of economic sanctions against Turkey."), "Russia", "sanctions", "Turkey", "asserted"));
        List<Fact> fs = extract("Erdogan could clash with Russia, which is backing the Syrian regime.");
        assertTrue(has(fs, "Russia", "supports", "Syrian government", "asserted"), fs.toString());
        assertTrue(has(extract("NATO saw fit to bomb Serbia in 1999."), "NATO", "attacks", "Serbia", "asserted"));
        fs = extract("The pressure on Russia to cooperate with the United States has grown.");
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("asserted")), fs.toString());
        assertTrue(has(extract("Russia failed to support the Syrian government."), "Russia", "supports", "Syrian government", "denied"));
    }

    @Test
    void groupsAndPluralPronouns() {
        List<Fact> fs = extract("Since the Cold War, the United States and Russia have been at odds.");
        assertTrue(has(fs, "United States", "opposes", "Russia", "asserted") && has(fs, "Russia", "opposes", "United States", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Cold War") || f.subject().equals("Cold War")), fs.toString());
        fs = extract("Though the United States and Russia back different sides, they are united in their opposition to ISIS.");
        assertTrue(has(fs, "United States", "opposes", "Islamic State", "asserted") && has(fs, "Russia", "opposes", "Islamic State", "asserted"), fs.toString());
        assertTrue(has(extract("John Kerry negotiated a deal with Russia."), "John Kerry", "negotiatesWith", "Russia", "asserted"));
    }

    @Test
    void accusationsAreClaimsOfTheAccuser() {
        List<Fact> fs = extract("Washington imposed sanctions on Moscow on Friday, accusing Russia of attacking Ukraine.");
        assertTrue(has(fs, "United States", "sanctions", "Russia", "asserted"), fs.toString());
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "claimed", "United States"), fs.toString());
        assertTrue(has(extract("Talks between Russia and Ukraine collapsed."), "Russia", "negotiatesWith", "Ukraine", "asserted"));
        // A participle after the main clause takes all of a list before as its subject, not the first name taken for the head of
        // an apposition that ends at the participle's comma; nor a name inside a relative clause when a finite verb follows it.
        fs = extract("Britain, France and Germany imposed sanctions on Iran, condemning Tehran for its missile tests.");
        for (String s : List.of("United Kingdom", "France", "Germany")) assertTrue(has(fs, s, "opposes", "Iran", "asserted"), fs.toString());
        fs = extract("Britain, France and Germany imposed sanctions, accusing Tehran of arming Russia.");
        for (String s : List.of("United Kingdom", "France", "Germany")) assertTrue(has(fs, "Iran", "armsOrFunds", "Russia", "claimed", s), fs.toString());
        fs = extract("Turkey, which fields NATO's second-largest army, held up Sweden's bid for 20 months, condemning Stockholm for sheltering PKK members.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("NATO")), fs.toString());
        assertTrue(has(fs, "Turkey", "opposes", "Sweden", "asserted"), fs.toString());
        // "the Gulf state" with two states in view is neither of them for sure, and never the Persian Gulf.
        fs = extract("Sudan cut ties with the United Arab Emirates, condemning the Gulf state for its support of the RSF.");
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Persian Gulf")), fs.toString());
        assertTrue(has(fs, "Sudan", "sanctions", "United Arab Emirates", "asserted"), fs.toString());
    }

    @Test
    void territoryWithdrawalAndClauseDates() {
        List<Fact> fs = extract("HELSINKI, April 4, 2023 — Moscow has occupied parts of Georgia since the 2008 war, and Russian forces seized "
                + "Crimea from Ukraine in 2014. The United States pulled out of the Iran nuclear deal in 2018. Finland joined NATO last week.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Russia") && f.relation().equals("occupies") && f.object().equals("Georgia")
                && "2008".equals(f.start())), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Russia") && f.relation().equals("annexes") && f.object().equals("Crimea")
                && "2014".equals(f.start())), fs.toString());
        assertTrue(has(fs, "United States", "withdrawsFrom", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
        // The dateline dates the report: "last week" counts back from it.
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Finland") && "2023-03".equals(f.start())), fs.toString());
    }

    @Test
    void firstPersonInQuotationsIsTheSpeaker() {
        List<Fact> fs = extract("\"We supported the United States in its war of independence,\" Putin said. "
                + "\"We will not attack Ukraine,\" said Sergey Lavrov.");
        assertTrue(has(fs, "Russia", "supports", "United States", "claimed", "Vladimir Putin"), fs.toString());
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "denied", "Sergei Lavrov"), fs.toString());
    }

    @Test
    void tiesAndSupplies() {
        List<Fact> fs = extract("Bahrain and Egypt severed diplomatic ties with Qatar. Egypt restored diplomatic relations with Qatar in 2021. "
                + "France supplied weapons to Ukraine. Iran sent food to Qatar. Russia and Ukraine clashed near the border.");
        assertTrue(has(fs, "Bahrain", "sanctions", "Qatar", "asserted") && has(fs, "Egypt", "sanctions", "Qatar", "asserted"), fs.toString());
        assertTrue(has(fs, "Egypt", "cooperatesWith", "Qatar", "asserted"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("France") && f.relation().equals("armsOrFunds") && "weapons".equals(f.type())), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Iran") && f.relation().equals("supports") && !"weapons".equals(f.type())), fs.toString());
        assertTrue(has(fs, "Russia", "fightsAgainst", "Ukraine", "asserted") || has(fs, "Ukraine", "fightsAgainst", "Russia", "asserted"), fs.toString());
    }

    @Test
    void presuppositionsProjectAndJointActsAreNotMutual() {
        List<Fact> fs = extract("The sanctions imposed over Iran's support for the Syrian government may be lifted next year.");
        assertTrue(has(fs, "Iran", "supports", "Syrian government", "asserted"), fs.toString());
        fs = extract("The United States and Russia are both fighting a common enemy.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst")), fs.toString());
    }

    @Test
    void aNameThatRunsOnNamesSomethingElse() {
        List<Fact> fs = extract("The Washington Post reported that Russia attacked Ukraine. NATO pressure on the Baltic States has grown.");
        assertFalse(fs.stream().anyMatch(f -> "United States".equals(f.claimant()) || f.object().equals("Baltic Sea")), fs.toString());
        // (being forced to do something is doing it)
        assertTrue(has(extract("US Forced to Cooperate with Russia on Syria"), "United States", "cooperatesWith", "Russia", "asserted"));
    }

    @Test
    void citiesBeforeNounsArePlaces() {
        List<Fact> fs = extract("Obama laid out the plan in his Washington talks with Hollande. Moscow's support for the Syrian government grew.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.object().equals("François Hollande")), fs.toString());
        assertTrue(has(fs, "Russia", "supports", "Syrian government", "asserted"), fs.toString());
    }

    @Test
    void aTranscriptIsTheSpeakersVoice() {
        List<Fact> fs = extract("Putin's remarks to the US journalists:\nWe will never forget that we supported the United States in its war. "
                + "You arm the Syrian opposition.\nWritten by a reporter");
        assertTrue(has(fs, "Russia", "supports", "United States", "claimed", "Vladimir Putin"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.relation().equals("armsOrFunds")
                && f.object().equals("Syrian opposition") && "Vladimir Putin".equals(f.claimant())), fs.toString());
    }

    @Test
    void firingAtAndWarsCarriedOn() {
        List<Fact> fs = extract("Hezbollah has fired rockets at northern Israel since October. Israel will continue its war against Hamas.");
        assertTrue(has(fs, "Hezbollah", "attacks", "Israel", "asserted"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Israel") && f.relation().equals("fightsAgainst") && f.object().equals("Hamas")),
                fs.toString());
    }

    @Test
    void unnamedSourcesHedgesAndAbstentions() {
        List<Fact> fs = extract("Analysts say Russia attacked Ukraine. A Chinese attack on Japan is unlikely. India abstained from condemning Russia.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "claimed", "unnamed sources"), fs.toString());
        assertTrue(has(fs, "China", "attacks", "Japan", "hypothetical"), fs.toString());
        assertTrue(has(fs, "India", "opposes", "Russia", "denied"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("asserted")), fs.toString());
    }

    @Test
    void governmentsForcesAndAllies() {
        List<Fact> fs = extract("Mali's military government expelled French troops in 2022. Wagner Group fighters, who have fought alongside "
                + "the Malian army, stayed.");
        assertTrue(has(fs, "Mali", "opposes", "France", "asserted"), fs.toString());
        assertTrue(has(fs, "Wagner Group", "cooperatesWith", "Mali", "asserted") || has(fs, "Mali", "cooperatesWith", "Wagner Group", "asserted"),
                fs.toString());
    }

    @Test
    void sanctionsImposedAnnouncedAndLifted() {
        List<Fact> fs = extract("US sanctions on Iran have hurt its economy. Britain announced new sanctions targeting Russia. "
                + "The United States lifted sanctions on Cuba.");
        assertTrue(has(fs, "United States", "sanctions", "Iran", "asserted"), fs.toString());
        assertTrue(has(fs, "United Kingdom", "sanctions", "Russia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Cuba")), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks")), fs.toString());
    }

    @Test
    void coordinatedVerbPhrasesShareTheSubjectNotThePlace() {
        List<Fact> fs = extract("The United States has sold F-16 fighter jets to Taiwan and has stationed troops in Japan.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.relation().equals("armsOrFunds") && f.object().equals("Taiwan")
                && "weapons".equals(f.type()) && f.place() == null), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.relation().equals("supports") && f.object().equals("Japan")
                && "troops".equals(f.type())), fs.toString());
        // A participle opening the sentence has nothing before it (this used to throw).
        assertTrue(extract("Fighting ISIS remains the priority of the United States.").stream().noneMatch(f -> f.stance().equals("asserted")
                && f.subject().equals("Islamic State")));
    }

    @Test
    void appositionsArePresupposedAndSolidaritySupports() {
        List<Fact> fs = extract("Lithuania, a member of NATO and the European Union, said it was only applying the rules. "
                + "Poland and Latvia expressed solidarity with Vilnius. Russia threatened Lithuania with serious consequences.");
        assertTrue(has(fs, "Lithuania", "memberOf", "NATO", "asserted") && has(fs, "Lithuania", "memberOf", "European Union", "asserted"), fs.toString());
        assertTrue(has(fs, "Poland", "supports", "Lithuania", "asserted") && has(fs, "Latvia", "supports", "Lithuania", "asserted"), fs.toString());
        assertTrue(has(fs, "Russia", "opposes", "Lithuania", "asserted"), fs.toString());
    }

    @Test
    void reportedSpeechAndModalityAreNotFacts() {
        List<Fact> fs = extract("Moscow says Washington armed the Syrian rebels.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.relation().equals("armsOrFunds") && f.stance().equals("claimed")
                && "Russia".equals(f.claimant())), fs.toString());
        assertTrue(has(extract("The United States should arm the Syrian opposition."), "United States", "armsOrFunds", "Syrian opposition", "normative"));
        assertTrue(has(extract("If Russia attacks Estonia, NATO must respond."), "Russia", "attacks", "Estonia", "hypothetical"));
    }

    @Test
    void datesAreNormalizedAgainstTheArticleDate() {
        assertEquals("2015-11-16", DateFinder.find("Hollande said November 16 that he would meet Putin.", LocalDate.of(2015, 11, 20)));
        assertEquals("2014-03", DateFinder.find("the sanctions imposed in March 2014", null));
        assertEquals("2011", DateFinder.find("Since 2011, the country has been at war", null));
        assertEquals("2015-11-24", DateFinder.find("a setback Tuesday when pilots shot down a jet", LocalDate.of(2015, 11, 27)));
        // relative dates in any case, and no date at all in a clause without digits or words of time
        LocalDate d = LocalDate.of(2024, 5, 1);
        assertEquals("2024-04-30", DateFinder.find("Kyiv said YESTERDAY that it had struck a depot", d));
        assertEquals("2024-04", DateFinder.find("the talks held last week in Geneva", d));
        assertEquals("2023", DateFinder.find("Finland joined NATO last Year", d));
        assertEquals("2024-04", DateFinder.find("the sanctions of last MONTH", d));
        assertNull(DateFinder.find("Russia attacked Ukraine, the ministry said", d));
    }

    @Test
    void namesTheGraphDoesNotKnowAreListedForReview() {
        String text = "Moscow Rejects Western Treaty Claims Again\n\n"
                + "KYIV, Ukraine (AP) — Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that Moscow would not return to the treaty. "
                + "Ultimately, the talks failed. A Su-24 crashed near the border in a U-turn. "
                + "The Foreign Ministry said the China Coast Guard had rammed a Philippine vessel near Sabina Shoal, and Vladimir Putin called Ryabkov. "
                + "In Samarkand, the talks went on until 14:00 GMT.";
        var ex = x.extractAll(new Article(Article.idOf(text), "t", null, null, LocalDate.of(2024, 5, 1), null, text, null));
        List<String> names = ex.unknownNames().stream().map(Extraction.UnknownName::name).toList();
        // people without their titles, institutions and places the reference data lacks
        assertTrue(names.containsAll(List.of("Sergei Ryabkov", "China Coast Guard", "Sabina Shoal", "Ryabkov", "Samarkand")), names.toString());
        // not: known entities, the headline, the dateline and its agency, a capitalized opening word, days, designations,
        // generic institutions
        for (String no : List.of("Vladimir Putin", "Moscow", "Russian", "Moscow Rejects Western Treaty Claims Again", "KYIV", "AP", "Ultimately",
                "Tuesday", "Su", "U", "Foreign Ministry", "Deputy Foreign Minister Sergei Ryabkov", "In Samarkand", "GMT")) {
            assertFalse(names.contains(no), no + " in " + names);
        }
        var first = ex.unknownNames().stream().filter(n -> n.name().equals("Sergei Ryabkov")).findFirst().orElseThrow();
        assertEquals("Sergei Ryabkov", text.substring(first.start(), first.end()));
        assertTrue(first.sentence().startsWith("KYIV") && first.sentence().endsWith("treaty."), first.sentence());
    }

    @Test
    void tokensAreCutAsTheModelCutsThem() throws Exception {
        Nlp nlp = Nlp.get();
        List<String> sentences = new ArrayList<>(List.of("“We will not back down,” Lavrov said; NATO's 2,000 troops: \"fine\" withdrawsFrom, \"EPIC",
                "Mr. Putin’s aides didn't say, and U.S. officials (Reuters) said 3,5 or 1,200,000."));
        try (var files = java.nio.file.Files.list(TestData.root().resolve("data/articles"))) {
            for (Path f : files.sorted().toList()) {
                for (String para : java.nio.file.Files.readString(f).split("\n")) {
                    for (var s : nlp.sentences(para)) sentences.add(s.getCoveredText(para).toString());
                }
            }
        }
        for (String s : sentences) assertEquals(java.util.Arrays.toString(nlp.modelTokens(s)), java.util.Arrays.toString(nlp.tokens(s)), s);
        assertTrue(sentences.size() > 300, "the seed articles are read: " + sentences.size());
    }

    @Test
    void expressionsOfPlainWordsMatchAsTheRegexWould() {
        for (String rx : List.of("and|but|while", "of|for", "DET|ADJ|NOUN", "so-called|de facto", "[;:]", "\\d.*", "doubt|wonder|surprise")) {
            for (String s : List.of("and", "an", "andx", "but", "NOUN", "noun", "so-called", "de facto", ";", "7th", "", "doubt", "wonder|surprise")) {
                assertEquals(s.matches(rx), Rx.matches(s, rx), s + " ~ " + rx);
            }
        }
    }

    @Test
    void everyCandidateHasItsQuoteAndRule(@TempDir Path dir) throws Exception {
        Article a = ArticleFiles.read(TestData.root().resolve("data/articles/a4735b179fc0e07f.txt"));
        List<Fact> fs = x.extract(a);
        assertFalse(fs.isEmpty());
        for (Fact f : fs) {
            assertTrue(a.text().contains(f.quote()), "the quote is verbatim");
            assertTrue(f.rule() != null && f.confidence() > 0 && f.confidence() <= 1);
        }
    }

    @Test
    void buildWithExtractionAddsMarkedStatements(@TempDir Path dir) {
        var project = TestData.project(dir.resolve("store"));
        try (var store = org.entente.store.Store.open(project.store())) {
            var r = new Pipeline(project).build(store, true, 0.7);
            long extracted = store.read(dsg -> dsg.stream(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.entente.vocab.ENT.method, org.entente.vocab.ENT.PatternExtraction).count());
            assertTrue(extracted > 0, "extracted statements are in the graph");
            assertTrue(r.facts() > 230);
            boolean allConfident = store.read(dsg -> dsg.stream(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.entente.vocab.ENT.method, org.entente.vocab.ENT.PatternExtraction).allMatch(q ->
                    dsg.stream(org.apache.jena.graph.Node.ANY, q.getSubject(), org.entente.vocab.ENT.confidence, org.apache.jena.graph.Node.ANY)
                            .allMatch(c -> Double.parseDouble(c.getObject().getLiteralLexicalForm()) >= 0.7)));
            assertTrue(allConfident);
        }
    }

    @Test
    void evaluationScoresAgainstGold() {
        Pipeline p = new Pipeline(TestData.project(null));
        List<Fact> gold = new ArrayList<>();
        for (Path f : p.factFiles()) gold.addAll(org.entente.facts.FactsReader.readAll(f));
        int curated = gold.size();
        try (var files = java.nio.file.Files.list(TestData.root().resolve("data/gold"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) gold.addAll(org.entente.facts.FactsReader.readAll(f));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(gold.size() > curated, "the independent gold in data/gold adds facts");
        List<Fact> cand = new ArrayList<>();
        for (Article a : p.ingest().values()) cand.addAll(x.extract(a));
        var ev = new Evaluator(x.index());
        var all = ev.score(gold, cand, null);
        assertEquals(gold.stream().map(f -> f.article() + f.subject() + f.relation() + f.object() + f.stance()).distinct().count() >= all.overall().gold(), true);
        assertTrue(all.overall().correct() > 0 && all.overall().correct() <= all.overall().predicted());
        // Held out from pattern writing: scored on their own (the README reports both).
        var held = ev.score(gold, cand, java.util.Set.of("1e543ae59d00981d", "38ecb2d1ace22242", "6b31886e06c825e3"));
        assertTrue(held.overall().gold() > 0 && held.overall().gold() < all.overall().gold());
        // Floors under the scores the README reports (all: P 0.84 R 0.23; held out: P 1.00 R 0.32), so a change that
        // loses quality fails here rather than in a reader's hands.
        assertTrue(all.overall().precision() >= 0.8 && all.overall().recall() >= 0.22, all.render());
        assertTrue(held.overall().precision() >= 0.9 && held.overall().recall() >= 0.3, held.render());
        // Per rule: the rules' candidates add up to all candidates scored, and their matches to all matches.
        assertEquals(all.overall().predicted(), all.byRule().values().stream().mapToInt(Evaluator.Score::predicted).sum());
        assertEquals(all.overall().correct(), all.byRule().values().stream().mapToInt(Evaluator.Score::correct).sum());
        assertTrue(all.byRule().containsKey("title") && all.byRule().get("title").correct() > 0, all.renderRules());
        // Thresholds: fewer candidates as the bar rises, recall never up, and at 0.5 every candidate over 0.5 counts.
        var steps = new ArrayList<>(all.byThreshold().values());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).predicted() <= steps.get(i - 1).predicted() && steps.get(i).correct() <= steps.get(i - 1).correct(),
                    all.renderThresholds());
        }
        long over07 = cand.stream().filter(f -> f.confidence() >= 0.7).map(f -> f.article().substring(0, 16) + f.subject() + f.relation()
                + f.object() + f.stance()).distinct().count();
        assertTrue(all.byThreshold().get(0.7).predicted() <= over07 && all.byThreshold().get(0.7).predicted() > 0, all.renderThresholds());
        assertEquals(ev.score(gold, cand.stream().filter(f -> f.confidence() >= 0.7).toList(), null).overall(), all.byThreshold().get(0.7));
        // A perfect extractor scores 1.
        var self = ev.score(gold, gold, null);
        assertEquals(1.0, self.overall().precision(), 1e-9);
        assertEquals(1.0, self.overall().recall(), 1e-9);
    }

    @Test
    void badFilesAreReportedAndSkipped(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bin.txt"), new byte[] {0, 1, 2, 3, 4});
        Files.write(dir.resolve("bad.txt"), new byte[] {'R', 'u', (byte) 0xC3, '(', '\n'});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("page.html"), "<html><head><title>T</title></head><body><nav>menu</nav><article><h1>Russia and Syria</h1>"
                + "<p>Russia supports the Syrian government.</p><script>var x = 1;</script></article></body></html>", StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<Fact> all = new ArrayList<>();
        int n = x.run(List.of(dir.resolve("bin.txt"), dir.resolve("bad.txt"), dir.resolve("empty.txt"), dir.resolve("page.html")),
                (art, fs) -> all.addAll(fs.facts()), errors::add);
        assertEquals(1, n, "the HTML page is read");
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("bin.txt") && errors.get(0).contains("binary"), errors.toString());
        assertTrue(has(all, "Russia", "supports", "Syrian government", "asserted"), all.toString());
    }

    @Test
    void possessiveStancesDefiniteDescriptionsAndWhoSaidIt() {
        // A verb of declaring carries the possessed event noun: the subject's own support.
        assertTrue(has(extract("Turkey reaffirmed its support for the Syrian opposition."), "Turkey", "supports", "Syrian opposition", "asserted"));
        // ", officials said" after the clause: an unnamed source, not the name nearest before the comma.
        List<Fact> fs = extract("Washington imposed fresh sanctions on Pyongyang on Monday, officials said.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.relation().equals("sanctions") && f.object().equals("North Korea")
                && f.stance().equals("claimed") && !"North Korea".equals(f.claimant())), fs.toString());
        // "the group" stands for the one armed group in view.
        fs = extract("Hamas did not attack Egypt, the group said.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Hamas") && f.relation().equals("attacks") && f.stance().equals("denied")
                && "Hamas".equals(f.claimant())), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> "Egypt".equals(f.claimant())), fs.toString());
        // Two groups in view: "the group" is left unresolved.
        fs = extract("Hamas and Hezbollah fired rockets at Israel, the group said.");
        assertFalse(fs.stream().anyMatch(f -> "Hamas".equals(f.claimant()) || "Hezbollah".equals(f.claimant())), fs.toString());
        // "are both members", "held joint military drills", a model name before a noun.
        fs = extract("Poland and Lithuania are both members of NATO.");
        assertTrue(has(fs, "Poland", "memberOf", "NATO", "asserted") && has(fs, "Lithuania", "memberOf", "NATO", "asserted"), fs.toString());
        fs = extract("The United States and South Korea held joint military drills.");
        assertTrue(has(fs, "United States", "cooperatesWith", "South Korea", "asserted") || has(fs, "South Korea", "cooperatesWith", "United States", "asserted"),
                fs.toString());
        // "its" after a verb of saying is the speaker; with two actors in view it stays unresolved.
        fs = extract("Turkey said its jets shot down a Russian warplane.");
        assertTrue(has(fs, "Turkey", "attacks", "Russia", "claimed", "Turkey"), fs.toString());
        fs = extract("Tehran has repeatedly denied arming the Houthis, insisting that its support for the movement is purely political.");
        assertTrue(has(fs, "Iran", "supports", "Houthis", "claimed", "Iran"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds") && f.stance().equals("denied") && "Iran".equals(f.claimant())), fs.toString());
        fs = extract("Ukraine says Russia attacked its ports.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Russia")), fs.toString());
        // An accused that names no actor we know is no licence to take the accuser for the agent.
        fs = extract("Sergei Lavrov accused the West of arming Kyiv.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds")), fs.toString());
        // Hearsay adverbs make a claim of unnamed sources.
        fs = extract("Russia allegedly supplied weapons to the Taliban.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Russia") && f.relation().equals("armsOrFunds") && f.stance().equals("claimed")), fs.toString());
        // "insists/NOUN that": a verb of saying the tagger missed; "does not provide aid": negation reaches the event noun.
        fs = extract("Beijing insists that China does not provide lethal aid to Russia.");
        assertTrue(has(fs, "China", "supports", "Russia", "denied", "China"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("asserted") && f.relation().equals("supports")), fs.toString());
        fs = extract("Germany will not send Taurus missiles to Ukraine, Chancellor Olaf Scholz said.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Germany") && f.relation().equals("armsOrFunds") && f.object().equals("Ukraine")
                && f.stance().equals("denied")), fs.toString());
    }

    @Test
    void agentsOfPunishedActsCompanionsAndAppositions() {
        // "blacklisted X for supplying": X supplied, never the one who blacklisted.
        List<Fact> fs = extract("Washington has blacklisted several Chinese firms for supplying Russia's military.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.object().equals("Russia")
                && (f.relation().equals("supports") || f.relation().equals("armsOrFunds"))), fs.toString());
        // "fought alongside Malian forces": companions, not enemies.
        fs = extract("The Wagner Group has fought alongside Malian forces against jihadists.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && f.object().equals("Mali")), fs.toString());
        // "Turkey, a NATO member, …" is an apposition; ", every NATO member would …" is not.
        assertTrue(has(extract("Turkey, a NATO member, bought S-400 missiles from Russia."), "Turkey", "memberOf", "NATO", "asserted"));
        fs = extract("If Russia attacked Lithuania, every NATO member would be obliged to respond.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Lithuania") && f.relation().equals("memberOf")), fs.toString());
        // Adopting a measure carries the event noun; arms sales are arming.
        assertTrue(has(extract("The European Union agreed a 14th package of sanctions against Russia on Friday."), "European Union", "sanctions", "Russia", "asserted"));
        assertTrue(has(extract("China condemned the US arms sales to Taiwan."), "United States", "armsOrFunds", "Taiwan", "asserted"));
    }

    @Test
    void passiveAccusationsWarningsAndPreventedMeasures() {
        // The passive names its speaker only after "by"; the accused is its subject.
        List<Fact> fs = extract("Iran is accused of supplying drones to Russia.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Iran") && f.relation().equals("armsOrFunds") && f.object().equals("Russia")
                && f.stance().equals("claimed") && !"Iran".equals(f.claimant()) && !"Russia".equals(f.claimant())), fs.toString());
        fs = extract("Iran is accused by Israel of arming Hezbollah.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Iran") && f.object().equals("Hezbollah") && "Israel".equals(f.claimant())), fs.toString());
        // "… a charge Tehran denies", with a model name the tagger cannot read ("Shahed/AUX drones/VERB").
        fs = extract("Iran has been accused by Western governments of supplying Shahed drones to Russia, a charge Tehran denies.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Russia", "denied", "Iran"), fs.toString());
        // "warned the West against arming Ukraine": the warner is not the one arming.
        fs = extract("Moscow has repeatedly warned the West against arming Ukraine.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Russia") && f.relation().equals("armsOrFunds")), fs.toString());
        // A blocked measure did not happen.
        fs = extract("Hungary blocked an EU aid package for Kyiv.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("supports") && f.stance().equals("asserted")), fs.toString());
        assertTrue(has(extract("Beijing has deepened its ties with Moscow."), "China", "cooperatesWith", "Russia", "asserted"));
    }

    @Test
    void sourcesSpeakersOfOrganizationsAndMistaggedParticiples() {
        // "according to" a source the graph does not know: unnamed, not the next name in the sentence.
        List<Fact> fs = extract("According to Reuters, Saudi Arabia and Israel have held secret talks.");
        assertFalse(fs.stream().anyMatch(f -> "Saudi Arabia".equals(f.claimant()) || "Israel".equals(f.claimant())), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && f.stance().equals("claimed")), fs.toString());
        // "we" in the words of an organization's officer is the organization.
        fs = extract("\"We will continue to support Ukraine for as long as it takes,\" NATO Secretary General Jens Stoltenberg told reporters.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("NATO") && f.relation().equals("supports") && f.object().equals("Ukraine")
                && "Jens Stoltenberg".equals(f.claimant())), fs.toString());
        // "had struck/NOUN": a participle after an auxiliary.
        fs = extract("The Pentagon said US forces had struck ISIS targets.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Islamic State") && f.stance().equals("claimed")), fs.toString());
    }

    @Test
    void accessionNormalizedRelationsAndBlacklists() {
        assertTrue(has(extract("The Senate ratified Finland's accession to NATO."), "Finland", "memberOf", "NATO", "asserted"));
        List<Fact> fs = extract("Israel and the UAE normalized relations in 2020.");
        assertTrue(has(fs, "Israel", "cooperatesWith", "United Arab Emirates", "asserted")
                || has(fs, "United Arab Emirates", "cooperatesWith", "Israel", "asserted"), fs.toString());
        assertTrue(has(extract("The US blacklisted Iran's central bank."), "United States", "sanctions", "Iran", "asserted"));
    }

    @Test
    void titlesInAppositionAfterTheName() {
        assertTrue(has(extract("Sergei Lavrov, Russia's foreign minister, rejected the proposal."), "Sergei Lavrov", "holdsPosition",
                "Minister of Foreign Affairs of Russia", "asserted"));
        assertTrue(has(extract("Antony Blinken, the US secretary of state, met Sergei Lavrov."), "Antony Blinken", "holdsPosition",
                "US Secretary of State", "asserted"));
        // Articles and "of" inside the title.
        assertTrue(has(extract("Wang Yi, the foreign minister of China, met Sergei Lavrov in Beijing."), "Wang Yi", "holdsPosition",
                "Minister of Foreign Affairs of China", "asserted"));
        // A title without "vice" is not the vice-presidency the person also held.
        assertTrue(has(extract("President Joe Biden spoke."), "Joe Biden", "holdsPosition", "President of the United States", "asserted"));
        assertTrue(has(extract("Vice President Joe Biden spoke."), "Joe Biden", "holdsPosition", "Vice President of the United States", "asserted"));
        // A description that is no office the person held gives nothing.
        List<Fact> fs = extract("Vladimir Putin, a former KGB officer, met Erdogan.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("holdsPosition")), fs.toString());
    }

    @Test
    void possessivePronounBeforeTheNameItQualifiesAndConversations() {
        // "his counterpart Wang Yi": the name is the argument, not the possessor (who would make a self-relation).
        assertTrue(has(extract("Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday."), "Sergei Lavrov", "meetsWith", "Wang Yi",
                "asserted"));
        assertTrue(has(extract("Russia backed its ally Syria with air strikes."), "Russia", "supports", "Syria", "asserted"));
        // A conversation is a meeting; speaking a language is not.
        assertTrue(has(extract("Erdogan spoke by phone with Vladimir Putin on Monday."), "Recep Tayyip Erdoğan", "meetsWith", "Vladimir Putin", "asserted"));
        assertTrue(extract("Putin speaks German fluently.").isEmpty());
    }

    @Test
    void objectsAfterTimeAdjunctsAndLongerObjectPhrases() {
        assertTrue(has(extract("Moscow formally withdrew in November from the Treaty on Conventional Armed Forces in Europe."), "Russia", "withdrawsFrom",
                "Treaty on Conventional Armed Forces in Europe", "asserted"));
        assertTrue(has(extract("Russia launched missiles on Tuesday at Kyiv."), "Russia", "attacks", "Ukraine", "asserted"));
        // Coordinated things supplied, one mis-tagged as a verb ("drones/VERB").
        assertTrue(has(extract("Turkey has sent drones, air-defence systems and military advisers to the Libyan government."), "Turkey", "armsOrFunds",
                "Libya", "asserted"));
        // A noun's own modifier before the preposition.
        assertTrue(has(extract("Pence negotiated a five-day pause in the fighting with Erdogan in Ankara."), "Mike Pence", "negotiatesWith",
                "Recep Tayyip Erdoğan", "asserted"));
    }

    @Test
    void attributionStopsAtClausesOfTheirOwn() {
        // ", and X said …" reports X's own clause, not the one before it.
        assertTrue(has(extract("Washington has imposed sanctions on the RSF's business network, and last month Antony Blinken said both forces had committed war crimes."),
                "United States", "sanctions", "Rapid Support Forces", "asserted"));
        assertTrue(has(extract("Russia bombed Kyiv on Monday, Turkish officials said."), "Russia", "attacks", "Ukraine", "claimed", "Turkey"));
        // A verb of saying in a relative clause closed before the trigger does not govern it.
        assertTrue(has(extract("Beijing, which claims almost the entire waterway, has also condemned the AUKUS security pact."), "China", "opposes", "AUKUS",
                "asserted"));
        // ... but governs a trigger inside it; the relative clause's subject is the name before it.
        assertTrue(has(extract("Iran, which has acknowledged sending drones to Russia, was also hit."), "Iran", "armsOrFunds", "Russia", "claimed", "Iran"));
        // Calling someone names is no call.
        assertTrue(extract("Bashar al-Assad called Erdoğan “a thief”.").stream().noneMatch(f -> f.relation().equals("meetsWith")));
        assertTrue(has(extract("Biden called Putin on Tuesday."), "Joe Biden", "meetsWith", "Vladimir Putin", "asserted"));
    }

    @Test
    void moreWaysOfSayingSupportTiesAndExercises() {
        assertTrue(has(extract("Russia and China have stood by Syria."), "China", "supports", "Syria", "asserted"));
        // Modality stays in its own coordinated clause.
        assertTrue(has(extract("“Russia must pay for its war, and the European Union stands firmly with Ukraine,” Ursula von der Leyen said."),
                "European Union", "supports", "Ukraine", "claimed", "Ursula von der Leyen"));
        assertTrue(has(extract("The Kremlin has consistently denied any link to Wagner."), "Russia", "cooperatesWith", "Wagner Group", "denied", "Kremlin"));
        // A delivery of things to someone, with a time adjunct between subject and verb.
        List<Fact> fs = extract("Germany on Wednesday approved the delivery of Leopard 2 battle tanks to Ukraine.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Germany") && f.relation().equals("armsOrFunds") && f.object().equals("Ukraine")
                && "weapons".equals(f.type())), fs.toString());
        // A place on the way to the object; a singular exercise.
        assertTrue(has(extract("The Philippines held its first joint naval exercise in the South China Sea with the United States."), "Philippines",
                "cooperatesWith", "United States", "asserted"));
        // A place after "via" is no agent.
        fs = extract("Russia has flown warplanes to Libya via Syria to support Wagner Group mercenaries.");
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("Syria")), fs.toString());
    }

    @Test
    void accusationsTheirPossessivesAndRebuttals() {
        // In what the accused did, "its" is the accuser's; "a charge X denies" adds X's denial to the accuser's claim.
        List<Fact> fs = extract("Kinshasa accuses Rwanda of invading its territory under cover of the rebellion, a charge Kigali denies.");
        assertTrue(has(fs, "Rwanda", "attacks", "Democratic Republic of the Congo", "claimed", "Democratic Republic of the Congo"), fs.toString());
        assertTrue(has(fs, "Rwanda", "attacks", "Democratic Republic of the Congo", "denied", "Rwanda"), fs.toString());
        assertTrue(has(extract("Ukraine accused Russia of shelling its ports."), "Russia", "attacks", "Ukraine", "claimed", "Ukraine"));
        // A passive accusation with an adverb, a possessed subject, and "provide X with" what is supplied.
        fs = extract("Russia's Wagner Group was also accused early in the war of providing the RSF with surface-to-air missiles, according to US officials.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Wagner Group") && f.relation().equals("armsOrFunds") && f.object().equals("Rapid Support Forces")
                && f.stance().equals("claimed") && "weapons".equals(f.type())), fs.toString());
    }

    @Test
    void ceasefiresLightVerbsMembersAndTheFuture() {
        // A ceasefire between two sides presupposes they fought.
        assertTrue(has(extract("A ceasefire between Israel and Hezbollah took effect in Lebanon on Wednesday."), "Israel", "fightsAgainst", "Hezbollah",
                "asserted"));
        // "take part in" carries the war; the army stands for its state.
        assertTrue(has(extract("The Lebanese army, which did not take part in the war against Israel, is to deploy soldiers."), "Lebanon", "fightsAgainst",
                "Israel", "denied"));
        // The future is not yet a fact; a refusal in the future tense is a denial.
        assertTrue(has(extract("Turkey and Russia will run joint patrols along the border."), "Turkey", "cooperatesWith", "Russia", "hypothetical"));
        assertTrue(has(extract("Germany will not send Taurus missiles to Ukraine."), "Germany", "armsOrFunds", "Ukraine", "denied"));
        // Members of a group stand for it; harbouring them is support.
        assertTrue(has(extract("Ankara accused Stockholm of harbouring militants of the PKK."), "Sweden", "supports", "PKK", "claimed", "Turkey"));
        // A verb whose object needs a preposition takes no bare object, so "its own" does not block the one after "to".
        assertTrue(has(extract("Poland had threatened to ship its own Leopards to Ukraine."), "Poland", "supports", "Ukraine", "hypothetical"));
        // A contrasting clause after a report is the writer's own.
        assertTrue(has(extract("The Treasury said it had frozen the assets of 200 firms, while Britain widened its own sanctions on Russia."), "United Kingdom",
                "sanctions", "Russia", "asserted"));
    }

    @Test
    void definiteDescriptionsAcrossTheArticleAndRelativeClausesAboutTheSpeaker() {
        // "the alliance" is the one alliance the article has named, however far back.
        List<Fact> fs = extract("NATO admitted Sweden on Thursday. Turkey had delayed the bid for months. Hungary approved it last. "
                + "The Kremlin has condemned the alliance's enlargement.");
        assertTrue(has(fs, "Kremlin", "opposes", "NATO", "asserted"), fs.toString());
        // What a relative clause says about the speaker is the writer's, and "said Sweden's …" names no speaker.
        fs = extract("NATO Secretary General Jens Stoltenberg, who has led NATO since 2014, said Sweden's membership made the alliance stronger.");
        assertTrue(has(fs, "Jens Stoltenberg", "leads", "NATO", "asserted"), fs.toString());
    }

    @Test
    void pactsAndWarsBetweenSides() {
        // The members of a named pact or organization, and the parties to a named agreement, after "between".
        List<Fact> fs = extract("Beijing has condemned the AUKUS security pact between Australia, Britain and the United States.");
        for (String m : List.of("Australia", "United Kingdom", "United States")) assertTrue(has(fs, m, "memberOf", "AUKUS", "asserted"), fs.toString());
        // A presupposition, whatever the clause around it supposes.
        fs = extract("If the Minsk II agreement between Russia and Ukraine collapses, fighting could resume.");
        assertTrue(has(fs, "Russia", "partyTo", "Minsk II", "asserted") && has(fs, "Ukraine", "partyTo", "Minsk II", "asserted"), fs.toString());
        assertTrue(has(extract("The fighting between Israel and Hezbollah escalated."), "Israel", "fightsAgainst", "Hezbollah", "asserted"));
        // A political conflict is no war.
        assertTrue(extract("The targets hit are a cause for conflict between Russia and the United States.").isEmpty());
    }

    @Test
    void seizedCitiesAndAccusedViolators() {
        // An armed group that seizes a city holds it (only a state annexes); the city itself is what is held.
        assertTrue(has(extract("The RSF, led by Mohamed Hamdan Dagalo, has seized most of the capital Khartoum."), "Rapid Support Forces", "occupies",
                "Khartoum", "asserted"));
        assertTrue(has(extract("Russia seized Crimea in 2014."), "Russia", "annexes", "Crimea", "asserted"));
        // The accused violated the airspace; a time adjunct may stand between the accused and "of".
        List<Fact> fs = extract("Finland accused Russia in August 2022 of violating its airspace with two fighter jets.");
        assertTrue(has(fs, "Russia", "violatesAirspaceOf", "Finland", "claimed", "Finland"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("violates")), fs.toString());
        // "its airspace" is the one other actor named before the violator.
        assertTrue(has(extract("Japan scrambled fighter jets after a Chinese government aircraft violated its airspace over the Senkaku Islands."), "China",
                "violatesAirspaceOf", "Japan", "asserted"));
        // "violating it" has an object: no airspace from the context.
        fs = extract("Russian jets entered Turkish airspace. The United States withdrew from the treaty, accusing Russia of violating it.");
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("violatesAirspaceOf") && f.quote().contains("treaty")), fs.toString());
    }

    @Test
    void relativeObjectsSecondVerbPhrasesAndSuspendedParticipation() {
        // The relative pronoun is the object of the clause's verb.
        List<Fact> fs = extract("Morocco normalised ties with Israel under the Abraham Accords, which the United Arab Emirates and Bahrain had signed months earlier.");
        assertTrue(has(fs, "United Arab Emirates", "partyTo", "Abraham Accords", "asserted") && has(fs, "Bahrain", "partyTo", "Abraham Accords", "asserted"),
                fs.toString());
        // A light verb in a second verb phrase has the sentence's subject.
        assertTrue(has(extract("The United States withdrew from the Iran nuclear deal in 2018 and reimposed sweeping sanctions on Tehran."), "United States",
                "sanctions", "Iran", "asserted"));
        assertTrue(has(extract("Russia froze its participation in New START in February 2023."), "Russia", "withdrawsFrom", "New START", "asserted"));
        assertTrue(has(extract("Sweden became a member of NATO in March 2024."), "Sweden", "memberOf", "NATO", "asserted"));
        // Negotiators stand for their states; "indirect/VERB" is an adjective the tagger misread.
        assertTrue(has(extract("Iranian and American negotiators held indirect talks in Muscat in April 2025."), "Iran", "negotiatesWith", "United States",
                "asserted"));
        // A name in a hyphenated modifier qualifies the object.
        assertTrue(has(extract("Russia attacked the Iran-backed Houthis."), "Russia", "attacks", "Houthis", "asserted"));
    }

    @Test
    void infinitivesOfPurposeNewClausesAndPackages() {
        // The object of another verb is not the subject of an infinitive of purpose after it...
        assertTrue(extract("Why are we still committed to fight Russia not only to defend Germany, but Estonia?").stream()
                .noneMatch(f -> f.subject().equals("Russia") && f.relation().equals("supports")));
        // ... but forces sent somewhere to fight do fight: a denial of sending them denies the fighting.
        assertTrue(has(extract("The Russians continue to deny that they have sent their military to fight against the Ukrainians."), "Russia",
                "fightsAgainst", "Ukraine", "denied", "Russia"));
        // ", and Warsaw summoned …" is a new clause, not part of what Poland said.
        List<Fact> fs = extract("Poland said a Russian drone had entered its airspace, and Warsaw summoned Moscow's charge d'affaires in protest.");
        assertTrue(has(fs, "Poland", "opposes", "Russia", "asserted"), fs.toString());
        assertTrue(has(fs, "Russia", "violatesAirspaceOf", "Poland", "claimed", "Poland"), fs.toString());
        // A package of things for someone, announced; accession talks opened; positions held in a country.
        fs = extract("The United States announced a new $400 million package of artillery shells and air-defence interceptors for Ukraine on Friday.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds") && f.object().equals("Ukraine") && "weapons".equals(f.type())), fs.toString());
        assertTrue(has(extract("The EU opened accession talks with Ukraine and Moldova in June 2024."), "European Union", "negotiatesWith", "Moldova",
                "asserted"));
        assertTrue(has(extract("Israeli troops continue to occupy five hilltop positions in southern Lebanon."), "Israel", "occupies", "Lebanon", "asserted"));
    }

    @Test
    void commitmentsPreventionsAnnouncementsAndEnvoys() {
        // An event noun under an infinitive or a promise is not yet an act.
        assertTrue(has(extract("Dmitry Peskov said Moscow was ready to host talks between Armenia and Azerbaijan."), "Armenia", "negotiatesWith",
                "Azerbaijan", "hypothetical", "Dmitry Peskov"));
        List<Fact> fs = extract("Lavrov promised further deliveries of aircraft and helicopters to Mali.");
        assertTrue(fs.stream().anyMatch(f -> f.object().equals("Mali") && f.stance().equals("hypothetical")), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.stance().equals("asserted") && f.object().equals("Mali")), fs.toString());
        // Blocked from joining is not joining (see tradeBansComponentsAccessionAndActsKeptFrom).
        // A leader announcing their state's act asserts it.
        assertTrue(has(extract("Donald Trump announced in May 2018 that the United States was withdrawing from the Joint Comprehensive Plan of Action."),
                "United States", "withdrawsFrom", "Joint Comprehensive Plan of Action", "asserted"));
        // Sending an ambassador is diplomacy, not supply; a demonym before an adjective and a common noun qualifies it.
        fs = extract("China became the first country to send a new ambassador to Kabul.");
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("supports") || f.relation().equals("armsOrFunds")), fs.toString());
        fs = extract("Turkey has criticized Washington for arming the Syrian Kurdish YPG militia.");
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Syria")), fs.toString());
        assertTrue(has(extract("Eritrea sent troops to support Ethiopian federal forces."), "Eritrea", "supports", "Ethiopia", "asserted"));
        // What was said follows "that": the compound before it stays the writer's.
        assertTrue(has(extract("The Iran-backed Popular Mobilization Forces have warned that they would attack US troops."), "Iran", "supports",
                "Popular Mobilization Forces", "asserted"));
    }

    @Test
    void possessedAlliancesAndMembershipsAndItAfterAnd() {
        // A possessed alliance or membership holds between the possessor and the name it describes.
        List<Fact> fs = extract("Turkey has openly backed Azerbaijan, its close ally.");
        assertTrue(has(fs, "Azerbaijan", "allyOf", "Turkey", "asserted") || has(fs, "Turkey", "allyOf", "Azerbaijan", "asserted"), fs.toString());
        assertTrue(has(extract("Japan, the United States' closest ally in the region, has begun to speak openly."), "Japan", "allyOf", "United States",
                "asserted"));
        assertTrue(has(extract("Sweden formally became NATO's 32nd member on 7 March 2024."), "Sweden", "memberOf", "NATO", "asserted"));
        // (a superlative the tagger reads as a verb: "closest/VERB")
        assertTrue(has(extract("The United Arab Emirates, Saudi Arabia's closest ally in the war, withdrew most of its ground troops."),
                "United Arab Emirates", "allyOf", "Saudi Arabia", "asserted"));
        // "it" after "and" (and a time adjunct) is the sentence's subject; "it became a member" is no dummy.
        fs = extract("Iran signed the deal in 2015. It became a full member of the Shanghai Cooperation Organisation in July 2023, "
                + "and in January 2024 it joined BRICS.");
        assertTrue(has(fs, "Iran", "memberOf", "Shanghai Cooperation Organisation", "asserted") && has(fs, "Iran", "memberOf", "BRICS", "asserted"),
                fs.toString());
    }

    @Test
    void relativeClausesBackersAccusedAircraftAndMisreadAdverbs() {
        // A long relative clause between subject and verb, and its modality, stay inside it; "whose" too.
        assertTrue(has(extract("NATO, which promised Georgia in April that it would one day join the alliance, also criticised Moscow."), "NATO", "opposes",
                "Russia", "asserted"));
        assertTrue(has(extract("Russia, whose air force has backed the Syrian government since September 2015, condemned the bombing."), "Russia",
                "supports", "Syrian government", "asserted"));
        // "Kosovo's main Western backer" backs Kosovo.
        assertTrue(has(extract("The United States, Kosovo's main Western backer, urged both sides to avoid escalation."), "United States", "supports",
                "Kosovo", "asserted"));
        // The accused may be a state's aircraft, and an adverb may stand before the gerund.
        List<Fact> fs = extract("Athens accused Turkish fighter jets of violating Greek airspace over the Aegean, a charge Ankara rejected.");
        assertTrue(has(fs, "Turkey", "violatesAirspaceOf", "Greece", "claimed", "Greece") && has(fs, "Turkey", "violatesAirspaceOf", "Greece", "denied",
                "Turkey"), fs.toString());
        assertTrue(has(extract("Mali had accused France of repeatedly violating Malian airspace."), "France", "violatesAirspaceOf", "Mali", "claimed", "Mali"));
        // Adverbs the tagger reads as verbs; a time adjunct opening the sentence; "more than"; sales; rejoining; ministries.
        assertTrue(has(extract("India has meanwhile deepened military cooperation with the United States, Japan and Australia."), "India", "cooperatesWith",
                "Japan", "asserted"));
        assertTrue(has(extract("In March 2022, Spain ended decades of neutrality and backed Morocco's autonomy plan."), "Spain", "supports", "Morocco",
                "asserted"));
        assertTrue(has(extract("Iran launched more than 300 drones and missiles at Israel last Saturday."), "Iran", "attacks", "Israel", "asserted"));
        assertTrue(has(extract("Israel has since approved the sale of drones and an air defence system to Rabat."), "Israel", "armsOrFunds", "Morocco",
                "asserted"));
        assertTrue(has(extract("Morocco rejoined the African Union in 2017."), "Morocco", "memberOf", "African Union", "asserted"));
        assertTrue(has(extract("Iran's foreign ministry condemned the United States and Britain."), "Iran", "opposes", "United Kingdom", "asserted"));
    }

    @Test
    void agentsListsAndDescriptionsWithDemonyms() {
        // Names after "between" are no part of the subject's list after ", and".
        List<Fact> fs = extract("Dmitry Peskov said Moscow was ready to host talks between Armenia and Azerbaijan, and Vladimir Putin spoke by telephone with Pashinyan.");
        assertTrue(has(fs, "Vladimir Putin", "meetsWith", "Nikol Pashinyan", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("Azerbaijan") && f.object().equals("Nikol Pashinyan")), fs.toString());
        // A state's demonym before a noun naming no organ of the state is no agent; its aircraft, artillery and led coalitions are.
        fs = extract("Pashinyan accused Turkey of sending military advisers and Syrian mercenaries to help Baku.");
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("Syria")), fs.toString());
        assertTrue(has(extract("North Korean artillery shelled South Korea's Yeonpyeong Island in November 2010."), "North Korea", "attacks",
                "South Korea", "asserted"));
        // (a led coalition the graph knows is itself the fighter, and its leader leads it)
        fs = extract("A Saudi-led coalition has been fighting the Houthis since 2015.");
        assertTrue(has(fs, "Saudi-led coalition", "fightsAgainst", "Houthis", "asserted"), fs.toString());
        assertTrue(has(fs, "Saudi Arabia", "leads", "Saudi-led coalition", "asserted"), fs.toString());
        // "the Lebanese group" is the group in view, not Lebanon.
        fs = extract("Tehran has armed and funded Hezbollah for decades, and the Lebanese group has exchanged fire with Israel almost daily.");
        assertTrue(has(fs, "Hezbollah", "fightsAgainst", "Israel", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("Lebanon") || f.object().equals("Lebanon")), fs.toString());
        // What officials describe is their claim; an accuser named but not in the graph is a speaker not in the graph.
        assertTrue(has(extract("Explosions were heard in what U.S. officials described as a limited Israeli strike on Iran."), "Israel", "attacks", "Iran",
                "claimed", "United States"));
        assertTrue(has(extract("Reuters accused Russia of attacking Ukraine."), "Russia", "attacks", "Ukraine", "claimed", "speakers not in the graph"));
    }

    @Test
    void longNamesTimeAdjunctsBeforeInfinitivesAndIncursions() {
        // A long proper name; a lower-case description of an event keeps its words for the trigger inside it.
        assertTrue(has(extract("Belarus is a party to the Treaty on the Non-Proliferation of Nuclear Weapons."), "Belarus", "partyTo",
                "Treaty on the Non-Proliferation of Nuclear Weapons", "asserted"));
        assertTrue(has(extract("Footage of the Turkish shoot-down of the Russian SU-24 fighter-bomber shows that it was heading away from Turkey."), "Turkey",
                "attacks", "Russia", "asserted"));
        // A time adjunct between a verb and its infinitive; "for weeks".
        List<Fact> fs = extract("The United States, Japan and South Korea agreed on Friday to hold joint military exercises every year.");
        assertTrue(has(fs, "Japan", "cooperatesWith", "South Korea", "hypothetical"), fs.toString());
        assertTrue(has(extract("Qatari mediators negotiated for weeks with Hamas's political leaders in Doha."), "Qatar", "negotiatesWith", "Hamas",
                "asserted"));
        // Incursions; a verb of saying with its own object does not reach a time clause after it, a plain one does.
        assertTrue(has(extract("Hamas gunmen stormed into southern Israel on October 7."), "Hamas", "attacks", "Israel", "asserted"));
        assertTrue(has(extract("Moscow and Beijing declared a 'no limits' partnership weeks before Russian tanks rolled into Ukraine."), "Russia", "attacks",
                "Ukraine", "asserted"));
        assertTrue(has(extract("Kyiv said the strikes came after Russia attacked Kyiv."), "Russia", "attacks", "Ukraine", "claimed", "Ukraine"));
    }

    @Test
    void reviewedEdgeCasesOfThisSessionsRules() {
        // A two-word time opener between subject and verb.
        assertTrue(has(extract("Germany in late 2023 approved the delivery of tanks to Ukraine."), "Germany", "armsOrFunds", "Ukraine", "asserted"));
        // Reported speech keeps the subject of "planned to attack".
        assertTrue(has(extract("The Pentagon said Russia planned to attack Ukraine."), "Russia", "attacks", "Ukraine", "hypothetical"));
        // "that" after an addressee is a complementizer, not a relative pronoun.
        assertTrue(extract("Kyiv told the United Nations that Russia attacked overnight.").stream().noneMatch(f -> f.object().equals("United Nations")));
        // A time after a call's object; an Oxford comma after a preposition.
        assertTrue(has(extract("Macron called Putin last week."), "Emmanuel Macron", "meetsWith", "Vladimir Putin", "asserted"));
        assertTrue(has(extract("The leaders of Britain, France, and Germany condemned Russia."), "United Kingdom", "opposes", "Russia", "asserted"));
        // The noun "will" is no future; "its troops" of an accused are the accused's.
        assertTrue(has(extract("Against the will of its people, Russia annexed Crimea."), "Russia", "annexes", "Crimea", "asserted"));
        assertTrue(extract("NATO accused Russia of massing its troops near Ukraine.").stream().noneMatch(f -> f.object().equals("NATO")));
        // A relative clause is no title.
        assertTrue(extract("Erdogan, who met the prime minister, said Turkey would respond.").stream().noneMatch(f -> f.relation().equals("holdsPosition")));
    }

    @Test
    void longRelativeClausesMembershipsOfWhichAndHosts() {
        // A long relative clause does not count against the subject's window.
        assertTrue(has(extract("North Korea, which has test-fired dozens of ballistic missiles since the start of 2022, has repeatedly condemned the United States."),
                "North Korea", "opposes", "United States", "asserted"));
        // "of which X is a member"; support thrown behind someone; a conjunct with its own relative clause and verb is a new clause.
        List<Fact> fs = extract("Egypt quickly threw its support behind Somalia, and the Arab League, of which Somalia is a member, urged restraint.");
        assertTrue(has(fs, "Egypt", "supports", "Somalia", "asserted") && has(fs, "Somalia", "memberOf", "Arab League", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Arab League") && f.relation().equals("supports")), fs.toString());
        // A host meets people, not what it shelters.
        assertTrue(has(extract("Joe Biden hosted Japanese Prime Minister Fumio Kishida at Camp David."), "Joe Biden", "meetsWith", "Fumio Kishida",
                "asserted"));
        assertTrue(extract("Qatar has hosted Hamas's political bureau since 2012.").stream().noneMatch(f -> f.relation().equals("meetsWith")));
    }

    @Test
    void heAfterAnUnknownNameIsLeftUnresolved() {
        // "his" may be Maduro's, whom the graph does not know: not Trump's.
        List<Fact> fs = extract("Trump imposed new sanctions. Russia and China, Maduro's biggest creditors, have stood by his government.");
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Donald Trump")), fs.toString());
        assertTrue(has(extract("Putin met Erdogan in Sochi. He said Turkey would support Syria."), "Turkey", "supports", "Syria", "hypothetical",
                "Recep Tayyip Erdoğan"));
    }

    @Test
    void itAsSubject() {
        // After a verb of saying, "it" is the speaker.
        assertTrue(has(extract("Russia said it had struck Ukrainian command posts."), "Russia", "attacks", "Ukraine", "claimed", "Russia"));
        // At the start of a sentence, the actor that was the previous sentence's subject.
        assertTrue(has(extract("Iran tested a missile on Monday. It also sent drones to Russia."), "Iran", "armsOrFunds", "Russia", "asserted"));
        // Not two sentences back, and not through a sentence about someone else.
        assertTrue(extract("Iran tested a missile on Monday. Analysts were surprised. It also sent drones to Russia.").stream()
                .noneMatch(f -> f.relation().equals("armsOrFunds")));
        // A dummy subject stands for nobody.
        for (String dummy : List.of("It was reported that sanctioning Syria was an option.", "It is time to sanction Syria.",
                "It remains to be seen whether sanctions on Syria follow.")) {
            List<Fact> fs = extract("Turkey closed its border with Syria. " + dummy);
            assertTrue(fs.stream().noneMatch(f -> f.line() > 1 && f.subject().equals("Turkey")), fs.toString());
        }
    }

    @Test
    void counterpartsAreTheHoldersOfTheLikeOfficeOnTheDay() {
        // The article's date picks the holder: Wang Yi was China's foreign minister in March 2021, Kuleba Ukraine's in May 2023.
        assertTrue(has(extract("MOSCOW, March 3, 2021 - Sergei Lavrov met his Chinese counterpart in Guilin on Tuesday."), "Sergei Lavrov", "meetsWith",
                "Wang Yi", "asserted"));
        assertTrue(has(extract("WASHINGTON, May 5, 2023 - Blinken spoke by phone with his Ukrainian counterpart."), "Antony Blinken", "meetsWith",
                "Dmytro Kuleba", "asserted"));
        // Without a date the holder is unknown, and the state is not the one met.
        assertTrue(extract("Putin held talks with his Turkish counterpart in Sochi.").isEmpty());
    }

    @Test
    void causativesRetaliationQuantitiesAndClauseBoundaries() {
        // A causative reports what its object did.
        assertTrue(has(extract("The United States approved an arms sale to Taiwan, prompting Beijing to impose sanctions on American firms."),
                "China", "sanctions", "United States", "asserted"));
        // "fired dozens of rockets at", and a coordinated clause with its own verb (mis-tagged "responded/ADJ") is not an object.
        List<Fact> fs = extract("Hezbollah fired dozens of rockets at northern Israel, and the Israeli military responded with air strikes on southern Lebanon.");
        assertTrue(has(fs, "Hezbollah", "attacks", "Israel", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Hezbollah") && f.object().equals("Israel Defense Forces")), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Lebanon")), fs.toString());
        // A verb of saying with its own object does not attribute the clause before it.
        fs = extract("Zelensky met Macron in Paris, and the French leader announced the delivery of fighter jets to Kyiv.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("meetsWith") && f.claimant() != null), fs.toString());
    }

    @Test
    void theNearestSpeakerAndAgentsWeCannotName() {
        // "saying the regional bloc had failed to help them": the bloc's failure, not the speakers' own.
        List<Fact> fs = extract("Mali, Burkina Faso and Niger announced their withdrawal in January 2024, saying the regional bloc had failed to help them.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("supports") && f.stance().equals("denied")), fs.toString());
        // A denial after a semicolon does not reach back into the clause before it.
        fs = extract("The Rapid Support Forces have fought Sudan's army since April 2023; US officials accuse the United Arab Emirates of arming the group, "
                + "which Abu Dhabi denies.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && f.stance().equals("denied")), fs.toString());
    }

    @Test
    void aDenialAfterAnAccusationDeniesTheAccusation() {
        List<Fact> fs = extract("Saudi Arabia and Egypt severed ties with Qatar in June 2017, accusing Doha of supporting terrorism, a charge Qatar denied.");
        assertTrue(has(fs, "Saudi Arabia", "sanctions", "Qatar", "asserted") && has(fs, "Egypt", "sanctions", "Qatar", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("sanctions") && f.stance().equals("denied")), fs.toString());
        // A presupposed possessive inside reported speech is the speaker's claim.
        fs = extract("Iran's backing of the Houthis has prolonged the war in Yemen, Saudi officials said.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Iran") && f.relation().equals("supports") && f.object().equals("Houthis")
                && f.stance().equals("claimed")), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Iran") && f.stance().equals("asserted")), fs.toString());
    }

    @Test
    void participlesInNounPhrasesAspectAndCoordinatedPassives() {
        // "sweeping/VERB oil sanctions", "Mali's ruling/VERB junta": participles inside a noun phrase.
        assertTrue(has(extract("Washington imposed sweeping oil sanctions on Venezuela in 2019."), "United States", "sanctions", "Venezuela", "asserted"));
        // (expelling a state's envoy is a diplomatic sanction)
        assertTrue(has(extract("Mali's ruling junta expelled the French ambassador in 2022."), "Mali", "sanctions", "France", "asserted"));
        // "began bombing": an aspectual verb shares its subject with the gerund.
        List<Fact> fs = extract("Russian warplanes began bombing Islamic State targets in Syria in September 2015, the defence ministry in Moscow said.");
        assertTrue(has(fs, "Russia", "attacks", "Islamic State", "claimed", "Russia"), fs.toString());
        // "armed and funded by Iran": coordinated participles share the agent.
        assertTrue(has(extract("Hezbollah, which is armed and funded by Iran, sent fighters into Syria."), "Iran", "armsOrFunds", "Hezbollah", "asserted"));
        assertTrue(has(extract("Donald Trump reimposed sanctions on Tehran's oil exports."), "United States", "sanctions", "Iran", "asserted"));
    }

    @Test
    void forcesStrikeForTheirStateAndLongEventPhrases() {
        List<Fact> fs = extract("Russian forces launched a wave of missile and drone strikes on Kyiv overnight, Ukrainian officials said on Tuesday.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "claimed", "Ukraine"), fs.toString());
        fs = extract("Israel struck Iranian nuclear sites in June 2025, and Tehran retaliated with ballistic missile barrages on Israeli cities.");
        assertTrue(has(fs, "Iran", "attacks", "Israel", "asserted"), fs.toString());
        fs = extract("Hezbollah fired rockets at Israel, and the Israeli military responded with air strikes on southern Lebanon.");
        assertTrue(has(fs, "Israel", "attacks", "Lebanon", "asserted"), fs.toString());
        // "they" for a group named in the plural.
        fs = extract("The Houthis said they had targeted a U.S. destroyer in the Red Sea.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Houthis") && f.relation().equals("attacks") && f.object().equals("United States")
                && "Houthis".equals(f.claimant())), fs.toString());
    }

    @Test
    void activitiesSuspendedResumedAndRelationshipsBuilt() {
        // Suspending or breaking off talks ends the talks: a denied negotiation, not a break with the other side.
        List<Fact> fs = extract("After the drills, Moscow suspended arms control talks with Washington.");
        assertTrue(has(fs, "Russia", "negotiatesWith", "United States", "denied"), fs.toString());
        assertFalse(has(fs, "Russia", "opposes", "United States", "asserted"), fs.toString());
        assertTrue(has(extract("Kyiv broke off talks with Moscow in April 2022."), "Ukraine", "negotiatesWith", "Russia", "denied"));
        // Cutting ties is a diplomatic measure: a sanction (and the ties cut are no cooperation).
        fs = extract("Bahrain cut diplomatic ties with Iran in 2016. London and Buenos Aires broke off diplomatic relations.");
        assertTrue(has(fs, "Bahrain", "sanctions", "Iran", "asserted"), fs.toString());
        assertTrue(has(fs, "United Kingdom", "sanctions", "Argentina", "asserted") && has(fs, "Argentina", "sanctions", "United Kingdom", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") || f.relation().equals("opposes")), fs.toString());
        // Resumed talks are talks ("resumed/VERB talks/VERB": the tagger's errors).
        assertTrue(has(extract("Egypt resumed talks with Turkey last year."), "Egypt", "negotiatesWith", "Turkey", "asserted"));
        // Halting aid is not giving it.
        assertTrue(has(extract("Germany halted military aid to Ukraine in 2024."), "Germany", "supports", "Ukraine", "denied"));
        // Ties had, cultivated or forged are cooperation ("has ties/VERB").
        assertTrue(has(extract("Pakistan has ties with the Taliban."), "Pakistan", "cooperatesWith", "Taliban", "asserted"));
        assertTrue(has(extract("India has cultivated closer ties with Israel since 2014."), "India", "cooperatesWith", "Israel", "asserted"));
    }

    @Test
    void purchasesThreatsLinkedGroupsAndGovernmentsInCapitals() {
        // Buying weapons from a state is being armed by it, said from the buyer's side; buying goods is trade.
        assertTrue(has(extract("Vietnam buys most of its weapons from Russia."), "Russia", "armsOrFunds", "Vietnam", "asserted"));
        assertTrue(has(extract("Moscow has purchased thousands of Iranian drones."), "Iran", "armsOrFunds", "Russia", "asserted"));
        assertTrue(extract("India buys discounted oil from Russia.").stream().noneMatch(f -> f.subject().equals("Russia")));
        // A threat with a measure is that measure, not yet taken.
        List<Fact> fs = extract("Washington threatened Ankara with new sanctions over the purchase.");
        assertTrue(has(fs, "United States", "sanctions", "Turkey", "hypothetical"), fs.toString());
        assertFalse(has(fs, "United States", "sanctions", "Turkey", "asserted"), fs.toString());
        // "the al-Qaeda-linked group" is the group in view, linked to al-Qaeda (spelled in lower case); the government
        // in a capital is its state's.
        fs = extract("Al-Shabaab claimed the bombing. The al-Qaeda-linked group has fought the government in Mogadishu since 2006.");
        assertTrue(has(fs, "al-Shabaab", "fightsAgainst", "Somalia", "asserted"), fs.toString());
        assertTrue(has(fs, "al-Qaeda", "cooperatesWith", "al-Shabaab", "asserted"), fs.toString());
        // (the modifier is not the group later descriptions stand for)
        fs = extract("Al-Shabaab claimed the bombing. The al-Qaeda-linked group controls much of the south. Kenya has troops in Somalia fighting the militants.");
        assertTrue(has(fs, "Kenya", "fightsAgainst", "al-Shabaab", "asserted"), fs.toString());
        assertTrue(has(extract("The European Union imposed sanctions on the military regime in Naypyidaw."), "European Union", "sanctions", "Myanmar",
                "asserted"));
    }

    @Test
    void agreementsInViewAndSpeakersWithAppositions() {
        // "it" after a verb that takes an agreement, and "the treaty", stand for the agreement in view.
        List<Fact> fs = extract("The New START treaty was extended in 2021. Russia suspended its participation in the treaty two years later.");
        assertTrue(has(fs, "Russia", "withdrawsFrom", "New START", "asserted"), fs.toString());
        fs = extract("Washington signed the Intermediate-Range Nuclear Forces Treaty in 1987 and pulled out of it in 2019.");
        assertTrue(has(fs, "United States", "withdrawsFrom", "Intermediate-Range Nuclear Forces Treaty", "asserted"), fs.toString());
        // The speaker is the name before an apposition, and a contrasting clause after a fact does not attribute it.
        fs = extract("Hungary is a member of NATO, but Viktor Orban, a close partner of Vladimir Putin, insists Budapest does not arm Ukraine.");
        assertTrue(has(fs, "Hungary", "memberOf", "NATO", "asserted"), fs.toString());
        assertTrue(has(fs, "Hungary", "armsOrFunds", "Ukraine", "denied", "Viktor Orbán")
                || has(fs, "Hungary", "supports", "Ukraine", "denied", "Viktor Orbán"), fs.toString());
    }

    @Test
    void participleOpenersRelativeCopulasWorthAndCompanions() {
        // A participle clause opening the sentence does not hide its subject from a later "it".
        List<Fact> fs = extract("Hoping to escape isolation, Belarus turned to Moscow. It joined the Shanghai Cooperation Organisation in July 2024.");
        assertTrue(has(fs, "Belarus", "memberOf", "Shanghai Cooperation Organisation", "asserted"), fs.toString());
        // "X and Y, which both remain parties to the accord": the names before the relative pronoun.
        fs = extract("France and Germany, which both remain parties to the Joint Comprehensive Plan of Action, criticised the decision.");
        assertTrue(has(fs, "France", "partyTo", "Joint Comprehensive Plan of Action", "asserted")
                && has(fs, "Germany", "partyTo", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
        // "billions of dollars' worth of arms to": a quantity before what is supplied.
        assertTrue(has(extract("Washington has sold billions of dollars' worth of arms to Taipei."), "United States", "armsOrFunds", "Taiwan", "asserted"));
        // "together with", "along with": those named share the act.
        fs = extract("In 2024 Egypt joined BRICS together with Ethiopia and Iran.");
        assertTrue(has(fs, "Ethiopia", "memberOf", "BRICS", "asserted") && has(fs, "Iran", "memberOf", "BRICS", "asserted"), fs.toString());
        assertFalse(has(fs, "Egypt", "memberOf", "Ethiopia", "asserted"), fs.toString());
    }

    @Test
    void forcesSentDefencePactsRebelsAndLongRelativeClauses() {
        // Forces sent to do something do it for their sender, in an accusation too.
        assertTrue(has(extract("Iran dispatched military advisers to support Assad in 2013."), "Iran", "supports", "Bashar al-Assad", "asserted"));
        assertTrue(has(extract("Kyiv accused Minsk of sending troops to help Moscow."), "Belarus", "supports", "Russia", "claimed", "Ukraine"));
        // A defence pact binds its parties as allies.
        List<Fact> fs = extract("Russia and North Korea signed a mutual defence treaty in June 2024.");
        assertTrue(has(fs, "Russia", "allyOf", "North Korea", "asserted") || has(fs, "North Korea", "allyOf", "Russia", "asserted"), fs.toString());
        assertTrue(has(extract("Japan signed a defence pact with the Philippines."), "Japan", "allyOf", "Philippines", "asserted"));
        // "the rebels" is the one armed group in view; the speaker is the name before a long relative clause.
        fs = extract("The Houthis seized Sanaa in 2014. Saudi Arabia, which has led a military coalition that has fought the group for a decade, "
                + "accused Iran of arming the rebels.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "Saudi Arabia"), fs.toString());
    }

    @Test
    void garbledLemmasAndReportsWithTheirDenial() {
        // The lemmatizer gives "blam" for "blamed": the lexicon's stem is used, so the blame is a claim by the one who blames.
        assertTrue(has(extract("Seoul blamed Pyongyang for attacking a South Korean warship."), "North Korea", "attacks", "South Korea", "claimed",
                "South Korea"));
        // A report and its denial are both kept.
        List<Fact> fs = extract("Minsk has reportedly supplied ammunition to Moscow, a charge it denies.");
        assertTrue(has(fs, "Belarus", "armsOrFunds", "Russia", "claimed", "unnamed sources"), fs.toString());
        assertTrue(has(fs, "Belarus", "armsOrFunds", "Russia", "denied", "Belarus"), fs.toString());
    }

    @Test
    void claimedAttacksRetaliationCoalitionsAndPassiveSecondPhrases() {
        // Claiming an attack is owning it.
        assertTrue(has(extract("Hezbollah claimed responsibility for a rocket attack on Israel."), "Hezbollah", "attacks", "Israel", "claimed", "Hezbollah"));
        // Retaliating against someone, pounding someone's positions.
        assertTrue(has(extract("Iran vowed that it would retaliate against Israel."), "Iran", "attacks", "Israel", "hypothetical"));
        assertTrue(has(extract("Turkish artillery pounded Kurdish positions in northern Syria."), "Turkey", "attacks", "Syrian Kurdish forces", "asserted")
                || has(extract("Israeli jets pounded Hezbollah positions in southern Lebanon."), "Israel", "attacks", "Hezbollah", "asserted"));
        // Leading a military coalition against someone is fighting them.
        assertTrue(has(extract("The United States, which led a military coalition against the Islamic State, welcomed the vote."), "United States",
                "fightsAgainst", "Islamic State", "asserted"));
        // A passive second verb phrase with a short phrase before its agent; a second verb phrase after "have since".
        List<Fact> fs = extract("Armenia left the talks in 2023 and is backed in that decision by France.");
        assertTrue(has(fs, "France", "supports", "Armenia", "asserted"), fs.toString());
        fs = extract("Serbia and Kosovo signed a declaration in Brussels and have since held talks on trade.");
        assertTrue(has(fs, "Serbia", "negotiatesWith", "Kosovo", "asserted") || has(fs, "Kosovo", "negotiatesWith", "Serbia", "asserted"), fs.toString());
    }

    @Test
    void alternativesParentheticalsGerundObjectsAndPossessedThings() {
        // The alternative not taken is denied.
        assertTrue(has(extract("Egypt chose to mediate instead of backing Hamas."), "Egypt", "supports", "Hamas", "denied"));
        // ", X said, as …": the attribution governs what came before it, not the writer's clause after it.
        List<Fact> fs = extract("Russian forces shelled Kharkiv on Monday, Ukrainian President Volodymyr Zelenskyy said, as Russia's offensive against "
                + "Ukraine entered its third month.");
        assertTrue(has(fs, "Russia", "fightsAgainst", "Ukraine", "asserted") || has(fs, "Ukraine", "fightsAgainst", "Russia", "asserted"), fs.toString());
        // A gerund that is a verb's object has no subject from the sentence, unless the verb is one of saying ("acknowledged sending").
        assertTrue(extract("The bloc has made normalising relations with Kosovo a condition.").isEmpty());
        assertTrue(has(extract("Tehran has acknowledged sending drones to Moscow before the invasion."), "Iran", "armsOrFunds", "Russia", "claimed", "Iran"));
        // A possessor is no partner unless what it has acts for it.
        fs = extract("Officials said Belgrade should align with the bloc's sanctions on Moscow.");
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("allyOf")), fs.toString());
        assertTrue(has(extract("Egyptian mediators negotiated with Hamas's political leaders in Cairo."), "Egypt", "negotiatesWith", "Hamas", "asserted"));
    }

    @Test
    void coordinatedPhrasesWithTheSamePreposition() {
        List<Fact> fs = extract("Egyptian officials negotiated with Hamas's leaders in Cairo and with Israel.");
        assertTrue(has(fs, "Egypt", "negotiatesWith", "Hamas", "asserted") && has(fs, "Egypt", "negotiatesWith", "Israel", "asserted"), fs.toString());
        fs = extract("The EU imposed sanctions on Russia and on Belarus.");
        assertTrue(has(fs, "European Union", "sanctions", "Belarus", "asserted"), fs.toString());
    }

    @Test
    void includedNamesCriticismDealsAndLongerTriggers() {
        // The names a common noun includes are the objects.
        List<Fact> fs = extract("Russia annexed four Ukrainian regions in 2022, including Donetsk and Luhansk.");
        assertTrue(has(fs, "Russia", "annexes", "Donetsk Oblast", "asserted") && has(fs, "Russia", "annexes", "Luhansk Oblast", "asserted"), fs.toString());
        // Criticism presupposes the act criticised; an accusation only claims it.
        assertTrue(has(extract("Ankara criticized Washington for arming the YPG."), "United States", "armsOrFunds", "Syrian Kurdish forces", "asserted"));
        assertTrue(has(extract("Ankara accused Washington of arming the YPG."), "United States", "armsOrFunds", "Syrian Kurdish forces", "claimed",
                "Turkey"));
        // A deal signed with someone is cooperation, also as the act someone is criticised for.
        assertTrue(has(extract("Kinshasa criticised the European Union for signing a deal with Rwanda."), "European Union", "cooperatesWith", "Rwanda",
                "asserted"));
        // The speaker of a second verb phrase is the sentence's subject.
        fs = extract("Russia invaded Ukraine in 2022 and in September declared that it had annexed Donetsk Oblast.");
        assertTrue(fs.stream().noneMatch(f -> "Ukraine".equals(f.claimant())), fs.toString());
        // A longer trigger of another relation wins: a mutual defence pact is an alliance, not just a deal.
        fs = extract("Mali, Burkina Faso and Niger signed a mutual defence pact in 2023.");
        assertTrue(has(fs, "Mali", "allyOf", "Niger", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("cooperatesWith")), fs.toString());
    }

    @Test
    void criticismDrawnAdmissionsAgreedDealsAndForcesSentSomewhere() {
        // Criticism drawn from someone: the critic opposes the one criticised; nothing else drawn from someone counts.
        assertTrue(has(extract("Slovakia's prime minister Robert Fico visited Moscow in December 2024, drawing sharp criticism from Kyiv."),
                "Ukraine", "opposes", "Robert Fico", "asserted")
                || has(extract("Serbia bought Chinese air-defence missiles in 2022, drawing a furious protest from Washington."), "United States", "opposes",
                        "Serbia", "asserted"));
        assertTrue(extract("Russia drew lessons from Turkey.").isEmpty());
        // An organization admitting a member.
        assertTrue(has(extract("The African Union readmitted Morocco in 2017."), "Morocco", "memberOf", "African Union", "asserted"));
        // "agreed the deal", with a name coordinated with a common noun phrase as subject.
        assertTrue(has(extract("Iran and six world powers agreed the Joint Comprehensive Plan of Action in 2015."), "Iran", "partyTo",
                "Joint Comprehensive Plan of Action", "asserted"));
        // Forces sent somewhere to do something do it, for their sender.
        assertTrue(has(extract("Iran sent thousands of fighters into Syria to defend the Assad regime."), "Iran", "supports", "Syrian government",
                "asserted"));
    }

    @Test
    void decisionsRefusalsSolidarityWarsAndTruces() {
        // The possessor of a decision or a refusal is the agent of the infinitive after it.
        assertTrue(has(extract("Russia's decision to invade Ukraine shocked Europe."), "Russia", "attacks", "Ukraine", "asserted"));
        assertTrue(has(extract("Turkey's refusal to sanction Russia angered Kyiv."), "Turkey", "sanctions", "Russia", "denied"));
        assertTrue(has(extract("Sweden's bid to join NATO stalled in 2023."), "Sweden", "memberOf", "NATO", "hypothetical"));
        // Acting in solidarity with someone; being at war with someone.
        assertTrue(has(extract("Poland has acted in solidarity with Ukraine."), "Poland", "supports", "Ukraine", "asserted"));
        assertTrue(has(extract("Russia has been at war with Ukraine since 2022."), "Russia", "fightsAgainst", "Ukraine", "asserted"));
        // A truce is between its parties: they fought.
        List<Fact> fs = extract("Israel and Hamas agreed to a ceasefire in January 2025.");
        assertTrue(has(fs, "Israel", "fightsAgainst", "Hamas", "asserted") || has(fs, "Hamas", "fightsAgainst", "Israel", "asserted"), fs.toString());
    }

    @Test
    void recalledEnvoysPenaltiesAndVotes() {
        assertTrue(has(extract("Somalia recalled its ambassador to Ethiopia on Tuesday."), "Somalia", "opposes", "Ethiopia", "asserted"));
        assertTrue(has(extract("Washington reimposed penalties on Iranian oil exports."), "United States", "sanctions", "Iran", "asserted"));
        assertTrue(has(extract("The United States imposed tariffs on China in 2018."), "United States", "sanctions", "China", "asserted"));
    }

    @Test
    void mutualAccusations() {
        // Each accuser claims the other did it.
        List<Fact> fs = extract("Washington and Moscow accused each other of violating the Intermediate-Range Nuclear Forces Treaty.");
        assertTrue(has(fs, "Russia", "violates", "Intermediate-Range Nuclear Forces Treaty", "claimed", "United States"), fs.toString());
        assertTrue(has(fs, "United States", "violates", "Intermediate-Range Nuclear Forces Treaty", "claimed", "Russia"), fs.toString());
        fs = extract("Armenia and Azerbaijan accused each other of attacking first.");
        assertTrue(has(fs, "Azerbaijan", "attacks", "Armenia", "claimed", "Armenia") && has(fs, "Armenia", "attacks", "Azerbaijan", "claimed", "Azerbaijan"),
                fs.toString());
        // (what they did to something unnamed names no target)
        assertTrue(extract("Russia and Ukraine accused each other of shelling the plant.").isEmpty());
    }

    @Test
    void pairsNamedAsAGroup() {
        // "they" and "the two countries" stand for the pair named last, and a symmetric relation holds within it.
        List<Fact> fs = extract("Saudi Arabia and Iran met in Beijing. The two countries restored diplomatic ties in 2023.");
        assertTrue(has(fs, "Iran", "cooperatesWith", "Saudi Arabia", "asserted") || has(fs, "Saudi Arabia", "cooperatesWith", "Iran", "asserted"),
                fs.toString());
        fs = extract("Pakistan and India fought a brief air war in 2019. Both sides later agreed to a ceasefire.");
        assertTrue(fs.stream().filter(f -> f.relation().equals("fightsAgainst") && f.quote().startsWith("Both")).count() >= 1, fs.toString());
    }

    @Test
    void suppliersBrokeredTalksAidPledgesAndParticiplesOfCommonNouns() {
        assertTrue(has(extract("Washington remains Kyiv's biggest supplier of weapons."), "United States", "armsOrFunds", "Ukraine", "asserted"));
        List<Fact> fs = extract("Qatar brokered talks between the United States and the Taliban.");
        assertTrue(has(fs, "United States", "negotiatesWith", "Taliban", "asserted") || has(fs, "Taliban", "negotiatesWith", "United States", "asserted"),
                fs.toString());
        assertTrue(has(extract("Germany pledged 1 billion euros in aid to Ukraine."), "Germany", "armsOrFunds", "Ukraine", "asserted"));
        // A participle after a common noun is the noun's: the resolution condemns, not the UN.
        assertTrue(extract("Russia vetoed the UN resolution condemning Syria.").stream().noneMatch(f -> f.subject().equals("United Nations")));
    }

    @Test
    void ordinalMembershipsAndComingToSomeonesAid() {
        // "31st/PROPN": an ordinal the tagger takes for a name.
        assertTrue(has(extract("Finland formally became NATO's 31st member on Tuesday."), "Finland", "memberOf", "NATO", "asserted"));
        assertTrue(has(extract("France came to the aid of Mali in 2013."), "France", "supports", "Mali", "asserted"));
    }

    @Test
    void relationsGoodBadAndNeutral() {
        // Relations called bad are opposition, called good or being built are cooperation, and a leader's are their state's.
        assertTrue(has(extract("Erdogan has dismal relations with Egypt."), "Turkey", "opposes", "Egypt", "asserted"));
        assertTrue(has(extract("Turkey has close relations with Azerbaijan."), "Turkey", "cooperatesWith", "Azerbaijan", "asserted"));
        assertTrue(has(extract("Morocco normalised relations with Israel in 2020."), "Morocco", "cooperatesWith", "Israel", "asserted"));
        // Relations of no stated kind say nothing.
        assertTrue(extract("The summit will shape US-Russia relations for years.").isEmpty());
    }

    @Test
    void killingAGroupsCommander() {
        assertTrue(has(extract("The Israeli military said it had killed a senior Hezbollah commander in Beirut."), "Israel", "attacks", "Hezbollah",
                "claimed", "Israel Defense Forces") || has(extract("Israel killed a senior Hezbollah commander in Beirut."), "Israel", "attacks",
                "Hezbollah", "asserted"));
    }

    @Test
    void reportedFutureAndDestroying() {
        // In reported speech "would" is the future moved back: a refusal in it is a denial.
        assertTrue(has(extract("The White House said Washington would not send troops to Ukraine."), "United States", "supports", "Ukraine", "denied",
                "White House"));
        assertTrue(has(extract("Iran said it would retaliate against Israel."), "Iran", "attacks", "Israel", "hypothetical"));
        // Vowing to destroy someone is a threatened attack.
        assertTrue(has(extract("Israel vowed to destroy Hamas."), "Israel", "attacks", "Hamas", "hypothetical"));
    }

    @Test
    void notYetAndStopping() {
        assertTrue(has(extract("Germany has yet to deliver Taurus missiles to Ukraine."), "Germany", "armsOrFunds", "Ukraine", "denied"));
        assertTrue(has(extract("Washington must stop arming Saudi Arabia."), "United States", "armsOrFunds", "Saudi Arabia", "normative"));
    }

    @Test
    void opposedMembershipsAdverbialPrepositionsAndTurningToSomeone() {
        // A membership opposed or blocked is not presupposed.
        List<Fact> fs = extract("Turkey long opposed Sweden's membership of NATO.");
        assertTrue(has(fs, "Sweden", "memberOf", "NATO", "hypothetical") && !has(fs, "Sweden", "memberOf", "NATO", "asserted"), fs.toString());
        // "over/ADV Kashmir": a preposition the tagger reads as an adverb opens a phrase, not an object.
        assertTrue(has(extract("India and Pakistan have clashed repeatedly over Kashmir."), "India", "fightsAgainst", "Pakistan", "asserted"));
        // Turning to someone for help: the one turned to supports.
        assertTrue(has(extract("Mali turned to the Wagner Group for help against jihadist insurgents."), "Wagner Group", "supports", "Mali", "asserted"));
    }

    @Test
    void agreementsSignedByTheirParties() {
        // A participle in apposition to the agreement, a time adjunct before the agents.
        List<Fact> fs = extract("The Black Sea Grain Initiative collapsed. Under the deal, first signed in July 2022 by Russia, Ukraine and Turkey, "
                + "inspectors checked ships.");
        assertTrue(has(fs, "Russia", "partyTo", "Black Sea Grain Initiative", "asserted") && has(fs, "Turkey", "partyTo", "Black Sea Grain Initiative",
                "asserted"), fs.toString());
        // "It was signed by envoys of …": the agreement in view, signed for those the envoys represent.
        fs = extract("Minsk II was agreed on Thursday. It was signed by envoys of Ukraine and Russia.");
        assertTrue(has(fs, "Ukraine", "partyTo", "Minsk II", "asserted") && has(fs, "Russia", "partyTo", "Minsk II", "asserted"), fs.toString());
    }

    @Test
    void receivedSupportAdjunctsOfPurposeAndMembersNamedAfterWhose() {
        // Support received: the one after "of" or "from" gives it.
        List<Fact> fs = extract("Armenia has long enjoyed the firm backing of Russia. Kyiv received fresh military aid from Washington.");
        assertTrue(has(fs, "Russia", "supports", "Armenia", "asserted"), fs.toString());
        assertFalse(has(fs, "Armenia", "supports", "Russia", "asserted"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("United States") && f.object().equals("Ukraine")), fs.toString());
        // Talks one travels for are the traveller's; a visit one is due to make is yet to happen.
        fs = extract("Antony Blinken flew to Beijing on Sunday for talks with Wang Yi. Sergei Lavrov is due in Ankara next month for talks with Recep Tayyip Erdoğan.");
        assertTrue(has(fs, "Antony Blinken", "negotiatesWith", "Wang Yi", "asserted"), fs.toString());
        assertTrue(has(fs, "Sergei Lavrov", "negotiatesWith", "Recep Tayyip Erdoğan", "hypothetical"), fs.toString());
        // A breach in which one acts is the actor's; a symmetric act done to a thing by two agents holds between them.
        fs = extract("Armenia accused Azerbaijan of blocking the corridor, in violation of the Minsk Protocol. "
                + "The accord was negotiated by Emmanuel Macron and Vladimir Putin.");
        assertTrue(has(fs, "Azerbaijan", "violates", "Minsk Protocol", "claimed", "Armenia"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && f.stance().equals("asserted")
                && Set.of(f.subject(), f.object()).equals(Set.of("Emmanuel Macron", "Vladimir Putin"))), fs.toString());
        // Members named after "whose"; an agreement joined is one a party is to; forces sweeping into a city hold it.
        fs = extract("NATO, whose founding members included France, Italy and Norway, met in Brussels. Sudan could join the Abraham Accords. "
                + "Hamas fighters swept into Crimea, and weeks later Russian tanks rolled into Georgia.");
        assertTrue(has(fs, "France", "memberOf", "NATO", "asserted") && has(fs, "Norway", "memberOf", "NATO", "asserted"), fs.toString());
        assertTrue(has(fs, "Sudan", "partyTo", "Abraham Accords", "hypothetical"), fs.toString());
        assertTrue(has(fs, "Russia", "attacks", "Georgia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("occupies") && f.object().equals("Georgia")), fs.toString());
        // Private voices do not speak for their country; a trailing unnamed source makes a claim.
        fs = extract("Ukrainian drones struck Russia overnight, according to Russian military bloggers. Iran armed the Houthis, according to sources.");
        assertTrue(has(fs, "Ukraine", "attacks", "Russia", "claimed", "unnamed sources"), fs.toString());
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "unnamed sources"), fs.toString());
        // Talks by phone, and discussing something with someone.
        fs = extract("Olaf Scholz discussed the crisis by phone with Emmanuel Macron and Rishi Sunak.");
        assertTrue(has(fs, "Olaf Scholz", "meetsWith", "Emmanuel Macron", "asserted") && has(fs, "Olaf Scholz", "meetsWith", "Rishi Sunak", "asserted"),
                fs.toString());
    }

    @Test
    void targetsPlacedOrOwnedSeizedBasesAndRelativeDenials() {
        // What is struck inside a state, on its soil, or belonging to someone.
        List<Fact> fs = extract("Israeli jets struck weapons depots inside Syria. Azerbaijani troops shelled villages inside Armenia's borders. "
                + "American warships struck radar sites belonging to Yemen's Houthi movement.");
        assertTrue(has(fs, "Israel", "attacks", "Syria", "asserted"), fs.toString());
        assertTrue(has(fs, "Azerbaijan", "attacks", "Armenia", "asserted"), fs.toString());
        assertTrue(has(fs, "United States", "attacks", "Houthis", "asserted") && !has(fs, "United States", "attacks", "Yemen", "asserted"), fs.toString());
        // Seizing a state's base attacks it; it annexes nothing.
        fs = extract("Russian troops seized a Georgian military base near Poti.");
        assertTrue(has(fs, "Russia", "attacks", "Georgia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("annexes")), fs.toString());
        // A coordinated plural the tagger reads as a verb ("drones/VERB"); "accuse/VERB" lemmatized wrongly; ", which X denies".
        fs = extract("Tehran supplied rockets and drones to Hezbollah. Western officials accuse Iran of arming the Houthis, which Tehran denies. "
                + "China has shielded North Korea at the Security Council.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Hezbollah", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "unnamed sources") && has(fs, "Iran", "armsOrFunds", "Houthis", "denied", "Iran"),
                fs.toString());
        assertTrue(has(fs, "China", "supports", "North Korea", "asserted"), fs.toString());
    }

    @Test
    void titledAliasesObjectRelativesInsurgenciesAndVictories() {
        // "President Xi" is an alias, but "President Xi Jinping" is one mention of him.
        List<Fact> fs = extract("President Xi Jinping hosted Iranian President Ebrahim Raisi in Beijing.");
        assertTrue(has(fs, "Xi Jinping", "meetsWith", "Ebrahim Raisi", "asserted"), fs.toString());
        // A relative pronoun standing for the object.
        fs = extract("Moscow armed the Donbas separatists, whom Ukraine has fought since 2014. NATO, which Finland joined in 2023, met in Vilnius.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && Set.of(f.subject(), f.object()).equals(Set.of("Ukraine", "Donbas separatists"))),
                fs.toString());
        assertTrue(has(fs, "Finland", "memberOf", "NATO", "asserted"), fs.toString());
        // An insurgency against someone, a victory over someone.
        fs = extract("The Taliban waged an insurgency against the United States for twenty years. Iraq declared victory over Islamic State in 2017.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && Set.of(f.subject(), f.object()).equals(Set.of("Taliban", "United States"))),
                fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && Set.of(f.subject(), f.object()).equals(Set.of("Iraq", "Islamic State"))),
                fs.toString());
    }

    @Test
    void describedAgreementsReturnsAndPassiveMeasures() {
        // "the 2015 nuclear deal": a year and adjectives narrow the agreement in view.
        List<Fact> fs = extract("The Iran nuclear deal was concluded in Vienna. Washington pulled out of the 2015 nuclear deal three years later.");
        assertTrue(has(fs, "United States", "withdrawsFrom", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
        // Returning to an agreement is being party to it again.
        fs = extract("The New START treaty lapsed. Russia could return to the treaty if Washington changed course.");
        assertTrue(has(fs, "Russia", "partyTo", "New START", "hypothetical"), fs.toString());
        // The event noun as the subject of a passive light verb.
        fs = extract("Sanctions were imposed on Belarus by the European Union and Canada.");
        assertTrue(has(fs, "European Union", "sanctions", "Belarus", "asserted") && has(fs, "Canada", "sanctions", "Belarus", "asserted"), fs.toString());
    }

    @Test
    void envoysInACapitalActsOfStatesAndAttacksInView() {
        // The place where a subject's envoys or troops are is not the subject.
        List<Fact> fs = extract("China's ambassador in Washington denounced the American decision as reckless.");
        assertTrue(has(fs, "China", "opposes", "United States", "asserted"), fs.toString());
        // A demonym on an act of the state stands for the state.
        fs = extract("Poland and Lithuania voiced support for the Ukrainian counteroffensive.");
        assertTrue(has(fs, "Poland", "supports", "Ukraine", "asserted") && has(fs, "Lithuania", "supports", "Ukraine", "asserted"), fs.toString());
        // Condemning the attack in view is opposing its attacker; an attack on something named is another attack.
        fs = extract("Russian missiles struck Kyiv overnight. Poland condemned the attack as barbaric. Moscow condemned the attack on its consulate.");
        assertTrue(has(fs, "Poland", "opposes", "Russia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.subject().equals("Russia")), fs.toString());
    }

    @Test
    void titlesBeforeANameTheirOfAStatesOfficialsAndRejectedComplaints() {
        // A title in apposition before the name; the name is the clause's subject.
        List<Fact> fs = extract("Germany's chancellor, Olaf Scholz, condemned Russia on Friday.");
        assertTrue(has(fs, "Olaf Scholz", "holdsPosition", "Chancellor of Germany", "asserted"), fs.toString());
        assertTrue(has(fs, "Olaf Scholz", "opposes", "Russia", "asserted"), fs.toString());
        // "their" of a state's officials is the state.
        fs = extract("Russian officials denied that their warplanes had entered Finnish airspace.");
        assertTrue(has(fs, "Russia", "violatesAirspaceOf", "Finland", "denied", "Russia"), fs.toString());
        // A denial that rejects someone's complaint: the complaint is that one's claim.
        fs = extract("Belarusian helicopters did not violate Polish airspace, Minsk said, rejecting Warsaw's complaint.");
        assertTrue(has(fs, "Belarus", "violatesAirspaceOf", "Poland", "denied", "Belarus"), fs.toString());
        assertTrue(has(fs, "Belarus", "violatesAirspaceOf", "Poland", "claimed", "Poland"), fs.toString());
    }

    @Test
    void relativeClausesInReportedSpeechAndPeopleInAPlace() {
        // A relative clause with its own subject is the writer's description, inside an accusation too.
        List<Fact> fs = extract("Kyiv accused Moscow of arming the Donbas separatists that Ukraine has fought since 2014.");
        assertTrue(has(fs, "Russia", "armsOrFunds", "Donbas separatists", "claimed", "Ukraine"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && f.stance().equals("asserted")
                && Set.of(f.subject(), f.object()).equals(Set.of("Ukraine", "Donbas separatists"))), fs.toString());
        // ("said last month that …" is no relative clause)
        fs = extract("The State Department said last month that Russia was violating the New START treaty.");
        assertTrue(has(fs, "Russia", "violates", "New START", "claimed", "US State Department"), fs.toString());
        // People in a capital speak for themselves.
        fs = extract("Iran armed the Houthis, officials in Riyadh said.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "unnamed sources"), fs.toString());
    }

    @Test
    void mediatorsWarningsAgainstAndAPeoplesArmedGroups() {
        // Mediation: the sides negotiate, and the mediator with each; mediators do not negotiate with each other.
        List<Fact> fs = extract("Qatar and Egypt have mediated talks between Israel and Hamas since October. "
                + "Russia and Ukraine met in Istanbul, with Turkey and the United Nations acting as mediators.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Israel", "Hamas"))),
                fs.toString());
        assertTrue(has(fs, "Qatar", "negotiatesWith", "Hamas", "asserted") && has(fs, "Egypt", "negotiatesWith", "Israel", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Turkey", "United Nations"))),
                fs.toString());
        // What one is warned against doing is not done.
        fs = extract("Beijing warned Washington against sending warships to the Taiwan Strait and against selling arms to Taiwan.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds") && f.stance().matches("asserted|claimed")), fs.toString());
        // A people's armed groups are not its state.
        fs = extract("Azerbaijan launched an offensive against Armenian separatists in September 2023.");
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Armenia")), fs.toString());
    }

    @Test
    void forcesStationedAgenciesActingForTheirStateAndTreatiesSigned() {
        // Forces or a base kept in a state; not any promise kept there.
        List<Fact> fs = extract("Russia keeps a military base in Tajikistan. Moscow kept its promise in Syria.");
        assertTrue(has(fs, "Russia", "supports", "Tajikistan", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Syria")), fs.toString());
        // A state's agency supplies and supports for it; the government supported keeps its name.
        fs = extract("The Pentagon sent 3,000 troops to Poland. Iran backed the Syrian government.");
        assertTrue(has(fs, "United States", "supports", "Poland", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "supports", "Syrian government", "asserted"), fs.toString());
        // A treaty signed by two parties; "treaty allies" signs nothing.
        fs = extract("Moscow and Minsk signed a treaty on security guarantees. Japan and South Korea are both treaty allies of the United States.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Russia", "Belarus"))),
                fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Japan", "South Korea"))),
                fs.toString());
    }

    @Test
    void saidOrBelievedToHaveDoneIt() {
        List<Fact> fs = extract("Pyongyang is believed to have shipped artillery shells to Russia. Tehran was said to have armed the Houthis.");
        assertTrue(has(fs, "North Korea", "armsOrFunds", "Russia", "claimed", "unnamed sources"), fs.toString());
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "unnamed sources"), fs.toString());
    }

    @Test
    void coordinatedVerbsMoneyPouredInPartnersAndProtests() {
        // Coordinated verbs share the object.
        List<Fact> fs = extract("For years, Britain has armed and trained the Ukrainian military.");
        assertTrue(has(fs, "United Kingdom", "armsOrFunds", "Armed Forces of Ukraine", "asserted"), fs.toString());
        // Money poured into a state funds it; troops poured in do not support it.
        fs = extract("Qatar has poured billions of dollars into Egypt. Russia poured troops into Georgia.");
        assertTrue(has(fs, "Qatar", "armsOrFunds", "Egypt", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Georgia") && f.relation().matches("supports|armsOrFunds")), fs.toString());
        // A partner, and a formal protest lodged with someone.
        fs = extract("India is Russia's largest arms customer and China is Russia's main trading partner. Seoul lodged a formal protest with Tokyo.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("China", "Russia"))),
                fs.toString());
        assertTrue(has(fs, "South Korea", "opposes", "Japan", "asserted"), fs.toString());
    }

    @Test
    void whoIsPunishedForWhatAndWhatAnEndingIsDoneWith() {
        // The one punished for supplying did the supplying, not the one punishing (and private firms are not their state).
        List<Fact> fs = extract("Washington imposed sanctions on Iran for arming the Houthis. "
                + "The US Treasury imposed sanctions on three Chinese companies for supplying Iran with drone parts.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds") && f.subject().equals("United States")), fs.toString());
        // A participle with its agent is a passive accusation: the accused did it, by the accuser's claim.
        fs = extract("Pakistan, long accused by India of sheltering the Taliban, denied it.");
        assertTrue(has(fs, "Pakistan", "supports", "Taliban", "claimed", "India"), fs.toString());
        // What ends hostility is no ended deal.
        fs = extract("Ethiopia and Eritrea ended two decades of hostility with a peace deal in 2018.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") && f.stance().equals("denied")), fs.toString());
    }

    @Test
    void namesKeepTheirWordBoundariesAndNegatedCopulas() {
        // "Israel is" is not "Israelis": the copula stays a word.
        List<Fact> fs = extract("Israel is a member of the United Nations. Israel is not a signatory to the Non-Proliferation Treaty.");
        assertTrue(has(fs, "Israel", "memberOf", "United Nations", "asserted"), fs.toString());
        assertTrue(has(fs, "Israel", "partyTo", "Treaty on the Non-Proliferation of Nuclear Weapons", "denied"), fs.toString());
        // Initials with dots are the same name.
        fs = extract("The U.S. backs Kyiv. Britain is no longer a member of the European Union.");
        assertTrue(has(fs, "United States", "supports", "Ukraine", "asserted"), fs.toString());
        assertTrue(has(fs, "United Kingdom", "memberOf", "European Union", "denied"), fs.toString());
    }

    @Test
    void withdrawalsAndTheCeasefireInView() {
        List<Fact> fs = extract("Washington announced its withdrawal from the INF Treaty in 2019. "
                + "The Minsk Protocol was signed in September 2014. Within weeks the separatists and Kyiv had both violated the ceasefire.");
        assertTrue(has(fs, "United States", "withdrawsFrom", "Intermediate-Range Nuclear Forces Treaty", "asserted"), fs.toString());
        assertTrue(has(fs, "Ukraine", "violates", "Minsk Protocol", "asserted"), fs.toString());
    }

    @Test
    void relativeClausesBeforeTheSpeakersVerb() {
        // An event noun in a closed relative clause is the writer's, not the speaker's.
        List<Fact> fs = extract("The European Union, which has imposed sanctions on Russia over the war, said it would consider further steps.");
        assertTrue(has(fs, "European Union", "sanctions", "Russia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("sanctions") && f.stance().equals("claimed")), fs.toString());
        // The speaker is the name before the relative clause, over auxiliaries.
        fs = extract("Oman, which hosted talks after the Iranian proposal, has said it could join the Abraham Accords.");
        assertTrue(has(fs, "Oman", "partyTo", "Abraham Accords", "hypothetical", "Oman"), fs.toString());
    }

    @Test
    void personsReceivedOrWelcomed() {
        List<Fact> fs = extract("Recep Tayyip Erdoğan received Volodymyr Zelenskyy in Istanbul on Friday. Ukraine received Patriot systems from Germany.");
        assertTrue(has(fs, "Recep Tayyip Erdoğan", "meetsWith", "Volodymyr Zelenskyy", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("meetsWith") && f.subject().equals("Ukraine")), fs.toString());
    }

    @Test
    void itAsTheObjectIsTheOtherActorInView() {
        List<Fact> fs = extract("Moldova needs air defence, and France has promised to supply it with radars. "
                + "Hezbollah opened a second front, and Israel has been fighting it in Lebanon ever since.");
        assertTrue(has(fs, "France", "armsOrFunds", "Moldova", "hypothetical") || has(fs, "France", "supports", "Moldova", "hypothetical"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && Set.of(f.subject(), f.object()).equals(Set.of("Israel", "Hezbollah"))),
                fs.toString());
        // (not when two other actors are in view)
        fs = extract("Serbia and Kosovo argue, and Russia has threatened it.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.subject().equals("Russia")), fs.toString());
    }

    @Test
    void aDemonymOnAWeaponModelNamesTheSupplier() {
        List<Fact> fs = extract("India has purchased Russian S-400 missiles despite American objections.");
        assertTrue(has(fs, "Russia", "armsOrFunds", "India", "asserted"), fs.toString());
    }

    @Test
    void namedEventsSpelledWithATriggerAreReadThroughTheirParts() {
        // "annexation of Crimea" and "NATO bombing of Yugoslavia" are named events in the graph; the relation they state is found.
        List<Fact> fs = extract("Moscow's annexation of Crimea triggered sanctions. The NATO bombing of Yugoslavia lasted 78 days.");
        assertTrue(has(fs, "Russia", "annexes", "Crimea", "asserted"), fs.toString());
        assertTrue(has(fs, "NATO", "attacks", "Yugoslavia", "asserted"), fs.toString());
        // (an event named without a trigger stays one: "the Russian military intervention in Syria")
        fs = extract("The United States criticised the Russian military intervention in Syria.");
        assertTrue(has(fs, "United States", "opposes", "Russian military intervention in Syria", "asserted"), fs.toString());
    }

    @Test
    void aStatesActsAreItsOwn() {
        List<Fact> fs = extract("Pyongyang's missile tests have drawn condemnation from Seoul and Tokyo.");
        assertTrue(has(fs, "South Korea", "opposes", "North Korea", "asserted") && has(fs, "Japan", "opposes", "North Korea", "asserted"), fs.toString());
    }

    @Test
    void groundControlledAndResolutionsViolated() {
        List<Fact> fs = extract("Russian forces have controlled parts of Luhansk Oblast since 2014. Hamas controls Gaza. "
                + "North Korea's missile launches violate UN Security Council resolutions.");
        assertTrue(has(fs, "Russia", "occupies", "Luhansk Oblast", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("occupies") && f.subject().equals("Hamas")), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("violates")), fs.toString());
    }

    @Test
    void heldResponsibleIsNoGroundHeldAndSovereigntyViolated() {
        List<Fact> fs = extract("Washington holds Tehran responsible for the drone strike. Iraq accused Turkey of violating its sovereignty.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("occupies")), fs.toString());
        assertTrue(has(fs, "Turkey", "violates", "Iraq", "claimed", "Iraq"), fs.toString());
    }

    @Test
    void coordinatedSpeakersEachClaimIt() {
        List<Fact> fs = extract("Britain and France said Russia had violated the New START treaty. Iran armed the Houthis, the United States and Israel said.");
        assertTrue(has(fs, "Russia", "violates", "New START", "claimed", "United Kingdom") && has(fs, "Russia", "violates", "New START", "claimed", "France"),
                fs.toString());
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "United States") && has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "Israel"),
                fs.toString());
        // (the speakers after the reported clause are no objects of it, and its objects no speakers)
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds") && !f.object().equals("Houthis")), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> "Houthis".equals(f.claimant())), fs.toString());
    }

    @Test
    void alliesWithAModifierTheTaggerReadsAsAVerb() {
        List<Fact> fs = extract("Japan and Australia are close allies of the United States. The United States and the Philippines are treaty allies. "
                + "China and Russia, which both remain parties to the Iran nuclear deal, met in Beijing.");
        assertTrue(has(fs, "Australia", "allyOf", "United States", "asserted"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("allyOf") && Set.of(f.subject(), f.object()).equals(Set.of("United States", "Philippines"))),
                fs.toString());
        assertTrue(has(fs, "Russia", "partyTo", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
    }

    @Test
    void quotedAndHyphenatedModifiersAndPartiesAnnouncingTogether() {
        List<Fact> fs = extract("Moscow and Beijing declared a 'no limits' partnership in 2022. Ankara and Baku announced a strategic partnership.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") && f.stance().equals("asserted")
                && Set.of(f.subject(), f.object()).equals(Set.of("Russia", "China"))), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") && f.stance().equals("asserted")
                && Set.of(f.subject(), f.object()).equals(Set.of("Turkey", "Azerbaijan"))), fs.toString());
        // (the agent of an "X-led" campaign keeps it)
        fs = extract("The SDF lost 11,000 fighters in the US-led campaign against Islamic State.");
        assertTrue(has(fs, "United States", "fightsAgainst", "Islamic State", "asserted"), fs.toString());
    }

    @Test
    void pulledOutOfAnAgreementAndActingUnderIt() {
        List<Fact> fs = extract("Donald Trump pulled the United States out of the Iran nuclear deal in May 2018. "
                + "Sudan normalised ties with Israel under the Abraham Accords.");
        assertTrue(has(fs, "United States", "withdrawsFrom", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
        assertTrue(has(fs, "Sudan", "partyTo", "Abraham Accords", "asserted"), fs.toString());
        // (not a law one acts under, nor anything that is no agreement)
        fs = extract("Washington imposed sanctions on Moscow under the Magnitsky Act.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("partyTo")), fs.toString());
    }

    @Test
    void anActWeighedIsHypothetical() {
        List<Fact> fs = extract("Poland is considering sending troops to Ukraine. The EU discussed imposing sanctions on Belarus.");
        assertTrue(has(fs, "Poland", "supports", "Ukraine", "hypothetical"), fs.toString());
        assertTrue(has(fs, "European Union", "sanctions", "Belarus", "hypothetical"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("asserted")), fs.toString());
    }

    @Test
    void supportReceivedInAnAdjunct() {
        List<Fact> fs = extract("The Syrian army retook Aleppo in 2016 with the help of Russian air power. Iraq, with the support of Iran, fought Islamic State.");
        assertTrue(has(fs, "Russia", "supports", "Syrian Arab Army", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "supports", "Iraq", "asserted"), fs.toString());
        // (a threat with a measure is no support; "no doubt" is no negation)
        fs = extract("The EU threatened Ankara with sanctions. Poland, no doubt with some help from Germany, rearmed quickly.");
        assertTrue(has(fs, "Germany", "supports", "Poland", "asserted"), fs.toString());
    }

    @Test
    void attacksReceivedAndTheWeaponBeforeTheNoun() {
        List<Fact> fs = extract("Kyiv came under heavy attack from Russian missiles overnight. Israel was hit by a wave of Iranian drones on Sunday. "
                + "A Houthi drone attack on a Saudi oil facility caused a fire.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "attacks", "Israel", "asserted"), fs.toString());
        assertTrue(has(fs, "Houthis", "attacks", "Saudi Arabia", "asserted"), fs.toString());
    }

    @Test
    void objectionsProtestsAndTheLongerTriggerOfTheSameRelation() {
        List<Fact> fs = extract("China has strongly objected to the US arms sales to Taiwan. Japan protested to China over the incursion.");
        assertTrue(has(fs, "China", "opposes", "United States", "asserted"), fs.toString());
        assertTrue(has(fs, "Japan", "opposes", "China", "asserted"), fs.toString());
        // "arms sales" are arms: one candidate, typed as weapons, not also "some sales" of materiel
        assertEquals(1, fs.stream().filter(f -> f.subject().equals("United States") && f.object().equals("Taiwan")).count(), fs.toString());
    }

    @Test
    void aPossessedNameThatOnlyQualifiesANounIsNotTheArgument() {
        List<Fact> fs = extract("Germany supported Ukraine's NATO membership bid. Iran armed Yemen's Houthi movement.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Germany") && f.object().equals("NATO")), fs.toString());
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "asserted"), fs.toString());
    }

    @Test
    void aQuarrelIsMutual() {
        List<Fact> fs = extract("Greece and Turkey are embroiled in a feud over the Aegean.");
        assertTrue(has(fs, "Greece", "opposes", "Turkey", "asserted") && has(fs, "Turkey", "opposes", "Greece", "asserted"), fs.toString());
    }

    @Test
    void theRecipientBeforeWhatIsGiven() {
        List<Fact> fs = extract("The United States has sent Ukraine 31 Abrams tanks. Iran has given the Houthis ballistic missiles. "
                + "Russia sent Ukraine a message.");
        assertTrue(has(fs, "United States", "armsOrFunds", "Ukraine", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Russia")), fs.toString());
    }

    @Test
    void seeingSomeoneAsAnEnemy() {
        List<Fact> fs = extract("Washington views Moscow as a threat to European security. The United States designated the Houthis a terrorist organisation. "
                + "Russia sees China as a partner.");
        assertTrue(has(fs, "United States", "opposes", "Russia", "asserted"), fs.toString());
        assertTrue(has(fs, "United States", "opposes", "Houthis", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.subject().equals("Russia")), fs.toString());
    }

    @Test
    void aNegatedVerbOfSaying() {
        List<Fact> fs = extract("Erdogan insisted he had never said that he views the European Union as an enemy.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && !f.stance().equals("denied")), fs.toString());
    }

    @Test
    void aParentheticalWithAPronounSpeakerIsNotTheNameBeforeIt() {
        List<Fact> fs = extract("President Obama, as you said, views Russia as a threat.");
        assertFalse(fs.stream().anyMatch(f -> "Barack Obama".equals(f.claimant())), fs.toString());
    }

    @Test
    void stackedAppositionsBeforeTheVerbAndNewReferenceNames() {
        List<Fact> fs = extract("The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, has seized most of the capital Khartoum.");
        assertTrue(has(fs, "Rapid Support Forces", "occupies", "Khartoum", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Mohamed Hamdan Dagalo") && f.relation().equals("occupies")), fs.toString());
        // names from the added reference data: regional bodies, armed groups, leaders with their offices
        fs = extract("Sanctions were imposed on Niger by ECOWAS. Eritrean troops fought against the Tigray People's Liberation Front. "
                + "Venezuelan President Nicolas Maduro met Vladimir Putin in Moscow.");
        assertTrue(has(fs, "ECOWAS", "sanctions", "Niger", "asserted"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && f.subject().equals("Eritrea")), fs.toString());
        assertTrue(has(fs, "Nicolás Maduro", "holdsPosition", "President of Venezuela", "asserted"), fs.toString());
        assertTrue(has(fs, "Nicolás Maduro", "meetsWith", "Vladimir Putin", "asserted"), fs.toString());
    }

    @Test
    void reviewFindings() {
        // A longer trigger that yields nothing does not block the shorter one inside it.
        List<Fact> fs = extract("Russia has fought for months against Ukraine.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && Set.of(f.subject(), f.object()).equals(Set.of("Russia", "Ukraine"))),
                fs.toString());
        // Bad relations are opposition whoever has them; relations of no stated kind say nothing, whoever has them.
        fs = extract("Turkey has dismal relations with Egypt. Erdogan has relations with Israel.");
        assertTrue(has(fs, "Turkey", "opposes", "Egypt", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Israel")), fs.toString());
        // Retaliation by measures is no attack.
        fs = extract("Russia hit back at the EU with new sanctions. China struck back at Washington with tariffs.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks")), fs.toString());
    }
    @Test
    void attacksPlacedInAStateOrOnItsCities() {
        // A foreign state striking a city attacks the city's state, and the city is where.
        List<Fact> fs = extract("Russian missiles and drones struck the southern port city of Odesa on Tuesday.");
        assertTrue(fs.stream().anyMatch(f -> f.subject().equals("Russia") && f.relation().equals("attacks") && f.object().equals("Ukraine")
                && "Odesa".equals(f.place())), fs.toString());
        // Strikes placed in a state with nothing else named as their target are on that state.
        fs = extract("Pakistan carried out air strikes in eastern Afghanistan. Iranian jets bombed militant bases inside Pakistan.");
        assertTrue(has(fs, "Pakistan", "attacks", "Afghanistan", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "attacks", "Pakistan", "asserted"), fs.toString());
        // Not when the target is someone named ("Islamic State targets in Syria"), and not a backer's strikes in its client's land.
        fs = extract("Russian warplanes began bombing Islamic State targets in Syria. U.S. and British jets struck Houthi targets in Yemen.");
        assertTrue(has(fs, "Russia", "attacks", "Islamic State", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks") && Set.of("Syria", "Yemen").contains(f.object())), fs.toString());
        fs = extract("Russia, which has backed Bashar al-Assad since 2015, carried out air strikes in Syria. Russian jets bombed Idlib.");
        assertTrue(has(fs, "Russia", "supports", "Bashar al-Assad", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Syria")), fs.toString());
        // Not when what was struck is named after the place ("a drone strike in Kabul killed …", "bases in Iraq housing US troops").
        fs = extract("A US drone strike in Kabul killed Ayman al-Zawahiri.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Afghanistan")), fs.toString());
        // A state's own forces striking its own city attack no state.
        fs = extract("Syrian government forces shelled Idlib.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Syria")), fs.toString());
    }

    @Test
    void permissivesAndChainsOfInfinitives() {
        // What a state let another do in the past was done; a permission agreed to is not yet done, one refused is denied.
        List<Fact> fs = extract("Belarus allowed Russian troops to invade Ukraine.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.toString());
        fs = extract("Turkey agreed to allow Sweden to join NATO.");
        assertTrue(has(fs, "Sweden", "memberOf", "NATO", "hypothetical"), fs.toString());
        fs = extract("Turkey refused to allow Sweden to join NATO.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("memberOf") && f.stance().equals("asserted")), fs.toString());
        // (an implicative verb under an irrealis one stays irrealis)
        fs = extract("Hungary wants to persuade the EU to lift sanctions on Russia. Iran threatened to start arming the Houthis.");
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("asserted") && !f.relation().equals("holdsPosition")), fs.toString());
    }
    @Test
    void relativesWithoutPronounAndPresentTenseCoordination() {
        // A description in apposition with a relative clause that has no pronoun: its object is the name described.
        List<Fact> fs = extract("Washington signed a deal with the Taliban, the movement American forces had been fighting since 2001.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && Set.of(f.subject(), f.object()).equals(Set.of("United States", "Taliban"))),
                fs.toString());
        // (not a description of an act: "…, a move Tbilisi denounced")
        fs = extract("Moscow admitted that its jets had flown over South Ossetia, a move Tbilisi denounced as a violation.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.object().equals("South Ossetia")), fs.toString());
        // Present-tense verbs coordinated before one object, which the tagger reads as plural nouns.
        fs = extract("In Lebanon, Iran arms and funds Hezbollah.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Hezbollah", "asserted"), fs.toString());
    }
    @Test
    void namesHoldingACompoundAndCoordinatedKindsOfSupport() {
        // A name that holds "X-led": X leads it (and that is presupposed, whatever the clause supposes).
        List<Fact> fs = extract("A Saudi-led coalition has been fighting the Houthis since 2015, with intelligence and refuelling support "
                + "from the United States. Kerry warned that Russian actions could lead to confrontation with the US-led coalition.");
        assertTrue(has(fs, "Saudi Arabia", "leads", "Saudi-led coalition", "asserted"), fs.toString());
        assertTrue(has(fs, "United States", "supports", "Saudi-led coalition", "asserted"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("fightsAgainst") && f.subject().equals("Saudi-led coalition")), fs.toString());
        assertTrue(has(fs, "United States", "leads", "Global Coalition against ISIS", "asserted"), fs.toString());
        // Each demonym of coordinated support is a giver.
        fs = extract("The Syrian army retook Aleppo with Russian and Iranian support.");
        assertTrue(has(fs, "Russia", "supports", "Syrian Arab Army", "asserted"), fs.toString());
        assertTrue(has(fs, "Iran", "supports", "Syrian Arab Army", "asserted"), fs.toString());
    }
    @Test
    void drivenOutAndPossessedNamesInAList() {
        // Driving someone out of a place is fighting them; forcing someone to act is not.
        List<Fact> fs = extract("The Kurdish-led Syrian Democratic Forces, backed by US air power, drove Islamic State out of Raqqa in October 2017.");
        assertTrue(has(fs, "Syrian Democratic Forces", "fightsAgainst", "Islamic State", "asserted"), fs.toString());
        assertTrue(extract("Turkey forced Russia to accept the deal.").stream().noneMatch(f -> f.relation().equals("fightsAgainst")));
        // A possessor before a person's name in a list of subjects only qualifies that name.
        fs = extract("Russian President Vladimir Putin and Ukraine's Petro Poroshenko bargained through the night in Minsk.");
        assertTrue(has(fs, "Vladimir Putin", "negotiatesWith", "Petro Poroshenko", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Ukraine") || f.object().equals("Ukraine")), fs.toString());
    }
    @Test
    void tradeBansComponentsAccessionAndActsKeptFrom() {
        // Banning trade from or to someone sanctions them; banning people from acting does not.
        List<Fact> fs = extract("Moscow responded to Western sanctions by banning most food imports from the EU and the United States.");
        assertTrue(has(fs, "Russia", "sanctions", "European Union", "asserted"), fs.toString());
        assertTrue(has(fs, "Russia", "sanctions", "United States", "asserted"), fs.toString());
        assertTrue(extract("The EU banned Russian journalists from entering.").stream().noneMatch(f -> f.relation().equals("sanctions")));
        // A component of a group is its member; an instrument of accession makes a party.
        fs = extract("Ankara regards the YPG, the main component of the US-backed Syrian Democratic Forces, as a terrorist organisation.");
        assertTrue(has(fs, "Syrian Kurdish forces", "memberOf", "Syrian Democratic Forces", "asserted"), fs.toString());
        fs = extract("Prime Minister Ulf Kristersson handed Sweden's instrument of accession to the North Atlantic Treaty to Antony Blinken.");
        assertTrue(has(fs, "Sweden", "partyTo", "North Atlantic Treaty", "asserted"), fs.toString());
        // One kept from an act did not do it; one only threatened with being kept may yet.
        assertTrue(has(extract("Russia and China have blocked Kosovo from joining the United Nations."), "Kosovo", "memberOf", "United Nations", "denied"));
        assertTrue(has(extract("Turkey threatened to block Sweden from joining NATO."), "Sweden", "memberOf", "NATO", "hypothetical"));
    }
    @Test
    void secondVerbPhrasesOfRelativesAndTheReachOfSources() {
        // Support received in a second verb phrase of a relative clause: the antecedent receives it, the one after "of" gives.
        List<Fact> fs = extract("Armenians can be forgiven for not believing it, given that Moscow has spent years deepening its ties with "
                + "Ilham Aliyev's Azerbaijan, which buys much of its weaponry from Israel and enjoys the unconditional backing of Turkey.");
        assertTrue(has(fs, "Turkey", "supports", "Azerbaijan", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Turkey") || f.stance().equals("denied")), fs.toString());
        assertTrue(has(extract("Russia, which backs Assad and arms Hezbollah, is isolated."), "Russia", "armsOrFunds", "Hezbollah", "asserted"));
        // A source named at the end speaks for the last clause only.
        fs = extract("Ukrainian forces have been fighting the separatists of the Donbas since April, and the conflict has killed more than "
                + "5,000 people, according to the United Nations. Russia fired missiles at Kyiv overnight, according to the Ukrainian military.");
        assertFalse(fs.stream().anyMatch(f -> "United Nations".equals(f.claimant())), fs.toString());
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "claimed", "Armed Forces of Ukraine"), fs.toString());
        // An alliance with someone.
        assertTrue(has(extract("The United States condemned the drone incursion and reaffirmed its alliance with Seoul."), "United States", "allyOf",
                "South Korea", "asserted"));
    }
    @Test
    void forcesTheTaggerReadsAsVerbs() {
        // "Five North Korean drones/VERB entered/ADJ …": the plural of forces after a name heads the subject.
        List<Fact> fs = extract("Five North Korean drones crossed into South Korean airspace on Monday. North Korean drones entered Polish airspace.");
        assertTrue(has(fs, "North Korea", "violatesAirspaceOf", "South Korea", "asserted"), fs.toString());
        assertTrue(has(fs, "North Korea", "violatesAirspaceOf", "Poland", "asserted"), fs.toString());
    }
    @Test
    void travelsForTalksSovereigntyAndUnnamedHolders() {
        // Talks one travels to are also a meeting; talks where one travelled with no one named are with that state.
        List<Fact> fs = extract("That pact, signed when Putin travelled to Pyongyang for talks with Kim Jong Un in June, obliges each side to help.");
        assertTrue(has(fs, "Vladimir Putin", "meetsWith", "Kim Jong Un", "asserted"), fs.toString());
        assertTrue(has(extract("Erdogan visited Moscow for talks on Syria."), "Recep Tayyip Erdoğan", "negotiatesWith", "Russia", "asserted"));
        // What is violated may be a state's sovereignty or territory "of" it.
        fs = extract("Islamabad insisted that it had not violated the sovereignty and territorial integrity of the Islamic Republic of Iran.");
        assertTrue(has(fs, "Pakistan", "violates", "Iran", "denied"), fs.toString());
        assertTrue(extract("Russia violated the terms of the deal.").stream().noneMatch(f -> f.relation().equals("violates")));
        // A minister whose holder is not known for the day speaks for the state; a title before a name is the person.
        assertTrue(has(extract("The Russian foreign minister said Ukraine had attacked Russia."), "Ukraine", "attacks", "Russia", "claimed", "Russia"));
        fs = extract("Iran's supreme leader, Ali Khamenei, had long denounced the United States.");
        assertTrue(has(fs, "Ali Khamenei", "opposes", "United States", "asserted"), fs.toString());
        // Strikes on a thing placed in a state; an intensifying reflexive after the subject; troops rushed to a state; "the INF".
        assertTrue(has(extract("Pakistan carried out strikes on militant hideouts inside Iran."), "Pakistan", "attacks", "Iran", "asserted"));
        assertTrue(extract("Trump himself initially sided with Riyadh.").stream().anyMatch(f -> f.object().equals("Saudi Arabia")));
        assertTrue(has(extract("Turkey rushed troops to Qatar."), "Turkey", "supports", "Qatar", "asserted"));
        assertTrue(has(extract("China was never a party to the INF."), "China", "partyTo", "Intermediate-Range Nuclear Forces Treaty", "denied"));
    }
    @Test
    void whoseOfficialsSourcesDescribedAndJudgements() {
        // "whose" after an official's title is the possessor's; a relative clause about a source is the writer's.
        List<Fact> fs = extract("Riyadh had reopened its border to Qatar, according to Kuwait's foreign minister, whose government had mediated "
                + "between Riyadh and Doha since the crisis began.");
        assertTrue(has(fs, "Kuwait", "negotiatesWith", "Saudi Arabia", "asserted"), fs.toString());
        assertTrue(has(fs, "Kuwait", "negotiatesWith", "Qatar", "asserted"), fs.toString());
        // A verb reporting a judgement before "that" attributes the clause; before an infinitive it does not.
        assertTrue(has(extract("NATO agreed that Russia had violated the INF Treaty."), "Russia", "violates",
                "Intermediate-Range Nuclear Forces Treaty", "claimed", "NATO"));
        assertTrue(extract("Russia agreed to withdraw from the INF Treaty.").stream().noneMatch(f -> f.stance().equals("claimed")));
    }
    @Test
    void passiveSupplyDemonstrativesAndDenialsByBothSides() {
        // A passive verb of sending: the agent sends, what is sent is the subject, the receiver follows "to".
        assertTrue(has(extract("About 11,000 troops were dispatched by Pyongyang to Russia in October."), "North Korea", "supports", "Russia", "asserted"));
        assertTrue(has(extract("Weapons were shipped by Iran to the Houthis."), "Iran", "armsOrFunds", "Houthis", "asserted"));
        // "that treaty" is the treaty in view.
        assertTrue(has(extract("The New START treaty limits arsenals. In February 2023 Moscow suspended its participation in that treaty too."),
                "Russia", "withdrawsFrom", "New START", "asserted"));
        // "…, transfers that both governments have denied": each side denies the claim.
        List<Fact> fs = extract("Western officials have also accused Pyongyang of shipping millions of artillery shells to Russia over the past year, "
                + "transfers that both governments have denied.");
        assertTrue(has(fs, "North Korea", "armsOrFunds", "Russia", "denied", "North Korea"), fs.toString());
        assertTrue(has(fs, "North Korea", "armsOrFunds", "Russia", "denied", "Russia"), fs.toString());
    }
    @Test
    void exchangesOfStrikesAndTimeAdjunctsAfterIntransitives() {
        // Coordinated parties exchanging strikes fight each other; a time adjunct after the verb is no object.
        assertTrue(extract("Iran and Pakistan exchanged strikes last week.").stream().anyMatch(f -> f.relation().equals("fightsAgainst")
                && Set.of(f.subject(), f.object()).equals(Set.of("Iran", "Pakistan"))));
        assertTrue(has(extract("Putin and Erdogan met last month."), "Vladimir Putin", "meetsWith", "Recep Tayyip Erdoğan", "asserted"));
    }
    @Test
    void countedAmongAllies() {
        List<Fact> fs = extract("Washington, which counts both Qatar and Saudi Arabia among its closest security partners, pressed the two sides to settle.");
        assertTrue(has(fs, "United States", "allyOf", "Qatar", "asserted"), fs.toString());
        assertTrue(has(fs, "United States", "allyOf", "Saudi Arabia", "asserted"), fs.toString());
        assertTrue(extract("The UN counted Syria among the worst crises.").stream().noneMatch(f -> f.relation().equals("allyOf")));
    }
    @Test
    void friendlyRegardsAndMoreOfWhereStrikesLand() {
        // Treating or regarding someone as a partner or an ally, also in a pseudo-cleft of what should have been done.
        List<Fact> fs = extract("What Washington and London should have done is treat France as a partner rather than as an obstacle.");
        assertTrue(has(fs, "United States", "cooperatesWith", "France", "normative"), fs.toString());
        assertTrue(has(fs, "United Kingdom", "cooperatesWith", "France", "normative"), fs.toString());
        assertTrue(has(extract("Turkey regards Azerbaijan as an ally."), "Turkey", "allyOf", "Azerbaijan", "asserted"));
        // The striker's words for the thing struck, a named region of a state, and coordinated states.
        fs = extract("Pakistan carried out air and artillery strikes on what it described as militant hideouts in Iran's Sistan-Baluchestan "
                + "province early on Thursday, the foreign ministry in Islamabad said.");
        assertTrue(has(fs, "Pakistan", "attacks", "Iran", "claimed", "Pakistan"), fs.toString());
        fs = extract("Tehran had also fired missiles at targets in Iraq and Syria earlier that week.");
        assertTrue(has(fs, "Iran", "attacks", "Iraq", "asserted") && has(fs, "Iran", "attacks", "Syria", "asserted"), fs.toString());
    }
    @Test
    void theKingdomIsTheStateNamedSo() {
        // "the kingdom" after two states is the one whose names say so (the Kingdom of Saudi Arabia, not Iran).
        List<Fact> fs = extract("Saudi Arabia cut ties with Iran. The kingdom accused Tehran of arming the Houthis.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "claimed", "Saudi Arabia"), fs.toString());
    }
    @Test
    void aBareArticleNumberIsNatosOnlyWithNatoInView() {
        // "Article IV of that treaty" is another treaty's; "Article 4" with neither NATO nor its treaty named is nobody's
        List<Fact> fs = extract("Washington said Russia had violated Article IV of that treaty. Turkey said Russia violated Article 4 by attacking it.");
        assertFalse(fs.stream().anyMatch(f -> f.object().contains("North Atlantic Treaty")), fs.toString());
        // with NATO in the sentence or named before, or the treaty after "of", it is NATO's
        fs = extract("NATO said Russia violated Article 5. Russia violated Article 4 of the NATO treaty, Poland said.");
        assertTrue(has(fs, "Russia", "violates", "Article 5 of the North Atlantic Treaty", "claimed"), fs.toString());
        assertTrue(has(fs, "Russia", "violates", "Article 4 of the North Atlantic Treaty", "claimed"), fs.toString());
    }
    @Test
    void theCourtIsTheBodyNamedSo() {
        // "the court" is the body in view whose name says so, not the alliance also named
        List<Fact> fs = extract("NATO allies debated the International Criminal Court's warrant for Putin. "
                + "Israel is not a member of the court and does not recognise its jurisdiction.");
        assertTrue(has(fs, "Israel", "memberOf", "International Criminal Court", "denied"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Israel") && f.object().equals("NATO")), fs.toString());
        // and nothing when no court is in view
        fs = extract("NATO met in Brussels. Israel is not a member of the court.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Israel") && f.relation().equals("memberOf")), fs.toString());
    }
    @Test
    void tiesKeptSecondVerbPhrasesWithInfinitivesAndObjectsThatSpeakNot() {
        // Ties kept or maintained are cooperation ("maintain" says something only before a clause).
        assertTrue(has(extract("Serbia maintains close ties with Moscow."), "Serbia", "cooperatesWith", "Russia", "asserted"));
        List<Fact> fs = extract("Serbia, which has kept close ties with Moscow and has refused to join Western sanctions against Russia, "
                + "has also deepened military cooperation with Beijing.");
        assertTrue(has(fs, "Serbia", "cooperatesWith", "Russia", "asserted"), fs.toString());
        assertTrue(has(fs, "Serbia", "sanctions", "Russia", "denied"), fs.toString());
        // The object of another verb does not speak, nor is the object of a preposition the subject of an infinitive of purpose.
        fs = extract("Israel, which regards Iran as its principal enemy and had hoped to establish diplomatic relations with Saudi Arabia, reacted coolly.");
        assertFalse(fs.stream().anyMatch(f -> "Iran".equals(f.claimant())), fs.toString());
        fs = extract("According to Szubin, the US worked closely with the European Union to keep economic pressure on Russia.");
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("European Union") && f.object().equals("Russia")), fs.toString());
    }
    @Test
    void cooperationInADealSigned() {
        assertTrue(has(extract("Russia signed a deal on military cooperation with Niger."), "Russia", "cooperatesWith", "Niger", "asserted"));
    }
    @Test
    void rejectingTalksIsNotTalking() {
        // Rejecting talks with someone is not negotiating with them; rejecting a measure only blocks it (no statement).
        assertTrue(has(extract("Kim Jong Un has rejected any talks with Washington unless it drops its hostile policy."), "Kim Jong Un",
                "negotiatesWith", "United States", "denied"));
        List<Fact> fs = extract("Hungary rejected an EU aid package for Kyiv.");
        assertTrue(has(fs, "European Union", "supports", "Ukraine", "hypothetical"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> "Hungary".equals(f.claimant())), fs.toString());
    }
    @Test
    void attacksNearACity() {
        assertTrue(has(extract("Islamic State claimed responsibility for an attack near Moscow."), "Islamic State", "attacks", "Russia", "claimed",
                "Islamic State"));
        assertTrue(has(extract("Russian missiles struck a village near Kharkiv."), "Russia", "attacks", "Ukraine", "asserted"));
        assertTrue(extract("The attack near the Iranian border killed ten.").stream().noneMatch(f -> f.relation().equals("attacks")));
    }
    @Test
    void aStatesOrganActsForItInASecondVerbPhrase() {
        List<Fact> fs = extract("Mali's junta expelled French troops and turned to the Wagner Group for security assistance, Western diplomats said.");
        assertTrue(has(fs, "Wagner Group", "supports", "Mali", "claimed"), fs.toString());
    }
    @Test
    void expulsionsWhatIsSuppliedAndWhoSpeaks() {
        // Expelling a state's envoys is a diplomatic sanction; expelling a state from something is opposition.
        assertTrue(has(extract("Britain itself had thrown out 23 Russian diplomats earlier this month."), "United Kingdom", "sanctions", "Russia", "asserted"));
        assertTrue(has(extract("Russia expelled the American ambassador."), "Russia", "sanctions", "United States", "asserted"));
        assertFalse(extract("Iran expelled Britain from the talks.").stream().anyMatch(f -> f.relation().equals("sanctions")));
        // An apposition with a relative clause on the noun; what is supplied follows "with", not the forces supplied.
        assertTrue(has(extract("Turkey, a NATO member that had at first opposed the bombing, later sent drones to Libya."), "Turkey", "memberOf",
                "NATO", "asserted"));
        assertTrue(has(extract("The UAE supplied Ethiopian forces with armed drones."), "United Arab Emirates", "armsOrFunds", "Ethiopia", "asserted"));
        // The name before a participle clause speaks; a verb of saying after the trigger with a clause of its own does not attribute it.
        List<Fact> fs = extract("Foreign Minister Wang Yi, speaking in Phnom Penh on the sidelines of meetings of the ASEAN bloc, said Washington "
                + "had violated China's sovereignty.");
        assertTrue(has(fs, "United States", "violates", "China", "claimed", "Wang Yi"), fs.toString());
        fs = extract("The European Union tightened sanctions on Russia after the shootdown, a step Washington said was meant to punish Moscow.");
        assertTrue(has(fs, "European Union", "sanctions", "Russia", "asserted"), fs.toString());
    }
    @Test
    void distributiveSubjectsAndNumberWords() {
        // "each" after coordinated subjects, and a number word the tagger reads as a preposition ("home four/ADP Russian diplomats").
        List<Fact> fs = extract("Germany, France and Poland each sent home four Russian diplomats.");
        for (String state : List.of("Germany", "France", "Poland")) assertTrue(has(fs, state, "sanctions", "Russia", "asserted"), fs.toString());
    }
    @Test
    void aGroupingOfMembersInApposition() {
        List<Fact> fs = extract("BRICS, a bloc of Brazil, Russia, India, China and South Africa, met in Kazan.");
        for (String state : List.of("Brazil", "Russia", "India", "China", "South Africa")) {
            assertTrue(has(fs, state, "memberOf", "BRICS", "asserted"), fs.toString());
        }
        assertTrue(extract("The alliance of Russia and China worries Washington.").stream().noneMatch(f -> f.relation().equals("memberOf")));
    }
    @Test
    void hyphenatedAndPluralAppositions() {
        // "a long-standing/VERB ally/ADV of": the relation noun and its hyphenated modifier, whatever the tagger says.
        assertTrue(has(extract("Saudi Arabia, a long-standing ally of Pakistan, passed messages."), "Saudi Arabia", "allyOf", "Pakistan", "asserted"));
        // A plural apposition without an article, presupposed whoever reports the sentence.
        List<Fact> fs = extract("Saudi Arabia and the United Arab Emirates, long-standing allies of Islamabad that have also courted New Delhi, "
                + "quietly passed messages between the two capitals, according to diplomats in the region.");
        assertTrue(has(fs, "Saudi Arabia", "allyOf", "Pakistan", "asserted"), fs.toString());
        assertTrue(has(fs, "United Arab Emirates", "allyOf", "Pakistan", "asserted"), fs.toString());
    }
    @Test
    void theIslamicRepublicIsIran() {
        assertTrue(has(extract("Washington imposed new economic sanctions on the Islamic Republic."), "United States", "sanctions", "Iran", "asserted"));
    }

    static boolean anyAsserted(List<Fact> fs, String relation) {
        return fs.stream().anyMatch(f -> f.relation().equals(relation) && f.stance().equals("asserted"));
    }

    @Test
    void claimsStayClaimsAroundParenthesesAndRelativeClauses() {
        // "said that, in its view, …" opens a clause; a relative clause about a source closes before the trigger; a source at
        // the end of two clauses speaks for both unless the second reports a figure.
        assertTrue(has(extract("Moscow said that, in its view, Russia attacked Ukraine in self-defence."), "Russia", "attacks", "Ukraine", "claimed", "Russia"));
        assertTrue(has(extract("According to Ukraine, which has accused Moscow of war crimes, Russia attacked Kharkiv overnight."), "Russia", "attacks",
                "Ukraine", "claimed", "Ukraine"));
        assertTrue(has(extract("Iran supplied drones to Russia, and Russia used them against Ukrainian cities, according to the US."), "Iran",
                "armsOrFunds", "Russia", "claimed", "United States"));
        // A permission withheld says nothing was done; a blocking that stopped does not say the act happened.
        assertFalse(anyAsserted(extract("Hungary has never allowed Ukraine to join the EU."), "memberOf"));
        assertFalse(anyAsserted(extract("Turkey stopped blocking Sweden from joining NATO."), "memberOf"));
        assertFalse(extract("Turkey stopped blocking Sweden from joining NATO.").stream().anyMatch(f -> f.stance().equals("denied")));
        assertFalse(anyAsserted(extract("Hungary delayed ratification of Sweden's instrument of accession to NATO."), "memberOf"));
        assertFalse(anyAsserted(extract("Rumours of an alliance between Russia and the Taliban spread in Kabul."), "allyOf"));
    }

    @Test
    void strikesOnArmedGroupsAndMessagesSentAreNoStateRelations() {
        // Strikes on militants in or near a place are on the militants; strikes asked for by a state are not on it.
        for (String t : List.of("US drones struck militant positions near Mogadishu.", "French strikes in Mali against jihadists killed dozens.",
                "The United States carried out airstrikes in Iraq at the request of the Iraqi government."))
            assertFalse(extract(t).stream().anyMatch(f -> f.relation().equals("attacks")), t);
        // A backer's strikes on its client's cities, the backing said later in the article.
        assertFalse(extract("Russian jets pounded Aleppo and Idlib. Moscow has backed the Syrian government since 2015.").stream()
                .anyMatch(f -> f.relation().equals("attacks") && f.object().equals("Syria")));
        assertTrue(has(extract("Russian jets pounded Aleppo and Idlib."), "Russia", "attacks", "Syria", "asserted"));
        // Expelling a state from an organization or a country, or a people from a land, is not fighting it; forces driven out are.
        for (String t : List.of("Western leaders pushed Russia out of the G8 in 2014.", "The junta kicked France out of the country.",
                "Azerbaijan forced Armenians out of Nagorno-Karabakh.", "The two leaders traded blows over tariffs at the summit."))
            assertFalse(extract(t).stream().anyMatch(f -> f.relation().equals("fightsAgainst")), t);
        assertTrue(has(extract("Ukraine pushed Russian forces out of Kherson."), "Ukraine", "fightsAgainst", "Russia", "asserted"));
        // Messages sent and journeys are no support.
        for (String t : List.of("A protest note was sent by Japan to China.", "Macron rushed to Washington to meet Trump.", "Japan sent a protest note to China."))
            assertFalse(extract(t).stream().anyMatch(f -> f.relation().equals("supports") || f.relation().equals("armsOrFunds")), t);
    }

    @Test
    void expulsionsTradeStopsAndCountingAmongAreNarrow() {
        // Only a state's envoys expelled are a diplomatic sanction.
        assertTrue(has(extract("Russia expelled ten Polish diplomats."), "Russia", "sanctions", "Poland", "asserted"));
        for (String t : List.of("Niger expelled US military personnel.", "Sudan expelled UN staff.", "Russia released prisoners of war and staff of the Red Cross."))
            assertFalse(extract(t).stream().anyMatch(f -> f.relation().equals("sanctions")), t);
        // Trade halted is a sanction only as a measure.
        for (String t : List.of("Ukraine halted gas transit from Russia after the contract expired.", "Several airlines suspended flights to Russia after the bombing.",
                "Russia blocked grain exports from Ukraine."))
            assertFalse(extract(t).stream().anyMatch(f -> f.relation().equals("sanctions")), t);
        assertTrue(has(extract("Moscow halted gas deliveries to Poland in retaliation for Western sanctions."), "Russia", "sanctions", "Poland", "asserted"));
        // Counted among one's own allies, not among countries in a list.
        assertTrue(has(extract("Washington counts Japan among its closest allies."), "United States", "allyOf", "Japan", "asserted"));
        assertFalse(extract("The UN counted Sudan among the countries where aid partners face attacks.").stream().anyMatch(f -> f.relation().equals("allyOf")));
    }

    @Test
    void formerHoldersControlPhrasesAndCoordinatedAntecedents() {
        // A former minister or someone named by the minister's office is not the state.
        assertFalse(extract("Ukraine's former defence minister accused Russia of war crimes.").stream().anyMatch(f -> "Ukraine".equals(f.claimant())));
        assertFalse(extract("The wife of the Iranian foreign minister met the Pope.").stream().anyMatch(f -> f.relation().equals("meetsWith")));
        // A phrasal verb that makes its object act: the object of "on" does what the infinitive says.
        assertTrue(extract("Zelensky called on Germany to send Taurus missiles to Ukraine.").stream()
                .anyMatch(f -> f.subject().equals("Germany") && f.object().equals("Ukraine") && !f.stance().equals("asserted")));
        // A relative clause about coordinated names is about all of them.
        List<Fact> fs = extract("Armenia and Azerbaijan, which fought a war in 2020 and signed a ceasefire deal, met in Brussels.");
        assertTrue(has(fs, "Armenia", "fightsAgainst", "Azerbaijan", "asserted") || has(fs, "Azerbaijan", "fightsAgainst", "Armenia", "asserted"), fs.toString());
    }

    @Test
    void clashesOfWordsActsInViewAndMetonymsOfOrganizations() {
        // A clash with no arms in it is opposition; states clashing over a place fight.
        assertTrue(has(extract("The US and China clashed over trade."), "United States", "opposes", "China", "asserted"));
        assertTrue(has(extract("Indian and Chinese troops clashed in the Galwan valley."), "India", "fightsAgainst", "China", "asserted"));
        // "Brussels" stands for the EU (the reference data's ent:metonymFor), but a city struck is its state's.
        assertTrue(has(extract("Orbán has repeatedly clashed with Brussels over its support for Kyiv."), "Viktor Orbán", "opposes", "European Union", "asserted"));
        assertTrue(has(extract("Russian missiles struck Brussels."), "Russia", "attacks", "Belgium", "asserted"));
        // "condemned the move": the act reported just before, against whoever did it.
        assertTrue(has(extract("The US imposed sanctions on Russia. Moscow denounced the decision."), "Russia", "opposes", "United States", "asserted"));
        assertFalse(extract("The US imposed sanctions on Russia. Washington defended the decision.").stream().anyMatch(f -> f.relation().equals("opposes")));
        // What sanctions target is sanctioned.
        assertTrue(has(extract("EU targets Russian LNG for first time in 14th sanctions package"), "European Union", "sanctions", "Russia", "asserted"));
        // A procedure set off to do something has not done it; a free relative attributes nothing; an infinitive is no object.
        assertTrue(has(extract("Britain, France and Germany triggered the process to reimpose United Nations sanctions on Iran."), "United Nations",
                "sanctions", "Iran", "hypothetical"));
        assertTrue(has(extract("Viktor Orbán met Vladimir Putin in Moscow on what he called a peace mission."), "Viktor Orbán", "meetsWith",
                "Vladimir Putin", "asserted"));
        assertTrue(extract("Poland, Lithuania and Latvia threaten to seal the Belarus border.").stream().noneMatch(f -> f.relation().equals("opposes")
                && Set.of("Poland", "Lithuania", "Latvia").contains(f.object())));
        // The act after a verb of denial is the denier's.
        assertTrue(has(extract("Kinshasa accused Rwanda of a declaration of war, while Rwanda's government denied commanding the M23."), "Rwanda", "leads",
                "M23", "denied", "Rwanda"));
        // A sale of arms named before the noun.
        assertTrue(has(extract("U.S. approves $2 billion air-defence sale to Taiwan"), "United States", "armsOrFunds", "Taiwan", "asserted"));
    }

    @Test
    void relativeClausesSpeakersOfficialsFromAStateAndCoMediators() {
        // A relative clause before a verb of saying is the writer's; one after the trigger speaks of its own content.
        List<Fact> fs = extract("Belarusian President Alexander Lukashenko, who allowed Russia to use his country's territory to launch its invasion of "
                + "Ukraine in February 2022, told Vladimir Putin that the Wagner fighters were bored.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.toString());
        fs = extract("Hungary, whose prime minister Viktor Orbán has repeatedly clashed with Brussels over its support for Kyiv, did not block the "
                + "package, diplomats said.");
        assertTrue(has(fs, "Viktor Orbán", "opposes", "European Union", "asserted"), fs.toString());
        fs = extract("Viktor Orbán met Vladimir Putin in Moscow, drawing sharp rebukes from EU leaders who said he had no mandate.");
        assertTrue(has(fs, "Viktor Orbán", "meetsWith", "Vladimir Putin", "asserted"), fs.toString());
        // Officials from a state speak for it; a co-mediator is no side of the talks.
        fs = extract("Israel and Hamas agreed to a ceasefire, according to officials from Qatar, which mediated the deal together with Egypt.");
        assertTrue(fs.stream().anyMatch(f -> "Qatar".equals(f.claimant())), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && Set.of(f.subject(), f.object()).contains("Egypt")), fs.toString());
        // A descriptor before a name; a named agreement's description; suspending a treaty, and one's participation in it.
        assertTrue(has(extract("Sudan accused the UAE of arming the paramilitary Rapid Support Forces."), "United Arab Emirates", "armsOrFunds",
                "Rapid Support Forces", "claimed", "Sudan"));
        // (a bare suspension is not a withdrawal: "Russia suspended New START" is how Moscow put it)
        fs = extract("Putin suspends New START, last US-Russia nuclear arms treaty");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("cooperatesWith") || f.relation().equals("withdrawsFrom")), fs.toString());
        assertTrue(has(extract("Putin suspended Russia's participation in New START."), "Russia", "withdrawsFrom", "New START", "asserted"));
    }

    @Test
    void actsNamedAgainAndTheirDoers() {
        // "the drills", "the move": an act named before, by whoever did it; judged harshly with "called", opposition.
        assertTrue(has(extract("China's military launched two days of large-scale exercises around Taiwan on Thursday. Taiwan's defence ministry "
                + "condemned the drills as irrational provocation."), "Taiwan", "opposes", "China", "asserted"));
        assertTrue(has(extract("President Donald Trump on Wednesday doubled tariffs on Indian goods. India's foreign ministry called the move "
                + "unfair and unjustified."), "India", "opposes", "United States", "asserted"));
        assertTrue(has(extract("Indian missiles struck nine sites in Pakistan. Islamabad described the strikes as an act of war."), "Pakistan",
                "opposes", "India", "asserted"));
        // (not praise, and not an act three sentences back)
        assertFalse(extract("Trump doubled tariffs on Indian goods. India called the move understandable.").stream()
                .anyMatch(f -> f.relation().equals("opposes")));
        assertFalse(extract("Trump doubled tariffs on Indian goods. Markets fell. Oil rose. Investors waited. India condemned the move.").stream()
                .anyMatch(f -> f.relation().equals("opposes")));
        // Letting another use one's land is support; one's allies in an organization make one a member.
        assertTrue(has(extract("Lukashenko, who allowed Russia to use his country's territory to launch its invasion of Ukraine, met Putin."),
                "Belarus", "supports", "Russia", "asserted"));
        // One's fellow members make a member; one's allies do not ("Ukraine thanked its NATO allies").
        assertTrue(has(extract("Estonia asked its fellow NATO members for urgent consultations."), "Estonia", "memberOf", "NATO", "asserted"));
        assertTrue(extract("Ukraine thanked its NATO allies for the air defence systems.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // Designated as terrorists in a relative clause on a description, the writer's words.
        List<Fact> fs = extract("Turkey accused Stockholm of harbouring members of the Kurdistan Workers' Party (PKK), a group that Ankara, the "
                + "European Union and the United States designate as a terrorist organisation.");
        assertTrue(has(fs, "European Union", "opposes", "PKK", "asserted") && has(fs, "United States", "opposes", "PKK", "asserted"), fs.toString());
    }

    @Test
    void modelNamesChairsAndStayingOutside() {
        // A model's name inside the noun phrase of a state's craft.
        assertTrue(has(extract("Thai F-16 jets struck Cambodian military targets on Thursday."), "Thailand", "attacks", "Cambodia", "asserted"));
        assertTrue(has(extract("Russian Su-24 jets violated Turkish airspace."), "Russia", "violatesAirspaceOf", "Turkey", "asserted"));
        // Chairing an organization or holding its rotating presidency is membership; chairing talks is not.
        assertTrue(has(extract("Malaysia, which chairs the Association of Southeast Asian Nations this year, offered to mediate."), "Malaysia",
                "memberOf", "ASEAN", "asserted"));
        assertTrue(has(extract("Budapest took over the rotating presidency of the European Union."), "Hungary", "memberOf", "European Union", "asserted"));
        assertTrue(extract("Britain chaired the talks with Iran.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // Staying outside an organization denies membership.
        assertTrue(has(extract("Sweden remains outside NATO because Turkey and Hungary have yet to ratify its bid."), "Sweden", "memberOf", "NATO", "denied"));
    }

    @Test
    void accusationsAreClaimsAndCommitmentsUnderADeal() {
        // What is charged is the accuser's claim. An accusation alone is no opposition: annotators of eleven sets recorded the
        // charge, not hostility (the rule that made it one was wrong 29 times in 43 and was removed).
        List<Fact> fs = extract("Sudan accused the UAE of arming the RSF.");
        assertTrue(has(fs, "United Arab Emirates", "armsOrFunds", "Rapid Support Forces", "claimed", "Sudan"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("opposes")), fs.toString());
        fs = extract("Warsaw accuses Belarus and Russia of deliberately pushing migrants toward the border, which Minsk and Moscow deny.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.stance().equals("denied")), fs.toString());
        // (those accused together accuse no one)
        assertTrue(extract("The EU listed companies in China, Turkey and the United Arab Emirates that are accused of helping Moscow evade sanctions.")
                .stream().noneMatch(f -> f.relation().equals("opposes")));
        // Commitments under a deal are their owner's, whoever accuses them of breaking them.
        fs = extract("Britain, France and Germany accused Tehran of significant non-performance of its commitments under the 2015 nuclear deal, "
                + "which the United States abandoned in 2018.");
        assertTrue(has(fs, "Iran", "partyTo", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
        assertTrue(has(fs, "United States", "withdrawsFrom", "Joint Comprehensive Plan of Action", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("partyTo") && !f.subject().equals("Iran")), fs.toString());
    }

    @Test
    void aChargeRejectedLaterIsDeniedByTheAccused() {
        List<Fact> fs = extract("Sudan accused the UAE of arming the RSF. The UAE rejected the accusations.");
        assertTrue(has(fs, "United Arab Emirates", "armsOrFunds", "Rapid Support Forces", "denied", "United Arab Emirates"), fs.toString());
        // (not by a third party, not a charge named as someone else's, and not three sentences on)
        fs = extract("Sudan accused the UAE of arming the RSF. Egypt rejected the accusations.");
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("denied")), fs.toString());
        fs = extract("Sudan accused the UAE of arming the RSF. Talks stalled. Fighting went on. The UAE rejected the accusations.");
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("denied")), fs.toString());
    }

    @Test
    void namesTheTaggerMisreadsAndTheNewReferenceEntities() {
        // "Pashinyan/ADJ met/NOUN": a person's name is a name, so the word after it can be the verb.
        assertTrue(has(extract("Aliyev and Pashinyan met."), "Ilham Aliyev", "meetsWith", "Nikol Pashinyan", "asserted"));
        assertTrue(has(extract("Ilham Aliyev and Nikol Pashinyan shook hands in the White House last Friday."), "Ilham Aliyev", "meetsWith",
                "Nikol Pashinyan", "asserted"));
        // Every UN member is a state (Guyana), and widely cited treaties are known (the Rome Statute).
        assertTrue(has(extract("Venezuela threatened Guyana."), "Venezuela", "opposes", "Guyana", "asserted"));
        assertTrue(has(extract("Hungary withdrew from the Rome Statute in 2025."), "Hungary", "withdrawsFrom", "Rome Statute of the International Criminal Court", "asserted"));
        // ("piracy in the Gulf of Guinea" is no act of the state of Guinea)
        assertTrue(extract("Pirates attacked a tanker in the Gulf of Guinea, Nigeria said.").stream().noneMatch(f -> "Guinea".equals(f.object())
                || "Guinea".equals(f.subject())));
    }

    @Test
    void aLeadersGovernmentAndDocumentsHandedOver() {
        assertTrue(has(extract("President Maia Sandu, whose government opened accession talks with the European Union last June, has demanded "
                + "their withdrawal."), "Moldova", "negotiatesWith", "European Union", "asserted"));
        assertTrue(extract("Swedish Prime Minister Ulf Kristersson handed the instrument of accession to U.S. Secretary of State Antony Blinken.")
                .stream().noneMatch(f -> f.relation().equals("supports")));
    }

    @Test
    void secondReviewActsDoersJudgementsDenialsAndClashes() {
        // The doer named on an act noun is its doer, and an observer's verb records nothing.
        List<Fact> fs = extract("Taiwan's defence ministry tracked Chinese military exercises near the island on Monday. Japan called the drills a "
                + "dangerous provocation.");
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.object().equals("Taiwan")), fs.toString());
        assertTrue(has(fs, "Japan", "opposes", "China", "asserted"), fs.toString());
        assertTrue(extract("Kenya welcomed troops in Somalia. Somalia called the deployment illegal.").stream()
                .noneMatch(f -> f.relation().equals("opposes") && f.object().equals("Kenya")));
        // A judgement that approves or is negated, or the act's own noun, is no condemnation.
        for (String t : List.of("Russia struck Ukraine's power grid overnight. Belarus described the attack as a legitimate response to shelling.",
                "Israeli jets struck Hezbollah sites in southern Lebanon. Lebanon's government did not call the strikes a violation of the ceasefire.",
                "India struck camps in Pakistan. Washington described the strikes as a serious development and urged calm."))
            assertTrue(extract(t).stream().noneMatch(f -> f.relation().equals("opposes") && f.rule().equals("regard-as")), t);
        // A denial with its own object governs no coordinated accusation (and blaming alone is no opposition since the third
        // session of 2026-12-07).
        assertTrue(extract("Moscow denied the claims and blamed Kyiv for the attack.").stream().noneMatch(f -> f.stance().equals("denied")));
        // A side never denies its own claim; a rejected charge named more exactly is another charge.
        fs = extract("Ukraine said Russia struck a market in Kharkiv. Russia's defence ministry said Ukrainian forces had shelled Donetsk. "
                + "Kyiv rejected the claims.");
        assertFalse(fs.stream().anyMatch(f -> f.stance().equals("denied") && f.subject().equals("Russia")), fs.toString());
        // Armed groups clash in arms; places of a clash make it a fight.
        assertTrue(has(extract("Hamas and Israel clashed again in Rafah on Sunday."), "Hamas", "fightsAgainst", "Israel", "asserted")
                || has(extract("Hamas and Israel clashed again in Rafah on Sunday."), "Israel", "fightsAgainst", "Hamas", "asserted"));
        // Support given to the attacker is no consent of the attacked; people in a capital speak for no state.
        assertTrue(has(extract("Israeli jets struck targets in Iran with the support of the United States."), "Israel", "attacks", "Iran", "asserted"));
        assertTrue(extract("North Korea has sent troops to Russia, according to diplomats in Seoul.").stream().noneMatch(f -> "South Korea".equals(f.claimant())));
        // An outgoing holder still acts; staying outside in the past, or wishing to, denies nothing; transit of goods is no support.
        assertTrue(has(extract("The outgoing US president imposed new sanctions on Russia's energy sector."), "United States", "sanctions", "Russia", "asserted"));
        assertTrue(extract("Finland and Sweden, which long stayed outside NATO, joined the alliance in 2023 and 2024.").stream()
                .noneMatch(f -> f.stance().equals("denied")));
        assertTrue(extract("Georgia has allowed Russia to use its territory for transit of goods since 2011.").stream().noneMatch(f -> f.relation().equals("supports")));
        // The name inside an accused phrase only qualifies it.
        assertTrue(extract("India has blamed Pakistan-based militants for the attack in Pahalgam.").stream().noneMatch(f -> f.relation().equals("opposes")));
    }

    @Test
    void forcesPouringInAndCraftOverAnotherStatesLand() {
        assertTrue(has(extract("Weeks after Russian troops poured across Ukraine's borders, Finland applied."), "Russia", "attacks", "Ukraine", "asserted"));
        // (a people pouring into a land is no attack, and no support either)
        assertTrue(extract("Ukrainians poured into Poland.").isEmpty());
        assertTrue(has(extract("Poland and its allies shot down Russian drones over Polish territory."), "Russia", "violatesAirspaceOf", "Poland", "asserted"));
        assertTrue(has(extract("A Chinese balloon flew over US airspace."), "China", "violatesAirspaceOf", "United States", "asserted"));
        assertTrue(extract("US jets flew over Syria.").stream().noneMatch(f -> f.relation().equals("violatesAirspaceOf")));
    }

    @Test
    void leavingAnOrganization() {
        List<Fact> fs = extract("Burkina Faso, Mali and Niger left ECOWAS.");
        assertTrue(has(fs, "Mali", "withdrawsFrom", "ECOWAS", "asserted") && has(fs, "Niger", "withdrawsFrom", "ECOWAS", "asserted"), fs.toString());
        assertTrue(has(extract("Britain left the European Union in 2020."), "United Kingdom", "withdrawsFrom", "European Union", "asserted"));
        assertTrue(extract("Russian forces withdrew from Kherson.").stream().noneMatch(f -> f.relation().equals("withdrawsFrom")));
    }

    @Test
    void brokeredTruceRecognisedLeadersAndForcesSideBySide() {
        List<Fact> fs = extract("Qatar and Egypt brokered a truce between Israel and Hamas.");
        assertTrue(has(fs, "Israel", "negotiatesWith", "Hamas", "asserted") && has(fs, "Qatar", "negotiatesWith", "Israel", "asserted"), fs.toString());
        assertFalse(has(fs, "Qatar", "negotiatesWith", "Egypt", "asserted") || has(fs, "Egypt", "negotiatesWith", "Qatar", "asserted"), fs.toString());
        assertTrue(has(extract("The United States recognised Juan Guaidó as Venezuela's interim president."), "United States", "supports",
                "Juan Guaidó", "asserted"));
        assertTrue(extract("Russia recognised the Taliban government.").stream().noneMatch(f -> f.relation().equals("supports")));
        assertTrue(has(extract("North Korean troops are fighting alongside Russian forces in Kursk."), "North Korea", "cooperatesWith", "Russia", "asserted"));
    }

    @Test
    void aGenericActIsWhatTheClauseDid() {
        List<Fact> fs = extract("Britain, France and Germany on Thursday triggered the process to reimpose United Nations sanctions on Iran. "
                + "Iranian Foreign Minister Abbas Araghchi called the move unjustified and illegal.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.object().equals("Germany")), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("opposes") && f.object().equals("United Nations")), fs.toString());
    }

    @Test
    void theJuntaIsTheOneStateInView() {
        assertTrue(has(extract("Mali's military rulers expelled the UN mission. The junta turned to Russia for help."), "Russia", "supports", "Mali", "asserted"));
        // (not when two states are in view)
        assertTrue(extract("Burkina Faso cut ties with Ukraine. The junta accused Kyiv of backing rebels.").stream()
                .noneMatch(f -> f.line() == 2 && f.relation().equals("opposes")));
    }

    @Test
    void whatIsStillToBeEndedHoldsNow() {
        assertTrue(has(extract("France will end its military cooperation with Niger, President Emmanuel Macron said on Sunday."), "France",
                "cooperatesWith", "Niger", "claimed", "Emmanuel Macron"));
        assertTrue(has(extract("Russia would never end its support for Syria."), "Russia", "supports", "Syria", "asserted"));
        assertTrue(has(extract("Russia will not suspend talks with Ukraine."), "Russia", "negotiatesWith", "Ukraine", "asserted"));
        // (what was ended no longer holds)
        assertTrue(has(extract("France ended its military cooperation with Mali in 2022."), "France", "cooperatesWith", "Mali", "denied"));
    }

    @Test
    void aTitleBeforeANameTheGraphDoesNotKnowIsNoState() {
        assertTrue(extract("Rubio met Guyanese President Irfaan Ali in Georgetown.").stream().noneMatch(f -> "Guyana".equals(f.object())));
        assertTrue(has(extract("The Russian president said Ukraine had attacked Russia."), "Ukraine", "attacks", "Russia", "claimed", "Russia"));
    }

    @Test
    void aSentenceLongerThanAnyNewsSentenceIsReadInPieces() {
        // (a list or a text without full stops: read clause-sized, so its cost stays linear, with exact quotes)
        String text = "Russia attacked Ukraine, and the EU condemned the attack, and ".repeat(300) + "that was all.";
        List<Fact> fs = extract(text);
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.size() + " facts");
        assertTrue(fs.stream().allMatch(f -> text.contains(f.quote().strip()) && f.quote().length() < 2000), "quotes are exact pieces of the text");
    }

    @Test
    void sidesThatAgreeToACeasefireNegotiatedIt() {
        assertTrue(has(extract("India and Pakistan agreed to a ceasefire on Saturday."), "India", "negotiatesWith", "Pakistan", "asserted"));
        assertTrue(has(extract("Azerbaijan signed a ceasefire with Armenia."), "Azerbaijan", "negotiatesWith", "Armenia", "asserted"));
        assertTrue(extract("Russia violated the ceasefire with Ukraine.").stream().noneMatch(f -> f.relation().equals("negotiatesWith")));
    }

    @Test
    void passiveChargesAndPlacesDeepInside() {
        // An accusation with no accuser is a report of unnamed sources, and its denial a denial.
        List<Fact> fs = extract("Iran has been accused of arming the Houthis, a charge it denies.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "denied", "Iran"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("armsOrFunds") && f.stance().equals("claimed")), fs.toString());
        // "deep inside/ADV Russia" ends the thing struck.
        assertTrue(has(extract("Ukraine struck an oil refinery deep inside Russia."), "Ukraine", "attacks", "Russia", "asserted"));
    }

    @Test
    void criticismDrawnByTheSentencesSubject() {
        List<Fact> fs = extract("North Korea test-fired an intercontinental ballistic missile, drawing condemnation from Japan and South Korea.");
        assertTrue(has(fs, "Japan", "opposes", "North Korea", "asserted") && has(fs, "South Korea", "opposes", "North Korea", "asserted"), fs.toString());
        assertTrue(has(extract("Hungary vetoed the aid package, drawing sharp criticism from Poland."), "Poland", "opposes", "Hungary", "asserted"));
        assertTrue(extract("Hungary vetoed the aid package, drawing lessons from Poland.").stream().noneMatch(f -> f.relation().equals("opposes")));
        // (the first verb may stand right before a name)
        assertTrue(has(extract("Russia annexed Crimea, drawing condemnation from the EU."), "European Union", "opposes", "Russia", "asserted"));
    }

    @Test
    void unlistedSpeakersIrrealisNounsOfficialsAndPresupposedParties() {
        // Someone the text names but the graph does not list still speaks: a claim, not the writer's assertion.
        List<Fact> fs = extract("Hossein Salami told state television that Russia attacked Ukraine.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "claimed", "speakers not in the graph"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.stance().equals("asserted")), fs.toString());
        assertTrue(has(extract("Russia attacked Ukraine, Salami said."), "Russia", "attacks", "Ukraine", "claimed", "speakers not in the graph"));
        assertTrue(has(extract("Russia attacked Ukraine."), "Russia", "attacks", "Ukraine", "asserted"));
        // A denial by unnamed officials is theirs, not the writer's assertion.
        fs = extract("Officials denied that Iran armed the Houthis.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Houthis", "denied", "unnamed sources"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.stance().equals("asserted")), fs.toString());
        // An event noun still to come or weighed is hypothetical.
        for (String t : List.of("Any Chinese attack on Taiwan would be met with force.", "A possible Chinese attack on Taiwan worries Japan.")) {
            fs = extract(t);
            assertTrue(has(fs, "China", "attacks", "Taiwan", "hypothetical"), fs.toString());
            assertTrue(fs.stream().noneMatch(f -> f.stance().equals("asserted")), fs.toString());
        }
        // Denying one's own role in an act does not deny the act.
        fs = extract("Iran denied any role in the Russian attack on Ukraine.");
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("attacks") && f.stance().equals("denied")), fs.toString());
        // Rejecting a charge that something happened denies it.
        assertTrue(has(extract("Kremlin spokesman Dmitry Peskov rejected the charge that Russia attacked Moldova."), "Russia", "attacks", "Moldova",
                "denied", "Dmitry Peskov"));
        // A minister voices the state's opposition; a head of state or government is an actor in their own right.
        assertTrue(has(extract("Iranian Foreign Minister Abbas Araghchi condemned Germany."), "Iran", "opposes", "Germany", "asserted"));
        assertTrue(has(extract("Joe Biden condemned Xi Jinping."), "Joe Biden", "opposes", "Xi Jinping", "asserted"));
        // "it" in a conditional clause: the one actor named before it; "warned X that it": X.
        fs = extract("Marco Rubio warned Venezuela that it would face a very bad week if it attacked Guyana.");
        assertTrue(has(fs, "Venezuela", "attacks", "Guyana", "hypothetical"), fs.toString());
        assertTrue(extract("Turkey blocked Sweden's bid until it cracked down on the PKK.").stream().noneMatch(f -> f.relation().equals("opposes")
                && f.object().equals("PKK")));
        // A plural modifier names each member; an organization said to group states has them as members.
        fs = extract("Kaliningrad is wedged between NATO members Poland and Lithuania.");
        assertTrue(has(fs, "Poland", "memberOf", "NATO", "asserted") && has(fs, "Lithuania", "memberOf", "NATO", "asserted"), fs.toString());
        fs = extract("The Quad, which groups the United States, Japan, India and Australia, met in Tokyo.");
        for (String m : List.of("United States", "Japan", "India", "Australia")) assertTrue(has(fs, m, "memberOf", "Quad", "asserted"), fs.toString());
        assertTrue(extract("The package includes Russia's central bank.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // Memberships in apposition: at the end of the sentence or before "and", of coordinated organizations, of a possessor's
        // ally in an organization (both are in it), and a "founding member" whatever the tagger made of "founding".
        assertTrue(has(extract("Trump would not rule out force to take Greenland, a territory of Denmark, a NATO ally."), "Denmark", "memberOf", "NATO", "asserted"));
        fs = extract("Hungary, an EU and NATO member that has refused to send weapons to Ukraine, kept open lines to Moscow.");
        assertTrue(has(fs, "Hungary", "memberOf", "European Union", "asserted") && has(fs, "Hungary", "memberOf", "NATO", "asserted"), fs.toString());
        fs = extract("Washington cleared a sale of F-35 jets to Greece, Turkey's NATO ally and longtime regional rival.");
        assertTrue(has(fs, "Greece", "memberOf", "NATO", "asserted"), fs.toString());
        // (the possessor need not be in it: "Ukraine's NATO ally")
        fs = extract("Poland, Ukraine's NATO ally, sent MiG-29 jets to Kyiv.");
        assertTrue(has(fs, "Poland", "memberOf", "NATO", "asserted") && !has(fs, "Ukraine", "memberOf", "NATO", "asserted"), fs.toString());
        assertTrue(has(extract("Greenland is a territory of Denmark, a founding member of NATO."), "Denmark", "memberOf", "NATO", "asserted"));
        // Examples of members: "NATO allies, including Poland"; not a possessor among them ("including Ukraine's neighbours").
        fs = extract("The delay exasperated Kyiv and several NATO allies, including Poland and Lithuania.");
        assertTrue(has(fs, "Poland", "memberOf", "NATO", "asserted") && has(fs, "Lithuania", "memberOf", "NATO", "asserted"), fs.toString());
        assertTrue(extract("NATO allies including Ukraine's neighbours objected.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // (the list ends at its "and", or at ", and" after one name)
        fs = extract("Defence ministers from several NATO allies, including Britain and Poland, and Ukraine met in Brussels.");
        assertTrue(has(fs, "Poland", "memberOf", "NATO", "asserted") && !has(fs, "Ukraine", "memberOf", "NATO", "asserted"), fs.toString());
        fs = extract("NATO members, including Turkey, and Sweden and Finland, which had applied to join, met in Madrid.");
        assertTrue(has(fs, "Turkey", "memberOf", "NATO", "asserted") && !has(fs, "Sweden", "memberOf", "NATO", "asserted"), fs.toString());
        assertTrue(has(extract("NATO allies, including Britain, France, and Poland, met."), "Poland", "memberOf", "NATO", "asserted"));
        // Approving someone's bid supports them ("did not … until" did it, late); blocking it opposes them.
        assertTrue(has(extract("Hungary's parliament on Monday approved Sweden's application to join NATO."), "Hungary", "supports", "Sweden", "asserted"));
        assertTrue(has(extract("The Turkish parliament did not ratify Sweden's accession protocol until January 23."), "Turkey", "supports", "Sweden", "asserted"));
        assertTrue(has(extract("Turkey did not ratify Sweden's bid."), "Turkey", "supports", "Sweden", "denied"));
        // (an "until" in a clause of its own leaves the negation alone)
        assertTrue(has(extract("Turkey has not approved Sweden's bid and says it will not until Stockholm acts against the PKK."), "Turkey", "supports",
                "Sweden", "denied"));
        assertTrue(has(extract("Russia does not recognise Kosovo and has vowed to block its UN membership until Serbia agrees."), "Russia", "supports",
                "Kosovo", "denied"));
        assertTrue(extract("Germany welcomed Russia's decision.").stream().noneMatch(f -> f.relation().equals("supports")));
        // Keeping a ruler in power supports them; "help" before a bare infinitive shares its subject.
        assertTrue(has(extract("Russia kept Assad in power with air strikes from 2015."), "Russia", "supports", "Bashar al-Assad", "asserted"));
        assertTrue(has(extract("Russia helped keep Assad in power."), "Russia", "supports", "Bashar al-Assad", "asserted"));
        assertTrue(extract("Russia kept its troops in power plants.").stream().noneMatch(f -> f.relation().equals("supports")));
        // A model's designation is a name, and the plural after it the noun ("Bayraktar TB2/ADP drones/VERB to Mali").
        fs = extract("Turkey has courted the juntas, selling Bayraktar TB2 drones to Mali, Burkina Faso and Niger.");
        for (String m : List.of("Mali", "Burkina Faso", "Niger")) assertTrue(has(fs, "Turkey", "armsOrFunds", m, "asserted"), fs.toString());
        // "X's war in Y" says nothing of whom the war is against ("France's war in Mali against jihadist groups").
        assertTrue(extract("France's war in Mali against jihadist groups lasted nearly a decade.").stream().noneMatch(f -> f.relation().equals("fightsAgainst")));
        // Rockets slamming into a state attack it; modality before a semicolon stays in its clause.
        assertTrue(has(extract("Cambodian rockets slammed into Thailand."), "Cambodia", "attacks", "Thailand", "asserted"));
        assertTrue(has(extract("The two governments agreed that Hungary would buy four more Gripen jets; three days later the Hungarian parliament "
                + "ratified Sweden's accession."), "Hungary", "supports", "Sweden", "asserted"));
        // "The three juntas": the last group of three states named together, however far back; states that found a body are its
        // members, and a pact formed binds them as allies.
        fs = extract("Mali, Burkina Faso and Niger expelled French troops. Russia sent instructors. The three juntas announced in January 2024 "
                + "that they were leaving ECOWAS.");
        for (String m : List.of("Mali", "Burkina Faso", "Niger")) assertTrue(has(fs, m, "withdrawsFrom", "ECOWAS", "asserted"), fs.toString());
        fs = extract("Mali, Burkina Faso and Niger formed the Alliance of Sahel States in 2023.");
        for (String m : List.of("Mali", "Burkina Faso", "Niger")) assertTrue(has(fs, m, "memberOf", "Alliance of Sahel States", "asserted"), fs.toString());
        assertTrue(has(extract("Mali, Burkina Faso and Niger formed a mutual defence pact."), "Mali", "allyOf", "Niger", "asserted"));
        assertTrue(extract("Prigozhin founded the Wagner Group.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // (after a date, "along with" is no co-agent of other acts: "sanctioned Iran on Monday along with Russian drone makers")
        assertTrue(extract("The EU sanctioned Iran on Monday along with Russia.").stream().noneMatch(f -> f.subject().equals("Russia")));
        // False friends found on opened sets 27-29: a backer in a hyphenated modifier is not the noun's agent; an office to come is
        // not held; sport, trade contests, votes against a motion, peace deals, a verb's form inside a compound, a generic alias
        // out of its country's context, and a possessor of an unknown name are none of the relations they look like.
        assertTrue(extract("Iran-backed militias attacked US troops.").stream().noneMatch(f -> f.relation().equals("attacks")));
        assertTrue(has(extract("Hamas-led gunmen stormed into southern Israel."), "Hamas", "attacks", "Israel", "asserted"));
        assertTrue(extract("Pompeo designated Cuba a state sponsor of terrorism, a decision that President-elect Joe Biden may reverse.").stream()
                .noneMatch(f -> f.subject().equals("Joe Biden")));
        assertTrue(extract("Argentina beat Brazil 1-0 in a World Cup qualifier, in a match delayed after Brazilian police clashed with Argentine fans.")
                .stream().noneMatch(f -> f.relation().equals("fightsAgainst")));
        assertTrue(extract("Brazil and Argentina battle for China's booming beef market.").isEmpty());
        assertTrue(has(extract("Russia and Ukraine fought for control of Bakhmut."), "Russia", "fightsAgainst", "Ukraine", "asserted"));
        assertTrue(extract("The United States and Israel voted against the resolution.").stream().noneMatch(f -> f.relation().equals("opposes")));
        assertTrue(extract("Congo and Rwanda signed a peace agreement in Washington.").stream().noneMatch(f -> f.relation().equals("cooperatesWith")));
        assertTrue(extract("Saudi Arabia and nuclear-armed Pakistan signed a defence agreement.").stream().noneMatch(f -> f.relation().equals("armsOrFunds")));
        assertTrue(extract("The U.S. Treasury imposed sanctions on Colombia's Petro.").stream().noneMatch(f -> f.object().equals("Colombia")));
        assertTrue(has(extract("Washington imposed sanctions on Russia's Wagner Group."), "United States", "sanctions", "Wagner Group", "asserted"));
        assertTrue(extract("Bogota backed the opposition leader Juan Guaido.").stream().noneMatch(f -> f.object().equals("Syrian opposition")));
        assertTrue(has(extract("Russia bombed Syria, while the United States supports the opposition."), "United States", "supports", "Syrian opposition",
                "asserted"));
        // A body that links states has them as members; a colon before a clause of its own ends the modality before it.
        fs = extract("The Quad, which links America, Australia, India and Japan, has had a smoother ride.");
        for (String m : List.of("United States", "Australia", "India", "Japan")) assertTrue(has(fs, m, "memberOf", "Quad", "asserted"), fs.toString());
        assertTrue(extract("The pipeline links Russia and Germany.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        assertTrue(has(extract("First, it should stop treating arms sales as a substitute for strategy: America has approved more than $20bn of "
                + "weapons for Taiwan since 2017."), "United States", "armsOrFunds", "Taiwan", "asserted"));
        // A leader's government acts for the leader's state.
        assertTrue(has(extract("Orban's government blocked Ukraine's bid."), "Hungary", "opposes", "Ukraine", "asserted"));
        assertTrue(has(extract("Biden's administration imposed sanctions on Russia."), "United States", "sanctions", "Russia", "asserted"));
        // Those who join "together with" others, past the organization's head noun and a date.
        fs = extract("Iran joined the BRICS group on January 1 together with Egypt, Ethiopia and the United Arab Emirates.");
        for (String m : List.of("Iran", "Egypt", "Ethiopia", "United Arab Emirates")) assertTrue(has(fs, m, "memberOf", "BRICS", "asserted"), fs.toString());
        // Only a party suspends or leaves a treaty: a party now, whatever the clause supposes; a withdrawal done says no more.
        assertTrue(has(extract("Pakistan said it could suspend the 1972 Simla Agreement."), "Pakistan", "partyTo", "Simla Agreement", "asserted"));
        fs = extract("Russia threatened to quit the Open Skies Treaty.");
        assertTrue(has(fs, "Russia", "withdrawsFrom", "Treaty on Open Skies", "hypothetical") && has(fs, "Russia", "partyTo", "Treaty on Open Skies", "asserted"),
                fs.toString());
        assertTrue(extract("Russia withdrew from the INF Treaty in 2019.").stream().noneMatch(f -> f.relation().equals("partyTo")));
        // The tagger's noun after coordinated names is the verb ("… and the United States list/NOUN as a terrorist organisation").
        fs = extract("The PKK, a group that Ankara, the European Union and the United States list as a terrorist organisation, denied it.");
        for (String m : List.of("Turkey", "European Union", "United States")) assertTrue(has(fs, m, "opposes", "PKK", "asserted"), fs.toString());
        // Weapons a state made, used or owned by another: the maker arms the user; weapons shot down are no one's supply.
        assertTrue(has(extract("Azerbaijan won the 2020 war with Turkish-made Bayraktar drones."), "Turkey", "armsOrFunds", "Azerbaijan", "asserted"));
        assertTrue(has(extract("Pakistan's Chinese-built jets shot down Indian aircraft."), "China", "armsOrFunds", "Pakistan", "asserted"));
        assertTrue(has(extract("Russia fired Iranian-made drones at Ukraine."), "Iran", "armsOrFunds", "Russia", "asserted"));
        assertTrue(extract("Ukraine shot down Iranian-made drones over Kyiv.").stream().noneMatch(f -> f.relation().equals("armsOrFunds")));
        // Meetings: "their" over a hyphenated compound, guests hosted together, and telling someone in a call or at a meeting.
        assertTrue(has(extract("Joe Biden and Xi Jinping agreed to restore communications at their first face-to-face meeting."), "Joe Biden",
                "meetsWith", "Xi Jinping", "asserted"));
        fs = extract("Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David on Friday.");
        assertTrue(has(fs, "Fumio Kishida", "meetsWith", "Yoon Suk Yeol", "asserted") && has(fs, "Joe Biden", "meetsWith", "Fumio Kishida", "asserted"),
                fs.toString());
        assertTrue(has(extract("Sergei Lavrov told Marco Rubio in a phone call that all sides should refrain from the use of force."), "Sergei Lavrov",
                "meetsWith", "Marco Rubio", "asserted"));
        assertTrue(extract("Putin told Xi Jinping that Russia would win.").stream().noneMatch(f -> f.relation().equals("meetsWith")));
    }

    @Test
    void reviewOfTheSecondSessionOf20261207() {
        // "warned X that it": a state speaking means itself, only a person speaking means the one addressed.
        assertTrue(extract("Russia warned NATO that it would strike Ukraine.").stream().noneMatch(f -> f.subject().equals("NATO")));
        // Weapons got from a third party are not the maker's supply; a purchase only weighed is not made.
        assertTrue(extract("Ukraine received Russian-made S-300 systems from Slovakia.").stream().noneMatch(f -> f.relation().equals("armsOrFunds")
                && f.subject().equals("Russia")));
        assertTrue(extract("Ukraine received Soviet-made MiG-29 jets.").stream().noneMatch(f -> f.subject().equals("Soviet Union")));
        assertTrue(extract("Egypt may order Chinese-made J-10 fighter jets.").stream().noneMatch(f -> f.stance().equals("asserted")));
        // Only the organization right before the verb has the members ("OPEC+" is not OPEC).
        assertTrue(extract("The coalition against the Houthis includes the United States and Britain.").stream()
                .noneMatch(f -> f.relation().equals("memberOf")));
        assertTrue(extract("OPEC+ includes Russia.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        assertTrue(has(extract("BRICS now includes Iran and Egypt."), "Egypt", "memberOf", "BRICS", "asserted"));
        // What was expected or long anticipated can still happen.
        assertTrue(has(extract("Israel launched its long-anticipated attack on Iran."), "Israel", "attacks", "Iran", "asserted"));
        // A minister in office speaks for the state, not against its own leaders, and not once out of office.
        assertTrue(has(extract("Hossein Amir-Abdollahian condemned Germany.", LocalDate.of(2023, 6, 1)), "Iran", "opposes", "Germany", "asserted"));
        assertTrue(has(extract("Hossein Amir-Abdollahian condemned Germany.", LocalDate.of(2025, 6, 1)), "Hossein Amir-Abdollahian", "opposes", "Germany",
                "asserted"));
        assertTrue(has(extract("Antony Blinken criticised Joe Biden.", LocalDate.of(2023, 6, 1)), "Antony Blinken", "opposes", "Joe Biden", "asserted"));
        // An organization qualifying a noun is not left; "as well as" ends a list of members.
        assertTrue(extract("Kosovo would withdraw from the Council of Europe talks.").stream().noneMatch(f -> f.object().equals("Council of Europe")));
        assertTrue(extract("NATO members Poland and Romania, as well as Ukraine, condemned the strike.").stream()
                .noneMatch(f -> f.subject().equals("Ukraine") && f.relation().equals("memberOf")));
        // A gerund after a verb whose subject is an unresolved pronoun is not the sentence subject's act.
        assertTrue(extract("Trump said that Tehran would suffer the consequences if it kept supplying the Houthis.").stream()
                .noneMatch(f -> f.subject().equals("United States")));
        assertTrue(has(extract("Britain said on Thursday it had begun supplying Ukraine with Storm Shadow cruise missiles."), "United Kingdom", "armsOrFunds",
                "Ukraine", "claimed", "United Kingdom"));
        // A noun of dispute after a possessive is no denial; a description in apposition keeps its own voice.
        assertTrue(has(extract("Egypt, locked in its own dispute with Ethiopia, has drawn closer to Eritrea, whose president, Isaias Afwerki, hosted "
                + "Abdel Fattah al-Sisi."), "Isaias Afwerki", "meetsWith", "Abdel Fattah el-Sisi", "asserted"));
        assertTrue(has(extract("Venezuela's government rejected as false Trump's assertion that it had stopped taking back migrants, a practice Maduro "
                + "agreed to when he met Marco Rubio."), "Nicolás Maduro", "meetsWith", "Marco Rubio", "asserted"));
        // An office's title with any name of its state or organization: "the European Union's foreign policy chief".
        assertTrue(has(extract("The European Union's foreign policy chief Kaja Kallas called the flight a provocation.", LocalDate.of(2025, 9, 20)),
                "Kaja Kallas", "holdsPosition", "High Representative of the Union for Foreign Affairs and Security Policy", "asserted"));
        // An act judged is not the judge's own; a clause whose verb strikes names strikes; a demonym's forces do the clause's act.
        assertTrue(has(extract("India struck what it called \"terrorist infrastructure\" at nine sites in Pakistan. Islamabad described the strikes as "
                + "an \"act of war\" and said its air force had shot down five Indian aircraft."), "Pakistan", "opposes", "India", "asserted"));
        assertTrue(has(extract("Pakistani military aircraft bombed suspected hideouts of the Taliban in Afghanistan's eastern Paktika province. The Afghan "
                + "defence ministry called the bombing \"a clear violation of all international principles\"."), "Afghanistan", "opposes", "Pakistan", "asserted"));
        // A meeting named again: criticising it opposes its sides, as states.
        List<Fact> fs = extract("Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David on Friday. "
                + "Beijing criticised the gathering as an attempt to form small cliques.");
        for (String side : List.of("United States", "Japan", "South Korea")) assertTrue(has(fs, "China", "opposes", side, "asserted"), fs.toString());
        // Support for an act in view backs its doers; "the operation" after strikes is the attack in view.
        fs = extract("The United States and Britain struck Houthi targets in Yemen. Australia and Canada provided support for the operation.");
        assertTrue(has(fs, "Australia", "supports", "United States", "asserted") && has(fs, "Canada", "supports", "United Kingdom", "asserted"),
                fs.toString());
        // A verb of judgement the tagger took for a noun still attributes its clause.
        assertTrue(has(extract("Seoul estimates that North Korea sent 11,000 soldiers to Russia."), "North Korea", "supports", "Russia", "claimed",
                "South Korea"));
        // The organization of an office that titles someone is in view: "the bloc" after NATO's and the EU's officers is either.
        assertTrue(extract("NATO Secretary General Mark Rutte said the alliance had responded swiftly, while the European Union's foreign policy chief "
                + "Kaja Kallas said the bloc would keep up pressure on Moscow.", LocalDate.of(2025, 9, 20)).stream()
                .noneMatch(f -> f.relation().equals("opposes") && f.subject().equals("NATO")));
        // "The attacks" are attacks in view, not any act: sanctions imposed before are not what is condemned.
        assertTrue(extract("The United States imposed sanctions on Russia. Egypt condemned the attacks as a threat to the security of the Red Sea.")
                .stream().noneMatch(f -> f.subject().equals("Egypt") && f.object().equals("United States")));
        assertTrue(has(extract("Russia launched a drone attack on Kyiv. Ukraine condemned the attack."), "Ukraine", "opposes", "Russia", "asserted"));
        // A possessed named treaty "with" another: both are parties.
        fs = extract("Washington reiterated that its 1951 Mutual Defense Treaty with Manila extends to armed attacks on Philippine armed forces.");
        assertTrue(has(fs, "United States", "partyTo", "US-Philippines Mutual Defense Treaty", "asserted")
                && has(fs, "Philippines", "partyTo", "US-Philippines Mutual Defense Treaty", "asserted"), fs.toString());
        // Review of these: support for a rescue operation, or after a strike and a counter-strike, backs no attacker; "all deny" is
        // a denial; a one-word title after a name is not an office ("NATO's chief spokesperson"); a possessive after the meeting
        // noun is not the meeting judged.
        assertTrue(extract("Russian missiles struck Kyiv overnight. The European Union offered support for the rescue operation.").stream()
                .noneMatch(f -> f.relation().equals("supports")));
        assertTrue(extract("Hamas attacked Israel. Israel's air force struck Gaza in response. Iran expressed support for the operation.").stream()
                .noneMatch(f -> f.subject().equals("Iran") && f.relation().equals("supports")));
        fs = extract("Iran and Russia all deny that Tehran has transferred ballistic missiles to Moscow.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Russia", "denied", "Iran"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.stance().equals("asserted")), fs.toString());
        assertTrue(has(extract("NATO's chief spokesperson said Russia had violated Estonian airspace."), "Russia", "violatesAirspaceOf", "Estonia",
                "claimed", "NATO"));
        assertTrue(extract("Putin met Xi Jinping in Beijing. Putin later criticised the summit's Western critics.").stream()
                .noneMatch(f -> f.relation().equals("opposes")));
        // A measure one is hit with is a sanction, not an attack; weapons one is struck with are an attack.
        fs = extract("The EU struck Russia with a 14th package of sanctions.");
        assertTrue(has(fs, "European Union", "sanctions", "Russia", "asserted") && fs.stream().noneMatch(f -> f.relation().equals("attacks")), fs.toString());
        assertTrue(has(extract("Russia struck Kyiv with missiles and drones."), "Russia", "attacks", "Ukraine", "asserted"));
        // Those killed in a clash fought in it; a war that erupted between two sides is presupposed.
        assertTrue(has(extract("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley."), "India", "fightsAgainst", "China",
                "asserted"));
        assertTrue(extract("Civilians were killed in a clash with Chinese troops.").stream().noneMatch(f -> f.relation().equals("fightsAgainst")));
        assertTrue(has(extract("The UAE has denied supplying weapons to either side in the war that erupted in April 2023 between Abdel Fattah al-Burhan and "
                + "Mohamed Hamdan Dagalo."), "Abdel Fattah al-Burhan", "fightsAgainst", "Mohamed Hamdan Dagalo", "asserted"));
        // An act judged a violation of someone's sovereignty: the judge's charge that its doer violated that state.
        assertTrue(has(extract("Turkish jets struck PKK targets in northern Iraq. Iraq's foreign ministry condemned the strikes as a violation of Iraqi "
                + "sovereignty."), "Turkey", "violates", "Iraq", "claimed", "Iraq"));
        assertTrue(has(extract("Ethiopia signed a deal with Somaliland. Somalia called the deal a violation of its sovereignty."), "Ethiopia", "violates",
                "Somalia", "claimed", "Somalia"));
        assertTrue(has(extract("Relations between Addis Ababa and Mogadishu plunged after Prime Minister Abiy Ahmed signed a memorandum with the "
                + "breakaway region of Somaliland. Somalia called the deal a violation of its sovereignty."), "Ethiopia", "violates", "Somalia", "claimed",
                "Somalia"));
        assertTrue(extract("Russia struck Kyiv. Poland condemned the strikes as a violation of international law.").stream()
                .noneMatch(f -> f.relation().equals("violates")));
        // Naming is no phone call; a recommended act is normative; partners announcing they leave assert it; "broke ties" is a sanction;
        // only an actor is accused.
        assertTrue(extract("Milei, who during his campaign called China's leaders assassins, has said he wants to align Argentina with Israel.")
                .stream().noneMatch(f -> f.relation().equals("meetsWith")));
        assertTrue(has(extract("Putin called Xi Jinping on Monday to discuss the war."), "Vladimir Putin", "meetsWith", "Xi Jinping", "asserted"));
        fs = extract("The defence ministers of Poland and Estonia recommended on Tuesday that their countries withdraw from the Ottawa Convention.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("withdrawsFrom") && f.stance().equals("normative"))
                && fs.stream().noneMatch(f -> f.relation().equals("withdrawsFrom") && f.stance().equals("asserted")), fs.toString());
        fs = extract("Mali, Burkina Faso and Niger announced on Sunday that they were leaving the Economic Community of West African States.");
        assertTrue(has(fs, "Mali", "withdrawsFrom", "ECOWAS", "asserted") && has(fs, "Niger", "withdrawsFrom", "ECOWAS", "asserted"), fs.toString());
        assertTrue(has(extract("Mexico broke diplomatic ties with Ecuador."), "Mexico", "sanctions", "Ecuador", "asserted"));
        assertTrue(extract("Sudan accused the Gulf state of supplying the Rapid Support Forces with drones.").stream()
                .noneMatch(f -> f.object().equals("Persian Gulf")));
        // Revoking a ratification leaves a treaty; a phrase of time opening the sentence leaves its subject for a second verb phrase.
        fs = extract("By the end of 2023 Russia had also revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty and formally quit the "
                + "Treaty on Conventional Armed Forces in Europe.");
        assertTrue(has(fs, "Russia", "withdrawsFrom", "Comprehensive Nuclear-Test-Ban Treaty", "asserted")
                && has(fs, "Russia", "withdrawsFrom", "Treaty on Conventional Armed Forces in Europe", "asserted"), fs.toString());
        // A noun phrase's inner word is no verb ("arms control/VERB talks"); an agreement on a truce is not its sides' fight; a name in a
        // compound before a noun is not land seized; "their" is the group named in the plural in this sentence.
        fs = extract("China refuses to join any arms control talks with Washington and Moscow.");
        assertTrue(has(fs, "China", "negotiatesWith", "United States", "denied") && fs.stream().noneMatch(f -> f.stance().equals("asserted")), fs.toString());
        assertTrue(has(extract("Russia and Ukraine agreed to a ceasefire."), "Russia", "fightsAgainst", "Ukraine", "asserted"));
        assertTrue(extract("Houthi fighters seized the Israel-linked car carrier Galaxy Leader.").stream()
                .noneMatch(f -> f.relation().matches("annexes|occupies")));
        assertTrue(extract("The United States and Britain struck targets in Yemen. The Houthis, who control Sanaa, have attacked ships since November, "
                + "when their fighters seized a car carrier near Israel.").stream().noneMatch(f -> f.relation().matches("annexes|occupies")
                        && f.subject().matches("United States|United Kingdom")));
        // The one made "their partner" is each one's partner; obligations under a treaty are presupposed whatever is said of their breach.
        fs = extract("Mali, Burkina Faso and Niger have made Russia their security partner.");
        assertTrue(has(fs, "Mali", "cooperatesWith", "Russia", "asserted") && fs.stream().noneMatch(f -> f.subject().equals("Mali") && f.object().equals("Niger")),
                fs.toString());
        fs = extract("The Kremlin says the arrangement does not breach Russia's obligations under the Treaty on the Non-Proliferation of Nuclear Weapons.");
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("partyTo") && f.stance().equals("denied")), fs.toString());
        // A cessation of hostilities is a truce.
        assertTrue(has(extract("Ethiopia and Eritrea agreed to a cessation of hostilities."), "Ethiopia", "fightsAgainst", "Eritrea", "asserted"));
        // Third review of these: an anonymous source's request is no recommendation of what follows; phone calls with any adjunct
        // are calls; only soldiers killed in a clash "with" someone fought in it; a measure must be what one is hit "with"; "no
        // obligations" deny them; a war that may break out is not presupposed; a deal urged is no deal signed.
        assertTrue(extract("The official, who asked that his name not be used, said North Korea had sent troops to Russia.").stream()
                .noneMatch(f -> f.stance().equals("normative")));
        for (String t : List.of("Trump called Putin Wednesday.", "Erdogan called Putin following the attack.", "Macron called Zelensky at the weekend."))
            assertTrue(extract(t).stream().anyMatch(f -> f.relation().equals("meetsWith")), t);
        assertTrue(extract("A British aid worker was killed in fighting with Russian forces.").stream().noneMatch(f -> f.relation().equals("fightsAgainst")));
        fs = extract("Ukrainian forces hit Russian positions with drones as Washington weighed new measures.");
        assertTrue(has(fs, "Ukraine", "attacks", "Russia", "asserted") && fs.stream().noneMatch(f -> f.relation().equals("sanctions")), fs.toString());
        assertTrue(extract("North Korea has no obligations under the Treaty on the Non-Proliferation of Nuclear Weapons.").stream()
                .noneMatch(f -> f.relation().equals("partyTo") && f.stance().equals("asserted")));
        assertTrue(extract("Nobody knows how a war that breaks out between India and Pakistan would end.").stream()
                .noneMatch(f -> f.stance().equals("asserted")));
        assertTrue(extract("Egypt urged Ethiopia not to sign a deal with Somaliland. Somalia called the deal a violation of its sovereignty.").stream()
                .noneMatch(f -> f.relation().equals("violates")));
        // A day of the week is no speaker.
        assertTrue(extract("A statement released on Friday said Russia attacked Ukraine.").stream()
                .noneMatch(f -> "speakers not in the graph".equals(f.claimant())));
    }

    @Test
    void claimNounsWithTheirClauses() {
        // A noun of claiming with its clause is its owner's claim; a denial over it denies the clause too.
        List<Fact> fs = extract("Iran on Wednesday rejected US accusations that it had delivered close-range ballistic missiles to Russia.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Russia", "claimed", "United States") && has(fs, "Iran", "armsOrFunds", "Russia", "denied", "Iran"),
                fs.toString());
        // (rejecting someone's accusation is no opposition to them; rejecting their bid is)
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("opposes")), fs.toString());
        assertTrue(has(extract("Hungary rejected Ukraine's bid."), "Hungary", "opposes", "Ukraine", "asserted"));
        fs = extract("Moscow dismissed as baseless Washington's claims that Russian troops had attacked Moldova.");
        assertTrue(has(fs, "Russia", "attacks", "Moldova", "claimed", "United States") && has(fs, "Russia", "attacks", "Moldova", "denied", "Russia"),
                fs.toString());
        // With no named owner the denial alone speaks (was: the writer's assertion, "that" read as a relative pronoun).
        fs = extract("Rwanda dismissed the allegation that Kigali had backed the M23 rebels.");
        assertTrue(has(fs, "Rwanda", "supports", "M23", "denied", "Rwanda") && fs.stream().noneMatch(f -> f.stance().equals("asserted")), fs.toString());
        fs = extract("Iran rejected accusations that it had delivered ballistic missiles to Russia.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Russia", "denied", "Iran"), fs.toString());
        // A possessive pronoun owns the claim for the subject; an unowned report is an unnamed source's.
        assertTrue(has(extract("Kurti repeated his accusation that Serbia had armed the Houthis."), "Serbia", "armsOrFunds", "Houthis", "claimed", "Albin Kurti"));
        assertTrue(has(extract("The talks took place amid reports that Iran had supplied drones to Russia."), "Iran", "armsOrFunds", "Russia", "claimed",
                "unnamed sources"));
        // A clause after a noun of speculation is weighed, not said; the claim's clause ends at a comma.
        assertTrue(has(extract("Analysts discussed the possibility that China invades Taiwan."), "China", "attacks", "Taiwan", "hypothetical"));
        fs = extract("Caracas rejected as false Trump's assertion that it had stopped taking back migrants, a practice Maduro agreed to when he met Biden in Caracas.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("meetsWith"))
                && fs.stream().filter(f -> f.relation().equals("meetsWith")).allMatch(f -> f.stance().equals("asserted")), fs.toString());
    }

    @Test
    void supportReceivedForTheActInView() {
        // Support received "with" by an attack in view that opens the sentence backs its doers; a light verb's "with" gives.
        List<Fact> fs = extract("The United States and Britain struck Houthi targets in Yemen. The strikes were carried out with support from Australia"
                + " and Canada, Biden said.");
        assertTrue(has(fs, "Australia", "supports", "United States", "claimed", "Joe Biden") && has(fs, "Canada", "supports", "United Kingdom",
                "claimed", "Joe Biden"), fs.toString());
        fs = extract("Israel struck Iran. The operation was carried out with American support.");
        assertTrue(has(fs, "United States", "supports", "Israel", "asserted"), fs.toString());
        fs = extract("The US provided Ukraine with military aid.");
        assertTrue(has(fs, "United States", "supports", "Ukraine", "asserted") && fs.stream().noneMatch(f -> f.subject().equals("Ukraine")), fs.toString());
    }

    @Test
    void firingOnCampaignsDatedPossessivesAndFigures() {
        assertTrue(has(extract("Hezbollah opened fire on Israeli positions."), "Hezbollah", "attacks", "Israel", "asserted"));
        assertTrue(has(extract("The war escalated into an Israeli air campaign across Lebanon."), "Israel", "attacks", "Lebanon", "asserted"));
        assertTrue(has(extract("Britain took military action against the Houthis."), "United Kingdom", "attacks", "Houthis", "asserted"));
        assertTrue(has(extract("The relationship survived Hamas's October 7 attack on Israel."), "Hamas", "attacks", "Israel", "asserted"));
        // A figure of speech is no armed attack, as a noun or as what is launched.
        for (String t : List.of("Beijing launched a charm offensive against Manila.", "Trump launched a verbal attack on Zelensky.",
                "Russia mounted a diplomatic offensive against Ukraine."))
            assertTrue(extract(t).stream().noneMatch(f -> f.relation().matches("attacks|fightsAgainst")), t);
        assertTrue(has(extract("Russia launched a missile attack on Ukraine."), "Russia", "attacks", "Ukraine", "asserted"));
    }

    @Test
    void recognitionSolidarityQuotedSupportAndStationedUnits() {
        // Recognising a state (or its independence) backs it, actively or passively; a right of a state is not the state.
        List<Fact> fs = extract("Spain, Ireland and Norway recognised the State of Palestine.");
        assertTrue(has(fs, "Spain", "supports", "State of Palestine", "asserted") && has(fs, "Norway", "supports", "State of Palestine", "asserted"),
                fs.toString());
        assertTrue(has(extract("Kosovo, which is recognised by the United States, applied to join the Council of Europe."), "United States", "supports",
                "Kosovo", "asserted"));
        assertTrue(extract("Germany recognised Israel's right to defend itself.").stream().noneMatch(f -> f.relation().equals("supports")));
        // "in solidarity with", "in support of": the clause's subject backs them.
        assertTrue(has(extract("Hezbollah opened fire on Israeli positions in solidarity with Hamas."), "Hezbollah", "supports", "Hamas", "asserted"));
        assertTrue(has(extract("The Houthis attacked ships in support of Hamas."), "Houthis", "supports", "Hamas", "asserted"));
        // A quoted modifier between the possessive and the noun, and the closing quotation mark after it.
        assertTrue(has(extract("The ministry reaffirmed Iran's “firm support” for the Lebanese government."), "Iran", "supports", "Lebanon", "asserted"));
        // Battlegroups stationed; persuading told as done is implicative even where the tagger misreads the bare infinitive.
        fs = extract("A study helped persuade NATO to station multinational battlegroups in Estonia and Latvia.");
        assertTrue(has(fs, "NATO", "supports", "Estonia", "asserted") && has(fs, "NATO", "supports", "Latvia", "asserted"), fs.toString());
        assertTrue(extract("The EU is trying to persuade Hungary to lift its veto on aid to Ukraine.").stream().noneMatch(f -> f.stance().equals("asserted")));
    }

    @Test
    void aThingOfTheirsJudgedHarshly() {
        // Calling a possession harshly names its owner's opposition; a concessive clause's speakers do not speak the main clause.
        List<Fact> fs = extract("NATO Secretary-General Jens Stoltenberg has called Moscow's nuclear rhetoric “dangerous and reckless”, though he and"
                + " U.S. officials have said they see no sign of an attack.");
        assertTrue(has(fs, "Jens Stoltenberg", "opposes", "Russia", "asserted") && fs.stream().noneMatch(f -> f.stance().equals("claimed")), fs.toString());
        assertTrue(has(extract("China described Washington's arms sales to Taiwan as a dangerous provocation."), "China", "opposes", "United States",
                "asserted"));
        for (String t : List.of("Macron called Germany's decision understandable.", "The minister did not call Russia's move illegal."))
            assertTrue(extract(t).stream().noneMatch(f -> f.relation().equals("opposes")), t);
    }

    @Test
    void bordersClosedRaisedTariffsAndClausesAfterTimeOrSemicolon() {
        assertTrue(has(extract("Lithuania shut two of its six crossings with Belarus on Aug. 18."), "Lithuania", "sanctions", "Belarus", "asserted"));
        assertTrue(has(extract("The EU closed its airspace to Russian aircraft."), "European Union", "sanctions", "Russia", "asserted"));
        assertTrue(extract("Russia closed the Polish consulate in Kaliningrad.").stream().noneMatch(f -> f.relation().equals("sanctions")));
        assertTrue(has(extract("President Donald Trump on Wednesday doubled tariffs on Indian goods to 50%."), "United States", "sanctions", "India",
                "asserted"));
        // "it" after a semicolon or an opening time adjunct; a semicolon ends what a verb of saying governs.
        List<Fact> fs = extract("The United States determined that the RSF had committed genocide and imposed sanctions on Dagalo; a week later it also"
                + " sanctioned Burhan.");
        assertTrue(has(fs, "United States", "sanctions", "Abdel Fattah al-Burhan", "asserted"), fs.toString());
        assertTrue(has(extract("Russia attacked Ukraine. Two days later it struck Poland."), "Russia", "attacks", "Poland", "asserted"));
    }

    @Test
    void reviewOfTheThirdSessionOf20261207() {
        // Recognised "as" an enemy is no support; a part named by a compass word is not the state.
        for (String t : List.of("Ukraine's parliament recognised Russia as a terrorist state.", "The US has recognised Iran as the main threat to the region.",
                "Kyiv does not recognise Russia as a legitimate negotiating partner.", "Only Turkey recognises Northern Cyprus."))
            assertTrue(extract(t).stream().noneMatch(f -> f.relation().equals("supports")), t);
        assertTrue(has(extract("Russia recognised Kosovo as an independent state."), "Russia", "supports", "Kosovo", "asserted"));
        // Reports confirmed are the confirmer's word, not unnamed sources'; a relative clause on a claim noun is no claim.
        assertTrue(has(extract("Israel confirmed reports that its aircraft had struck Syria."), "Israel", "attacks", "Syria", "asserted"));
        assertTrue(extract("Kyiv said the claims that Moscow made about Ukrainian drone attacks on the Kremlin were fabricated.").stream()
                .noneMatch(f -> "unnamed sources".equals(f.claimant())));
        // Only an act or stance of theirs, judged in the complement itself.
        for (String t : List.of("Blinken called Ukraine's efforts to end the war admirable.", "Stoltenberg called Finland's accession a response to"
                + " Russian aggression.", "The UN called Gaza's humanitarian situation catastrophic."))
            assertTrue(extract(t).stream().noneMatch(f -> f.relation().equals("opposes")), t);
        // A clause after a noun of speculation ends at a subordinator; support "with" only for an attack carried out.
        assertTrue(has(extract("The prospect that Turkey will ratify rose after Erdogan met Biden."), "Recep Tayyip Erdoğan", "meetsWith", "Joe Biden",
                "asserted"));
        assertTrue(extract("Israel struck Iran. The attack was repelled with support from Jordan.").stream().noneMatch(f -> f.relation().equals("supports")));
        // A people is not its state; warning shots are no attack; an owned claim not denied speaks of its owner.
        assertTrue(extract("Serbian police opened fire on ethnic Albanians in Kosovo.").stream().noneMatch(f -> f.relation().equals("attacks")));
        assertTrue(extract("The Chinese navy fired warning shots on a Philippine vessel.").stream().noneMatch(f -> f.relation().equals("attacks")));
        assertTrue(has(extract("China echoed Russia's claims that it was forced to invade Ukraine."), "Russia", "attacks", "Ukraine", "claimed", "Russia"));
    }

    @Test
    void violationsCommittedAndSuperlativeMembers() {
        // A violation "committed"; what is the state's own (sovereignty, territory, waters) stands for it; not its law.
        assertTrue(has(extract("Turkey had committed a flagrant violation of Iraqi sovereignty."), "Turkey", "violates", "Iraq", "asserted"));
        assertTrue(has(extract("Turkey violated Iraqi sovereignty."), "Turkey", "violates", "Iraq", "asserted"));
        assertTrue(extract("Russia violated Ukrainian law.").stream().noneMatch(f -> f.relation().equals("violates")));
        assertTrue(has(extract("Hungary has been the European Union's most reluctant member."), "Hungary", "memberOf", "European Union", "asserted"));
    }

    @Test
    void sidesThatAgreeOrDiscussTogether() {
        // Two sides named together that agree or discuss negotiated ("re-establish" is "establish" again).
        List<Fact> fs = extract("Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations.");
        assertTrue(has(fs, "Saudi Arabia", "negotiatesWith", "Iran", "asserted") && has(fs, "Saudi Arabia", "cooperatesWith", "Iran", "hypothetical"),
                fs.toString());
        assertTrue(has(extract("Iraq and Turkey have been discussing a security mechanism."), "Iraq", "negotiatesWith", "Turkey", "asserted"));
        // Not sharing a view, and not one side alone.
        assertTrue(extract("Russia and China agree that NATO is a threat.").stream().noneMatch(f -> f.relation().equals("negotiatesWith")));
        assertTrue(extract("Russia agreed to supply gas to Hungary.").stream().noneMatch(f -> f.relation().equals("negotiatesWith")));
    }

    @Test
    void statesDescribedByTheirRegionAndTheAccusedBeforeAGerund() {
        // "the Central Asian state" for the one state in view; "the Lebanese state" stays Lebanon; "the state broadcaster" is no state.
        assertTrue(has(extract("Kazakhstan hosted Putin. The Central Asian state signed a deal with Russia."), "Kazakhstan", "cooperatesWith", "Russia",
                "asserted"));
        assertTrue(has(extract("Hezbollah said it would cooperate with the Lebanese state."), "Hezbollah", "cooperatesWith", "Lebanon", "hypothetical"));
        assertTrue(extract("Russia attacked Ukraine. The state broadcaster said Poland was to blame.").stream()
                .noneMatch(f -> f.line() == 2 && f.subject().equals("Russia")));
        // An "of" before a gerund belongs to the accusation, not to a name ("the Group of Seven").
        List<Fact> fs = extract("Mali left ECOWAS, accusing the regional bloc of arming Niger's junta.");
        assertTrue(has(fs, "ECOWAS", "armsOrFunds", "Niger", "claimed", "Mali"), fs.toString());
    }

    @Test
    void secondReviewOfTheThirdSessionOf20261207() {
        // Only a state described by its region; border closures against disease or for travel are no sanctions.
        assertTrue(extract("Hezbollah, backed by Iran, fired rockets at the Jewish state.").stream().noneMatch(f -> f.relation().equals("attacks")
                && f.object().equals("Iran")));
        assertTrue(extract("Mexico closed its southern border with Guatemala to non-essential travel during the pandemic.").stream()
                .noneMatch(f -> f.relation().equals("sanctions")));
        // Harsh judgement: the head the tagger misreads, the noun's own phrase before the complement.
        assertTrue(has(extract("Beijing called Manila's rhetoric reckless and irresponsible."), "China", "opposes", "Philippines", "asserted"));
        assertTrue(has(extract("China called Lithuania's decision to let Taiwan open an office a flagrant violation of its sovereignty."), "China",
                "opposes", "Lithuania", "asserted"));
        // Recognised "as a state"; rejecting a claim to land is opposition; "raise" raises topics.
        assertTrue(has(extract("Spain, Ireland and Norway recognised Palestine as a state."), "Norway", "supports", "State of Palestine", "asserted"));
        assertTrue(has(extract("China rejected Japan's claims to the Senkaku islands."), "China", "opposes", "Japan", "asserted"));
        assertTrue(extract("Scholz raised the issue of the attack on Ukraine's children's hospital with Modi.").stream()
                .noneMatch(f -> f.relation().equals("attacks")));
        // Agreeing is negotiating only to or on an accord; talks with a third are not the pair's.
        for (String t : List.of("China and Russia agree on the need for a multipolar world order.", "Russia and Iran discussed Syria with Turkey."))
            assertTrue(extract(t).stream().noneMatch(f -> f.relation().equals("negotiatesWith")), t);
        assertTrue(has(extract("Ukraine and Russia agreed on a cease-fire in February."), "Ukraine", "negotiatesWith", "Russia", "asserted"));
        assertTrue(extract("Israel opened fire on Palestinian aid-seekers.").stream().noneMatch(f -> f.relation().equals("attacks")));
    }

    @Test
    void adjunctsOpeningTheSentenceRelativeClausesAndCoordinatedDemonyms() {
        // An adjunct opening the sentence (a noun of meeting or a gerund) is its clause's subject's; so in a relative clause.
        assertTrue(has(extract("Following talks with Chinese officials in Beijing, Rubio said ties would improve."), "Marco Rubio", "negotiatesWith",
                "China", "asserted"));
        assertTrue(has(extract("After meeting Xi Jinping in Beijing, Blinken said the two sides had agreed to keep talking."), "Antony Blinken",
                "meetsWith", "Xi Jinping", "asserted"));
        assertTrue(has(extract("On Tuesday, after a meeting with Erdogan, Putin announced a ceasefire."), "Vladimir Putin", "meetsWith",
                "Recep Tayyip Erdoğan", "asserted"));
        assertTrue(has(extract("Trump, who after a long phone call with Vladimir Putin sent his envoys to Riyadh, said talks would start."),
                "Donald Trump", "meetsWith", "Vladimir Putin", "asserted"));
        assertTrue(extract("After talks with Russia, sanctions were eased.").stream().noneMatch(f -> f.relation().equals("negotiatesWith")));
        // A relative clause after the subject does not hide it from a second verb phrase.
        assertTrue(has(extract("Somalia, which regards Somaliland as part of its territory, called the deal illegal and expelled Ethiopia's ambassador."),
                "Somalia", "sanctions", "Ethiopia", "asserted"));
        // Coordinated demonyms before an event noun are each its agent; a proper name after a possessive is a modifier.
        List<Fact> fs = extract("The move prompted new U.S., British, French and German sanctions on Iran.");
        for (String s : List.of("United States", "United Kingdom", "France", "Germany")) assertTrue(has(fs, s, "sanctions", "Iran", "asserted"), s);
        fs = extract("Zelenskiy's White House meeting with Trump ended badly.");
        assertTrue(has(fs, "Volodymyr Zelenskyy", "meetsWith", "Donald Trump", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("White House")), fs.toString());
        // A state's land held or seized: occupied (annexed only if the text says so); traded attacks are fighting.
        assertTrue(has(extract("Ukraine has seized a slice of Russian territory."), "Ukraine", "occupies", "Russia", "asserted"));
        assertTrue(has(extract("Ukraine controls part of Russian territory."), "Ukraine", "occupies", "Russia", "asserted"));
        assertTrue(has(extract("Israel annexed Syrian land in 1981."), "Israel", "annexes", "Syria", "asserted"));
        assertTrue(has(extract("India and Pakistan traded missile attacks on each other's air bases."), "India", "fightsAgainst", "Pakistan", "asserted"));
    }

    @Test
    void figuresDemonymModifiersAndEventsAnchoredInTime() {
        // A round figure before the object, a demonym inside the noun phrase of what is fired.
        assertTrue(has(extract("U.S. forces carried out dozens of air strikes on more than 75 Islamic State targets in central Syria."),
                "United States", "attacks", "Islamic State", "asserted"));
        List<Fact> fs = extract("Russia launched a wave of Iranian-made Shahed drones at Kyiv and Odesa overnight.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.toString());
        assertTrue(has(extract("Russia fired North Korean missiles at Kharkiv."), "Russia", "attacks", "Ukraine", "asserted"));
        // An event named with its agent's possessive is presupposed, past a hyphenated modifier; in an adjunct of time it is
        // the writer's background even inside someone's words.
        assertTrue(has(extract("If the talks succeed, it would be the first pause since Russia's full-scale invasion of Ukraine began."),
                "Russia", "attacks", "Ukraine", "asserted"));
        fs = extract("Norway said cooperation with Moscow had been frozen since Russia's invasion of Ukraine.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.toString());
        fs = extract("Norway said Russia's invasion of Ukraine had ended all cooperation.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "claimed", "Norway"), fs.toString());
        // A verb in the present after a plural noun, whatever the tagger made of it.
        assertTrue(has(extract("Russian troops occupy Crimea."), "Russia", "occupies", "Crimea", "asserted"));
    }

    @Test
    void actsUnderWaySalesClearedLoansAndMembersOfAGroup() {
        // A state saying it is doing something (the progressive under a plain verb of saying) does it; claiming so does not.
        assertTrue(has(extract("Mali's military government said on Sunday it was severing diplomatic relations with Ukraine."), "Mali", "sanctions",
                "Ukraine", "asserted"));
        assertTrue(has(extract("Sudan's army-led government said on Tuesday it was cutting diplomatic ties with the United Arab Emirates."), "Sudan",
                "sanctions", "United Arab Emirates", "asserted"));
        assertTrue(has(extract("Russia is attacking rebels that oppose Assad and is claiming that it is hitting ISIS targets."), "Russia", "attacks",
                "Islamic State", "claimed", "Russia"));
        // A sale cleared, a figure before the goods; money lent; a state's government before a relative clause.
        assertTrue(has(extract("Washington also cleared an $8.6 billion sale of up to 40 F-35 stealth jets to Greece."), "United States",
                "armsOrFunds", "Greece", "asserted"));
        assertTrue(has(extract("Russia has lent Venezuela billions of dollars."), "Russia", "armsOrFunds", "Venezuela", "asserted"));
        List<Fact> fs = extract("Iraq's government, which relies on both the United States and Iran for its security, condemned the strike.");
        assertTrue(has(fs, "United States", "supports", "Iraq", "asserted") && has(fs, "Iran", "supports", "Iraq", "asserted"), fs.toString());
        // A commander or leader of a group stands for it; a city after "in eastern" is where, not who.
        assertTrue(has(extract("Israel killed the leader of Hamas in Tehran."), "Israel", "attacks", "Hamas", "asserted"));
        assertTrue(extract("A U.S. drone strike on a car in eastern Baghdad on Wednesday killed a senior commander of Kataib Hezbollah.").stream()
                .noneMatch(f -> f.subject().equals("Iraq")));
    }

    @Test
    void theTwoSidesWithModifiers() {
        // "the two South American neighbours": the pair named last, past modifiers.
        List<Fact> fs = extract("Venezuela and Guyana dispute Essequibo. Tensions between the two South American neighbours have flared since December.");
        assertTrue(has(fs, "Venezuela", "opposes", "Guyana", "asserted"), fs.toString());
        // Two states named apart are no pair: one may only be where the other struck.
        fs = extract("Israel struck Hezbollah targets in Lebanon. A ceasefire between the two sides took effect on Wednesday.");
        assertTrue(fs.stream().noneMatch(f -> f.line() == 2 && (f.subject().equals("Lebanon") || f.object().equals("Lebanon"))), fs.toString());
    }

    @Test
    void reviewOfTheSessionOf20261207d() {
        // An opening adjunct gives its clause's subject only an event had with someone, presupposed.
        for (String t : List.of("After the attack on Israel, the United States sent carriers to the region.",
                "Following the invasion of Ukraine, Poland took in millions of refugees.",
                "Following the sanctions on Russia, China increased purchases of Russian oil."))
            assertTrue(extract(t).stream().noneMatch(f -> Rx.matches(f.relation(), "attacks|sanctions") && !f.subject().equals("Russia")), t);
        assertTrue(has(extract("During talks with Lavrov, Blinken warned Russia against escalation."), "Antony Blinken", "negotiatesWith",
                "Sergei Lavrov", "asserted"));
        assertTrue(has(extract("After bombing Houthi targets in Yemen, the US warned Iran against retaliation."), "United States", "attacks",
                "Houthis", "asserted"));
        // An act said to be under way is done only for acts of state (ties cut, envoys expelled, treaties left), not war aims.
        assertTrue(has(extract("Russia says it is fighting NATO in Ukraine."), "Russia", "fightsAgainst", "NATO", "claimed", "Russia"));
        // Wanting to be the first is no act; quarrels at the UN are no fighting; envoys hosted, property seized and a member
        // criticised are not what the new rules read.
        assertTrue(has(extract("Poland wants to be the first country to send jets to Ukraine."), "Poland", "armsOrFunds", "Ukraine", "hypothetical"));
        assertTrue(extract("China and the United States traded attacks at the U.N. Security Council.").stream()
                .noneMatch(f -> f.relation().equals("fightsAgainst")));
        assertTrue(extract("Saudi Arabia hosted Kremlin envoy Kirill Dmitriev.").stream().noneMatch(f -> f.relation().equals("cooperatesWith")));
        assertTrue(extract("Russia seized Ukrainian property in occupied Crimea.").stream().noneMatch(f -> f.relation().equals("sanctions")));
        assertTrue(extract("Russia criticized a member of NATO for the decision.").stream().noneMatch(f -> f.object().equals("NATO")));
    }

    @Test
    void assetsFrozenForcesHostedAndVisaRestrictions() {
        // Freezing or seizing a state's assets sanctions it (not an attack, not an annexation); other things frozen do not.
        assertTrue(has(extract("The EU froze Russian assets."), "European Union", "sanctions", "Russia", "asserted"));
        List<Fact> fs = extract("Canada seized Russian assets worth $26 million.");
        assertTrue(has(fs, "Canada", "sanctions", "Russia", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("attacks")), fs.toString());
        assertTrue(extract("Armenia froze its participation in the CSTO.").stream().noneMatch(f -> f.relation().equals("sanctions")));
        // Hosting another state's troops or weapons is cooperating with it; hosting a delegation or a bureau is not.
        assertTrue(has(extract("Belarus now hosts Russian troops."), "Belarus", "cooperatesWith", "Russia", "asserted"));
        assertTrue(has(extract("Djibouti hosts French military bases."), "Djibouti", "cooperatesWith", "France", "asserted"));
        assertTrue(extract("Belarus now hosts Russian troops.").stream().noneMatch(f -> f.relation().equals("meetsWith")));
        assertTrue(extract("Egypt hosted the Israeli delegation.").stream().noneMatch(f -> f.relation().equals("cooperatesWith")));
        // Visa restrictions are sanctions.
        assertTrue(has(extract("Washington imposed visa restrictions on Georgian officials."), "United States", "sanctions", "Georgia", "asserted"));
    }

    @Test
    void anAccordEndedIsNoCooperation() {
        assertTrue(extract("Niger revoked its military cooperation agreement with the United States.").stream()
                .noneMatch(f -> f.relation().equals("cooperatesWith")));
        assertTrue(has(extract("Niger signed a military cooperation agreement with Russia."), "Niger", "cooperatesWith", "Russia", "asserted"));
    }

    @Test
    void bidsBlockedTheFirstToActRegionsTakenAndCitiesStruck() {
        // Blocking someone's accession or bid opposes them; not blocking it denies that.
        assertTrue(has(extract("Turkey blocked Sweden's bid to join NATO for 20 months."), "Turkey", "opposes", "Sweden", "asserted"));
        assertTrue(has(extract("Turkey did not block Finland's accession."), "Turkey", "opposes", "Finland", "denied"));
        assertTrue(extract("Hungary blocked EU sanctions on Russia.").stream().noneMatch(f -> f.relation().equals("opposes")
                && f.object().equals("Russia")));
        // "the first country to send": the subject of "became", and what the first one did it did.
        assertTrue(has(extract("Britain became the first country to send long-range missiles to Ukraine."), "United Kingdom", "armsOrFunds",
                "Ukraine", "asserted"));
        assertTrue(has(extract("Germany would be the first country to send Taurus missiles to Ukraine."), "Germany", "armsOrFunds", "Ukraine",
                "hypothetical"));
        // A state's regions or villages taken: annexed or occupied as said.
        assertTrue(has(extract("Russia annexed four Ukrainian regions in September 2022."), "Russia", "annexes", "Ukraine", "asserted"));
        assertTrue(has(extract("Russian forces seized two Ukrainian villages."), "Russia", "occupies", "Ukraine", "asserted"));
        // Cities beyond the capitals (reference data, additions-d.ttl): a strike on one is on its state.
        assertTrue(has(extract("A Russian missile hit an apartment block in Dnipro, killing 40 people."), "Russia", "attacks", "Ukraine", "asserted"));
        assertTrue(has(extract("Ukrainian drones struck Belgorod overnight."), "Ukraine", "attacks", "Russia", "asserted"));
    }

    @Test
    void actsNotRuledOutAndStatesHostingNamedForces() {
        // Not ruling an act out leaves it possible; ruling it out excludes it.
        assertTrue(has(extract("Macron did not rule out sending Western troops to Ukraine."), "France", "supports", "Ukraine", "hypothetical"));
        assertTrue(has(extract("Scholz ruled out sending Taurus missiles to Ukraine."), "Germany", "armsOrFunds", "Ukraine", "denied"));
        // A state named before the forces it would host.
        assertTrue(has(extract("Poland hosts U.S. troops."), "Poland", "cooperatesWith", "United States", "asserted"));
        assertTrue(extract("Qatar hosts Hamas's political bureau.").stream().noneMatch(f -> f.relation().equals("cooperatesWith")));
    }

    @Test
    void membershipsAppliedForCoSignersAndHarshVerbs() {
        // A membership applied for is to come; a loan applied for is no membership.
        assertTrue(has(extract("Ukraine applied for EU membership days after the invasion."), "Ukraine", "memberOf", "European Union", "hypothetical"));
        assertTrue(has(extract("Sweden applied for membership of NATO in May 2022."), "Sweden", "memberOf", "NATO", "hypothetical"));
        assertTrue(extract("Russia applied for a loan from China.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // Those an agreement is signed with are parties too.
        List<Fact> fs = extract("Israel signed the Abraham Accords with the United Arab Emirates and Bahrain in 2020.");
        assertTrue(has(fs, "United Arab Emirates", "partyTo", "Abraham Accords", "asserted") && has(fs, "Bahrain", "partyTo", "Abraham Accords",
                "asserted"), fs.toString());
        // Verbs of harsh criticism oppose.
        assertTrue(has(extract("Beijing slammed the United States for the arms sale."), "China", "opposes", "United States", "asserted"));
    }

    @Test
    void secondReviewOfTheSessionOf20261207d() {
        // One member stands for an armed group (not for a body of states); attacks traded in arms are fighting, in words not.
        assertTrue(has(extract("Israeli forces killed a senior member of Hamas in Beirut."), "Israel", "attacks", "Hamas", "asserted"));
        assertTrue(has(extract("India and Pakistan traded attacks across the Line of Control."), "India", "fightsAgainst", "Pakistan", "asserted"));
        // An opening gerund is presupposed only after "after"-like openers and with no modal in its clause.
        assertTrue(extract("After joining NATO, Ukraine would be protected by Article 5, Zelensky said.").stream()
                .noneMatch(f -> f.relation().equals("memberOf") && f.stance().equals("asserted")));
        // A base or fleet of another state hosted; "ruled out" with a "not" of another clause; co-signers only with names.
        assertTrue(has(extract("Bahrain hosts the U.S. Navy's Fifth Fleet."), "Bahrain", "cooperatesWith", "United States", "asserted"));
        assertTrue(has(extract("Scholz did not elaborate but ruled out sending Taurus missiles to Ukraine."), "Germany", "armsOrFunds", "Ukraine",
                "denied"));
        assertTrue(extract("Ukraine signed the Rome Statute with Russia's objections ringing in its ears.").stream()
                .noneMatch(f -> f.subject().equals("Russia")));
        // Proud to be the first: done.
        assertTrue(has(extract("Britain was proud to be the first country to send tanks to Ukraine."), "United Kingdom", "armsOrFunds", "Ukraine",
                "asserted"));
    }

    @Test
    void whatTheSealedSetsOfTheSessionShowedWhenOpened() {
        // The object of a preposition inside the subject's noun phrase is no subject; people killed are not their state.
        assertTrue(extract("Israel's retaliatory air and ground offensive against Hamas has since killed more than 46,000 Palestinians in Gaza.")
                .stream().noneMatch(f -> f.subject().equals("Hamas")));
        // One of coordinated subjects is no object of the others.
        assertTrue(extract("Gulf officials worry that Iran or its allies in Iraq and Yemen could strike oil installations on their territory.")
                .stream().noneMatch(f -> f.subject().equals("Iraq") && f.object().equals("Yemen")));
        // "for their part" refers to the clause's own subject.
        List<Fact> fs = extract("Bahrain and the UAE normalised ties with Israel in 2020. Saudi officials, for their part, have said the kingdom "
                + "will not establish relations with Israel.");
        assertTrue(fs.stream().noneMatch(f -> f.line() == 2 && "Bahrain".equals(f.claimant())), fs.toString());
    }

    @Test
    void aGroupOfStatesIsEachOfItsMembers() {
        // Reference data groups.ttl: "the Baltic states" are Estonia, Latvia and Lithuania (no longer the Baltic Sea).
        List<Fact> fs = extract("Babis said he would send Czech troops to help Poland or the Baltic states if they were attacked.");
        for (String s : List.of("Poland", "Estonia", "Latvia", "Lithuania")) assertTrue(has(fs, "Czech Republic", "supports", s, "hypothetical"), s);
        fs = extract("The Baltic states expelled Russian diplomats.");
        for (String s : List.of("Estonia", "Latvia", "Lithuania")) assertTrue(has(fs, s, "sanctions", "Russia", "asserted"), s);
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("Baltic Sea") || f.object().equals("Baltic Sea")));
    }

    @Test
    void lengthsOfTimeLedCompoundsSourcesOfFiguresAndResumedTalks() {
        // "for years", "for nearly three decades" between the auxiliary and the verb.
        assertTrue(has(extract("Athens had for nearly three decades blocked Skopje's bid to join the alliance."), "Greece", "opposes",
                "North Macedonia", "asserted"));
        assertTrue(has(extract("Iran has for years armed the Houthis."), "Iran", "armsOrFunds", "Houthis", "asserted"));
        // "Hamas-led gunmen" act for Hamas; a source of figures vouches for the numbers only.
        assertTrue(has(extract("The war began on Oct. 7, 2023, when Hamas-led gunmen stormed into southern Israel, killing about 1,200 people, "
                + "according to Israeli tallies."), "Hamas", "attacks", "Israel", "asserted"));
        // Who mediated talks is no side of them as their agent; talks resumed are no ties restored.
        assertTrue(extract("Washington had held five rounds of Omani-mediated negotiations with Iran.").stream()
                .noneMatch(f -> f.subject().equals("Oman") && f.rule().equals("negotiate-n")));
        assertTrue(extract("Talks between Israel and Hamas resumed.").stream().noneMatch(f -> f.relation().equals("cooperatesWith")));
        assertTrue(has(extract("Israel and Egypt resumed relations."), "Israel", "cooperatesWith", "Egypt", "asserted"));
    }

    @Test
    void helpRefusedBySendingNoForces() {
        // A refused sending refuses the help it was for, even with a condition after it; a promised one stays hypothetical.
        List<Fact> fs = extract("Babis said he would not send Czech troops to help Poland or the Baltic states if they were attacked.");
        for (String s : List.of("Poland", "Estonia", "Latvia", "Lithuania")) assertTrue(has(fs, "Czech Republic", "supports", s, "denied"), s);
        assertTrue(has(extract("Germany did not send troops to defend Ukraine."), "Germany", "supports", "Ukraine", "denied"));
        assertTrue(has(extract("Russia would send troops to help Belarus if it were attacked."), "Russia", "supports", "Belarus", "hypothetical"));
    }

    @Test
    void whoSpeaksForWhichClause() {
        // A verb of saying in an adverbial clause after the trigger speaks for that clause only.
        List<Fact> fs = extract("Canada expelled six Indian diplomats on Monday after police said they had evidence linking agents of India's "
                + "government to the killing.");
        assertTrue(has(fs, "Canada", "sanctions", "India", "asserted"), fs.toString());
        assertTrue(has(extract("Russia struck Kyiv overnight, Ukraine said."), "Russia", "attacks", "Ukraine", "claimed", "Ukraine"));
        // A participle of consequence after the reported clause is the writer's; the reported clause stays the speaker's.
        assertTrue(has(extract("Officials said Russian troops, drawing on reinforcements from North Korea, had attacked Ukraine."), "Russia", "attacks",
                "Ukraine", "claimed"));
        fs = extract("In September, Blinken said Iran had delivered ballistic missiles to Russia, prompting new British and French sanctions on Tehran.");
        assertTrue(has(fs, "Iran", "armsOrFunds", "Russia", "claimed", "Antony Blinken"), fs.toString());
        assertTrue(has(fs, "United Kingdom", "sanctions", "Iran", "asserted") && has(fs, "France", "sanctions", "Iran", "asserted"), fs.toString());
        // "said" read as a noun by the tagger after "air force" is still the verb of saying.
        assertTrue(has(extract("Russia struck Kyiv overnight, Ukraine's air force said."), "Russia", "attacks", "Ukraine", "claimed", "Ukraine"));
        // A speaker telling of an act done "with help from" others speaks of their own side's act: the helped is the speaker's state.
        fs = extract("The Israeli military said 99% of the projectiles had been intercepted with help from the United States and Jordan.");
        assertTrue(has(fs, "Jordan", "supports", "Israel", "claimed", "Israel Defense Forces"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Israel Defense Forces")), fs.toString());
        fs = extract("President Joe Biden said the strikes, which were carried out with support from Canada and the Netherlands, were a message.");
        assertTrue(has(fs, "Canada", "supports", "United States", "claimed", "Joe Biden"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Joe Biden")), fs.toString());
        // (but the reported clause's own doer is the one helped, and what is built with help is no operation of the speaker's side)
        assertTrue(has(extract("Zelensky said Russia was producing Shahed drones with help from Iran."), "Iran", "supports", "Russia", "claimed"));
        assertTrue(extract("Pentagon spokesman Pat Ryder said the drones were built with help from Iran.").stream()
                .noneMatch(f -> f.relation().equals("supports")));
        // (a relative clause inside reported speech stays the speaker's: "…, which had attacked an oil depot")
        assertTrue(has(extract("Russia's defence ministry said its forces destroyed a Ukrainian drone, which had attacked an oil depot in Bryansk."),
                "Ukraine", "attacks", "Russia", "claimed"));
    }

    @Test
    void secondClausesOfSaying() {
        // A verb of saying after the trigger, in a second verb phrase with a clause of its own, does not attribute the first one
        // (but one with its own subject does).
        assertTrue(has(extract("Russia quits Black Sea grain deal, says it will return only if its demands are met"), "Russia", "withdrawsFrom",
                "Black Sea Grain Initiative", "asserted"));
        assertTrue(has(extract("North Korea sent troops to Russia, Seoul says they are training in Far East"), "North Korea", "supports", "Russia",
                "claimed", "South Korea"));
        // A membership named before a modal verb stays presupposed ("could be suspended" is about its consequence).
        assertTrue(has(extract("Hungary's membership of the EU could be suspended."), "Hungary", "memberOf", "European Union", "asserted"));
    }

    @Test
    void targetsHeldFramedOrAroundAPlace() {
        // What is struck in an area someone holds is theirs, not the land's.
        List<Fact> fs = extract("The United States and Britain carried out strikes on more than 60 targets in Houthi-held Yemen on Friday.");
        assertTrue(has(fs, "United States", "attacks", "Houthis", "asserted") && has(fs, "United Kingdom", "attacks", "Houthis", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Yemen")), fs.toString());
        // The object past a naming of it, not past what someone said it was.
        assertTrue(has(extract("Washington condemned what it called China's escalatory and irresponsible actions."), "United States", "opposes", "China",
                "asserted"));
        for (String framed : List.of("said were", "described as"))
            assertTrue(extract("Israeli jets pounded what the military " + framed + " Hamas targets in Gaza.").stream()
                    .noneMatch(f -> "asserted".equals(f.stance()) && f.object().equals("Hamas")), framed);
        // Only a state or an armed group holds ground as a side; a city's surroundings are its state's.
        assertTrue(extract("Israeli tanks fired at positions in the UN-controlled buffer zone.").stream().noneMatch(f -> f.object().equals("United Nations")));
        assertTrue(has(extract("Israeli warplanes struck military sites around Tehran."), "Israel", "attacks", "Iran", "asserted"));
        // Adjectives and coordinated nouns inside a verb-and-noun phrase.
        assertTrue(has(extract("Hezbollah has traded near-daily fire with Israel."), "Hezbollah", "fightsAgainst", "Israel", "asserted"));
        assertTrue(extract("Greece and Turkey exchanged verbal attacks.").stream().noneMatch(f -> f.relation().equals("fightsAgainst")));
        assertTrue(has(extract("Kyrgyzstan and Tajikistan were trading artillery and drone fire across their disputed border."), "Kyrgyzstan",
                "fightsAgainst", "Tajikistan", "asserted"));
        // Places the graph does not know listed before the thing struck; where supplies are taken from.
        assertTrue(has(extract("Azerbaijani forces had shelled Jermuk, Goris and other towns inside Armenia."), "Azerbaijan", "attacks", "Armenia", "asserted"));
        assertTrue(has(extract("Germany approved the delivery of 14 Leopard tanks from its own army stocks to Ukraine."), "Germany", "armsOrFunds",
                "Ukraine", "asserted"));
        // "its ally Hamas" is an alliance, not a membership of the possessor.
        fs = extract("Hezbollah fired rockets in support of its ally Hamas.");
        assertTrue(has(fs, "Hamas", "allyOf", "Hezbollah", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("memberOf")), fs.toString());
        assertTrue(has(extract("NATO pledged to defend its member Estonia."), "Estonia", "memberOf", "NATO", "asserted"));
        // A speaker known only by the state they speak for: the helped is that state.
        fs = extract("Israeli military spokesman Daniel Hagari said the projectiles had been intercepted with the help of the United States and France.");
        assertTrue(has(fs, "France", "supports", "Israel", "claimed"), fs.toString());
    }

    @Test
    void reviewedLimitsOfTheSeventhSessionsRules() {
        LocalDate day = LocalDate.of(2024, 5, 1);
        // The source after "counterpart," is no counterpart.
        List<Fact> fs = extract("Lavrov met his Turkish counterpart, Russia's foreign ministry said.", day);
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Russian Foreign Ministry")), fs.toString());
        fs = extract("Lavrov met his Indian and Chinese counterparts, Kremlin spokesman Dmitry Peskov said.", day);
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("meetsWith") && f.object().equals("Dmitry Peskov")), fs.toString());
        assertTrue(has(extract("Kuleba spoke with his Polish counterpart, Ukraine's foreign ministry said.", day), "Dmytro Kuleba", "meetsWith",
                "Radosław Sikorski", "claimed"));
        // "its" is the speaker's only with the doer alone between.
        for (String t : List.of("Britain said Russia struck Ukraine and its infrastructure overnight.",
                "The European Union said Azerbaijan had attacked Armenia and its territory must be respected.",
                "Israel said Iran had ordered Hezbollah to protect its positions.")) {
            fs = extract(t);
            assertTrue(fs.stream().noneMatch(f -> Set.of("United Kingdom", "European Union", "Israel").contains(f.object())), fs.toString());
        }
        // A call with someone else, a press conference: no meeting with the one told.
        assertTrue(extract("In a phone call with Macron, Zelenskiy told Putin that talks were over.").stream()
                .noneMatch(f -> f.relation().equals("meetsWith") && f.object().equals("Vladimir Putin")));
        assertTrue(extract("At a press conference after talks with Scholz, Erdogan told Netanyahu to stop.").stream()
                .noneMatch(f -> f.relation().equals("meetsWith") && f.object().equals("Benjamin Netanyahu")));
        // No blame laid, or laid on those a backer backs: no attacker.
        assertTrue(extract("Poland declined to blame Ukraine for the missile attack on Poland.").stream().noneMatch(f -> f.relation().equals("attacks")));
        assertTrue(extract("Iraq condemned a drone strike on Erbil that it blamed on Iran-backed militias.").stream()
                .noneMatch(f -> f.relation().equals("attacks") && f.subject().equals("Iran")));
        // A state's officials coordinated with more of the state: the state is sanctioned.
        assertTrue(has(extract("Washington sanctioned Russia's leaders and Russian banks."), "United States", "sanctions", "Russia", "asserted"));
        // A name's possessive inside a trigger phrase is its agent when no other is found; signing the treaty in view, three or
        // more are parties, not partners.
        assertTrue(has(extract("Putin signed the law withdrawing Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty."), "Russia",
                "withdrawsFrom", "Comprehensive Nuclear-Test-Ban Treaty", "asserted"));
        assertTrue(extract("China, Egypt, Iran, Israel and the United States have signed the treaty without ratifying it.").stream()
                .noneMatch(f -> f.relation().equals("cooperatesWith")));
        assertTrue(has(extract("Russia, China and Iran signed a trilateral pact."), "Russia", "cooperatesWith", "China", "asserted"));
        // "that" after the one told opens what they are told, not a relative clause on them.
        assertTrue(has(extract("Macron told Putin that Russia had attacked Ukraine."), "Russia", "attacks", "Ukraine", "claimed", "Emmanuel Macron"));
        assertTrue(has(extract("Putin told reporters that Russia had attacked Ukraine."), "Russia", "attacks", "Ukraine", "claimed", "Vladimir Putin"));
        // What the one told hears follows them; the clause before is the writer's.
        assertTrue(has(extract("During a meeting with Xi, Putin told Biden that the war would go on."), "Vladimir Putin", "meetsWith", "Xi Jinping", "asserted"));
        assertTrue(has(extract("After a meeting with Xi, Putin told reporters the war would go on."), "Vladimir Putin", "meetsWith", "Xi Jinping", "asserted"));
        assertTrue(has(extract("Russia attacked Ukraine, Lavrov told reporters in Moscow."), "Russia", "attacks", "Ukraine", "claimed", "Sergei Lavrov"));
        assertTrue(has(extract("\"Russia attacked Ukraine,\" Lavrov told reporters."), "Russia", "attacks", "Ukraine", "claimed", "Sergei Lavrov"));
        // The one told at a place is no speaker.
        assertTrue(extract("\"We expect China to invade Taiwan by 2027,\" the admiral told lawmakers in Tokyo.").stream()
                .noneMatch(f -> "Japan".equals(f.claimant())));
    }

    @Test
    void pronounSpeakersClosedRelativesAndOfficialsSanctioned() {
        // A speaker the graph cannot resolve ("we", "they") still speaks: rejecting allegations denies them, saying claims.
        List<Fact> fs = extract("\"We categorically reject the allegations that Russia has violated the INF Treaty; they were invented,\" the ministry said.");
        assertTrue(has(fs, "Russia", "violates", "Intermediate-Range Nuclear Forces Treaty", "denied"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.stance().equals("asserted") && f.relation().equals("violates")), fs.toString());
        assertTrue(has(extract("They said Russia had attacked Ukraine."), "Russia", "attacks", "Ukraine", "claimed"));
        // A relative clause with a subject of its own, closed before the main verb, speaks only for itself.
        assertTrue(has(extract("The M23, which U.N. experts say is backed by Rwanda, captured Goma in January."), "M23", "occupies", "Goma", "asserted"));
        // A measure on a state's official is on the person, not the state.
        assertTrue(extract("Washington sanctioned Rwanda's minister of state for regional integration, James Kabarebe, in February.").stream()
                .noneMatch(f -> f.relation().equals("sanctions") && f.object().equals("Rwanda")));
        assertTrue(has(extract("Washington sanctioned Rwanda's mining sector in February."), "United States", "sanctions", "Rwanda", "asserted"));
        // A headline's speaker named before a colon says what follows; a place or a label before a colon is no speaker.
        assertTrue(has(extract("Zelensky: Russia attacked Kyiv overnight"), "Russia", "attacks", "Ukraine", "claimed", "Volodymyr Zelenskyy"));
        assertTrue(has(extract("Larijani in Beirut: Iran supports Lebanon's sovereignty"), "Iran", "supports", "Lebanon", "claimed"));
        assertTrue(has(extract("Ukraine: Russia attacked Kyiv overnight"), "Russia", "attacks", "Ukraine", "asserted"));
        assertTrue(has(extract("Update: Russia attacked Kyiv overnight"), "Russia", "attacks", "Ukraine", "asserted"));
        // Seen as an enemy in the passive, by the agents; past the commas of a list inside a relative clause.
        List<Fact> pkk = extract("The PKK, which is listed as a terrorist organization by Türkiye, the U.S. and the EU, has waged a terror campaign "
                + "against Türkiye for more than 30 years.");
        assertTrue(has(pkk, "PKK", "fightsAgainst", "Turkey", "asserted") && has(pkk, "European Union", "opposes", "PKK", "asserted")
                && has(pkk, "United States", "opposes", "PKK", "asserted"), pkk.toString());
        assertTrue(has(extract("Hamas is designated a terrorist organisation by the United States."), "United States", "opposes", "Hamas", "asserted"));
        assertTrue(extract("Turkey is regarded as a key partner by the United States.").stream().noneMatch(f -> f.relation().equals("opposes")));
        assertTrue(extract("Hezbollah is not considered a terrorist group by Russia.").stream().noneMatch(f -> f.relation().equals("opposes")));
        // The name a body's member or ally qualifies is the object, not the body.
        List<Fact> nato = extract("US sanctions NATO ally Turkey over purchase of Russian S-400 missile defense system");
        assertTrue(has(nato, "United States", "sanctions", "Turkey", "asserted"), nato.toString());
        assertTrue(nato.stream().noneMatch(f -> f.relation().equals("sanctions") && f.object().equals("NATO")), nato.toString());
        // Help in an adjunct after a passive's agent helps that agent, named or not.
        List<Fact> varosha = extract("Mitsotakis and Anastasiades condemned the reopening of Varosha, which was carried out on October 8 by the Turkish "
                + "Cypriot authorities with the open backing of Turkish President Recep Tayyip Erdogan.");
        assertTrue(varosha.stream().noneMatch(f -> f.relation().equals("supports")), varosha.toString());
        assertTrue(has(extract("The town was retaken by the Syrian army with the help of Russia."), "Russia", "supports", "Syrian Arab Army", "asserted"));
    }

    @Test
    void meetingsWithCounterpartsAndUnknownNames() {
        // Counterparts named in apposition are who is met; coordinated demonyms each name a counterpart.
        List<Fact> fs = extract("US Secretary of State Antony Blinken held separate calls with his Japanese and South Korean counterparts, "
                + "Yoshimasa Hayashi and Park Jin, and the three condemned the launch.");
        assertTrue(has(fs, "Antony Blinken", "meetsWith", "Yoshimasa Hayashi", "asserted") && has(fs, "Antony Blinken", "meetsWith", "Park Jin", "asserted"),
                fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Japan") || f.object().equals("South Korea")), fs.toString());
        LocalDate day = LocalDate.of(2024, 5, 1);
        fs = extract("Lavrov met his Chinese and Indian counterparts in Moscow.", day);
        assertTrue(has(fs, "Sergei Lavrov", "meetsWith", "Wang Yi", "asserted") && has(fs, "Sergei Lavrov", "meetsWith", "Subrahmanyam Jaishankar", "asserted"),
                fs.toString());
        // A name in apposition to an office is who is meant, whoever held it on the article's day (2024-05-01 here).
        fs = extract("Blinken met Japan's foreign minister, Yoshimasa Hayashi.", day);
        assertTrue(has(fs, "Antony Blinken", "meetsWith", "Yoshimasa Hayashi", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.object().equals("Yoko Kamikawa")), fs.toString());
        assertTrue(has(extract("Blinken met Japan's foreign minister in Tokyo.", day), "Antony Blinken", "meetsWith", "Yoko Kamikawa", "asserted"));
        // Telling someone something in a call named at the start of the sentence.
        assertTrue(has(extract("In a telephone call on Wednesday, External Affairs Minister Subrahmanyam Jaishankar told Chinese Foreign Minister Wang Yi "
                + "that the attack was premeditated."), "Subrahmanyam Jaishankar", "meetsWith", "Wang Yi", "asserted"));
        assertTrue(extract("In a speech on Wednesday, Jaishankar told Wang Yi to leave.").stream().noneMatch(f -> f.relation().equals("meetsWith")));
        // A name the graph does not know, coordinated after one it knows ("met/NOUN" after it is the verb).
        fs = extract("South Korean Foreign Minister Cho Tae-yul and Defence Minister Kim Yong-hyun met Secretary of State Antony Blinken in Washington.");
        assertTrue(has(fs, "Cho Tae-yul", "meetsWith", "Antony Blinken", "asserted"), fs.toString());
    }

    @Test
    void blameForAnAttackAndForcesOfTheLine() {
        // Who is blamed for an attack is its attacker, in the words of who blames them; before or after the attack noun.
        assertTrue(has(extract("Secretary of State Mike Pompeo on Saturday blamed Iran for drone attacks on Saudi Arabia's oil facilities."),
                "Iran", "attacks", "Saudi Arabia", "claimed", "Mike Pompeo"));
        assertTrue(has(extract("Britain blamed Russian forces for the missile strike on Kyiv."), "Russia", "attacks", "Ukraine", "claimed", "United Kingdom"));
        assertTrue(has(extract("The attack on Russia, which Moscow blamed on Ukraine, damaged a bridge."), "Ukraine", "attacks", "Russia", "claimed", "Russia"));
        assertTrue(has(extract("Kataib Hezbollah, the militia that Washington blames for drone attacks on Israel, said nothing."),
                "Kataib Hezbollah", "attacks", "Israel", "claimed", "United States"));
        // Not the blamer's own attack; nothing without a target; no blame denied; a crisis blamed on an attack leaves the attack asserted.
        List<Fact> fs = extract("Secretary of State Mike Pompeo on Saturday blamed Iran for drone attacks on Saudi Arabia's oil facilities.");
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("attacks") && f.subject().equals("United States")), fs.toString());
        assertTrue(extract("Moscow blamed Ukraine for the attack.").stream().noneMatch(f -> f.relation().equals("attacks")));
        assertTrue(extract("Washington has not blamed Iran for the attacks on Saudi Arabia.").stream().noneMatch(f -> f.relation().equals("attacks")));
        assertTrue(has(extract("Analysts blamed the economic crisis on Russia's attack on Ukraine."), "Russia", "attacks", "Ukraine", "asserted"));
        // In what a speaker says another did to territory, ports or ships, "its" is the speaker's.
        assertTrue(has(extract("Armenia said Azerbaijani forces had shelled the towns of Jermuk, Goris and Vardenis inside its internationally "
                + "recognised territory overnight."), "Azerbaijan", "attacks", "Armenia", "claimed", "Armenia"));
        assertTrue(has(extract("Ukraine says Russia attacked its ports."), "Russia", "attacks", "Ukraine", "claimed", "Ukraine"));
        assertTrue(extract("Ukraine says Russia massed its troops near Kharkiv.").stream().noneMatch(f -> f.object().equals("Ukraine")
                && f.subject().equals("Russia") && f.relation().equals("attacks")));
        // A past form the tagger took for a noun after a force is its verb ("jets struck/NOUN"); coordinated forces share their demonym.
        assertTrue(has(extract("French jets struck Libyan armor outside Benghazi."), "France", "attacks", "Libya", "asserted"));
        fs = extract("U.S. and British ships and submarines fired more than 110 Tomahawk cruise missiles at Libyan air defenses.");
        assertTrue(has(fs, "United States", "attacks", "Libya", "asserted") && has(fs, "United Kingdom", "attacks", "Libya", "asserted"), fs.toString());
    }

    @Test
    void instrumentsQuestionsAndDeliberation() {
        // What one uses to act is no agent, whatever its name or make; using it to act is acting.
        assertTrue(has(extract("Ukraine used ATACMS to strike Russia."), "Ukraine", "attacks", "Russia", "asserted"));
        assertTrue(has(extract("Israel employed F-35 jets to hit Iran."), "Israel", "attacks", "Iran", "asserted"));
        List<Fact> fs = extract("Russia used Iranian-made drones to attack Ukraine.");
        assertTrue(has(fs, "Russia", "attacks", "Ukraine", "asserted"), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.subject().equals("Iran") && f.relation().equals("attacks")), fs.toString());
        // A question asks only its own clause.
        assertTrue(has(extract("Q: Ukraine says it used ATACMS to strike Russian helicopters on Tuesday; can you confirm those missiles came from "
                + "the United States?"), "Ukraine", "attacks", "Russia", "claimed", "Ukraine"));
        assertTrue(has(extract("Did China arm Russia; and if so, when?"), "China", "armsOrFunds", "Russia", "hypothetical"));
        // A deliberated act is not done.
        assertTrue(has(extract("Blinken said China is considering providing lethal support to Russia."), "China", "supports", "Russia", "hypothetical"));
    }

    @Test
    void reciprocalsAndBelonging() {
        // A reciprocal object relates the coordinated subjects, every pair both ways.
        List<Fact> fs = extract("Canada and India expelled each other's top diplomats on Monday.");
        assertTrue(has(fs, "Canada", "sanctions", "India", "asserted") && has(fs, "India", "sanctions", "Canada", "asserted"), fs.toString());
        fs = extract("Armenia and Azerbaijan attacked each other on Tuesday.");
        assertTrue(has(fs, "Armenia", "attacks", "Azerbaijan", "asserted") && has(fs, "Azerbaijan", "attacks", "Armenia", "asserted"), fs.toString());
        fs = extract("China and the United States imposed sanctions on one another last year.");
        assertTrue(has(fs, "China", "sanctions", "United States", "asserted") && has(fs, "United States", "sanctions", "China", "asserted"), fs.toString());
        // (not without a coordination: "Russia and its allies" is no pair of named sides)
        assertTrue(extract("The two sides attacked each other on Tuesday.").isEmpty());
        // Belonging to an organization is membership, also in a relative clause and a second verb phrase; a place belonging to a state is not.
        fs = extract("Germany, Denmark, Sweden and Poland, which all border the Baltic and belong to NATO, pledged ships.");
        assertTrue(has(fs, "Denmark", "memberOf", "NATO", "asserted") && has(fs, "Poland", "memberOf", "NATO", "asserted"), fs.toString());
        assertTrue(has(extract("Turkey, which has belonged to NATO since 1952, objected."), "Turkey", "memberOf", "NATO", "asserted"));
        assertTrue(extract("The island belongs to Greece.").stream().noneMatch(f -> f.relation().equals("memberOf")));
        // Appearing before the press together is meeting; standing alongside is no meeting, nor is fighting alongside.
        fs = extract("Macron appeared alongside Scholz and Tusk in Berlin.");
        assertTrue(has(fs, "Emmanuel Macron", "meetsWith", "Olaf Scholz", "asserted") && has(fs, "Emmanuel Macron", "meetsWith", "Donald Tusk", "asserted"), fs.toString());
        assertTrue(extract("Turkey stood alongside Azerbaijan during the war.").stream().noneMatch(f -> f.relation().equals("meetsWith")));
        // Help received "from" someone in an adjunct, also after a passive with an irregular participle.
        fs = extract("The barrage was shot down by Israel with help from the United States, Britain, France and Jordan.");
        assertTrue(has(fs, "United States", "supports", "Israel", "asserted") && has(fs, "Jordan", "supports", "Israel", "asserted"), fs.toString());
        assertTrue(has(extract("Israel repelled the barrage with support from the United States."), "United States", "supports", "Israel", "asserted"));
        // A verbless predicate in apposition to a name is the name's, and the main verb after it too; not within a list.
        fs = extract("Egypt, at odds with Ethiopia over its giant dam on the Blue Nile, has since shipped weapons to Mogadishu.");
        assertTrue(has(fs, "Egypt", "opposes", "Ethiopia", "asserted") && has(fs, "Egypt", "armsOrFunds", "Somalia", "asserted"), fs.toString());
        assertTrue(extract("Sanctions on Russia, Iran and North Korea, at odds with the West, followed.").stream().noneMatch(f -> f.relation().equals("opposes")));
        // "The two" with no pair named together: the two persons the sentence named before (not two states named apart).
        assertTrue(has(extract("Xi thanked Biden after the two met in Lima."), "Joe Biden", "meetsWith", "Xi Jinping", "asserted")
                || has(extract("Xi thanked Biden after the two met in Lima."), "Xi Jinping", "meetsWith", "Joe Biden", "asserted"));
        fs = extract("Blinken called Lavrov on Monday; the two men discussed the prisoner swap.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Antony Blinken", "Sergei Lavrov"))), fs.toString());
        assertTrue(extract("Israel struck Hezbollah targets in Lebanon and the two exchanged fire.").stream()
                .noneMatch(f -> f.relation().equals("fightsAgainst") && f.subject().equals("Lebanon")));
    }

    @Test
    void forcesMovingInDeclaredActsOwnTerritoryAndCoordinatedInfinitives() {
        // A state's forces moving into another state attack it; others crossing do not.
        List<Fact> fs = extract("Few doubt that Article 5 would apply if Russian tanks crossed into Estonia, Latvia or Lithuania, which joined "
                + "the alliance in 2004. Thousands of Ukrainian refugees crossed into Poland.");
        for (String v : List.of("Estonia", "Latvia", "Lithuania")) assertTrue(has(fs, "Russia", "attacks", v, "hypothetical"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Poland")), fs.toString());
        // States joining one alliance are not said to be each other's allies; a date in a relative clause is its own verb's.
        assertFalse(fs.stream().anyMatch(f -> f.relation().equals("allyOf")), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.relation().equals("attacks") && f.start() != null), fs.toString());
        fs = extract("Finland, which joined NATO in 2023, sent troops to Estonia in 2024.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("supports") && "2024".equals(f.start())), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("memberOf") && "2023".equals(f.start())), fs.toString());
        // A state does not annex its own territory.
        assertTrue(extract("Egypt seized the Suez Canal in 1956.").stream().noneMatch(f -> f.relation().equals("annexes")));
        assertTrue(has(extract("Russia seized Crimea in 2014."), "Russia", "annexes", "Crimea", "asserted"));
        // Declaring independence or war is an act, not a report of what follows.
        assertTrue(has(extract("Kosovo declared independence in 2008 and has been recognized by the United States."), "United States", "supports",
                "Kosovo", "asserted"));
        // A second infinitive shares the first one's agent and governor.
        fs = extract("Russia recognized South Ossetia, prompting Tbilisi to cut diplomatic ties with Moscow and to quit the Commonwealth of "
                + "Independent States.");
        assertTrue(has(fs, "Georgia", "withdrawsFrom", "Commonwealth of Independent States", "asserted"), fs.toString());
        assertTrue(has(fs, "Georgia", "sanctions", "Russia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Russia") && f.relation().equals("withdrawsFrom")), fs.toString());
    }

    @Test
    void regionsStruckControlOfficesTakenTalksInAdjunctsAndFormerStates() {
        // A region struck or entered is its state's ground; forces invited in do not attack.
        List<Fact> fs = extract("Israeli forces crossed into Sinai on October 29, 1956. Russia bombed targets across Georgia. At the invitation of "
                + "King Fahd, American troops poured into Saudi Arabia.");
        assertTrue(has(fs, "Israel", "attacks", "Egypt", "asserted"), fs.toString());
        assertTrue(has(fs, "Russia", "attacks", "Georgia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("Saudi Arabia")), fs.toString());
        // A region another holds (the reference data's ent:controlledBy) is struck in its holder.
        fs = extract("Ukraine struck Crimea on Sunday. Israeli jets bombed targets across Gaza.");
        assertTrue(has(fs, "Ukraine", "attacks", "Russia", "asserted") && has(fs, "Israel", "attacks", "Hamas", "asserted"), fs.toString());
        // Occupation or control of a place, also as the place being under someone's control.
        fs = extract("The Russian occupation of Crimea began in 2014. Roughly a fifth of Georgia's internationally recognized territory remains "
                + "under Russian control. The talks were under Turkish control.");
        assertTrue(has(fs, "Russia", "occupies", "Crimea", "asserted") && has(fs, "Russia", "occupies", "Georgia", "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.subject().equals("Turkey")), fs.toString());
        // An office taken after a verb of taking office.
        fs = extract("Mikheil Kavelashvili was sworn in as Georgia's president on Sunday. Maia Sandu became Moldova's president in 2020.");
        assertTrue(has(fs, "Mikheil Kavelashvili", "holdsPosition", "President of Georgia", "asserted"), fs.toString());
        assertTrue(has(fs, "Maia Sandu", "holdsPosition", "President of Moldova", "asserted"), fs.toString());
        // (past a description in apposition; and a long title in apposition)
        assertTrue(has(extract("Mikheil Kavelashvili, a former footballer backed by the ruling Georgian Dream party, was sworn in as Georgia's "
                + "president on Sunday."), "Mikheil Kavelashvili", "holdsPosition", "President of Georgia", "asserted"));
        assertTrue(has(extract("The following summer Nikita Khrushchev, the first secretary of the Soviet Communist Party, shipped missiles to the "
                + "island."), "Nikita Khrushchev", "holdsPosition", "General Secretary of the Communist Party of the Soviet Union", "asserted"));
        // Using force against someone attacks them; talks in a time adjunct are the subject's.
        fs = extract("China has never ruled out using force against Taiwan. Sarkozy brokered a ceasefire after talks with Medvedev in Moscow.");
        assertTrue(has(fs, "China", "attacks", "Taiwan", "hypothetical"), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Nicolas Sarkozy", "Dmitry Medvedev"))), fs.toString());
        // A capital in a narrative of 1956 stands for the state of that time; one in a sentence about the present for today's.
        fs = extract("Israel invaded Egypt in 1956. Moscow, for its part, threatened to use rockets against London and Paris.");
        assertTrue(has(fs, "Soviet Union", "attacks", "United Kingdom", "hypothetical"), fs.toString());
        fs = extract("Finland fought the Soviet Union in 1940. Moscow has threatened to use missiles against Helsinki.");
        assertTrue(has(fs, "Russia", "attacks", "Finland", "hypothetical"), fs.toString());
    }

    @Test
    void unknownNamesInListsBackersOfForcesTitlesBeforeRelativesAndPartiesInDescriptions() {
        List<Fact> fs0;
        // A name the graph does not know, coordinated after a known one, leaves the known one the subject.
        fs0 = extract("Jordan and the Palestine Liberation Organization sided with Baghdad.");
        assertTrue(has(fs0, "Jordan", "supports", "Iraq", "asserted"), fs0.toString());
        // Siding with someone is support, not alliance.
        assertFalse(fs0.stream().anyMatch(f -> f.relation().equals("allyOf")), fs0.toString());
        // A coordination after a comma whose last name has a verb of its own is a new clause's subject, all of it.
        fs0 = extract("British, French and Israeli officials settled on a plan: Israel would invade the Sinai, and London and Paris would demand "
                + "that both armies withdraw.");
        assertTrue(has(fs0, "Israel", "attacks", "Egypt", "hypothetical"), fs0.toString());
        assertFalse(fs0.stream().anyMatch(f -> f.subject().equals("Israel") && Set.of("France", "United Kingdom").contains(f.object())), fs0.toString());
        // Forces backed by contingents from states: each state backs each force's state.
        List<Fact> fs = extract("Without a UN mandate, American and British forces, backed by smaller contingents from Australia and Poland, invaded "
                + "Iraq on March 20, 2003.");
        for (String backer : List.of("Australia", "Poland"))
            for (String backed : List.of("United States", "United Kingdom")) assertTrue(has(fs, backer, "supports", backed, "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> f.object().equals("United Nations")), fs.toString());
        // A title in apposition ends where a relative clause on it opens.
        assertTrue(has(extract("Dick Cheney, the former vice president who died on Monday at 84, will be remembered as a hawk."), "Dick Cheney",
                "holdsPosition", "Vice President of the United States", "asserted"));
        // The states an agreement's description names are its parties.
        fs = extract("New START, the last remaining US-Russian arms control treaty, expires in February.");
        assertTrue(has(fs, "United States", "partyTo", "New START", "asserted") && has(fs, "Russia", "partyTo", "New START", "asserted"), fs.toString());
    }

    @Test
    void theyWhoMetUnveiledBodiesAndPactsThatAreAlliances() {
        // "they" meeting, with no group in view, are the two persons the sentence named.
        List<Fact> fs = extract("Antony Blinken, the US secretary of state, made that threat privately to China's foreign minister, Wang Yi, when they "
                + "met in Beijing in April.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("meetsWith") && Set.of(f.subject(), f.object()).equals(Set.of("Antony Blinken", "Wang Yi"))), fs.toString());
        // States that unveil a body are its members; "the pact" with an alliance in view and no agreement is the alliance.
        fs = extract("When Australia, Britain and the United States unveiled AUKUS in September 2021, Beijing denounced the pact as a product of "
                + "Cold War mentality.");
        for (String m : List.of("Australia", "United Kingdom", "United States")) assertTrue(has(fs, m, "memberOf", "AUKUS", "asserted"), fs.toString());
        assertTrue(has(fs, "China", "opposes", "AUKUS", "asserted"), fs.toString());
    }

    @Test
    void longSuppliesDoubleObjectsAndTheTwoLeadersNamedApart() {
        // A long list of what is supplied before the recipient; a double object the tagger misreads.
        assertTrue(has(extract("North Korea has shipped millions of artillery shells and dozens of KN-23 ballistic missiles to Russia, according to "
                + "South Korea's military."), "North Korea", "armsOrFunds", "Russia", "claimed", "South Korea"));
        assertTrue(has(extract("China has not sent Russia lethal weapons."), "China", "armsOrFunds", "Russia", "denied"));
        assertTrue(has(extract("Iran sent Russia drones."), "Iran", "armsOrFunds", "Russia", "asserted"));
        assertTrue(extract("France sent Ukraine a letter.").isEmpty());
        // "the two leaders" with one of them named here: the other is the person the article named last before.
        List<Fact> fs = extract("Vladimir Putin met Kim Jong Un in 2023. It was a marriage of convenience. During Putin's visit to Pyongyang, the two "
                + "leaders held talks.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && f.start() == null
                && Set.of(f.subject(), f.object()).equals(Set.of("Vladimir Putin", "Kim Jong Un"))), fs.toString());
    }

    @Test
    void rammingActsUnderDiscussionAndFiguresOfPastCrises() {
        // Ramming or sinking another state's vessels attacks it.
        assertTrue(has(extract("Chinese coast guard ships have repeatedly rammed Philippine vessels near Second Thomas Shoal."), "China", "attacks",
                "Philippines", "asserted"));
        // An act under discussion is not yet done.
        assertTrue(has(extract("Japan began talks in 2024 on cooperating with AUKUS."), "Japan", "cooperatesWith", "AUKUS", "hypothetical"));
        // Leaders of past crises are known with their offices (data/reference/history-and-more.ttl).
        List<Fact> fs = extract("In 1990, Iraqi President Saddam Hussein invaded Kuwait. Gamal Abdel Nasser nationalised the canal in 1956.");
        assertTrue(has(fs, "Saddam Hussein", "holdsPosition", "President of Iraq", "asserted"), fs.toString());
        assertTrue(has(fs, "Iraq", "attacks", "Kuwait", "asserted"), fs.toString());
        // A middle initial ends no sentence ("President John F. | Kennedy met …").
        fs = extract("President John F. Kennedy met Nikita Khrushchev in Vienna.");
        assertTrue(has(fs, "John F. Kennedy", "holdsPosition", "President of the United States", "asserted"), fs.toString());
        assertTrue(has(fs, "John F. Kennedy", "meetsWith", "Nikita Khrushchev", "asserted"), fs.toString());
    }

    @Test
    void verbPhraseListsMediatorsAndMeetingsInAdjuncts() {
        // The middle one of a list of verb phrases has the sentence's subject.
        List<Fact> fs = extract("Mogadishu denounced that deal, expelled Ethiopia's ambassador and threatened to eject Ethiopian troops.");
        assertTrue(has(fs, "Somalia", "sanctions", "Ethiopia", "asserted"), fs.toString());
        // Mediators of talks talk with the sides, not with each other.
        fs = extract("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.");
        for (String m : List.of("Qatar", "Turkey"))
            for (String side : List.of("Pakistan", "Afghanistan")) assertTrue(has(fs, m, "negotiatesWith", side, "asserted"), fs.toString());
        assertFalse(fs.stream().anyMatch(f -> Set.of(f.subject(), f.object()).equals(Set.of("Qatar", "Turkey"))), fs.toString());
        // ("the two sides" are not the mediators named last)
        fs = extract("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey. Qatar's Foreign Ministry said "
                + "the two sides had also agreed to meet again.");
        assertFalse(fs.stream().anyMatch(f -> Set.of(f.subject(), f.object()).equals(Set.of("Qatar", "Turkey"))), fs.toString());
        // One noun modifier between a possessive and the trigger.
        assertTrue(has(extract("The United States, Manila's treaty ally, said the treaty would apply."), "United States", "allyOf", "Philippines", "asserted"));
        // A meeting in an adjunct before the subject; talks with no one named after the subjects' act are between them.
        fs = extract("Speaking at a meeting with Azerbaijani President Ilham Aliyev in Dushanbe, Putin said two missiles had exploded near the plane.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("meetsWith") && Set.of(f.subject(), f.object()).equals(Set.of("Vladimir Putin", "Ilham Aliyev"))), fs.toString());
        fs = extract("Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud signed the Ankara Declaration late on Wednesday after "
                + "several hours of talks.");
        assertTrue(fs.stream().anyMatch(f -> f.relation().equals("negotiatesWith") && Set.of(f.subject(), f.object()).equals(Set.of("Abiy Ahmed", "Hassan Sheikh Mohamud"))), fs.toString());
    }

    @Test
    void crownPrincesDeputiesAndFoundersOfGroups() {
        // A title whose head is its second word, also inside an alias that carries it.
        assertTrue(has(extract("The accord was signed by Crown Prince Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif."),
                "Mohammed bin Salman", "holdsPosition", "Crown Prince of Saudi Arabia", "asserted"));
        // A deputy is not the office without "deputy".
        assertTrue(extract("Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia Svyrydenko signed the deal.").stream()
                .noneMatch(f -> f.object().equals("Prime Minister of Ukraine")));
        // The founder or leader of a group named before the person leads it; not "NATO leaders called China …".
        assertTrue(has(extract("Two years after the death of Wagner Group founder Yevgeny Prigozhin, Russia is trying to take control."),
                "Yevgeny Prigozhin", "leads", "Wagner Group", "asserted"));
        assertTrue(extract("NATO leaders called China a decisive enabler.").stream().noneMatch(f -> f.relation().equals("leads")));
        // (review: "boss" is a trigger, not a plural; a region noun opening the sentence; an office given to another; "Article V." ends a sentence)
        assertTrue(has(extract("Two years after the death of Wagner boss Yevgeny Prigozhin, Russia is trying to take control."),
                "Yevgeny Prigozhin", "leads", "Wagner Group", "asserted"));
        assertTrue(extract("Territory remains under Russian control.").stream().noneMatch(f -> f.relation().equals("occupies")));
        assertTrue(extract("Benjamin Netanyahu appointed Israel Katz as defence minister.").stream()
                .noneMatch(f -> f.subject().equals("Benjamin Netanyahu") && f.relation().equals("holdsPosition")));
        List<Fact> split = extract("NATO has invoked only once what is known as Article V. Russia attacked Ukraine in 2022.");
        assertTrue(split.stream().filter(f -> f.relation().equals("attacks")).allMatch(f -> f.quote().startsWith("Russia")), split.toString());
        // A title before the name and another in apposition after it; a modifier that makes a campaign no war.
        List<Fact> fs = extract("NATO Secretary General Mark Rutte, the former Dutch prime minister, praised Trump for pushing allies to spend more.");
        assertTrue(has(fs, "Mark Rutte", "holdsPosition", "Secretary General of NATO", "asserted")
                && has(fs, "Mark Rutte", "holdsPosition", "Prime Minister of the Netherlands", "asserted"), fs.toString());
        assertTrue(extract("It was a sharp escalation of Washington's pressure campaign against Venezuelan President Nicolas Maduro.").stream()
                .noneMatch(f -> f.relation().equals("fightsAgainst")));
        // Positions held inside a state's territory occupy it.
        assertTrue(has(extract("Israel still holds five hilltop positions inside Lebanese territory."), "Israel", "occupies", "Lebanon", "asserted"));
    }
}
