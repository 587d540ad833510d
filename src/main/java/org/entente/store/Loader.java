package org.entente.store;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.entente.EntenteException;
import org.entente.convert.RdfFiles;
import org.entente.reason.Reasoner;
import org.entente.util.Progress;
import org.entente.vocab.PROV;

/**
 * Loads RDF files into the store, replacing whole named graphs so that loading the same files
 * twice gives the same store.
 *
 * <p>Contract: all files are loaded in one write transaction; a parse error in any file aborts it
 * (the store is unchanged) and names the file, line and column. Quads keep their graph; triples
 * go to the graph given for them. Each graph that receives data is emptied first.
 *
 * <p>A graph a file's triples go to (one per file, or the one given) records the file it was
 * loaded from, {@code <graph> prov:wasDerivedFrom <file:///absolute/path>}, in itself. Loading the
 * same file again replaces the graph; a graph that holds statements of another file, or of no
 * recorded file, is replaced only when asked ({@code replace}); otherwise the load is refused,
 * naming the graph and what it holds, and nothing is stored.
 */
public final class Loader {
    private Loader() {}

    /**
     * @param tripleGraph graph IRI for files of triples (Turtle, N-Triples, RDF/XML, JSON-LD);
     *                    null means one graph per file, {@link #graphFor}
     * @return number of quads read
     */
    public static long load(Store store, List<Path> files, String tripleGraph, String importBase) {
        return load(store, files, tripleGraph, importBase, false, false);
    }

    /**
     * As {@link #load(Store, List, String, String)}; with {@code oneGraphPerFile} every statement of
     * a file, quads included, goes to the file's graph (how {@code entente import} keeps what a
     * researcher brings apart from Entente's own graphs).
     */
    public static long load(Store store, List<Path> files, String tripleGraph, String importBase, boolean oneGraphPerFile) {
        return load(store, files, tripleGraph, importBase, oneGraphPerFile, false);
    }

    /**
     * As {@link #load(Store, List, String, String, boolean)}; with {@code replace} a file's graph is
     * replaced even when it holds the statements of another file.
     *
     * @throws EntenteException naming the file, line and column of a syntax error, or the graph and
     *                          its file when the graph holds another file's statements
     */
    public static long load(Store store, List<Path> files, String tripleGraph, String importBase, boolean oneGraphPerFile, boolean replace) {
        Plan plan = new Plan(files, tripleGraph, importBase, oneGraphPerFile, replace);
        if (store.read(dsg -> dsg.isEmpty())) return bulkLoad(store, plan);
        long[] n = {0};
        store.write(dsg -> {
            Set<Node> cleared = new HashSet<>();
            // Graphs the inferred graph was derived from, by the hash of what they held before.
            Map<Node, Long> reasoned = new HashMap<>();
            try (Progress p = Progress.start("Load", 0)) {
                for (int i = 0; i < plan.files.size(); i++) {
                    int file = i;
                    Runnable claim = () -> plan.claim(file, dsg, dsg::add, cleared, g -> {
                        if (Reasoner.isSource(dsg, g)) reasoned.put(g, Reasoner.contentHash(dsg, g));
                        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    });
                    if (plan.ownsGraph(i)) claim.run();
                    RdfFiles.parse(plan.files.get(i), into(dsg, plan.graphs.get(i), plan.ownsGraph(i) ? null : claim, cleared, reasoned, n, p, plan.flatten));
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
     * The graph a file's triples go to: {@code tripleGraph} when given, else {@code importBase} and
     * the file name, with characters other than letters, digits, {@code .}, {@code _} and {@code -}
     * replaced by {@code _}.
     */
    public static String graphFor(Path file, String tripleGraph, String importBase) {
        return tripleGraph != null ? tripleGraph : importBase + safe(file.getFileName().toString());
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Refuses a graph name that is no absolute IRI (it could be stored, but not exported or queried by name). */
    static void checkGraphIri(String iri) {
        String why;
        try {
            org.apache.jena.irix.IRIx x = org.apache.jena.irix.IRIx.create(iri);
            if (x.isAbsolute()) return;
            why = "a relative IRI";
        } catch (org.apache.jena.irix.IRIException e) {
            why = e.getMessage();
        }
        throw new EntenteException("--graph " + iri + ": not an absolute IRI (" + why + "); give one like https://example.org/graph/mine");
    }

    /** The IRI a graph records as the file it was loaded from. */
    public static Node source(Path file) {
        Path p;
        try {
            p = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new EntenteException(file + ": no such file");
        } catch (IOException e) {
            p = file.toAbsolutePath().normalize();
        }
        return NodeFactory.createURI(p.toUri().toString());
    }

    /**
     * The files of one load, their syntax, graph and recorded source, checked before anything is
     * read: an unknown syntax, a missing file, or two files whose names give the same graph stop
     * the load before the store is touched.
     */
    private static final class Plan {
        final List<Path> files;
        final List<Lang> langs = new ArrayList<>();
        final List<Node> graphs = new ArrayList<>();
        final List<Node> sources = new ArrayList<>();
        /** For each graph, the sources of the files of this load that write to it. */
        final Map<Node, Set<Node>> planned = new LinkedHashMap<>();
        /** Graphs claimed so far in this load, with the file that claimed each first. */
        final Map<Node, Integer> claimedBy = new HashMap<>();
        final String tripleGraph;
        final String importBase;
        final boolean flatten;
        final boolean replace;

        Plan(List<Path> files, String tripleGraph, String importBase, boolean flatten, boolean replace) {
            if (tripleGraph != null) checkGraphIri(tripleGraph);
            this.files = files;
            this.tripleGraph = tripleGraph;
            this.importBase = importBase;
            this.flatten = flatten;
            this.replace = replace;
            Map<Node, Integer> owner = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                langs.add(RdfFiles.requireLang(f));
                sources.add(source(f));
                Node g = NodeFactory.createURI(graphFor(f, tripleGraph, importBase));
                graphs.add(g);
                planned.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(sources.get(i));
                if (ownsGraph(i) && tripleGraph == null) {
                    Integer j = owner.putIfAbsent(g, i);
                    if (j != null && !sources.get(j).equals(sources.get(i))) throw twoFiles(j, i);
                }
            }
        }

        /** True if all of the file goes to its graph (triples, or everything when flattening), so the graph is claimed before reading. */
        boolean ownsGraph(int i) {
            return flatten || RDFLanguages.isTriples(langs.get(i));
        }

        /**
         * Takes file {@code i}'s graph: unless this load emptied it already, refuses if it holds
         * statements of a file not in this load (unless replacing) and empties it; then records the
         * file in it.
         */
        void claim(int i, DatasetGraph existing, java.util.function.Consumer<Quad> add, Set<Node> cleared, java.util.function.Consumer<Node> empty) {
            Node g = graphs.get(i), src = sources.get(i);
            Integer first = claimedBy.putIfAbsent(g, i);
            if (first != null && tripleGraph == null && !sources.get(first).equals(src)) throw twoFiles(first, i);
            if (!cleared.contains(g)) {
                if (existing != null && !replace) refuseIfForeign(i, existing);
                cleared.add(g);
                empty.accept(g);
            }
            add.accept(new Quad(g, g, PROV.wasDerivedFrom, src));
        }

        private void refuseIfForeign(int i, DatasetGraph dsg) {
            Node g = graphs.get(i);
            if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) return;
            Set<Node> had = dsg.stream(g, g, PROV.wasDerivedFrom, Node.ANY).map(Quad::getObject).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!had.isEmpty() && planned.get(g).containsAll(had)) return;
            Path f = files.get(i);
            String what = had.isEmpty()
                    ? dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).count() + " statement(s) of no recorded file (loaded by an older Entente, from a dump or by SPARQL Update)"
                    : "the statements of " + had.stream().filter(s -> !planned.get(g).contains(s)).map(Loader::display).collect(Collectors.joining(", "));
            throw new EntenteException(f + ": the graph <" + g.getURI() + "> already holds " + what + "; nothing was stored. "
                    + "To replace that graph with " + f + ", run the command again with --replace; to keep both, give " + f
                    + " a graph of its own with " + suggestion(f));
        }

        private EntenteException twoFiles(int a, int b) {
            Path f = files.get(b);
            return new EntenteException(files.get(a) + " and " + f + " would both go to the graph <" + graphs.get(b).getURI()
                    + "> (a graph is named after the file name); nothing was stored. Load them one at a time, giving " + f
                    + " a graph of its own with " + suggestion(f));
        }

        private String suggestion(Path f) {
            if (tripleGraph != null || importBase == null) return "--graph IRI";
            Path parent = f.toAbsolutePath().normalize().getParent();
            String dir = parent == null || parent.getFileName() == null ? "other" : parent.getFileName().toString();
            return "--graph IRI, for instance --graph " + importBase + safe(dir + "-" + f.getFileName());
        }
    }

    /** A recorded source as a path when it is a file IRI. */
    private static String display(Node source) {
        try {
            return Path.of(java.net.URI.create(source.getURI())).toString();
        } catch (RuntimeException e) {
            return "<" + source.getURI() + ">";
        }
    }

    /**
     * Loads into an empty store with TDB2's phased bulk loader (what {@code tdb2.tdbloader} uses
     * for an empty database): much faster than one quad at a time. The loader manages its own
     * transactions, so on any error the store, which was empty, is emptied again.
     */
    private static long bulkLoad(Store store, Plan plan) {
        org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(store.datasetGraph(), (fmt, args) -> { });
        long[] n = {0};
        boolean ok = false;
        try (Progress p = Progress.start("Load", 0)) {
            loader.startBulk();
            StreamRDF sink = loader.stream();
            Set<Node> claimed = new HashSet<>();
            for (int i = 0; i < plan.files.size(); i++) {
                int file = i;
                Node g = plan.graphs.get(i);
                // The store was empty: nothing to check or empty, only this load's own files.
                Runnable claim = () -> plan.claim(file, null, sink::quad, claimed, graph -> { });
                if (plan.ownsGraph(i)) claim.run();
                boolean[] mine = {plan.ownsGraph(i)};
                RdfFiles.parse(plan.files.get(i), new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        quad(new Quad(g, t));
                    }

                    @Override
                    public void quad(Quad q) {
                        if (q.isDefaultGraph() || plan.flatten) {
                            if (!mine[0]) {
                                claim.run();
                                mine[0] = true;
                            }
                            q = new Quad(g, q.asTriple());
                        }
                        sink.quad(q);
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

    /** @param claim claims the file's graph on its first statement; null if it was claimed before reading */
    private static StreamRDF into(DatasetGraph dsg, Node tripleGraph, Runnable claim, Set<Node> cleared, Map<Node, Long> reasoned, long[] n, Progress p,
                                  boolean flatten) {
        return new StreamRDFBase() {
            private boolean claimed = claim == null;

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
                if (g.equals(tripleGraph)) {
                    if (!claimed) {
                        claim.run();
                        claimed = true;
                    }
                } else if (cleared.add(g)) {
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
