package org.entente.reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.PathBlock;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * Semi-naive variants of a rule's query, for updating inferences after data was added.
 *
 * <p>A solution that the new triples (the delta) make possible matches at least one of the rule's
 * triple patterns to a new triple. So for each triple pattern that must match (not under OPTIONAL,
 * MINUS or NOT EXISTS, and not a property path) there is one variant in which that pattern reads
 * only the delta graph ({@code GRAPH <delta> { tp }}) and the rest reads everything. The delta
 * pattern is moved to the front of its group, and the groups, sub-queries and union branches around
 * it to the front of theirs, wherever moving does not change the meaning (it never moves past an
 * OPTIONAL or BIND that shares an unbound variable with it), so evaluation starts from the few new
 * triples. A union is narrowed to the branch that holds the pattern.
 *
 * <p>A query or sub-query that aggregates (GROUP BY) is not simply restricted, which would
 * aggregate over the new rows alone: its groups touched by the delta are found first
 * ({@code SELECT DISTINCT keys} over the restricted body) and then aggregated over all their rows.
 *
 * <p>The union of the variants' solutions contains every solution that uses a new triple. Rules that
 * only read reference data through property paths are not re-run by a delta of articles; a change
 * of reference data or a removal needs a full recomputation.
 */
final class DeltaQueries {

    /**
     * One variant: the query, the pattern that reads the delta, and the other patterns of its block
     * about the same subject ({@code ?cov a ent:AreaCoverage} next to {@code ?cov ent:startDate ?cf}).
     * A variant is skipped when no new triple matches the pattern with a subject that has the rest
     * of that star in the store: a cheap check that spares running it for nothing.
     *
     * <p>{@code covering} are the patterns of the star written before the delta pattern whose
     * predicate and object are constants. A new triple whose subject also has one of those in the
     * delta is left to the variant of that earlier pattern, which finds every solution this one
     * would (its pattern's triple is the same one). So of the variants over a new statement node
     * ({@code ?st a ent:Statement ; ent:stance ent:Asserted ; ent:subject ?s ...}) only the first runs.
     *
     * <p>{@code values} are the constants a VALUES clause of the pattern's group allows for its
     * variables ({@code VALUES ?r { ent:fightsAgainst ent:attacks }}), for the same check.
     *
     * <p>The query itself is built when first asked for: most variants are skipped.
     */
    static final class Variant {
        private final String rule;
        private final int index;
        private final Node deltaGraph;
        private final Triple deltaPattern;
        private final List<Triple> star, covering;
        private final java.util.Map<Var, List<Node>> values;
        private Query query;

        Variant(String rule, int index, Node deltaGraph, Triple deltaPattern, List<Triple> star, List<Triple> covering,
                java.util.Map<Var, List<Node>> values) {
            this.rule = rule;
            this.index = index;
            this.deltaGraph = deltaGraph;
            this.deltaPattern = deltaPattern;
            this.star = star;
            this.covering = covering;
            this.values = values;
        }

        Triple deltaPattern() {
            return deltaPattern;
        }

        List<Triple> star() {
            return star;
        }

        List<Triple> covering() {
            return covering;
        }

        /** The constants the pattern's term can be: the term itself, the VALUES of its variable, or any. */
        List<Node> candidates(Node term) {
            if (term.isConcrete()) return List.of(term);
            List<Node> v = term.isVariable() ? values.get(Var.alloc(term)) : null;
            return v == null ? List.of(Node.ANY) : v;
        }

        synchronized Query query() {
            if (query == null) {
                Query q = QueryFactory.create(rule);
                Target t = new Target(index, deltaGraph, q.getPrefixMapping());
                if (!visitQuery(q, t)) throw new IllegalStateException("pattern " + index + " not found in " + rule);
                orderBlocks(q);
                // Re-parse, so the variant is a plain query again (and any mistake here shows up as a syntax error).
                query = QueryFactory.create(q.serialize());
            }
            return query;
        }
    }

    private DeltaQueries() {}

    /** The variants of a rule query, one per triple pattern that must match. */
    static List<Variant> of(Query rule, Node deltaGraph) {
        String text = rule.serialize();
        Target t = new Target(Integer.MAX_VALUE, deltaGraph, rule.getPrefixMapping());
        t.variants = new ArrayList<>();
        t.text = text;
        visitQuery(QueryFactory.create(text), t);
        return t.variants;
    }

    /**
     * Orders each block's patterns for joins that start from a few bound nodes. TDB2 without
     * statistics orders a block by how many of each pattern's terms are bound, keeping the written
     * order between equals, so with the entities bound a pattern such as {@code ?st ent:stance
     * ent:Asserted} (most of the store) would tie with {@code ?st ent:subject ?b} (a handful) and might
     * come first. Patterns whose object is a variable go first, then those with a variable predicate,
     * then those whose object is a constant or a VALUES variable (enumerations such as a stance or a
     * relation), and class memberships last.
     */
    private static void orderBlocks(Query q) {
        Set<Var> enumerated = enumerated(List.of(q.getQueryPattern()));
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock b) {
                List<TriplePath> l = b.getPattern().getList();
                List<TriplePath> sorted = new ArrayList<>(l);
                sorted.sort(java.util.Comparator.comparingInt(tp -> rank(tp, enumerated)));
                l.clear();
                l.addAll(sorted);
            }

            @Override
            public void visit(ElementSubQuery sq) {
                orderBlocks(sq.getQuery());
            }
        });
    }

    private static int rank(TriplePath tp, Set<Var> enumerated) {
        Node o = tp.getObject();
        if (tp.isTriple() && tp.getPredicate().equals(RDF_TYPE) && o.isConcrete()) return 3;
        if (o.isConcrete() || o.isVariable() && enumerated.contains(Var.alloc(o))) return 2;
        if (tp.isTriple() && tp.getPredicate().isVariable()) return 1;
        return 0;
    }

    private static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.type.asNode();

    /** Where the variant's delta pattern goes. */
    private static final class Target {
        final int index;
        final Node graph;
        final org.apache.jena.shared.PrefixMapping prefixes;
        int seen;
        /** When listing the variants: where they go, and the rule's text they are made from. */
        List<Variant> variants;
        String text;
        /**
         * The simple triple patterns of the enclosing groups (up to the nearest sub-query), written
         * before and after the element being visited: they join with the patterns inside it.
         */
        java.util.ArrayDeque<List<Triple>[]> enclosing = new java.util.ArrayDeque<>();

        Target(int index, Node graph, org.apache.jena.shared.PrefixMapping prefixes) {
            this.index = index;
            this.graph = graph;
            this.prefixes = prefixes;
        }
    }

    /** Rewrites the query so the target pattern reads the delta; false if the pattern is not in it. */
    private static boolean visitQuery(Query q, Target t) {
        Element body = q.getQueryPattern();
        List<Var> keys = groupKeys(q);
        if (keys == null) return visit(body, t);
        // Aggregating: the groups the delta touches, then those groups over all their rows.
        Element restricted = copy(body, t);
        if (!visit(restricted, t)) return false;
        q.setQueryPattern(restrictBy(keys, restricted, body));
        return true;
    }

    /**
     * {@code body} restricted to the values of {@code keys} that {@code source} gives: a
     * {@code SELECT DISTINCT keys} over the source, first in the body's group where that keeps the
     * meaning, with the joins that share those keys promoted after it.
     */
    private static ElementGroup restrictBy(List<Var> keys, Element source, Element body) {
        Query keyQuery = new Query();
        keyQuery.setQuerySelectType();
        keyQuery.setDistinct(true);
        for (Var v : keys) keyQuery.addResultVar(v);
        keyQuery.setQueryPattern(source);
        ElementGroup g = new ElementGroup();
        g.addElement(new ElementSubQuery(keyQuery));
        if (body instanceof ElementGroup bg && movable(keys, bg.getElements(), 0)) {
            for (Element e : bg.getElements()) g.addElement(e);
            promote(g.getElements(), 1, keys);
        } else {
            g.addElement(body);
        }
        return g;
    }

    /** The GROUP BY variables, or null if the query does not group by plain variables. */
    private static List<Var> groupKeys(Query q) {
        if (!q.hasGroupBy()) return null;
        var gb = q.getGroupBy();
        for (Var v : gb.getVars()) if (gb.getExpr(v) != null) return null;
        return gb.getVars().isEmpty() ? null : gb.getVars();
    }

    /** Deep copy of a pattern (by serializing it as a query and reading it back). */
    private static Element copy(Element body, Target t) {
        Query tmp = new Query();
        tmp.setQuerySelectType();
        tmp.setQueryResultStar(true);
        tmp.setPrefixMapping(t.prefixes);
        tmp.setQueryPattern(body);
        return QueryFactory.create(tmp.serialize()).getQueryPattern();
    }

    private static boolean visit(Element e, Target t) {
        if (e instanceof ElementGroup g) return visitGroup(g, t);
        if (e instanceof ElementSubQuery sq) return visitQuery(sq.getQuery(), t);
        return false;
    }

    private static boolean visitGroup(ElementGroup g, Target t) {
        List<Element> els = g.getElements();
        for (int k = 0; k < els.size(); k++) {
            Element e = els.get(k);
            if (e instanceof ElementPathBlock b) {
                List<TriplePath> tps = b.getPattern().getList();
                for (int j = 0; j < tps.size(); j++) {
                    if (!tps.get(j).isTriple()) continue;
                    Triple tp = tps.get(j).asTriple();
                    if (t.variants != null) t.variants.add(describe(t, t.seen, tps, j, els));
                    if (t.seen++ != t.index) continue;
                    PathBlock rest = new PathBlock();
                    for (int x = 0; x < tps.size(); x++) if (x != j) rest.add(tps.get(x));
                    PathBlock one = new PathBlock();
                    one.add(new TriplePath(tp));
                    ElementNamedGraph delta = new ElementNamedGraph(t.graph, new ElementPathBlock(one));
                    els.set(k, delta);
                    if (!rest.isEmpty()) els.add(k + 1, new ElementPathBlock(rest));
                    int at = moveToFront(els, k, 0);
                    // The rest of the block follows the delta pattern where it may, so its joins start from the new triples.
                    if (!rest.isEmpty()) moveToFront(els, k + 1, at + 1);
                    promote(els, at + 1, PatternVars.vars(els.get(at)));
                    passSideways(els, at, t);
                    return true;
                }
            } else if (e instanceof ElementGroup sub) {
                t.enclosing.push(around(els, k));
                boolean found = visitGroup(sub, t);
                t.enclosing.pop();
                if (found) {
                    passSideways(els, moveToFront(els, k, 0), t);
                    return true;
                }
            } else if (e instanceof ElementUnion u) {
                t.enclosing.push(around(els, k));
                try {
                    for (Element branch : u.getElements()) {
                        ElementGroup bg = branch instanceof ElementGroup x ? x : wrap(branch);
                        if (visitGroup(bg, t)) {
                            // Only this branch can use the delta pattern.
                            els.set(k, bg);
                            passSideways(els, moveToFront(els, k, 0), t);
                            return true;
                        }
                    }
                } finally {
                    t.enclosing.pop();
                }
            } else if (e instanceof ElementSubQuery sq) {
                // A sub-query is a scope of its own: the enclosing patterns do not reach into it.
                var saved = t.enclosing;
                t.enclosing = new java.util.ArrayDeque<>();
                boolean found = visitQuery(sq.getQuery(), t);
                t.enclosing = saved;
                if (found) {
                    passSideways(els, moveToFront(els, k, 0), t);
                    return true;
                }
            }
            // OPTIONAL, MINUS, FILTER (NOT EXISTS), BIND, VALUES, GRAPH: not patterns that must match.
        }
        return false;
    }

    /**
     * Sideways information passing: a sub-query after the element that holds the delta pattern would
     * be evaluated in full and then joined. It is restricted to the values of its keys (GROUP BY
     * variables, or projected variables if it does not aggregate) that the elements before it bind,
     * found by evaluating those elements (cheap: they start from the delta) once more inside it.
     * Restricting by group keys keeps every group whole, so aggregates are unchanged.
     */
    private static void passSideways(List<Element> els, int seed, Target t) {
        for (int idx = seed + 1; idx < els.size(); idx++) {
            if (!(els.get(idx) instanceof ElementSubQuery sq)) continue;
            Query sub = sq.getQuery();
            if (sub.hasLimit() || sub.hasOffset()) continue;
            List<Var> keys = groupKeys(sub);
            if (keys == null) {
                if (sub.hasAggregators() || sub.hasGroupBy()) continue;
                keys = sub.getProjectVars();
            }
            Set<Var> bound = bound(els.subList(0, idx));
            List<Var> shared = keys.stream().filter(bound::contains).toList();
            if (shared.isEmpty()) continue;
            ElementGroup prefix = new ElementGroup();
            for (Element e : els.subList(0, idx)) {
                // Any superset of the keys restricts correctly, and a cheaper one does: the joins alone
                // (filters, BINDs, OPTIONALs and MINUS only remove rows or add columns), and for a
                // sub-query already restricted to the delta's groups, those groups' keys.
                if (orderDependent(e) || e instanceof ElementFilter) continue;
                prefix.addElement(e instanceof ElementSubQuery esq && keysOf(esq.getQuery()) != null ? keysOf(esq.getQuery()) : e);
            }
            sub.setQueryPattern(restrictBy(shared, copy(prefix, t), sub.getQueryPattern()));
        }
    }

    /**
     * Moves the joins (blocks, unions, groups) from index {@code from} on that share a variable with
     * {@code bound} ahead of those that do not, where that keeps the meaning, so that bindings flow
     * into them instead of a join with an unbound pattern enumerating the store. Variables that
     * VALUES enumerate (a handful of relations or stances) do not count as shared.
     */
    private static void promote(List<Element> els, int from, java.util.Collection<Var> bound) {
        Set<Var> enumerated = enumerated(els);
        Set<Var> linking = new HashSet<>(bound);
        linking.removeAll(enumerated);
        int insert = from;
        for (int k = from; k < els.size(); k++) {
            Element e = els.get(k);
            if (!(e instanceof ElementPathBlock || e instanceof ElementUnion || e instanceof ElementGroup)) continue;
            if (java.util.Collections.disjoint(PatternVars.vars(e), linking)) continue;
            if (moveToFront(els, k, insert) == insert) insert++;
        }
    }

    /** The variables a VALUES clause in these elements enumerates. */
    private static Set<Var> enumerated(List<Element> els) {
        Set<Var> out = new HashSet<>();
        for (Element e : els) ElementWalker.walk(e, new ElementVisitorBase() {
            @Override
            public void visit(ElementData d) {
                out.addAll(d.getVars());
            }
        });
        return out;
    }

    /** For an aggregating query that {@link #restrictBy} restricted, its leading {@code SELECT DISTINCT keys}; else null. */
    private static ElementSubQuery keysOf(Query q) {
        if (!q.hasGroupBy() || !(q.getQueryPattern() instanceof ElementGroup g) || g.getElements().isEmpty()) return null;
        return g.getElements().get(0) instanceof ElementSubQuery k && k.getQuery().isDistinct() && !k.getQuery().hasGroupBy()
                && !k.getQuery().hasAggregators() && q.getGroupBy().getVars().containsAll(k.getQuery().getProjectVars()) ? k : null;
    }

    /** The variables certainly bound by the joins among these elements. */
    private static Set<Var> bound(List<Element> els) {
        Set<Var> out = new HashSet<>();
        for (Element e : els) if (bindsCertainly(e)) out.addAll(PatternVars.vars(e));
        return out;
    }

    /** OPTIONAL, MINUS, BIND: elements whose result depends on what the group bound before them. */
    private static boolean orderDependent(Element e) {
        return e instanceof ElementOptional || e instanceof ElementMinus || e instanceof ElementBind || e instanceof ElementAssign;
    }

    /** A join whose variables are bound in every solution (not a filter, VALUES or union, nor order-dependent). */
    private static boolean bindsCertainly(Element e) {
        return !orderDependent(e) && !(e instanceof ElementFilter) && !(e instanceof ElementData) && !(e instanceof ElementUnion);
    }

    /** The simple triple patterns of a group's blocks before element k, and after it. */
    @SuppressWarnings("unchecked")
    private static List<Triple>[] around(List<Element> els, int k) {
        List<Triple> before = new ArrayList<>(), after = new ArrayList<>();
        for (int i = 0; i < els.size(); i++) {
            if (i == k || !(els.get(i) instanceof ElementPathBlock b)) continue;
            for (TriplePath tp : b.getPattern().getList()) if (tp.isTriple()) (i < k ? before : after).add(tp.asTriple());
        }
        return new List[] {before, after};
    }

    /** The variant for pattern j of a block, with what the cheap check needs. */
    private static Variant describe(Target t, int index, List<TriplePath> tps, int j, List<Element> group) {
        Triple tp = tps.get(j).asTriple();
        List<Triple> star = new ArrayList<>(), covering = new ArrayList<>();
        // Patterns about the same subject that must match with it: in its block, and in the enclosing
        // groups (those written before it there are listed, and so numbered, before it).
        List<Triple> earlier = new ArrayList<>(), later = new ArrayList<>();
        for (List<Triple>[] f : t.enclosing) {
            earlier.addAll(f[0]);
            later.addAll(f[1]);
        }
        for (int x = 0; x < tps.size(); x++) {
            if (x == j || !tps.get(x).isTriple()) continue;
            (x < j ? earlier : later).add(tps.get(x).asTriple());
        }
        for (List<Triple> side : List.of(earlier, later)) {
            for (Triple o : side) {
                if (!tp.getSubject().isVariable() || !o.getSubject().equals(tp.getSubject()) || !o.getPredicate().isConcrete()) continue;
                star.add(o);
                if (side == earlier && o.getObject().isConcrete()) covering.add(o);
            }
        }
        java.util.Map<Var, List<Node>> values = new java.util.HashMap<>();
        for (Element e : group) {
            if (!(e instanceof ElementData d)) continue;
            for (Var v : d.getVars()) {
                List<Node> vs = new ArrayList<>();
                boolean undef = false;
                for (var row : d.getRows()) {
                    Node n = row.get(v);
                    if (n == null) undef = true;
                    else vs.add(n);
                }
                if (!undef) values.put(v, vs);
            }
        }
        return new Variant(t.text, index, t.graph, tp, star, covering, values);
    }

    private static ElementGroup wrap(Element e) {
        ElementGroup g = new ElementGroup();
        g.addElement(e);
        return g;
    }

    /** Moves element k as far to the front (not before index {@code min}) as keeps the group's meaning; returns its new index. */
    private static int moveToFront(List<Element> els, int k, int min) {
        Set<Var> vars = new HashSet<>(PatternVars.vars(els.get(k)));
        int to = k;
        while (to > min && movable(vars, els.subList(0, k), to - 1)) to--;
        if (to < k) els.add(to, els.remove(k));
        return to;
    }

    /**
     * True if an element binding {@code vars} may move before every element from index {@code from}
     * on in {@code before}: joins and filters commute with it; an OPTIONAL, MINUS or BIND only if every
     * variable it shares with the element is already bound by the joins ahead of it.
     */
    private static boolean movable(java.util.Collection<Var> vars, List<Element> before, int from) {
        Set<Var> bound = new HashSet<>();
        for (int j = 0; j < before.size(); j++) {
            Element e = before.get(j);
            if (orderDependent(e)) {
                if (j >= from) {
                    for (Var v : mentioned(e)) if (vars.contains(v) && !bound.contains(v)) return false;
                }
            } else if (bindsCertainly(e)) {
                bound.addAll(PatternVars.vars(e));
            }
        }
        return true;
    }

    /** Every variable an element mentions, in its patterns and in its expressions. */
    private static Set<Var> mentioned(Element e) {
        Set<Var> out = new HashSet<>(PatternVars.vars(e));
        ElementWalker.walk(e, new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter f) {
                out.addAll(f.getExpr().getVarsMentioned());
            }

            @Override
            public void visit(ElementBind b) {
                out.add(b.getVar());
                out.addAll(b.getExpr().getVarsMentioned());
            }

            @Override
            public void visit(ElementAssign a) {
                out.add(a.getVar());
                out.addAll(a.getExpr().getVarsMentioned());
            }
        });
        return out;
    }
}
