package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.entente.TestData;
import org.entente.store.Store;
import org.entente.vocab.EntenteConst;
import org.entente.vocab.PROV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente import} and {@code entente load} with files a researcher brings: invalid input is
 * refused with file, line, column and reason, exit status 1 and nothing stored; two files with the
 * same name do not silently replace each other's graph.
 */
class ImportLoadCmdTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 5];
        all[0] = "--root";
        all[1] = TestData.root().toString();
        all[2] = "--store";
        all[3] = dir.resolve("store").toString();
        all[4] = "--quiet";
        System.arraycopy(args, 0, all, 5, args.length);
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(all);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Set<Quad> quads() {
        try (Store s = Store.open(dir.resolve("store"))) {
            return s.read(dsg -> dsg.stream().collect(Collectors.toSet()));
        }
    }

    private Set<String> objects(String graph) {
        Node g = NodeFactory.createURI(graph);
        return quads().stream().filter(q -> q.getGraph().equals(g) && !q.getPredicate().equals(PROV.wasDerivedFrom))
                .map(q -> q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().toString()).collect(Collectors.toSet());
    }

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, content);
        return f;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String before, int bad, String after) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        b.write(bad);
        b.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** Something already in the store, so a refused import has something to lose. */
    private Set<Quad> storeWithOneImport() throws IOException {
        Run r = run("import", file("keep/keep.ttl", "<http://example.org/kept> <http://example.org/p> \"kept\" .\n").toString());
        assertEquals(0, r.status(), r.err());
        Set<Quad> before = quads();
        assertFalse(before.isEmpty());
        return before;
    }

    @Test
    void relativeIrisInNTriplesAreRefusedWithFileLineAndColumn() throws IOException {
        Set<Quad> before = storeWithOneImport();
        Path f = file("x.nt", "<http://example.org/a> <http://example.org/b> \"fine\" .\n<a> <b> \"c\" .\n");
        for (String cmd : new String[] {"import", "load"}) {
            Run r = run(cmd, f.toString());
            assertEquals(1, r.status(), cmd + ": " + r.out() + r.err());
            assertTrue(r.err().contains(f + ":2:1: ") && r.err().contains("Relative IRI: a"), cmd + ": " + r.err());
            assertFalse(r.out().contains("imported") || r.out().contains("loaded"), r.out());
            assertEquals(before, quads(), cmd + ": nothing of the file stored, nothing lost");
        }
    }

    @Test
    void malformedUtf8IsRefusedNotReplacedWithUFFFD() throws IOException {
        Set<Quad> before = storeWithOneImport();
        Path f = file("x.nt", bytes("<http://example.org/a> <http://example.org/b> \"ok\" .\n<http://example.org/a> <http://example.org/b> \"", 0xFF, "\" .\n"));
        for (String cmd : new String[] {"import", "load"}) {
            Run r = run(cmd, f.toString());
            assertEquals(1, r.status(), cmd + ": " + r.out() + r.err());
            assertTrue(r.err().contains(f + ":2:48: malformed UTF-8 (byte 0xff"), cmd + ": " + r.err());
            assertEquals(before, quads(), cmd);
        }
    }

    @Test
    void theQaFileIsRefusedIntoAnEmptyStoreToo() throws IOException {
        // <a> <b> "\xff" . : the bulk loader path (empty store) must refuse it as well and leave the store empty.
        Path f = file("x.nt", bytes("<a> <b> \"", 0xFF, "\" .\n"));
        Run r = run("import", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(f + ":1:1: ") && r.err().contains("Relative IRI"), r.err());
        assertTrue(quads().isEmpty());
        r = run("load", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(quads().isEmpty());
    }

    @Test
    void malformedUtf8InAGzippedFileOrJsonLdIsRefused() throws IOException {
        Set<Quad> before = storeWithOneImport();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(gz)) {
            z.write(bytes("<http://example.org/a> <http://example.org/b> \"", 0xC3, "\" .\n"));
        }
        Path nt = file("x.nt.gz", gz.toByteArray());
        Path jsonld = file("x.jsonld", bytes("{\"@id\": \"http://example.org/a\",\n \"http://example.org/b\": \"", 0x80, "\"}\n"));
        Run r = run("import", nt.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains(nt + ":1:48: malformed UTF-8"), r.err());
        r = run("import", jsonld.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains(jsonld + ":2:27: malformed UTF-8 (byte 0x80"), r.err());
        assertEquals(before, quads());
    }

    @Test
    void aBadFileAmongSeveralStoresNothingOfAnyOfThem() throws IOException {
        Set<Quad> before = storeWithOneImport();
        Path good = file("good.ttl", "<http://example.org/a> <http://example.org/b> \"good\" .\n");
        Path bad = file("bad.nq", "<http://example.org/a> <http://example.org/b> \"bad\" <g> .\n");
        Run r = run("import", good.toString(), bad.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains(bad + ":1:") && r.err().contains("Relative IRI: g"), r.err());
        assertEquals(before, quads());
    }

    @Test
    void aFileWithTheNameOfAnotherFilesGraphIsRefusedUnlessReplacedOrGivenItsOwnGraph() throws IOException {
        Path x = file("x/a.nt", "<http://example.org/s> <http://example.org/p> \"from x\" .\n");
        Path y = file("y/a.nt", "<http://example.org/s> <http://example.org/p> \"from y\" .\n");
        String graph = EntenteConst.GRAPH_IMPORT_PREFIX + "a.nt";
        assertEquals(0, run("import", x.toString()).status());
        assertEquals(Set.of("from x"), objects(graph));
        Set<Quad> before = quads();
        assertTrue(before.contains(new Quad(NodeFactory.createURI(graph), NodeFactory.createURI(graph), PROV.wasDerivedFrom,
                NodeFactory.createURI(x.toRealPath().toUri().toString()))), "the graph records its file");

        Run r = run("import", y.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("<" + graph + "> already holds the statements of " + x.toRealPath()), r.err());
        assertTrue(r.err().contains("--replace") && r.err().contains("--graph " + EntenteConst.GRAPH_IMPORT_PREFIX + "y-a.nt"), r.err());
        assertEquals(before, quads(), "x's graph is kept");

        // The same two in one command: refused before anything is read.
        r = run("import", x.toString(), y.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("would both go to the graph <" + graph + ">"), r.err());
        assertEquals(before, quads());

        // Its own graph: both kept.
        r = run("import", "--graph", EntenteConst.GRAPH_IMPORT_PREFIX + "y-a.nt", y.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("<" + EntenteConst.GRAPH_IMPORT_PREFIX + "y-a.nt>"), r.out());
        assertEquals(Set.of("from x"), objects(graph));
        assertEquals(Set.of("from y"), objects(EntenteConst.GRAPH_IMPORT_PREFIX + "y-a.nt"));

        // Deliberately replaced.
        r = run("import", "--replace", y.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(Set.of("from y"), objects(graph));

        // load names graphs the same way and refuses the same way.
        r = run("load", x.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("already holds the statements of " + y.toRealPath()), r.err());
        assertEquals(Set.of("from y"), objects(graph));
    }

    @Test
    void importingTheSameFileAgainReplacesItsGraph() throws IOException {
        Path x = file("x/a.ttl", "<http://example.org/s> <http://example.org/p> \"one\" .\n");
        assertEquals(0, run("import", x.toString()).status());
        Files.writeString(x, "<http://example.org/s> <http://example.org/p> \"two\" .\n");
        Run r = run("import", x.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(Set.of("two"), objects(EntenteConst.GRAPH_IMPORT_PREFIX + "a.ttl"));
    }

    @Test
    void aGraphOfNoRecordedFileIsNotReplacedSilently() throws IOException {
        // As an older Entente left it: the graph of a.nt, with no record of its file.
        Node g = NodeFactory.createURI(EntenteConst.GRAPH_IMPORT_PREFIX + "a.nt");
        try (Store s = Store.open(dir.resolve("store"))) {
            s.write(dsg -> dsg.add(g, NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("old")));
        }
        Path x = file("x/a.nt", "<http://example.org/s> <http://example.org/p> \"new\" .\n");
        Run r = run("import", x.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("already holds 1 statement(s) of no recorded file"), r.err());
        assertEquals(Set.of("old"), objects(g.getURI()));
        assertEquals(0, run("import", "--replace", x.toString()).status());
        assertEquals(Set.of("new"), objects(g.getURI()));
        assertEquals(0, run("import", x.toString()).status(), "recorded now: importing it again replaces it");
    }

    @Test
    void severalFilesInOneNamedGraphCanBeImportedAgainButNotPartly() throws IOException {
        Path a = file("a.ttl", "<http://example.org/s> <http://example.org/p> \"a\" .\n");
        Path b = file("b.nt", "<http://example.org/s> <http://example.org/p> \"b\" .\n");
        String g = "https://example.org/graph/mine";
        assertEquals(0, run("import", "--graph", g, a.toString(), b.toString()).status());
        Run r = run("import", "--graph", g, b.toString(), a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(Set.of("a", "b"), objects(g));
        r = run("import", "--graph", g, a.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("<" + g + "> already holds the statements of " + b.toRealPath()), r.err());
        assertEquals(Set.of("a", "b"), objects(g));
    }

    @Test
    void theSyntaxComesFromTheExtensionEvenWithAHashInTheName() throws IOException {
        Path f = file("x/b#c.nt", "<http://example.org/s> <http://example.org/p> \"hash\" .\n");
        Run r = run("import", f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(Set.of("hash"), objects(EntenteConst.GRAPH_IMPORT_PREFIX + "b_c.nt"));
    }

    @Test
    void aRelativeGraphIriIsRefused() throws IOException {
        Path f = file("a.nt", "<http://example.org/s> <http://example.org/p> \"o\" .\n");
        for (String cmd : new String[] {"import", "load"}) {
            Run r = run(cmd, "--graph", "mine", f.toString());
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().contains("--graph mine: not an absolute IRI"), r.err());
        }
        assertTrue(quads().isEmpty());
    }
}
