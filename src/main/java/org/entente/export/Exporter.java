package org.entente.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.entente.EntenteException;
import org.entente.store.Store;
import org.entente.util.ExternalSort;
import org.entente.util.Progress;
import org.entente.vocab.EntenteConst;

/**
 * Writes a release of the whole dataset that anyone can download, verify and cite.
 *
 * <p>Files: {@code dataset.nq.gz} (every named graph), {@code dataset.trig}, {@code dataset.jsonld.gz}
 * (with {@code context.jsonld}), {@code union.nt.gz} and {@code union.ttl.gz} (the union of the
 * graphs: truthy triples and statements), {@code truthy.nt.gz} (the plain facts layer only),
 * {@code ontology.ttl} and {@code ontology.rdf}, {@code void.ttl} (VoID/DCAT with counts, sizes,
 * checksums, license) and {@code SHA256SUMS}.
 *
 * <p>Contract: output is sorted (quads by graph, subject, predicate, object; triples by subject,
 * predicate, object), so the same graph gives byte-identical files; the store is read once and
 * lines are sorted on disk, so memory does not grow with the graph; every file is parsed again by
 * RDF4J Rio and its statement count checked against the store, and a mismatch fails the export;
 * the release directory is replaced only when everything is written and checked.
 */
public final class Exporter {

    /** One written file. */
    public record FileInfo(String name, String mediaType, long bytes, String sha256, long statements, String title) {}

    /** What an export wrote. */
    public record Report(Path dir, List<FileInfo> files, long quads, long triples, long truthy) {}

    /** What a dump holds: every quad, the union's distinct triples, the truthy layer, or the ontology. */
    enum Kind { QUADS, UNION, TRUTHY, ONTOLOGY }

    /** A dump of the release format: its name, media type and title in void.ttl, and what it holds. */
    record Part(String name, String mediaType, String title, Kind kind) {}

    /** The dumps every release holds, each described in void.ttl with its size, SHA-256 and statement count. */
    static final List<Part> DUMPS = List.of(
            new Part("dataset.nq.gz", "application/n-quads", "All named graphs (N-Quads, gzip)", Kind.QUADS),
            new Part("dataset.trig", "application/trig", "All named graphs (TriG)", Kind.QUADS),
            new Part("dataset.jsonld.gz", "application/ld+json", "All named graphs (JSON-LD, gzip; context in context.jsonld)", Kind.QUADS),
            new Part("union.nt.gz", "application/n-triples", "Union of all graphs: truthy triples and statements (N-Triples, gzip)", Kind.UNION),
            new Part("union.ttl.gz", "text/turtle", "Union of all graphs: truthy triples and statements (Turtle, gzip)", Kind.UNION),
            new Part("truthy.nt.gz", "application/n-triples", "Truthy triples only: the plain facts layer without statement nodes (N-Triples, gzip)", Kind.TRUTHY),
            new Part("ontology.ttl", "text/turtle", "The Entente ontology (Turtle)", Kind.ONTOLOGY),
            new Part("ontology.rdf", "application/rdf+xml", "The Entente ontology (RDF/XML)", Kind.ONTOLOGY));

    /** The files of a release besides the dumps and SHA256SUMS: the JSON-LD context and the VoID/DCAT description. */
    static final List<String> OTHER_FILES = List.of("context.jsonld", "void.ttl");

    private static final int CHUNK = 200_000;
    private static final String[] NOT_TRUTHY = {"statement/", "evidence/", "proposition/", "derivation/", "coverage/", "rule/"};

    private Exporter() {}

    /** The prefixes used in Turtle, TriG and JSON-LD dumps. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("id", EntenteConst.ID);
        pm.setNsPrefix("graph", EntenteConst.GRAPH);
        pm.setNsPrefix("ent", EntenteConst.ONTOLOGY_NS);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("schema", "https://schema.org/");
        pm.setNsPrefix("dct", "http://purl.org/dc/terms/");
        pm.setNsPrefix("wd", EntenteConst.WIKIDATA_ENTITY);
        return pm;
    }

    /**
     * Exports the store into {@code outDir} (replacing it).
     *
     * @param ontologyFile the ontology source file, copied as ontology.ttl
     * @param dumpBase     URL the files will be published under (for void.ttl), ending in /
     * @param endpoint     the SPARQL endpoint to name in void.ttl, or null
     * @param date         the release date
     */
    public static Report export(Store store, Path ontologyFile, Path outDir, String dumpBase, String endpoint, LocalDate date) {
        Path parent = outDir.toAbsolutePath().getParent();
        Path tmp = parent.resolve(outDir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        Path work = parent.resolve(outDir.getFileName() + ".work-" + ProcessHandle.current().pid());
        try {
            org.entente.util.FileOps.deleteTree(tmp);
            Files.createDirectories(tmp);
            Files.createDirectories(work);
            Report r = write(store, ontologyFile, tmp, work, dumpBase, endpoint, date);
            Path old = parent.resolve(outDir.getFileName() + ".old-" + ProcessHandle.current().pid());
            if (Files.exists(outDir)) Files.move(outDir, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, outDir, StandardCopyOption.ATOMIC_MOVE);
            org.entente.util.FileOps.deleteTree(old);
            return new Report(outDir, r.files(), r.quads(), r.triples(), r.truthy());
        } catch (IOException e) {
            throw new EntenteException(outDir + ": cannot write the export: " + e.getMessage(), e);
        } finally {
            org.entente.util.FileOps.deleteTree(work);
            org.entente.util.FileOps.deleteTree(tmp);
        }
    }

    private static Report write(Store store, Path ontologyFile, Path dir, Path work, String dumpBase, String endpoint, LocalDate date) throws IOException {
        PrefixMapping pm = prefixes();
        List<FileInfo> files = new ArrayList<>();
        long[] counts = new long[3];
        try (ExternalSort quads = new ExternalSort(work.resolve("quads"), CHUNK);
             ExternalSort triples = new ExternalSort(work.resolve("triples"), CHUNK)) {
            // 1. One pass over the store: every quad, keyed by graph, and every triple of the union.
            long total = store.read(dsg -> {
                long n = 0;
                try (Progress p = Progress.start("Read store", 0)) {
                    var it = dsg.find();
                    while (it.hasNext()) {
                        Quad q = it.next();
                        String t = NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject());
                        String g = q.isDefaultGraph() ? "" : NodeFmtLib.strNT(q.getGraph());
                        quads.add(g + "\t" + t + (g.isEmpty() ? "" : " " + g) + " .");
                        triples.add(t + " .");
                        n++;
                        if ((n & 0xFFF) == 0) p.step(0x1000);
                    }
                }
                return n;
            });
            counts[0] = total;
            // 2. Sorted quads: N-Quads, then TriG and JSON-LD from them.
            Path nq = dir.resolve("dataset.nq.gz");
            long written;
            try (Writer w = gzipWriter(nq); Progress p = Progress.start("N-Quads", total)) {
                written = quads.merge(line -> {
                    write(w, line.substring(line.indexOf('\t') + 1));
                    write(w, "\n");
                    p.step();
                });
            }
            if (written != total) throw new EntenteException("the store holds duplicate quads: " + total + " read, " + written + " distinct (the same literal stored"
                    + " under two encodings, e.g. \"1.00\" and \"1.0\" as xsd:decimal); `entente reason` recomputes the inferred graph, `entente build` rebuilds everything");
            try (OutputStream trig = buffered(dir.resolve("dataset.trig"));
                 Writer json = gzipWriter(dir.resolve("dataset.jsonld.gz"))) {
                StreamRDF trigW = StreamRDFWriter.getWriterStream(trig, RDFFormat.TRIG_BLOCKS);
                JsonLdWriter jsonW = new JsonLdWriter(json, pm);
                trigW.start();
                pm.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> trigW.prefix(e.getKey(), e.getValue()));
                jsonW.start();
                parse(nq, Lang.NQUADS, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        trigW.quad(q);
                        jsonW.quad(q);
                    }
                });
                trigW.finish();
                jsonW.finish();
            }
            Files.writeString(dir.resolve("context.jsonld"), "{\n  \"@context\": " + JsonLdWriter.context(pm) + "\n}\n", StandardCharsets.UTF_8);
            // 3. Sorted union: N-Triples, Turtle, and the truthy layer.
            Path nt = dir.resolve("union.nt.gz");
            long[] truthy = {0};
            try (Writer w = gzipWriter(nt); Writer tw = gzipWriter(dir.resolve("truthy.nt.gz"))) {
                counts[1] = triples.merge(line -> {
                    write(w, line);
                    write(w, "\n");
                    if (isTruthy(line)) {
                        write(tw, line);
                        write(tw, "\n");
                        truthy[0]++;
                    }
                });
            }
            counts[2] = truthy[0];
            try (OutputStream ttl = gzipStream(dir.resolve("union.ttl.gz"))) {
                StreamRDF ttlW = StreamRDFWriter.getWriterStream(ttl, RDFFormat.TURTLE_BLOCKS);
                ttlW.start();
                pm.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> ttlW.prefix(e.getKey(), e.getValue()));
                parse(nt, Lang.NTRIPLES, new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        ttlW.triple(t);
                    }
                });
                ttlW.finish();
            }
        }
        // 4. The ontology, as written and as RDF/XML.
        Files.copy(ontologyFile, dir.resolve("ontology.ttl"), StandardCopyOption.REPLACE_EXISTING);
        Graph ont = sorted(RDFParser.source(ontologyFile).lang(Lang.TURTLE).toGraph());
        ont.getPrefixMapping().setNsPrefixes(RDFParser.source(ontologyFile).lang(Lang.TURTLE).toGraph().getPrefixMapping());
        try (OutputStream o = buffered(dir.resolve("ontology.rdf"))) {
            RDFDataMgr.write(o, ont, RDFFormat.RDFXML_PLAIN);
        }
        long ontTriples = ont.size();

        // 5. Check every file with an independent parser, then describe and checksum them.
        try (Progress p = Progress.start("Verify", DUMPS.size())) {
            for (Part s : DUMPS) {
                Path f = dir.resolve(s.name());
                long expected = switch (s.kind()) {
                    case QUADS -> counts[0];
                    case UNION -> counts[1];
                    case TRUTHY -> counts[2];
                    case ONTOLOGY -> ontTriples;
                };
                long got = rioCount(f);
                if (got != expected) {
                    throw new EntenteException(s.name() + ": RDF4J Rio read " + got + " statements, the store has " + expected + "; export refused");
                }
                files.add(new FileInfo(s.name(), s.mediaType(), Files.size(f), sha256(f), got, s.title()));
                p.step();
            }
        }
        Graph voidGraph = store.read(dsg -> VoidBuilder.build(dsg, endpoint,
                files.stream().map(f -> new VoidBuilder.Dump(dumpBase + f.name(), f.mediaType(), f.bytes(), f.sha256(), f.title(), f.statements())).toList(),
                date, ontologyVersion(ont)));
        Path voidFile = dir.resolve("void.ttl");
        try (OutputStream o = buffered(voidFile)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(o, RDFFormat.TURTLE_BLOCKS);
            w.start();
            voidGraph.getPrefixMapping().getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> w.prefix(e.getKey(), e.getValue()));
            sortedTriples(voidGraph).forEach(w::triple);
            w.finish();
        }
        if (rioCount(voidFile) != voidGraph.size()) throw new EntenteException("void.ttl: RDF4J Rio count differs from the description; export refused");
        List<String> sums = new ArrayList<>();
        for (FileInfo f : files) sums.add(f.sha256() + "  " + f.name());
        sums.add(sha256(dir.resolve("context.jsonld")) + "  context.jsonld");
        sums.add(sha256(voidFile) + "  void.ttl");
        java.util.Collections.sort(sums, java.util.Comparator.comparing(l -> l.substring(66)));
        Files.writeString(dir.resolve("SHA256SUMS"), String.join("\n", sums) + "\n", StandardCharsets.UTF_8);
        files.add(new FileInfo("void.ttl", "text/turtle", Files.size(voidFile), sha256(voidFile), voidGraph.size(), "VoID/DCAT description"));
        return new Report(dir, files, counts[0], counts[1], counts[2]);
    }

    private static boolean isTruthy(String ntLine) {
        if (!ntLine.startsWith("<" + EntenteConst.ID)) return !ntLine.startsWith("_:");
        String rest = ntLine.substring(1 + EntenteConst.ID.length());
        for (String p : NOT_TRUTHY) if (rest.startsWith(p)) return false;
        return true;
    }

    private static String ontologyVersion(Graph ont) {
        var it = ont.find(NodeFactory.createURI(EntenteConst.ONTOLOGY_IRI), org.apache.jena.vocabulary.OWL.versionInfo.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "unknown";
    }

    /** The triples of a graph sorted by subject, predicate, object (their N-Triples forms). */
    private static List<Triple> sortedTriples(Graph g) {
        List<Triple> ts = new ArrayList<>(g.find().toList());
        ts.sort(java.util.Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate())).thenComparing(t -> NodeFmtLib.strNT(t.getObject())));
        return ts;
    }

    /** A copy of a graph built in sorted order, so writers that follow insertion order are stable. */
    private static Graph sorted(Graph g) {
        Graph out = GraphFactory.createPlainGraph();
        sortedTriples(g).forEach(out::add);
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        return out;
    }

    /**
     * Checks a release directory against itself: SHA256SUMS lists every file the release holds and
     * every file the format requires, each with its checksum; each dump matches what void.ttl records
     * for it (SHA-256, size, statement count, and for the quad dumps the dataset's and each named
     * graph's and property's counts); every RDF file parses with RDF4J Rio. Dumps are streamed.
     *
     * @return the names of the files checked, as listed in SHA256SUMS
     * @throws EntenteException naming the first file that is missing, unlisted, altered, unreadable or
     *                          inconsistent with void.ttl, and the mismatch
     */
    public static List<String> verify(Path dir) throws IOException {
        return ReleaseVerifier.verify(dir);
    }

    /** Counts the statements of a file with RDF4J Rio (an independent parser). */
    public static long rioCount(Path f) throws IOException {
        long[] n = {0};
        rioParse(f, new AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) throws RDFHandlerException {
                n[0]++;
            }
        });
        return n[0];
    }

    /** Streams the statements of a file (gzip or not, syntax by its name) through RDF4J Rio into {@code handler}. */
    static void rioParse(Path f, org.eclipse.rdf4j.rio.RDFHandler handler) throws IOException {
        String name = f.getFileName().toString();
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        var format = Rio.getParserFormatForFileName(base)
                .orElseThrow(() -> new EntenteException(f + ": no RDF4J parser for this file type"));
        try (InputStream raw = Files.newInputStream(f); InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            var parser = Rio.createParser(format);
            parser.setRDFHandler(handler);
            parser.parse(in, "urn:entente:export/");
        } catch (org.eclipse.rdf4j.rio.RDFParseException e) {
            throw new EntenteException(f + ":" + e.getLineNumber() + ": RDF4J Rio cannot parse it: " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of a file. */
    public static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) md.update(buf, 0, r);
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void parse(Path f, Lang lang, StreamRDF dest) {
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).parse(dest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream buffered(Path f) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
    }

    /** Gzip with a fixed header (no timestamp), so equal content gives equal bytes. */
    private static OutputStream gzipStream(Path f) throws IOException {
        return new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(f), 1 << 16), 1 << 16);
    }

    private static Writer gzipWriter(Path f) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(gzipStream(f), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
