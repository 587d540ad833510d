package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.TestData;
import org.entente.facts.Fact;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A defect of the extractor on one article is reported with its file and article, and the rest of the corpus goes on. */
class ExtractionRunTest {

    @Test
    void anArticleTheExtractorFailsOnIsReportedAndTheRestGoesOn(@TempDir Path dir) throws Exception {
        Pipeline p = new Pipeline(TestData.project(null));
        // A pattern of a form the extractor does not know makes it fail on any sentence with its trigger: a stand-in for a bug.
        List<Pattern> patterns = new ArrayList<>(Pattern.builtIn());
        patterns.add(new Pattern("broken", "attacks", "no-such-form", List.<String[]>of(new String[] {"shell"}), Set.of(), true, null, 0.5));
        Extraction x = new Extraction(Pipeline.union(p.ontology(), p.reference().graph()), patterns);
        Path bad = dir.resolve("a-bad.txt"), good = dir.resolve("b-good.txt");
        Files.writeString(bad, "Russian artillery shelled Ukrainian positions near Kharkiv.\n", StandardCharsets.UTF_8);
        Files.writeString(good, "Iran arms and funds Hezbollah, officials said.\n", StandardCharsets.UTF_8);

        List<String> errors = new ArrayList<>();
        List<Map.Entry<String, List<Fact>>> done = new ArrayList<>();
        int n = x.run(List.of(bad, good), (a, ex) -> done.add(Map.entry(a.id(), ex.facts())), errors::add);

        assertEquals(1, n, "only the good article is extracted: " + errors);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("a-bad.txt") && errors.get(0).contains("the extractor failed on this article"), errors.get(0));
        assertTrue(done.get(0).getValue().stream().anyMatch(f -> f.subject().equals("Iran") && f.relation().equals("armsOrFunds")
                && f.object().equals("Hezbollah")), done.toString());
    }
}
