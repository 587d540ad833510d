package org.entente.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.entente.EntenteException;
import org.entente.util.Progress;

/**
 * Checks a release written by {@link Exporter} against itself, with RDF4J only (no Jena):
 *
 * <ol>
 * <li>SHA256SUMS lists every file the release directory holds and every file the release format
 * requires ({@link Exporter#DUMPS}, {@link Exporter#OTHER_FILES}); an empty list is refused;</li>
 * <li>every listed file exists and has its checksum;</li>
 * <li>void.ttl describes every dump, and each dump has the SHA-256, byte size and statement count
 * void.ttl records for it; the quad dumps also have the dataset's {@code void:triples} and each named
 * graph's and property's count;</li>
 * <li>every RDF file parses with RDF4J Rio (the dumps are streamed: memory grows with the number of
 * graphs and properties, which void.ttl lists anyway, not with the number of statements).</li>
 * </ol>
 */
final class ReleaseVerifier {
    private ReleaseVerifier() {}

    private static final String SUMS = "SHA256SUMS";
    private static final String VOID_FILE = "void.ttl";
    private static final String SD_NAME = "http://www.w3.org/ns/sparql-service-description#name";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    /** How many differing graphs or properties a message names before it only counts the rest. */
    private static final int SHOW = 3;

    static List<String> verify(Path dir) throws IOException {
        Path sums = dir.resolve(SUMS);
        if (!Files.isRegularFile(sums)) throw new EntenteException(dir + ": no SHA256SUMS; not an Entente release");
        Map<String, String> listed = readSums(sums);

        // 1. The list is complete: the files the format requires, and every file the directory holds.
        List<String> required = new ArrayList<>();
        Exporter.DUMPS.forEach(d -> required.add(d.name()));
        required.addAll(Exporter.OTHER_FILES);
        if (listed.isEmpty()) {
            throw new EntenteException(sums + ": lists no files; an Entente release lists each of its files with its checksum: " + String.join(", ", required));
        }
        List<String> notListed = required.stream().filter(n -> !listed.containsKey(n)).toList();
        if (!notListed.isEmpty()) {
            throw new EntenteException(sums + ": does not list " + String.join(", ", notListed) + ", which every Entente release holds"
                    + " (it lists " + listed.size() + " file" + (listed.size() == 1 ? "" : "s") + ")");
        }
        for (String name : listed.keySet()) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) throw new EntenteException(f + ": listed in SHA256SUMS but missing");
        }
        List<String> unlisted = DumpDir.files(dir).stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.equals(SUMS) && !listed.containsKey(n)).toList();
        if (!unlisted.isEmpty()) {
            throw new EntenteException(dir + ": " + String.join(", ", unlisted) + (unlisted.size() == 1 ? " is" : " are")
                    + " in the release but not listed in SHA256SUMS (it lists " + listed.size() + " files)");
        }

        // 2. Checksums.
        Map<String, String> actual = new HashMap<>();
        for (var e : listed.entrySet()) {
            Path f = dir.resolve(e.getKey());
            String sha = Exporter.sha256(f);
            if (!sha.equals(e.getValue())) {
                throw new EntenteException(f + ": checksum mismatch (SHA256SUMS says " + e.getValue() + ", the file has " + sha + "); the file is corrupted or was changed");
            }
            actual.put(e.getKey(), sha);
        }

        // 3. void.ttl describes exactly the dumps listed.
        Path voidFile = dir.resolve(VOID_FILE);
        Description d = Description.read(voidFile);
        for (String name : listed.keySet()) {
            if (!Exporter.OTHER_FILES.contains(name) && !d.dumps.containsKey(name)) {
                throw new EntenteException(voidFile + ": does not describe " + name + ", which SHA256SUMS lists; void.ttl describes every dump of the release");
            }
        }
        for (String name : d.dumps.keySet()) {
            if (!listed.containsKey(name)) throw new EntenteException(voidFile + ": describes " + name + ", which the release (SHA256SUMS) lacks");
        }

        // 4. Each dump against its description, counted while RDF4J Rio parses it.
        try (Progress p = Progress.start("Verify", listed.size())) {
            for (String name : listed.keySet()) {
                Dump dump = d.dumps.get(name);
                if (dump != null) checkDump(dir.resolve(name), dump, actual.get(name), d);
                p.step();
            }
        }
        return List.copyOf(listed.keySet());
    }

    /** The entries of SHA256SUMS, file name to checksum, in their order. */
    private static Map<String, String> readSums(Path sums) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] kv = line.strip().split("\\s+\\*?", 2);
            if (kv.length != 2 || !kv[0].matches("[0-9a-f]{64}")) throw EntenteException.at(sums, lineNo, "expected 'sha256  file name'");
            String name = kv[1];
            if (name.contains("/") || name.contains("\\") || name.startsWith(".") || name.equals(SUMS)) {
                throw EntenteException.at(sums, lineNo, "'" + name + "' is not a file of the release directory");
            }
            if (out.putIfAbsent(name, kv[0]) != null) throw EntenteException.at(sums, lineNo, name + " is listed twice");
        }
        return out;
    }

    private static void checkDump(Path f, Dump dump, String sha, Description d) throws IOException {
        List<String> problems = new ArrayList<>();
        if (dump.sha256 == null) problems.add("void.ttl records no SHA-256 for it");
        else if (!dump.sha256.equalsIgnoreCase(sha)) problems.add("void.ttl records SHA-256 " + dump.sha256 + ", the file has " + sha);
        long bytes = Files.size(f);
        if (dump.bytes == null) problems.add("void.ttl records no dcat:byteSize for it");
        else if (dump.bytes != bytes) problems.add("void.ttl records dcat:byteSize " + dump.bytes + ", the file has " + bytes + " bytes");

        Exporter.Kind kind = Exporter.DUMPS.stream().filter(x -> x.name().equals(dump.name)).map(Exporter.Part::kind).findFirst().orElse(null);
        Tally t = new Tally(kind == Exporter.Kind.QUADS);
        try {
            Exporter.rioParse(f, t);
        } catch (EntenteException | IOException e) {
            if (problems.isEmpty()) throw e;
            throw new EntenteException(f + ": does not match void.ttl: " + String.join("; ", problems) + "; and RDF4J Rio cannot read it: " + e.getMessage(), e);
        }
        if (dump.triples == null) problems.add("void.ttl records no void:triples for it");
        else if (dump.triples != t.total) problems.add("void.ttl records void:triples " + dump.triples + ", RDF4J Rio read " + t.total + " statements");
        if (kind == Exporter.Kind.QUADS) {
            if (d.triples == null) problems.add("void.ttl records no void:triples for the dataset");
            else if (d.triples != t.named) problems.add("void.ttl records void:triples " + d.triples + " for the dataset, the file has " + t.named + " quads in named graphs");
            compare("named graph", d.graphs, t.graphs, problems);
            compare("property", d.properties, t.properties, problems);
        }
        if (!problems.isEmpty()) throw new EntenteException(f + ": does not match void.ttl: " + String.join("; ", problems));
    }

    /** Adds a problem when the counts per graph or property in the file differ from those void.ttl records. */
    private static void compare(String what, Map<String, Set<Long>> recorded, Map<String, long[]> counted, List<String> problems) {
        Set<String> keys = new TreeSet<>(recorded.keySet());
        keys.addAll(counted.keySet());
        List<String> diffs = new ArrayList<>();
        for (String k : keys) {
            long n = counted.containsKey(k) ? counted.get(k)[0] : 0;
            Set<Long> r = recorded.get(k);
            // A partition node of void.ttl may name several graphs or properties (its IRI is a short hash); then each count is one of its values.
            if (r == null) diffs.add(what + " <" + k + ">: void.ttl records no void:triples for it, the file has " + n);
            else if (!r.contains(n)) diffs.add(what + " <" + k + ">: void.ttl records void:triples " + (r.size() == 1 ? r.iterator().next() : r) + ", the file has " + n);
        }
        if (diffs.isEmpty()) return;
        String shown = String.join("; ", diffs.subList(0, Math.min(SHOW, diffs.size())));
        problems.add(diffs.size() <= SHOW ? shown : shown + "; and " + (diffs.size() - SHOW) + " more " + what + (what.endsWith("y") ? "" : "s"));
    }

    /** Counts statements while a dump is parsed; for quad dumps also per named graph and per property. */
    private static final class Tally extends AbstractRDFHandler {
        long total;
        long named;
        final Map<String, long[]> graphs = new HashMap<>();
        final Map<String, long[]> properties = new HashMap<>();
        private final boolean quads;

        Tally(boolean quads) {
            this.quads = quads;
        }

        @Override
        public void handleStatement(Statement st) {
            total++;
            if (!quads || st.getContext() == null) return;
            named++;
            graphs.computeIfAbsent(st.getContext().stringValue(), k -> new long[1])[0]++;
            properties.computeIfAbsent(st.getPredicate().stringValue(), k -> new long[1])[0]++;
        }
    }

    /** What void.ttl records about one dump; null where it records nothing. */
    private record Dump(String name, Long bytes, String sha256, Long triples) {}

    /** What void.ttl records: the dumps by file name, the dataset's triples, and the counts per graph and property. */
    private static final class Description {
        final Map<String, Dump> dumps = new TreeMap<>();
        Long triples;
        final Map<String, Set<Long>> graphs = new HashMap<>();
        final Map<String, Set<Long>> properties = new HashMap<>();
        private final Path file;
        private final Model m;

        private Description(Path file, Model m) {
            this.file = file;
            this.m = m;
        }

        static Description read(Path file) throws IOException {
            Model m;
            try (InputStream in = Files.newInputStream(file)) {
                m = Rio.parse(in, "urn:entente:export/", RDFFormat.TURTLE);
            } catch (org.eclipse.rdf4j.rio.RDFParseException e) {
                throw new EntenteException(file + ":" + e.getLineNumber() + ": RDF4J Rio cannot parse it: " + e.getMessage(), e);
            }
            Description d = new Description(file, m);
            IRI ds = VF.createIRI(VoidBuilder.datasetIri());
            if (!m.contains(ds, null, null)) throw new EntenteException(file + ": does not describe the dataset <" + ds + ">");
            d.triples = d.number(ds, iri(VoidBuilder.VOID, "triples"));
            Set<Resource> dists = new java.util.LinkedHashSet<>();
            for (String p : new String[] {VoidBuilder.VOID + "dataDump", VoidBuilder.DCAT + "distribution"}) {
                for (Value v : m.filter(ds, VF.createIRI(p), null).objects()) {
                    if (v instanceof Resource r) dists.add(r);
                }
            }
            for (Resource dist : dists) {
                Value url = d.one(dist, iri(VoidBuilder.DCAT, "downloadURL"));
                String u = (url != null ? url : dist).stringValue();
                String name = u.substring(u.lastIndexOf('/') + 1);
                if (name.isEmpty() || name.startsWith(".") || name.contains("\\")) throw new EntenteException(file + ": the dump <" + u + "> names no file of the release");
                String sha = null;
                Value cs = d.one(dist, iri(VoidBuilder.SPDX, "checksum"));
                if (cs instanceof Resource csr) {
                    Value sv = d.one(csr, iri(VoidBuilder.SPDX, "checksumValue"));
                    if (sv != null) sha = sv.stringValue();
                }
                Dump dump = new Dump(name, d.number(dist, iri(VoidBuilder.DCAT, "byteSize")), sha, d.number(dist, iri(VoidBuilder.VOID, "triples")));
                if (d.dumps.putIfAbsent(name, dump) != null) throw new EntenteException(file + ": describes two dumps named " + name);
            }
            d.partitions(ds, "subset", SD_NAME, d.graphs);
            d.partitions(ds, "propertyPartition", VoidBuilder.VOID + "property", d.properties);
            return d;
        }

        /** The counts of the partitions {@code ds void:<link> ?part}, by what {@code ?part <key> ?k} names. */
        private void partitions(IRI ds, String link, String key, Map<String, Set<Long>> out) {
            for (Value v : m.filter(ds, iri(VoidBuilder.VOID, link), null).objects()) {
                if (!(v instanceof Resource part)) continue;
                Set<Long> counts = new TreeSet<>();
                for (Value n : m.filter(part, iri(VoidBuilder.VOID, "triples"), null).objects()) counts.add(parse(part, "void:triples", n));
                for (Value k : m.filter(part, VF.createIRI(key), null).objects()) out.computeIfAbsent(k.stringValue(), x -> new TreeSet<>()).addAll(counts);
            }
        }

        private Value one(Resource s, IRI p) {
            Set<Value> vs = m.filter(s, p, null).objects();
            if (vs.size() > 1) throw new EntenteException(file + ": <" + s.stringValue() + "> has " + vs.size() + " values for <" + p + ">, expected one");
            return vs.isEmpty() ? null : vs.iterator().next();
        }

        private Long number(Resource s, IRI p) {
            Value v = one(s, p);
            return v == null ? null : parse(s, p.getLocalName(), v);
        }

        private long parse(Resource s, String what, Value v) {
            try {
                return Long.parseLong(v.stringValue().strip());
            } catch (NumberFormatException e) {
                throw new EntenteException(file + ": " + what + " of <" + s.stringValue() + "> is not a whole number: " + v.stringValue());
            }
        }

        private static IRI iri(String ns, String local) {
            return VF.createIRI(ns + local);
        }
    }
}
