package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.Quad;
import org.entente.EntenteException;
import org.entente.TestData;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Project;
import org.entente.vocab.EntenteConst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTest {

    @TempDir
    Path dir;

    private static Set<Quad> quads(Store s) {
        return s.read(dsg -> dsg.stream().collect(Collectors.toSet()));
    }

    @Test
    void buildingTwiceGivesTheSameStore() {
        Project p = TestData.project(dir.resolve("store"));
        try (Store s = Store.open(p.store())) {
            new Pipeline(p).build(s, false);
            Set<Quad> first = quads(s);
            new Pipeline(p).build(s, false);
            assertEquals(first, quads(s));
            assertTrue(first.size() > 5000, "store holds the reference data and articles: " + first.size());
        }
    }

    @Test
    void loadingAFileTwiceReplacesItsGraph() throws Exception {
        Path nq = dir.resolve("extra.nq");
        Files.writeString(nq, "<http://ex.org/s> <http://ex.org/p> \"o\" <http://ex.org/g> .\n");
        try (Store s = Store.open(dir.resolve("store"))) {
            Loader.load(s, java.util.List.of(nq), null, EntenteConst.GRAPH_IMPORT_PREFIX);
            Loader.load(s, java.util.List.of(nq), null, EntenteConst.GRAPH_IMPORT_PREFIX);
            assertEquals(1, quads(s).size());
        }
    }

    @Test
    void aRefusedFactLeavesTheStoreAsItWas() throws Exception {
        Project p = TestData.copyProject(dir.resolve("project"));
        try (Store s = Store.open(p.store())) {
            new Pipeline(p).build(s, false);
            Set<Quad> before = quads(s);
            Path bad = p.factsDir().resolve("zz-bad.tsv");
            Files.writeString(bad, "article\tsubject\trelation\tobject\tstance\tquote\n"
                    + "d1d4869136565ec5\tAtlantis\tattacks\tRussia\tasserted\tRussia says there was no incursion.\n");
            EntenteException e = assertThrows(EntenteException.class, () -> new Pipeline(p).build(s, false));
            assertTrue(e.getMessage().contains("zz-bad.tsv:2: unknown entity 'Atlantis'"), e.getMessage());
            assertEquals(before, quads(s), "nothing stored, nothing lost");
        }
    }

    @Test
    void aShaclViolationLeavesTheStoreAsItWas() throws Exception {
        Project p = TestData.copyProject(dir.resolve("project"));
        try (Store s = Store.open(p.store())) {
            new Pipeline(p).build(s, true);
            Set<Quad> before = quads(s);
            // A membership without its start date breaks the shapes.
            Files.writeString(p.referenceDir().resolve("zz-broken.ttl"),
                    "@prefix : <https://w3id.org/entente/id/> .\n@prefix ent: <https://w3id.org/entente/ontology#> .\n"
                            + "@prefix org: <http://www.w3.org/ns/org#> .\n"
                            + ":Membership_Broken a ent:Membership ; org:member :Turkey ; org:organization :NATO .\n");
            EntenteException e = assertThrows(EntenteException.class, () -> new Pipeline(p).build(s, true));
            assertTrue(e.getMessage().contains("SHACL validation failed"), e.getMessage());
            assertTrue(e.getMessage().contains("data/reference/zz-broken.ttl"), "locates the file: " + e.getMessage());
            assertTrue(e.getMessage().contains("Membership_Broken"), e.getMessage());
            assertEquals(before, quads(s));
        }
    }

    @Test
    void invalidRdfIsRefusedWithFileAndLine() throws Exception {
        Project p = TestData.copyProject(dir.resolve("project"));
        Files.writeString(p.referenceDir().resolve("zz-syntax.ttl"),
                "@prefix : <https://w3id.org/entente/id/> .\n:A :b :c .\n:D :e .\n");
        try (Store s = Store.open(p.store())) {
            EntenteException e = assertThrows(EntenteException.class, () -> new Pipeline(p).build(s, false));
            assertTrue(e.getMessage().matches("(?s).*zz-syntax\\.ttl:3:\\d+: .*"), e.getMessage());
        }
    }
}
