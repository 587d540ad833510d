package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reading of RDF files: UTF-8 byte by byte, absolute IRIs in N-Triples, syntax by extension. */
class RdfFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] b) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, b);
        return f;
    }

    /** A one-triple N-Triples file whose literal is the given bytes (hex). */
    private Path literal(String hex) throws IOException {
        return withBytes("t.nt", "<http://example.org/s> <http://example.org/p> \"", HexFormat.of().parseHex(hex));
    }

    /** A file of {@code before} (UTF-8), then {@code raw} inside a literal it opened, and the end of that triple. */
    private Path withBytes(String name, String before, byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(raw);
        b.writeBytes("\" .\n".getBytes(StandardCharsets.UTF_8));
        return write(name, b.toByteArray());
    }

    private String refusal(Path f) {
        return assertThrows(EntenteException.class, () -> RdfFiles.readGraph(f)).getMessage();
    }

    @Test
    void theSyntaxIsTheFileNamesExtension() {
        assertEquals(Lang.NTRIPLES, RdfFiles.lang(Path.of("/tmp/x/b#c.nt")));
        assertEquals(Lang.TURTLE, RdfFiles.lang(Path.of("a?b.ttl.gz")));
        assertEquals(Lang.NQUADS, RdfFiles.lang(Path.of("dataset.nq.gz")));
        assertEquals(Lang.RDFXML, RdfFiles.lang(Path.of("o.owl")));
        assertEquals(null, RdfFiles.lang(Path.of("notes.txt")));
        assertEquals(null, RdfFiles.lang(Path.of("nt")));
    }

    @Test
    void wellFormedUtf8IsRead() throws IOException {
        // é, €, 😀 (4 bytes), U+FFFD itself written in the file, U+10FFFF.
        Graph g = RdfFiles.readGraph(literal("c3a9" + "e282ac" + "f09f9880" + "efbfbd" + "f48fbfbf"));
        assertEquals("é€😀\uFFFD\uDBFF\uDFFF", g.find().next().getObject().getLiteralLexicalForm());
    }

    @Test
    void everyKindOfMalformedUtf8IsRefusedWithLineAndColumn() throws IOException {
        String at = ":1:48: malformed UTF-8";
        String[][] cases = {
                {"ff", "byte 0xff at byte 47"},                 // never in UTF-8
                {"80", "byte 0x80 at byte 47"},                 // a continuation byte alone
                {"c0af", "byte 0xc0 at byte 47"},               // overlong '/'
                {"e080af", "byte 0x80 at byte 48"},             // overlong, three bytes
                {"eda080", "byte 0xa0 at byte 48"},             // a surrogate
                {"f4908080", "byte 0x90 at byte 48"},           // above U+10FFFF
                {"c3", "byte 0x22 at byte 48, inside the sequence starting at byte 47"}, // cut short
        };
        for (String[] c : cases) {
            Path f = literal(c[0]);
            String m = refusal(f);
            assertTrue(m.startsWith(f + at) && m.contains(c[1]), c[0] + ": " + m);
        }
        Path end = write("end.nt", HexFormat.of().parseHex("e282"));
        assertTrue(refusal(end).startsWith(end + ":1:1: malformed UTF-8 (a multi-byte sequence starting at byte 0 is cut short by the end of the file)"), refusal(end));
    }

    @Test
    void aBadByteFarIntoALargeFileIsLocated() throws IOException {
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 20000; i++) before.append("<http://example.org/s").append(i).append("> <http://example.org/p> \"é\" .\n");
        Path f = withBytes("big.nt", before + "<http://example.org/s> <http://example.org/p> \"", new byte[] {(byte) 0xFE});
        String m = refusal(f);
        assertTrue(m.startsWith(f + ":20001:48: malformed UTF-8 (byte 0xfe"), m);
    }

    @Test
    void anEarlierSyntaxErrorIsReportedBeforeALaterBadByte() throws IOException {
        Path f = withBytes("t.nt", "<a> <http://example.org/p> \"x\" .\n<http://example.org/s> <http://example.org/p> \"", new byte[] {(byte) 0xFF});
        String m = refusal(f);
        assertTrue(m.startsWith(f + ":1:1: Bad IRI: Relative IRI: a"), m);
    }

    @Test
    void relativeIrisAreRefusedInNTriplesAndNQuads() throws IOException {
        Path nt = write("r.nt", "<http://example.org/s> <p> \"o\" .\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(nt).startsWith(nt + ":1:24: Bad IRI: Relative IRI: p"), refusal(nt));
        Path nq = write("r.nq", "<http://example.org/s> <http://example.org/p> \"o\" <g> .\n".getBytes(StandardCharsets.UTF_8));
        String m = assertThrows(EntenteException.class, () -> RdfFiles.parse(nq, org.apache.jena.riot.system.StreamRDFLib.sinkNull())).getMessage();
        assertTrue(m.startsWith(nq + ":1:51: Bad IRI: Relative IRI: g"), m);
    }

    @Test
    void illTypedLiteralsAreRefusedInNTriplesAsInTurtle() throws IOException {
        String triple = "<http://example.org/s> <http://example.org/p> \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n";
        for (String name : new String[] {"l.nt", "l.ttl"}) {
            Path f = write(name, triple.getBytes(StandardCharsets.UTF_8));
            assertTrue(refusal(f).contains("Lexical form 'x' not valid"), refusal(f));
        }
    }
}
