package org.entente.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.EntenteException;
import org.entente.vocab.EntenteConst;

/**
 * Reads RDF files with errors that name the file, line and column, and rewrites Entente's
 * default base to the configured one while reading.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** The base IRI the files in {@code data/} and {@code ontology/} are written with. */
    public static final String DEFAULT_BASE = "https://w3id.org/entente/";

    /** The RDF files of a directory (by extension, gzip allowed), sorted by name. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) throw new EntenteException(dir + ": not a directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && lang(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new EntenteException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /**
     * The RDF syntax of a file by its extension (ignoring {@code .gz}), or null. The extension is
     * what follows the last dot of the file name, taken as it is: a name is no URI, so {@code #} or
     * {@code ?} in it mean nothing ({@code b#c.nt} is N-Triples).
     */
    public static Lang lang(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : RDFLanguages.fileExtToLang(name.substring(dot + 1));
    }

    /** Syntaxes that are UTF-8 text by definition, checked byte by byte ({@link Utf8Check}); XML declares its own encoding and its parser checks it. */
    private static final Set<Lang> UTF8_TEXT = Set.of(Lang.NTRIPLES, Lang.NQUADS, Lang.TURTLE, Lang.TRIG, Lang.N3, Lang.JSONLD, Lang.RDFJSON);

    /**
     * The RDF syntax of a file, for reading it.
     *
     * @throws EntenteException if the extension names no syntax Jena reads
     */
    public static Lang requireLang(Path file) {
        Lang lang = lang(file);
        if (lang == null) throw new EntenteException(file + ": unknown RDF syntax (use .ttl, .nt, .nq, .trig, .jsonld, .rdf or .owl, optionally .gz)");
        return lang;
    }

    /**
     * Parses a file onto a stream, strictly: the text must be well-formed UTF-8 (no byte is
     * replaced), IRIs must be valid and, in N-Triples and N-Quads, absolute, and literals must fit
     * their datatype. Statements already sent to {@code dest} before an error are the caller's to
     * discard (the loaders do it in their transaction).
     *
     * @throws EntenteException with the file name, line, column and the reason
     */
    public static void parse(Path file, StreamRDF dest) {
        Lang lang = requireLang(file);
        StreamRDF sink = rebase(dest);
        boolean gz = file.getFileName().toString().endsWith(".gz");
        Utf8Check[] check = {null};
        try (InputStream raw = Files.newInputStream(file);
             InputStream unzipped = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
             InputStream in = UTF8_TEXT.contains(lang) ? (check[0] = new Utf8Check(unzipped, file.toString(), gz)) : unzipped) {
            RDFParser.create().source(in).lang(lang).base(file.toUri().toString())
                    .checking(true).errorHandler(strict(file.toString())).parse(sink);
        } catch (RuntimeException e) {
            // The parsers wrap what the stream throws, or report it as a message: ask the stream.
            if (check[0] != null && check[0].raised) throw new EntenteException(check[0].failure.getMessage(), e);
            if (!(e instanceof RiotException)) throw e;
            String m = e.getMessage();
            throw new EntenteException(m != null && m.startsWith(file.toString()) ? m : file + ": " + m, e);
        } catch (IOException e) {
            if (e instanceof Utf8Check.Malformed) throw new EntenteException(e.getMessage(), e);
            if (e instanceof java.nio.file.NoSuchFileException) throw new EntenteException(file + ": no such file", e);
            throw new EntenteException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a triples file into a new in-memory graph. */
    public static Graph readGraph(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        parse(file, StreamRDFLib.graph(g));
        return g;
    }

    /**
     * An error handler that turns warnings about bad IRIs (relative IRIs in N-Triples and N-Quads
     * among them) and literals into errors, located in the file.
     */
    public static ErrorHandler strict(String name) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                if (message != null && (message.contains("Bad IRI") || message.contains("ill-formed") || message.contains("Lexical form")
                        || message.contains("not valid"))) {
                    error(message, line, col);
                }
            }

            @Override
            public void error(String message, long line, long col) {
                if (message != null && message.contains("Relative IRI")) {
                    message += " (N-Triples and N-Quads have no base IRI: every IRI must be absolute, like <http://example.org/a>)";
                }
                throw new RiotException(where(name, line, col) + ": " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                // The XML parser checks the encoding itself and says so in its own words.
                if (message != null && message.contains("UTF-8 sequence")) message = "malformed UTF-8: " + message;
                throw new RiotException(where(name, line, col) + ": " + message);
            }
        };
    }

    private static String where(String name, long line, long col) {
        if (line <= 0) return name;
        return name + ":" + line + (col > 0 ? ":" + col : "");
    }

    /** Wraps a stream so IRIs under {@link #DEFAULT_BASE} are moved under the configured base. */
    public static StreamRDF rebase(StreamRDF dest) {
        if (EntenteConst.BASE.equals(DEFAULT_BASE)) return dest;
        return new StreamRDFWrapper(dest) {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                super.triple(org.apache.jena.graph.Triple.create(r(t.getSubject()), r(t.getPredicate()), r(t.getObject())));
            }

            @Override
            public void quad(Quad q) {
                super.quad(Quad.create(r(q.getGraph()), r(q.getSubject()), r(q.getPredicate()), r(q.getObject())));
            }
        };
    }

    /** Query text written with the default base, with entity IRIs moved under the configured base. */
    public static String rebaseText(String text) {
        String dflt = DEFAULT_BASE + "id/";
        return dflt.equals(EntenteConst.ID) ? text : text.replace(dflt, EntenteConst.ID);
    }

    private static Node r(Node n) {
        if (n != null && n.isURI() && n.getURI().startsWith(DEFAULT_BASE) && !n.getURI().startsWith(EntenteConst.ONTOLOGY_NS)
                && !n.getURI().startsWith(EntenteConst.ONTOLOGY_IRI)) {
            return NodeFactory.createURI(EntenteConst.BASE + n.getURI().substring(DEFAULT_BASE.length()));
        }
        return n;
    }

    /**
     * Passes bytes through while checking that they are well-formed UTF-8 (Unicode Table 3-7: no
     * stray continuation bytes, overlong forms, surrogates or code points above U+10FFFF, no
     * sequence cut short), counting lines and characters to say where the first bad byte is.
     * Jena's own decoder replaces such bytes with U+FFFD, which would store data the file never held.
     */
    static final class Utf8Check extends java.io.FilterInputStream {
        /** The first malformed byte, located; thrown from {@code read}, so it reaches the caller through the parser. */
        static final class Malformed extends IOException {
            private static final long serialVersionUID = 1L;

            Malformed(String message) {
                super(message);
            }
        }

        private final String name;
        private final boolean compressed;
        private long offset;
        private long line = 1;
        private long col = 1;
        /** Continuation bytes still expected, and the range the next one must fall in. */
        private int need;
        private int lo = 0x80, hi = 0xBF;
        /** Where the sequence being read started. */
        private long seqOffset, seqCol;
        /** Where the malformed sequence started, and the error, thrown at every read from then on. */
        private long seqStartOfError;
        Malformed failure;
        /** True once the parser was given the error (it may have stopped earlier, at an error of its own). */
        boolean raised;

        Utf8Check(InputStream in, String name, boolean compressed) {
            super(in);
            this.name = name;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            if (failure != null) throw raise(failure);
            int b = super.read();
            if (b < 0) atEnd();
            else {
                try {
                    check((byte) b);
                } catch (Malformed e) {
                    throw raise(e);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (failure != null) throw raise(failure);
            int n = super.read(buf, off, len);
            if (n < 0) atEnd();
            long start = offset;
            for (int i = off; i < off + n; i++) {
                try {
                    check(buf[i]);
                } catch (Malformed e) {
                    // Hand over the text before the bad sequence first, so an error earlier in the file is reported first.
                    long good = seqStartOfError - start;
                    if (good <= 0) throw raise(e);
                    return (int) good;
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes would go unchecked: read them instead.
            byte[] b = new byte[(int) Math.min(n, 8192)];
            int r = read(b, 0, b.length);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check(byte x) throws Malformed {
            int b = x & 0xFF;
            if (need > 0) {
                if (b < lo || b > hi) fail(b, offset);
                lo = 0x80;
                hi = 0xBF;
                need--;
            } else if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    col = 0;
                }
                col++;
            } else {
                seqOffset = offset;
                seqCol = col;
                if (b >= 0xC2 && b <= 0xDF) need = 1;
                else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    if (b == 0xE0) lo = 0xA0; // overlong
                    if (b == 0xED) hi = 0x9F; // surrogates
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    if (b == 0xF0) lo = 0x90; // overlong
                    if (b == 0xF4) hi = 0x8F; // above U+10FFFF
                } else fail(b, offset);
                col++;
            }
            offset++;
        }

        private Malformed raise(Malformed e) {
            raised = true;
            return e;
        }

        private void atEnd() throws Malformed {
            if (need > 0) {
                throw raise(failure = new Malformed(where(name, line, seqCol) + ": malformed UTF-8 (a multi-byte sequence starting at byte " + seqOffset
                        + (compressed ? " of the uncompressed text" : "") + " is cut short by the end of the file); RDF files must be UTF-8"));
            }
        }

        private void fail(int b, long at) throws Malformed {
            long c = need > 0 ? seqCol : col;
            seqStartOfError = need > 0 ? seqOffset : at;
            throw failure = new Malformed(where(name, line, c) + String.format(": malformed UTF-8 (byte 0x%02x at byte %d%s%s); RDF files must be UTF-8",
                    b, at, compressed ? " of the uncompressed text" : "",
                    need > 0 ? ", inside the sequence starting at byte " + seqOffset : ""));
        }
    }
}
