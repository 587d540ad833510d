package org.entente.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.Triple;
import org.entente.EntenteException;
import org.entente.convert.ArticleConverter;
import org.entente.convert.FactConverter;
import org.entente.convert.RdfFiles;
import org.entente.facts.EntityIndex;
import org.entente.facts.Fact;
import org.entente.facts.FactsReader;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleFiles;
import org.entente.reason.Reasoner;
import org.entente.reason.Rule;
import org.entente.store.Store;
import org.entente.util.Progress;
import org.entente.validate.ShaclCheck;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;

/**
 * The flow from {@code data/} to the store: ingest → convert → load → validate → reason.
 *
 * <pre>
 * Pipeline p = new Pipeline(Project.at(Path.of("."), null).check());
 * try (Store s = Store.open(p.project().store())) {
 *     BuildReport r = p.build(s, true);
 * }
 * </pre>
 */
public final class Pipeline {

    /** What a build did. */
    public record BuildReport(int articles, int facts, long quads, List<ShaclCheck.Violation> violations, Reasoner.Report reasoning) {}

    /** What a conversion did; {@code errors} lists refused facts with file and line. */
    public record ConvertReport(int articles, int facts, List<String> errors) {}

    /** The parsed reference data: the graph and, for each subject, the file defining it. */
    public record Reference(Graph graph, Map<Node, String> definedIn) {}

    private static final int MAX_ERRORS_SHOWN = 50;

    private final Project project;

    public Pipeline(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }

    /** Reads {@code data/articles}: every article by id, in file order. */
    public Map<String, Article> ingest() {
        Map<String, Article> out = new LinkedHashMap<>();
        List<Path> files = ArticleFiles.list(project.articlesDir());
        try (Progress p = Progress.start("Ingest", files.size())) {
            for (Path f : files) {
                Article a = ArticleFiles.read(f);
                if (out.put(a.id(), a) != null) throw EntenteException.at(f, 1, "duplicate article id " + a.id());
                p.step();
            }
        }
        return out;
    }

    /** The ontology graph ({@code ontology/entente.ttl}). */
    public Graph ontology() {
        return RdfFiles.readGraph(project.ontologyFile());
    }

    /** The SHACL shapes ({@code ontology/shapes.ttl}). */
    public Graph shapes() {
        return RdfFiles.readGraph(project.shapesFile());
    }

    /** Parses every file of {@code data/reference}. */
    public Reference reference() {
        Graph g = GraphFactory.createDefaultGraph();
        Map<Node, String> definedIn = new HashMap<>();
        for (Path f : RdfFiles.list(project.referenceDir())) {
            String name = project.root().relativize(f.toAbsolutePath()).toString();
            StreamRDF into = StreamRDFLib.graph(g);
            RdfFiles.parse(f, new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    definedIn.putIfAbsent(t.getSubject(), name);
                    into.triple(t);
                }

                @Override
                public void quad(Quad q) {
                    triple(q.asTriple());
                }
            });
        }
        return new Reference(g, definedIn);
    }

    /** A read-only union of graphs (the ontology and the reference data, typically). */
    public static Graph union(Graph... graphs) {
        org.apache.jena.graph.compose.MultiUnion u = new org.apache.jena.graph.compose.MultiUnion(graphs);
        return u;
    }

    /**
     * Converts every article and every facts file onto {@code out}. Refused facts are collected
     * in the report, not thrown, so a user sees all of them at once.
     */
    public ConvertReport convert(Map<String, Article> corpus, Graph ontologyAndReference, EntityIndex index, StreamRDF out) {
        ArticleConverter ac = new ArticleConverter(index);
        for (Article a : corpus.values()) ac.write(a, out);
        FactConverter fc = new FactConverter(index, ontologyAndReference, corpus);
        List<String> errors = new ArrayList<>();
        int[] facts = {0};
        List<Path> files = factFiles();
        try (Progress p = Progress.start("Convert", files.size())) {
            for (Path f : files) {
                FactsReader.read(f, project.root().relativize(f.toAbsolutePath()).toString(), (Fact fact) -> {
                    try {
                        fc.write(fc.resolve(fact), ENT.Curated, out);
                        facts[0]++;
                    } catch (EntenteException e) {
                        errors.add(e.getMessage());
                    }
                }, errors::add);
                p.step();
            }
        }
        return new ConvertReport(corpus.size(), facts[0], errors);
    }

    /** Extracts facts from every article and writes those at or above the confidence; returns how many. */
    public int extract(Map<String, Article> corpus, Graph ontologyAndReference, EntityIndex index, double minConfidence, StreamRDF out) {
        org.entente.extract.Extraction x = new org.entente.extract.Extraction(ontologyAndReference);
        FactConverter fc = new FactConverter(index, ontologyAndReference, corpus);
        int n = 0;
        try (Progress p = Progress.start("Extract", corpus.size())) {
            for (Article a : corpus.values()) {
                for (Fact f : x.extract(a)) {
                    if (f.confidence() < minConfidence) continue;
                    Fact located = new Fact("extract:" + f.rule(), f.line(), f.article(), f.subject(), f.relation(), f.object(), f.start(),
                            f.end(), f.place(), f.type(), f.stance(), f.claimant(), f.quote(), f.confidence(), f.rule());
                    try {
                        fc.write(fc.resolve(located), ENT.PatternExtraction, out);
                        n++;
                    } catch (EntenteException e) {
                        // A candidate whose entity names are ambiguous by label is left out, as `extract` would show it.
                    }
                }
                p.step();
            }
        }
        return n;
    }

    /** The facts files ({@code data/facts/*.tsv}), sorted. */
    public List<Path> factFiles() {
        try (var s = java.nio.file.Files.list(project.factsDir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new EntenteException(project.factsDir() + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Throws one error listing the refused facts, if there are any. */
    public static void failOnErrors(List<String> errors) {
        if (errors.isEmpty()) return;
        StringBuilder sb = new StringBuilder(errors.size() + " fact(s) refused:");
        errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> sb.append("\n  ").append(e));
        if (errors.size() > MAX_ERRORS_SHOWN) sb.append("\n  ... and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more");
        throw new EntenteException(sb.toString());
    }

    /** True for the graphs a build owns and replaces (everything but imported graphs). */
    public static boolean isManaged(Node g) {
        String u = g.getURI();
        return u.equals(EntenteConst.GRAPH_ONTOLOGY) || u.equals(EntenteConst.GRAPH_REFERENCE)
                || u.equals(EntenteConst.GRAPH_INFERRED) || u.startsWith(EntenteConst.GRAPH_ARTICLE_PREFIX);
    }

    /**
     * Builds the store from {@code data/} in one write transaction: the managed graphs are
     * replaced by the ontology, the reference data and one graph per article with its facts; then
     * the union is validated with SHACL and the rules of {@code queries/rules} are applied to a
     * fixpoint. Refused facts or (with {@code validate}) violations abort the transaction, leaving
     * the store as it was, and are reported in the exception.
     */
    public BuildReport build(Store store, boolean validate) {
        return build(store, validate, -1);
    }

    /**
     * As {@link #build(Store, boolean)}; with {@code extractAbove} ≥ 0, facts extracted from the
     * articles with at least that confidence are added too, marked {@code ent:PatternExtraction}
     * with their confidence and pattern, so queries can keep or drop them.
     */
    public BuildReport build(Store store, boolean validate, double extractAbove) {
        Map<String, Article> corpus = ingest();
        Graph ontology = ontology();
        Graph shapes = validate ? shapes() : null;
        Reference ref = reference();
        Graph both = union(ontology, ref.graph());
        EntityIndex index = new EntityIndex(both);
        int[] facts = {0};
        List<ShaclCheck.Violation> violations = new ArrayList<>();
        long[] quads = {0};
        List<Rule> rules = Rule.readAll(project.rulesDir());
        Reasoner.Report[] reasoning = {null};
        store.write(dsg -> {
            clearManaged(dsg);
            addGraph(dsg, EntenteConst.GRAPH_ONTOLOGY, ontology);
            addGraph(dsg, EntenteConst.GRAPH_REFERENCE, ref.graph());
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            ConvertReport r = convert(corpus, both, index, RdfFiles.rebase(sink));
            failOnErrors(r.errors());
            facts[0] = r.facts();
            if (extractAbove >= 0) facts[0] += extract(corpus, both, index, extractAbove, RdfFiles.rebase(sink));
            if (validate) {
                ShaclCheck check = new ShaclCheck(shapes);
                try (Progress p = Progress.start("Validate", 1)) {
                    for (ShaclCheck.Violation v : check.validate(dsg.getUnionGraph(), ref.definedIn())) {
                        if (v.severity().equals("violation")) violations.add(v);
                    }
                    p.step();
                }
                if (!violations.isEmpty()) {
                    StringBuilder sb = new StringBuilder("SHACL validation failed with " + violations.size()
                            + " violation(s); nothing was stored:");
                    violations.stream().limit(MAX_ERRORS_SHOWN).forEach(v -> sb.append("\n  ").append(v));
                    if (violations.size() > MAX_ERRORS_SHOWN) sb.append("\n  ... and ").append(violations.size() - MAX_ERRORS_SHOWN).append(" more");
                    throw new EntenteException(sb.toString());
                }
            }
            reasoning[0] = new Reasoner(rules).materialize(dsg, true);
            quads[0] = dsg.stream().count();
        });
        return new BuildReport(corpus.size(), facts[0], quads[0], violations, reasoning[0]);
    }

    /** Validates what is in the store now. */
    public List<ShaclCheck.Violation> validate(Store store) {
        Graph shapes = shapes();
        Reference ref = reference();
        return store.read(dsg -> new ShaclCheck(shapes).validate(dsg.getUnionGraph(), ref.definedIn()));
    }

    /** Removes every managed graph (see {@link #isManaged}). */
    public static void clearManaged(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) if (isManaged(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Replaces a named graph's content with a graph's triples. */
    public static void addGraph(DatasetGraph dsg, String graphIri, Graph g) {
        Node gn = NodeFactory.createURI(graphIri);
        dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
        StreamRDF sink = RdfFiles.rebase(StreamRDFLib.dataset(dsg));
        g.find().forEachRemaining(t -> sink.quad(new Quad(gn, t)));
    }
}
