package org.entente.reason;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.EntenteException;
import org.entente.convert.FactConverter;
import org.entente.util.Progress;
import org.entente.util.TextFiles;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;

/**
 * Applies the rules of {@code queries/rules} to a fixpoint and writes what they derive into the
 * inferred graph. Schema rules add their triples; derivation rules add, for each solution, a
 * statement (with the truthy triple) and a derivation naming the rule and the premises. IRIs are
 * hashes of what they stand for, so running again adds nothing (idempotent) and a full
 * recomputation gives the same graph.
 *
 * <pre>
 * store.write(dsg -&gt; new Reasoner(Rule.readAll(rulesDir)).materialize(dsg, true));
 * </pre>
 */
public final class Reasoner {

    /**
     * What a run did.
     *
     * @param how what kind of run it was, e.g. "full recomputation" or "update for 1 new graph"
     */
    public record Report(int rounds, long triples, long statements, long millis, String how) {}

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reasoner.class);
    private static final Node INFERRED = NodeFactory.createURI(EntenteConst.GRAPH_INFERRED);
    /** Where an update keeps the triples the rules have not yet seen; emptied before the transaction ends. */
    static final Node DELTA = NodeFactory.createURI("urn:x-entente:reasoning-delta");
    private static final int MAX_ROUNDS = 12;
    /** Alternative derivations kept per inferred statement. */
    static final int MAX_DERIVATIONS = 3;
    private static final Map<String, Node> QUALIFIERS = Map.of("start", ENT.startDate, "end", ENT.endDate, "place", ENT.place,
            "conflict", ENT.term("inConflict"), "provision", ENT.term("underProvision"), "commonEnemy", ENT.term("commonEnemy"));

    private final List<Rule> rules;
    /** What the rules read: the store's triples without article texts, quotes, offsets and labels, plus what they derive. */
    private Graph work;
    /** The inferred graph being computed. */
    private Graph derived;
    /** What this run added to {@link #derived} (all an incremental run has to write). */
    private List<Triple> fresh = new ArrayList<>();
    /** Predicates and classes the last round added, so rules that do not mention them are not run again. */
    private Set<Node> touched = new HashSet<>();
    /** True in an update ({@link #update}): rules run against the store, semi-naively, from {@link #DELTA}. */
    private boolean deltaMode;
    /** What the rules read to check what exists: {@link #work}, or the store's union graph in an update. */
    private Graph reads;
    /** In an update: the triples this round made known, the next round's delta. */
    private List<Triple> nextDelta = new ArrayList<>();
    /** Triples added to the inferred graph so far. */
    private long addedCount;
    private final Map<Rule, List<DeltaQueries.Variant>> variants = new java.util.HashMap<>();

    /** Statement machinery: every statement has these, so they say nothing about which rule to run again. */
    private static final Set<Node> MACHINERY = Set.of(RDF.type.asNode(), RDFS.label.asNode(), ENT.subject, ENT.relation, ENT.object,
            ENT.proposition, ENT.stance, ENT.method, ENT.rule, ENT.derivedBy, ENT.confidence, ENT.premise, ENT.Statement, ENT.Proposition,
            ENT.Derivation, ENT.Asserted, ENT.RuleInference, ENT.startDate, ENT.endDate);
    private static final Set<Node> NOT_READ = Set.of(org.entente.vocab.SCHEMA.text, org.entente.vocab.SCHEMA.headline, ENT.quote,
            ENT.beginIndex, ENT.endIndex, ENT.inArticle, ENT.sourceLine, ENT.evidence, RDFS.comment.asNode(), RDFS.label.asNode(),
            org.apache.jena.vocabulary.SKOS.altLabel.asNode(), org.entente.vocab.PROV.wasDerivedFrom, org.entente.vocab.PROV.wasAttributedTo,
            ENT.term("summary"), ENT.origin, ENT.articleId);

    public Reasoner(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * Runs the rules to a fixpoint inside the caller's write transaction.
     *
     * @param recompute true to empty the inferred graph first (a full recomputation); false to
     *                  add to it (enough after facts were only added)
     */
    public Report materialize(DatasetGraph dsg, boolean recompute) {
        long t0 = System.nanoTime();
        // The rules run over an in-memory copy of what they read (much faster than the store's union
        // graph) and derive into memory; the store's inferred graph is then brought to the result by
        // adding and deleting only the difference, so re-running on unchanged data writes nothing.
        deltaMode = false;
        work = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        derived = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        reads = work;
        fresh = new ArrayList<>();
        Set<Node> sources = new java.util.LinkedHashSet<>();
        var all = dsg.find();
        while (all.hasNext()) {
            Quad q = all.next();
            boolean inferred = q.getGraph().equals(INFERRED);
            if (!inferred) sources.add(q.getGraph());
            if (inferred && recompute) continue;
            if (inferred) derived.add(q.asTriple());
            if (!NOT_READ.contains(q.getPredicate())) work.add(q.asTriple());
        }
        LOG.info("read {} working and {} inferred triples in {} ms", work.size(), derived.size(), (System.nanoTime() - t0) / 1_000_000);
        writeRuleDescriptions(dsg);
        int[] rounds = {0};
        long[] counts = runToFixpoint(dsg, rounds);
        // What the inferred graph was computed from, so an update knows which graphs are new.
        for (Node g : sources) add(dsg, INFERRED, PROV_FROM, g);
        long ts = System.nanoTime();
        sync(dsg, recompute);
        LOG.info("wrote the difference to the inferred graph in {} ms", (System.nanoTime() - ts) / 1_000_000);
        return new Report(rounds[0], counts[0], counts[1], (System.nanoTime() - t0) / 1_000_000,
                recompute ? "full recomputation" : "all rules over all data, keeping the inferred graph");
    }

    private static final Node PROV_FROM = org.entente.vocab.PROV.wasDerivedFrom;
    private static final Node REPLACED = ENT.term("replacedSince");

    /** True if the inferred graph records that it was derived from this graph. */
    public static boolean isSource(DatasetGraph dsg, Node graph) {
        return !graph.equals(INFERRED) && dsg.contains(INFERRED, INFERRED, PROV_FROM, graph);
    }

    /** A hash of a graph's triples that does not depend on their order (to tell a reload of the same content). */
    public static long contentHash(DatasetGraph dsg, Node graph) {
        long h = 0, n = 0;
        var it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            long x = q.getSubject().hashCode() * 0x9E3779B97F4A7C15L + q.getPredicate().hashCode() * 0xC2B2AE3D27D4EB4FL
                    + q.getObject().hashCode() * 0x165667B19E3779F9L;
            x ^= x >>> 29;
            h += x * 0xBF58476D1CE4E5B9L;
            n++;
        }
        return h ^ n;
    }

    /**
     * Called when a graph the inferred graph was derived from was replaced with other content: the
     * inferences may be stale, and the next update must not take the graph for a new one. Records it
     * ({@code ent:replacedSince}), so the update recomputes instead.
     */
    public static void noteReplaced(DatasetGraph dsg, Node graph) {
        if (!isSource(dsg, graph)) return;
        dsg.delete(INFERRED, INFERRED, PROV_FROM, graph);
        dsg.add(INFERRED, INFERRED, REPLACED, graph);
    }

    /**
     * Updates the inferred graph for the named graphs added since the rules last ran (recorded in the
     * inferred graph as {@code prov:wasDerivedFrom}): the rules run semi-naively against the store,
     * each starting from the new triples, so the time grows with what was added, not with the store.
     * Falls back to {@link #materialize} over everything when there is no record (a store reasoned by
     * an older version), and to a full recomputation when a recorded graph is gone or was replaced
     * ({@link #noteReplaced}).
     */
    public Report update(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        Set<Node> recorded = new HashSet<>();
        dsg.find(INFERRED, INFERRED, PROV_FROM, Node.ANY).forEachRemaining(q -> recorded.add(q.getObject()));
        List<Node> replaced = dsg.stream(INFERRED, INFERRED, REPLACED, Node.ANY).map(Quad::getObject).toList();
        if (recorded.isEmpty() && replaced.isEmpty()) return materialize(dsg, false);
        Set<Node> present = new java.util.LinkedHashSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(INFERRED) && !g.equals(DELTA)) present.add(g);
        });
        List<Node> gone = recorded.stream().filter(g -> !present.contains(g)).toList();
        if (!gone.isEmpty() || !replaced.isEmpty()) {
            Report r = materialize(dsg, true);
            String why = !gone.isEmpty() ? gone.size() + " graph(s) reasoned over before are gone (e.g. " + gone.get(0).getURI() + ")"
                    : replaced.size() + " graph(s) reasoned over before were replaced (e.g. " + replaced.get(0).getURI() + ")";
            return new Report(r.rounds(), r.triples(), r.statements(), r.millis(), "full recomputation, because " + why);
        }
        List<Node> added = present.stream().filter(g -> !recorded.contains(g)).toList();
        LOG.info("{} graphs, {} new, listed in {} ms", present.size(), added.size(), (System.nanoTime() - t0) / 1_000_000);
        String how = "update for " + added.size() + " new graph(s)";
        if (added.isEmpty()) return new Report(0, 0, 0, (System.nanoTime() - t0) / 1_000_000, how);
        deltaMode = true;
        reads = dsg.getUnionGraph();
        fresh = new ArrayList<>();
        touched = new HashSet<>();
        dsg.deleteAny(DELTA, Node.ANY, Node.ANY, Node.ANY);
        long n = 0;
        for (Node g : added) {
            var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (NOT_READ.contains(q.getPredicate())) continue;
                dsg.add(DELTA, q.getSubject(), q.getPredicate(), q.getObject());
                noteChange(q.getSubject(), q.getPredicate(), q.getObject());
                n++;
            }
        }
        LOG.info("delta of {} triples from {} graph(s) in {} ms", n, added.size(), (System.nanoTime() - t0) / 1_000_000);
        try {
            writeRuleDescriptions(dsg);
            int[] rounds = {0};
            long[] counts = runToFixpoint(dsg, rounds);
            for (Node g : added) add(dsg, INFERRED, PROV_FROM, g);
            return new Report(rounds[0], counts[0], counts[1], (System.nanoTime() - t0) / 1_000_000, how);
        } finally {
            dsg.deleteAny(DELTA, Node.ANY, Node.ANY, Node.ANY);
            deltaMode = false;
        }
    }

    /** Runs the rules round after round until none adds anything; returns triples and statements added. */
    private long[] runToFixpoint(DatasetGraph dsg, int[] roundOut) {
        long triples = 0, statements = 0;
        int round = 0;
        try (Progress p = Progress.start("Reason", 0)) {
            boolean changed = true;
            while (changed) {
                if (++round > MAX_ROUNDS) throw new EntenteException("the rules did not reach a fixpoint in " + MAX_ROUNDS + " rounds; a rule keeps producing new nodes");
                changed = false;
                Set<Node> before = touched;
                touched = new HashSet<>();
                nextDelta = new ArrayList<>();
                for (Rule r : rules) {
                    // The first round of an update runs only the rules the delta can feed.
                    if ((round > 1 || deltaMode) && !dependsOn(r, before)) continue;
                    long t = System.nanoTime();
                    long[] added = r.isSchema() ? applySchema(dsg, r) : applyDerivation(dsg, r);
                    LOG.info("round {} rule {}: +{} triples in {} ms", round, r.id(), added[0], (System.nanoTime() - t) / 1_000_000);
                    triples += added[0];
                    statements += added[1];
                    if (added[0] > 0) changed = true;
                    p.step(added[0]);
                }
                if (deltaMode) {
                    // Semi-naive: the next round joins only what this round made known.
                    dsg.deleteAny(DELTA, Node.ANY, Node.ANY, Node.ANY);
                    for (Triple t : nextDelta) dsg.add(DELTA, t.getSubject(), t.getPredicate(), t.getObject());
                    changed = !nextDelta.isEmpty();
                }
            }
        }
        roundOut[0] = round;
        return new long[] {triples, statements};
    }

    /** Brings the store's inferred graph to the derived triples: adds what is new, and on recompute deletes what is gone. */
    private void sync(DatasetGraph dsg, boolean recompute) {
        Graph stored = dsg.getGraph(INFERRED);
        if (recompute) {
            List<Triple> gone = new ArrayList<>();
            stored.find().forEachRemaining(t -> {
                if (!derived.contains(t)) gone.add(t);
            });
            for (Triple t : gone) dsg.delete(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
        }
        // A full run compares everything; an incremental one started from the stored graph, so only what it added can be new.
        Iterator<Triple> candidates = recompute ? derived.find() : fresh.iterator();
        candidates.forEachRemaining(t -> {
            if (!stored.contains(t)) dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    private void writeRuleDescriptions(DatasetGraph dsg) {
        for (Rule r : rules) {
            add(dsg, r.iri(), RDF.type.asNode(), ENT.Rule);
            add(dsg, r.iri(), RDFS.label.asNode(), NodeFactory.createLiteralLang(r.title(), "en"));
            if (!r.description().isEmpty()) add(dsg, r.iri(), RDFS.comment.asNode(), NodeFactory.createLiteralLang(r.description(), "en"));
            add(dsg, r.iri(), ENT.term("sourceFile"), NodeFactory.createLiteralString("queries/rules/" + r.file().getFileName()));
        }
    }

    private QueryExecution exec(DatasetGraph dsg, org.apache.jena.query.Query q) {
        if (deltaMode) return QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg)).set(TDB2.symUnionDefaultGraph, true)
                // Keep each block whole: split by filter placement, a block's least selective pattern can end up alone.
                .set(org.apache.jena.query.ARQ.optFilterPlacementBGP, false).build();
        return QueryExecution.create().query(q).dataset(DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(work))).build();
    }

    /** The queries to run for a rule: the rule itself, or in an update its delta variants that can match. */
    private List<org.apache.jena.query.Query> queries(DatasetGraph dsg, Rule r) {
        if (!deltaMode) return List.of(r.query());
        List<org.apache.jena.query.Query> out = new ArrayList<>();
        Graph delta = dsg.getGraph(DELTA);
        for (DeltaQueries.Variant v : variants.computeIfAbsent(r, x -> DeltaQueries.of(x.query(), DELTA))) {
            if (canMatch(delta, dsg.getUnionGraph(), v)) out.add(v.query());
        }
        return out;
    }

    /** True if some delta triple matches the variant's delta pattern with a subject that has the rest of its star, and no earlier variant covers it. */
    private static boolean canMatch(Graph delta, Graph union, DeltaQueries.Variant v) {
        Triple tp = v.deltaPattern();
        for (Node ps : v.candidates(tp.getSubject())) {
            for (Node pp : v.candidates(tp.getPredicate())) {
                for (Node po : v.candidates(tp.getObject())) {
                    var it = delta.find(ps, pp, po);
                    try {
                        next:
                        while (it.hasNext()) {
                            Node s = it.next().getSubject();
                            for (Triple c : v.covering()) if (delta.contains(s, c.getPredicate(), c.getObject())) continue next;
                            for (Triple o : v.star()) if (!union.contains(s, o.getPredicate(), concrete(o.getObject()))) continue next;
                            return true;
                        }
                    } finally {
                        it.close();
                    }
                }
            }
        }
        return false;
    }

    private static Node concrete(Node n) {
        return n.isConcrete() ? n : Node.ANY;
    }

    /** True if the rule may see something new: a rule with variable predicates reads everything; others read the IRIs they name. */
    private static boolean dependsOn(Rule r, Set<Node> changed) {
        if (changed.isEmpty()) return false;
        String text = r.query().toString();
        // Schema rules read by variable predicates and classes, and are cheap: they run whenever anything changed.
        if (r.isSchema()) return true;
        for (Node n : changed) {
            if (!n.isURI()) continue;
            String local = n.getURI().startsWith(ENT.NS) ? n.getURI().substring(ENT.NS.length()) : n.getURI();
            // As a prefixed name or a full IRI; a variable of the same name does not count.
            if (text.contains(":" + local) || text.contains("<" + n.getURI() + ">")) return true;
        }
        return false;
    }

    private void noteChange(Node s, Node p, Node o) {
        if (!MACHINERY.contains(p)) touched.add(p);
        if ((p.equals(RDF.type.asNode()) || p.equals(ENT.relation)) && !MACHINERY.contains(o)) touched.add(o);
    }

    private long[] applySchema(DatasetGraph dsg, Rule r) {
        List<Triple> found = new ArrayList<>();
        for (var query : queries(dsg, r)) {
            try (QueryExecution qe = exec(dsg, query)) {
                Iterator<Triple> it = qe.execConstructTriples();
                while (it.hasNext()) found.add(it.next());
            } catch (RuntimeException e) {
                throw new EntenteException(r.file() + ": rule failed: " + e.getMessage(), e);
            }
        }
        long n = 0;
        for (Triple t : found) {
            if (t.getSubject().isLiteral() || !t.getPredicate().isURI()) continue;
            if (deltaMode ? reads.contains(t) : work.contains(t) || derived.contains(t)
                    || dsg.getUnionGraph().contains(t) && !dsg.contains(INFERRED, t.getSubject(), t.getPredicate(), t.getObject())) continue;
            add(dsg, t.getSubject(), t.getPredicate(), t.getObject());
            n++;
        }
        return new long[] {n, 0};
    }

    /** One solution of a derivation rule, resolved. */
    private record Derived(Node s, Node p, Node o, Map<String, Node> qualifiers, List<Node> premises,
                           List<Triple> premiseTriples, String premiseKey) {}

    private long[] applyDerivation(DatasetGraph dsg, Rule r) {
        List<QuerySolution> rows = new ArrayList<>();
        long q0 = System.nanoTime();
        for (var query : queries(dsg, r)) {
            long v0 = System.nanoTime();
            try (QueryExecution qe = exec(dsg, query)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) rows.add(rs.next());
            } catch (RuntimeException e) {
                throw new EntenteException(r.file() + ": rule failed: " + e.getMessage(), e);
            }
            if (deltaMode) LOG.debug("rule {} variant: {} ms\n{}", r.id(), (System.nanoTime() - v0) / 1_000_000, query);
        }
        LOG.info("rule {}: {} solutions in {} ms", r.id(), rows.size(), (System.nanoTime() - q0) / 1_000_000);
        // One statement per conclusion (subject, relation, object and qualifiers other than time),
        // with up to MAX_DERIVATIONS alternative derivations, chosen in a stable order.
        Map<String, List<Derived>> byConclusion = new java.util.TreeMap<>();
        for (QuerySolution row : rows) {
            Derived d = resolve(r, row);
            if (d == null) continue;
            StringBuilder key = new StringBuilder(r.id()).append('|').append(d.s()).append('|').append(d.p()).append('|').append(d.o());
            for (String q : new TreeSet<>(QUALIFIERS.keySet())) {
                if (q.equals("start") || q.equals("end")) continue;
                Node v = d.qualifiers().get(q);
                key.append('|').append(v == null ? "" : v.toString());
            }
            List<Derived> ds = byConclusion.computeIfAbsent(key.toString(), k -> new ArrayList<>());
            // Delta variants can find one derivation more than once.
            if (ds.stream().noneMatch(x -> x.premiseKey().equals(d.premiseKey()) && x.qualifiers().equals(d.qualifiers()))) ds.add(d);
        }
        long triples = 0, statements = 0;
        for (var en : byConclusion.entrySet()) {
            List<Derived> ds = en.getValue();
            ds.sort(java.util.Comparator.comparing(Derived::premiseKey));
            String h = TextFiles.shortHash(en.getKey());
            Node st = NodeFactory.createURI(EntenteConst.STATEMENT_PREFIX + "inferred-" + h);
            long before = addedCount;
            Derived first = ds.get(0);
            Node s = first.s(), p = first.p(), o = first.o();
            boolean fresh = !reads.contains(st, RDF.type.asNode(), ENT.Statement);
            if (fresh) {
                Node prop = FactConverter.propositionIri(s, p, o);
                add(dsg, st, RDF.type.asNode(), ENT.Statement);
                add(dsg, st, RDFS.label.asNode(), NodeFactory.createLiteralLang(label(dsg, s) + " " + p.getLocalName() + " " + label(dsg, o)
                        + " (inferred by " + r.id() + ")", "en"));
                add(dsg, st, ENT.subject, s);
                add(dsg, st, ENT.relation, p);
                add(dsg, st, ENT.object, o);
                add(dsg, st, ENT.proposition, prop);
                add(dsg, st, ENT.stance, ENT.Asserted);
                add(dsg, st, ENT.method, ENT.RuleInference);
                add(dsg, st, ENT.rule, r.iri());
                for (var q : first.qualifiers().entrySet()) {
                    if (!q.getKey().equals("start") && !q.getKey().equals("end")) add(dsg, st, QUALIFIERS.get(q.getKey()), q.getValue());
                }
                // The span: the earliest start any derivation gives; an end only if every derivation has one.
                Node startMin = null, endMax = null;
                boolean allEnd = true;
                for (Derived d : ds) {
                    Node a = d.qualifiers().get("start"), z = d.qualifiers().get("end");
                    if (a != null && (startMin == null || a.getLiteralLexicalForm().compareTo(startMin.getLiteralLexicalForm()) < 0)) startMin = a;
                    if (z == null) allEnd = false;
                    else if (endMax == null || z.getLiteralLexicalForm().compareTo(endMax.getLiteralLexicalForm()) > 0) endMax = z;
                }
                if (startMin != null) add(dsg, st, ENT.startDate, startMin);
                if (allEnd && endMax != null) add(dsg, st, ENT.endDate, endMax);
                writeProposition(dsg, prop, Triple.create(s, p, o));
                add(dsg, s, p, o);
                statements++;
            }
            java.math.BigDecimal best = null;
            // A statement derived before keeps its derivations: re-running adds nothing.
            for (Derived d : fresh ? ds.subList(0, Math.min(ds.size(), MAX_DERIVATIONS)) : List.<Derived>of()) {
                Node der = NodeFactory.createURI(EntenteConst.DERIVATION_PREFIX + TextFiles.shortHash(en.getKey() + "|" + d.premiseKey()));
                add(dsg, st, ENT.derivedBy, der);
                add(dsg, der, RDF.type.asNode(), ENT.Derivation);
                add(dsg, der, ENT.rule, r.iri());
                for (Node pr : d.premises()) add(dsg, der, ENT.premise, pr);
                for (Triple t : d.premiseTriples()) writeProposition(dsg, FactConverter.propositionIri(t.getSubject(), t.getPredicate(), t.getObject()), t);
                java.math.BigDecimal c = confidence(dsg, d.premises());
                if (best == null || c.compareTo(best) > 0) best = c;
            }
            if (fresh && best != null) {
                add(dsg, st, ENT.confidence, org.entente.util.GraphOps.decimal2(best));
            }
            triples += addedCount - before;
        }
        return new long[] {triples, statements};
    }

    private Derived resolve(Rule r, QuerySolution row) {
        Node s = term(r.head()[0], row), p = term(r.head()[1], row), o = term(r.head()[2], row);
        if (s == null || p == null || o == null || !s.isURI() || !p.isURI() || !o.isURI()) return null;
        TreeSet<String> premiseIris = new TreeSet<>();
        List<Node> premises = new ArrayList<>();
        List<Triple> premiseTriples = new ArrayList<>();
        for (String[] spec : r.premises()) {
            if (spec.length == 1) {
                Node n = term(spec[0], row);
                if (n != null && n.isURI()) {
                    premises.add(n);
                    premiseIris.add(n.getURI());
                }
            } else {
                Node ps = term(spec[0], row), pp = term(spec[1], row), po = term(spec[2], row);
                if (ps == null || pp == null || po == null || !ps.isURI() || !pp.isURI() || !po.isURI()) continue;
                Node prop = FactConverter.propositionIri(ps, pp, po);
                premises.add(prop);
                premiseIris.add(prop.getURI());
                premiseTriples.add(Triple.create(ps, pp, po));
            }
        }
        Map<String, Node> quals = new java.util.TreeMap<>();
        for (String q : QUALIFIERS.keySet()) if (row.contains(q)) quals.put(q, row.get(q).asNode());
        return new Derived(s, p, o, quals, premises, premiseTriples, String.join("|", premiseIris));
    }

    private void writeProposition(DatasetGraph dsg, Node prop, Triple t) {
        if (reads.contains(prop, RDF.type.asNode(), ENT.Proposition)) return;
        boolean swap = org.entente.facts.Relations.isSymmetric(t.getPredicate().getLocalName())
                && t.getSubject().getURI().compareTo(t.getObject().getURI()) > 0;
        add(dsg, prop, RDF.type.asNode(), ENT.Proposition);
        add(dsg, prop, ENT.subject, swap ? t.getObject() : t.getSubject());
        add(dsg, prop, ENT.relation, t.getPredicate());
        add(dsg, prop, ENT.object, swap ? t.getSubject() : t.getObject());
    }

    /** The least confidence of the premises that are statements (1 if none says). */
    private BigDecimal confidence(DatasetGraph dsg, List<Node> premises) {
        BigDecimal min = BigDecimal.ONE;
        Graph u = reads;
        for (Node p : premises) {
            var it = u.find(p, ENT.confidence, Node.ANY);
            while (it.hasNext()) {
                Node c = it.next().getObject();
                try {
                    BigDecimal v = new BigDecimal(c.getLiteralLexicalForm());
                    if (v.compareTo(min) < 0) min = v;
                } catch (NumberFormatException e) {
                    // ignore a malformed confidence
                }
            }
        }
        return min;
    }

    private static String label(DatasetGraph dsg, Node n) {
        var it = dsg.getUnionGraph().find(n, RDFS.label.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node l = it.next().getObject();
                if (l.isLiteral()) return l.getLiteralLexicalForm();
            }
        } finally {
            it.close();
        }
        String u = n.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static Node term(String spec, QuerySolution row) {
        if (spec.startsWith("?")) {
            String v = spec.substring(1);
            return row.contains(v) ? row.get(v).asNode() : null;
        }
        return NodeFactory.createURI(spec);
    }

    private void add(DatasetGraph dsg, Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (deltaMode) {
            if (!NOT_READ.contains(p) && !reads.contains(t)) {
                noteChange(s, p, o);
                nextDelta.add(t);
            }
            if (!dsg.contains(INFERRED, s, p, o)) {
                dsg.add(INFERRED, s, p, o);
                addedCount++;
            }
            return;
        }
        if (!NOT_READ.contains(p)) {
            if (!work.contains(t)) noteChange(s, p, o);
            work.add(t);
        }
        if (!derived.contains(t)) {
            derived.add(t);
            fresh.add(t);
            addedCount++;
        }
    }
}
