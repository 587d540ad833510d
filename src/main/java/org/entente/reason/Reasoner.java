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

    /** What a run did. */
    public record Report(int rounds, long triples, long statements, long millis) {}

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reasoner.class);
    private static final Node INFERRED = NodeFactory.createURI(EntenteConst.GRAPH_INFERRED);
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
        work = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        derived = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        fresh = new ArrayList<>();
        var all = dsg.find();
        while (all.hasNext()) {
            Quad q = all.next();
            boolean inferred = q.getGraph().equals(INFERRED);
            if (inferred && recompute) continue;
            if (inferred) derived.add(q.asTriple());
            if (!NOT_READ.contains(q.getPredicate())) work.add(q.asTriple());
        }
        LOG.info("read {} working and {} inferred triples in {} ms", work.size(), derived.size(), (System.nanoTime() - t0) / 1_000_000);
        writeRuleDescriptions(dsg);
        long triples = 0, statements = 0;
        int round = 0;
        try (Progress p = Progress.start("Reason", 0)) {
            boolean changed = true;
            while (changed) {
                if (++round > MAX_ROUNDS) throw new EntenteException("the rules did not reach a fixpoint in " + MAX_ROUNDS + " rounds; a rule keeps producing new nodes");
                changed = false;
                Set<Node> before = touched;
                touched = new HashSet<>();
                for (Rule r : rules) {
                    if (round > 1 && !dependsOn(r, before)) continue;
                    long t = System.nanoTime();
                    long[] added = r.isSchema() ? applySchema(dsg, r) : applyDerivation(dsg, r);
                    LOG.info("round {} rule {}: +{} triples in {} ms", round, r.id(), added[0], (System.nanoTime() - t) / 1_000_000);
                    triples += added[0];
                    statements += added[1];
                    if (added[0] > 0) changed = true;
                    p.step(added[0]);
                }
            }
        }
        long ts = System.nanoTime();
        sync(dsg, recompute);
        LOG.info("wrote the difference to the inferred graph in {} ms", (System.nanoTime() - ts) / 1_000_000);
        return new Report(round, triples, statements, (System.nanoTime() - t0) / 1_000_000);
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

    private QueryExecution exec(DatasetGraph dsg, Rule r) {
        return QueryExecution.create().query(r.query()).dataset(DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(work))).build();
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
        try (QueryExecution qe = exec(dsg, r)) {
            Iterator<Triple> it = qe.execConstructTriples();
            while (it.hasNext()) found.add(it.next());
        } catch (RuntimeException e) {
            throw new EntenteException(r.file() + ": rule failed: " + e.getMessage(), e);
        }
        long n = 0;
        for (Triple t : found) {
            if (t.getSubject().isLiteral() || !t.getPredicate().isURI()) continue;
            if (work.contains(t) || derived.contains(t) || dsg.getUnionGraph().contains(t) && !dsg.contains(INFERRED, t.getSubject(), t.getPredicate(), t.getObject())) continue;
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
        try (QueryExecution qe = exec(dsg, r)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) rows.add(rs.next());
        } catch (RuntimeException e) {
            throw new EntenteException(r.file() + ": rule failed: " + e.getMessage(), e);
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
            byConclusion.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(d);
        }
        long triples = 0, statements = 0;
        Graph inferred = derived;
        for (var en : byConclusion.entrySet()) {
            List<Derived> ds = en.getValue();
            ds.sort(java.util.Comparator.comparing(Derived::premiseKey));
            String h = TextFiles.shortHash(en.getKey());
            Node st = NodeFactory.createURI(EntenteConst.STATEMENT_PREFIX + "inferred-" + h);
            long before = inferred.size();
            Derived first = ds.get(0);
            Node s = first.s(), p = first.p(), o = first.o();
            boolean fresh = !work.contains(st, RDF.type.asNode(), ENT.Statement);
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
            triples += inferred.size() - before;
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
        if (work.contains(prop, RDF.type.asNode(), ENT.Proposition)) return;
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
        Graph u = work;
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
        if (!NOT_READ.contains(p)) {
            if (!work.contains(t)) noteChange(s, p, o);
            work.add(t);
        }
        if (!derived.contains(t)) {
            derived.add(t);
            fresh.add(t);
        }
    }
}
