package org.entente.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.entente.convert.RdfFiles;
import org.entente.reason.Reasoner;
import org.entente.util.Progress;

/**
 * Loads RDF files into the store, replacing whole named graphs so that loading the same files
 * twice gives the same store.
 *
 * <p>Contract: all files are loaded in one write transaction; a parse error in any file aborts it
 * (the store is unchanged) and names the file, line and column. Quads keep their graph; triples
 * go to the graph given for them. Each graph that receives data is emptied first.
 */
public final class Loader {
    private Loader() {}

    /**
     * @param tripleGraph graph IRI for files of triples (Turtle, N-Triples, RDF/XML, JSON-LD);
     *                    null means one graph per file, {@code importBase + fileName}
     * @return number of quads read
     */
    public static long load(Store store, List<Path> files, String tripleGraph, String importBase) {
        return load(store, files, tripleGraph, importBase, false);
    }

    /**
     * As {@link #load(Store, List, String, String)}; with {@code oneGraphPerFile} every statement of
     * a file, quads included, goes to the file's graph (how {@code entente import} keeps what a
     * researcher brings apart from Entente's own graphs).
     */
    public static long load(Store store, List<Path> files, String tripleGraph, String importBase, boolean oneGraphPerFile) {
        if (store.read(dsg -> dsg.isEmpty())) return bulkLoad(store, files, tripleGraph, importBase, oneGraphPerFile);
        long[] n = {0};
        store.write(dsg -> {
            Set<Node> cleared = new HashSet<>();
            // Graphs the inferred graph was derived from, by the hash of what they held before.
            java.util.Map<Node, Long> reasoned = new java.util.HashMap<>();
            try (Progress p = Progress.start("Load", 0)) {
                for (Path f : files) {
                    Node g = NodeFactory.createURI(tripleGraph != null ? tripleGraph
                            : importBase + f.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_"));
                    RdfFiles.parse(f, into(dsg, g, cleared, reasoned, n, p, oneGraphPerFile));
                }
            }
            // A graph loaded again with other content may leave stale inferences: say so, for reason --incremental.
            reasoned.forEach((g, before) -> {
                if (Reasoner.contentHash(dsg, g) != before) Reasoner.noteReplaced(dsg, g);
            });
        });
        return n[0];
    }

    /**
     * Loads into an empty store with TDB2's phased bulk loader (what {@code tdb2.tdbloader} uses
     * for an empty database): much faster than one quad at a time. The loader manages its own
     * transactions, so on any error the store, which was empty, is emptied again.
     */
    static long bulkLoad(Store store, List<Path> files, String tripleGraph, String importBase, boolean oneGraphPerFile) {
        org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(store.datasetGraph(), (fmt, args) -> { });
        long[] n = {0};
        boolean ok = false;
        try (Progress p = Progress.start("Load", 0)) {
            loader.startBulk();
            StreamRDF sink = loader.stream();
            for (Path f : files) {
                Node g = NodeFactory.createURI(tripleGraph != null ? tripleGraph
                        : importBase + f.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_"));
                RdfFiles.parse(f, new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        quad(new Quad(g, t));
                    }

                    @Override
                    public void quad(Quad q) {
                        sink.quad(q.isDefaultGraph() || oneGraphPerFile ? new Quad(g, q.asTriple()) : q);
                        if ((++n[0] & 0xFFFF) == 0) p.step(0x10000);
                    }
                });
            }
            loader.finishBulk();
            ok = true;
        } finally {
            if (!ok) {
                try {
                    loader.finishException(new RuntimeException("aborted"));
                } catch (RuntimeException e) {
                    // the loader is already finished
                }
                store.clearAll();
            }
        }
        return n[0];
    }

    private static StreamRDF into(DatasetGraph dsg, Node tripleGraph, Set<Node> cleared, java.util.Map<Node, Long> reasoned, long[] n, Progress p,
                                  boolean flatten) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(new Quad(tripleGraph, t));
            }

            @Override
            public void quad(Quad q) {
                add(q.isDefaultGraph() || flatten ? new Quad(tripleGraph, q.asTriple()) : q);
            }

            private void add(Quad q) {
                Node g = q.getGraph();
                if (cleared.add(g)) {
                    if (Reasoner.isSource(dsg, g)) reasoned.put(g, Reasoner.contentHash(dsg, g));
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
                dsg.add(q);
                n[0]++;
                if ((n[0] & 0xFFF) == 0) p.step(0x1000);
            }
        };
    }
}
