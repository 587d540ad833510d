package org.entente.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.EntenteException;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;

/**
 * Finds entities by name: the IRI, the local name ({@code Recep_Tayyip_Erdogan}), the label or any
 * alias ({@code Erdoğan}, {@code ISIL}), ignoring case, accents and dots. Built from the reference
 * and ontology graphs.
 *
 * <p>Contract: {@link #resolve} returns exactly one entity or throws an {@link EntenteException}
 * that lists the candidates (ambiguous) or the nearest names (unknown). With {@link Role#ACTOR},
 * a capital or seat of government stands for its state or organization ("Moscow" is Russia);
 * with {@link Role#PLACE} it stays the place.
 */
public final class EntityIndex {

    /** What kind of entity the caller expects. */
    public enum Role { ANY, ACTOR, PLACE }

    private final Map<String, Set<Node>> byName = new HashMap<>();
    private final Map<Node, Set<Node>> types = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, Set<Node>> capitalOf = new HashMap<>();
    private final Map<Node, Set<Node>> seatOf = new HashMap<>();
    private final Map<Node, Set<Node>> metonymFor = new HashMap<>();
    private final Set<Node> ended = new HashSet<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Set<Node> subjects = new HashSet<>();

    /** Indexes every labelled resource of the graph (reference data plus ontology). */
    public EntityIndex(Graph g) {
        g.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t ->
                superClasses.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) return;
            subjects.add(s);
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode())) {
                types.computeIfAbsent(s, k -> new HashSet<>()).add(t.getObject());
            } else if (t.getObject().isLiteral() && (p.equals(RDFS.label.asNode()) || p.equals(SKOS.altLabel.asNode())
                    || p.equals(SKOS.prefLabel.asNode()))) {
                String lex = t.getObject().getLiteralLexicalForm();
                addName(lex, s);
                if (p.equals(RDFS.label.asNode()) && isEnglishOrPlain(t.getObject())) labels.putIfAbsent(s, lex);
            }
        });
        for (Node s : subjects) {
            if (s.getURI().startsWith(EntenteConst.ID)) addName(localName(s), s);
        }
        g.find(Node.ANY, ENT.capital, Node.ANY).forEachRemaining(t ->
                capitalOf.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject()));
        g.find(Node.ANY, ENT.metonymFor, Node.ANY).forEachRemaining(t ->
                metonymFor.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        g.find(Node.ANY, ENT.seatOf, Node.ANY).forEachRemaining(t ->
                seatOf.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        g.find(Node.ANY, ENT.endDate, Node.ANY).forEachRemaining(t -> ended.add(t.getSubject()));
    }

    private static boolean isEnglishOrPlain(Node lit) {
        String lang = lit.getLiteralLanguage();
        return lang.isEmpty() || lang.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private void addName(String name, Node s) {
        String k = norm(name);
        if (!k.isEmpty()) byName.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s);
    }

    /**
     * The key names are compared by: accents and dots removed, lower case, underscores as
     * spaces, runs of spaces collapsed, a leading "the" dropped.
     */
    public static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace(".", "").replace('_', ' ');
        t = t.replaceAll("\\s+", " ").strip();
        if (t.startsWith("the ")) t = t.substring(4);
        return t;
    }

    /** The part of an entity IRI after {@code …/id/}. */
    public static String localName(Node n) {
        String u = n.getURI();
        return u.startsWith(EntenteConst.ID) ? u.substring(EntenteConst.ID.length()) : u;
    }

    /** True if the node is described in the indexed graphs. */
    public boolean contains(Node n) {
        return subjects.contains(n);
    }

    /** The entity's English label, or its local name. */
    public String label(Node n) {
        String l = labels.get(n);
        return l != null ? l : localName(n);
    }

    /** The asserted types of a node. */
    public Set<Node> types(Node n) {
        return types.getOrDefault(n, Set.of());
    }

    /** True if the node has the class or one of its subclasses as a type. */
    public boolean isA(Node n, Node cls) {
        for (Node t : types(n)) if (subClassOf(t, cls, new HashSet<>())) return true;
        return false;
    }

    private boolean subClassOf(Node c, Node target, Set<Node> seen) {
        if (c.equals(target)) return true;
        if (!seen.add(c)) return false;
        for (Node sup : superClasses.getOrDefault(c, Set.of())) if (subClassOf(sup, target, seen)) return true;
        return false;
    }

    /** All entities whose name matches, before any role filtering. */
    public Set<Node> candidates(String name) {
        return byName.getOrDefault(norm(name), Set.of());
    }

    /** Resolves a name with no role constraint. */
    public Node resolve(String name) {
        return resolve(name, Role.ANY);
    }

    /**
     * Resolves a name, IRI or local name to one entity.
     *
     * @throws EntenteException if it is unknown (with the nearest names) or ambiguous (with the candidates)
     */
    public Node resolve(String name, Role role) {
        if (name == null || name.isBlank()) throw new EntenteException("empty entity name");
        String s = name.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        if (s.startsWith("http://") || s.startsWith("https://")) {
            Node n = NodeFactory.createURI(s);
            if (!subjects.contains(n)) throw new EntenteException("unknown entity <" + s + ">: it is not described in the reference data");
            return n;
        }
        Set<Node> cands = new LinkedHashSet<>(candidates(s));
        Node exact = NodeFactory.createURI(EntenteConst.ID + s);
        if (subjects.contains(exact) && cands.contains(exact) && fits(exact, role)) return exact;
        List<Node> fitting = cands.stream().filter(c -> fits(c, role)).collect(Collectors.toCollection(ArrayList::new));
        if (fitting.isEmpty() && role == Role.ACTOR) {
            // A capital stands for its state, today's before a defunct one ("Moscow" is Russia, not the
            // Soviet Union); failing that, a seat stands for what it houses ("Brussels").
            // ("Brussels" is the EU, by the reference data's ent:metonymFor, before Belgium)
            fitting.addAll(metonyms(cands, metonymFor, role));
            if (fitting.isEmpty()) fitting.addAll(metonyms(cands, capitalOf, role));
            if (fitting.isEmpty()) fitting.addAll(metonyms(cands, seatOf, role));
        }
        if (fitting.size() == 1) return fitting.get(0);
        if (fitting.isEmpty()) {
            if (!cands.isEmpty()) {
                throw new EntenteException("'" + s + "' is " + describe(cands) + ", not " + (role == Role.ACTOR ? "an actor" : "a place"));
            }
            List<String> near = nearest(s, 5, role);
            throw new EntenteException("unknown entity '" + s + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
        }
        throw new EntenteException("ambiguous name '" + s + "': it may be " + describe(fitting) + "; use the local name or IRI");
    }

    private List<Node> metonyms(Set<Node> cands, Map<Node, Set<Node>> map, Role role) {
        List<Node> out = new ArrayList<>();
        for (Node c : cands) for (Node m : map.getOrDefault(c, Set.of())) if (fits(m, role) && !out.contains(m)) out.add(m);
        if (out.size() > 1 && out.stream().anyMatch(m -> !ended.contains(m))) out.removeIf(ended::contains);
        return out;
    }

    private boolean fits(Node n, Role role) {
        return switch (role) {
            case ANY -> true;
            case ACTOR -> isA(n, ENT.Actor);
            case PLACE -> isA(n, ENT.Place);
        };
    }

    private String describe(Collection<Node> nodes) {
        return nodes.stream().sorted(Comparator.comparing(Node::getURI))
                .map(n -> localName(n) + " (" + typeName(n) + ")").collect(Collectors.joining(", "));
    }

    /** The local name of one of the node's types, for messages. */
    public String typeName(Node n) {
        return types(n).stream().filter(Node::isURI).map(t -> {
            String u = t.getURI();
            int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
            return u.substring(i + 1);
        }).sorted().findFirst().orElse("untyped");
    }

    /** Names closest to {@code s}: those containing it, then those within a small edit distance. */
    public List<String> nearest(String s, int max) {
        return nearest(s, max, Role.ANY);
    }

    /** Names closest to {@code s} of entities that can play the role (places for a place, actors for an actor). */
    public List<String> nearest(String s, int max, Role role) {
        String k = norm(s);
        TreeMap<Integer, Set<String>> ranked = new TreeMap<>();
        for (Map.Entry<String, Set<Node>> e : byName.entrySet()) {
            String name = e.getKey();
            int d;
            if (name.contains(k) || (k.contains(name) && name.length() >= 4)) d = 0;
            else {
                d = levenshtein(k, name, 3);
                if (d > 2) continue;
            }
            for (Node n : e.getValue()) if (fits(n, role)) ranked.computeIfAbsent(d, x -> new java.util.TreeSet<>()).add(localName(n));
        }
        List<String> out = new ArrayList<>();
        for (Set<String> v : ranked.values()) for (String n : v) if (out.size() < max && !out.contains(n)) out.add(n);
        return out;
    }

    private static int levenshtein(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) return cap + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) return cap + 1;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** Every indexed name with the entities it denotes (for gazetteers). */
    public Map<String, Set<Node>> names() {
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** The labelled entities. */
    public Set<Node> entities() {
        return java.util.Collections.unmodifiableSet(labels.keySet());
    }
}
