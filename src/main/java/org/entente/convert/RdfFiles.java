package org.entente.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The RDF syntax of a file by its extension (ignoring {@code .gz}), or null. */
    public static Lang lang(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        return RDFLanguages.filenameToLang(name);
    }

    /**
     * Parses a file onto a stream.
     *
     * @throws EntenteException with the file name, line, column and the parser's reason
     */
    public static void parse(Path file, StreamRDF dest) {
        Lang lang = lang(file);
        if (lang == null) throw new EntenteException(file + ": unknown RDF syntax (use .ttl, .nt, .nq, .trig, .jsonld, .rdf or .owl, optionally .gz)");
        StreamRDF sink = rebase(dest);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.create().source(in).lang(lang).base(file.toUri().toString())
                    .errorHandler(strict(file.toString())).parse(sink);
        } catch (RiotException e) {
            String m = e.getMessage();
            throw new EntenteException(m != null && m.startsWith(file.toString()) ? m : file + ": " + m, e);
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a triples file into a new in-memory graph. */
    public static Graph readGraph(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        parse(file, StreamRDFLib.graph(g));
        return g;
    }

    /** An error handler that turns warnings about bad IRIs and literals into errors, located in the file. */
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
                throw new RiotException(where(name, line, col) + ": " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
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
}
