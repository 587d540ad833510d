package org.entente.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.facts.EntityIndex;
import org.entente.vocab.ENT;

/**
 * The names Entente knows, built from the graph itself: labels and aliases of every entity,
 * demonyms of states ("Turkish" → Turkey), capitals and seats of government that stand for an
 * actor ("Moscow said", "the Kremlin"), and offices ("the Russian president") with their holders
 * over time, for coreference.
 *
 * <p>Matching rules: the longest run of tokens that spells a name wins; a short all-capital alias
 * (US, IS, EU) matches only in capitals; an alias that starts with a capital matches only a
 * capitalized word (so "turkey" and "fortunes" are not names); accents, dots, hyphens and
 * apostrophes are ignored.
 */
public final class Gazetteer {

    /** How a mention names its entity. */
    public enum Kind { NAME, DEMONYM, CAPITAL, OFFICE }

    /** A name entry: what it denotes, how, and whether case matters. */
    record Entry(Node entity, Kind kind, boolean allCaps, boolean capitalized) {}

    /** A tenure of an office. */
    record Tenure(Node person, LocalDate start, LocalDate end) {}

    private static final int MAX_TOKENS = 10, SHORT_TOKENS = 7;

    private final Map<String, List<Entry>> names = new HashMap<>();
    /** Every name key and each of its beginnings at a word boundary ("united", "united|arab"): a span that is none of them starts no name. */
    private final Set<String> prefixes = new HashSet<>();
    private final Map<Node, Node> capitalOf = new HashMap<>();
    /** States that ended, by their capital, with the years they lasted (Moscow: the Soviet Union, 1922–1991). */
    private final Map<Node, List<Span>> formerCapitalOf = new HashMap<>();

    private final Map<Node, Node> capitalCity = new HashMap<>();

    private record Span(Node state, int from, int until) {}

    private static int year(Graph g, Node s, Node p, int otherwise) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext()) return otherwise;
        String lex = it.next().getObject().getLiteralLexicalForm();
        return lex.length() >= 4 && lex.substring(0, 4).chars().allMatch(Character::isDigit) ? Integer.parseInt(lex.substring(0, 4)) : otherwise;
    }
    private final Set<Node> dissolved = new java.util.HashSet<>();
    private final Map<Node, Set<Node>> officesOf = new HashMap<>();
    private final Map<Node, Node> officeOf = new HashMap<>();
    private final Map<Node, List<Tenure>> tenures = new HashMap<>();
    private final Map<Node, Node> governmentOf = new HashMap<>();
    private final Map<Node, Node> partOf = new HashMap<>();
    private final Map<Node, Node> controlledBy = new HashMap<>();
    /** For each provision of a treaty ("Article 5"), the treaty and what the treaty establishes (NATO). */
    private final Map<Node, Set<Node>> provisionOwners = new HashMap<>();
    /** The members of each group of states ("the Baltic states"). */
    private final Map<Node, List<Node>> groupMembers = new HashMap<>();
    /** The entities one of whose names holds a word of state form ("Kingdom of Saudi Arabia", "Islamic Republic of Iran"). */
    private final Map<String, Set<Node>> formWords = new HashMap<>();
    /** Each office's names as normalized words, one list per label or alias. */
    private final Map<Node, List<List<String>>> officeNames = new HashMap<>();
    private final EntityIndex index;

    public Gazetteer(Graph g, EntityIndex index) {
        this.index = index;
        Map<Node, List<String>> labels = new HashMap<>(), demonyms = new HashMap<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!t.getObject().isLiteral()) return;
            String lex = t.getObject().getLiteralLexicalForm();
            boolean label = p.equals(RDFS.label.asNode()) || p.equals(SKOS.altLabel.asNode());
            if (label) labels.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(lex);
            if (p.equals(ENT.demonym)) demonyms.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(lex);
            if (label && !vocabulary(g, t.getSubject())) {
                boolean office = g.contains(t.getSubject(), RDF.type.asNode(), ENT.Office);
                add(lex, t.getSubject(), office ? Kind.OFFICE : Kind.NAME);
                for (String w : lex.split("\\s+")) {
                    if (FORM_WORDS.contains(w)) formWords.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new java.util.HashSet<>()).add(t.getSubject());
                }
                if (office) officeNames.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(titleWords(lex));
            } else if (p.equals(ENT.demonym)) {
                add(lex, t.getSubject(), Kind.DEMONYM);
            }
        });
        g.find(Node.ANY, ENT.capital, Node.ANY).forEachRemaining(t -> {
            if (!g.contains(t.getSubject(), ENT.endDate, Node.ANY)) {
                capitalOf.putIfAbsent(t.getObject(), t.getSubject());
                capitalCity.putIfAbsent(t.getSubject(), t.getObject());
            } else {
                int from = year(g, t.getSubject(), ENT.startDate, Integer.MIN_VALUE), until = year(g, t.getSubject(), ENT.endDate, Integer.MAX_VALUE);
                formerCapitalOf.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(new Span(t.getSubject(), from, until));
            }
        });
        g.find(Node.ANY, ENT.endDate, Node.ANY).forEachRemaining(t -> {
            if (index.isA(t.getSubject(), ENT.State)) dissolved.add(t.getSubject());
        });
        // ("Brussels" stands for the EU before Belgium: the reference data's ent:metonymFor)
        g.find(Node.ANY, ENT.metonymFor, Node.ANY).forEachRemaining(t -> capitalOf.put(t.getSubject(), t.getObject()));
        g.find(Node.ANY, ENT.officeOf, Node.ANY).forEachRemaining(t -> {
            if (index.isA(t.getObject(), ENT.State)) officeOf.put(t.getSubject(), t.getObject());
            else officeOf.putIfAbsent(t.getSubject(), t.getObject());
        });
        g.find(Node.ANY, ENT.governmentOf, Node.ANY).forEachRemaining(t -> governmentOf.put(t.getSubject(), t.getObject()));
        officeVariants(labels, demonyms);
        g.find(Node.ANY, ENT.term("partOf"), Node.ANY).forEachRemaining(t -> partOf.putIfAbsent(t.getSubject(), t.getObject()));
        g.find(Node.ANY, ENT.term("controlledBy"), Node.ANY).forEachRemaining(t -> controlledBy.putIfAbsent(t.getSubject(), t.getObject()));
        g.find(Node.ANY, ENT.term("provision"), Node.ANY).forEachRemaining(t -> {
            Set<Node> owners = provisionOwners.computeIfAbsent(t.getObject(), k -> new java.util.HashSet<>());
            owners.add(t.getSubject());
            g.find(t.getSubject(), ENT.term("establishes"), Node.ANY).forEachRemaining(e -> owners.add(e.getObject()));
        });
        g.find(Node.ANY, ENT.term("groupMember"), Node.ANY).forEachRemaining(t ->
                groupMembers.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        groupMembers.values().forEach(l -> l.sort(java.util.Comparator.comparing(Node::getURI)));
        g.find(Node.ANY, RDF.type.asNode(), ENT.Tenure).forEachRemaining(t -> {
            Node ten = t.getSubject();
            Node person = one(g, ten, ENT.holder), office = one(g, ten, ENT.office);
            if (person == null || office == null) return;
            LocalDate a = date(one(g, ten, ENT.startDate)), z = date(one(g, ten, ENT.endDate));
            tenures.computeIfAbsent(office, k -> new ArrayList<>()).add(new Tenure(person, a, z));
            officesOf.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(office);
        });
        g.find(Node.ANY, ENT.term("holdsPosition"), Node.ANY).forEachRemaining(t ->
                officesOf.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
    }

    private static final Set<Node> VOCABULARY = Set.of(org.apache.jena.vocabulary.OWL.Class.asNode(), RDFS.Class.asNode(), RDF.Property.asNode(),
            org.apache.jena.vocabulary.OWL.ObjectProperty.asNode(), org.apache.jena.vocabulary.OWL.DatatypeProperty.asNode(),
            org.apache.jena.vocabulary.OWL.AnnotationProperty.asNode(), org.apache.jena.vocabulary.OWL.Ontology.asNode(),
            org.apache.jena.vocabulary.OWL.TransitiveProperty.asNode(), org.apache.jena.vocabulary.OWL.SymmetricProperty.asNode(),
            org.apache.jena.vocabulary.OWL.FunctionalProperty.asNode());

    /** Classes, properties, the ontology and its individuals name no entity ("treaty" is a class, "weapons" a support type). */
    private static boolean vocabulary(Graph g, Node s) {
        // The ontology's own individuals (support types such as ent:Weapons, stances, methods) are terms, not entities.
        if (s.isURI() && s.getURI().startsWith(ENT.NS)) return true;
        for (Node c : VOCABULARY) if (g.contains(s, RDF.type.asNode(), c)) return true;
        return false;
    }

    private static Node one(Graph g, Node s, Node p) {
        return org.entente.util.GraphOps.one(g, s, p);
    }

    private static LocalDate date(Node n) {
        try {
            return n == null ? null : LocalDate.parse(n.getLiteralLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * An office's title said with any name of its state or organization, possessive or demonym: the reference data has "EU
     * foreign policy chief", the news writes "the European Union's foreign policy chief"; "Iranian Foreign Minister" also
     * reads "Iran's foreign minister" and "the Islamic Republic's Foreign Minister".
     */
    private void officeVariants(Map<Node, List<String>> labels, Map<Node, List<String>> demonyms) {
        for (Map.Entry<Node, Node> e : officeOf.entrySet()) {
            Node office = e.getKey(), of = e.getValue();
            List<String> ownerNames = new ArrayList<>(labels.getOrDefault(of, List.of()));
            ownerNames.addAll(demonyms.getOrDefault(of, List.of()));
            Set<String> rests = new LinkedHashSet<>();
            for (String alias : labels.getOrDefault(office, List.of())) {
                // (the longest name the alias starts with: "Saudi Arabia's crown prince", not "Saudi" and "Arabia's crown prince")
                String rest = null;
                for (String prefix : ownerNames) {
                    for (String form : List.of(prefix + " ", prefix + "'s ", prefix + "’s ")) {
                        if (alias.startsWith(form) && alias.length() > form.length() && (rest == null || alias.length() - form.length() < rest.length()))
                            rest = alias.substring(form.length());
                    }
                }
                // (only a title of two words or more: "foreign minister", "foreign policy chief"; a bare "chief", "queen" or
                // "premier" after a name often titles someone else: "NATO's chief spokesperson", "Australia's premier")
                if (rest != null && rest.trim().split("\\s+").length >= 2 && !rest.contains("'s") && !rest.contains("’s")) rests.add(rest);
            }
            for (String rest : rests) {
                // (a rest that is itself a bare title word would make every "foreign minister" this office: only with the name)
                for (String name : labels.getOrDefault(of, List.of())) if (name.length() > 2) add(name + "'s " + rest, office, Kind.OFFICE);
                for (String demonym : demonyms.getOrDefault(of, List.of())) add(demonym + " " + rest, office, Kind.OFFICE);
            }
        }
    }

    private void add(String name, Node entity, Kind kind) {
        String key = key(name);
        if (key.isEmpty()) return;
        String letters = name.replaceAll("[^\\p{L}]", "");
        boolean allCaps = letters.length() <= 5 && !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT));
        boolean capitalized = Character.isUpperCase(name.replaceFirst("^(?i)the\\s+", "").codePointAt(0));
        List<Entry> list = names.computeIfAbsent(key, k -> new ArrayList<>());
        for (int b = key.indexOf('|'); b >= 0; b = key.indexOf('|', b + 1)) prefixes.add(key.substring(0, b));
        prefixes.add(key);
        // (the same name spelled two ways, "Al-Qaeda" and "al-Qaeda": the entry asks only what both spellings ask)
        for (int i = 0; i < list.size(); i++) {
            Entry e = list.get(i);
            if (e.entity().equals(entity) && e.kind() == kind) {
                // (but an alias with its article, "the coalition", does not make a common noun a name)
                boolean lower = e.capitalized() && !capitalized && !name.toLowerCase(Locale.ROOT).startsWith("the ");
                list.set(i, new Entry(entity, kind, e.allCaps() && allCaps, e.capitalized() && !lower));
                return;
            }
        }
        list.add(new Entry(entity, kind, allCaps, capitalized));
    }

    /** The matching key of a name or token: its words of letters and digits, lower case, no accents, no leading "the". */
    static String key(String s) {
        // (plain ASCII words, most tokens, need no normalization)
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) plain = s.charAt(i) < 128;
        String t = plain ? s.toLowerCase(Locale.ROOT).strip()
                : Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
        if (t.startsWith("the ")) t = t.substring(4);
        // Words stay apart ("Israel is" is not "Israelis"); dots join initials ("U.S." is "US").
        StringBuilder out = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (c == '.') continue;
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) out.append('|');
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A mention of an entity in a sentence: token range [from, to), the entity, how it is named. */
    public record Mention(int from, int to, Node entity, Kind kind, String text) {}

    /** Finds the mentions of a sentence, longest match first, left to right. */
    public List<Mention> mentions(List<Analyzer.Token> tokens) {
        return mentions(tokens, 0, tokens.size(), null);
    }

    /** The mentions inside tokens [from, to) that name another entity than {@code excluded} (a name's parts: "Russia's annexation of Crimea"). */
    public List<Mention> mentions(List<Analyzer.Token> tokens, int from, int to, Node excluded) {
        List<Mention> out = new ArrayList<>();
        List<Analyzer.Token> span = tokens.subList(0, to);
        String[] keys = new String[to];
        int i = from;
        while (i < to) {
            Mention best = longestAt(span, i, excluded, keys);
            if (best == null) {
                i++;
                continue;
            }
            // "President Xi Jinping": an alias ("President Xi") that a longer name of the same entity overlaps ("Xi Jinping")
            // runs to the longer name's end.
            for (int s = i + 1; s < best.to(); s++) {
                Mention inner = longestAt(span, s, excluded, keys);
                if (inner != null && inner.to() > best.to() && inner.entity().equals(best.entity())) {
                    best = new Mention(i, inner.to(), best.entity(), best.kind(), tokens.get(i).text() + " … " + tokens.get(inner.to() - 1).text());
                }
            }
            out.add(best);
            i = best.to();
        }
        return out;
    }

    /** The longest name starting at token {@code i} of another entity than {@code excluded}, or null. */
    private Mention longestAt(List<Analyzer.Token> tokens, int i, Node excluded, String[] keys) {
        Mention best = null;
        StringBuilder k = new StringBuilder();
        // Long names are proper names ("Treaty on the Non-Proliferation of Nuclear Weapons"): past seven tokens only
        // from a capitalized word, so a lower-case description ("shoot-down of the Russian Su-24") keeps its words.
        int max = Character.isUpperCase(tokens.get(i).text().charAt(0)) ? MAX_TOKENS : SHORT_TOKENS;
        for (int j = i; j < Math.min(tokens.size(), i + max); j++) {
            if (keys[j] == null) keys[j] = key(tokens.get(j).text());
            String tk = keys[j];
            // Inside a name only hyphens, dots and apostrophes may stand between words.
            if (tk.isEmpty() && !Rx.matches(tokens.get(j).text(), "[-.'’]+")) break;
            if (tk.isEmpty()) continue;
            if (k.length() > 0) k.append('|');
            k.append(tk);
            String sofar = k.toString();
            if (!prefixes.contains(sofar)) break;
            List<Entry> es = names.get(sofar);
            if (es == null) continue;
            if (excluded != null) es = es.stream().filter(e -> !e.entity().equals(excluded)).toList();
            if (es.isEmpty()) continue;
            Entry chosen = choose(es, tokens.subList(i, j + 1));
            if (chosen != null) {
                String text = tokens.get(i).text();
                if (j > i) text = text + " … " + tokens.get(j).text();
                best = new Mention(i, j + 1, chosen.entity(), chosen.kind(), text);
            }
        }
        return best;
    }

    private Entry choose(List<Entry> es, List<Analyzer.Token> span) {
        String first = span.get(0).text();
        StringBuilder letters = new StringBuilder();
        for (Analyzer.Token t : span) t.text().codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        String all = letters.toString();
        Entry pick = null;
        for (Entry e : es) {
            if (e.allCaps() && !all.equals(all.toUpperCase(Locale.ROOT))) continue;
            if (e.capitalized() && !Character.isUpperCase(first.codePointAt(0))) continue;
            if (pick == null || rank(e) < rank(pick)) pick = e;
            else if (rank(e) == rank(pick) && !e.entity().equals(pick.entity())) return ambiguousPreference(pick, e);
        }
        return pick;
    }

    private static int rank(Entry e) {
        return switch (e.kind()) {
            case NAME -> 0;
            case OFFICE -> 1;
            case DEMONYM -> 2;
            case CAPITAL -> 3;
        };
    }

    /** Two entities share a name: prefer a current state or organization over a historic one, else keep the first. */
    private Entry ambiguousPreference(Entry a, Entry b) {
        boolean aActor = index.isA(a.entity(), ENT.Actor), bActor = index.isA(b.entity(), ENT.Actor);
        if (aActor != bActor) return aActor ? a : b;
        return a.entity().getURI().compareTo(b.entity().getURI()) <= 0 ? a : b;
    }

    /** The state a capital city stands for, or null. */
    /**
     * The state that had the same capital as {@code state} in {@code year} and has since ended ("Moscow" in 1956 is the Soviet
     * Union, "Belgrade" in 1999 Yugoslavia), or null.
     */
    public Node formerStateFor(Node state, int year) {
        Node capital = capitalCity.get(state);
        if (capital == null) return null;
        for (Span sp : formerCapitalOf.getOrDefault(capital, List.of())) if (sp.from() <= year && year <= sp.until()) return sp.state();
        return null;
    }

    public Node capitalOf(Node city) {
        return capitalOf.get(city);
    }

    /**
     * Words of form that a definite description takes from its referent's name: of states ("the kingdom" is a state named
     * a kingdom), and of bodies ("the court" is the International Criminal Court, not NATO; "the council", "the union").
     */
    private static final Set<String> FORM_WORDS = Set.of("Kingdom", "Republic", "Emirates", "Emirate", "Federation", "Sultanate", "Court", "Tribunal",
            "Union", "Council", "Commission");

    /**
     * The treaty a provision belongs to and the organization that treaty establishes ("Article 5" → the North Atlantic
     * Treaty, NATO); empty for anything else.
     */
    public Set<Node> provisionOwners(Node provision) {
        return provisionOwners.getOrDefault(provision, Set.of());
    }

    /** Whether one of the entity's names holds the form word ("kingdom": "Kingdom of Saudi Arabia"; "republic"). */
    public boolean namedWith(Node entity, String word) {
        return formWords.getOrDefault(word, Set.of()).contains(entity);
    }

    /** Whether names of the graph use the word as a form of state or body ("kingdom", "republic", "court"). */
    public boolean isFormWord(String word) {
        return formWords.containsKey(word);
    }

    /** The actor that holds a place de facto where it is not the state of jurisdiction (Crimea: Russia), or null. */
    public Node controllerOf(Node place) {
        return controlledBy.get(place);
    }

    /** The state whose territory a place is part of (Odesa → Ukraine, through regions if need be), or null. */
    public Node containingState(Node place) {
        Node p = partOf.get(place);
        for (int depth = 0; p != null && depth < 4; depth++, p = partOf.get(p)) if (index.isA(p, ENT.State)) return p;
        return null;
    }

    /** The state or organization an office belongs to. */
    public Node officeOf(Node office) {
        return officeOf.get(office);
    }

    /** The state a government agency or national force belongs to, or null. */
    public Node governmentOf(Node agency) {
        return governmentOf.get(agency);
    }

    /** The holders of an office. */
    List<Tenure> tenures(Node office) {
        return tenures.getOrDefault(office, List.of());
    }

    /** The holder of an office on a day, or null. */
    public Node holderOn(Node office, LocalDate day) {
        if (day == null) return null;
        for (Tenure t : tenures(office)) if (holds(t, day)) return t.person();
        return null;
    }

    /**
     * Whom a person speaks for as "we": the state they serve, else the organization of their office
     * ("we" in the words of NATO's Secretary General is NATO), or null.
     */
    public Node speaksFor(Node person) {
        Node st = stateOf(person);
        if (st != null) return st;
        for (Node office : officesOf.getOrDefault(person, Set.of())) {
            Node of = officeOf.get(office);
            if (of != null && index.isA(of, ENT.Actor)) return of;
        }
        return null;
    }

    /** Titles of offices that lead a state or its government (not "Vice President", not ministers, secretaries or envoys). */
    private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile(
            "(President|Vice President|Vice-President|Prime Minister|King|Queen|Supreme Leader|Premier|Monarch|Leader|Chancellor|Taoiseach|Grand Duke|General Secretary"
                    + "|Emperor|Emir|Crown Prince|Chief Adviser|Sultan|Chairman|Chairperson)\\b.*");

    /**
     * The state a person speaks for as one of its officials below its leadership (a minister, spokesman or envoy, none of
     * whose offices leads a state or government), or null.
     */
    public Node officialOf(Node person, LocalDate day) {
        Node state = null;
        for (Node office : officesOf.getOrDefault(person, Set.of())) {
            // (only an office held on the day, when the graph knows when the person held it: not a former minister)
            List<Tenure> own = tenures(office).stream().filter(t -> t.person().equals(person)).toList();
            if (day != null && !own.isEmpty() && own.stream().noneMatch(t -> holds(t, day))) continue;
            String l = index.label(office);
            if (l != null && LEADING.matcher(l).matches()) return null;
            if (state == null) state = stateOfOffice(office);
        }
        return state;
    }

    /** Whether the state has ceased to exist (the graph gives it an end date: the Soviet Union, Yugoslavia). */
    public boolean dissolved(Node state) {
        return dissolved.contains(state);
    }

    /** The member states of a group of states ("the Baltic states"), or an empty list if it is none. */
    public List<Node> groupMembers(Node group) {
        return groupMembers.getOrDefault(group, List.of());
    }

    /** The state a person serves (through an office of the state or of one of its agencies), or null. */
    public Node stateOf(Node person) {
        for (Node office : officesOf.getOrDefault(person, Set.of())) {
            Node state = stateOfOffice(office);
            if (state != null) return state;
        }
        return null;
    }

    /** The state an office is of, directly or through one of its agencies, or null. */
    private Node stateOfOffice(Node office) {
        Node of = officeOf.get(office);
        if (of == null) return null;
        return index.isA(of, ENT.State) ? of : governmentOf.get(of);
    }

    /**
     * The office of a person that a title before their name denotes ("President Obama", "Defense
     * Minister Sergey Shoigu", "then-secretary of state Hillary Clinton"): among the offices the
     * person held, the one whose names contain the title's head word and most of its other words;
     * null if none or a tie.
     */
    // (a qualifier on either side only: "Vice President Vance" is not the president, "First Deputy Prime Minister
    // Svyrydenko" not the prime minister)
    private static final Set<String> RANK_QUALIFIERS = Set.of("vice", "assistant", "deputy");

    public Node officeTitled(Node person, List<String> title, String head) {
        Node best = null;
        int bestScore = -1;
        boolean tie = false;
        String h = normalizeTitleWord(head);
        for (Node office : officesOf.getOrDefault(person, Set.of())) {
            int score = -1;
            for (List<String> words : officeNames.getOrDefault(office, List.of())) {
                if (!words.contains(h)) continue;
                // "President Joe Biden" is not the vice president he also was.
                if (RANK_QUALIFIERS.stream().anyMatch(q -> words.contains(q) && !title.contains(q))) continue;
                // ("First Deputy Prime Minister Yulia Svyrydenko" is not the prime minister)
                if (RANK_QUALIFIERS.stream().anyMatch(q -> title.contains(q) && !words.contains(q))) continue;
                int sc = 0;
                for (String w : title) if (words.contains(normalizeTitleWord(w))) sc++;
                score = Math.max(score, sc);
            }
            if (score < 0) continue;
            if (score > bestScore) {
                best = office;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && !office.equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * A person's counterpart in a state ("Lavrov met his Chinese counterpart"): the holder, on the
     * day, of the state's office of the same kind as one the person held then (foreign minister and
     * secretary of state are one kind; so are prime minister, premier and chancellor). Null when the
     * day is unknown, the kind is not unique or nobody is known to hold the office then.
     */
    public Node counterpart(Node person, Node state, LocalDate day) {
        if (day == null) return null;
        Set<String> kinds = new HashSet<>();
        for (Node office : officesOf.getOrDefault(person, Set.of())) {
            boolean held = false;
            for (Tenure t : tenures(office)) held |= t.person().equals(person) && holds(t, day);
            String kind = officeKind(office);
            if (held && kind != null && !state.equals(officeOf.get(office))) kinds.add(kind);
        }
        if (kinds.size() != 1) return null;
        String kind = kinds.iterator().next();
        Node found = null;
        for (Map.Entry<Node, Node> e : officeOf.entrySet()) {
            if (!e.getValue().equals(state) || !kind.equals(officeKind(e.getKey()))) continue;
            Node h = holderOn(e.getKey(), day);
            if (h == null) continue;
            if (found != null && !found.equals(h)) return null;
            found = h;
        }
        return found;
    }

    /** The kind of an office for counterparts, from its names: head of state, head of government, foreign or defence minister. */
    private String officeKind(Node office) {
        String kind = null;
        for (List<String> w : officeNames.getOrDefault(office, List.of())) {
            String k = w.contains("vice") || w.contains("deputy") ? null
                    : w.contains("defence") ? "defence"
                    : w.contains("foreign") || w.contains("secretary") && w.contains("state") ? "foreign"
                    : w.contains("prime") || w.contains("premier") || w.contains("chancellor") ? "government"
                    : w.contains("president") ? "state" : null;
            if (k == null) continue;
            if (kind != null && !kind.equals(k)) return null;
            kind = k;
        }
        return kind;
    }

    private static boolean holds(Tenure t, LocalDate day) {
        return t.start() != null && !t.start().isAfter(day) && (t.end() == null || !t.end().isBefore(day));
    }

    private static List<String> titleWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) out.add(normalizeTitleWord(w));
        return out;
    }

    private static String normalizeTitleWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "defense" -> "defence";
            case "undersecretary" -> "secretary";
            case "us", "u", "s", "american" -> "united";
            default -> l;
        };
    }

    /** True if the person held the office at some time. */
    public boolean held(Node person, Node office) {
        return officesOf.getOrDefault(person, Set.of()).contains(office);
    }

    public EntityIndex index() {
        return index;
    }

}
