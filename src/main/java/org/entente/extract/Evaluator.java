package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.facts.Fact;
import org.entente.facts.Relations;

/**
 * Scores candidates against gold facts: precision, recall and F1 overall, per relation and per
 * stance. A candidate matches a gold fact of the same article with the same subject, relation,
 * object (either order for symmetric relations) and stance; entities are compared by identity, so
 * "Moscow" and "Russia" match when both resolve to Russia. The sub-relations count as their
 * parent (arms or funds as supports, meets with as negotiates with), since the curated facts use
 * either. Duplicates count once.
 */
public final class Evaluator {

    /** Counts for one slice. */
    public record Score(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The scores overall, by relation and by stance, and the errors: gold facts no candidate
     * matched and candidates that match no gold fact, each as "article subject relation object
     * stance" with its quote.
     */
    public record Report(Score overall, Map<String, Score> byRelation, Map<String, Score> byStance, List<String> missed,
            List<String> wrong, Map<String, Score> byRule, Map<Double, Score> byThreshold) {
        /** The errors, for a person tuning patterns or reviewing the gold. */
        public String renderErrors() {
            StringBuilder b = new StringBuilder();
            b.append("missed (gold, no matching candidate): ").append(missed.size()).append('\n');
            missed.forEach(m -> b.append("  ").append(m).append('\n'));
            b.append("wrong (candidate, no matching gold): ").append(wrong.size()).append('\n');
            wrong.forEach(m -> b.append("  ").append(m).append('\n'));
            return b.toString();
        }

        public String render() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %9s %7s %6s%n", "", "gold", "pred", "match", "precision", "recall", "F1"));
            b.append(line("overall", overall));
            b.append("by relation\n");
            byRelation.forEach((k, v) -> b.append(line("  " + k, v)));
            b.append("by stance\n");
            byStance.forEach((k, v) -> b.append(line("  " + k, v)));
            return b.toString();
        }

        /**
         * Precision of each pattern (rule) over the candidates it made, for a person deciding which rules to trust; gold
         * facts have no rule, so the gold column is empty.
         */
        public String renderRules() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-24s %6s %6s %9s%n", "by rule", "pred", "match", "precision"));
            byRule.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-22s %6d %6d %9.2f%n", k, v.predicted(), v.correct(),
                    v.precision())));
            return b.toString();
        }

        /** Precision, recall and F1 of the candidates at or above each confidence: the choice of a --min-confidence. */
        public String renderThresholds() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %9s %7s %6s%n", "confidence at least", "gold", "pred", "match",
                    "precision", "recall", "F1"));
            byThreshold.forEach((k, v) -> b.append(line(String.format(Locale.ROOT, "  %.2f", k), v)));
            return b.toString();
        }

        private static String line(String name, Score s) {
            return String.format(Locale.ROOT, "%-24s %6d %6d %6d %9.2f %7.2f %6.2f%n", name, s.gold(), s.predicted(), s.correct(),
                    s.precision(), s.recall(), s.f1());
        }
    }

    private record Key(String article, String subject, String relation, String object, String stance) {}

    private final EntityIndex index;

    public Evaluator(EntityIndex index) {
        this.index = index;
    }

    /** Scores {@code candidates} against {@code gold}, restricted to the given articles (all if null). */
    public Report score(List<Fact> gold, List<Fact> candidates, Set<String> articles) {
        Map<Key, Fact> g = keys(gold, articles);
        Map<Key, Fact> c = keys(candidates, articles);
        Score overall = score(g.keySet(), c.keySet(), k -> "all").get("all");
        Map<String, Score> byRule = new TreeMap<>();
        c.forEach((k, f) -> {
            Score v = byRule.getOrDefault(f.rule() == null ? "(none)" : f.rule(), new Score(0, 0, 0));
            byRule.put(f.rule() == null ? "(none)" : f.rule(), new Score(0, v.predicted() + 1, v.correct() + (g.containsKey(k) ? 1 : 0)));
        });
        Map<Double, Score> byThreshold = new TreeMap<>();
        for (int i = 0; i <= 9; i++) {
            double t = 0.5 + i * 0.05;
            Set<Key> above = new java.util.HashSet<>();
            c.forEach((k, f) -> {
                if (f.confidence() == null || f.confidence() >= t - 1e-9) above.add(k);
            });
            byThreshold.put(Math.round(t * 100) / 100.0, score(g.keySet(), above, k -> "all").getOrDefault("all", new Score(g.size(), 0, 0)));
        }
        return new Report(overall == null ? new Score(0, 0, 0) : overall, score(g.keySet(), c.keySet(), Key::relation),
                score(g.keySet(), c.keySet(), Key::stance), errors(g, c.keySet()), errors(c, g.keySet()), byRule, byThreshold);
    }

    private static List<String> errors(Map<Key, Fact> facts, Set<Key> other) {
        List<String> out = new ArrayList<>();
        facts.forEach((k, f) -> {
            if (other.contains(k)) return;
            String q = f.quote() == null ? "" : f.quote().strip();
            if (q.length() > 160) q = q.substring(0, 157) + "...";
            out.add(String.join(" ", k.article(), local(k.subject()), k.relation(), local(k.object()), k.stance())
                    + (f.claimant() == null ? "" : " by " + f.claimant()) + (f.rule() == null ? "" : " [" + f.rule() + "]") + "\n      \"" + q + "\"");
        });
        out.sort(null);
        return out;
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static Map<String, Score> score(Set<Key> gold, Set<Key> cand, Function<Key, String> slice) {
        Map<String, int[]> m = new TreeMap<>();
        for (Key k : gold) m.computeIfAbsent(slice.apply(k), x -> new int[3])[0]++;
        for (Key k : cand) {
            int[] v = m.computeIfAbsent(slice.apply(k), x -> new int[3]);
            v[1]++;
            if (gold.contains(k)) v[2]++;
        }
        Map<String, Score> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new Score(v[0], v[1], v[2])));
        return out;
    }

    private Map<Key, Fact> keys(List<Fact> facts, Set<String> articles) {
        Map<Key, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (articles != null && articles.stream().noneMatch(a -> f.article().startsWith(a) || a.startsWith(f.article()))) continue;
            String rel = Relations.canonical(f.relation());
            if (rel == null) continue;
            rel = switch (rel) {
                case "armsOrFunds" -> "supports";
                case "meetsWith" -> "negotiatesWith";
                default -> rel;
            };
            String s = id(f.subject()), o = id(f.object());
            if (s == null || o == null) continue;
            if (Relations.isSymmetric(rel) && s.compareTo(o) > 0) {
                String t = s; s = o; o = t;
            }
            out.putIfAbsent(new Key(f.article().substring(0, Math.min(16, f.article().length())), s, rel, o, f.stance().toLowerCase(Locale.ROOT)), f);
        }
        return out;
    }

    private String id(String name) {
        try {
            Node n = index.resolve(name);
            return n.getURI();
        } catch (EntenteException e) {
            return null;
        }
    }

    /** The distinct article ids of facts. */
    public static List<String> articles(List<Fact> facts) {
        List<String> out = new ArrayList<>();
        for (Fact f : facts) if (!out.contains(f.article())) out.add(f.article());
        return out;
    }
}
