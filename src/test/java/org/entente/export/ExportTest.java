package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.entente.EntenteException;
import org.entente.TestData;
import org.entente.facts.EntityIndex;
import org.entente.pipeline.Pipeline;
import org.entente.query.NamedQuery;
import org.entente.query.QueryRunner;
import org.entente.store.Loader;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps: determinism, independent re-parsing, round trips through Jena and RDF4J, corruption detection. */
class ExportTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static Path release;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void export() {
        release = tmp.resolve("release");
        Exporter.export(TestData.builtStore(), TestData.root().resolve("ontology/entente.ttl"), release, "https://example.org/dumps/", null, DAY);
    }

    @Test
    void exportingTwiceGivesIdenticalBytes() throws Exception {
        Path again = tmp.resolve("again");
        Exporter.export(TestData.builtStore(), TestData.root().resolve("ontology/entente.ttl"), again, "https://example.org/dumps/", null, DAY);
        assertEquals(Files.readString(release.resolve("SHA256SUMS")), Files.readString(again.resolve("SHA256SUMS")));
        for (String f : List.of("dataset.nq.gz", "dataset.trig", "dataset.jsonld.gz", "union.ttl.gz", "void.ttl")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(release.resolve(f)), Files.readAllBytes(again.resolve(f))), f);
        }
    }

    @Test
    void everyFileParsesWithRioAndCountsMatchTheStore() throws Exception {
        long quads = TestData.builtStore().read(dsg -> dsg.stream().count());
        for (String f : List.of("dataset.nq.gz", "dataset.trig", "dataset.jsonld.gz")) assertEquals(quads, Exporter.rioCount(release.resolve(f)), f);
        long triples = TestData.builtStore().read(dsg -> dsg.stream().map(Quad::asTriple).distinct().count());
        for (String f : List.of("union.nt.gz", "union.ttl.gz")) assertEquals(triples, Exporter.rioCount(release.resolve(f)), f);
        assertTrue(Exporter.rioCount(release.resolve("truthy.nt.gz")) < triples);
        assertTrue(Exporter.rioCount(release.resolve("void.ttl")) > 100);
        assertEquals(Exporter.rioCount(release.resolve("ontology.ttl")), Exporter.rioCount(release.resolve("ontology.rdf")));
    }

    @Test
    void jsonLdAndTrigSayTheSameAsNQuads() throws Exception {
        Model nq = rio(release.resolve("dataset.nq.gz"), RDFFormat.NQUADS);
        assertTrue(Models.isomorphic(nq, rio(release.resolve("dataset.jsonld.gz"), RDFFormat.JSONLD)), "JSON-LD");
        assertTrue(Models.isomorphic(nq, rio(release.resolve("dataset.trig"), RDFFormat.TRIG)), "TriG");
    }

    private static Model rio(Path f, RDFFormat fmt) throws Exception {
        try (InputStream raw = Files.newInputStream(f); InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Rio.parse(in, "urn:x:", fmt);
        }
    }

    @Test
    void voidDescribesTheDumpsWithChecksums() throws Exception {
        String v = Files.readString(release.resolve("void.ttl"));
        assertTrue(v.contains("https://example.org/dumps/dataset.nq.gz"));
        assertTrue(v.contains(Exporter.sha256(release.resolve("dataset.nq.gz"))));
        assertTrue(v.contains("creativecommons.org/licenses/by/4.0"));
        assertTrue(v.contains("void:classPartition") && v.contains("void:subset"));
    }

    @Test
    void aCorruptedDumpIsDetectedByItsChecksum() throws Exception {
        Path copy = tmp.resolve("corrupt");
        TestData.copyTree(release, copy);
        assertEquals(10, Exporter.verify(copy).size(), "eight dumps, the JSON-LD context and void.ttl");
        byte[] b = Files.readAllBytes(copy.resolve("dataset.nq.gz"));
        b[b.length / 2] ^= 0x55;
        Files.write(copy.resolve("dataset.nq.gz"), b);
        EntenteException e = assertThrows(EntenteException.class, () -> Exporter.verify(copy));
        assertTrue(e.getMessage().contains("dataset.nq.gz: checksum mismatch"), e.getMessage());
    }

    /** A copy of the release to tamper with. */
    private static Path copyOfRelease(String name) {
        Path copy = tmp.resolve(name);
        TestData.copyTree(release, copy);
        return copy;
    }

    /** Rewrites SHA256SUMS with the current checksums of the files it lists, as someone covering a change would. */
    private static void recomputeSums(Path dir) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
            String name = line.substring(66);
            out.append(Exporter.sha256(dir.resolve(name))).append("  ").append(name).append('\n');
        }
        Files.writeString(dir.resolve("SHA256SUMS"), out.toString());
    }

    /** Drops one quad (the middle line) from dataset.nq.gz; returns the number of quads left. */
    private static long dropOneQuad(Path dir) throws Exception {
        Path nq = dir.resolve("dataset.nq.gz");
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nq))) {
            lines = new java.util.ArrayList<>(List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        }
        lines.remove(lines.size() / 2);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(nq))) {
            out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return lines.size();
    }

    private static String verifyFails(Path dir) {
        return assertThrows(EntenteException.class, () -> Exporter.verify(dir)).getMessage();
    }

    @Test
    void anEmptyChecksumListIsRefused() throws Exception {
        Path copy = copyOfRelease("empty-sums");
        Files.writeString(copy.resolve("SHA256SUMS"), "");
        String m = verifyFails(copy);
        assertTrue(m.contains("SHA256SUMS: lists no files"), m);
        assertEquals(1, org.entente.cli.Main.run("--quiet", "export", "--verify", copy.toString()), "exit status of export --verify");
    }

    @Test
    void aChecksumListThatLeavesOutAFileIsRefused() throws Exception {
        // A file of the release left out of SHA256SUMS.
        Path copy = copyOfRelease("short-sums");
        List<String> lines = Files.readAllLines(copy.resolve("SHA256SUMS"));
        Files.write(copy.resolve("SHA256SUMS"), lines.stream().filter(l -> !l.endsWith("  union.ttl.gz")).toList());
        String m = verifyFails(copy);
        assertTrue(m.contains("does not list union.ttl.gz"), m);
        // ... also when the file itself is gone: every release holds it.
        Files.delete(copy.resolve("union.ttl.gz"));
        m = verifyFails(copy);
        assertTrue(m.contains("SHA256SUMS: does not list union.ttl.gz, which every Entente release holds"), m);
        // A file the release holds but the list does not name.
        Path extra = copyOfRelease("extra-file");
        Files.writeString(extra.resolve("notes.nt"), "<urn:a> <urn:b> <urn:c> .\n");
        m = verifyFails(extra);
        assertTrue(m.contains("notes.nt is in the release but not listed in SHA256SUMS"), m);
    }

    @Test
    void aDumpThatDiffersFromVoidIsRefusedEvenWithFreshChecksums() throws Exception {
        Path copy = copyOfRelease("dropped-quad");
        String voidSha = Exporter.sha256(copy.resolve("dataset.nq.gz"));
        long quads = Exporter.rioCount(copy.resolve("dataset.nq.gz"));
        long left = dropOneQuad(copy);
        assertEquals(quads - 1, left);
        recomputeSums(copy);
        String m = verifyFails(copy);
        assertTrue(m.contains("dataset.nq.gz: does not match void.ttl"), m);
        assertTrue(m.contains("void.ttl records SHA-256 " + voidSha), m);
        assertTrue(m.contains("void.ttl records void:triples " + quads + ", RDF4J Rio read " + left + " statements"), m);
    }

    @Test
    void countsAreCheckedEvenWhenVoidHasTheNewChecksumAndSize() throws Exception {
        Path copy = copyOfRelease("dropped-quad-void-patched");
        Path nq = copy.resolve("dataset.nq.gz");
        String oldSha = Exporter.sha256(nq);
        long oldSize = Files.size(nq);
        long quads = Exporter.rioCount(nq);
        dropOneQuad(copy);
        String v = Files.readString(copy.resolve("void.ttl"));
        assertTrue(v.contains(oldSha) && v.contains("\"" + oldSize + "\"^^xsd:nonNegativeInteger"));
        v = v.replace(oldSha, Exporter.sha256(nq)).replace("\"" + oldSize + "\"^^xsd:nonNegativeInteger", "\"" + Files.size(nq) + "\"^^xsd:nonNegativeInteger");
        Files.writeString(copy.resolve("void.ttl"), v);
        recomputeSums(copy);
        String m = verifyFails(copy);
        assertTrue(m.contains("dataset.nq.gz: does not match void.ttl"), m);
        assertTrue(!m.contains("SHA-256") && !m.contains("byteSize"), m);
        assertTrue(m.contains("void:triples " + quads + ", RDF4J Rio read " + (quads - 1)), m);
        assertTrue(m.contains("for the dataset") && m.contains("named graph <"), m);
    }

    @Test
    void aDumpVoidDoesNotDescribeIsRefused() throws Exception {
        Path copy = copyOfRelease("undescribed");
        Files.writeString(copy.resolve("extra.nt"), "<urn:a> <urn:b> <urn:c> .\n");
        Files.writeString(copy.resolve("SHA256SUMS"), Files.readString(copy.resolve("SHA256SUMS")) + Exporter.sha256(copy.resolve("extra.nt")) + "  extra.nt\n");
        String m = verifyFails(copy);
        assertTrue(m.contains("void.ttl: does not describe extra.nt"), m);
    }

    @Test
    void roundTripThroughAFreshStoreGivesTheSameGraphAndAnswers() throws Exception {
        Path dir = tmp.resolve("fresh-store");
        try (Store fresh = Store.open(dir)) {
            Loader.load(fresh, List.of(release.resolve("dataset.nq.gz")), null, EntenteConst.GRAPH_IMPORT_PREFIX);
            Set<Quad> a = TestData.builtStore().read(dsg -> dsg.stream().collect(Collectors.toSet()));
            Set<Quad> b = fresh.read(dsg -> dsg.stream().collect(Collectors.toSet()));
            assertEquals(a, b);
            for (String[] c : new String[][] {{"members-on-date", "org=NATO date=2015-11-24"}, {"collective-defence", "aggressor=Russia victim=Turkey place=Turkey date=2015-11-24"},
                    {"proxy-confrontations", ""}, {"contested-claims", ""}}) {
                assertEquals(answer(TestData.builtStore(), c[0], c[1]), answer(fresh, c[0], c[1]), c[0]);
            }
        }
    }

    private static String answer(Store s, String name, String args) {
        Pipeline p = new Pipeline(TestData.project(null));
        EntityIndex idx = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + name + ".rq"));
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String a : args.split(" ")) if (!a.isBlank()) m.put(a.split("=")[0], a.split("=")[1]);
        var b = new QueryRunner(() -> idx).bind(q, m);
        String csv = s.read(dsg -> QueryRunner.runToString(dsg, q.query(), b, QueryRunner.Format.CSV));
        return new TreeSet<>(List.of(csv.split("\r?\n"))).toString();
    }

    @Test
    void anIndependentStoreGivesTheSameAnswers() throws Exception {
        SailRepository repo = new SailRepository(new MemoryStore());
        try (RepositoryConnection conn = repo.getConnection();
             InputStream in = new GZIPInputStream(Files.newInputStream(release.resolve("dataset.nq.gz")))) {
            conn.add(in, "urn:x:", RDFFormat.NQUADS);
            long quads = TestData.builtStore().read(dsg -> dsg.stream().count());
            assertEquals(quads, conn.size());
            for (String name : List.of("proxy-confrontations", "common-enemies", "attacks-and-article-5", "members-on-date")) {
                NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + name + ".rq"));
                TupleQuery tq = conn.prepareTupleQuery(q.text());
                if (name.equals("members-on-date")) {
                    tq.setBinding("org", repo.getValueFactory().createIRI(EntenteConst.ID + "NATO"));
                    tq.setBinding("date", repo.getValueFactory().createLiteral("2015-11-24",
                            repo.getValueFactory().createIRI("http://www.w3.org/2001/XMLSchema#date")));
                }
                Set<String> rdf4j = new HashSet<>();
                try (TupleQueryResult r = tq.evaluate()) {
                    while (r.hasNext()) rdf4j.add(row(r.next(), r.getBindingNames()));
                }
                String jenaArgs = name.equals("members-on-date") ? "org=NATO date=2015-11-24" : "";
                Set<String> jena = jenaRows(name, jenaArgs);
                assertEquals(jena, rdf4j, name);
                assertTrue(!jena.isEmpty(), name + " has answers");
            }
        } finally {
            repo.shutDown();
        }
    }

    private static String row(BindingSet b, List<String> names) {
        StringBuilder s = new StringBuilder();
        for (String n : names) s.append(b.hasBinding(n) ? b.getValue(n).stringValue() : "").append('|');
        return s.toString();
    }

    private static Set<String> jenaRows(String name, String args) {
        Pipeline p = new Pipeline(TestData.project(null));
        EntityIndex idx = new EntityIndex(Pipeline.union(p.ontology(), p.reference().graph()));
        NamedQuery q = NamedQuery.read(TestData.root().resolve("queries/" + name + ".rq"));
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String a : args.split(" ")) if (!a.isBlank()) m.put(a.split("=")[0], a.split("=")[1]);
        var b = new QueryRunner(() -> idx).bind(q, m);
        return TestData.builtStore().read(dsg -> {
            Set<String> out = new HashSet<>();
            try (var qe = org.apache.jena.query.QueryExecution.create().query(q.query()).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                    .substitution(b).set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                var rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    var sol = rs.next();
                    StringBuilder s = new StringBuilder();
                    for (String v : vars) {
                        var n = sol.get(v);
                        s.append(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()).append('|');
                    }
                    out.add(s.toString());
                }
            }
            return out;
        });
    }
}
