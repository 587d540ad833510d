package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.entente.EntenteException;
import org.entente.convert.FactConverter;
import org.entente.extract.Analyzer.Sentence;
import org.entente.extract.Analyzer.Token;
import org.entente.extract.Gazetteer.Kind;
import org.entente.extract.Gazetteer.Mention;
import org.entente.facts.EntityIndex;
import org.entente.facts.Fact;
import org.entente.facts.Relations;
import org.entente.ingest.Article;
import org.entente.vocab.ENT;

/**
 * Proposes sourced facts from article text: entity mentions from the {@link Gazetteer}, relation
 * triggers from the {@link Pattern}s, arguments from the clause around the trigger, stance and
 * claimant from reported speech, negation and modality, dates normalized against the article
 * date, and a confidence score.
 *
 * <p>Contract: every candidate has the article id, the exact sentence as its quote (so its
 * offsets are the sentence's), the pattern id and a confidence; subject and object are entities
 * of the kinds the relation takes (checked like curated facts); claimed and denied candidates
 * name their claimant when the text does; conditional, interrogative and modal clauses give
 * hypothetical or normative candidates, never asserted ones.
 */
public final class Extractor {

    private static final Set<String> BOUNDARY = Set.of(";", ":", "—", "–", "(", ")", "while", "whereas", "although", "though", "but",
            "because", "unless", "however", "yet");
    private static final Set<String> SPEECH = Set.of("say", "claim", "charge", "accuse", "insist", "allege", "argue", "assert", "state",
            "tell", "announce", "report", "believe", "suggest", "warn", "deny", "reject", "dispute", "note", "acknowledge", "admit",
            "complain", "contend", "maintain", "declare", "stress", "add", "quote", "blame", "indicate", "assess", "think", "hope", "describe");
    /** Verbs that report someone's judgement of what follows "that" ("accepted that", "concluded that", "confirmed that"). */
    private static final Set<String> JUDGEMENT = Set.of("accept", "concede", "conclude", "confirm", "find", "recognise", "recognize", "agree",
            "determine", "judge", "establish", "estimate", "suspect");
    private static final Set<String> DENY = Set.of("deny", "reject", "dispute", "refute", "dismiss");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor", "nobody", "nothing");
    private static final Set<String> HYPOTHETICAL_MODAL = Set.of("could", "would", "might", "may", "can", "'d");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should", "must", "shall");
    private static final Set<String> NORMATIVE_MODAL = Set.of("should", "must", "ought", "need");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> INTENT = Set.of("want", "seek", "try", "aim", "plan", "hope", "intend", "threaten", "wish", "expect",
            "propose", "offer", "promise", "vow", "pledge", "urge", "encourage", "ask", "call", "need");
    private static final Set<String> IMPLICATIVE = Set.of("manage", "begin", "start", "continue", "proceed", "choose", "dare", "rush",
            "move", "see", "go", "resume", "use", "employ", "utilise", "utilize", "help", "get", "come", "keep", "tend", "decide", "agree", "join", "unite", "act", "decision",
            // sending forces to do something is having them do it: "sent their military to fight against the Ukrainians"
            "send", "deploy", "dispatch",
            // causatives report what the causee did: "prompting Beijing to impose sanctions", "forced Russia to withdraw"
            "prompt", "force", "compel", "spur", "drive", "push", "provoke", "trigger",
            // and so does persuading, when it is told as done: "helped persuade NATO to station battlegroups in the Baltics"
            "persuade", "convince");
    /** Permissives report what was let happen, in the past only: "allowed Russian troops to invade" (not "agreed to allow Sweden to join"). */
    private static final Set<String> PERMISSIVE = Set.of("allow", "permit", "enable");
    private static final Set<String> FAIL = Set.of("fail", "refuse", "decline", "neglect", "cease", "stop", "refusal", "failure");
    private static final Set<String> TRUCES = Set.of("hostilities", "ceasefire", "cease-fire", "truce", "armistice");
    /** Nouns of a decision or an attempt whose possessor is the agent of the infinitive after them ("Russia's decision to invade"). */
    private static final Set<String> INTENTION_NOUNS = Set.of("decision", "plan", "plans", "bid", "attempt", "attempts", "move", "refusal",
            "failure", "threat", "threats", "pledge", "promise", "readiness", "willingness", "determination", "effort", "efforts", "intention");
    private static final String MODIFIER_PARTICIPLES = "led|backed|sponsored|supported|brokered|controlled|held|run|allied|aligned|funded|armed|made|built";

    /** Common nouns in apposition before a place's name: "the capital Khartoum", "the port city of Odesa". */
    private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "port", "region", "province", "village", "enclave",
            "peninsula", "island", "islands", "district", "oblast", "strip");
    private static final Set<String> ROUTE = Set.of("via", "through", "from", "to", "toward", "towards");
    private static final Set<String> LOCATIVE = Set.of("in", "over", "near", "at", "across", "inside", "into");
    private static final Set<String> PRONOUN_PERSON = Set.of("he", "she", "him", "her", "his");
    /** "the Malian army", "Russian troops": a demonym before these nouns names the state's forces, so the state. */
    private static final Set<String> FORCE_NOUNS = Set.of("army", "force", "forces", "troops", "military", "navy", "soldiers", "government", "junta",
            "regime", "administration",
            "authorities", "officials", "diplomats", "leaders", "leadership", "ministry", "parliament", "cabinet");
    /** What moves into another's land when a state invades: "Russian tanks crossed into Estonia". */
    private static final Set<String> INVADING_FORCES = Set.of("army", "armies", "forces", "troops", "soldiers", "tanks", "armour", "armor",
            "units", "columns", "battalions", "brigades", "divisions", "paratroopers", "marines", "commandos", "infantry", "military");
    private static final Set<String> DIPLOMATS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
            "delegation", "delegations");
    /** A state's representatives: "expelled the French ambassador" is directed at France. */
    private static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "embassy", "diplomat", "diplomats",
            "consul", "charge", "chargé", "delegation", "delegations", "negotiator", "negotiators", "officials", "leaders", "counterparts",
            "representatives", "ministers", "mediators");
    private static final Set<String> TERRITORIAL = Set.of("annexes", "occupies", "sanctions", "memberOf", "partyTo", "withdrawsFrom",
            "violatesAirspaceOf", "attacks", "fightsAgainst", "supports", "armsOrFunds",
            // ("North Korean troops are fighting alongside Russian forces": a state's forces cooperate for it)
            "cooperatesWith", "allyOf");
    private static final Set<String> PARTITIVE = Set.of("part", "parts", "much", "most", "swathes", "swaths", "areas", "area", "region",
            "regions", "territory", "half", "bulk", "rest", "portions", "portion", "chunks", "all",
            "slice", "slices", "sliver", "chunk", "strip", "swath", "pocket", "pockets",
            // "hit by a wave of Russian drones": a volley of what strikes
            "wave", "waves", "barrage", "barrages", "swarm", "salvo", "salvoes", "volley", "hail",
            // "harbouring militants of the PKK", "struck positions of the Syrian army": members and holdings stand for the whole
            "militants", "fighters", "members", "leaders", "commanders", "positions", "units", "bases", "commander", "leader", "fighter",
            "position", "unit", "base");
    private static final Set<String> BOTH = Set.of("both", "either", "neither");
    private static final Set<String> COMPANION = Set.of("alongside", "beside", "besides", "together");
    /** Verbs of accusation: "X accuses Y of arming Z" is X's claim that Y arms Z. */
    private static final Set<String> ACCUSE = Set.of("accuse", "charge", "blame", "suspect", "condemn", "criticize", "criticise");
    private static final Set<String> PRONOUN_PLURAL = Set.of("they", "them", "their");
    /** Verbs of blame that presuppose what they blame someone for ("criticized X for arming …"). */
    private static final Set<String> FACTIVE_BLAME = Set.of("criticize", "criticise", "condemn", "praise", "thank", "commend", "punish", "sanction");
    private static final Set<String> STATE_LEVEL = Set.of("sanctions", "annexes", "occupies", "memberOf", "partyTo", "withdrawsFrom",
            "violatesAirspaceOf", "attacks", "supports", "armsOrFunds", "fightsAgainst", "violates");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "that");
    private static final int WINDOW = 12;
    /** Relations whose object a demonym may name through what it qualifies ("attacked Russian positions" → Russia). */
    private static final Set<String> NON_STATE_GROUPS = Set.of("separatists", "separatist", "rebels", "rebel", "insurgents", "militants",
            "militias", "militia", "opposition", "dissidents", "exiles", "jihadists", "extremists", "nationalists", "minority", "diaspora",
            "guerrillas", "fighters", "mercenaries", "volunteers", "activists", "protesters", "protestors",
            // (and a people's civilians: "opened fire on Palestinian aid-seekers" is no attack on a state)
            "civilians", "demonstrators", "migrants", "refugees", "aid-seekers", "seekers", "crowds", "villagers", "fishermen", "worshippers", "pilgrims",
            "residents", "farmers", "shepherds", "journalists", "workers", "students", "tourists");
    private static final Set<String> TARGETED = Set.of("attacks", "fightsAgainst", "sanctions", "opposes", "violatesAirspaceOf");

    private final Gazetteer gaz;
    private final EntityIndex index;
    private final FactConverter checker;
    private final List<Pattern> patterns;

    /**
     * @param checker validates candidates exactly as curated facts are validated (entity kinds,
     *                dates, quotes); candidates it refuses are dropped
     */
    public Extractor(Gazetteer gaz, FactConverter checker, List<Pattern> patterns) {
        this(gaz, checker, patterns, new Lexicons(patterns));
    }

    /** As {@link #Extractor(Gazetteer, FactConverter, List)}, with the lexicons of these patterns already built. */
    Extractor(Gazetteer gaz, FactConverter checker, List<Pattern> patterns, Lexicons lexicons) {
        this.gaz = gaz;
        this.index = gaz.index();
        this.checker = checker;
        this.patterns = patterns;
        this.unnamedSources = optional("Unnamed_sources");
        Node unlisted = optional("Unlisted_speakers");
        this.unlistedSpeakers = unlisted != null ? unlisted : unnamedSources;
        this.lexicon = lexicons.lexicon;
        this.triggersByWord = lexicons.triggersByWord;
        this.nounReadings = lexicons.nounReadings;
    }

    /**
     * What a list of patterns makes of its words, built once and shared read-only by the extractors of every article (an
     * extractor is made per article, and building these had taken a few per cent of the time).
     */
    static final class Lexicons {
        private final Set<String> lexicon = new java.util.HashSet<>();
        private final Map<String, List<String[]>> triggersByWord = new HashMap<>();
        private final Map<String, Set<String>> nounReadings = new HashMap<>();

        Lexicons(List<Pattern> patterns) {
            for (Set<String> words : List.of(SPEECH, DENY, INTENT, IMPLICATIVE, FAIL, ACCUSE, LIGHT_VERBS, CONTROL, PREVENT, ENDING, SENDING, PROMISE,
                    ADDRESSING, ABSTAIN, SPEECH_WEAK, SAY, AGREEMENT_VERBS, EXPLETIVE_VERBS)) lexicon.addAll(words);
            for (Pattern p : patterns) {
                for (String[] trig : p.triggers()) {
                    for (String form : forms(trig[0])) triggersByWord.computeIfAbsent(form, k -> new ArrayList<>()).add(trig);
                    lexicon.add(trig[0]);
                    if (p.form().equals("noun") && trig.length == 1 && ACTIVITIES.contains(p.relation())) {
                        for (String prep : p.preps()) nounReadings.computeIfAbsent(trig[0], k -> new java.util.HashSet<>()).add(p.relation() + " " + prep);
                    }
                }
            }
        }
    }

    /** The capitalized names of the article last extracted that matched no entity of the graph, in text order, for review. */
    private final List<UnknownNames.Name> namesForReview = new ArrayList<>();

    /** The capitalized names of the article last extracted that matched no entity of the graph, in text order. */
    List<UnknownNames.Name> namesForReview() {
        return namesForReview;
    }

    /** Relations that are activities, named by nouns ("talks", "a meeting") that a verb may suspend, resume or hold. */
    private static final Set<String> ACTIVITIES = Set.of("negotiatesWith", "meetsWith");

    /** Every word the lexicons (patterns and word lists) name, for {@link #repairLemmas}. */
    private final Set<String> lexicon;

    /**
     * The statistical lemmatizer garbles some inflected verbs ("blamed" → "blam", "resumed" → "resum") and leaves others
     * as they are ("condemned"): where a token's lemma is no word of the lexicons but a regular stem of it is, that stem is
     * its lemma. Only lexicon words are put in, so nothing else changes.
     */
    private Sentence repairLemmas(Sentence s) {
        if (!s.tagged()) return s;
        List<Token> out = null;
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            String w = t.lower();
            if (lexicon.contains(t.lemma())) continue;
            // ("accuse/VERB" lemmatized "accu": a lexicon word as it stands is its own lemma)
            if (lexicon.contains(w) && t.tag().equals("VERB") && !w.endsWith("s")) {
                if (out == null) out = new ArrayList<>(s.tokens());
                out.set(i, new Token(t.text(), w, t.tag(), t.begin(), t.end()));
                continue;
            }
            // ("hosts/ADV" left as "hosts": a third-person form the lemmatizer did not know)
            if (w.endsWith("s") && !w.endsWith("ss") && t.lemma().equals(w) && w.length() > 4 && lexicon.contains(w.substring(0, w.length() - 1))) {
                if (out == null) out = new ArrayList<>(s.tokens());
                out.set(i, new Token(t.text(), w.substring(0, w.length() - 1), t.tag(), t.begin(), t.end()));
                continue;
            }
            if (!(w.endsWith("ed") || w.endsWith("es") || w.endsWith("ing"))) continue;
            String stem = null;
            for (String c : stems(w)) {
                if (lexicon.contains(c)) {
                    stem = c;
                    break;
                }
            }
            if (stem == null) continue;
            if (out == null) out = new ArrayList<>(s.tokens());
            out.set(i, new Token(t.text(), stem, t.tag(), t.begin(), t.end()));
        }
        return out == null ? s : new Sentence(s.index(), s.begin(), s.end(), s.text(), out, true);
    }

    /** The regular stems an inflected word may have: "blamed" → blame, blam, blamm…; "seizes" → seize, seiz. */
    private static List<String> stems(String w) {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("ed", "es", "ing")) {
            if (!w.endsWith(suffix) || w.length() <= suffix.length() + 2) continue;
            String base = w.substring(0, w.length() - suffix.length());
            out.add(base + "e");
            out.add(base);
            if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) out.add(base.substring(0, base.length() - 1));
            if (base.endsWith("i")) out.add(base.substring(0, base.length() - 1) + "y");
        }
        return out;
    }

    /** One-word activity nouns, each with the relations and prepositions it takes ("talks" → "negotiatesWith with"). */
    private final Map<String, Set<String>> nounReadings;

    /**
     * Whether the short object between a verb and its preposition at {@code k} is an activity noun of another relation
     * that takes that preposition: "suspended talks with Washington" is about the talks, not a break with Washington
     * (while "cut ties with" is one).
     */
    private boolean eventNounBefore(List<Token> ts, int t1, int k, String relation) {
        String entry = " " + ts.get(k).lower();
        for (int j = t1; j < k; j++) {
            for (String r : nounReadings.getOrDefault(ts.get(j).lower(), Set.of())) {
                if (r.endsWith(entry) && !r.startsWith(relation + " ")) return true;
            }
        }
        return false;
    }

    /** The claimant of claims by sources the text does not name (reference entity Unnamed_sources), or null. */
    private final Node unnamedSources;
    /** The claimant of what someone the text names but the graph does not list says ("Hossein Salami said"). */
    private final Node unlistedSpeakers;

    /** Trigger phrases by every form their first word may take (the word, its inflections). */
    private final Map<String, List<String[]>> triggersByWord;

    /** The forms {@link #inflectionOf} accepts for a lemma, and the lemma itself. */
    private static Set<String> forms(String lemma) {
        Set<String> out = new java.util.HashSet<>(List.of(lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing", lemma + "es"));
        if (lemma.endsWith("e")) out.add(lemma.substring(0, lemma.length() - 1) + "ing");
        if (lemma.endsWith("y")) {
            out.add(lemma.substring(0, lemma.length() - 1) + "ied");
            out.add(lemma.substring(0, lemma.length() - 1) + "ies");
        }
        String[] irregular = IRREGULAR.get(lemma);
        if (irregular != null) out.addAll(List.of(irregular));
        if (doublesFinal(lemma)) {
            char c = lemma.charAt(lemma.length() - 1);
            out.add(lemma + c + "ed");
            out.add(lemma + c + "ing");
        }
        return out;
    }

    private static final Set<String> CRITICISM = Set.of("criticism", "condemnation", "protest", "protests", "rebuke", "rebukes", "ire", "anger",
            "outrage", "backlash", "censure", "complaint", "complaints", "objection", "objections", "reprimand", "fury", "condemnations");

    /**
     * "Washington and Moscow accused each other of violating the treaty": each accuser claims the other did it. The
     * candidates of both directions, or null when the trigger is not the gerund of such a mutual accusation.
     */
    private List<Candidate> eachOther(Pattern p, Sentence s, List<Mention> ms, int t0, int t1, Discourse d, Article a, double conf) {
        List<Token> ts = s.tokens();
        if (t0 < 4 || !ts.get(t0).lower().endsWith("ing") || !Rx.matches(ts.get(t0 - 1).lower(), "of|for")) return null;
        if (!(ts.get(t0 - 3).is("each") && ts.get(t0 - 2).is("other") || ts.get(t0 - 3).is("one") && ts.get(t0 - 2).is("another"))) return null;
        int v = t0 - 4;
        if (!ACCUSE.contains(ts.get(v).lemma())) return null;
        Mention first = left(ms, ts, v);
        List<Mention> sides = first == null ? List.of() : coordinatedLeft(ms, ts, first);
        List<Mention> objects = rightMentions(ms, ts, t1, p.preps(), 6);
        if (sides.size() != 2) return List.of();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Mention accuser = sides.get(i), accused = sides.get(1 - i);
            // (what the other is accused of doing to someone else, or to the accuser: "accused each other of attacking")
            boolean objectless = t1 >= ts.size() || !Rx.matches(ts.get(t1).tag(), "DET|NOUN|PROPN|ADJ|NUM|PRON");
            List<Mention> targets = !objects.isEmpty() ? objects : objectless ? List.of(accuser) : List.of();
            out.addAll(claimedBy(candidates(p, s, ms, t0, d, a, List.of(accused), targets, conf - 0.05), accuser));
        }
        return out;
    }

    /** The candidates said or asserted, as claims of {@code claimant} (an accuser, one who blames); the others dropped. */
    private List<Candidate> claimedBy(List<Candidate> cs, Mention claimant) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            Fact f = c.fact();
            if (!f.stance().equals("claimed") && !f.stance().equals("asserted")) continue;
            out.add(new Candidate(new Fact(f.file(), f.line(), f.article(), f.subject(), f.relation(), f.object(), f.start(), f.end(), f.place(),
                    f.type(), "claimed", label(actorOf(claimant)), f.quote(), f.confidence(), f.rule()), c.sentence()));
        }
        return out;
    }

    /**
     * An attack someone is blamed for: "Pompeo blamed Iran for drone attacks on Saudi oil facilities", "drone strikes on
     * Port Sudan that it blamed on the RSF", "the militia that Washington blames for attacks on US troops". The one blamed is
     * the attacker and the one blaming claims it. The candidates, or
     * null when the attack noun at {@code t0} is not what someone is blamed for; none when no target is named.
     */
    private List<Candidate> blamed(Pattern p, Sentence s, List<Mention> ms, int t0, int t1, Discourse d, Article a, double conf) {
        List<Token> ts = s.tokens();
        if (!p.relation().equals("attacks") || ts.stream().noneMatch(t -> BLAME_FORMS.contains(t.lower()))) return null;
        Mention culprit = null, blamer = null;
        int blame = -1;
        List<Mention> targets = rightMentions(ms, ts, t1, p.preps(), 3);
        // (before the noun: "blamed Iran for the September 2019 missile and drone strike", "that Washington blames for a drone attack")
        int k = t0 - 1;
        while (k > 0 && t0 - k <= 8 && (!Rx.matches(ts.get(k).tag(), "ADP|VERB|AUX|PUNCT|SCONJ|PART") || ts.get(k).is("-"))) k--;
        if (k > 1 && ts.get(k).is("for")) {
            int v = k - 1;
            Mention m = endingAt(ms, k);
            if (m == null) m = stateForcesEndingNear(ms, ts, k);
            if (m != null) {
                v = m.from() - 1;
                while (v > 0 && ts.get(v).tag().equals("DET")) v--;
                if (isBlame(ts, v)) {
                    culprit = m;
                    blamer = left(ms, ts, v);
                    blame = v;
                }
            } else if (isBlame(ts, v)) {
                // ("Kataib Hezbollah, the militia that Washington blames for …": the antecedent of the relative clause)
                blamer = endingAt(ms, v);
                blame = v;
                int r = blamer == null ? -1 : blamer.from() - 1;
                if (r > 0 && Rx.matches(ts.get(r).lower(), "that|which|whom")) {
                    culprit = endingAt(ms, r);
                    int c = r - 1;
                    while (culprit == null && c > 0 && r - c <= 5 && Rx.matches(ts.get(c).tag(), "NOUN|ADJ|DET|PROPN|VERB") && !covered(ms, c)) c--;
                    if (culprit == null && c > 0 && c < r - 1 && ts.get(c).text().equals(",")) culprit = endingAt(ms, c);
                }
                if (culprit == null) return List.of();
            }
        }
        if (culprit == null) {
            // (after the noun and its target: "that Tehran blamed on Israel", "which Moscow blamed on Ukraine", "an attack Baghdad
            // blamed on Turkish forces", "that it blamed on the RSF")
            int from = targets.isEmpty() ? t1 : targets.get(targets.size() - 1).to();
            for (int j = from; j + 2 < ts.size() && j - t1 <= 14; j++) {
                Token t = ts.get(j);
                if (Rx.matches(t.text(), "[;:.]") || speechVerb(t) && !isBlame(ts, j)) break;
                if (!isBlame(ts, j) || !ts.get(j + 1).is("on")) continue;
                int b = j - 1;
                while (b > from && Rx.matches(ts.get(b).tag(), "AUX|ADV")) b--;
                Mention m = endingAt(ms, b + 1);
                int r;
                if (m != null) {
                    r = m.from() - 1;
                } else if (Rx.matches(ts.get(b).lower(), "it|they")) {
                    // (a pronoun blaming: the sentence's subject, "Sudan's government cut ties …, after strikes that it blamed on …")
                    List<Mention> main = sentenceSubjects(ms, ts, b);
                    if (main.size() != 1) break;
                    m = main.get(0);
                    r = b - 1;
                } else {
                    break;
                }
                if (r + 1 < from) break;
                // (the blaming clause right after the noun phrase, a relative pronoun or none before it)
                if (r >= from && !Rx.matches(ts.get(r).lower(), "that|which|,")) break;
                int c = j + 2;
                while (c < ts.size() && ts.get(c).tag().equals("DET")) c++;
                Mention on = startingAtOrNull(ms, c);
                if (on == null) for (Mention x : ms) if (x.kind() == Kind.DEMONYM && x.from() >= c && x.from() - c <= 1 && standsForState(ts, x.to())) on = x;
                // ("blamed on Iran-backed militias": the backer in a hyphenated modifier is not the one blamed)
                if (on != null && on.to() + 1 < ts.size() && ts.get(on.to()).is("-") && hyphenParticiple(ts, on.to() + 1)) on = null;
                if (on == null) break;
                blamer = m;
                culprit = on;
                blame = j;
                break;
            }
            if (culprit == null) return null;
        }
        if (culprit == null || blamer == null) return List.of();
        // (no blame laid: "Poland declined to blame Ukraine for …", "stopped short of blaming", "did not blame")
        for (int j = Math.max(0, blame - 4); j < blame; j++) {
            if (Rx.matches(ts.get(j).lower(), "not|n't|never|no|declined|declines|decline|refused|refuses|refuse|short|reluctant|unwilling|without")) return List.of();
        }
        if (blamer.text().equals("it*") || collective(blamer) || index.isA(blamer.entity(), ENT.Person)) {
            final Node who = actorOf(culprit);
            targets = targets.stream().filter(m -> !actorOf(m).equals(who)).toList();
            if (targets.isEmpty()) return List.of();
            return claimedBy(candidates(p, s, ms, t0, d, a, List.of(culprit), targets, conf - 0.1), blamer);
        }
        return List.of();
    }

    /** Whether the token is a verb of saying tagged as a verb. */
    private static boolean speechVerb(Token t) {
        return SPEECH.contains(t.lemma()) && t.tag().equals("VERB");
    }

    /** The forms of the verb "blame" ("blames" the tagger may take for a noun). */
    private static final Set<String> BLAME_FORMS = Set.of("blame", "blames", "blamed", "blaming");

    /** Whether token {@code k} is the verb "blame" (any form). */
    private static boolean isBlame(List<Token> ts, int k) {
        return k >= 0 && k < ts.size() && BLAME_FORMS.contains(ts.get(k).lower());
    }

    private static final Set<String> SOURED = Set.of("dismal", "poor", "strained", "tense", "frosty", "hostile", "bad", "troubled", "icy", "fraught",
            "rocky", "sour", "soured", "difficult", "uneasy", "cool", "chilly");

    /** Whether an adjective of a bad relationship qualifies the noun at {@code t0} ("strained ties"). */
    private static boolean soured(List<Token> ts, int t0) {
        for (int k = t0 - 1; k >= 0 && t0 - k <= 3 && Rx.matches(ts.get(k).tag(), "ADJ|ADV|VERB"); k--) if (SOURED.contains(ts.get(k).lower())) return true;
        return false;
    }

    private static final Set<String> WARM = Set.of("close", "closer", "good", "warm", "warmer", "friendly", "strong", "stronger", "cordial",
            "excellent", "special", "deep", "deeper", "strategic", "solid", "friendlier");
    private static final Set<String> BUILDING = Set.of("restore", "establish", "normalize", "normalise", "upgrade", "deepen", "strengthen",
            "cultivate", "forge", "build", "develop", "nurture", "foster", "improve", "mend", "boost", "expand", "enjoy", "resume", "renew");

    /** Whether relations at {@code t0} are called good ("close relations") or are being built ("normalised relations with"). */
    private static boolean warmed(List<Token> ts, int t0) {
        for (int k = t0 - 1; k >= 0 && t0 - k <= 4; k--) {
            Token t = ts.get(k);
            if (WARM.contains(t.lower()) || BUILDING.contains(t.lemma())) return true;
            if (!Rx.matches(t.tag(), "ADJ|ADV|DET|PRON|NOUN")) return false;
        }
        return false;
    }

    /** A pattern's trigger matched at tokens [from, to). */
    private record Match(Pattern p, int from, int to) {}

    /** A candidate: the proposed fact and the sentence it comes from. */
    public record Candidate(Fact fact, int sentence) {}

    /** A claimed fact: its sides as nodes, its relation and support type, and the sentence that claims it. */
    private record Claim(Node subject, String relation, Node object, String type, Node claimant, int sentence) {}

    /** An act named by {@code noun} (or "(act)" for one reported by a relation), done by {@code actors}, in sentence {@code sentence}. */
    private record Act(String noun, List<Node> actors, int sentence) {}

    /** What the extractor knows of an article while reading it. */
    private static final class Discourse {
        /** The sentence each person was last named in. */
        final Map<Node, Integer> personSeen = new HashMap<>();
        /** The latest year the sentences before named, until one spoke of the present (the time a narrative tells of). */
        Integer previousYear;
        Node lastPerson;
        int lastPersonSentence = -10;
        final Map<Node, Node> officeHolder = new HashMap<>();
        final Map<String, Fact> recent = new HashMap<>();
        Node lastAirspaceOwner;
        /** Who carried out the attack the text last reported, and in which sentence ("… condemned the attack"). */
        Node lastAttacker;
        /** Acts named by a noun and who did them, sentence by sentence ("launched large-scale exercises" → the drills' doer). */
        final List<Act> acts = new ArrayList<>();
        /** Claims made so far (facts with stance claimed), for a later "X rejected the charge". */
        final List<Claim> claims = new ArrayList<>();
        int lastAttackSentence = -10;
        /** Who the article has said backs whom (supports, arms, allies with): a backer's strikes in its client's land are not on it. */
        final Set<List<Node>> backing = new HashSet<>();
        /**
         * Attacks inferred from a place (a city's or a located target's state), with their attacker and state: dropped at the
         * end if the article says anywhere that the attacker backs that state ("Russian jets pounded Aleppo" in an article
         * that says later that Moscow backs Assad).
         */
        final Map<Candidate, List<Node>> inferredAttacks = new java.util.IdentityHashMap<>();
        /** The article's date, or its dateline's when it has none: what relative dates count from. */
        LocalDate articleDate;
        /** Whose words the rest of the article transcribes ("Putin's complete oration to the US journalists:"), and to whom. */
        Node transcriptSpeaker, transcriptAddressee;
        /** The last speaker of quoted words, the sentence, and whether a quotation is still open. */
        Node speaker;
        int speakerSentence = -10;
        boolean quoteOpen;
        /** The last group of actors named ("the US and Russia", "the Russians") and its sentence, for "they". */
        List<Node> lastGroup = List.of();
        int lastGroupSentence = -10;
        /** Surnames of the persons the article has named in full ("Shoigu" after "Sergei Shoigu"). */
        final Map<String, Node> surnames = new HashMap<>();
        /** "Russian President Vladimir Putin" in the current sentence: title mention, person mention. */
        final List<Mention[]> titles = new ArrayList<>();
        /** The sentence being read, and the organizations or states whose offices titled someone in it, with where: in view. */
        int sentence = -1;
        final Map<Node, Integer> titleOwners = new HashMap<>();
        /** For each class a definite description can stand for, the actors of that class in the last sentence that named one, and that sentence. */
        final Map<Node, Set<Node>> lastOfClass = new HashMap<>();
        final Map<Node, Integer> lastOfClassSentence = new HashMap<>();
        /** For each such class, every actor of it the article has named so far. */
        final Map<Node, Set<Node>> seenOfClass = new HashMap<>();
        /** Whether a name the graph does not know came after the last person named (so "he" may be that one). */
        boolean strangerSincePerson;
        /** The actor (not a person) that was the last sentence's subject, and that sentence: what a sentence-initial "it" stands for. */
        Node lastSubject;
        int lastSubjectSentence = -10;
    }

    /**
     * Definite descriptions that stand for an actor named before: "Hamas denied it, the group said",
     * "the alliance", "the bloc", "the country". Resolved only when one actor of the class is in
     * view (earlier in the sentence, else in the last of the two previous sentences that named one,
     * else in the whole article so far).
     */
    private static final Map<String, Node> DEFINITE = Map.ofEntries(Map.entry("group", ENT.term("ArmedGroup")), Map.entry("militia", ENT.term("ArmedGroup")),
            Map.entry("militants", ENT.term("ArmedGroup")), Map.entry("rebels", ENT.term("ArmedGroup")), Map.entry("separatists", ENT.term("ArmedGroup")),
            Map.entry("insurgents", ENT.term("ArmedGroup")), Map.entry("jihadists", ENT.term("ArmedGroup")), Map.entry("movement", ENT.term("ArmedGroup")), Map.entry("alliance", ENT.term("Alliance")),
            Map.entry("bloc", ENT.term("IntergovernmentalOrganization")), Map.entry("organisation", ENT.term("Organization")),
            Map.entry("organization", ENT.term("Organization")), Map.entry("country", ENT.State), Map.entry("kingdom", ENT.State),
            Map.entry("republic", ENT.State), Map.entry("ministry", ENT.term("GovernmentAgency")), Map.entry("agency", ENT.term("GovernmentAgency")),
            Map.entry("coalition", ENT.term("Coalition")), Map.entry("treaty", ENT.LegalInstrument), Map.entry("agreement", ENT.LegalInstrument),
            Map.entry("deal", ENT.LegalInstrument), Map.entry("accord", ENT.LegalInstrument), Map.entry("accords", ENT.LegalInstrument),
            Map.entry("pact", ENT.LegalInstrument), Map.entry("convention", ENT.LegalInstrument), Map.entry("ceasefire", ENT.LegalInstrument),
            Map.entry("truce", ENT.LegalInstrument), Map.entry("memorandum", ENT.LegalInstrument), Map.entry("protocol", ENT.LegalInstrument),
            Map.entry("agreements", ENT.LegalInstrument),
            // ("the court" after the International Criminal Court, "the council", "the union": a body named so, see Gazetteer.isFormWord)
            Map.entry("court", ENT.term("IntergovernmentalOrganization")), Map.entry("tribunal", ENT.term("IntergovernmentalOrganization")),
            Map.entry("council", ENT.term("IntergovernmentalOrganization")), Map.entry("union", ENT.term("IntergovernmentalOrganization")),
            Map.entry("commission", ENT.term("IntergovernmentalOrganization")),
            // ("Mali expelled French troops. The junta turned to Russia": the one state in view, ruled by the junta or regime)
            Map.entry("junta", ENT.State), Map.entry("regime", ENT.State),
            // ("the Gulf state", "the island nation", "the Central Asian state": a state described by its region)
            Map.entry("state", ENT.State), Map.entry("nation", ENT.State));

    /** Names of regions that describe a state: "the Gulf state", "the Baltic nation", "the Central Asian republic". */
    private static final Set<String> REGION_WORDS = Set.of("gulf", "baltic", "balkan", "nordic", "caucasus", "caucasian", "central", "asian",
            "african", "european", "caribbean", "pacific", "arab", "latin", "andean", "himalayan", "island", "sahel", "sahelian", "horn",
            "mediterranean", "scandinavian", "south", "north", "east", "west", "southeast");

    /** Extracts the candidates of one article. */
    public List<Candidate> extract(Article a) {
        namesForReview.clear();
        List<Sentence> sentences = Analyzer.analyze(a.text(), this::worthTagging).stream().map(this::repairLemmas).toList();
        Discourse d = new Discourse();
        LocalDate articleDate = a.date() != null ? a.date() : DateFinder.dateline(a.text());
        d.articleDate = articleDate;
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (Sentence raw : sentences) {
            d.sentence = raw.index();
            d.titleOwners.clear();
            List<Mention> ms = mentions(raw, d, articleDate);
            namesForReview.addAll(UnknownNames.in(raw, ms, a.text()));
            if (!raw.tagged()) continue;
            Sentence s = namesAsNames(raw, ms);
            Mention owner = airspaceOwnerBefore(ms, s.tokens(), s.tokens().size());
            // The triggers each token may start (by its text or lemma), so only those are tried.
            List<Set<String[]>> starts = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                Set<String[]> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                set.addAll(triggersByWord.getOrDefault(t.lower(), List.of()));
                set.addAll(triggersByWord.getOrDefault(t.lemma(), List.of()));
                starts.add(set);
            }
            // Every trigger match first, so a longer one of another relation can win over one inside it: "a mutual
            // defence pact" is an alliance, not just some pact.
            List<Match> matches = new ArrayList<>();
            for (Pattern p : patterns) {
                if (p.form().equals("title")) {
                    for (Mention[] t : d.titles) keep(out, titleCandidate(p, s, t, a), s);
                    continue;
                }
                for (int i = 0; i < s.tokens().size(); i++) {
                    Set<String[]> here = starts.get(i);
                    if (here.isEmpty()) continue;
                    for (String[] trig : p.triggers()) {
                        if (!here.contains(trig)) continue;
                        int end = matchTrigger(s.tokens(), i, trig, p.form());
                        if (end >= 0) matches.add(new Match(p, i, quoteClosed(s.tokens(), i, end)));
                    }
                }
            }
            // (of the same relation too: "arms sales to Taiwan" are arms, not some sales; but only a longer trigger that says
            // something wins: "fought for months against Ukraine" is no support, so it is fighting)
            // (by identity: each match is asked for by the same object, and a record's hash would hash its whole pattern)
            Map<Match, List<Candidate>> applied = new java.util.IdentityHashMap<>();
            for (Match m : matches) {
                boolean inside = false;
                for (Match o : matches) {
                    // (and a verb phrase over the noun it holds: "cut its ties with Iran" is a measure, not ties)
                    boolean phraseOverNoun = o.p().form().equals("verb") && m.p().form().equals("noun");
                    if (o == m || !o.p().form().equals(m.p().form()) && !phraseOverNoun || o.from() > m.from() || o.to() < m.to()
                            || o.to() - o.from() <= m.to() - m.from()) continue;
                    if (!applied.computeIfAbsent(o, x -> apply(x.p(), s, ms, x.from(), x.to(), d, a)).isEmpty()) {
                        inside = true;
                        break;
                    }
                }
                if (!inside) for (Candidate c : applied.computeIfAbsent(m, x -> apply(x.p(), s, ms, x.from(), x.to(), d, a))) keep(out, c, s);
            }
            // Whose airspace the text last spoke of, for later sentences that leave it implicit.
            if (owner != null) d.lastAirspaceOwner = owner.entity();
            for (Candidate c : chargesRejected(s, ms, d, a)) keep(out, c, s);
            recordActs(s, ms, d);
        }
        List<Candidate> result = new ArrayList<>(out.values());
        result.removeIf(c -> {
            List<Node> sides = d.inferredAttacks.get(c);
            return sides != null && backs(d, sides.get(0), sides.get(1));
        });
        return result;
    }

    private static final Set<String> CUES = Set.of("not", "n't", "no", "never", "deny", "denies", "denied", "denying", "reject", "rejects",
            "rejected", "dismissed", "airspace", "air");

    /**
     * Whether a sentence can state a relation, judged from its raw tokens before tagging: two
     * mentions (names, pronouns, definite descriptions such as "the group", or capitalized words that
     * may be a surname named earlier), or one
     * with a title, a negation or denial, or airspace (a denial or an airspace violation may leave
     * one side implicit).
     */
    /** Whether "the" opens the description ending at {@code i} ("the deal", "the 2015 nuclear deal"), before tagging. */
    private static boolean theBefore(List<Token> ts, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (ts.get(k).is("the") || k == i - 1 && Rx.matches(ts.get(k).lower(), "that|this")) return true;
            if (!Rx.matches(ts.get(k).text(), "\\p{Ll}[\\p{Ll}-]*|(19|20)\\d\\d")) return false;
        }
        return false;
    }

    private boolean worthTagging(List<Token> ts) {
        List<Mention> ms = new ArrayList<>(gaz.mentions(ts));
        eventParts(ts, ms);
        boolean[] covered = new boolean[ts.size()];
        for (Mention m : ms) for (int i = m.from(); i < m.to(); i++) covered[i] = true;
        int n = ms.size();
        boolean cue = false;
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).lower();
            if (PRONOUN_PERSON.contains(w) || PRONOUN_PLURAL.contains(w) || FIRST_PLURAL.contains(w) || FIRST_SINGULAR.contains(w)
                    || SECOND.contains(w) || w.equals("it") || w.equals("its") || (DEFINITE.containsKey(w) || ATTACK_NOUNS.contains(w) || ACT_KEYS.containsKey(w) || GENERIC_ACTS.contains(w)) && theBefore(ts, i)) n++;
            else if (!covered[i] && i > 0 && Character.isUpperCase(ts.get(i).text().charAt(0))) n++;
            // ("they", "the two countries": a group, so a relation may hold within it)
            if (PRONOUN_PLURAL.contains(w)) n++;
            if (numberedGroup(ts, i) != null) n += 2;
            if (CUES.contains(w) || TITLE_HEADS.contains(w)) cue = true;
        }
        return n >= 2 || n == 1 && cue;
    }

    /**
     * The sentence with the words of names the tagger took for adjectives, nouns or verbs tagged as proper nouns ("Nikol
     * Pashinyan/ADJ met/NOUN"), so that the word after a name can be a verb. Demonyms stay adjectives.
     */
    private Sentence namesAsNames(Sentence s, List<Mention> ms) {
        List<Token> out = null;
        for (Mention m : ms) {
            if (m.kind() != Kind.NAME || m.to() - m.from() > 6 || m.text().endsWith("*") || m.text().startsWith("(")) continue;
            if (!index.isA(m.entity(), ENT.Actor)) continue;
            for (int i = m.from(); i < m.to() && i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (!Rx.matches(t.tag(), "ADJ|NOUN|VERB") || !Character.isUpperCase(t.text().charAt(0))) continue;
                if (out == null) out = new ArrayList<>(s.tokens());
                out.set(i, new Token(t.text(), t.lemma(), "PROPN", t.begin(), t.end()));
            }
        }
        return out == null ? s : new Sentence(s.index(), s.begin(), s.end(), s.text(), out, true);
    }

    private static final String PLACE_WORDS = "island|islands|province|region|fleet|army|navy|oblast|district|city|port|base|strait|sea|river|valley|"
            + "mountains?|desert|peninsula|bank|strip|heights|county|state|republic|corps|brigade|division|command|ministry|council|party|front|forces";

    private static final Set<String> SPORTS_WORDS = Set.of("match", "qualifier", "qualifiers", "tournament", "semi-final", "semifinal", "quarter-final",
            "final", "league", "championship", "olympics", "olympic", "football", "soccer", "cricket", "rugby", "basketball", "baseball", "goal",
            "goals", "scored", "stadium", "fans", "striker", "coach", "squad");

    /** A sports report: a score ("1-0") or two words of sport ("match", "qualifier", "fans", "stadium"). */
    private static boolean sportsReport(List<Token> ts) {
        int words = 0;
        for (int k = 0; k < ts.size(); k++) {
            String w = ts.get(k).lower();
            if (Rx.matches(w, "\\d{1,2}[-–]\\d{1,2}") || k + 2 < ts.size() && Rx.matches(w, "\\d{1,2}") && Rx.matches(ts.get(k + 1).text(), "[-–]")
                    && Rx.matches(ts.get(k + 2).lower(), "\\d{1,2}") && (k + 3 >= ts.size() || !ts.get(k + 3).is("-"))) return true;
            if (SPORTS_WORDS.contains(w)) words++;
        }
        return words >= 2;
    }

    /** Whether a capitalized proper noun at {@code k} starts no mention (the next one, {@code next}, starts later): a name the graph does not know. */
    private static boolean unknownNameAt(List<Token> ts, Mention next, int k) {
        return ts.get(k).tag().equals("PROPN") && Character.isUpperCase(ts.get(k).text().charAt(0)) && (next == null || next.from() > k);
    }

    /** Whether a mention covers token {@code k}. */
    private static boolean covered(List<Mention> ms, int k) {
        for (Mention m : ms) if (m.from() <= k && k < m.to()) return true;
        return false;
    }

    /** Keeps the most confident of the candidates that say the same thing in one sentence. */
    private static void keep(Map<String, Candidate> out, Candidate c, Sentence s) {
        if (c == null) return;
        String key = c.fact().subject() + "|" + c.fact().relation() + "|" + c.fact().object() + "|" + c.fact().stance() + "|"
                + c.fact().claimant() + "|" + s.index();
        Candidate prev = out.get(key);
        if (prev == null || prev.fact().confidence() < c.fact().confidence()) out.put(key, c);
    }

    /**
     * "Russian President Vladimir Putin", "then-Secretary of State Hillary Clinton": an office title
     * right before a person's name says the person holds (or held) the office. A presupposition, so
     * asserted whatever the clause around it does.
     */
    private Candidate titleCandidate(Pattern p, Sentence s, Mention[] t, Article a) {
        Node person = t[1].entity(), office = t[0].entity();
        // ("President-elect Joe Biden": the office is to come, not held)
        List<Token> tt = s.tokens();
        for (int k = t[0].from(); k < Math.min(tt.size(), t[1].from()); k++) if (Rx.matches(tt.get(k).lower(), "elect|designate|nominee")) return null;
        Fact f = new Fact("(extracted)", s.index() + 1, a.id(), label(person), p.relation(), label(office), null, null, null, p.type(),
                "asserted", null, s.text().strip(), round(p.confidence()), p.id());
        return checked(f, s, person, office, null);
    }

    /**
     * The candidate for a fact of sentence {@code s} whose entities are given by IRI, or null if the checker refuses it (an entity
     * of a kind the relation does not take).
     */
    private Candidate checked(Fact f, Sentence s, Node subject, Node object, Node claimant) {
        try {
            checker.resolve(withIds(f, subject, object, null, claimant));
        } catch (EntenteException e) {
            return null;
        }
        return new Candidate(f, s.index());
    }

    // --- mentions and coreference --------------------------------------------------------------

    /**
     * "its" for an actor that is not a person: the speaker when it follows a verb of saying ("Turkey
     * said its jets shot down …"), else the one such actor named before it in the sentence. With two
     * in view it is left unresolved ("Ukraine says Russia massed its troops"), unless what the other did was to the
     * speaker's territory, ports or ships ("Ukraine says Russia attacked its ports").
     */
    private void possessiveIts(Sentence s, List<Mention> named, List<Mention> out) {
        if (!s.tagged()) return;
        List<Token> ts = s.tokens();
        for (int i = 1; i < ts.size(); i++) {
            if (!ts.get(i).lower().equals("its")) continue;
            if (covered(named, i)) continue;
            int v = ts.get(i - 1).is("that") ? i - 2 : i - 1;
            Node antecedent = null;
            if (v >= 1 && (SPEECH.contains(ts.get(v).lemma()) || PROMISE.contains(ts.get(v).lemma()))) {
                for (Mention m : named) if (m.to() == v && collective(m)) antecedent = actorOf(m);
                // "Tehran denied …, insisting that its support …": a participle's speaker is the sentence's subject.
                if (antecedent == null && ts.get(v).lower().endsWith("ing")) {
                    List<Mention> main = sentenceSubjects(named, ts, v);
                    if (main.size() == 1 && collective(main.get(0))) antecedent = actorOf(main.get(0));
                }
            }
            // "Kinshasa accuses Rwanda of invading its territory", "Finland accused Russia of violating its airspace":
            // in what the accused did, "its" is the accuser's.
            if (antecedent == null && i + 1 < ts.size() && VICTIM_NOUNS.contains(nounAfter(ts, i + 1))) {
                int acc = accusationVerbBefore(ts, i);
                if (acc >= 0) {
                    Mention accuser = left(named, ts, acc);
                    if (accuser != null && collective(accuser)) antecedent = actorOf(accuser);
                }
            }
            // ("Armenia said Azerbaijani forces had shelled towns inside its internationally recognised territory", "Ukraine says Russia
            // attacked its ports": in what a speaker says another did to territory, ports or ships, "its" is the speaker's)
            if (antecedent == null && i + 1 < ts.size() && VICTIM_NOUNS.contains(nounAfter(ts, i + 1))) {
                int sv = i - 1;
                while (sv > 0 && i - sv <= 20 && !speechVerb(ts.get(sv)) && !Rx.matches(ts.get(sv).text(), "[;:]")) sv--;
                Mention speaker = sv > 0 && speechVerb(ts.get(sv)) ? left(named, ts, sv) : null;
                // (only the doer between: not "Britain said Russia struck Ukraine and its infrastructure", where "its" is Ukraine's)
                Set<Node> others = new java.util.HashSet<>();
                for (Mention m : named) if (speaker != null && m.from() > sv && m.to() <= i && collective(m) && !actorOf(m).equals(actorOf(speaker))) others.add(actorOf(m));
                if (others.size() == 1 && collective(speaker)) antecedent = actorOf(speaker);
            }
            if (antecedent == null) {
                // ("Turkey has backed Azerbaijan, its close ally": not the name the apposition describes)
                Mention described = ts.get(i - 1).text().equals(",") ? endingAt(named, i - 1) : null;
                Set<Node> before = new java.util.LinkedHashSet<>();
                for (Mention m : named) if (m.to() <= i && collective(m) && m != described) before.add(actorOf(m));
                if (before.size() == 1) antecedent = before.iterator().next();
            }
            if (antecedent != null) out.add(new Mention(i, i + 1, antecedent, Kind.NAME, "its*"));
        }
    }

    /** Whether {@code other} is the state itself or one who serves it or one of its agencies. */
    private boolean sameSide(Node state, Node other) {
        return state.equals(other) || state.equals(gaz.stateOf(other)) || state.equals(gaz.governmentOf(other));
    }

    /** The reference entity of this id, or null if the reference data lacks it. */
    private Node optional(String id) {
        try {
            return index.resolve(id);
        } catch (EntenteException e) {
            return null;
        }
    }

    /** Whether a phone call or a meeting is named right after {@code k}: "in a phone call", "at a meeting in St. Petersburg", "by phone". */
    private static final String CALL_WORDS = "call|phone|telephone|meeting|talks|summit|videoconference|video";

    private static boolean meetingAfter(List<Token> ts, int k) {
        for (int j = k; j + 1 < ts.size() && j - k <= 4; j++) {
            if (!Rx.matches(ts.get(j).lower(), "in|at|during|by|over|on")) continue;
            for (int n = j + 1; n < ts.size() && n - j <= 4; n++) {
                String w = ts.get(n).lower();
                if (Rx.matches(w, CALL_WORDS)) return true;
                if (!Rx.matches(ts.get(n).tag(), "DET|ADJ|NOUN|NUM")) break;
            }
        }
        return false;
    }

    private static final Set<String> PERSON_NOUNS = Set.of("minister", "ministers", "official", "officials", "envoy", "ambassador", "president",
            "leader", "leaders", "commander", "commanders", "general", "generals", "chief", "head", "officers", "son", "daughter", "family",
            "spokesman", "spokeswoman", "secretary", "governor", "oligarchs", "elite", "elites");

    /**
     * Whether a person of the owner follows the mention ("Rwanda's minister of state", "Russia's top generals"), and nothing is
     * coordinated with them ("sanctioned Russia's leaders and Russian banks" still sanctions Russia).
     */
    private static boolean ownersPerson(List<Token> ts, Mention m) {
        if (m.to() >= ts.size() || !ts.get(m.to()).possessive()) return false;
        for (int k = m.to() + 1; k < ts.size() && k - m.to() <= 4; k++) {
            if (PERSON_NOUNS.contains(ts.get(k).lower())) {
                for (int j = k + 1; j < ts.size() && j - k <= 3; j++) if (Rx.matches(ts.get(j).lower(), "and|or|as|well")) return false;
                return true;
            }
            if (!Rx.matches(ts.get(k).tag(), "ADJ|NOUN|PROPN") || ts.get(k).is("of")) return false;
        }
        return false;
    }

    /**
     * The colon of a headline that gives its speaker first ("Larijani in Beirut: …", "Zelensky: …"): a person's name (known or not),
     * at most with where they spoke, before a colon that comes before the trigger, in a line without a final full stop; or -1.
     */
    private int speakerColon(List<Token> ts, List<Mention> ms, int t0) {
        if (ts.isEmpty() || ts.get(ts.size() - 1).is(".")) return -1;
        int c = -1;
        for (int k = 1; k < t0 && k <= 6; k++) if (ts.get(k).is(":")) { c = k; break; }
        if (c < 0) return -1;
        boolean person = false, place = false;
        for (int k = 0; k < c; k++) {
            Token t = ts.get(k);
            Mention m = startingAtOrNull(ms, k);
            if (m != null && m.to() <= c) {
                if (index.isA(m.entity(), ENT.Person)) person = true;
                else if (!(place && index.isA(m.entity(), ENT.Place))) return -1;
                k = m.to() - 1;
                continue;
            }
            if (Rx.matches(t.lower(), "in|at|to|on")) place = true;
            else if (!(t.tag().equals("PROPN") && Character.isUpperCase(t.text().charAt(0)) && !place)) return -1;
            else person = true;
        }
        return person ? c : -1;
    }

    /** The "by" of a passive's agent in the clause right before {@code with} ("was carried out by X with …"), or -1. */
    private static int passiveAgentBefore(List<Token> ts, int with) {
        for (int k = with - 1; k > 1 && with - k <= 10; k--) {
            if (Rx.matches(ts.get(k).text(), "[,;:]") || RELATIVE.contains(ts.get(k).lower())) return -1;
            if (!ts.get(k).is("by")) continue;
            // (over a particle and a time adjunct: "carried out on October 8 by")
            for (int v = k - 1; v > 0 && k - v <= 5; v--) {
                Token t = ts.get(v);
                // (an irregular participle the lemmatizer leaves as it is: "shot down by")
                if (t.tag().equals("VERB")) return t.lower().endsWith("ed") || t.lower().endsWith("en") || !t.lemma().equals(t.lower())
                        || IRREGULAR_FORMS.contains(t.lower()) ? k : -1;
                if (!(Rx.matches(t.lower(), "out|off|up|on|in|at|down|back") || Rx.matches(t.tag(), "NUM|PROPN|ADV"))) return -1;
            }
            return -1;
        }
        return -1;
    }

    /** Whether the sentence opens with the call or meeting before the verb at {@code v}: "In a telephone call on Wednesday, X told Y …". */
    private static boolean meetingOpens(List<Token> ts, int v) {
        if (ts.isEmpty() || !Rx.matches(ts.get(0).lower(), "in|during|at|over")) return false;
        boolean call = false;
        for (int j = 1; j < v && j <= 10; j++) {
            if (ts.get(j).is(",")) return call;
            // (not a call with someone else, "In a phone call with Macron, Zelenskiy told Putin …", nor a press conference or interview)
            if (Rx.matches(ts.get(j).lower(), "with|press|conference|interview|speech|news|address|briefing")) return false;
            if (Rx.matches(ts.get(j).lower(), CALL_WORDS)) call = true;
        }
        return false;
    }

    /** Whether the mention ends right before the verb at {@code v} (over adverbs, or ", which"/", that"), and is no "OPEC+". */
    private static boolean organizationRightBefore(List<Token> ts, Mention m, int v) {
        int k = v - 1;
        while (k >= m.to() && ts.get(k).tag().equals("ADV")) k--;
        if (k >= m.to() + 1 && Rx.matches(ts.get(k).lower(), "which|that") && ts.get(k - 1).text().equals(",")) k -= 2;
        return k == m.to() - 1 && !(m.to() < ts.size() && ts.get(m.to()).text().startsWith("+")) && !ts.get(m.to() - 1).text().endsWith("+");
    }

    private static final Set<String> FRAMEWORK_RELATIONS = Set.of("withdrawsFrom", "memberOf", "partyTo");
    /** Nouns an organization's name may qualify: "the Council of Europe talks", "the NATO summit". */
    private static final Set<String> EVENT_HEADS = Set.of("talks", "summit", "meeting", "meetings", "negotiations", "mission", "process", "forum",
            "session", "conference", "framework", "format", "deal", "initiative", "programme", "program", "operation");

    /** Whether the trigger at {@code t0} is what someone threatens to do ("threatened to quit the treaty", "vowed to leave"). */
    private static boolean threatened(List<Token> ts, int t0) {
        return t0 >= 2 && ts.get(t0 - 1).is("to") && Rx.matches(ts.get(t0 - 2).lemma(), "threaten|vow|warn");
    }

    /** Whether "call" at {@code t0} names its object as something rather than phoning it: a free relative, or a complement after it. */
    private static boolean namingCall(List<Token> ts, int t0, Mention object) {
        for (int k = Math.max(0, t0 - 3); k < t0; k++) if (ts.get(k).is("what")) return true;
        int after = object.to();
        if (after >= ts.size() || timeAdjunctEnd(ts, after) > after) return false;
        Token t = ts.get(after);
        // (a naming has a complement after the name: "called Putin a dictator", "called China's leaders assassins", "called Xi 'a friend'")
        return Rx.matches(t.text(), "'s|’s|[\"“'‘]") || Rx.matches(t.tag(), "DET|ADJ") && !Rx.matches(t.lower(), "this|last|next|that")
                || t.tag().equals("NOUN") && !CALENDAR.contains(t.lower()) && !TIME_WORDS.contains(t.lower());
    }

    /** Whether the trigger at {@code t0} suspends or freezes (a participation, a membership): the one suspending stays bound. */
    private static boolean suspension(List<Token> ts, int t0) {
        return Rx.matches(ts.get(t0).lemma(), "suspend|freeze");
    }

    /** Conjunctions that open a clause of condition, time or cause: "if it attacks", "unless it withdraws", "after it joined". */
    private static final Set<String> SUBORDINATORS = Set.of("if", "unless", "once", "until", "when", "whenever", "after", "before", "because",
            "since", "although", "though", "while");

    /** Verbs whose subject "it" is a dummy: "it seems", "it emerged that", "it takes", "it remains unclear". */
    private static final Set<String> EXPLETIVE_VERBS = Set.of("seem", "appear", "remain", "emerge", "take", "matter", "become", "happen",
            "mean", "follow", "come", "look", "turn", "rain", "go", "make", "feel", "sound", "cost");

    /**
     * "it" as the subject of a verb, for an actor that is not a person: after a verb of saying, the
     * speaker ("Russia said it had struck …"); at the start of a sentence ("And it …"), the actor that
     * was the previous sentence's subject. Dummy subjects ("it is unclear", "it seems", "it emerged
     * that") and "it" before anything but a verb are left alone. Records this sentence's subject.
     */
    private void pronounIt(Sentence s, List<Mention> named, List<Mention> out, Discourse d) {
        List<Token> ts = s.tokens();
        Node previous = d.lastSubjectSentence == s.index() - 1 ? d.lastSubject : null;
        for (int i = 0; i < ts.size(); i++) {
            if (!ts.get(i).lower().equals("it")) continue;
            // "It was signed by envoys of Ukraine, Russia and the OSCE": what was signed is the agreement in view.
            if (passiveOfAgreement(ts, i + 1)) {
                Node instrument = theOneOfClass(s, d, ENT.LegalInstrument);
                if (instrument != null) out.add(new Mention(i, i + 1, instrument, Kind.NAME, "it*"));
                continue;
            }
            if (!verbalSubject(ts, i + 1)) {
                // "Russia and Ukraine both signed it", "withdrew from it": what is signed or left is the agreement in view.
                Node instrument = agreementObject(ts, i) ? theOneOfClass(s, d, ENT.LegalInstrument) : null;
                if (instrument != null) out.add(new Mention(i, i + 1, instrument, Kind.NAME, "it*"));
                // "Ukraine needs shells, and Germany has promised to supply it": the other actor in view.
                else if (i > 0 && ACTOR_OBJECT_VERBS.contains(ts.get(i - 1).lemma()) && ts.get(i - 1).tag().equals("VERB")) {
                    Node other = otherActor(s, ts, out, i - 1, previous);
                    if (other != null) out.add(new Mention(i, i + 1, other, Kind.NAME, "it*"));
                }
                continue;
            }
            if (covered(named, i)) continue;
            int v = i > 1 && ts.get(i - 1).is("that") ? i - 2 : i - 1;
            // ("Britain said on Thursday it had begun …", "said on Thursday that it …": over a time adjunct after the verb of saying)
            int time = v >= 1 ? timeAdjunctStart(ts, v + 1) : -1;
            if (time > 0) v = ts.get(time - 1).is("that") && time > 1 ? time - 2 : time - 1;
            Node antecedent = null;
            if (i > 2 && ts.get(i - 1).is("that") && claimNoun(ts, i - 2)) {
                // "Iran rejected US accusations that it had delivered missiles": the sentence's subject, who answers the claim
                // (not the claim's owner: "Washington's claim that it …" is left alone)
                // ("China echoed Russia's claims that it was forced to invade": an owned claim not denied speaks of its owner)
                List<Mention> main = sentenceSubjects(named, ts, i - 2);
                Mention owner = claimOwner(ts, named, i - 2);
                if (owner != null && claimDenial(ts, i - 2) < 0) {
                    if (collective(owner)) antecedent = actorOf(owner);
                } else if (main.size() == 1 && collective(main.get(0)) && (owner == null || !actorOf(owner).equals(actorOf(main.get(0)))))
                    antecedent = actorOf(main.get(0));
            } else if (v >= 1 && (SPEECH.contains(ts.get(v).lemma()) || PROMISE.contains(ts.get(v).lemma()))) {
                for (Mention m : named) if (m.to() == v && collective(m)) antecedent = actorOf(m);
                if (antecedent == null) {
                    List<Mention> main = sentenceSubjects(named, ts, v + 1);
                    if (main.size() == 1 && collective(main.get(0))) antecedent = actorOf(main.get(0));
                }
            } else if (i > 1 && ts.get(i - 1).is("that") && endingAt(named, i - 1) != null && collective(endingAt(named, i - 1))
                    && endingAt(named, i - 1).from() > 0 && ADDRESSING.contains(ts.get(endingAt(named, i - 1).from() - 1).lemma())) {
                // "Rubio warned Venezuela that it would face …": a person speaking, the one addressed; "Russia warned NATO that it
                // would strike …": a state or body speaking, itself
                int verb = endingAt(named, i - 1).from() - 1;
                List<Mention> speakers = sentenceSubjects(named, ts, verb);
                if (speakers.size() == 1 && collective(speakers.get(0))) antecedent = actorOf(speakers.get(0));
                else if (speakers.size() == 1 && index.isA(speakers.get(0).entity(), ENT.Person)) antecedent = actorOf(endingAt(named, i - 1));
            } else if (i > 0 && SUBORDINATORS.contains(ts.get(i - 1).lower()) && !sentenceStart(ts, i - 1)) {
                // "Venezuela would face a very bad week if it attacked Guyana": the one actor (not a person) named before in the sentence
                Set<Node> before = new java.util.LinkedHashSet<>();
                for (Mention m : out) if (m.to() <= i && collective(m)) before.add(actorOf(m));
                if (before.size() == 1) antecedent = before.iterator().next();
            } else if (sentenceStart(ts, i) || openedByTime(ts, i)) {
                antecedent = previous;
            } else if (afterConjunction(ts, i)) {
                // "It became a member of the SCO in July 2023, and in January 2024 it joined BRICS": the sentence's subject.
                List<Mention> sofar = new ArrayList<>(out);
                sofar.sort((x, y) -> Integer.compare(x.from(), y.from()));
                List<Mention> main = sentenceSubjects(sofar, ts, i);
                if (main.size() == 1 && collective(main.get(0))) antecedent = actorOf(main.get(0));
            }
            if (antecedent != null) out.add(new Mention(i, i + 1, antecedent, Kind.NAME, "it*"));
        }
        List<Mention> all = new ArrayList<>(out);
        all.sort((x, y) -> Integer.compare(x.from(), y.from()));
        // (an untagged sentence, one with a single name, has that name as subject when it opens the sentence)
        List<Mention> subjects = s.tagged() ? sentenceSubjects(all, ts, ts.size())
                : all.size() == 1 && all.get(0).from() == 0 ? all : List.of();
        d.lastSubject = subjects.size() == 1 && collective(subjects.get(0)) ? actorOf(subjects.get(0)) : null;
        d.lastSubjectSentence = s.index();
    }

    /** Whether "and" or "but" comes right before token {@code i}, a time adjunct and a comma aside ("…, and in January 2024 it joined"). */
    /** Verbs whose object "it" is an actor: "supply it with shells", "has been fighting it", "threatened it". */
    private static final Set<String> ACTOR_OBJECT_VERBS = Set.of("supply", "arm", "fund", "finance", "back", "support", "attack", "strike",
            "fight", "threaten", "sanction", "defend", "help", "invade", "bomb", "shell", "protect", "equip", "condemn", "punish", "provide");

    /**
     * The actor an object "it" of the verb at {@code v} stands for: the one collective actor named earlier in the sentence
     * that is not the verb's subject, else the previous sentence's subject if it is not; or null.
     */
    private Node otherActor(Sentence s, List<Token> ts, List<Mention> sofar, int v, Node previous) {
        List<Mention> before = new ArrayList<>(sofar);
        before.sort((x, y) -> Integer.compare(x.from(), y.from()));
        Mention subj = left(before, ts, v);
        Node subject = subj == null ? null : actorOf(subj);
        Set<Node> others = new java.util.LinkedHashSet<>();
        for (Mention m : before) if (m.to() <= v && collective(m) && !actorOf(m).equals(subject) && !m.text().endsWith("*")) others.add(actorOf(m));
        if (others.size() == 1) return others.iterator().next();
        return others.isEmpty() && subject != null && previous != null && !previous.equals(subject) ? previous : null;
    }

    /** Verbs whose object is an agreement in news prose (not "abandon", "leave", "join": they take much else). */
    private static final Set<String> AGREEMENT_VERBS = Set.of("sign", "ratify", "violate", "breach", "withdraw", "accede", "implement", "honour",
            "honor", "flout", "renounce", "tear");

    /** Whether the "it" at {@code i} is the object of a verb that takes an agreement ("signed it", "pulled out of it"). */
    private static boolean agreementObject(List<Token> ts, int i) {
        int v = i - 1;
        if (v >= 0 && Rx.matches(ts.get(v).lower(), "from|of|to|up|out")) v--;
        if (v >= 0 && Rx.matches(ts.get(v).lower(), "out|up")) v--;
        return v >= 0 && (AGREEMENT_VERBS.contains(ts.get(v).lemma()) || ts.get(v).lemma().equals("pull"));
    }

    /** Whether a passive of a verb that takes an agreement starts at {@code j} ("was signed", "had been ratified"). */
    private static boolean passiveOfAgreement(List<Token> ts, int j) {
        int k = j;
        while (k < ts.size() && k - j < 3 && Rx.matches(ts.get(k).lemma(), "be|have") || k < ts.size() && ts.get(k).tag().equals("ADV")) k++;
        return k > j && k < ts.size() && ts.get(k).lower().endsWith("ed") && AGREEMENT_VERBS.contains(ts.get(k).lemma())
                && ts.get(k - 1).lemma().equals("be");
    }

    /** The one actor or instrument of a class in view: named in the last two sentences, or the only one the article has named. */
    private static Node theOneOfClass(Sentence s, Discourse d, Node cls) {
        Set<Node> candidates = s.index() - d.lastOfClassSentence.getOrDefault(cls, -10) <= 2 ? d.lastOfClass.getOrDefault(cls, Set.of())
                : d.seenOfClass.getOrDefault(cls, Set.of());
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /** As {@link #theOneOfClass(Sentence, Discourse, Node)}, among those named with a form word ("the kingdom") if one is given. */
    private Node theOneOfClass(Sentence s, Discourse d, Node cls, String formWord) {
        if (formWord == null) return theOneOfClass(s, d, cls);
        for (Set<Node> pool : List.of(s.index() - d.lastOfClassSentence.getOrDefault(cls, -10) <= 2 ? d.lastOfClass.getOrDefault(cls, Set.of())
                : Set.<Node>of(), d.seenOfClass.getOrDefault(cls, Set.of()))) {
            List<Node> named = pool.stream().filter(e -> gaz.namedWith(e, formWord)).toList();
            if (named.size() == 1) return named.get(0);
            if (named.size() > 1) return null;
        }
        return null;
    }

    private static boolean afterConjunction(List<Token> ts, int i) {
        int k = i - 1;
        if (k >= 0 && ts.get(k).text().equals(",")) k--;
        int time = timeAdjunctStart(ts, k + 1);
        if (time >= 0) k = time - 1;
        // (and after a semicolon: "imposed sanctions on Dagalo; a week later it also sanctioned Burhan")
        return k >= 0 && (ts.get(k).is("and") || ts.get(k).is("but") || ts.get(k).text().equals(";"));
    }

    /** Verbs of putting something to use: what is used to act is the user's instrument, not an agent ("used ATACMS to strike"). */
    private static final Set<String> INSTRUMENT_VERBS = Set.of("use", "employ", "deploy", "utilise", "utilize");

    /** Whether the clause holding {@code t0} (from the last semicolon or colon before it) opens as a question: "Did China arm Russia; …?". */
    private static boolean askedClause(List<Token> ts, int t0) {
        int k = t0 - 1;
        while (k >= 0 && !Rx.matches(ts.get(k).text(), "[;:]")) k--;
        k++;
        while (k < t0 && Rx.matches(ts.get(k).tag(), "PUNCT")) k++;
        return k < t0 && Rx.matches(ts.get(k).lower(), "did|does|do|will|would|can|could|should|is|are|was|were|has|have|had|how|why|what|who|whom|when|where|which|whether");
    }

    private static boolean semicolonBetween(List<Token> ts, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (ts.get(k).text().equals(";")) return true;
        return false;
    }

    /** Whether only a time adjunct (and a comma) opens the sentence before token {@code i} ("A week later it", "On Monday, it"). */
    private static boolean openedByTime(List<Token> ts, int i) {
        int end = i > 0 && ts.get(i - 1).text().equals(",") ? i - 1 : i;
        int start = timeAdjunctStart(ts, end);
        return start >= 0 && sentenceStart(ts, start);
    }

    /** Whether only conjunctions, adverbs and quotation marks come before token {@code i} ("But it", "\"It"). */
    private static boolean sentenceStart(List<Token> ts, int i) {
        for (int k = 0; k < i; k++) {
            Token t = ts.get(k);
            if (!t.tag().equals("CCONJ") && !t.tag().equals("ADV") && !t.tag().equals("PUNCT") && !t.tag().equals("SCONJ")) return false;
        }
        return true;
    }

    /**
     * Whether a verb that takes a real subject follows: "it struck", "it has sent", "it would veto",
     * "it was accused"; not "it is unclear", "it seems", "it emerged".
     */
    private static boolean verbalSubject(List<Token> ts, int j) {
        while (j < ts.size() && (ts.get(j).tag().equals("ADV") || NEGATION.contains(ts.get(j).lower()))) j++;
        if (j >= ts.size()) return false;
        Token t = ts.get(j);
        // ("it became clear that …" is a dummy; "it became a full member of …" is not)
        boolean nominal = Rx.matches(t.lemma(), "become|remain") && j + 1 < ts.size() && Rx.matches(ts.get(j + 1).tag(), "DET|NOUN|NUM");
        if (nominal) return true;
        if (t.tag().equals("AUX") || t.lemma().equals("be") || t.lemma().equals("have")) {
            int k = j + 1;
            while (k < ts.size() && (ts.get(k).tag().equals("ADV") || NEGATION.contains(ts.get(k).lower()) || ts.get(k).is("been")
                    || ts.get(k).is("be"))) k++;
            if (k >= ts.size()) return false;
            Token u = ts.get(k);
            boolean verb = u.tag().equals("VERB") || IRREGULAR_FORMS.contains(u.lower()) || u.lower().endsWith("ed") && !u.tag().equals("ADJ")
                    // (after a modal the tagger's noun or adjective is a verb: "it would strike/NOUN")
                    || MODALS.contains(t.lower()) && Rx.matches(u.tag(), "NOUN|ADJ") && k == j + 1;
            // "it was reported that …", "it is believed that …"
            boolean thatClause = k + 1 < ts.size() && ts.get(k + 1).is("that");
            return verb && !EXPLETIVE_VERBS.contains(u.lemma()) && !thatClause;
        }
        return (t.tag().equals("VERB") || IRREGULAR_FORMS.contains(t.lower())) && !EXPLETIVE_VERBS.contains(t.lemma());
    }

    /** What an accused harms of the accuser's: "violating its airspace", "invading its territory" (not "massing its troops"). */
    private static final Set<String> VICTIM_NOUNS = Set.of("airspace", "territory", "sovereignty", "border", "borders", "waters", "ports", "port",
            "cities", "villages", "citizens", "nationals", "soil", "embassy", "ships", "vessels", "interests", "positions", "infrastructure");

    private static String nounAfter(List<Token> ts, int k) {
        // ("its internationally recognised/VERB territory")
        while (k < ts.size() && (Rx.matches(ts.get(k).tag(), "ADJ|ADV") || ts.get(k).tag().equals("VERB") && ts.get(k).lower().endsWith("ed"))) k++;
        return k < ts.size() ? ts.get(k).lower() : "";
    }

    /** The verb of accusing whose "of/for V-ing" complement holds token {@code i} ("accused Russia of violating its"), or -1. */
    private static int accusationVerbBefore(List<Token> ts, int i) {
        boolean gerund = false;
        for (int k = i - 1; k >= 0 && i - k <= 12; k--) {
            Token t = ts.get(k);
            if (t.lower().endsWith("ing") && k > 0 && Rx.matches(ts.get(k - 1).lower(), "of|for")) gerund = true;
            if (gerund && ACCUSE.contains(t.lemma()) && Rx.matches(t.tag(), "VERB|NOUN|ADJ") && !t.lower().endsWith("ing")) return k;
            if (Rx.matches(t.text(), "[,;:]") || t.tag().equals("SCONJ")) return -1;
        }
        return -1;
    }

    /** A mention of an actor that is not a person (what "its" can stand for). */
    private boolean collective(Mention m) {
        return !index.isA(m.entity(), ENT.Person) && index.isA(actorOf(m), ENT.Actor);
    }

    private void definiteDescriptions(Sentence s, List<Mention> named, List<Mention> out, Discourse d) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            // ("suspended its participation in that treaty too": a demonstrative right before the noun)
            boolean demonstrative = Rx.matches(ts.get(i).lower(), "that|this") && i + 1 < ts.size() && DEFINITE.containsKey(ts.get(i + 1).lower())
                    && ts.get(i + 1).tag().equals("NOUN") && i > 0 && Rx.matches(ts.get(i - 1).tag(), "ADP|VERB");
            if (!ts.get(i).is("the") && !demonstrative) continue;
            int n = i + 1;
            // ("the al-Qaeda-linked group", "the Iran-backed militia": a hyphenated participle after a name)
            int compound = -1;
            for (int k = i + 2; k + 1 < ts.size() && k - i <= 6; k++) {
                if (ts.get(k).is("-") && Rx.matches(ts.get(k + 1).lower(), MODIFIER_PARTICIPLES + "|linked|affiliated")) {
                    compound = k;
                    n = k + 2;
                    break;
                }
                if (!ts.get(k).tag().equals("PROPN") && !ts.get(k).is("-")) break;
            }
            // ("the 2015 nuclear deal": a year and adjectives only narrow it)
            // ("the Gulf state", "the Central African nation": a region's name too, when it names nothing the graph knows)
            while (n < ts.size() && n - i <= 3 && (ts.get(n).tag().equals("ADJ") || Rx.matches(ts.get(n).text(), "(19|20)\\d\\d")
                    || REGION_WORDS.contains(ts.get(n).lower()) && Character.isUpperCase(ts.get(n).text().charAt(0)))
                    && !DEFINITE.containsKey(ts.get(n).lower())) n++;
            if (n >= ts.size()) break;
            Node cls = DEFINITE.get(ts.get(n).lower());
            if (cls == null) continue;
            // ("the state broadcaster", "the state-owned company": only the head noun; and only described by its region, not "the
            // Jewish state", "the communist state")
            boolean region = false;
            for (int k = i + 1; k < n; k++) region |= REGION_WORDS.contains(ts.get(k).lower());
            if (Rx.matches(ts.get(n).lower(), "state|nation") && (!region || n + 1 < ts.size() && (Rx.matches(ts.get(n + 1).tag(), "NOUN|ADJ|PROPN")
                    || ts.get(n + 1).is("-")))) continue;
            // "the group Hamas", "the Group of Seven": a name follows, or the words are part of one.
            Token next = n + 1 < ts.size() ? ts.get(n + 1) : null;
            // (but "accusing the Gulf state of arming …": an "of" before a gerund is the accusation's)
            boolean ofGerund = next != null && next.is("of") && n + 2 < ts.size() && ts.get(n + 2).lower().endsWith("ing");
            // (nor one described by its region: "accusing the Gulf state of complicity in genocide")
            if (next != null && (next.is("of") && !ofGerund && !region || Character.isUpperCase(next.text().charAt(0)))) continue;
            if (Character.isUpperCase(ts.get(n).text().charAt(0))) continue;
            final int from = i, to = n + 1;
            // ("the Lebanese group": a demonym inside the description only narrows it)
            final int agentEnd = compound;
            List<Mention> inside = named.stream().filter(m -> m.from() < to && from < m.to() && m.to() != agentEnd).toList();
            // ("the Lebanese state": a demonym of the very class names it already)
            if (inside.stream().anyMatch(m -> m.kind() == Kind.DEMONYM && index.isA(m.entity(), cls))) continue;
            // (a region's name inside names no actor: "the Gulf state", not the Persian Gulf)
            if (inside.stream().anyMatch(m -> (m.kind() != Kind.DEMONYM && !(REGION_WORDS.contains(m.text().toLowerCase(Locale.ROOT))
                    && !index.isA(m.entity(), ENT.Actor))) || m.from() <= from || m.to() >= to)) continue;
            Set<Node> here = new java.util.LinkedHashSet<>();
            for (Mention m : named) if (m.to() <= i && index.isA(m.entity(), cls)) here.add(m.entity());
            for (Map.Entry<Node, Integer> owner : d.titleOwners.entrySet()) if (owner.getValue() < i && index.isA(owner.getKey(), cls)) here.add(owner.getKey());
            // (else the one actor of the class the article has named at all: "the alliance" in an article about NATO)
            // ("the kingdom" after Saudi Arabia and Iran: only a state one of whose names says so)
            String noun = ts.get(n).lower();
            // ("Australia, Britain and the United States unveiled AUKUS, and Beijing denounced the pact": a pact is also an alliance's
            // name in news prose, when no agreement is in view in the sentence)
            if (here.isEmpty() && noun.equals("pact")) for (Mention m : named) if (m.to() <= i && index.isA(m.entity(), ENT.term("Alliance"))) here.add(m.entity());
            if (gaz.isFormWord(noun)) here.removeIf(e -> !gaz.namedWith(e, noun));
            Node referent = here.size() == 1 ? here.iterator().next() : here.isEmpty() ? theOneOfClass(s, d, cls, gaz.isFormWord(noun) ? noun : null) : null;
            if (referent != null) {
                out.removeAll(inside);
                named.removeAll(inside);
                out.add(new Mention(i, to, referent, Kind.NAME, "the " + ts.get(n).text() + "*"));
            } else if (!cls.equals(ENT.LegalInstrument)) {
                // (unresolved, a region's name in the description still names no place: "accusing the Gulf state of …" with
                // two states in view is about neither the Persian Gulf nor anyone we can tell)
                List<Mention> regions = inside.stream().filter(m -> m.kind() != Kind.DEMONYM && !index.isA(m.entity(), ENT.Actor)).toList();
                out.removeAll(regions);
                named.removeAll(regions);
            }
        }
        for (Node cls : new java.util.HashSet<>(DEFINITE.values())) {
            Set<Node> found = new java.util.LinkedHashSet<>();
            for (Mention m : named) if (index.isA(m.entity(), cls) && !compoundAgent(ts, m)) found.add(m.entity());
            for (Node owner : d.titleOwners.keySet()) if (index.isA(owner, cls)) found.add(owner);
            if (!found.isEmpty()) {
                d.lastOfClass.put(cls, found);
                d.lastOfClassSentence.put(cls, s.index());
                d.seenOfClass.computeIfAbsent(cls, c -> new java.util.LinkedHashSet<>()).addAll(found);
            }
        }
    }

    /**
     * "Russia's annexation of Crimea", "the Russian invasion of Ukraine": a named event spelled with a trigger of the
     * patterns is read through its parts, the names inside it, so the relation it states is found.
     */
    private void eventParts(List<Token> ts, List<Mention> raw) {
        for (int k = 0; k < raw.size(); k++) {
            Mention m = raw.get(k);
            if (m.to() - m.from() < 2 || !index.isA(m.entity(), ENT.Event)) continue;
            boolean trigger = false;
            for (int j = m.from(); j < m.to(); j++) {
                // (before tagging, tokens are tagged "X")
                trigger |= triggersByWord.containsKey(ts.get(j).lower()) && Rx.matches(ts.get(j).tag(), "NOUN|X");
            }
            if (!trigger) continue;
            List<Mention> parts = gaz.mentions(ts, m.from(), m.to(), m.entity());
            if (parts.isEmpty()) continue;
            raw.remove(k);
            raw.addAll(k, parts);
            k += parts.size() - 1;
        }
    }

    /** The states an entity's own name names ("Syrian opposition": Syria), computed once per entity. */
    private final Map<Node, Set<Node>> statesInName = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether a mention by a common-noun alias ("the opposition", "opposition forces", "anti-government rebels") is of the
     * entity: only when the article, up to this sentence, names a state the entity's own name names. Proper names always are.
     */
    private boolean inContext(Mention m, Discourse d, List<Mention> here, List<Token> ts) {
        Set<Node> owners = gaz.provisionOwners(m.entity());
        if (!owners.isEmpty() && m.to() - m.from() == 2 && ts.get(m.from()).is("article") && BARE_NUMBER.matcher(ts.get(m.from() + 1).text()).matches())
            return provisionInContext(m, owners, d, here, ts);
        if (m.kind() != Kind.NAME || !m.text().equals(m.text().toLowerCase(Locale.ROOT)) || index.isA(m.entity(), ENT.State)) return true;
        Set<Node> states = statesInName.computeIfAbsent(m.entity(), e -> {
            Set<Node> out = new HashSet<>();
            String name = label(e);
            for (Sentence n : Analyzer.analyze(name, t -> true))
                for (Mention x : gaz.mentions(n.tokens(), 0, n.tokens().size(), e)) if (index.isA(x.entity(), ENT.State)) out.add(x.entity());
            return out;
        });
        if (states.isEmpty()) return true;
        Set<Node> seen = d.seenOfClass.getOrDefault(ENT.State, Set.of());
        if (states.stream().anyMatch(seen::contains)) return true;
        for (Mention x : here) if (states.contains(x.entity()) || states.contains(gaz.containingState(x.entity()))) return true;
        return false;
    }

    /** The number of a treaty's article named by it alone: "Article 5", "Article IV". */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\d+|[IVXL]+|[ivxl]+");

    /**
     * "Article 5" alone is the North Atlantic Treaty's only where that treaty or NATO is in view (in the sentence or named
     * earlier in the article), and not when the words after it name another treaty: "Article IV of that treaty" in an
     * article about the US–Philippine defence treaty, "Article 4 of the Russia–North Korea treaty".
     */
    private boolean provisionInContext(Mention m, Set<Node> owners, Discourse d, List<Mention> here, List<Token> ts) {
        if (m.to() < ts.size() && ts.get(m.to()).is("of")) {
            // (the treaty after "of" must be its own: "Article 5 of the North Atlantic Treaty" is matched whole; "of the NATO
            // treaty", "of NATO's founding treaty" name an owner)
            for (Mention x : here) if (x.from() > m.to() && x.from() <= m.to() + 3 && owners.contains(x.entity())) return true;
            return false;
        }
        for (Mention x : here) if (owners.contains(x.entity())) return true;
        for (Set<Node> seen : d.seenOfClass.values()) for (Node o : owners) if (seen.contains(o)) return true;
        return false;
    }

    private List<Mention> mentions(Sentence s, Discourse d, LocalDate date) {
        List<Token> ts = s.tokens();
        List<Mention> raw = new ArrayList<>();
        // ("to help Poland or the Baltic states": a group of states is each of its members)
        List<Mention> gazetteered = gaz.mentions(ts);
        for (Mention m : gazetteered) {
            // ("Bogota backed the opposition leader Juan Guaido": a common-noun alias, "the opposition", names the Syrian
            // opposition only in an article that has named Syria)
            if (!inContext(m, d, gazetteered, ts)) continue;
            List<Node> members = gaz.groupMembers(m.entity());
            if (members.isEmpty()) raw.add(m);
            else for (Node e : members) raw.add(new Mention(m.from(), m.to(), e, Kind.NAME, m.text() + "*"));
        }
        formerStates(s, raw, d, date);
        eventParts(ts, raw);
        surnames(ts, raw, d);
        longerNames(ts, raw);
        Node before = d.lastPerson;
        int beforeSentence = d.lastPersonSentence;
        List<Mention> out = new ArrayList<>();
        d.titles.clear();
        for (int k = 0; k < raw.size(); k++) {
            Mention m = raw.get(k);
            Mention next = k + 1 < raw.size() ? raw.get(k + 1) : null;
            boolean adjacent = next != null && next.from() == m.to();
            // "Russian President Vladimir Putin": the office title is an apposition of the name, and the
            // name's mention spans both (so "Carter called Defense Minister Sergey Shoigu" reaches Shoigu).
            if (m.kind() == Kind.OFFICE && adjacent && index.isA(next.entity(), ENT.Person)) {
                noteTitle(d, m, next);
                raw.set(k + 1, new Mention(m.from(), next.to(), next.entity(), next.kind(), next.text()));
                continue;
            }
            // "President Obama", "Defense Minister Sergey Shoigu", "then-secretary of state Hillary Clinton":
            // a title the gazetteer does not know as such, matched against the offices the person held.
            if (m.kind() == Kind.NAME && index.isA(m.entity(), ENT.Person)) {
                int from = titleBefore(ts, m.from(), k > 0 ? raw.get(k - 1).to() : 0);
                int nameStart = m.from();
                // (its head may be the second word: "Crown Prince Mohammed bin Salman")
                // (only in the alias itself, not in a title the mention was extended over: "NATO Secretary General Mark Rutte")
                int head = from < 0 && m.to() - m.from() > 2 && !TITLE_HEADS.contains(ts.get(m.from()).lower())
                        && TITLE_HEADS.contains(ts.get(m.from() + 1).lower()) && m.text().startsWith(ts.get(m.from()).text()) ? m.from() + 1 : m.from();
                if (from < 0 && TITLE_HEADS.contains(ts.get(head).lower()) && m.to() - head > 1) {
                    // An alias that carries its title: "President Obama", "Secretary Clinton".
                    from = m.from();
                    nameStart = head + 1;
                }
                if (from >= 0) {
                    Node office = titledOffice(ts, from, nameStart, m.entity());
                    if (office != null) {
                        noteTitle(d, new Mention(from, nameStart, office, Kind.OFFICE, ts.get(from).text()), m);
                        m = new Mention(from, m.to(), m.entity(), m.kind(), m.text());
                    }
                } else {
                    prefixTitle(ts, m, d);
                }
                // ("NATO Secretary General Mark Rutte, the former Dutch prime minister, …": a title after the name as well)
                appositiveTitle(ts, m, d);
                predicateTitle(ts, m, d);
            }
            if (m.kind() == Kind.OFFICE) {
                // "Antony Blinken, the US secretary of state, …": an office in apposition after a name it was held by.
                Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && index.isA(prev.entity(), ENT.Person) && prev.to() < ts.size() && ts.get(prev.to()).text().equals(",")
                        && (m.from() == prev.to() + 1 || m.from() == prev.to() + 2 && ts.get(prev.to() + 1).tag().equals("DET"))
                        && m.to() < ts.size() && ts.get(m.to()).text().equals(",") && gaz.held(prev.entity(), m.entity())) {
                    noteTitle(d, m, prev);
                }
                // ("Ukraine's former defence minister": not the holder on the day, and no one the graph can name; "the wife of the
                // Iranian foreign minister": someone else, named by the office)
                if (formerOrRelative(ts, m.from())) continue;
                Node holder = d.officeHolder.get(m.entity());
                if (holder == null) holder = gaz.holderOn(m.entity(), date);
                if (holder == null && d.lastPerson != null && gaz.held(d.lastPerson, m.entity())) holder = d.lastPerson;
                // ("The Russian foreign minister said …" on a day whose holder is not known: a state's minister acts for the state)
                // (not a title before a name or in apposition to one: "Iran's supreme leader, Ali Khamenei, …" is the person)
                boolean named = next != null && next.from() - m.to() <= 2 && index.isA(next.entity(), ENT.Person);
                // ("met Guyanese President Irfaan Ali": a name the graph does not know follows the title, so it is no one we can name)
                if (m.to() + 1 < ts.size() && unknownNameAt(ts, next, m.to())) named = true;
                if (holder == null && !named && gaz.officeOf(m.entity()) != null && index.isA(gaz.officeOf(m.entity()), ENT.State))
                    holder = gaz.officeOf(m.entity());
                // ("met Japan's foreign minister, Yoshimasa Hayashi": the name in apposition is who is meant, whoever the graph says
                // held the office on the day)
                if (holder != null && named && next != null && ts.get(m.to()).is(",")) holder = next.entity();
                if (holder == null) continue;
                m = new Mention(m.from(), m.to(), holder, Kind.OFFICE, m.text());
            }
            // "Turkish strongman President Erdogan", "US President Obama": the demonym qualifies a name.
            if (m.kind() == Kind.DEMONYM && next != null && next.from() - m.to() <= 2 && index.isA(next.entity(), ENT.Person)) continue;
            // (also a name the graph does not know: "met Guyanese President Irfaan Ali" is no meeting with Guyana)
            if (m.kind() == Kind.DEMONYM && m.to() + 1 < ts.size() && TITLE_HEADS.contains(ts.get(m.to()).lower())
                    && unknownNameAt(ts, next, m.to() + 1)) continue;
            // ("held calls with his Japanese and South Korean counterparts, Yoshimasa Hayashi and Park Jin": with the counterparts
            // named after them, the names are meant; without, each demonym of a list names a counterpart)
            int counterpart = m.kind() == Kind.DEMONYM ? counterpartAfter(ts, m.to()) : -1;
            if (counterpart >= 0 && counterpart + 2 < ts.size() && ts.get(counterpart + 1).is(",")) {
                final int name = counterpart + 2;
                // (not the source of the report: "met his Turkish counterpart, Russia's foreign ministry said")
                if (raw.stream().anyMatch(x -> x.from() == name && index.isA(x.entity(), ENT.Person) && !speaks(ts, x.to()))) continue;
            }
            // "Lavrov met his Chinese counterpart": the holder of the like office in that state, if known on the day (the mention
            // takes in "counterpart" when the demonym stands right before it).
            if (counterpart >= 0) {
                Node other = d.lastPersonSentence >= s.index() - 1 ? gaz.counterpart(d.lastPerson, m.entity(), date) : null;
                if (other == null) continue;
                m = counterpart == m.to() ? new Mention(m.from(), m.to() + 1, other, Kind.NAME, m.text() + " " + ts.get(m.to()).text())
                        : new Mention(m.from(), m.to(), other, Kind.NAME, m.text());
            }
            out.add(m);
            if (index.isA(m.entity(), ENT.Person)) {
                d.lastPerson = m.entity();
                d.lastPersonSentence = s.index();
            }
        }
        governmentIn(ts, out);
        // Personal pronouns refer to the last person named before them: earlier in this sentence, or in
        // the previous two sentences.
        // A name the graph does not know ("Maduro's government", "Ferdinand Marcos Jr.") may be whom they refer
        // to instead: after one, they are left unresolved.
        List<Integer> strangers = unknownNames(ts, raw);
        List<Mention> named = new ArrayList<>(out);
        int lastKnown = -1;
        for (Mention m : named) if (index.isA(m.entity(), ENT.Person)) lastKnown = m.to();
        for (int i = 0; i < ts.size(); i++) {
            if (!PRONOUN_PERSON.contains(ts.get(i).lower())) continue;
            if (covered(named, i)) continue;
            final int at = i;
            Mention antecedent = null;
            for (Mention m : named) if (m.to() <= i && index.isA(m.entity(), ENT.Person)) antecedent = m;
            Node referent = null;
            if (antecedent != null) {
                final int from = antecedent.to();
                if (strangers.stream().noneMatch(p -> p >= from && p < at)) referent = antecedent.entity();
            } else if (before != null && s.index() - beforeSentence <= 2 && !d.strangerSincePerson && strangers.stream().noneMatch(p -> p < at)) {
                referent = before;
            }
            if (referent != null) out.add(new Mention(i, i + 1, referent, Kind.NAME, ts.get(i).text() + "*"));
        }
        if (lastKnown >= 0) d.strangerSincePerson = false;
        final int known = lastKnown;
        if (strangers.stream().anyMatch(p -> p >= known)) d.strangerSincePerson = true;
        // "they", "their", "them" refer to the last group of actors named before them: a coordination
        // ("the US and Russia … they") or a people ("the Russians … they"), in this or the previous sentence.
        List<Node> group = d.lastGroupSentence >= s.index() - 1 ? d.lastGroup : List.of();
        boolean groupHere = false;
        int g = 0;
        for (int i = 0; i < ts.size(); i++) {
            while (g < named.size() && named.get(g).from() < i) {
                List<Node> found = groupEndingAt(named, g, ts);
                if (!found.isEmpty()) {
                    group = found;
                    groupHere = true;
                }
                g++;
            }
            // "the two countries", "both sides": the pair named last (two states named apart are not enough: "Israel struck Hezbollah
            // targets in Lebanon. A ceasefire between the two sides …")
            // ("the three juntas": the last group named together of that size, however far back, as three or more named together
            // are seldom named so by chance)
            int[] numbered = numberedGroup(ts, i);
            if (numbered != null) {
                final int from = i, to = i + numbered[0];
                List<Node> members = numbered[1] == 2 || group.size() == numbered[1] ? group : d.lastGroup;
                if (members.size() != numbered[1] || numbered[1] > 2 && !members.stream().allMatch(e -> index.isA(e, ENT.State))) members = List.of();
                // ("Xi told Biden when the two met", "Putin thanked Kim, and the two leaders signed …": with no pair named together,
                // the two persons this sentence named before, and only persons: two states named apart are often no pair)
                if (members.isEmpty() && numbered[1] == 2 && PERSON_PAIR.contains(ts.get(to - 1).lower())) {
                    Set<Node> persons = new java.util.LinkedHashSet<>();
                    for (Mention m : named) if (m.to() <= from && index.isA(m.entity(), ENT.Person)) persons.add(m.entity());
                    // ("… the friendship between Putin and Kim … During Putin's first visit to Pyongyang, the two leaders signed …": one
                    // named here, the other the person the article named last before, within a few sentences)
                    if (persons.size() == 1 && !PERSON_PAIR.contains(ts.get(from).lower())) {
                        Node one = persons.iterator().next();
                        Node other = null;
                        int seen = s.index() - 6;
                        for (Map.Entry<Node, Integer> e : d.personSeen.entrySet())
                            if (!e.getKey().equals(one) && e.getValue() >= seen && e.getValue() < s.index()) { other = e.getKey(); seen = e.getValue(); }
                        if (other != null) persons.add(other);
                    }
                    if (persons.size() == 2) members = List.copyOf(persons);
                }
                // (an adjective among the modifiers only qualifies the pair: "the two South American neighbours")
                if (members.size() >= 2 && named.stream().noneMatch(m -> m.from() < to && from < m.to() && m.kind() != Kind.DEMONYM
                        && index.isA(actorOf(m), ENT.Actor))) {
                    out.removeIf(m -> m.from() < to && from < m.to());
                    for (Node e : members) out.add(new Mention(from, to, e, Kind.NAME, ts.get(i).text() + " … " + ts.get(to - 1).text() + "*"));
                }
                continue;
            }
            if (!PRONOUN_PLURAL.contains(ts.get(i).lower())) continue;
            // ("Saudi officials, for their part, …": the idiom's pronoun is the clause's own subject, no group named before)
            if (i > 0 && ts.get(i - 1).is("for") && i + 1 < ts.size() && ts.get(i + 1).is("part")) continue;
            if (covered(named, i)) continue;
            List<Node> referents = group;
            // ("The Houthis, who control Sanaa, … when their fighters seized …": a group named in the plural in this sentence wins over
            // a coordination of the sentence before)
            if (!groupHere && !referents.isEmpty()) {
                Set<Node> pluralHere = new java.util.LinkedHashSet<>();
                for (Mention m : named) {
                    if (m.to() <= i && m.text().endsWith("s") && m.from() > 0 && ts.get(m.from() - 1).is("the") && index.isA(m.entity(), ENT.Actor)
                            && !index.isA(m.entity(), ENT.State) && !index.isA(m.entity(), ENT.Person)) pluralHere.add(m.entity());
                }
                if (pluralHere.size() == 1) referents = List.copyOf(pluralHere);
            }
            if (referents.isEmpty()) {
                // "The Houthis said they …": a group named in the plural, the only one before the pronoun.
                Set<Node> plural = new java.util.LinkedHashSet<>();
                for (Mention m : named) {
                    // (a plural name takes the article, "the Houthis"; "Hamas" is no plural)
                    if (m.to() <= i && m.text().endsWith("s") && m.from() > 0 && ts.get(m.from() - 1).is("the") && index.isA(m.entity(), ENT.Actor)
                            && !index.isA(m.entity(), ENT.State) && !index.isA(m.entity(), ENT.Person)) plural.add(m.entity());
                    // ("Chinese officials denied that their aircraft …": a state's people or organs in the plural)
                    if (m.to() < i && m.kind() == Kind.DEMONYM && index.isA(m.entity(), ENT.State) && ts.get(m.to()).lower().endsWith("s")
                            && (FORCE_NOUNS.contains(ts.get(m.to()).lower()) || ENVOYS.contains(ts.get(m.to()).lower()))) plural.add(m.entity());
                }
                if (plural.size() == 1) referents = List.copyOf(plural);
            }
            // ("Blinken made that threat to China's foreign minister, Wang Yi, when they met in Beijing": with no group in view, "they"
            // meeting or talking are the two persons the sentence named before)
            if (referents.isEmpty() && ts.get(i).is("they")) {
                int v = i + 1;
                while (v < ts.size() && Rx.matches(ts.get(v).lower(), "had|have|first|last|finally|briefly|later|then|also")) v++;
                if (v < ts.size() && Rx.matches(ts.get(v).lower(), "met|meet|talked|talk|spoke|speak|conferred|negotiated|sat")) {
                    Set<Node> persons = new java.util.LinkedHashSet<>();
                    for (Mention m : named) if (m.to() <= i && index.isA(m.entity(), ENT.Person)) persons.add(m.entity());
                    if (persons.size() == 2) referents = List.copyOf(persons);
                }
            }
            for (Node e : referents) out.add(new Mention(i, i + 1, e, Kind.NAME, ts.get(i).text() + "*"));
        }
        for (Mention m : named) if (index.isA(m.entity(), ENT.Person)) d.personSeen.put(m.entity(), s.index());
        for (int k = 0; k < named.size(); k++) {
            List<Node> found = groupEndingAt(named, k, ts);
            if (!found.isEmpty()) {
                d.lastGroup = found;
                d.lastGroupSentence = s.index();
            }
        }
        definiteDescriptions(s, named, out, d);
        possessiveIts(s, named, out);
        pronounIt(s, named, out, d);
        firstPerson(s, named, out, d);
        out.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return out;
    }

    /**
     * Where capitalized words stand that may name a person the graph does not know: proper nouns inside
     * the sentence, covered by no mention, not after a preposition or article (places and institutions),
     * not dates, titles or acronyms.
     */
    private static List<Integer> unknownNames(List<Token> ts, List<Mention> raw) {
        boolean[] covered = new boolean[ts.size()];
        for (Mention m : raw) for (int i = m.from(); i < m.to() && i < ts.size(); i++) covered[i] = true;
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < ts.size(); i++) {
            Token t = ts.get(i), prev = ts.get(i - 1);
            String w = t.text();
            if (covered[i] || !t.tag().equals("PROPN") || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))) continue;
            if (CALENDAR.contains(t.lower()) || TITLE_HEADS.contains(t.lower())) continue;
            if (LOCATIVE.contains(prev.lower()) || ROUTE.contains(prev.lower()) || prev.tag().equals("DET") || prev.is("of")) continue;
            if (prev.tag().equals("PROPN") && !covered[i - 1]) continue;
            out.add(i);
        }
        return out;
    }

    private static final Set<String> SAY = Set.of("say", "tell", "add", "insist", "claim", "state", "declare", "warn", "stress", "note",
            "explain", "argue", "write", "ask", "reply", "answer", "continue", "recall", "acknowledge", "admit", "deny");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our");
    private static final Set<String> SECOND = Set.of("you", "your");

    /**
     * Quoted speech: in a sentence with a speaker ("…," Putin said; said Lavrov; Putin told reporters)
     * or inside a quotation a previous sentence's speaker opened, "I", "me", "my" stand for the
     * speaker and "we", "us", "our" for the state (or organization) the speaker serves.
     */
    private void firstPerson(Sentence s, List<Mention> named, List<Mention> out, Discourse d) {
        List<Token> ts = s.tokens();
        String text = s.text().strip();
        if (text.startsWith("Written by") || text.startsWith("By ") || text.startsWith("Editor")) {
            d.transcriptSpeaker = null;
            d.transcriptAddressee = null;
        }
        if (d.transcriptSpeaker != null) {
            // A transcript: "you" is also whom the speaker addresses.
            personalMentions(ts, named, out, d.transcriptSpeaker, d.transcriptAddressee);
            return;
        }
        if (text.endsWith(":")) {
            // "Putin's complete oration to the US journalists:", "Lavrov told reporters:": what follows is the person's.
            Node person = null, addressee = null;
            for (Mention m : named) {
                if (person == null && index.isA(m.entity(), ENT.Person)) person = m.entity();
                else if (addressee == null && index.isA(actorOf(m), ENT.Actor) && !index.isA(m.entity(), ENT.Person)) addressee = actorOf(m);
            }
            if (person != null) {
                d.transcriptSpeaker = person;
                d.transcriptAddressee = addressee != null && addressee.equals(gaz.stateOf(person)) ? null : addressee;
                return;
            }
        }
        Node speaker = null;
        for (int k = 0; k < ts.size() && speaker == null; k++) {
            Token t = ts.get(k);
            if (!SAY.contains(t.lemma()) || !t.tag().equals("VERB")) continue;
            for (Mention m : named) {
                boolean before = m.to() == k || m.to() == k - 1 && ts.get(k - 1).tag().equals("ADV");
                boolean after = m.from() == k + 1;
                if ((before || after) && index.isA(actorOf(m), ENT.Actor)) {
                    speaker = actorOf(m);
                    break;
                }
            }
        }
        int quotes = 0;
        for (Token t : ts) if (t.text().equals("\"") || t.text().equals("“") || t.text().equals("”")) quotes++;
        if (speaker == null && d.quoteOpen && d.speakerSentence == s.index() - 1) speaker = d.speaker;
        if (speaker != null) {
            personalMentions(ts, named, out, speaker, null);
            d.speaker = speaker;
            d.speakerSentence = s.index();
        }
        // An odd number of quotation marks leaves a quotation open into the next sentence.
        d.quoteOpen = quotes % 2 == 1 ? !d.quoteOpen : d.quoteOpen && speaker != null && quotes == 0;
    }

    /**
     * Mentions for the personal pronouns of a speaker's words not already named: "I", "me", "my" (not a
     * lower-case "i") for the speaker, "we", "us", "our" for the state a person serves (or the speaking
     * organization itself), "you", "your" for the addressee if known.
     */
    private void personalMentions(List<Token> ts, List<Mention> named, List<Mention> out, Node speaker, Node addressee) {
        Node group = index.isA(speaker, ENT.Person) ? gaz.speaksFor(speaker) : speaker;
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).lower();
            if (covered(named, i)) continue;
            Node e = FIRST_SINGULAR.contains(w) && !ts.get(i).text().equals("i") ? speaker : FIRST_PLURAL.contains(w) ? group
                    : SECOND.contains(w) ? addressee : null;
            if (e != null) out.add(new Mention(i, i + 1, e, Kind.NAME, ts.get(i).text() + "*"));
        }
    }

    /**
     * The group of actors that ends with mention {@code k}: a coordination of two or more ("the US and
     * Russia"), or a people named by a plural demonym ("the Russians"); empty if none.
     */
    private List<Node> groupEndingAt(List<Mention> named, int k, List<Token> ts) {
        Mention m = named.get(k);
        if (!index.isA(actorOf(m), ENT.Actor) && m.kind() != Kind.DEMONYM) return List.of();
        if (k + 1 < named.size() && onlyConjunctions(ts, m.to(), named.get(k + 1).from())) return List.of();
        List<Node> out = new ArrayList<>(List.of(actorOf(m)));
        boolean conj = false;
        for (int j = k - 1; j >= 0; j--) {
            Mention prev = named.get(j);
            if (!onlyConjunctions(ts, prev.to(), named.get(j + 1).from()) || !index.isA(actorOf(prev), ENT.Actor)
                    || insidePhrase(ts, prev, named.get(j + 1))) break;
            conj |= hasConjunction(ts, prev.to(), named.get(j + 1).from());
            out.add(0, actorOf(prev));
        }
        // ("talks mediated by Qatar and Turkey … the two sides": the mediators of a thing are no pair of its sides)
        int first = named.get(k - out.size() + 1).from();
        if (first > 1 && ts.get(first - 1).is("by") && Rx.matches(ts.get(first - 2).lower(), "mediated|brokered|facilitated|hosted|sponsored")) return List.of();
        if (conj && out.size() >= 2) return out;
        String w = ts.get(m.to() - 1).lower();
        if (m.kind() == Kind.DEMONYM && m.to() - m.from() == 1 && w.endsWith("s") && m.from() > 0 && ts.get(m.from() - 1).is("the")) {
            return List.of(m.entity());
        }
        return List.of();
    }

    /**
     * Within an article a person named in full may be named by surname alone: remembers the last word
     * of every multi-word person mention, and adds mentions for capitalized words that are such a
     * surname and no other mention covers. A surname two persons of the article share is dropped.
     */
    private void surnames(List<Token> ts, List<Mention> raw, Discourse d) {
        for (Mention m : raw) {
            if (m.to() - m.from() < 2 || !index.isA(m.entity(), ENT.Person)) continue;
            String last = Gazetteer.key(ts.get(m.to() - 1).text());
            if (last.length() < 3) continue;
            Node prev = d.surnames.putIfAbsent(last, m.entity());
            if (prev != null && !prev.equals(m.entity())) d.surnames.put(last, AMBIGUOUS);
        }
        if (d.surnames.isEmpty()) return;
        // A bare surname is the person the article named, not a namesake ("Carter" after "Ashton Carter").
        for (int k = 0; k < raw.size(); k++) {
            Mention m = raw.get(k);
            if (m.to() - m.from() != 1 || !index.isA(m.entity(), ENT.Person)) continue;
            Node p = d.surnames.get(Gazetteer.key(ts.get(m.from()).text()));
            if (p != null && p != AMBIGUOUS && !p.equals(m.entity())) raw.set(k, new Mention(m.from(), m.to(), p, m.kind(), m.text()));
        }
        boolean[] covered = new boolean[ts.size()];
        for (Mention m : raw) for (int i = m.from(); i < m.to(); i++) covered[i] = true;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (covered[i] || !Character.isUpperCase(t.text().charAt(0))) continue;
            Node p = d.surnames.get(Gazetteer.key(t.text()));
            if (p == null || p == AMBIGUOUS) continue;
            raw.add(new Mention(i, i + 1, p, Kind.NAME, t.text()));
        }
        raw.sort((x, y) -> Integer.compare(x.from(), y.from()));
    }

    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter",
            "morning", "afternoon", "evening", "night", "overnight", "today", "yesterday", "weeks", "months", "years", "days", "day", "decades",
            "hours");
    private static final Set<String> TIME_OPENERS = Set.of("in", "on", "during", "since", "last", "this", "next", "early", "late", "earlier",
            "later", "overnight", "over", "for");

    /**
     * The end of a time adjunct starting at {@code k} ("in November", "on Tuesday", "last week", "in
     * late 2023", "earlier this month"), or -1: an object may follow one ("withdrew in November from the treaty").
     */
    private static int timeAdjunctEnd(List<Token> ts, int k) {
        // ("has for years backed", "had for nearly three decades blocked", "for more than a year": a length of time)
        if (k + 1 < ts.size() && ts.get(k).is("for")) {
            int j = k + 1;
            if (Rx.matches(ts.get(j).lower(), "nearly|almost|about|some|over|roughly")) j++;
            else if (j + 1 < ts.size() && (ts.get(j).is("more") && ts.get(j + 1).is("than") || ts.get(j).is("the") && Rx.matches(ts.get(j + 1).lower(), "past|last"))) j += 2;
            if (j < ts.size() && (DURATION_COUNTS.contains(ts.get(j).lower()) || digits(ts.get(j).lower()) || ts.get(j).is("many"))) j++;
            if (j < ts.size() && DURATION_UNITS.contains(ts.get(j).lower())) return j + 1;
        }
        // ("a week later", "two days earlier", "months later"; set lookups, as this runs for many tokens of every sentence)
        if (k < ts.size() && (DURATION_COUNTS.contains(ts.get(k).lower()) || DURATION_UNITS.contains(ts.get(k).lower()) && ts.get(k).lower().endsWith("s")
                || digits(ts.get(k).lower()))) {
            int j = k;
            if (!(DURATION_UNITS.contains(ts.get(j).lower()) && ts.get(j).lower().endsWith("s"))) j++;
            if (j < ts.size() && ts.get(j).is("few")) j++;
            if (j + 1 < ts.size() && DURATION_UNITS.contains(ts.get(j).lower()) && Rx.matches(ts.get(j + 1).lower(), "later|earlier|afterwards"))
                return j + 2;
        }
        if (k >= ts.size() || !TIME_OPENERS.contains(ts.get(k).lower())) return -1;
        int j = k + 1;
        while (j < ts.size() && j - k <= 4 && (ts.get(j).tag().equals("DET") || TIME_OPENERS.contains(ts.get(j).lower()))) j++;
        int end = -1;
        while (j < ts.size() && j - k <= 6) {
            String w = ts.get(j).lower();
            boolean time = CALENDAR.contains(w) || TIME_WORDS.contains(w) || Rx.matches(w, "(1[89]|20)\\d\\d") || Rx.matches(w, "\\d{1,2}(st|nd|rd|th)?")
                    && end > 0 || w.equals(",") && end > 0 && j + 1 < ts.size() && Rx.matches(ts.get(j + 1).lower(), "(1[89]|20)\\d\\d");
            if (!time) break;
            end = ++j;
        }
        if (end < 0 && Rx.matches(ts.get(k).lower(), "overnight|earlier|later") && k + 1 < ts.size()) end = k + 1;
        return end;
    }

    private static final Set<String> DURATION_COUNTS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "several", "few", "some");
    private static final Set<String> DURATION_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
            "decade", "decades");

    private static boolean digits(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) < '0' || w.charAt(i) > '9') return false;
        return true;
    }

    /** Where the longest time adjunct ending at {@code end} starts, or -1 (an adjunct spans at most seven tokens). */
    private static int timeAdjunctStart(List<Token> ts, int end) {
        for (int j = Math.max(0, end - 7); j < end; j++) if (timeAdjunctEnd(ts, j) == end) return j;
        return -1;
    }

    /** The first comma in [{@code from}, {@code to}), or -1: where a clause opened before {@code from} closes. */
    private static int nextComma(List<Token> ts, int from, int to) {
        for (int j = from; j < Math.min(to, ts.size()); j++) if (ts.get(j).text().equals(",")) return j;
        return -1;
    }

    /**
     * A place or organization name that runs on into more capitalized words names something else:
     * "the Washington Post", "the Baltic States", "Moscow Times". Such mentions are dropped (the
     * longer name is not an entity the graph knows). Titles ("US President") and dates are not
     * such continuations.
     */
    private void longerNames(List<Token> ts, List<Mention> raw) {
        // Not in a headline set in title case ("US Forced to Cooperate with Russia"), where every word is capitalized.
        boolean lowerContentWord = false;
        for (Token t : ts) {
            String w = t.text();
            if (w.length() > 3 && Character.isLowerCase(w.charAt(0)) && Character.isLetter(w.charAt(0)) && !Set.of("with", "from", "into", "over",
                    "than", "that", "this", "after", "against").contains(w)) lowerContentWord = true;
        }
        if (!lowerContentWord) return;
        boolean[] starts = new boolean[ts.size() + 1];
        for (Mention m : raw) starts[m.from()] = true;
        raw.removeIf(m -> {
            if (m.kind() != Kind.NAME && m.kind() != Kind.CAPITAL || index.isA(m.entity(), ENT.Person) || m.to() >= ts.size()) return false;
            Token next = ts.get(m.to());
            String w = next.text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)) || starts[m.to()]) return false;
            String l = next.lower();
            return !TITLE_HEADS.contains(l) && !CALENDAR.contains(l) && !TITLE_FILLER.contains(l) && !w.equals("I")
                    && !(w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)));
        });
    }

    /** Marks a surname two persons of the article share. */
    private static final Node AMBIGUOUS = NodeFactory.createBlankNode();

    private static final Set<String> TITLE_HEADS = Set.of("president", "chancellor", "minister", "secretary", "director", "premier",
            "ambassador", "king", "queen", "emir", "prince", "spokesman", "spokeswoman", "spokesperson", "chairman", "undersecretary", "commander",
            "envoy", "governor", "senator", "leader");
    private static final Set<String> TITLE_FILLER = Set.of("of", "the", "then", "former", "acting", "-", "for", "and");

    /**
     * Where a title right before a name starts: words that are title heads, capitalized words, or
     * "of", "the", "then-", "former", "acting" (not before {@code floor}), ending in a title head or a
     * capitalized word; -1 if there is no title head among them.
     */
    /**
     * "Sergei Lavrov, Russia's foreign minister, …", "Antony Blinken, the US secretary of state, …":
     * a title in apposition after the name, between commas, matched against the offices the person held.
     */
    private void appositiveTitle(List<Token> ts, Mention person, Discourse d) {
        int from = person.to();
        if (from + 2 >= ts.size() || !ts.get(from).text().equals(",")) return;
        int end = -1;
        // (not a relative clause: "Erdogan, who met the prime minister, …")
        if (RELATIVE.contains(ts.get(from + 1).lower()) || ts.get(from + 1).is("whose")) return;
        for (int j = from + 1; j < ts.size() && j - from <= 12; j++) {
            String w = ts.get(j).lower();
            if (Rx.matches(ts.get(j).tag(), "VERB|AUX") && !TITLE_HEADS.contains(w)) return;
            // ("Dick Cheney, the former vice president who died on Monday, …": the title ends where a relative clause on it opens)
            if (w.equals(",") || w.equals(".") || w.equals(";") || j > from + 2 && Rx.matches(w, "who|whose")) {
                end = j;
                break;
            }
            if (!Character.isLetter(w.charAt(0)) && !w.equals("'s") && !w.equals("’s") && !w.equals("-")) return;
        }
        if (end < 0) return;
        Node office = titledOffice(ts, from + 1, end, person.entity());
        if (office != null) noteTitle(d, new Mention(from + 1, end, office, Kind.OFFICE, ts.get(from + 1).text()), person);
    }

    /**
     * "France's president, Emmanuel Macron, …", "Iran's supreme leader, Ali Khamenei, …": a title in apposition before
     * the name, from the start of the clause, matched against the offices the person held.
     */
    private void prefixTitle(List<Token> ts, Mention person, Discourse d) {
        int comma = person.from() - 1;
        if (comma < 2 || !ts.get(comma).text().equals(",") || person.to() < ts.size() && !ts.get(person.to()).text().equals(",")) return;
        int start = comma - 1;
        while (start > 0 && comma - start < 6 && !Rx.matches(ts.get(start - 1).text(), "[,;:]") && !Rx.matches(ts.get(start - 1).tag(), "VERB|AUX|ADP|SCONJ|CCONJ"))
            start--;
        if (!(start == 0 || Rx.matches(ts.get(start - 1).text(), "[,;:]") || Rx.matches(ts.get(start - 1).tag(), "ADP|SCONJ|CCONJ"))) return;
        for (int j = start; j < comma; j++) if (Rx.matches(ts.get(j).tag(), "VERB|AUX")) return;
        Node office = titledOffice(ts, start, comma, person.entity());
        if (office != null) noteTitle(d, new Mention(start, comma, office, Kind.OFFICE, ts.get(start).text()), person);
    }

    /**
     * The place whose being "under" someone's control the clause states, named before the verb at {@code under}: "Crimea remains
     * under …", "Georgia's internationally recognized territory is under …"; or null.
     */
    private Mention heldPlaceBefore(List<Mention> ms, List<Token> ts, int under) {
        int k = under - 1;
        while (k > 0 && (Rx.matches(ts.get(k).tag(), "AUX|ADV") || Rx.matches(ts.get(k).lemma(), "remain|be|fall|come|stay|lie"))) k--;
        if (k == under - 1) return null;
        // ("Georgia's territory", "the country's east")
        int end = k + 1;
        if (TERRITORY_NOUNS.contains(ts.get(k).lower()) || REGION_NOUNS.contains(ts.get(k).lower())) {
            k--;
            if (k < 0) return null;
            // ("internationally/ADP recognized": the tagger's preposition for an adverb in -ly)
            while (k > 0 && (Rx.matches(ts.get(k).tag(), "ADJ|ADV") || ts.get(k).lower().endsWith("ed") || ts.get(k).lower().endsWith("ly"))) k--;
            if (!ts.get(k).possessive()) return null;
            end = k;
        }
        Mention m = endingAt(ms, end);
        return m == null || index.isA(actorOf(m), ENT.Person) ? null : m;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile(
            "(?i)\\b(today|yesterday|tonight|now|this (week|month|year)|last (week|month)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|has|have|is|are|says|say|will)\\b");

    /**
     * "Moscow, for its part, threatened to use rockets against London and Paris" in a sentence about 1956: a capital or metonym
     * stands for the state that had it in the year the text tells of, when that state has since ended (the Soviet Union,
     * Yugoslavia). The year is the sentence's own (the latest it names, up to the article's), or the last one the sentences
     * before named since the text last spoke of the present; a sentence about the present ("on Tuesday", "this week", a verb
     * in the present or perfect) keeps today's state.
     */
    private void formerStates(Sentence s, List<Mention> raw, Discourse d, LocalDate date) {
        Integer year = null;
        var m = YEAR.matcher(s.text());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if ((date == null || y <= date.getYear()) && (year == null || y > year)) year = y;
        }
        Integer told = year != null ? year : d.previousYear;
        boolean now = NOW.matcher(s.text()).find();
        d.previousYear = now && year == null ? null : told;
        if (told == null || now) return;
        for (int k = 0; k < raw.size(); k++) {
            Mention x = raw.get(k);
            Node state = gaz.capitalOf(x.entity());
            if (state == null) continue;
            Node former = gaz.formerStateFor(state, told);
            if (former != null) raw.set(k, new Mention(x.from(), x.to(), former, Kind.NAME, x.text()));
        }
    }

    /**
     * The last known name of a coordination that ends, right before the verb at {@code t0}, in a name the graph does not know
     * ("Jordan and the Palestine Liberation Organization sided with …"), or null.
     */
    private static Mention coordinatedBeforeUnknownName(List<Mention> ms, List<Token> ts, int t0, Map<Integer, Mention> endingAt) {
        int j = t0 - 1;
        while (j > 0 && Rx.matches(ts.get(j).tag(), "AUX|ADV|PART")) j--;
        int end = j;
        while (j > 0 && Character.isUpperCase(ts.get(j).text().charAt(0)) && !covered(ms, j) && Rx.matches(ts.get(j).tag(), "PROPN|NOUN|ADJ")) j--;
        if (j == end || end - j > 6) return null;
        if (ts.get(j).is("the")) j--;
        if (j < 1 || !Rx.matches(ts.get(j).lower(), "and|or")) return null;
        int k = j - 1;
        if (ts.get(k).is(",")) k--;
        return endingAt.get(k + 1);
    }

    /** Verbs that give a person an office named after them: "was sworn in as Georgia's president", "became prime minister". */
    private static final Set<String> TAKING_OFFICE = Set.of("sworn", "elected", "re-elected", "reelected", "appointed", "named", "inaugurated",
            "installed", "became", "becomes", "become", "serves", "served", "serving", "took", "takes");
    private static final Set<String> TITLE_END = Set.of("on", "in", "at", "after", "last", "this", "by", "for", "since", "until", "when", "while",
            "and", "but", "following", "amid", "with", "who", "which", "that", "from", "to", "before", "during");

    /**
     * "Mikheil Kavelashvili was sworn in as Georgia's president", "Sandu became Moldova's president in 2020", "Rutte, who took office as
     * NATO secretary general": the office a person takes or holds, named after a verb of taking office, matched against the offices
     * the person held.
     */
    private void predicateTitle(List<Token> ts, Mention person, Discourse d) {
        int k = person.to();
        // (", who …": a relative clause on the name)
        if (k + 1 < ts.size() && ts.get(k).is(",") && Rx.matches(ts.get(k + 1).lower(), "who")) k += 2;
        // (", a former footballer backed by the ruling party, was sworn in as …": past a description in apposition)
        else if (k + 1 < ts.size() && ts.get(k).is(",") && Rx.matches(ts.get(k + 1).lower(), "a|an|the")) {
            int close = k + 2;
            while (close < ts.size() && close - k <= 16 && !Rx.matches(ts.get(close).text(), "[,;:]")) close++;
            if (close < ts.size() && ts.get(close).is(",")) k = close + 1;
        }
        int verbs = k;
        while (k < ts.size() && k - verbs <= 5 && Rx.matches(ts.get(k).lower(), "was|were|is|has|have|had|been|be|will|would|to|later|then|formally|officially|recently|just|since|subsequently|eventually"))
            k++;
        if (k >= ts.size() || !TAKING_OFFICE.contains(ts.get(k).lower())) return;
        String verb = ts.get(k).lower();
        // (an office given takes a passive: "Katz was appointed defence minister", not "Netanyahu appointed Katz defence minister")
        boolean passive = false;
        for (int j = verbs; j < k; j++) passive |= Rx.matches(ts.get(j).lower(), "was|were|is|been|be");
        if (Rx.matches(verb, "elected|re-elected|reelected|appointed|named|installed|inaugurated|sworn") && !passive) return;
        k++;
        if (verb.equals("sworn") || verb.startsWith("inaugurat") || verb.equals("installed")) {
            if (k < ts.size() && ts.get(k).is("in")) k++;
            if (k >= ts.size() || !ts.get(k).is("as")) return;
        } else if (verb.startsWith("serv")) {
            if (k >= ts.size() || !ts.get(k).is("as")) return;
        } else if (verb.startsWith("t")) {
            if (k + 1 >= ts.size() || !ts.get(k).is("office") || !ts.get(k + 1).is("as")) return;
            k++;
        }
        if (k < ts.size() && ts.get(k).is("as")) k++;
        int from = k;
        while (k < ts.size() && k - from < 8 && !TITLE_END.contains(ts.get(k).lower()) && (Character.isLetter(ts.get(k).text().charAt(0))
                || ts.get(k).possessive() || ts.get(k).is("-"))) k++;
        if (k == from) return;
        Node office = titledOffice(ts, from, k, person.entity());
        if (office != null) noteTitle(d, new Mention(from, k, office, Kind.OFFICE, ts.get(from).text()), person);
    }

    /** The office of those the person held that the title words in [from, to) name, or null (no title head, or no match). */
    private Node titledOffice(List<Token> ts, int from, int to, Node person) {
        List<String> words = new ArrayList<>();
        String head = null;
        for (int j = from; j < to; j++) {
            String w = ts.get(j).lower();
            if (TITLE_HEADS.contains(w)) head = w;
            if (Character.isLetter(w.charAt(0)) && !TITLE_FILLER.contains(w)) words.add(w);
        }
        return head == null ? null : gaz.officeTitled(person, words, head);
    }

    /** Records that the title mention names the person's office, for the office's later mentions and a holdsPosition candidate. */
    private void noteTitle(Discourse d, Mention title, Mention person) {
        d.officeHolder.put(title.entity(), person.entity());
        d.titles.add(new Mention[] {title, person});
        // ("the European Union's foreign policy chief Kaja Kallas": the Union is in view too)
        Node owner = gaz.officeOf(title.entity());
        if (owner != null) d.titleOwners.putIfAbsent(owner, title.from());
    }

    private static int titleBefore(List<Token> ts, int name, int floor) {
        int from = -1;
        boolean head = false;
        for (int j = name - 1; j >= floor && name - j <= 6; j--) {
            Token t = ts.get(j);
            String w = t.lower();
            boolean word = TITLE_HEADS.contains(w) || TITLE_FILLER.contains(w) || !w.isEmpty() && Character.isLetter(t.text().charAt(0))
                    && (Character.isUpperCase(t.text().charAt(0)) || t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("ADJ"))
                    && !t.tag().equals("PRON") && !t.tag().equals("DET");
            if (!word) break;
            if (TITLE_HEADS.contains(w)) head = true;
            from = j;
        }
        if (!head) return -1;
        while (from < name && (TITLE_FILLER.contains(ts.get(from).lower()) && !ts.get(from).is("then") && !ts.get(from).is("former")
                && !ts.get(from).is("acting"))) from++;
        return from < name ? from : -1;
    }

    // --- triggers ------------------------------------------------------------------------------

    /** The end index of the trigger phrase starting at {@code i}, or -1. */
    private static int matchTrigger(List<Token> ts, int i, String[] words, String form) {
        int j = i;
        for (int w = 0; w < words.length; w++) {
            // Particles of a phrasal verb may follow an object pronoun or a short noun phrase: "shoot it down".
            if (j >= ts.size()) return -1;
            Token t = ts.get(j);
            // "<poss>": a possessive pronoun or a name with "'s" ("froze its participation in", "froze Armenia's participation in")
            if (words[w].equals("<poss>") && w > 0) {
                if (Rx.matches(t.lower(), "its|their|his|her|our")) {
                    j++;
                    continue;
                }
                int k = j;
                while (k < ts.size() && k - j < 4 && ts.get(k).tag().equals("PROPN")) k++;
                if (k == j || k >= ts.size() || !(ts.get(k).possessive())) return -1;
                j = k + 1;
                continue;
            }
            boolean match = t.lemma().equals(words[w]) || t.lower().equals(words[w]) || (w == 0 && inflectionOf(t.lower(), words[w]));
            // ("traded near-daily fire with", "exchanged heavy fire": adjectives before the noun of a verb-and-noun phrase)
            if (!match && w > 0 && (form.equals("verb") || form.equals("receive")) && ts.get(i).tag().equals("VERB")) {
                int k = j;
                // ("trading artillery and drone fire": nouns coordinated before it too)
                while (k < ts.size() && k - j < 4 && (ts.get(k).tag().equals("ADJ") || ts.get(k).is("-") || k + 1 < ts.size() && ts.get(k + 1).is("-")
                        || ts.get(k).tag().equals("NOUN") && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "and|or")
                        || Rx.matches(ts.get(k).lower(), "and|or") && k > j
                        || k > j && Rx.matches(ts.get(k - 1).lower(), "and|or") && k + 1 < ts.size() && ts.get(k + 1).tag().equals("NOUN"))) k++;
                // (not a figure: "traded verbal attacks", "exchanged diplomatic fire")
                boolean figure = false;
                for (int f = j; f < k; f++) figure |= FIGURATIVE_ATTACKS.contains(ts.get(f).lower()) || ts.get(f).is("personal");
                if (k > j && k < ts.size() && !figure && ts.get(k).tag().equals("NOUN") && (ts.get(k).lemma().equals(words[w]) || ts.get(k).lower().equals(words[w]))) {
                    j = k;
                    match = true;
                }
            }
            if (!match) return -1;
            j++;
        }
        Token first = ts.get(i);
        if (form.equals("verb") || form.equals("receive")) {
            // The tagger errs on news prose ("shot/NOUN down", "armed/ADP"): a trigger word counts as a verb
            // unless it stands where a noun would (after an article, adjective, number or possessive).
            Token prev = i > 0 ? ts.get(i - 1) : null;
            boolean nounContext = prev != null && (prev.tag().equals("DET") || prev.tag().equals("ADJ") || prev.lower().endsWith("'s")
                    || prev.lower().endsWith("’s") || prev.tag().equals("NUM") || prev.tag().equals("PRON") && Rx.matches(prev.lower(), "his|her|its|their|our|my|your"));
            // "his Washington talks": after a possessive pronoun and a name the word is a noun whatever its ending.
            if (i >= 2 && Rx.matches(ts.get(i - 2).lower(), "his|her|its|their|our|my|your") && ts.get(i - 1).tag().equals("PROPN")) return -1;
            if (first.tag().equals("VERB")) return nounContext && !looksVerbal(first.lower()) ? -1 : j;
            // (a trigger that is a preposition: "under the Abraham Accords")
            if (words.length == 1 && PREPOSITIONS.contains(words[0])) return first.tag().equals("ADP") ? j : -1;
            if (nounContext) return -1;
            // After the infinitive marker or a modal the tagger's NOUN is a verb: "saw fit to bomb/NOUN", "would retaliate/ADJ".
            if (prev != null && prev.is("to") && first.tag().equals("NOUN")) return j;
            if (prev != null && MODALS.contains(prev.lower()) && Rx.matches(first.tag(), "NOUN|ADJ")) return j;
            // After coordinated names the bare form is a verb: "Ankara, the EU and the United States list/NOUN as a terrorist group".
            if (prev != null && prev.tag().equals("PROPN") && first.tag().equals("NOUN") && i + 1 < ts.size()
                    && Rx.matches(ts.get(i + 1).tag(), "DET|ADP|PROPN") && !Rx.matches(ts.get(i + 1).lower(), "of|for|to|with|in|on|between")) {
                for (int k = i - 2; k >= 0 && i - k <= 8 && !Rx.matches(ts.get(k).tag(), "VERB|AUX"); k--) if (ts.get(k).is("and")) return j;
            }
            // After a plural noun the bare form before its object is a verb in the present: "Russian troops occupy/ADV Crimea".
            if (prev != null && prev.tag().equals("NOUN") && prev.lower().endsWith("s") && Rx.matches(first.tag(), "ADV|ADJ|NOUN") && i + 1 < ts.size()
                    && Rx.matches(ts.get(i + 1).tag(), "DET|PROPN")) return j;
            return words.length > 1 || looksVerbal(first.lower()) || first.tag().equals("AUX") ? j : -1;
        }
        if (form.equals("noun") || form.equals("airspace") || form.equals("modifier")) {
            if (form.equals("airspace")) return j;
            // The tagger takes a sentence-initial plural for a verb ("Talks between …").
            boolean initialPlural = i == 0 && first.lower().endsWith("s");
            // …and a word after an article or a possessive for a verb ("Iran's support/VERB for").
            Token prev = i > 0 ? ts.get(i - 1) : null;
            boolean nounContext = prev != null && (prev.tag().equals("DET") || prev.lower().endsWith("'s") || prev.lower().endsWith("’s")
                    || prev.tag().equals("PRON") && Rx.matches(prev.lower(), "his|her|its|their|our|my|your")
                    // ("has ties/VERB with": after "have" a verb would be a participle)
                    || prev.lemma().equals("have") && !first.lower().endsWith("ed") && !first.lower().endsWith("en")
                            && !IRREGULAR_FORMS.contains(first.lower()));
            // …and a word right after a verb in the past ("resumed talks/VERB with").
            if (prev != null && prev.tag().equals("VERB") && prev.lower().endsWith("ed") && first.lower().endsWith("s")) nounContext = true;
            // …and the first word of a phrase that ends in a noun ("held joint/VERB exercises").
            boolean nounPhrase = words.length > 1 && ts.get(j - 1).tag().equals("NOUN");
            return first.tag().equals("VERB") && !first.lower().endsWith("ing") && !initialPlural && !nounContext && !nounPhrase ? -1 : j;
        }
        return j;
    }

    private static boolean looksVerbal(String w) {
        return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s") || IRREGULAR_FORMS.contains(w);
    }

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(Map.entry("shoot", new String[] {"shot", "shoots", "shooting"}),
            Map.entry("fight", new String[] {"fought", "fights", "fighting"}), Map.entry("strike", new String[] {"struck", "strikes", "striking"}),
            Map.entry("lead", new String[] {"led", "leads", "leading"}), Map.entry("send", new String[] {"sent", "sends", "sending"}),
            Map.entry("hit", new String[] {"hits", "hitting"}), Map.entry("sell", new String[] {"sold", "sells", "selling"}),
            Map.entry("pay", new String[] {"paid", "pays", "paying"}), Map.entry("meet", new String[] {"met", "meets", "meeting"}),
            Map.entry("break", new String[] {"broke", "broken", "breaks"}), Map.entry("take", new String[] {"took", "taken", "takes"}),
            Map.entry("leave", new String[] {"left", "leaves"}), Map.entry("sit", new String[] {"sat", "sits"}),
            Map.entry("seize", new String[] {"seized", "seizes"}), Map.entry("grab", new String[] {"grabbed", "grabs"}),
            Map.entry("freeze", new String[] {"froze", "frozen", "freezes"}), Map.entry("withdraw", new String[] {"withdrew", "withdrawn", "withdraws"}),
            Map.entry("speak", new String[] {"spoke", "spoken", "speaks"}), Map.entry("hold", new String[] {"held", "holds"}),
            Map.entry("stand", new String[] {"stood", "stands"}), Map.entry("overrun", new String[] {"overran", "overruns"}),
            Map.entry("shake", new String[] {"shook", "shaken", "shakes"}), Map.entry("give", new String[] {"gave", "given", "gives"}),
            Map.entry("drive", new String[] {"drove", "driven", "drives"}), Map.entry("fly", new String[] {"flew", "flown", "flies"}),
            Map.entry("begin", new String[] {"began", "begun", "begins"}), Map.entry("sign", new String[] {"signs", "signed"}),
            Map.entry("lend", new String[] {"lent", "lends", "lending"}));

    /** Irregular verb forms ("struck", "shot", "sold"): never nouns, whatever the tagger says. */
    private static final Set<String> IRREGULAR_FORMS = IRREGULAR.values().stream().flatMap(java.util.Arrays::stream)
            .filter(f -> !f.endsWith("s")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "expel" → "expelled", "ship" → "shipped", "plan" → "planning": a final consonant after one vowel doubles. */
    private static boolean doublesFinal(String lemma) {
        int n = lemma.length();
        if (n < 3) return false;
        String vowels = "aeiou";
        char a = lemma.charAt(n - 3), b = lemma.charAt(n - 2), c = lemma.charAt(n - 1);
        return vowels.indexOf(a) < 0 && vowels.indexOf(b) >= 0 && vowels.indexOf(c) < 0 && "wxy".indexOf(c) < 0;
    }

    private static boolean inflectionOf(String word, String lemma) {
        if (doublesFinal(lemma)) {
            char c = lemma.charAt(lemma.length() - 1);
            if (word.equals(lemma + c + "ed") || word.equals(lemma + c + "ing")) return true;
        }
        String[] forms = IRREGULAR.get(lemma);
        if (forms != null) for (String f : forms) if (f.equals(word)) return true;
        return word.equals(lemma + "s") || word.equals(lemma + "ed") || word.equals(lemma + "d") || word.equals(lemma + "ing")
                || word.equals(lemma + "es") || lemma.endsWith("e") && word.equals(lemma.substring(0, lemma.length() - 1) + "ing")
                || lemma.endsWith("y") && (word.equals(lemma.substring(0, lemma.length() - 1) + "ied") || word.equals(lemma.substring(0, lemma.length() - 1) + "ies"));
    }

    // --- argument finding ------------------------------------------------------------------------

    private List<Candidate> apply(Pattern p, Sentence s, List<Mention> ms, int t0, int t1, Discourse d, Article a) {
        List<Token> ts = s.tokens();
        // ("nuclear-armed Pakistan", "oil-funded": a verb's form inside a hyphenated modifier is no verb)
        if (p.form().equals("verb") && t0 > 1 && ts.get(t0 - 1).is("-") && !covered(ms, t0 - 2)) return List.of();
        List<Mention> subjects = new ArrayList<>();
        List<Mention> objects = new ArrayList<>();
        double conf = p.confidence();
        // "Washington views Moscow as a threat", "Ankara considers the YPG a terrorist organisation": seeing someone as an
        // enemy is opposing them.
        if (p.id().equals("regard-as")) {
            int x = t1;
            while (x < ts.size() && ts.get(x).tag().equals("DET")) x++;
            Mention seen = startingAtOrNull(ms, x);
            // ("Hamas is designated a terrorist organisation by the United States and the EU", "The PKK, which is listed as a
            // terrorist organization by Türkiye, …": seen as an enemy, in the passive, by the agents)
            if (seen == null && t0 > 0 && Rx.matches(ts.get(t0 - 1).lower(), "is|are|was|were|been|being|be")) {
                int by = ts.get(t1).is("as") ? t1 + 1 : t1;
                boolean hostile = false;
                while (by < ts.size() && by - t1 <= 6 && Rx.matches(ts.get(by).tag(), "DET|ADJ|NOUN") && mentionAt(ms, by) == null)
                    hostile |= HOSTILE_WORDS.contains(ts.get(by++).lower());
                Mention passiveSubject = hostile && by < ts.size() && ts.get(by).is("by") ? left(ms, ts, t0) : null;
                if (passiveSubject != null && !negatedVerb(ts, t0)) {
                    List<Mention> agents = rightMentions(ms, ts, by + 1, Set.of(), 3);
                    if (!agents.isEmpty()) return candidates(p, s, ms, t0, d, a, agents, List.of(passiveSubject), conf - 0.05);
                }
            }
            // ("the PKK, a group that Ankara, the EU and the US designate as a terrorist organisation": the relative clause's antecedent)
            if (seen == null && t1 < ts.size() && ts.get(t1).is("as")) {
                Mention seer = left(ms, ts, t0);
                if (seer != null) seen = objectAntecedent(ms, ts, coordinatedLeft(ms, ts, seer).get(0), t1);
            }
            // ("Iran's foreign minister called the move 'unjustified, illegal'", "Islamabad described the strikes as an act of war":
            // an act named before, judged harshly, is opposition to whoever did it)
            if (seen == null) {
                Mention judge = left(ms, ts, t0);
                List<Node> doers = judge == null ? List.of() : actInView(ms, ts, t1, d, s.index(), coordinatedLeft(ms, ts, judge));
                if (doers.isEmpty()) return List.of();
                // (judged after the act's own words, not negated: "did not call the strikes a violation", "unusual but not illegal";
                // "an act of war", "an act of aggression" judge; "a legitimate response" does not)
                if (negatedVerb(ts, t0)) return List.of();
                int after = t1 + 1;
                while (after < ts.size() && !GENERIC_ACTS.contains(ts.get(after).lower()) && !ACT_KEYS.containsKey(ts.get(after).lower())) after++;
                if (!harshAfter(ts, after + 1, 14)) return List.of();
                List<Mention> judges = coordinatedLeft(ms, ts, judge);
                List<Mention> done = new ArrayList<>();
                for (Node doer : doers) {
                    if (judges.stream().anyMatch(m -> doer.equals(actorOf(m)) || doer.equals(gaz.stateOf(actorOf(m))))) continue;
                    done.add(new Mention(t1, t1, doer, Kind.NAME, "(context)"));
                }
                if (done.isEmpty()) return List.of();
                List<Candidate> out = new ArrayList<>(candidates(p, s, ms, t0, d, a, judges, done, conf - 0.15));
                out.addAll(violationsJudged(s, ms, a, after, judge, done, conf));
                return out;
            }
            if (seen.kind() == Kind.DEMONYM) return List.of();
            // ("Stoltenberg called Moscow's nuclear rhetoric “dangerous and reckless”": a thing of theirs judged harshly)
            if (seen.from() > t0 && possessor(ts, seen) && !negatedVerb(ts, t0)) {
                // (a thing they do or say, "Moscow's rhetoric", "Beijing's drills", not "Gaza's humanitarian situation", "Israel's
                // hostages"; the noun phrase ends at it, whatever the tagger made of the words after: "Manila's rhetoric/ADJ
                // reckless/NOUN and irresponsible"; judged in the complement itself: not "Ukraine's efforts to end the war admirable",
                // "Finland's accession a response to Russian aggression")
                int head = -1;
                for (int k = seen.to() + 1; k < ts.size() && k - seen.to() <= 4 && Rx.matches(ts.get(k).tag(), "NOUN|ADJ"); k++) {
                    String w = ts.get(k).lower();
                    if (GENERIC_ACTS.contains(w) || ACT_KEYS.containsKey(w) || STANCE_THINGS.contains(w)) head = k;
                }
                Mention judge = left(ms, ts, t0);
                if (head < 0 || judge == null || !harshComplement(ts, head + 1)) return List.of();
                return candidates(p, s, ms, t0, d, a, coordinatedLeft(ms, ts, judge), List.of(seen), conf - 0.1);
            }
            int from = seen.from() > t0 ? seen.to() : t1;
            boolean hostile = false;
            String friendly = null;
            for (int k = from; k < ts.size() && k - from < 7; k++) {
                if (HOSTILE_WORDS.contains(ts.get(k).lower())) hostile = true;
                // ("treat France as a partner", "regards Pakistan as an ally")
                if (k > from && ts.get(from).is("as") && Rx.matches(ts.get(k).lower(), "partners?|allies|ally|friends?"))
                    friendly = ts.get(k).lower().startsWith("all") ? "allyOf" : "cooperatesWith";
                if (hostile || friendly != null || Rx.matches(ts.get(k).tag(), "VERB|AUX|PUNCT") || Rx.matches(ts.get(k).lower(), "and|but|because|for")) break;
            }
            Mention seer = hostile || friendly != null ? left(ms, ts, t0) : null;
            // (a modal or a "should have" before the verb: "What Washington and London should have done is treat France as a partner")
            if (seer == null && friendly != null) seer = pseudoCleftSubject(ms, ts, t0);
            Pattern as = friendly == null ? p : new Pattern(p.id(), friendly, p.form(), p.triggers(), p.preps(), p.direct(), null, p.confidence());
            return seer == null ? List.of() : candidates(as, s, ms, t0, d, a, coordinatedLeft(ms, ts, seer), List.of(seen), conf);
        }
        // "Morocco normalised ties with Israel under the Abraham Accords": who acts under an agreement is a party to it.
        if (p.id().equals("under")) {
            if (t0 < 2 || ts.get(t0 - 1).text().equals(",")) return List.of();
            List<Mention> agreement = rightMentions(ms, ts, t1, Set.of(), 1);
            if (agreement.size() != 1 || !index.isA(agreement.get(0).entity(), ENT.Agreement)) return List.of();
            // ("accused Tehran of non-performance of its commitments under the 2015 nuclear deal": whose commitments they are)
            int c = t0 - 1;
            if (c >= 1 && Rx.matches(ts.get(c).lower(), "commitments?|obligations?|responsibilities|pledges?|duties")) {
                Mention owner = null;
                if (ts.get(c - 1).possessive()) owner = endingAt(ms, c - 1);
                else if (Rx.matches(ts.get(c - 1).lower(), "its|their")) {
                    for (Mention m : ms) if (m.to() <= c - 1 && c - 1 - m.to() <= 12 && index.isA(actorOf(m), ENT.State)) owner = m;
                }
                if (owner != null) return candidates(p, s, ms, t0, d, a, List.of(owner), agreement, conf);
            }
            List<Mention> parties = sentenceSubjects(ms, ts, t0);
            return parties.isEmpty() ? List.of() : candidates(p, s, ms, t0, d, a, parties, agreement, conf);
        }
        // ("Russian tanks crossed into Estonia": only a force moving into a place attacks it; the words before the verb end in a
        // force, "Turkish troops", "the Russian army", "Israeli forces backed by tanks")
        if (p.id().equals("move-into")) {
            int k = t0 - 1;
            while (k >= 0 && Rx.matches(ts.get(k).tag(), "ADV|AUX|PART")) k--;
            if (k < 0 || !INVADING_FORCES.contains(ts.get(k).lower())) return List.of();
        }
        // ("At the invitation of King Fahd, American troops poured into Saudi Arabia": forces invited in neither attack nor occupy)
        if (Rx.matches(p.id(), "move-into|sweep")) {
            for (int j = 0; j + 3 < t0; j++) {
                if (Rx.matches(ts.get(j).lower(), "at|on|upon") && ts.get(j + 1).is("the") && Rx.matches(ts.get(j + 2).lower(), "invitation|request|behest")
                        && ts.get(j + 3).is("of")) return List.of();
            }
        }
        // "Russia hit back at the EU with new sanctions", "struck back with tariffs": retaliation by measures is no attack.
        if (p.id().equals("fire-at") && t1 - t0 == 2 && ts.get(t0 + 1).is("back")) {
            for (int k = t1; k + 1 < ts.size() && k - t1 <= 10; k++) {
                if (!ts.get(k).is("with")) continue;
                for (int j = k + 1; j < ts.size() && j - k <= 4; j++) {
                    if (Rx.matches(ts.get(j).lower(), "sanctions?|tariffs?|measures?|penalties|duties|restrictions?|bans?|countermeasures?|expulsions?")) return List.of();
                }
            }
        }
        // "Trump pulled the United States out of the Iran nuclear deal": the one pulled out withdraws.
        if (p.id().equals("pull-out")) {
            int x = t1;
            while (x < ts.size() && ts.get(x).tag().equals("DET")) x++;
            Mention pulled = startingAtOrNull(ms, x);
            if (pulled == null || pulled.to() + 2 >= ts.size() || !ts.get(pulled.to()).is("out") || !ts.get(pulled.to() + 1).is("of")) return List.of();
            List<Mention> from = rightMentions(ms, ts, pulled.to() + 2, Set.of(), 2);
            return from.isEmpty() ? List.of() : candidates(p, s, ms, t0, d, a, List.of(pulled), from, conf);
        }
        // ("Israel and Hamas have agreed to a ceasefire", "reached a truce with": only a ceasefire agreed, reached or signed)
        if (p.id().equals("truce-agreed")) {
            boolean agreed = false;
            for (int k = t0 - 1; k >= 0 && t0 - k <= 5 && !agreed; k--) {
                agreed = Rx.matches(ts.get(k).tag(), "VERB|NOUN|ADJ") && (Rx.matches(ts.get(k).lemma(), "agree|reach|sign|strike|conclude|accept|negotiate|seal|clinch")
                        || Rx.matches(ts.get(k).lower(), "agreed|reached|signed|struck|concluded|accepted|negotiated|sealed"));
                if (Rx.matches(ts.get(k).text(), "[,;]")) break;
            }
            if (!agreed) return List.of();
        }
        // ("recognised Juan Guaidó as Venezuela's interim president": only a person recognised as a leader)
        if (p.id().equals("recognise")) {
            int x = t1;
            while (x < ts.size() && Rx.matches(ts.get(x).tag(), "DET|ADJ|NOUN") && startingAtOrNull(ms, x) == null && x - t1 < 3) x++;
            Mention who = startingAtOrNull(ms, x);
            // ("Spain recognised the State of Palestine", "Russia recognised Abkhazia and South Ossetia", "recognised Kosovo's
            // independence", "Kosovo, which is recognised by the United States": a state recognised as one; not "recognised
            // Israel's right to …")
            boolean passive = skipAdverbs(ts, t1) < ts.size() && ts.get(skipAdverbs(ts, t1)).is("by");
            boolean state = who != null && index.isA(who.entity(), ENT.State) && (who.to() >= ts.size()
                    || !(ts.get(who.to()).possessive()) || who.to() + 1 < ts.size()
                    && Rx.matches(ts.get(who.to() + 1).lower(), "independence|sovereignty|statehood"));
            // (recognised "as" something: only as independent or sovereign, never "as a terrorist state", "as the main threat",
            // "as a legitimate negotiating partner"; and not a part named by a compass word, "Northern Cyprus")
            if (state && who.to() < ts.size() && ts.get(who.to()).is("as")) {
                boolean independent = false, hostile = false;
                for (int k = who.to() + 1; k < ts.size() && k - who.to() <= 5; k++) {
                    independent |= Rx.matches(ts.get(k).lower(), "independent|sovereign")
                            || Rx.matches(ts.get(k).lower(), "state|country|nation") && Rx.matches(ts.get(k - 1).lower(), "a|an");
                    hostile |= HOSTILE_WORDS.contains(ts.get(k).lower()) || Rx.matches(ts.get(k).lower(), "sponsors?|aggressors?|occupiers?");
                }
                state = independent && !hostile;
            }
            if (state && who.from() > 0 && Rx.matches(ts.get(who.from() - 1).text(), "Northern|Southern|Eastern|Western|North|South|East|West")) return List.of();
            if (!passive && !state) {
                if (who == null || !index.isA(who.entity(), ENT.Person) || who.to() >= ts.size() || !ts.get(who.to()).is("as")) return List.of();
                boolean leader = false;
                for (int k = who.to() + 1; k < ts.size() && k - who.to() <= 6 && !leader; k++)
                    leader = Rx.matches(ts.get(k).lower(), "president|leader|head|ruler|government|prime|premier");
                if (!leader) return List.of();
            }
        }
        // ("allowed Russia to use its territory": only the use of land, bases or airspace)
        if (p.id().equals("allow-use")) {
            int use = t1;
            // ("let US forces use its bases": a bare infinitive after "let")
            while (use + 1 < ts.size() && use - t1 <= 8 && !(ts.get(use).is("to") && ts.get(use + 1).lemma().equals("use"))
                    && !(ts.get(t0).lemma().equals("let") && ts.get(use + 1).lemma().equals("use"))) use++;
            boolean land = false;
            for (int k = use + 2; k < ts.size() && k - use <= 7 && use - t1 <= 8; k++) land |= Rx.matches(ts.get(k).lower(), 
                    "territory|airspace|bases|base|ports|port|soil|airfields|airfield|facilities|roads|railways|land");
            if (!land) return List.of();
            // ("allowed Russia to use its territory for transit of goods": trade is no support)
            for (int k = use; k < ts.size() && k - use <= 14; k++) if (Rx.matches(ts.get(k).lower(), "goods|trade|cargo|exports|imports|commercial|civilian|tourists"))
                return List.of();
        }
        // ("counts both Qatar and Saudi Arabia among its closest security partners")
        if (p.id().equals("count-among")) {
            int among = t1;
            while (among < ts.size() && among - t1 <= 10 && !ts.get(among).is("among")) among++;
            boolean allies = false;
            // ("among its closest allies": the subject's own; not "among the countries where aid partners …")
            boolean own = false;
            for (int k = among + 1; k < ts.size() && k - among <= 6; k++) {
                own |= k == among + 1 && Rx.matches(ts.get(k).lower(), "its|their|his|her|our|my");
                allies |= own && Rx.matches(ts.get(k).lower(), "allies|partners|friends");
            }
            if (among >= ts.size() || !allies) return List.of();
        }
        // ("threw out 23 Russian diplomats", "the expulsion of over 100 Russian diplomats": only a state's envoys expelled)
        if (p.id().startsWith("expel")) {
            int k = t1;
            if (p.form().equals("noun")) {
                if (k >= ts.size() || !ts.get(k).is("of")) return List.of();
                k++;
            }
            boolean envoys = false;
            for (int j = k; j < ts.size() && j - k <= 7 && !envoys; j++) {
                // (a state's intelligence officers or embassy staff, not "UN staff" or "US military personnel")
                envoys = DIPLOMATS.contains(ts.get(j).lower()) || Rx.matches(ts.get(j).lower(), "spies|attaché|attachés|attache|attaches")
                        || Rx.matches(ts.get(j).lower(), "officers|staff|personnel") && j > k && Rx.matches(ts.get(j - 1).lower(), "intelligence|embassy|diplomatic|consular");
                if (Rx.matches(ts.get(j).text(), "[,;.]")) break;
            }
            if (!envoys) return List.of();
        }
        // ("banned most food imports from the EU": only trade is banned from or to someone)
        if (p.id().equals("ban-trade")) {
            int k = t1;
            while (k < ts.size() && k - t1 <= 4 && !TRADE.contains(ts.get(k).lower())) k++;
            if (k >= ts.size() || k - t1 > 4 || k + 1 >= ts.size() || !Rx.matches(ts.get(k + 1).lower(), "from|to")) return List.of();
            // Halting, suspending or blocking trade is a sanction only as a measure against the other side: not "halted gas
            // transit after the contract expired", "suspended flights to Russia after the bombing", "blocked grain exports from
            // Ukraine" (a blockade of the other side's own trade). A ban or embargo is a measure; the others need one named.
            if (!Rx.matches(ts.get(t0).lemma(), "ban|embargo|restrict|curb")) {
                boolean measure = false;
                for (Token t : ts) measure |= Rx.matches(t.lower(), "sanctions?|retaliation|retaliatory|punitive|countermeasures?|punish|punishment|penalty|penalties|pressure|protest|embargo|ban");
                if (!measure) return List.of();
            }
            // ("blocked grain exports from Ukraine": what is blocked must be trade with the one who blocks it, so the other side's
            // exports blocked in transit are no sanction on it unless they go to the blocker)
            if (ts.get(k).lower().equals("exports") && ts.get(k + 1).is("from") && !Rx.matches(ts.get(t0).lemma(), "ban|embargo")) return List.of();
        }
        // ("Saudi Arabia and Iran agreed to restore ties": only two or more coordinated subjects right before the verb, each with each)
        if (p.id().equals("agree-pair")) {
            Mention last = left(ms, ts, t0);
            List<Mention> group = last == null ? List.of() : coordinatedLeft(ms, ts, last);
            // (not sharing a view: "agree that NATO is a threat", "agree the treaty is dead", "agree on the need for …": "agree" only
            // before "to" or "on" an accord; nor talks with a third: "discussed Syria with Turkey")
            int next = skipAdverbs(ts, t1);
            int time = timeAdjunctEnd(ts, next);
            if (time > next) next = time;
            if (group.size() < 2 || !index.isA(actorOf(group.get(0)), ENT.Actor)) return List.of();
            if (ts.get(t0).lemma().equals("agree")) {
                boolean to = next < ts.size() && ts.get(next).is("to");
                // (an accord agreed on or agreed: "agreed on a cease-fire", "agree Gaza ceasefire and hostage deal")
                boolean onAccord = false;
                int from = next < ts.size() && ts.get(next).is("on") ? next + 1 : next;
                for (int k = from; k < ts.size() && k - from <= 3 && (Rx.matches(ts.get(k).tag(), "DET|ADJ|PROPN|NOUN") || ts.get(k).is("-")); k++)
                    onAccord |= TRUCES.contains(ts.get(k).lower()) || Rx.matches(ts.get(k).lower(), "cease|deal|agreement|accord|plan|framework|roadmap|terms|text|exchange|swap");
                if (!to && !onAccord) return List.of();
            } else {
                for (int k = next; k < ts.size() && k - next <= 8 && !Rx.matches(ts.get(k).text(), "[,;.]"); k++) if (ts.get(k).is("with")) return List.of();
            }
            return pairwise(p, s, ms, t0, d, a, group, conf);
        }
        // ("Lithuania shut two of its crossings with Belarus", "closed its airspace to Russian aircraft": only a border, its
        // crossings or an airspace closed to the other side; not "closed the embassy", "shut the case")
        if (p.id().equals("close-border")) {
            int k = t1;
            while (k < ts.size() && k - t1 <= 6 && !BORDER_WORDS.contains(ts.get(k).lower()) && Rx.matches(ts.get(k).tag(), "DET|ADJ|NUM|PRON|ADP|NOUN")
                    && !Rx.matches(ts.get(k).lower(), "with|to")) k++;
            if (k >= ts.size() || !BORDER_WORDS.contains(ts.get(k).lower())) return List.of();
            while (k + 1 < ts.size() && BORDER_WORDS.contains(ts.get(k + 1).lower())) k++;
            if (k + 1 >= ts.size() || !Rx.matches(ts.get(k + 1).lower(), "with|to")) return List.of();
            // (not a closure against a disease, for travel, or against fighters or smugglers crossing: "closed its border with Guatemala
            // to non-essential travel during the pandemic", "to stop Islamic State fighters")
            for (Token t : ts) if (Rx.matches(t.lower(), "pandemic|coronavirus|covid(-19)?|ebola|cholera|virus|outbreak|epidemic|disease|quarantine"
                    + "|non-essential|travel|fighters|militants|jihadists|smugglers|smuggling|traffickers")) return List.of();
        }
        // ("the SDF drove Islamic State out of Raqqa": the one driven out is fought; not "forced Russia to withdraw")
        if (p.id().equals("drive-out")) {
            int x = t1;
            while (x < ts.size() && ts.get(x).tag().equals("DET")) x++;
            Mention driven = startingAtOrNull(ms, x);
            // (a people's forces: "pushed Russian forces out of Kherson", but not "forced Armenians out of …")
            int out = driven == null ? -1 : driven.to();
            if (driven != null && driven.kind() == Kind.DEMONYM && !TROOP_WORDS.contains(ts.get(out - 1).lower()))
                out = out < ts.size() && TROOP_WORDS.contains(ts.get(out).lower()) ? out + 1 : -1;
            if (driven == null || out < 0 || out + 1 >= ts.size() || !ts.get(out).is("out")) return List.of();
            // Only in war: "kicked France out of the country", "pushed Russia out of the G8" are expulsions, not fighting. An
            // expelling verb never fights; a state is fought only out of a place, an armed group out of anywhere.
            if (Rx.matches(ts.get(t0).lemma(), "kick|throw")) return List.of();
            List<Mention> from = ts.get(out + 1).is("of") ? rightMentions(ms, ts, out + 2, Set.of(), 2) : List.of();
            Node whence = from.isEmpty() ? null : from.get(0).entity();
            if (whence != null && (index.isA(whence, ENT.Organization) || index.isA(whence, ENT.Agreement))) return List.of();
            boolean armed = index.isA(driven.entity(), ENT.ArmedGroup) || driven.kind() == Kind.DEMONYM
                    || TROOP_WORDS.contains(ts.get(driven.to() - 1).lower()) || Rx.matches(ts.get(driven.to() - 1).lower(), "army|military|navy");
            if (!armed && (whence == null || index.isA(whence, ENT.State) && !Rx.matches(ts.get(t0).lemma(), "drive|push|chase|beat"))) return List.of();
        }
        // ("a diplomatic offensive against Kyiv", "launched a charm offensive against Manila", "a verbal attack on Macron": no armed attack)
        if (Rx.matches(p.relation(), "attacks|fightsAgainst") && figurative(ts, t0, t1)) return List.of();
        switch (p.form()) {
            case "verb", "receive" -> {
                int afterParticles = skipAdverbs(ts, t1);
                // "armed and funded by Iran": coordinated participles share the agent.
                if (afterParticles + 2 < ts.size() && ts.get(afterParticles).is("and") && ts.get(afterParticles + 1).lower().endsWith("ed")
                        && ts.get(afterParticles + 2).is("by")) afterParticles += 2;
                // ("stood by Syria": "by" introduces the object of some verbs)
                // ("is backed in that stance by Russia": a short phrase before the agent)
                if (afterParticles + 2 < ts.size() && Rx.matches(ts.get(afterParticles).lower(), "in|on|over")) {
                    int by = afterParticles + 1;
                    while (by < ts.size() && by - afterParticles <= 3 && Rx.matches(ts.get(by).tag(), "DET|ADJ|NOUN|PRON") && mentionAt(ms, by) == null) by++;
                    if (by < ts.size() && by > afterParticles + 1 && ts.get(by).is("by")) afterParticles = by;
                }
                // ("signed in July 2022 by Russia": a time adjunct before the agent)
                int timeBefore = timeAdjunctEnd(ts, afterParticles);
                if (timeBefore > afterParticles && timeBefore < ts.size() && ts.get(timeBefore).is("by")) afterParticles = timeBefore;
                boolean passive = afterParticles < ts.size() && ts.get(afterParticles).is("by") && !p.relation().equals("leads") && !p.preps().contains("by");
                if (passive) {
                    int agent = afterParticles + 1;
                    // ("signed by envoys of Ukraine, Russia and the OSCE": the envoys act for those they represent)
                    if (agent + 1 < ts.size() && (ENVOYS.contains(ts.get(agent).lower()) || REPRESENTATIVES.contains(ts.get(agent).lower()))
                            && Rx.matches(ts.get(agent + 1).lower(), "of|from")) agent += 2;
                    // ("backed by smaller contingents from Australia and Poland": forces act for the states they come from)
                    int troops = agent;
                    while (troops < ts.size() && troops - agent < 3 && Rx.matches(ts.get(troops).tag(), "DET|ADJ|NUM")) troops++;
                    if (troops + 1 < ts.size() && (TROOP_WORDS.contains(ts.get(troops).lower()) || INVADING_FORCES.contains(ts.get(troops).lower())
                            || Rx.matches(ts.get(troops).lower(), "contingents?|detachments?")) && Rx.matches(ts.get(troops + 1).lower(), "of|from"))
                        agent = troops + 2;
                    List<Mention> by = rightMentions(ms, ts, agent, Set.of(), 4);
                    // "The framework was negotiated by Kerry and Lavrov": a symmetric act done to a thing holds between its agents.
                    // ("talks in Doha mediated by Qatar and Turkey": the mediators talk with the sides, the sentence's subjects, not with each
                    // other)
                    if (p.id().equals("mediate")) {
                        Mention thing = left(ms, ts, t0);
                        if (thing == null || !index.isA(actorOf(thing), ENT.Actor)) {
                            List<Mention> sides = sentenceSubjects(ms, ts, t0).stream().filter(m -> !by.contains(m)).toList();
                            return sides.isEmpty() || by.isEmpty() ? List.of() : candidates(p, s, ms, t0, d, a, by, sides, conf - 0.1);
                        }
                    }
                    if (by.size() >= 2 && Relations.isSymmetric(p.relation())) {
                        Mention thing = left(ms, ts, t0);
                        if (thing == null || !index.isA(actorOf(thing), ENT.Actor)) return pairwise(p, s, ms, t0, d, a, by, conf - 0.1);
                    }
                    subjects.addAll(by);
                    Mention o = left(ms, ts, t0);
                    // "Under the deal, first signed in July 2022 by Russia, …": a participle in apposition to the noun before it
                    if (o == null) {
                        int c = t0 - 1;
                        while (c > 0 && ts.get(c).tag().equals("ADV")) c--;
                        if (c > 0 && ts.get(c).text().equals(",")) o = endingAt(ms, c);
                    }
                    // ("About 11,000 troops were dispatched by Pyongyang to Russia": what is sent goes to the one after "to")
                    if (o == null && !by.isEmpty() && p.preps().contains("to")) {
                        int after = by.get(by.size() - 1).to();
                        if (after < ts.size() && ts.get(after).is("to")) {
                            List<Mention> to = rightMentions(ms, ts, after + 1, Set.of(), 2);
                            if (!to.isEmpty()) o = to.get(0);
                        }
                    }
                    // ("American and British forces, backed by …": a coordinated noun phrase before the comma, each of it)
                    if (o != null && o.to() < t0 && ts.get(t0 - 1).is(",") && o.kind() == Kind.DEMONYM) objects.addAll(coordinatedLeft(ms, ts, o));
                    else if (o != null) objects.add(o);
                    // "Serbia has never recognised Kosovo and is backed in that by Russia": a passive second verb phrase
                    else objects.addAll(secondVerbPhraseSubjects(ms, ts, t0));
                    conf -= 0.05;
                } else {
                    List<Candidate> mutual = eachOther(p, s, ms, t0, t1, d, a, conf);
                    if (mutual != null) return mutual;
                    Mention subj = left(ms, ts, t0);
                    // ("Zelenskiy's White House meeting with Trump": a name after a possessive and right before an -ing form
                    // modifies a noun; the noun pattern reads it)
                    if (subj != null && subj.to() == t0 && subj.from() > 0 && ts.get(subj.from() - 1).possessive() && ts.get(t0).lower().endsWith("ing"))
                        return List.of();
                    Mention accused = accused(ms, ts, t0);
                    if (accused != null) subj = accused;
                    // "Lavrov accused the West of arming Kyiv": the accused is the agent even when it names no
                    // actor we know; the accuser is not.
                    boolean accusation = accused == null && accusationSlot(ts, t0);
                    if (accusation) subj = null;
                    if (subj != null) {
                        subjects.addAll(coordinatedLeft(ms, ts, subj));
                    } else if (!accusation) {
                        // The sentence's subject serves a second verb phrase ("The US has sold jets to Taiwan and has stationed
                        // troops in Japan") and a participle clause ("The US and Russia are both engaged in Syria fighting ISIS"),
                        // though not a participle right after a common noun, which modifies that noun ("sanctions targeting Russia").
                        List<Mention> main = secondVerbPhraseSubjects(ms, ts, t0);
                        if (!main.isEmpty()) conf -= 0.1;
                        // (nor a gerund that is a verb's object: "has made normalising relations with Kosovo a condition")
                        Token before = t0 > 0 ? ts.get(t0 - 1) : null;
                        boolean gerundObject = before != null && before.tag().equals("VERB") && !SPEECH.contains(before.lemma())
                                && !SPEECH_WEAK.contains(before.lemma()) && !IMPLICATIVE.contains(before.lemma());
                        // (nor a gerund after an aspectual verb whose own subject is a pronoun we could not resolve: "if it kept supplying them")
                        int own = t0 - 2;
                        while (own >= 0 && Rx.matches(ts.get(own).tag(), "ADV|AUX")) own--;
                        final int pron = own;
                        boolean unresolvedSubject = before != null && before.tag().equals("VERB") && pron >= 0 && ts.get(pron).tag().equals("PRON")
                                && Rx.matches(ts.get(pron).lower(), "it|he|she|they|we|i|you") && ms.stream().noneMatch(m -> m.from() <= pron && pron < m.to());
                        if (main.isEmpty() && t0 > 0 && ts.get(t0).lower().endsWith("ing") && !before.tag().equals("NOUN") && !gerundObject && !unresolvedSubject) {
                            main = sentenceSubjects(ms, ts, t0);
                            if (!main.isEmpty()) conf -= 0.15;
                        }
                        // ("After meeting Xi in Beijing, Blinken said …": a gerund in an adjunct opening the sentence)
                        if (main.isEmpty()) main = openingAdjunctSubjects(ms, ts, t0, false);
                        subjects.addAll(main);
                    }
                    // ("The Duma voted to withdraw Russia's ratification of the CTBT", "signed the law withdrawing Russia's ratification
                    // of …": a name's possessive inside the trigger phrase is its agent when no other is found)
                    if (subjects.isEmpty() && !accusation) {
                        for (Mention m : ms) if (m.from() > t0 && m.to() < t1 && ts.get(m.to()).possessive() && collective(m)) subjects.add(m);
                    }
                    objects.addAll(rightMentions(ms, ts, t1, p.preps(), 6));
                    // "Washington has armed and trained the Ukrainian military": coordinated verbs share the object.
                    // ("Iran arms/NOUN and funds/NOUN Hezbollah": present-tense verbs the tagger took for plurals)
                    if (objects.isEmpty() && t1 + 2 < ts.size() && Rx.matches(ts.get(t1).lower(), "and|or")
                            && (ts.get(t1 + 1).tag().equals("VERB") && ts.get(t1 + 1).lower().endsWith("ed") == ts.get(t0).lower().endsWith("ed")
                                    || ts.get(t1 + 1).tag().equals("NOUN") && ts.get(t1 + 1).lower().endsWith("s") && ts.get(t0).lower().endsWith("s")
                                            && mentionAt(ms, t1 + 2) != null)) {
                        objects.addAll(rightMentions(ms, ts, t1 + 2, p.preps(), 6));
                    }
                    // A verb whose object needs a preposition ("ship … to", "cooperate with") has no bare object
                    // ("ship its own Leopards to Ukraine": not "its").
                    // ("has sent Ukraine 31 Abrams tanks", "gave Egypt billions of dollars": the recipient before what is given)
                    if (!objects.isEmpty() && !p.direct() && "supplied".equals(p.type()) && doubleObject(ts, t1, objects.get(0))) {
                        objects.subList(1, objects.size()).clear();
                    } else if (!objects.isEmpty() && !p.direct() && !precededByPrep(ts, objects.get(0), p.preps(), t1)) {
                        // "Moscow and Washington will begin to coordinate their actions": what the group does together.
                        boolean together = objects.get(0).text().equalsIgnoreCase("their*") && subjects.size() >= 2 && Relations.isSymmetric(p.relation());
                        objects.clear();
                        if (together) return pairwise(p, s, ms, t0, d, a, subjects, conf - 0.05);
                    }
                    if (objects.isEmpty() && !p.preps().isEmpty()) {
                        // "negotiated a deal with Russia", "discussed Syria with Lavrov": a short object before the preposition.
                        int k = prepositionAfterObject(ts, ms, t1, p.preps());
                        if (k > t1 && eventNounBefore(ts, t1, k, p.relation())) return List.of();
                        if (k > t1) {
                            objects.addAll(rightMentions(ms, ts, k + 1, p.preps(), 3));
                            if (!objects.isEmpty()) conf -= 0.05;
                        }
                    }
                    // "called Erdogan “a thief”", "call UAE arms claims credible": naming, not a phone call.
                    if (ts.get(t0).lemma().equals("call") && !objects.isEmpty()) {
                        int after = objects.get(objects.size() - 1).to();
                        if (after < ts.size() && timeAdjunctEnd(ts, after) < 0
                                && (Rx.matches(ts.get(after).text(), "[\"“'‘]") || Rx.matches(ts.get(after).tag(), "DET|ADJ|NOUN"))) objects.clear();
                    }
                    // "the Abraham Accords, which the UAE and Bahrain had signed": the relative pronoun is the object.
                    if (objects.isEmpty() && !subjects.isEmpty() && p.direct()) {
                        Mention antecedent = relativeObject(ms, ts, subjects.get(0));
                        if (antecedent != null) objects.add(antecedent);
                    }
                    // "it joined BRICS together with Egypt and Ethiopia": those named after "together with" or "along with" share the act.
                    if (!objects.isEmpty() && !subjects.isEmpty()) {
                        int k = objects.get(objects.size() - 1).to();
                        // (past a head noun and a time adjunct: "joined the BRICS group on January 1 together with Egypt")
                        // (only for joining: after a date "along with" may add to the object, "sanctioned Iran on Monday along with
                        // Russian drone makers")
                        if (p.relation().equals("memberOf")) {
                            if (k < ts.size() && Rx.matches(ts.get(k).lower(), "group|bloc|alliance|organisation|organization")) k++;
                            k = Math.max(k, timeAdjunctEnd(ts, k));
                        }
                        if (k < ts.size() && ts.get(k).text().equals(",")) k++;
                        if (k + 1 < ts.size() && Rx.matches(ts.get(k).lower(), "together|along") && ts.get(k + 1).is("with")) {
                            subjects.addAll(rightMentions(ms, ts, k + 2, Set.of(), 2));
                        }
                    }
                    // ("North Korea test-fired a missile, drawing condemnation from Japan": a participle after a comma draws it on
                    // the subject of the sentence's first verb)
                    if (subjects.isEmpty() && p.form().equals("receive") && t0 > 1 && ts.get(t0 - 1).text().equals(",")
                            && ts.get(t0).lower().endsWith("ing")) {
                        int first = 0;
                        while (first < t0 - 1 && !(ts.get(first).tag().equals("VERB") && !covered(ms, first))) first++;
                        Mention main = first < t0 - 1 ? left(ms, ts, first) : null;
                        if (main != null) subjects.addAll(coordinatedLeft(ms, ts, main));
                    }
                    // "Armenia and Azerbaijan attacked each other", "Canada and India expelled each other's diplomats", "imposed
                    // sanctions on one another": a reciprocal object relates the coordinated subjects, every pair both ways
                    if (objects.isEmpty() && subjects.size() >= 2 && reciprocal(ts, t1, p.preps())) {
                        return pairwise(p, s, ms, t0, d, a, subjects, conf - 0.05);
                    }
                    // "Obama and Putin met on Sunday", "Kerry and Lavrov talked": a symmetric relation
                    // used intransitively holds between the coordinated subjects.
                    // ("Merkel and Hollande acted as mediators": mediators do not negotiate with each other)
                    // ("London and Buenos Aires broke off diplomatic relations": each side's measure on the other)
                    if (objects.isEmpty() && subjects.size() >= 2 && (Relations.isSymmetric(p.relation()) || p.relation().equals("opposes")
                            || p.id().equals("sever-ties"))
                            && intransitive(ts, t1) && !(ADVERSARIAL.contains(p.relation()) && jointly(ts, subjects, t0)) && !p.id().equals("mediate")
                            // ("the United States and Israel voted against": against a motion, not each other)
                            && !ts.get(t0).lemma().equals("vote")
                            // ("Poland, Lithuania and Latvia threaten to seal the border": an infinitive is the verb's object)
                            && !(t1 + 1 < ts.size() && ts.get(t1).is("to") && Rx.matches(ts.get(t1 + 1).tag(), "VERB|AUX"))
                            // ("companies in China, Turkey and the UAE that are accused of helping Moscow": a passive relates no pair)
                            && !(t0 > 0 && ts.get(t0 - 1).lemma().equals("be") && ts.get(t0).lower().endsWith("ed"))) {
                        return pairwise(p, s, ms, t0, d, a, subjects, conf - 0.05);
                    }
                }
            }
            case "noun" -> {
                List<Candidate> blamed = blamed(p, s, ms, t0, t1, d, a, conf);
                if (blamed != null) return blamed;
                // ("treaty allies", "deal terms": a noun modifying another names no deal made)
                if (p.id().equals("deal-n") && t1 < ts.size() && ts.get(t1).tag().equals("NOUN")) return List.of();
                // ("Putin suspends New START, the last US-Russia nuclear arms treaty": a named agreement's description says
                // who is party to it, not that its parties cooperate)
                // (but the states it names are its parties: "New START, the last remaining US-Russian arms control treaty")
                Mention apposedAgreement = p.id().equals("deal-n") ? namedAgreementInApposition(ms, ts, t0) : null;
                if (apposedAgreement != null) return partiesInDescription(s, ms, t0, d, a, apposedAgreement, conf);
                Mention before = adjacentBefore(ms, ts, t0);
                // ("Omani-mediated negotiations", "UN-backed talks": who mediated or backed them is no side of them)
                if (before != null && before.to() + 1 < t0 && ts.get(before.to()).is("-")
                        && Rx.matches(ts.get(before.to() + 1).lower(), "mediated|brokered|backed|sponsored|funded|supported|hosted|facilitated|monitored|supervised|organised|organized"))
                    before = null;
                // "his Washington talks", "the Paris attacks": a city before a noun without "'s" says where, not who.
                if (before != null && index.isA(before.entity(), ENT.City) && !(before.to() < ts.size()
                        && (ts.get(before.to()).possessive()))) before = null;
                // ("U.S., British, French and German sanctions on Iran": coordinated demonyms before the noun, each its agent)
                if (before != null && before.kind() == Kind.DEMONYM) subjects.addAll(coordinatedLeft(ms, ts, before));
                else if (before != null) subjects.addAll(withCoreferents(ms, List.of(before)));
                // "US-Russian cooperation", "the Russia-Ukraine war": a hyphenated pair before a symmetric noun.
                if (before != null && Relations.isSymmetric(p.relation()) && before.from() > 1 && ts.get(before.from() - 1).text().equals("-")) {
                    Mention first = endingAt(ms, before.from() - 1);
                    if (first != null) return pairwise(p, s, ms, t0, d, a, List.of(first, before), conf - 0.05);
                }
                List<Mention> after = rightMentions(ms, ts, t1, p.preps(), 3);
                if (!p.preps().isEmpty() && !after.isEmpty() && !precededByPrep(ts, after.get(0), p.preps(), t1)) after = List.of();
                // "the delivery of Leopard tanks to Ukraine": what is delivered, then to whom.
                if (after.isEmpty() && t1 + 1 < ts.size() && ts.get(t1).is("of") && !p.preps().contains("of")) {
                    int k = prepositionAfterObject(ts, ms, t1 + 1, p.preps());
                    if (k > t1) after = rightMentions(ms, ts, k + 1, p.preps(), 3);
                }
                objects.addAll(after);
                // ("the war that erupted in April 2023 between Burhan's army and the RSF": sides named after a relative clause on the noun)
                if (objects.isEmpty() && subjects.isEmpty() && p.relation().equals("fightsAgainst") && t1 + 1 < ts.size() && Rx.matches(ts.get(t1).lower(), "that|which")
                        && Rx.matches(ts.get(t1 + 1).lower(), "erupted|began|broke|started|raged|flared|escalated")) {
                    for (int k = t1 + 2; k < ts.size() && k - t1 <= 10 && !Rx.matches(ts.get(k).text(), "[,;:]"); k++) {
                        if (!ts.get(k).is("between")) continue;
                        List<Mention> sides = rightMentions(ms, ts, k + 1, Set.of(), 2);
                        // (a war that erupted is presupposed, whatever is said of what happened in it: "denied supplying weapons to
                        // either side in the war that erupted …")
                        if (sides.size() >= 2) return presupposed(pairwise(p, s, ms, t0, d, a, sides, conf - 0.1));
                        break;
                    }
                }
                // ("Twenty Indian soldiers were killed in a clash with Chinese troops": those killed in a fight fought in it)
                // (only soldiers or fighters, and a fight "with" someone: not "a British aid worker was killed in fighting with Russian
                // forces", not "a shepherd was killed in a clash between Israeli troops and Hezbollah")
                if (subjects.isEmpty() && !objects.isEmpty() && p.relation().equals("fightsAgainst") && before == null && t1 < ts.size() && ts.get(t1).is("with")) {
                    int k = t0 - 1;
                    while (k > 0 && Rx.matches(ts.get(k).tag(), "DET|ADJ|NUM")) k--;
                    if (k > 0 && ts.get(k).is("in") && Rx.matches(ts.get(k - 1).lemma(), "kill|wound|injure|die|lose|capture")) {
                        for (Mention m : ms) {
                            if (m.to() >= k || m.from() > 3) continue;
                            boolean fighters = m.to() < ts.size() && (TROOP_WORDS.contains(ts.get(m.to()).lower()) || FORCE_NOUNS.contains(ts.get(m.to()).lower()))
                                    || index.isA(m.entity(), ENT.ArmedGroup);
                            if (fighters) {
                                subjects.add(m);
                                break;
                            }
                        }
                    }
                }
                // ("Crimea remains under Russian control", "a fifth of Georgia's internationally recognized territory is under Russian
                // occupation": what is under someone's control is named before "under")
                if (p.id().equals("occupy-n") && objects.isEmpty() && !subjects.isEmpty() && before != null && before.from() > 1
                        && ts.get(before.from() - 1).is("under")) {
                    Mention held = heldPlaceBefore(ms, ts, before.from() - 1);
                    if (held != null) objects.add(held);
                }
                // ("Sarkozy brokered a ceasefire after talks with Medvedev", "following a meeting with Xi, Lula said …": talks in a time
                // adjunct are the main clause's subject's)
                // ("Speaking at a meeting with Azerbaijani President Ilham Aliyev, Putin said …": one before the subject, and "at" or "in")
                // ("Abiy Ahmed and Hassan Sheikh Mohamud signed the declaration after several hours of talks": with no one named, the
                // talks are between the subjects)
                if (subjects.isEmpty() && before == null && Relations.isSymmetric(p.relation()) && Rx.matches(p.relation(), "negotiatesWith|meetsWith")) {
                    int k = t0 - 1;
                    while (k > 0 && (Rx.matches(ts.get(k).tag(), "DET|ADJ|NUM") || ts.get(k).is("of") || Rx.matches(ts.get(k).lower(), "hours|days|weeks|months|rounds"))) k--;
                    // (an adjunct opening the sentence is read where the sentence's openers are: "During talks with Lavrov, Blinken …")
                    boolean adjunct = k >= 0 && Rx.matches(ts.get(k).lower(), "after|following|during|before|at|in") && !opensSentence(ts, k);
                    boolean with = !objects.isEmpty() && t1 < ts.size() && ts.get(t1).is("with");
                    if (adjunct && with) {
                        List<Mention> main = sentenceSubjects(ms, ts, t0);
                        // (a participle clause opening the sentence: its subject follows the comma)
                        if (main.isEmpty() && ts.get(0).lower().endsWith("ing")) {
                            int comma = t1;
                            while (comma < ts.size() && !ts.get(comma).is(",")) comma++;
                            int o = comma + 1;
                            while (o < ts.size() && ts.get(o).tag().equals("DET")) o++;
                            Mention m = o < ts.size() ? startingAtOrNull(ms, o) : null;
                            if (m != null) main = List.of(m);
                        }
                        for (Mention m : main) if (!objects.contains(m)) subjects.add(m);
                    } else if (adjunct && objects.isEmpty() && Rx.matches(ts.get(k).lower(), "after|following") && p.id().equals("negotiate-n")) {
                        List<Mention> sides = sentenceSubjects(ms, ts, t0);
                        if (sides.size() >= 2) return pairwise(p, s, ms, t0, d, a, sides, conf - 0.1);
                    }
                }
                // "Azerbaijan, its close ally", "China, the North's main ally", "Sweden became NATO's 32nd member", "Turkey's
                // ally Azerbaijan": a possessed membership or alliance holds between the possessor and the name it describes.
                boolean agentNoun = AGENT_NOUNS.contains(ts.get(t1 - 1).lower());
                if (before != null && objects.isEmpty() && possessor(ts, before)
                        && (p.relation().equals("allyOf") || p.relation().equals("memberOf") || agentNoun)) {
                    Mention described = t1 < ts.size() ? startingAtOrNull(ms, t1) : null;
                    if (described == null) described = anchorBefore(ms, ts, before);
                    // "Washington and its allies, Japan and South Korea": the names in apposition after the noun
                    List<Mention> named = described != null ? List.of(described)
                            : t1 + 1 < ts.size() && ts.get(t1).text().equals(",") ? rightMentions(ms, ts, t1 + 1, Set.of(), 1) : List.of();
                    final Node possessorEntity = before.entity();
                    named = named.stream().filter(m -> !m.entity().equals(possessorEntity)).toList();
                    if (!named.isEmpty()) {
                        subjects.clear();
                        subjects.addAll(named);
                        objects.add(before);
                    }
                }
                // "Sanctions were imposed on Niger by ECOWAS": the event noun as the subject of a passive light verb.
                if (subjects.isEmpty() && objects.isEmpty()) {
                    int v = t1;
                    while (v < ts.size() && Rx.matches(ts.get(v).tag(), "AUX|ADV")) v++;
                    if (v > t1 && v + 1 < ts.size() && LIGHT_VERBS.contains(ts.get(v).lemma()) && ts.get(v).tag().equals("VERB")
                            && p.preps().contains(ts.get(v + 1).lower())) {
                        List<Mention> on = rightMentions(ms, ts, v + 1, p.preps(), 3);
                        if (!on.isEmpty()) {
                            int by = timeAdjunctEnd(ts, on.get(on.size() - 1).to());
                            by = Math.max(by, on.get(on.size() - 1).to());
                            if (by < ts.size() && ts.get(by).is("by")) {
                                subjects.addAll(rightMentions(ms, ts, by + 1, Set.of(), 3));
                                objects.addAll(on);
                            }
                        }
                    }
                }
                // "the CSTO, whose remaining members are Russia, Belarus and Kazakhstan": the members named after the verb.
                int whose = t0 - 1;
                while (whose > 0 && t0 - whose <= 2 && Rx.matches(ts.get(whose).tag(), "ADJ|NOUN|VERB")) whose--;
                if (subjects.isEmpty() && objects.isEmpty() && p.relation().equals("memberOf") && whose > 0 && ts.get(whose).is("whose")
                        && t1 + 1 < ts.size() && Rx.matches(ts.get(t1).lemma(), "be|include")) {
                    Mention whole = endingAt(ms, ts.get(whose - 1).text().equals(",") ? whose - 1 : whose);
                    if (whole != null) {
                        objects.add(whole);
                        subjects.addAll(rightMentions(ms, ts, t1 + 1, Set.of(), 3));
                    }
                }
                int beforeObjects = objects.isEmpty() ? -1 : objects.get(0).from() - 1;
                while (beforeObjects > 0 && ts.get(beforeObjects).tag().equals("DET")) beforeObjects--;
                if (subjects.isEmpty() && objects.size() >= 2 && (Relations.isSymmetric(p.relation()) || p.relation().equals("opposes"))
                        && beforeObjects >= 0 && ts.get(beforeObjects).is("between")) {
                    // "a meeting between Obama and Putin", "the war between Russia and Georgia"
                    return pairwise(p, s, ms, t0, d, a, objects, conf - 0.05);
                }
                if (subjects.isEmpty()) {
                    // "the annexation of Crimea by Russia", "X is a member of Y"
                    int k = objects.isEmpty() ? t1 : objects.get(objects.size() - 1).to();
                    if (k < ts.size() && ts.get(k).is("by")) subjects.addAll(rightMentions(ms, ts, k + 1, Set.of(), 3));
                    else {
                        Mention copula = copulaSubjects(ms, ts, t0);
                        if (copula != null) subjects.addAll(coordinatedLeft(ms, ts, copula));
                        // "the Arab League, of which Somalia is a member": the name before "of which"
                        if (copula != null && objects.isEmpty() && copula.from() >= 3 && ts.get(copula.from() - 1).is("which")
                                && ts.get(copula.from() - 2).is("of") && ts.get(copula.from() - 3).text().equals(",")) {
                            Mention whole = endingAt(ms, copula.from() - 3);
                            if (whole != null) objects.add(whole);
                        }
                    }
                }
                // "The Syrian army retook Aleppo with the help of Russian air power", "survived with Turkish support": support
                // received in an adjunct; the giver is named in or after the noun, the one helped is the clause's subject.
                int with = withBefore(ts, t0);
                // (not what a light verb gives "with": "provided Ukraine with aid"; but "was carried out with support from")
                int lv = lightVerbBefore(ts, t0);
                boolean given = lv >= 0 && !(lv < with && objectless(ts, lv, with));
                if (SUPPORTIVE.contains(p.relation()) && with > 0 && threatWith(ts, t0) < 0 && !given) {
                    List<Mention> givers = new ArrayList<>();
                    // ("with Russian and Iranian support": each demonym before the noun)
                    for (Mention m : ms) if (m.kind() == Kind.DEMONYM && m.from() > with && m.to() <= t0) givers.add(m);
                    if (givers.isEmpty() && t1 < ts.size() && Rx.matches(ts.get(t1).lower(), "of|from")) givers.addAll(rightMentions(ms, ts, t1 + 1, Set.of(), 3));
                    List<Mention> helped = sentenceSubjects(ms, ts, with);
                    // (a speaker telling of an act done with help: "Zelensky said Russia was producing drones with help from Iran" helps the
                    // reported clause's own doer; a doer left out, "The Israeli military said the missiles had been intercepted with help from
                    // Jordan", "Biden said the strikes, carried out with support from Canada, …", is the speaker's own side)
                    int said = -1;
                    for (int k = 0; k < with; k++) if (speechVerb(ts.get(k))) said = k;
                    if (said >= 0 && (helped.isEmpty() || helped.get(0).to() <= said)) {
                        Mention doer = null;
                        for (Mention m : ms) if (doer == null && m.from() > said && m.to() <= with && index.isA(actorOf(m), ENT.Actor)) doer = m;
                        if (doer != null) helped = List.of(doer);
                        else if (passiveBetween(ts, said, with)) {
                            Node speaker = helped.isEmpty() ? stance(s, ms, t0, List.of()).claimant() : actorOf(helped.get(0));
                            Node side = speaker == null ? null : sideOf(speaker);
                            helped = side != null && index.isA(side, ENT.State) ? List.of(new Mention(with, with, side, Kind.NAME, "(speaker)")) : List.of();
                        } else helped = List.of();
                    }
                    // ("… condemned the reopening of Varosha, which was carried out by the Turkish Cypriot authorities with the open backing
                    // of Erdogan": the agent of a passive right before the adjunct is the one helped, named or not)
                    int by = passiveAgentBefore(ts, with);
                    if (by > 0 && (helped.isEmpty() || helped.get(0).to() <= by)) {
                        int b = by + 1;
                        while (b < with && ts.get(b).tag().equals("DET")) b++;
                        Mention agent = startingAtOrNull(ms, b);
                        helped = agent != null ? List.of(agent) : List.of();
                    }
                    // ("Iraq, with the support of Iran, fought …")
                    int comma = with - 1;
                    while (comma > 0 && with - comma <= 3 && (ts.get(comma).tag().equals("ADV") || Rx.matches(ts.get(comma).lower(), "no|doubt|perhaps"))) comma--;
                    if (helped.isEmpty() && ts.get(comma).text().equals(",") && endingAt(ms, comma) != null) helped = List.of(endingAt(ms, comma));
                    // ("The US and Britain struck Houthi targets. The strikes were carried out with support from Australia …": the
                    // doers of the attack in view that opens the sentence, when one side attacked)
                    // (only when it was done so: "carried out", "launched", "conducted"; not "repelled" or "condemned with support from")
                    boolean done = lv >= 0 && lv < with && Rx.matches(ts.get(lv).lemma(), "carry|conduct|launch|stage|mount|execute");
                    if (helped.isEmpty() && done && !givers.isEmpty() && ts.get(0).is("the") && ts.size() > 1 && ACT_KEYS.containsKey(ts.get(1).lower())
                            && Rx.matches(ACT_KEYS.get(ts.get(1).lower()), "attack|operation|offensive") && attackersInView(d, s.index()) == 1) {
                        List<Mention> doers = new ArrayList<>();
                        for (Node doer : actInView(ms, ts, 0, d, s.index(), givers)) doers.add(new Mention(0, 0, doer, Kind.NAME, "(context)"));
                        helped = doers;
                    }
                    if (givers.isEmpty() || helped.isEmpty()) return List.of();
                    return candidates(p, s, ms, t0, d, a, givers, helped, conf - 0.1);
                }
                // "The EU threatened Ankara with sanctions": the threatened one is the object (the threat is hypothetical).
                int threat = threatWith(ts, t0);
                if (subjects.isEmpty() && threat >= 0) {
                    Mention threatened = endingAt(ms, withBefore(ts, t0));
                    Mention subj = left(ms, ts, threat);
                    if (threatened != null && subj != null) {
                        objects.clear();
                        objects.add(threatened);
                        subjects.addAll(coordinatedLeft(ms, ts, subj));
                    }
                }
                // "After talks with Chinese officials, Rubio said …": an adjunct opening the sentence is its clause's subject's,
                // presupposed whatever the clause says (only an event one has "with" someone: "After the attack on Israel, the United
                // States sent carriers" names no attacker)
                if (subjects.isEmpty() && !objects.isEmpty() && Rx.matches(p.relation(), "negotiatesWith|meetsWith|fightsAgainst|cooperatesWith")
                        && t1 < ts.size() && ts.get(t1).is("with")) {
                    List<Mention> opening = openingAdjunctSubjects(ms, ts, t0, true);
                    if (!opening.isEmpty()) {
                        List<Candidate> made = candidates(p, s, ms, t0, d, a, opening, objects, conf);
                        return modalInClause(ts, t0) ? made : presupposed(made);
                    }
                }
                // "Tillerson is due in Moscow for talks with Lavrov", "accused Kyiv of using the corridor, in breach of the
                // deal": an adjunct of purpose or manner is its clause's subject's.
                if (subjects.isEmpty()) {
                    int v = adjunctVerb(ts, t0, p.relation());
                    if (v >= 0) {
                        Mention subj = left(ms, ts, v);
                        if (subj == null) subj = accused(ms, ts, v);
                        if (subj != null) {
                            subjects.addAll(coordinatedLeft(ms, ts, subj));
                            conf -= 0.1;
                        }
                    }
                }
                if (subjects.isEmpty()) {
                    // "Putin ordered sanctions against Turkey", "the US launched air strikes on ISIS": a light verb
                    // carries the event noun, and its subject is the noun's agent.
                    int v = lightVerbBefore(ts, t0);
                    if (v >= 0) {
                        Mention subj = left(ms, ts, v);
                        // "criticised the EU for signing a deal with Rwanda": the accused is the light verb's agent
                        if (subj == null) subj = accused(ms, ts, v);
                        if (subj != null) {
                            subjects.addAll(coordinatedLeft(ms, ts, subj));
                            conf -= 0.05;
                        } else {
                            // "… withdrew from the deal and reimposed sweeping sanctions on Tehran"
                            List<Mention> main = secondVerbPhraseSubjects(ms, ts, v);
                            if (!main.isEmpty()) {
                                subjects.addAll(main);
                                conf -= 0.1;
                            }
                        }
                        // "Azerbaijan enjoys the backing of Turkey", "Kyiv received military aid from Washington" (also in a
                        // second verb phrase: "buys its weapons from Israel and enjoys the backing of Turkey"): said from
                        // the receiving side, the one after "of" or "from" gives.
                        if (!subjects.isEmpty() && RECEIVING.contains(ts.get(v).lemma()) && SUPPORTIVE.contains(p.relation())) {
                            List<Mention> givers = givers(ms, ts, t1, objects);
                            if (!givers.isEmpty()) {
                                List<Mention> receivers = new ArrayList<>(subjects);
                                objects.clear();
                                objects.addAll(receivers);
                                subjects.clear();
                                subjects.addAll(givers);
                            }
                        }
                    }
                }
                // "China and Russia held joint exercises", "Beijing and Moscow deepened their partnership":
                // a symmetric noun whose agents are a group and that names no one else.
                // ("Israel and Hamas agreed to a ceasefire": a truce is always between its parties)
                // ("Poland and Belarus have been locked in a bitter dispute": a quarrel is mutual)
                if (objects.isEmpty() && subjects.size() >= 2 && p.relation().equals("opposes") && Rx.matches(ts.get(t1 - 1).lower(), 
                        "dispute|disputes|feud|rivalry|standoff|stand-off|row|spat|quarrel|tensions")) {
                    return pairwise(p, s, ms, t0, d, a, subjects, conf - 0.1);
                }
                // ("the juntas … have made Russia their security partner": the one made a partner is each one's partner)
                if (objects.isEmpty() && subjects.size() >= 2 && before != null && before.text().equalsIgnoreCase("their*")) {
                    Mention made = endingAt(ms, before.from());
                    if (made != null && made.from() > 0 && ts.get(made.from() - 1).tag().equals("VERB")
                            && Rx.matches(ts.get(made.from() - 1).lemma(), "make|call|consider|name|choose|see|regard|treat")) {
                        objects.add(made);
                        subjects.removeIf(m -> m == made);
                    }
                }
                // (not three or more signing the treaty in view: "China, Egypt, Iran, Israel and the United States have signed the treaty
                // without ratifying it" makes them parties, not partners)
                boolean multilateral = p.id().equals("deal-n") && subjects.size() >= 3 && t0 > 0 && ts.get(t0 - 1).is("the");
                // (nor states joining or leaving one alliance: "Estonia, Latvia and Lithuania, which joined the alliance in 2004", where
                // each joins, and the sentence says nothing of them with each other)
                int governor = t0 - 1;
                while (governor >= 0 && (Rx.matches(ts.get(governor).tag(), "DET|ADJ|NUM") || ts.get(governor).is("-"))) governor--;
                boolean membership = governor >= 0 && Rx.matches(ts.get(governor).lemma(), "join|rejoin|enter|leave|quit|exit|accede");
                if (objects.isEmpty() && subjects.size() >= 2 && Relations.isSymmetric(p.relation()) && !multilateral && !membership
                        && (!ADVERSARIAL.contains(p.relation()) || TRUCES.contains(ts.get(t1 - 1).lower()))) {
                    return pairwise(p, s, ms, t0, d, a, subjects, conf - 0.1);
                }
                conf -= 0.05;
            }
            case "modifier" -> {
                Mention org = adjacentBefore(ms, ts, t0);
                // (the organization right before the noun, not a possessor before it: "Turkey's NATO ally")
                Mention nearest = endingAt(ms, t0);
                if (nearest != null && index.isA(nearest.entity(), ENT.Organization)) org = nearest;
                // (a possessive pronoun is no organization the noun names: "in support of its ally Hamas" is an alliance, not a membership)
                if (org != null && Rx.matches(ts.get(org.from()).lower(), "its|their|his|her|our") && Rx.matches(ts.get(t0).lower(), "all.*|partners?")) org = null;
                Mention ent = t1 < ts.size() ? mentionAt(ms, t1) : null;
                // (a group's leader only with the name right after, one leader: not "NATO leaders called China …")
                if (p.id().equals("leader-mod") && (ent == null || Rx.matches(ts.get(t1 - 1).lower(), "leaders|chiefs|heads|founders|co-founders|commanders|bosses")
                        || !index.isA(ent.entity(), ENT.Person)))
                    return List.of();
                // "Turkey, a NATO member, …": the modified noun in apposition to a name before it.
                // (also before a relative clause on the noun: "Turkey, a NATO member that had at first opposed the bombing, …",
                // or ending the sentence or its phrase: "…, Denmark, a NATO ally.", "Greece, a NATO ally and longtime rival")
                // ("Hungary, an EU and NATO member": organizations coordinated before the noun, each of them)
                List<Mention> orgs = new ArrayList<>();
                if (org != null) orgs.add(org);
                while (!orgs.isEmpty() && orgs.get(0).from() >= 2 && ts.get(orgs.get(0).from() - 1).is("and")) {
                    Mention other = endingAt(ms, orgs.get(0).from() - 1);
                    if (other == null || !index.isA(other.entity(), ENT.Organization)) break;
                    orgs.add(0, other);
                }
                boolean apposed = t1 >= ts.size() || Rx.matches(ts.get(t1).lower(), ",|that|which|whose|who|\\.|;|and");
                // ("Greece, Turkey's NATO ally": the apposed state is a member; the possessor need not be, "Poland, Ukraine's NATO ally")
                if (org != null && ent == null && apposed && orgs.get(0).from() >= 3) {
                    int det = orgs.get(0).from() - 1;
                    if (ts.get(det).possessive() && ts.get(t0).lower().startsWith("all")) {
                        Mention owner = endingAt(ms, det);
                        det = owner != null && owner.from() >= 2 && index.isA(actorOf(owner), ENT.State) ? owner.from() : -1;
                    } else if (!Rx.matches(ts.get(det).lower(), "a|an|the")) det = -1;
                    if (det > 0 && ts.get(det - 1).text().equals(",")) {
                        for (Mention m : ms) if (m.to() == det - 1) ent = m;
                    }
                    if (ent != null && !index.isA(actorOf(ent), ENT.State)) ent = null;
                }
                // "Poland's fellow EU members": one's fellow members in an organization make one a member (not "its NATO allies":
                // Ukraine thanks its NATO allies too).
                if (org != null && ent == null && ts.get(t0).lower().equals("members") && org.from() >= 2 && ts.get(org.from() - 1).is("fellow")
                        && index.isA(org.entity(), ENT.Organization) && !index.isA(org.entity(), ENT.ArmedGroup)) {
                    int b = org.from() - 2;
                    if (Rx.matches(ts.get(b).lower(), "its|their")) {
                        List<Mention> subj = sentenceSubjects(ms, ts, b);
                        if (subj.size() == 1) ent = subj.get(0);
                    } else if (b >= 1 && (ts.get(b).possessive())) {
                        ent = endingAt(ms, b);
                    }
                    if (ent != null && !index.isA(actorOf(ent), ENT.State)) ent = null;
                }
                // ("several NATO allies, including Poland", "EU members such as Hungary and Slovakia": those named as examples)
                if (org != null && (ent == null || ent.from() > t1) && ts.get(t1 - 1).lower().endsWith("s")) {
                    int k = t1 < ts.size() && ts.get(t1).text().equals(",") ? t1 + 1 : t1;
                    int after = k < ts.size() && ts.get(k).is("including") ? k + 1
                            : k + 1 < ts.size() && ts.get(k).is("such") && ts.get(k + 1).is("as") ? k + 2 : -1;
                    if (after > 0) {
                        Mention prev = null;
                        boolean closed = false, commas = false;
                        for (Mention m : ms) {
                            if (m.from() < after) continue;
                            boolean listed = prev == null ? m.from() <= after + 1 : !closed;
                            // (the list ends at its "and", or at ", and" after one name: "including Britain and Poland, and Ukraine",
                            // "including Turkey, and Sweden and Finland"; "including Britain, France, and Poland" runs on)
                            if (prev != null && listed) {
                                boolean and = false, comma = false;
                                for (int j = prev.to(); j < m.from(); j++) {
                                    listed &= Rx.matches(ts.get(j).text(), ",|and|the");
                                    and |= ts.get(j).is("and");
                                    comma |= ts.get(j).text().equals(",");
                                }
                                if (listed && and && comma && !commas) break;
                                if (and) closed = true;
                                commas |= comma && !and;
                            }
                            // (a state named as a possessor is not the example: "including Ukraine's neighbours")
                            boolean possessor = m.to() < ts.size() && (ts.get(m.to()).possessive() || ts.get(m.to()).tag().equals("NOUN"));
                            if (!listed || possessor || !index.isA(actorOf(m), ENT.State)) break;
                            subjects.add(m);
                            prev = m;
                        }
                        if (!subjects.isEmpty()) objects.add(org);
                        ent = null;
                    }
                }
                if (org != null && ent != null) {
                    // ("NATO members Poland and Lithuania": a plural names them all)
                    if (ent.from() == t1 && ts.get(t1 - 1).lower().endsWith("s")) {
                        // (not past "as well as", "along with": "NATO members Poland and Romania, as well as Ukraine")
                        Mention prev = null;
                        for (Mention m : rightMentions(ms, ts, t1, Set.of(), 0)) {
                            boolean listed = true;
                            if (prev != null) for (int k = prev.to(); k < m.from(); k++) listed &= Rx.matches(ts.get(k).text(), ",|and|the");
                            if (!listed) break;
                            subjects.add(m);
                            prev = m;
                        }
                    }
                    if (!subjects.contains(ent)) subjects.add(ent);
                    if (ent.to() <= orgs.get(0).from()) objects.addAll(orgs);
                    else objects.add(org);
                }
            }
            case "compound" -> {
                if (p.id().equals("made")) {
                    int at = made(ms, ts, t0, t1, subjects, objects);
                    // (the stance is the using verb's: "may order Chinese-made jets", "refused to buy US-made Patriots")
                    return subjects.isEmpty() ? List.of() : candidates(p, s, ms, at, d, a, subjects, objects, conf);
                }
                // "the US-led coalition", "Russian-backed separatists": ENTITY - participle ENTITY.
                Mention agent = null;
                for (Mention m : ms) if (m.to() == t0 - 1 && ts.get(t0 - 1).text().equals("-")) agent = m;
                Mention patient = t1 < ts.size() ? mentionAt(ms, t1) : null;
                // ("the al-Qaeda-linked group": a description around the compound)
                if (patient == null) for (Mention m : ms) if (m.from() < t0 && m.to() > t1 && m.text().endsWith("*")) patient = m;
                // ("the Saudi-led coalition", "the US-led coalition": a name that holds the compound, and the name inside it)
                if (agent == null && t0 >= 2 && ts.get(t0 - 1).text().equals("-")) {
                    for (Mention m : ms) {
                        if (m.from() >= t0 - 1 || m.to() <= t0 || m.text().endsWith("*")) continue;
                        for (Mention inner : gaz.mentions(ts, m.from(), t0 - 1, m.entity())) if (inner.to() == t0 - 1) agent = inner;
                        if (agent != null) patient = m;
                    }
                }
                if (agent != null && patient != null) {
                    subjects.addAll(coordinatedLeft(ms, ts, agent));
                    objects.add(patient);
                }
            }
            case "between" -> {
                // "the AUKUS security pact between Australia, Britain and the United States", "the Minsk agreement
                // between Russia and Ukraine": the named pact or organization (before the trigger, or ending with
                // it) and its members or parties after "between".
                Mention named = null;
                for (Mention m : ms) {
                    if (m.to() == t1 && m.from() <= t0) named = m;
                    else if (m.to() <= t0 && t0 - m.to() <= 2 && onlyNouns(ts, m.to(), t0)) named = m;
                }
                // ("the Quad, the loose grouping of India, Japan, Australia and the United States": a name in apposition before
                // a grouping of the members)
                boolean grouping = p.relation().equals("memberOf") && t1 < ts.size() && ts.get(t1).is("of");
                if (named == null && grouping) {
                    int c = t0 - 1;
                    while (c > 0 && t0 - c <= 4 && Rx.matches(ts.get(c).tag(), "ADJ|DET|ADV")) c--;
                    if (c > 0 && ts.get(c).text().equals(",")) named = endingAt(ms, c);
                    if (named != null && !index.isA(named.entity(), ENT.Organization)) named = null;
                }
                if (named != null && t1 < ts.size() && (Rx.matches(ts.get(t1).lower(), "between|among") || grouping)) {
                    List<Mention> members = rightMentions(ms, ts, t1 + 1, Set.of(), 2);
                    if (members.size() >= 2) {
                        subjects.addAll(members);
                        objects.add(named);
                    }
                }
                // ("its 1951 Mutual Defense Treaty with Manila", "Russia's treaty with North Korea": the possessor and the one after
                // "with" are the parties)
                if (named != null && p.relation().equals("partyTo") && t1 < ts.size() && ts.get(t1).is("with")) {
                    int b = named.from() - 1;
                    while (b > 0 && Rx.matches(ts.get(b).tag(), "NUM|ADJ") && !ts.get(b).is("-")) b--;
                    Mention owner = b >= 0 && Rx.matches(ts.get(b).lower(), "its|their") ? mentionAt(ms, b)
                            : b >= 1 && (ts.get(b).possessive()) ? endingAt(ms, b) : null;
                    List<Mention> others = rightMentions(ms, ts, t1 + 1, Set.of(), 1);
                    if (owner != null && !others.isEmpty()) {
                        subjects.add(owner);
                        subjects.addAll(others);
                        objects.add(named);
                    }
                }
            }
            case "airspace" -> {
                if (p.id().equals("over-territory")) {
                    // "Russian drones over Polish territory", "a Chinese balloon over US airspace"
                    // (a verb of flying between: "a Chinese balloon flew over US airspace", "drones spotted over …")
                    int head = t0 - 1;
                    if (head > 0 && Rx.matches(ts.get(head).lower(), "flew|flying|flown|hovered|hovering|circled|circling|spotted|detected|seen|sighted"))
                        head--;
                    if (head < 1 || !AIRCRAFT.contains(ts.get(head).lower())) return List.of();
                    int c = head - 1;
                    while (c > 0 && (Rx.matches(ts.get(c).tag(), "ADJ|NUM") && startingAtOrNull(ms, c) == null || ts.get(c).is("-")
                            || Rx.matches(ts.get(c).text(), MODEL_NAME))) c--;
                    Mention craft = endingAt(ms, c + 1);
                    int o = t1;
                    while (o < ts.size() && ts.get(o).tag().equals("DET")) o++;
                    Mention land = startingAtOrNull(ms, o);
                    if (craft == null || land == null || land.to() >= ts.size()) return List.of();
                    int after = land.to();
                    if (Rx.matches(ts.get(after).text(), "'s|’s")) after++;
                    if (after >= ts.size() || !Rx.matches(ts.get(after).lower(), "territory|airspace|soil")) return List.of();
                    if (!index.isA(actorOf(craft), ENT.State) || !index.isA(actorOf(land), ENT.State) || actorOf(craft).equals(actorOf(land))) return List.of();
                    return candidates(p, s, ms, t0, d, a, List.of(craft), List.of(land), conf);
                }
                Mention owner = airspaceOwner(ms, ts, t1);
                if (owner == null) owner = airspaceOwnerBefore(ms, ts, t0);
                Mention violator = left(ms, ts, t0);
                // "Finland accused Russia of violating its airspace"
                if (violator == null) violator = accused(ms, ts, t0);
                // "Japan scrambled jets after a Chinese aircraft violated its airspace": "its" is the one other actor named before.
                int its = skipAdverbs(ts, t1);
                if (owner == null && violator != null && its + 1 < ts.size() && ts.get(its).is("its") && ts.get(its + 1).is("airspace")) {
                    Set<Node> others = new java.util.LinkedHashSet<>();
                    Mention other = null;
                    for (Mention m : ms) {
                        if (m.to() <= violator.from() && collective(m) && !actorOf(m).equals(actorOf(violator)) && others.add(actorOf(m))) other = m;
                    }
                    if (others.size() == 1) owner = other;
                }
                if (owner != null) objects.add(owner);
                if (violator != null && owner != null && violator.entity().equals(owner.entity())) violator = null;
                if (violator != null) subjects.add(violator);
                conf -= 0.05;
            }
            default -> throw new IllegalStateException(p.form());
        }
        // "Egypt has mediated talks between Israel and Hamas": the sides negotiate with each other, and the mediator with each.
        // ("which mediated the deal together with Egypt": a co-mediator is no side)
        if (p.id().equals("mediate") && !objects.isEmpty()) {
            int w = objects.get(0).from() - 1;
            while (w > 0 && ts.get(w).tag().equals("DET")) w--;
            if (w > 0 && ts.get(w).is("with") && Rx.matches(ts.get(w - 1).lower(), "together|along|jointly")) return List.of();
        }
        if (p.id().equals("mediate") && objects.size() >= 2 && !subjects.isEmpty()) {
            List<Candidate> out = new ArrayList<>(pairwise(p, s, ms, t0, d, a, objects, conf - 0.05));
            out.addAll(candidates(p, s, ms, t0, d, a, subjects, objects, conf));
            return out;
        }
        // "North Korean artillery shelled Yeonpyeong Island, and Seoul condemned the attack": the attack in view, whose
        // attacker the condemnation is against.
        if (objects.isEmpty() && p.relation().equals("opposes") && p.form().equals("verb") && d.lastAttacker != null
                && s.index() - d.lastAttackSentence <= 1 && attackInView(ms, ts, t1)) {
            objects.add(new Mention(t1, t1, d.lastAttacker, Kind.NAME, "(context)"));
            conf -= 0.15;
        }
        // ("Trump doubled tariffs on Indian goods. India condemned the move": the act in view, against whoever did it)
        if (objects.isEmpty() && p.relation().equals("opposes") && p.form().equals("verb")) {
            List<Node> doers = actInView(ms, ts, t1, d, s.index(), subjects);
            for (Node doer : doers) {
                if (subjects.stream().anyMatch(m -> doer.equals(actorOf(m)) || doer.equals(gaz.stateOf(actorOf(m))))) continue;
                objects.add(new Mention(t1, t1, doer, Kind.NAME, "(context)"));
            }
            if (!objects.isEmpty()) conf -= 0.15;
        }
        // ("… condemned the strikes as a violation of Iraqi sovereignty": an act in view judged, and the charge of a violation)
        if (p.relation().equals("opposes") && p.form().equals("verb") && !objects.isEmpty() && !subjects.isEmpty()
                && objects.stream().allMatch(m -> m.text().equals("(context)")) && !negatedVerb(ts, t0)) {
            List<Candidate> out = new ArrayList<>(candidates(p, s, ms, t0, d, a, subjects, objects, conf));
            out.addAll(violationsJudged(s, ms, a, t1 + 1, subjects.get(0), objects, conf + 0.15));
            return out;
        }
        // ("The US and Britain struck Houthi targets. Australia, Bahrain and Canada provided support for the operation": support
        // for an act in view backs whoever did it)
        if (objects.isEmpty() && p.relation().equals("supports") && !subjects.isEmpty() && t1 < ts.size()) {
            int at = p.form().equals("noun") && Rx.matches(ts.get(t1).lower(), "for|to") ? t1 + 1 : p.form().equals("verb") ? t1 : -1;
            // (only "the operation", "the strikes" right after the article, and only with one attacker in view: not "the rescue
            // operation", not after a strike and a counter-strike)
            boolean plain = at >= 0 && at + 1 < ts.size() && ts.get(at).is("the") && ACT_KEYS.containsKey(ts.get(at + 1).lower())
                    && Rx.matches(ACT_KEYS.get(ts.get(at + 1).lower()), "attack|operation|offensive");
            List<Node> doers = !plain || attackersInView(d, s.index()) != 1 ? List.of() : actInView(ms, ts, at, d, s.index(), subjects);
            for (Node doer : doers) objects.add(new Mention(at, at, doer, Kind.NAME, "(context)"));
            if (!objects.isEmpty()) conf -= 0.15;
        }
        // ("Iran's foreign minister flew to Islamabad for talks": talks held where one travelled are with that state)
        if (objects.isEmpty() && p.relation().equals("negotiatesWith") && !subjects.isEmpty()) {
            int v = travelVerb(ts, t0);
            if (v >= 0) {
                for (Mention m : ms) {
                    if (m.from() > v && m.to() < t0 && m.from() - v <= 3 && index.isA(actorOf(m), ENT.State)
                            && (Rx.matches(ts.get(m.from() - 1).lower(), "to|in") || m.from() == v + 1)) {
                        objects.add(new Mention(m.from(), m.to(), actorOf(m), Kind.NAME, m.text()));
                        conf -= 0.1;
                        break;
                    }
                }
            }
        }
        // ("violated the sovereignty and territorial integrity of Iran": the owner of what is violated)
        if (objects.isEmpty() && p.relation().equals("violates") && p.form().equals("verb")) {
            int k = t1;
            while (k < ts.size() && ts.get(k).tag().equals("DET")) k++;
            if (k < ts.size() && VICTIM_NOUNS.contains(ts.get(k).lower())) {
                int of = k + 1;
                while (of < ts.size() && of - k <= 4 && !ts.get(of).is("of")) of++;
                if (of < ts.size() && ts.get(of).is("of")) {
                    List<Mention> owner = rightMentions(ms, ts, of + 1, Set.of(), 2);
                    if (!owner.isEmpty() && index.isA(actorOf(owner.get(0)), ENT.State)) objects.add(owner.get(0));
                }
            }
        }
        // "the Houthi rebels that a Saudi-led coalition has been fighting": the antecedent of a relative pronoun standing
        // for the object.
        if (objects.isEmpty() && !subjects.isEmpty() && p.form().equals("verb") && p.direct()) {
            Mention antecedent = objectAntecedent(ms, ts, subjects.get(0), t1);
            if (antecedent != null) objects.add(antecedent);
        }
        // "struck militant hideouts inside Afghanistan", "struck targets belonging to Yemen's Houthi movement": what is
        // struck is placed in a state or owned by someone.
        if (objects.isEmpty() && p.relation().equals("attacks") && !p.form().equals("receive")) {
            Mention target = locatedTarget(ms, ts, t1);
            if (target != null) {
                objects.add(target);
                conf -= 0.1;
                // ("fired missiles at targets in Iraq and Syria": each state named; not the land an area held by someone lies in,
                // "in Houthi-held Yemen")
                boolean held = target.to() < ts.size() && ts.get(target.to()).is("-");
                if (!held) for (Mention more : rightMentions(ms, ts, target.from(), Set.of(), 1)) {
                    if (more.from() > target.from() && index.isA(actorOf(more), ENT.State))
                        objects.add(new Mention(more.from(), more.to(), more.entity(), more.kind(), LOCATED));
                }
            }
        }
        // "Algeria buys most of its weapons from Russia": the one who receives is the object of the relation.
        // (what is drawn from someone must be criticism: "drew sharp criticism from", not "drew lessons from")
        if (p.form().equals("receive") && p.relation().equals("opposes")) {
            int until = objects.isEmpty() ? t1 : objects.get(0).from();
            boolean criticism = false;
            for (int k = t1; k < until; k++) criticism |= CRITICISM.contains(ts.get(k).lower());
            if (!criticism) return List.of();
        }
        if (p.form().equals("receive")) {
            // "Russia has bought hundreds of Iranian drones": the demonym on what is bought names the supplier.
            if (objects.isEmpty()) {
                for (Mention m : ms) {
                    // ("purchased Russian S-400 missiles": over the model's name)
                    int head = m.to();
                    while (head < ts.size() && head - m.to() < 4 && (Rx.matches(ts.get(head).tag(), "PROPN|NUM") || ts.get(head).is("-"))) head++;
                    if (m.kind() == Kind.DEMONYM && m.from() >= t1 && m.from() - t1 <= 4 && head < ts.size()
                            && WEAPON_WORDS.contains(ts.get(head).lower())) {
                        objects.add(m);
                        break;
                    }
                }
            }
            List<Mention> receivers = new ArrayList<>(subjects);
            subjects.clear();
            subjects.addAll(objects);
            objects.clear();
            objects.addAll(receivers);
        }
        // (the airspace the text last spoke of, unless the verb has an object of its own: "accusing Russia of violating it")
        if (p.form().equals("airspace") && objects.isEmpty() && d.lastAirspaceOwner != null
                && !(t1 < ts.size() && Rx.matches(ts.get(t1).tag(), "PRON|DET|NOUN|PROPN"))) {
            objects.add(new Mention(t0, t0, d.lastAirspaceOwner, Kind.NAME, "(context)"));
            conf -= 0.15;
        }
        if (!objects.isEmpty() && p.form().equals("airspace")) d.lastAirspaceOwner = objects.get(0).entity();
        // "Lavrov told Rubio in a phone call that …": telling someone in a call or at a meeting is meeting them (only so)
        if (p.id().equals("told") && (objects.isEmpty() || !meetingAfter(ts, objects.get(objects.size() - 1).to()) && !meetingOpens(ts, t0))) return List.of();
        // "Biden hosted Kishida and Yoon at Camp David": guests hosted together meet each other too
        if (p.id().equals("meet") && ts.get(t0).lemma().equals("host") && objects.size() >= 2 && !subjects.isEmpty()) {
            List<Candidate> out = new ArrayList<>(candidates(p, s, ms, t0, d, a, subjects, objects, conf));
            out.addAll(pairwise(p, s, ms, t0, d, a, objects, conf - 0.1));
            return out;
        }
        return candidates(p, s, ms, t0, d, a, subjects, objects, conf);
    }

    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "NUM", "ADV");
    private static final Set<String> QUANTITY = Set.of("most", "much", "many", "some", "all", "half", "part", "bulk", "lot", "lots", "plenty",
            "dozens", "hundreds", "thousands", "millions", "billions", "number", "share");
    private static final Set<String> INNER_PREPS = Set.of("in", "on", "over", "for");

    /**
     * Where the preposition is that follows a verb's short object phrase naming no entity ("negotiated a
     * deal with Russia", "sold F-16 fighter jets to Taiwan", "sent drones, air-defence systems and
     * military advisers to", "negotiated a five-day pause in the fighting with", "withdrew in November
     * from"), or -1.
     */
    private static int prepositionAfterObject(List<Token> ts, List<Mention> ms, int t1, Set<String> preps) {
        int k = t1;
        while (k < ts.size() && k - t1 <= 16 && !preps.contains(ts.get(k).lower())
                && (startingAtOrNull(ms, k) == null || POSSESSIVE_PRONOUNS.contains(ts.get(k).lower()) || demonymModifier(ms, ts, k))) {
            // ("launched a wave of Iranian-made Shahed drones at Kyiv": a demonym inside the noun phrase only qualifies it)
            if (demonymModifier(ms, ts, k)) {
                k = startingAtOrNull(ms, k).to();
                continue;
            }
            int time = Math.max(timeAdjunctEnd(ts, k), figureEnd(ts, k));
            if (time > k) {
                k = time;
                continue;
            }
            // ("discussed the situation by phone with", "talked for an hour with": the means or the length of the talk)
            if (k + 1 < ts.size() && (t1 < k && ts.get(k).is("by") && Rx.matches(ts.get(k + 1).lower(), "phone|telephone|videolink|video")
                    || ts.get(k).is("for") && Rx.matches(ts.get(k + 1).lower(), "an|two|three|several|hours|nearly|almost|about|more"))) {
                k += 2;
                while (k < ts.size() && Rx.matches(ts.get(k).tag(), "NOUN|NUM|ADJ")) k++;
                continue;
            }
            Token t = ts.get(k);
            boolean afterNoun = k > t1 && nounLike(ts.get(k - 1));
            boolean ok = PHRASE_TAGS.contains(t.tag()) || t.is("-") || nounLike(t) || POSSESSIVE_PRONOUNS.contains(t.lower())
                    // ("Iranian-made drones", "Soviet-built jets")
                    || k > t1 && hyphenParticiple(ts, k)
                    // "fired dozens of rockets at northern Israel": a quantity of things
                    // ("shut two of its crossings with Belarus": a number of them)
                    || t.is("of") && (afterNoun || k > t1 && (QUANTITY.contains(ts.get(k - 1).lower()) || ts.get(k - 1).tag().equals("NUM")))
                    // "billions of dollars' worth of arms"
                    || Rx.matches(t.text(), "['’]s?") && afterNoun
                    // coordinated nouns, and a noun's own short modifier ("a pause in the fighting")
                    || (t.is(",") || t.is("and") || t.is("or")) && afterNoun && k + 1 < ts.size()
                            && (PHRASE_TAGS.contains(ts.get(k + 1).tag()) || nounLike(ts.get(k + 1)))
                    || INNER_PREPS.contains(t.lower()) && afterNoun && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).tag(), "DET|NOUN|ADJ")
                    // ("the delivery of 14 tanks from its own army stocks to Ukraine": where they are taken from)
                    || t.is("from") && afterNoun && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "its|their|his|her|our|the")
                    // "launched more than 300 drones and missiles at"
                    || t.is("than") && k > t1 && Rx.matches(ts.get(k - 1).lower(), "more|fewer|less")
                    // names of weapons are proper nouns and numbers too; "Taurus missiles", "Patriot systems": a name before a noun names a model
                    || t.tag().equals("PROPN") && (t.text().length() <= 3 || k + 1 < ts.size() && Rx.matches(ts.get(k + 1).tag(), "NOUN|NUM|PROPN"))
                    // the tagger guesses wildly at unknown names ("Shahed/AUX drones/VERB"): a capitalized word and
                    // the lower-case word after it are one noun phrase
                    || modelName(ts, k);
            if (!ok) return -1;
            k++;
        }
        return k > t1 && k < ts.size() && preps.contains(ts.get(k).lower()) ? k : -1;
    }

    /** Whether a demonym starts at {@code k} and modifies the noun phrase it opens ("Iranian-made drones", "Russian tanks"). */
    private static boolean demonymModifier(List<Mention> ms, List<Token> ts, int k) {
        Mention m = startingAtOrNull(ms, k);
        return m != null && m.kind() == Kind.DEMONYM && m.to() + 1 < ts.size() && (ts.get(m.to()).is("-") || Rx.matches(ts.get(m.to()).tag(), "NOUN|ADJ|PROPN"));
    }

    /** Whether token {@code k} is the participle of a hyphenated modifier: "Russian-led", "army-led", "Iranian-made". */
    private static boolean hyphenParticiple(List<Token> ts, int k) {
        return k > 0 && ts.get(k - 1).is("-") && Rx.matches(ts.get(k).lower(), MODIFIER_PARTICIPLES);
    }

    /** A noun, or a plural noun the tagger read as a verb ("sent drones/VERB"). */
    private static boolean nounLike(Token t) {
        return t.tag().equals("NOUN") || t.tag().equals("VERB") && t.lower().endsWith("s") && !t.lower().endsWith("ss") && t.lower().length() > 3;
    }

    /** The candidates for each subject and object the trigger at {@code t0} relates, with stance, date and place. */
    private List<Candidate> candidates(Pattern p, Sentence s, List<Mention> ms, int t0, Discourse d, Article a, List<Mention> subjects0,
            List<Mention> objects, double conf) {
        List<Token> ts = s.tokens();
        List<Mention> subjects = new ArrayList<>(subjects0);
        Stance st = stance(s, ms, t0, subjects);
        // "Russia's annexation of Crimea" presupposes the annexation whatever the clause around it supposes
        // ("sanctions over Russia's annexation of Crimea may be lifted"): presuppositions project out of
        // conditionals and modals. Out of reported speech they project as the speaker's: still a claim.
        // (but not what is blocked or opposed: "Turkey opposed Sweden's membership of NATO")
        // (and so does a compound modifier: "will help the US-led coalition", "if Russian-backed separatists attack")
        if ((p.form().equals("noun") && possessive(ts, subjects, t0) || p.form().equals("between") || p.form().equals("compound") && !p.id().equals("made"))
                && (st.stance.equals("hypothetical") || st.stance.equals("normative")) && !prevented(ts, t0))
            st = new Stance("asserted", null);
        // ("…, noting that cooperation had been frozen since Russia's invasion of Ukraine": an event named by its agent's possessive
        // in an adjunct of time is the writer's background, even inside someone's words)
        if (p.form().equals("noun") && st.stance.equals("claimed") && possessive(ts, subjects, t0) && timeAnchored(ts, subjects, t0))
            st = new Stance("asserted", null);
        // ("After bombing Houthi targets, the US warned Iran …": a gerund opening the sentence after "after", "before" … is presupposed)
        // (not "before", and not when the clause is only supposed: "After invading Taiwan, China would face sanctions")
        if (t0 > 0 && ts.get(t0).lower().endsWith("ing") && ADJUNCT_OPENERS.contains(ts.get(t0 - 1).lower()) && !ts.get(t0 - 1).is("before")
                && opensSentence(ts, t0 - 1) && !st.stance.equals("denied")
                && !modalInClause(ts, t0)) st = new Stance("asserted", null);
        // "Lithuania, a member of NATO, said …": an apposition is presupposed too.
        if (p.form().equals("noun") && apposition(ts, subjects, t0) && !st.stance.equals("denied")) st = new Stance("asserted", null);
        // In a transcript ("Putin's complete remarks:" and what follows) the article's voice is the speaker's.
        if (d.transcriptSpeaker != null && st.claimant == null && (st.stance.equals("asserted") || st.stance.equals("denied"))) {
            st = new Stance(st.stance.equals("asserted") ? "claimed" : "denied", d.transcriptSpeaker);
        }
        // A denial with no stated agent denies the speaker's own act ("Russia says there was no incursion"), unless an
        // agent we cannot name stands in the clause ("saying the regional bloc had failed to help them").
        // ("…, while Rwanda's government denied commanding the M23": the gerund after a verb of denial is the denier's act)
        int before = t0 - 1;
        while (before > 0 && ts.get(before).tag().equals("ADV")) before--;
        if (st.claimant != null && st.stance.equals("denied") && ts.get(t0).lower().endsWith("ing") && before >= 0
                && DENY.contains(ts.get(before).lemma()) && ts.get(before).tag().equals("VERB")) subjects.clear();
        if (subjects.isEmpty() && st.claimant != null && st.stance.equals("denied") && !unnamedAgentBefore(ts, t0)) {
            subjects.add(new Mention(t0, t0, st.claimant, Kind.NAME, "(speaker)"));
            conf -= 0.1;
        }
        List<Candidate> out = new ArrayList<>();
        String date = DateFinder.find(clauseText(s, t0), d.articleDate);
        Node place = place(ms, ts, subjects, objects, t0);
        // ("Argentina beat Brazil 1-0 in a World Cup qualifier, after Brazilian police clashed with Argentine fans": sport)
        if (ADVERSARIAL.contains(p.relation()) && sportsReport(ts)) return out;
        for (Mention sm : subjects) {
            for (Mention om : objects) {
                // ("Washington sanctioned Rwanda's defence minister", "… Rwanda's minister of state, James Kabarebe": a measure on a
                // state's official is on the person, not the state the title stands for)
                // (expelling a state's ambassador is a measure on the state)
                if (p.relation().equals("sanctions") && !p.id().startsWith("expel") && (om.kind() == Kind.OFFICE && index.isA(om.entity(), ENT.State)
                        || ownersPerson(ts, om))) continue;
                Node subj = asArgument(sm, p.relation(), true);
                Node obj = asArgument(om, p.relation(), false);
                // "Iranian Foreign Minister Abbas Araghchi called the move illegal", "rejected Rubio's remarks": a minister, spokesman
                // or envoy in office voices the state's position (not against their own state or its leaders); a head of state or
                // government is an actor in their own right
                if (p.relation().equals("opposes") && subj != null && obj != null) {
                    Node ss = index.isA(subj, ENT.Person) ? gaz.officialOf(subj, d.articleDate) : null;
                    Node os = index.isA(obj, ENT.Person) ? gaz.officialOf(obj, d.articleDate) : null;
                    if (ss != null && !sameSide(ss, obj)) subj = ss;
                    if (os != null && !sameSide(os, subj)) obj = os;
                }
                // "Russian missiles struck Odesa": a state striking a city of another state attacks that state, unless the
                // article has it backing that state ("Russian jets pounded Aleppo" for Damascus).
                boolean inferred = om.text().equals(LOCATED);
                Node where = place;
                // ("Israeli forces crossed into the Sinai": a region of a state too; one held by another is struck in its holder:
                // "Ukraine struck Crimea" strikes at Russia, "Israel struck Gaza" at Hamas)
                if ((obj == null || !index.isA(obj, ENT.Actor)) && subj != null && p.relation().equals("attacks")
                        && (index.isA(om.entity(), ENT.City) || !index.isA(actorOf(om), ENT.Actor))
                        && gaz.containingState(om.entity()) != null && index.isA(subj, ENT.State)) {
                    Node holder = gaz.controllerOf(om.entity());
                    obj = holder != null && !holder.equals(subj) ? holder : gaz.containingState(om.entity());
                    inferred = true;
                    where = om.entity();
                }
                if (subj == null || obj == null || subj.equals(obj)) continue;
                // ("Egypt seized the Suez Canal", "Azerbaijan took control of its own province": a state does not annex or occupy
                // its own territory)
                if (Rx.matches(p.relation(), "annexes|occupies") && subj.equals(gaz.containingState(obj))) continue;
                // ("Iran or its allies in Iraq and Yemen could strike … their territory": one of the subjects is no object of the others)
                final Node object = obj;
                if (!Relations.isSymmetric(p.relation()) && subjects.size() > 1 && subjects.stream().anyMatch(m -> object.equals(actorOf(m)))) continue;
                if (inferred && backs(d, subj, obj)) continue;
                // A leader and their own state are one side: "Putin … coordinate Russian air strikes" relates no one.
                if (subj.equals(gaz.stateOf(obj)) || obj.equals(gaz.stateOf(subj))) continue;
                // A demonym before a common noun only qualifies it: "coordinate Russian air strikes with …",
                // "backed Syrian rebels" (not Syria) — except where the state itself is the target.
                // ("an offensive against Armenian separatists": a people's armed or dissident groups are not its state)
                if (om.kind() == Kind.DEMONYM && om.to() < ts.size() && (NON_STATE_GROUPS.contains(ts.get(om.to()).lower())
                        // ("Palestinian aid-seekers": the head after a hyphen)
                        || om.to() + 2 < ts.size() && ts.get(om.to() + 1).is("-") && NON_STATE_GROUPS.contains(ts.get(om.to() + 2).lower()))) continue;
                // ("traded attacks at the U.N. Security Council", "in a televised debate": attacks in words)
                if (p.id().equals("fight") && ts.get(Math.min(t0 + 1, ts.size() - 1)).lower().startsWith("attack")
                        && ts.stream().anyMatch(t -> Rx.matches(t.lower(), FORUMS))) continue;
                // ("fired warning shots on", "fired flares on": no attack)
                if (p.id().equals("open-fire") && Rx.matches(ts.get(Math.min(t0 + 1, ts.size() - 1)).lower(), "warning|flares|salutes?")) continue;
                // ("opened fire on ethnic Albanians", "has killed more than 46,000 Palestinians": a people named by its demonym alone,
                // fired on or killed, is not its state)
                if ((p.id().equals("open-fire") || p.relation().equals("attacks") && Rx.matches(ts.get(t0).lemma(), "kill|wound|injure|massacre"))
                        && om.kind() == Kind.DEMONYM && !(om.to() < ts.size() && Rx.matches(ts.get(om.to()).tag(), "NOUN|ADJ|PROPN"))) continue;
                // ("violated Iraqi sovereignty", "a breach of Ukrainian territory": what is the state's own stands for it)
                // ("held a slice of Russian territory": a state's land is the state where land is taken)
                boolean land = om.kind() == Kind.DEMONYM && om.to() < ts.size() && Rx.matches(p.relation(), "annexes|occupies")
                        && Rx.matches(ts.get(om.to() + (om.to() + 1 < ts.size() && ts.get(om.to()).tag().equals("ADJ") ? 1 : 0)).lower(),
                                "territory|territories|land|lands|soil|regions?|provinces?|oblasts?|districts?|islands?|towns?|villages?|cities|areas?|coast|coastline");
                if (om.kind() == Kind.DEMONYM && !TARGETED.contains(p.relation()) && om.to() < ts.size() && Rx.matches(ts.get(om.to()).tag(), "NOUN|ADJ|PROPN")
                        && !standsForState(ts, om.to()) && !land && !p.id().equals("host-forces") && !(p.relation().equals("violates")
                        && Rx.matches(ts.get(om.to()).lower(), "sovereignty|territory|territorial|soil|waters|borders?|airspace|integrity"))) continue;
                if (st.claimant != null && st.claimant.equals(obj) && st.stance.equals("claimed") && p.relation().equals("opposes")) continue;
                // ("Iran rejected US accusations that …", "dismissed Washington's claims": a denial of someone's claim is no opposition to them)
                // (but rejecting a claim to land is: "China rejected Japan's claims to the islands")
                int claimAt = om.to() < ts.size() && ts.get(om.to()).possessive() ? om.to() + 1 : om.to();
                if (p.relation().equals("opposes") && (DENY.contains(ts.get(t0).lemma()) || REJECTING.contains(ts.get(t0).lemma())) && claimAt < ts.size()
                        && (Rx.matches(ts.get(claimAt).lower(), "accusations?|allegations?|charges?") || claimNoun(ts, claimAt))) continue;
                // "align with the bloc's sanctions": a possessor is no partner unless what it has acts for it ("Hamas's leaders").
                if (Relations.isSymmetric(p.relation()) && p.form().equals("verb") && possessesThing(ts, om)) continue;
                // "Biden hosted Kishida": a host meets a person, not a place or a group it shelters ("hosted Hamas's bureau").
                // (nor one received or welcomed: "received Patriot systems", "welcomed the decision")
                if (p.relation().equals("meetsWith") && Rx.matches(ts.get(t0).lemma(), "host|receive|welcome") && !index.isA(obj, ENT.Person)) continue;
                if (p.relation().equals("meetsWith") && Rx.matches(ts.get(t0).lemma(), "receive|welcome") && !index.isA(subj, ENT.Person)) continue;
                // "violating its airspace", "violated Turkish airspace": the airspace pattern says it more exactly.
                if (p.relation().equals("violates") && airspaceAfter(ts, om.to())) continue;
                // ("violate UN Security Council resolutions": what is violated is the body's resolutions, not the body)
                if (p.relation().equals("violates") && om.to() < ts.size() && ts.get(om.to()).tag().equals("NOUN")
                        && !VICTIM_NOUNS.contains(ts.get(om.to()).lower())) continue;
                // ("expelled 23 Russian diplomats": a diplomatic sanction, said by the expel pattern)
                if (p.id().equals("oppose") && Rx.matches(ts.get(t0).lemma(), "expel|evict") && om.kind() == Kind.DEMONYM && om.to() < ts.size()
                        && DIPLOMATS.contains(ts.get(om.to()).lower())) continue;
                // ("withdrew from Hezbollah positions", "pulled out of the army": one leaves an agreement or a body of states, not an armed
                // group or a state's agency)
                if (p.relation().equals("withdrawsFrom") && (index.isA(obj, ENT.ArmedGroup) || gaz.governmentOf(obj) != null)) continue;
                // ("seized the Israel-linked car carrier": a name in a compound before a noun is not the land taken)
                if (Rx.matches(p.relation(), "annexes|occupies") && om.to() + 1 < ts.size() && ts.get(om.to()).is("-")
                        && Rx.matches(ts.get(om.to() + 1).lower(), "linked|flagged|owned|bound|registered|operated|based|made|built|chartered")) continue;
                // ("called China's leaders 'assassins'", "what they called China's 'dangerous' actions": a call that names, no phone call)
                if (p.id().equals("call") && namingCall(ts, t0, om)) continue;
                // ("the Quad, which groups …", "BRICS now includes …": only the organization right before the verb has the members;
                // not "the coalition against the Houthis includes", "guests at the ASEAN summit included", "OPEC+ includes")
                // (a "receive" form: the roles are swapped, the organization is the object here)
                if (p.id().equals("groups") && (!organizationRightBefore(ts, om, t0) || index.isA(om.entity(), ENT.ArmedGroup))) continue;
                // ("would withdraw from the Council of Europe talks": the name only qualifies what is left)
                if (FRAMEWORK_RELATIONS.contains(p.relation()) && om.to() < ts.size() && EVENT_HEADS.contains(ts.get(om.to()).lower())) continue;
                // ("chaired the talks", "holds the presidency of the Security Council" aside: only an organization's chair is a member)
                if (p.id().equals("chair") && (!index.isA(obj, ENT.Organization) || index.isA(obj, ENT.ArmedGroup))) continue;
                // ("froze Russian assets", "seized the assets of Iran's central bank": only what a state owns of money; "Belarus hosts Russian
                // nuclear weapons": only forces, bases or arms of the other state)
                if (p.id().equals("freeze-assets") && !ownerOf(ts, om, ASSETS)) continue;
                // ("applied for EU membership": the body is named before "membership" when the trigger does not say it)
                if (p.id().equals("apply-join") && ts.subList(t0, Math.max(t0, om.from())).stream().noneMatch(t -> t.is("membership"))
                        && !ownerOf(ts, om, Set.of("membership", "accession"))) continue;
                // ("Mali, Burkina Faso and Niger formed the Alliance of Sahel States": only a state founds a body of states)
                if (p.id().equals("found") && !(index.isA(subj, ENT.State) && index.isA(obj, ENT.Organization) && !index.isA(obj, ENT.ArmedGroup)))
                    continue;
                // ("signed a peace agreement", "a ceasefire deal": ending a war is no cooperation)
                if (p.id().equals("deal-n") && t0 > 0 && Rx.matches(ts.get(t0 - 1).lower(), "peace|ceasefire|cease-fire|truce|armistice|normalisation|normalization"))
                    continue;
                // ("imposed sanctions on Colombia's Petro", "met Ukraine's Yermak": the possessor's person or thing we do not know is
                // the object, not the possessor)
                // (a person's name: not a place or unit of the possessor's, "South Korea's Yeonpyeong Island", "the U.S. Navy's Fifth
                // Fleet", whose possessor is the one struck or hosted)
                if (Rx.matches(p.relation(), "sanctions|opposes|supports") && om.to() + 1 < ts.size() && ts.get(om.to()).possessive()
                        && unknownNameAt(ts, startingAtOrNull(ms, om.to() + 1), om.to() + 1)) {
                    int e = om.to() + 1;
                    while (e < ts.size() && e - om.to() <= 3 && ts.get(e).tag().equals("PROPN") && Character.isUpperCase(ts.get(e).text().charAt(0))) e++;
                    if (e - om.to() <= 3 && (e >= ts.size() || !ts.get(e).tag().equals("NOUN"))
                            && ts.subList(om.to() + 1, e).stream().noneMatch(t -> Rx.matches(t.lower(), PLACE_WORDS))) continue;
                }
                // ("Brazil and Argentina battle for China's beef market": fighting for a thing of someone's is competing, not backing)
                if (p.id().equals("support") && Rx.matches(ts.get(t0).lemma(), "fight|battle") && om.to() < ts.size() && ts.get(om.to()).possessive()) continue;
                // ("battle for China's beef market", "fight for contracts": a contest for trade or a prize, not a war)
                if (p.id().equals("fight") && t0 + 1 < ts.size() && ts.get(t0 + 1).is("for") && ts.subList(t0 + 2, Math.min(ts.size(), t0 + 8)).stream()
                        .anyMatch(t -> Rx.matches(t.lower(), "markets?|share|contracts?|business|investment|investors|customers|buyers|votes|talent|title|trophy|cup|medals?|supremacy|dominance")))
                    continue;
                if (p.id().equals("keep-power") && !(om.to() + 1 < ts.size() && ts.get(om.to()).is("in") && ts.get(om.to() + 1).is("power")
                        || om.to() < ts.size() && ts.get(om.to()).is("afloat"))) continue;
                if (p.id().equals("block-bid") && !(om.to() < ts.size() && ts.get(om.to()).possessive() && ownerOf(ts, om, BIDS))) continue;
                // (a bid to join, not "welcomed China's ambitions")
                if (p.id().equals("approve-bid") && !(om.to() < ts.size() && ts.get(om.to()).possessive() && ownerOf(ts, om, MEMBERSHIP_BIDS))) continue;
                if (p.id().equals("host-forces")) {
                    // (named as the state's forces: "hosts Russian troops" names Russia's armed forces)
                    // (or a base or fleet of theirs: "hosts the largest U.S. military base", "the U.S. Navy's Fifth Fleet")
                    Node of = gaz.governmentOf(om.entity());
                    boolean forces = ownerOf(ts, om, HOSTED);
                    for (int k = om.from(); k < om.to() && k < ts.size(); k++) if (HOSTED.contains(ts.get(k).lower())) forces = true;
                    if (!forces) continue;
                    if (of != null && index.isA(of, ENT.State)) obj = of;
                    else if (!index.isA(actorOf(om), ENT.State)) continue;
                    if (obj.equals(subj)) continue;
                }
                // ("Niger revoked its military cooperation agreement with the United States": an accord ended is no cooperation)
                if (p.id().equals("deal-n") && ended(ts, t0)) continue;
                // ("Talks between Israel and Hamas resumed": what is restored must be ties, relations or cooperation, not talks)
                if (p.id().equals("restore") && ts.stream().noneMatch(t -> Rx.matches(t.lower(),
                        "ties|relations|relationship|contacts|cooperation|embassy|embassies|diplomatic|partnership|flights|trade"))) continue;
                // ("holds Tehran responsible": a judgement, not ground held)
                if (p.id().equals("control") && om.to() < ts.size() && ts.get(om.to()).tag().equals("ADJ")) continue;
                // ("Hamas controls Gaza": only a state occupies by holding ground)
                if (p.id().equals("control") && !index.isA(subj, ENT.State)) continue;
                // "Britain announced new sanctions on Russia": announcing one's own act is doing it.
                Stance own = st;
                // ("accused Tehran of breaching its commitments under the deal": being bound by it is presupposed by the charge)
                if (p.id().equals("under") && st.stance.equals("claimed") && t0 > 0 && Rx.matches(ts.get(t0 - 1).lower(), "commitments?|obligations?"))
                    own = new Stance("asserted", null);
                // ("does not breach Russia's obligations under the NPT", "could violate its commitments under the deal": the obligations
                // are presupposed whatever is said of their breach; inside someone's words, theirs)
                // (but "has no obligations under the NPT" denies them)
                else if (p.id().equals("under") && !Rx.matches(st.stance, "asserted|claimed") && t0 > 1 && Rx.matches(ts.get(t0 - 1).lower(), "commitments?|obligations?")
                        && !Rx.matches(ts.get(t0 - 2).lower(), "no|any|without"))
                    own = new Stance(st.claimant != null ? "claimed" : "asserted", st.claimant);
                // ("Sweden remains outside the bloc": a membership denied, as the writer or a speaker says)
                // (only as it stands now: not "which long stayed outside NATO, joined …", nor a wish to stay out)
                if (p.id().equals("outside") && (!Rx.matches(st.stance, "asserted|claimed") || ts.get(t0).lower().endsWith("ed")
                        && !(t0 > 0 && ts.get(t0 - 1).lemma().equals("have") && !ts.get(t0 - 1).lower().equals("had")))) continue;
                if (p.id().equals("outside")) own = new Stance("denied", st.claimant);
                // ("would not rule out force to take Greenland, a territory of Denmark, a NATO ally": a membership named in passing
                // is presupposed, whatever the clause does; inside someone's words, theirs)
                if (p.id().equals("member-mod") && !st.stance.equals("asserted"))
                    own = new Stance(st.claimant != null ? "claimed" : "asserted", st.claimant);
                // (a membership applied for is yet to come)
                if (p.id().equals("apply-join") && !own.stance.equals("denied")) own = new Stance("hypothetical", null);
                // ("Pakistan said it could suspend the Simla Agreement", "did not suspend the treaty": only a party can, so it is one)
                if (p.id().equals("suspend") && !st.stance.equals("claimed")) own = new Stance("asserted", null);
                // (and a leader announcing their state's: "Trump announced that the United States was withdrawing")
                // (and parties announcing what they do together: "Moscow and Beijing declared a partnership")
                if (st.stance.equals("claimed") && (subj.equals(st.claimant) || subj.equals(gaz.stateOf(st.claimant)) || st.coClaimants().contains(subj)
                        || Relations.isSymmetric(p.relation()) && obj.equals(st.claimant)) && (announces(ts, t0)
                        // (an act of state under way, announced: "said it was severing relations", not a war aim claimed: "says it is
                        // fighting NATO in Ukraine")
                        || underWay(ts, t0) && Rx.matches(p.id(), "sever|sever-ties|recall|expel-diplomats|close-border|withdraw|sanction|freeze-assets")))
                    own = new Stance("asserted", null);
                double c = conf;
                if (sm.kind() == Kind.DEMONYM || om.kind() == Kind.DEMONYM) c -= 0.1;
                if (sm.text().endsWith("*") || sm.kind() == Kind.OFFICE) c -= 0.1;
                if (Math.abs(sm.to() - t0) > 8) c -= 0.1;
                c = Math.max(0.05, Math.min(0.95, c));
                String relation = p.relation(), type = p.type();
                // ("Trump hit Chinese goods with tariffs", "the EU struck Russia with new sanctions": a measure one is hit with is a sanction,
                // not an attack)
                if (relation.equals("attacks") && p.form().equals("verb") && hitWithMeasure(ts, t0)) relation = "sanctions";
                // "dismal relations with Egypt", "strained ties with": a relationship gone bad is opposition.
                if (relation.equals("cooperatesWith") && p.form().equals("noun") && soured(ts, t0)) relation = "opposes";
                // (a leader's relations with a state are their state's: "Erdogan has dismal relations with Egypt")
                if (Rx.matches(ts.get(t0).lower(), "relations|relationship|ties") && index.isA(subj, ENT.Person) && gaz.stateOf(subj) != null
                        && index.isA(obj, ENT.State)) subj = gaz.stateOf(subj);
                // ("US-Russia relations", "their relations with the United States" say nothing of their kind)
                if (ts.get(t0).lower().startsWith("relation") && !warmed(ts, t0) && !soured(ts, t0)) continue;
                // Only a state annexes; an armed group that seizes a city holds it ("the RSF has seized most of Khartoum").
                if (relation.equals("annexes") && !index.isA(subj, ENT.State)) relation = "occupies";
                // ("Ukrainians poured into Poland": only forces sweep into a land, not a people)
                if (p.id().equals("sweep") && sm.kind() == Kind.DEMONYM && !(sm.to() < ts.size() && (TROOP_WORDS.contains(ts.get(sm.to()).lower())
                        || STATE_CRAFT.contains(ts.get(sm.to()).lower()) || FORCE_NOUNS.contains(ts.get(sm.to()).lower()))) && !TROOP_WORDS.contains(ts.get(sm.to() - 1).lower()))
                    continue;
                if (p.id().equals("sweep") && index.isA(obj, ENT.State)) relation = "attacks";
                // ("Orbán has repeatedly clashed with Brussels over its support for Kyiv": a clash of words unless arms are in it)
                // (states clashing over a territory fight: "India and Pakistan have clashed repeatedly over Kashmir")
                // (armed groups and warships clash in arms: "Hamas and Israel clashed again in Rafah", "clashed along the Durand Line")
                if (relation.equals("fightsAgainst") && ts.get(t0).lemma().equals("clash") && !militaryContext(ts)
                        && !index.isA(subj, ENT.ArmedGroup) && !index.isA(obj, ENT.ArmedGroup) && !placeNamedAfter(ms, ts, t0)) {
                    relation = "opposes";
                    // (a person opposes in their own name)
                    if (index.isA(sm.entity(), ENT.Person)) subj = sm.entity();
                }
                // ("EU targets Russian LNG in 14th sanctions package": what sanctions target is sanctioned, not attacked)
                if (relation.equals("attacks") && ts.get(t0).lemma().equals("target") && ts.stream().anyMatch(
                        t -> Rx.matches(t.lower(), "sanctions?|tariffs?|embargo|embargoes|blacklist|blacklisted|restrictions|export|exports|imports|package"))) {
                    relation = "sanctions";
                    type = null;
                }
                // "seized a Georgian military base": taking what belongs to a state is attacking it, not annexing it.
                // (but seizing its assets sanctions it, as the freeze-assets pattern says: "seized Russian assets")
                if ((relation.equals("annexes") || relation.equals("occupies")) && ownerOf(ts, om, ASSETS)) continue;
                if ((relation.equals("annexes") || relation.equals("occupies")) && om.kind() == Kind.DEMONYM && om.to() < ts.size()
                        && Rx.matches(ts.get(om.to()).tag(), "NOUN|ADJ") && !land) relation = "attacks";
                // ("seized a slice of Russian territory": land taken from a state is held, not annexed, unless the text says annexed)
                if (land && relation.equals("annexes") && !ts.get(t0).lemma().equals("annex")) relation = "occupies";
                // One joins an organization as a member and an agreement as a party ("could join the Abraham Accords").
                if (relation.equals("memberOf") && index.isA(obj, ENT.Agreement)) relation = "partyTo";
                // ("kept its promise in Syria": only forces or a base are stationed)
                if (p.id().equals("station") && !stationed(ts, t0 + 1, om.from())) continue;
                if ("supplied".equals(p.type())) {
                    // "supplied weapons to", "sent food to", "provided billions in aid": what is supplied decides the kind of support.
                    String[] kind = supplied(ts, t0, om.from(), om.to());
                    if (kind[0] == null) continue;
                    // ("Macron rushed to Washington": a verb of sending with nothing sent is a journey)
                    // (nor is pouring into a land: "Ukrainians poured into Poland")
                    if (p.form().equals("verb") && t0 + 1 < ts.size() && Rx.matches(ts.get(t0 + 1).lower(), "to|into|across") && !(t0 > 0 && ts.get(t0 - 1).lemma().equals("be"))) continue;
                    // (buying goods is trade: "India buys oil from Russia")
                    if (p.form().equals("receive") && kind[1] != null && kind[1].equals("materiel and logistics")) continue;
                    relation = kind[0];
                    type = kind[1];
                    // ("poured troops into Ukraine" is an invasion, not support)
                    if (p.id().equals("pour") && "troops".equals(type)) continue;
                }
                Fact f = new Fact("(extracted)", s.index() + 1, a.id(), label(subj), relation, label(obj),
                        date, null, where == null ? null : label(where), type, own.stance,
                        own.claimant == null ? null : label(own.claimant), s.text().strip(), round(c), p.id());
                try {
                    checker.resolve(withIds(f, subj, obj, where, own.claimant));
                } catch (EntenteException e) {
                    continue;
                }
                Candidate made = new Candidate(f, s.index());
                out.add(made);
                // "Israel signed the Abraham Accords with the UAE and Bahrain": those it signed with are parties too.
                // (only signing or concluding with someone, and not "with Russia's objections", "with U.S. backing")
                if (p.id().equals("sign") && relation.equals("partyTo") && Rx.matches(ts.get(t0).lemma(), "sign|conclude")) {
                    int k = Math.max(om.to(), timeAdjunctEnd(ts, om.to()));
                    if (k < ts.size() && ts.get(k).is("with")) {
                        for (Mention co : rightMentions(ms, ts, k + 1, Set.of(), 2)) {
                            if (co.to() < ts.size() && (ts.get(co.to()).possessive() || ts.get(co.to()).tag().equals("NOUN"))) continue;
                            Node other = asArgument(co, relation, true);
                            if (other == null || other.equals(subj) || !(index.isA(other, ENT.State) || index.isA(other, ENT.Organization))) continue;
                            Candidate party = checked(new Fact("(extracted)", s.index() + 1, a.id(), label(other), relation, label(obj), date, null,
                                    null, type, own.stance, own.claimant == null ? null : label(own.claimant), s.text().strip(), round(c - 0.05), p.id()),
                                    s, other, obj, own.claimant);
                            if (party != null) out.add(party);
                        }
                    }
                }
                // "Russia was suspending its participation in New START", "threatened to quit the treaty": only a party or member
                // suspends or leaves, so it is one now (presupposed: asserted whatever the clause supposes)
                if (relation.equals("withdrawsFrom") && (own.stance.equals("hypothetical") && threatened(ts, t0) || suspension(ts, t0))
                        && !own.stance.equals("denied")) {
                    // (out of reported speech, the speaker's claim: "Putin said Russia might withdraw from the treaty")
                    Node by = own.claimant;
                    Fact bound = new Fact("(extracted)", s.index() + 1, a.id(), label(subj), index.isA(obj, ENT.LegalInstrument) ? "partyTo" : "memberOf",
                            label(obj), null, null, null, null, by == null ? "asserted" : "claimed", by == null ? null : label(by), s.text().strip(),
                            round(c - 0.05), p.id());
                    Candidate party = checked(bound, s, subj, obj, by);
                    if (party != null) out.add(party);
                }
                if (own.stance.equals("claimed")) d.claims.add(new Claim(subj, relation, obj, type, own.claimant, s.index()));
                if (inferred) d.inferredAttacks.put(made, List.of(subj, obj));
                // "Putin travelled to Pyongyang for talks with Kim Jong Un": talks one travels to are also a meeting.
                if (relation.equals("negotiatesWith") && index.isA(subj, ENT.Person) && index.isA(obj, ENT.Person) && travelledFor(ts, t0)) {
                    out.add(new Candidate(new Fact("(extracted)", s.index() + 1, a.id(), label(subj), "meetsWith", label(obj), date, null,
                            where == null ? null : label(where), null, own.stance, own.claimant == null ? null : label(own.claimant),
                            s.text().strip(), round(c - 0.05), p.id()), s.index()));
                }
                for (Node other : own.coClaimants()) {
                    out.add(new Candidate(new Fact("(extracted)", s.index() + 1, a.id(), label(subj), relation, label(obj), date, null,
                            where == null ? null : label(where), type, own.stance, label(other), s.text().strip(), round(c), p.id()), s.index()));
                }
                if (BACKING.contains(relation) && !own.stance.equals("denied")) d.backing.add(List.of(subj, obj));
                if (relation.equals("attacks") && (own.stance.equals("asserted") || own.stance.equals("claimed"))) {
                    d.lastAttacker = subj;
                    d.lastAttackSentence = s.index();
                }
                if (ACTS.contains(relation) && (own.stance.equals("asserted") || own.stance.equals("claimed")) && index.isA(subj, ENT.Actor))
                    d.acts.add(new Act(relation.equals("attacks") ? "attack" : "(act)", List.of(subj), s.index()));
                // ("Biden hosted Kishida and Yoon at Camp David. Beijing criticised the gathering": a meeting's sides, as states)
                if (Rx.matches(relation, "meetsWith|negotiatesWith") && (own.stance.equals("asserted") || own.stance.equals("claimed"))) recordMeeting(d, s, subj, obj);
                // "…, the Kremlin said, rejecting Vilnius's complaint about an incursion": the denial, and the claim it rejects.
                Node complainant = own.stance.equals("denied") && own.claimant != null ? rejectedClaimant(ts, ms, t0) : null;
                if (complainant != null && !complainant.equals(own.claimant)) {
                    out.add(new Candidate(new Fact("(extracted)", s.index() + 1, a.id(), label(subj), relation, label(obj), date, null,
                            where == null ? null : label(where), type, "claimed", label(complainant), s.text().strip(), round(c), p.id()), s.index()));
                }
                // "Kinshasa accuses Rwanda of invading …, a charge Kigali denies": the claim, and its denial.
                // ("…, transfers that both governments have denied": each side denies)
                if (own.stance.equals("claimed") && bothDeny(ts, t0)) {
                    for (Node side : List.of(subj, obj)) {
                        if (!index.isA(side, ENT.Actor) || side.equals(own.claimant)) continue;
                        out.add(new Candidate(new Fact("(extracted)", s.index() + 1, a.id(), label(subj), relation, label(obj), date, null,
                                where == null ? null : label(where), type, "denied", label(side), s.text().strip(), round(c), p.id()), s.index()));
                    }
                }
                Node denier = own.stance.equals("claimed") ? rebuttal(ts, ms, t0) : null;
                if (denier != null && !denier.equals(own.claimant)) {
                    Fact g = new Fact("(extracted)", s.index() + 1, a.id(), label(subj), relation, label(obj), date, null,
                            where == null ? null : label(where), type, "denied", label(denier), s.text().strip(), round(c), p.id());
                    out.add(new Candidate(g, s.index()));
                }
            }
        }
        return out;
    }

    /**
     * Whether the noun phrase after a demonym at {@code k} names the state's forces or envoys ("Ethiopian federal forces")
     * or an act of the state ("the American action", "the German decision").
     */
    private static boolean standsForState(List<Token> ts, int k) {
        int start = k;
        // (over a model's name: "Thai F-16 jets", "Russian Su-34 bombers")
        while (k < ts.size() && k - start < 5 && (Rx.matches(ts.get(k).tag(), "ADJ|NOUN") || ts.get(k).is("-") || Rx.matches(ts.get(k).lower(), MODIFIER_PARTICIPLES)
                || Rx.matches(ts.get(k).tag(), "PROPN|NUM") && Rx.matches(ts.get(k).text(), MODEL_NAME))
                && !statesOwn(ts.get(k).lower())) k++;
        return k < ts.size() && statesOwn(ts.get(k).lower());
    }

    /** Craft that fly: "drones", "jets", "balloon". */
    private static final Set<String> AIRCRAFT = Set.of("drone", "drones", "jet", "jets", "warplane", "warplanes", "aircraft", "plane", "planes",
            "helicopter", "helicopters", "bomber", "bombers", "fighters", "balloon", "balloons", "missile", "missiles", "uavs");

    /** Parts of a weapon model's name: "F" and "16" in "F-16", "Su" and "34", "S" and "400". */
    private static final String MODEL_NAME = "[A-Z][a-z]?|[A-Z]{2,3}|\\d{1,4}[A-Za-z]?|[A-Z]{1,3}\\d{1,4}";

    private static boolean statesOwn(String w) {
        return FORCE_NOUNS.contains(w) || ENVOYS.contains(w) || STATE_CRAFT.contains(w) || STATE_ACTS.contains(w);
    }

    /** Nouns of what a state decides or does: with a demonym they stand for the state ("backed the American action"). */
    private static final Set<String> STATE_ACTS = Set.of("action", "actions", "decision", "decisions", "move", "policy", "policies", "position",
            "stance", "intervention", "invasion", "offensive", "counteroffensive", "incursion", "occupation", "aggression", "operation",
            "operations", "deployment", "presence", "buildup", "build-up");

    /** A state's aircraft and ships: "Turkish fighter jets" act for Turkey. */
    private static final Set<String> STATE_CRAFT = Set.of("jets", "jet", "warplanes", "warplane", "aircraft", "plane", "planes", "drone", "drones",
            "warships", "warship", "ships", "ship", "vessels", "vessel", "pilots", "helicopters", "helicopter", "submarines", "bombers", "ministry",
            "missiles", "missile", "rockets", "artillery", "tanks", "guard", "police", "intelligence", "agents", "leader", "president",
            "premier", "coalition", "units", "unit", "commanders", "negotiators", "delegation", "state", "navy", "air", "defence", "defense",
            // ("the Iranian foreign minister flew to Islamabad"; a known holder of the office is named by the title elsewhere)
            "minister", "ministers", "spokesman", "spokeswoman", "spokesperson");

    private static boolean airspaceAfter(List<Token> ts, int k) {
        if (k < ts.size() && (ts.get(k).possessive())) k++;
        return k < ts.size() && ts.get(k).is("airspace");
    }

    private static final Set<String> CHARGE_NOUNS = Set.of("charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim",
            "claims");

    /** Whether the verb of saying at {@code k} is a parenthetical ", X said," after what was said. */
    private static boolean parenthetical(List<Token> ts, List<Mention> ms, int k) {
        int after = Math.max(k + 1, timeAdjunctEnd(ts, k + 1));
        if (after >= ts.size() || !ts.get(after).text().equals(",")) return false;
        int j = k - 1;
        while (j >= 0 && Rx.matches(ts.get(j).tag(), "ADV|AUX")) j--;
        Mention speaker = endingAt(ms, j + 1);
        if (speaker == null) return false;
        int start = speaker.from();
        while (start > 0 && Rx.matches(ts.get(start - 1).tag(), "DET|ADJ|PROPN|NOUN") && start - speaker.from() > -4) start--;
        return start > 0 && ts.get(start - 1).text().equals(",");
    }

    private static final Set<String> REPRESENTATIVES = Set.of("leaders", "leader", "representatives", "representative", "mediators", "counterpart",
            "counterparts", "chief", "head", "minister", "ministers", "spokesman", "spokeswoman", "officer", "officers", "team", "wing");

    /** Whether the mention is the possessor of a thing that does not act for it ("the bloc's sanctions", not "Hamas's leaders"). */
    private static boolean possessesThing(List<Token> ts, Mention m) {
        if (m.to() + 1 >= ts.size() || !(ts.get(m.to()).possessive())) return false;
        int k = m.to() + 1;
        while (k + 1 < ts.size() && ts.get(k).tag().equals("ADJ")) k++;
        String w = ts.get(k).lower();
        return ts.get(k).tag().equals("NOUN") && !FORCE_NOUNS.contains(w) && !ENVOYS.contains(w) && !DIPLOMATS.contains(w) && !STATE_CRAFT.contains(w)
                && !REPRESENTATIVES.contains(w);
    }

    /** Whether the trigger at {@code t0} is what a verb of preventing or opposing governs ("blocked Sweden's accession"). */
    private static boolean prevented(List<Token> ts, int t0) {
        return preventer(ts, t0) >= 0;
    }

    /** The verb of preventing that governs the trigger at {@code t0} ("blocked Kosovo from joining"), or -1. */
    private static int preventer(List<Token> ts, int t0) {
        for (int k = t0 - 1; k >= 0 && t0 - k <= 8; k--) {
            Token v = ts.get(k);
            if (v.tag().equals("VERB")) return PREVENT.contains(v.lemma()) ? k : -1;
            // ("have blocked Kosovo from joining the United Nations")
            // ("delayed ratification of Sweden's instrument of accession": through an "of" phrase)
            if (!Rx.matches(v.tag(), "DET|ADJ|NOUN|PROPN|NUM|SYM") && !v.is("-") && !v.possessive() && !(v.is("from") && k == t0 - 1)
                    && !(v.is("of") && k > 0 && ts.get(k - 1).tag().equals("NOUN"))) return -1;
        }
        return -1;
    }

    /** Whether a word of hearsay ("reportedly", "allegedly") stands in [from, to]. */
    private static boolean hearsay(List<Token> ts, int from, int to) {
        for (int k = from; k <= Math.min(to, ts.size() - 1); k++) if (HEARSAY.contains(ts.get(k).lower())) return true;
        return false;
    }

    /** Whether the verb at {@code k} rebuts a charge named just before it ("a charge it denies"). */
    private static boolean chargeBefore(List<Token> ts, int k) {
        for (int j = k - 1; j >= 1 && k - j <= 4; j--) if (CHARGE_NOUNS.contains(ts.get(j).lower()) && Rx.matches(ts.get(j - 1).lower(), "a|an|the|,|which")) return true;
        return false;
    }

    private Node rebuttal(List<Token> ts, List<Mention> ms, int t0) {
        // "…, which Abu Dhabi denies.": a relative clause whose verb of denial has no object of its own denies the claim
        for (int v = t0 + 1; v < ts.size(); v++) {
            if (DENY.contains(ts.get(v).lemma()) && relativeDenial(ts, ms, v)) return actorOf(mentionBeforeVerb(ts, ms, v));
        }
        // "Iran rejected US accusations that it had delivered missiles to Russia": the denier of an owned claim
        for (int k = t0 - 2; k > 0; k--) {
            if (!claimNoun(ts, k)) continue;
            int v = claimDenial(ts, k);
            if (v < 0 || claimOwner(ts, ms, k) == null || commaBetween(ts, k, t0)) break;
            List<Mention> deniers = sentenceSubjects(ms, ts, v + 1);
            Mention denier = deniers.isEmpty() ? mentionBeforeVerb(ts, ms, v) : deniers.get(0);
            return denier != null && index.isA(actorOf(denier), ENT.Actor) ? actorOf(denier) : null;
        }
        for (int k = t0 + 1; k + 2 < ts.size(); k++) {
            if (!CHARGE_NOUNS.contains(ts.get(k).lower()) || !Rx.matches(ts.get(k - 1).lower(), "a|an|the|,|which|an")) continue;
            for (Mention m : ms) {
                if (m.from() < k + 1 || m.from() > k + 3) continue;
                int v = m.to();
                while (v < ts.size() && (ts.get(v).tag().equals("ADV") || ts.get(v).tag().equals("AUX"))) v++;
                if (v < ts.size() && DENY.contains(ts.get(v).lemma()) && index.isA(actorOf(m), ENT.Actor)) return actorOf(m);
            }
        }
        return null;
    }

    /** Nouns of claiming that take a clause: "the accusation that …", "US claims that …". */
    private static final Set<String> CLAIM_CLAUSE_NOUNS = union(CHARGE_NOUNS, Set.of("assertion", "assertions", "contention", "report", "reports"));

    /**
     * Whether {@code k} is a noun of claiming with its clause: "the accusation that", "Washington's claims that" (a noun
     * after a possessive, article or adjective even where the tagger read a verb); "Russia claims that" stays a verb.
     */
    private static boolean claimNoun(List<Token> ts, int k) {
        if (k + 1 >= ts.size() || !CLAIM_CLAUSE_NOUNS.contains(ts.get(k).lower()) || !ts.get(k + 1).is("that")) return false;
        // (a relative clause on the noun: "the claims that Moscow made about …", "the reports that it issued")
        for (int j = k + 2; j < ts.size() && j - k <= 5; j++) {
            if (Rx.matches(ts.get(j).lemma(), "make|level|raise|voice|repeat|issue|publish|file|bring|circulate|spread")) return false;
            if (!Rx.matches(ts.get(j).tag(), "PROPN|PRON|DET|NOUN|ADJ|AUX|ADV")) break;
        }
        if (!ts.get(k).tag().equals("VERB")) return true;
        return k > 0 && (Rx.matches(ts.get(k - 1).tag(), "DET|ADJ") || Rx.matches(ts.get(k - 1).lower(), "'s|’s|his|her|its|their"));
    }

    /**
     * Whose is the claim named by the noun at {@code k}: a possessor ("Washington's claims"), a name or demonym right before
     * it over adjectives ("US claims", "baseless Russian allegations"), or the subject for "his", "her", "its", "their"
     * ("Kurti repeated his accusation that …"); null for none, or one who is no actor.
     */
    private Mention claimOwner(List<Token> ts, List<Mention> ms, int k) {
        int j = k - 1;
        while (j > 0 && ts.get(j).tag().equals("ADJ") && endingAt(ms, j + 1) == null) j--;
        if (j < 0) return null;
        Mention owner = null;
        if (ts.get(j).possessive()) owner = endingAt(ms, j);
        else if (endingAt(ms, j + 1) != null) owner = endingAt(ms, j + 1);
        else if (Rx.matches(ts.get(j).lower(), "his|her|its|their")) {
            List<Mention> subjects = sentenceSubjects(ms, ts, j);
            if (!subjects.isEmpty()) owner = subjects.get(0);
        }
        return owner != null && index.isA(actorOf(owner), ENT.Actor) ? owner : null;
    }

    /** Whether the verb of denial at {@code v} has for object a noun of claiming with its clause ("dismissed the allegation that"). */
    private static boolean claimDenied(List<Token> ts, int v) {
        for (int k = v + 1; k < ts.size() && k - v <= 7; k++) if (claimNoun(ts, k)) return claimDenial(ts, k) == v;
        return false;
    }

    /** The verb of denial whose object is the claim noun at {@code k} ("rejected the accusation", "dismissed as baseless US claims"), or -1. */
    private static int claimDenial(List<Token> ts, int k) {
        int v = claimVerb(ts, k);
        return v >= 0 && DENY.contains(ts.get(v).lemma()) ? v : -1;
    }

    /** The verb whose object is the claim noun at {@code k} ("rejected the accusation", "confirmed reports"), or -1. */
    private static int claimVerb(List<Token> ts, int k) {
        for (int j = k - 1; j >= 0 && k - j <= 7; j--) {
            Token t = ts.get(j);
            if (t.tag().equals("VERB")) return j;
            if (!(Rx.matches(t.tag(), "DET|ADJ|PROPN|NOUN|NUM") || t.possessive() || t.is("as") || t.is(".")) ) return -1;
        }
        return -1;
    }

    /** Verbs that take a claim as true: "confirmed reports that", "acknowledged claims that". */
    private static final Set<String> CONFIRMING = Set.of("confirm", "acknowledge", "verify", "corroborate", "admit", "accept", "substantiate", "concede");

    /** "What X should have done is VERB …": the subject of a pseudo-cleft before the verb at {@code t0}, or null. */
    private Mention pseudoCleftSubject(List<Mention> ms, List<Token> ts, int t0) {
        if (t0 < 4 || !ts.get(t0 - 1).lemma().equals("be") || !ts.get(t0 - 2).lemma().equals("do")) return null;
        for (int k = t0 - 3; k >= 0 && t0 - k <= 10; k--) {
            if (ts.get(k).is("what")) {
                // (the last of the names between "what" and the verb, so that its list is read leftwards)
                Mention last = null;
                for (Mention m : ms) if (m.from() > k && m.to() < t0 - 2) last = m;
                return last;
            }
        }
        return null;
    }

    /** Whether, after the trigger, both parties deny it ("…, transfers that both governments have denied"). */
    private static boolean bothDeny(List<Token> ts, int t0) {
        for (int k = t0 + 1; k + 2 < ts.size(); k++) {
            if (!Rx.matches(ts.get(k).lower(), "both|two") || !Rx.matches(ts.get(k + 1).lower(), "governments|sides|countries|capitals|states")) continue;
            int v = k + 2;
            while (v < ts.size() && (Rx.matches(ts.get(v).tag(), "ADV|AUX") || Rx.matches(ts.get(v).lemma(), "have|be"))) v++;
            if (v < ts.size() && DENY.contains(ts.get(v).lemma())) return true;
        }
        return false;
    }

    /** The one whose complaint or accusation a verb of denial after the trigger rejects ("rejecting Vilnius's complaint"), or null. */
    private Node rejectedClaimant(List<Token> ts, List<Mention> ms, int t0) {
        for (int k = t0 + 1; k + 3 < ts.size(); k++) {
            if (!DENY.contains(ts.get(k).lemma())) continue;
            Mention m = startingAtOrNull(ms, k + 1);
            if (m == null || m.to() + 1 >= ts.size() || !(ts.get(m.to()).possessive())) continue;
            String noun = ts.get(m.to() + 1).lower();
            if ((CHARGE_NOUNS.contains(noun) || noun.startsWith("complaint")) && index.isA(actorOf(m), ENT.Actor)) return actorOf(m);
        }
        return null;
    }

    /** Whether the verb of denial at {@code v} closes ", which X denies": a relative clause about the claim before it. */
    private boolean relativeDenial(List<Token> ts, List<Mention> ms, int v) {
        if (v + 1 < ts.size() && !ts.get(v + 1).tag().equals("PUNCT")) return false;
        Mention m = mentionBeforeVerb(ts, ms, v);
        return m != null && m.from() >= 2 && ts.get(m.from() - 1).is("which") && ts.get(m.from() - 2).text().equals(",")
                && index.isA(actorOf(m), ENT.Actor);
    }

    /** The mention right before the verb at {@code v}, over adverbs and auxiliaries, or null. */
    private static Mention mentionBeforeVerb(List<Token> ts, List<Mention> ms, int v) {
        int k = v - 1;
        while (k > 0 && (ts.get(k).tag().equals("ADV") || ts.get(k).tag().equals("AUX"))) k--;
        return endingAt(ms, k + 1);
    }

    private static final Set<String> LIGHT_VERBS = Set.of("impose", "order", "announce", "slap", "launch", "conduct", "carry", "provide",
            "offer", "extend", "give", "lend", "increase", "expand", "deliver", "wage", "intensify", "continue", "begin", "start", "stage",
            "mount", "resume", "escalate", "step", "approve", "clear", "authorize", "authorise", "tighten", "express", "voice",
            // verbs of raising a measure ("doubled tariffs on Indian goods", "hiked duties on Chinese steel"; not "raise", which
            // raises topics: "raised the issue of the attack")
            "double", "triple", "hike",
            // "committed a flagrant violation of Iraqi sovereignty", "committed aggression against"
            "commit",
            "pledge", "promise", "hold", "sign", "conclude", "reach", "strike", "seal", "have", "maintain", "receive", "win", "gain", "secure", "obtain",
            // verbs of making a pact or partnership ("formed a mutual defence pact", "forged a strategic partnership")
            "form",
            // verbs of declaring or reinforcing a stance ("reaffirmed its support for", "asserted their opposition to")
            "reaffirm", "reiterate", "renew", "declare", "affirm", "confirm", "restate", "signal", "assert", "state", "show",
            "demonstrate", "deepen", "strengthen", "boost", "bolster", "redouble", "underline", "emphasize", "emphasise", "stress",
            // verbs of adopting a measure ("agreed a package of sanctions against")
            "agree", "adopt", "unveil", "introduce", "pass", "enact", "finalize", "finalise",
            // "responded with air strikes on", "retaliated with missile barrages on"
            "respond", "retaliate", "answer", "reimpose", "broaden", "toughen", "widen",
            // "will run joint patrols", "took part in the war against", "joined the war against", "opened accession talks with"
            "run", "take", "join", "enter", "open",
            // "has kept close ties with Moscow", "preserved its partnership with"
            "keep", "preserve", "retain", "sustain",
            // "has rejected any talks with Washington"
            "reject", "spurn", "shun",
            // "threw its support behind Somalia"; "claimed (responsibility for) the attack", "led a coalition against"
            "throw", "claim", "lead",
            // "lodged a formal protest with Beijing"
            "lodge", "file", "register",
            // "restored diplomatic ties", "established relations"
            "restore", "establish", "normalize", "normalise", "upgrade",
            // "locked in a dispute", "embroiled in a feud"
            "lock", "embroil", "engage", "mire", "entangle",
            // verbs of building a relationship ("cultivated closer ties with", "forged a partnership with")
            "cultivate", "forge", "build", "develop", "nurture", "foster", "enjoy", "cement",
            // and of ending one ("suspended talks with", "halted military aid to"): see ENDING
            "suspend", "end", "halt", "break");

    /** Light verbs of receiving: "enjoys the backing of", "won the support of", "received aid from". */
    private static final Set<String> RECEIVING = Set.of("enjoy", "receive", "win", "gain", "secure", "get", "have", "obtain", "accept");

    private static final Set<String> SUPPORTIVE = Set.of("supports", "armsOrFunds");

    /** The givers after a received support noun: the objects the pattern found after "of", or the names after "from". */
    private List<Mention> givers(List<Mention> ms, List<Token> ts, int t1, List<Mention> objects) {
        if (!objects.isEmpty()) {
            int k = objects.get(0).from() - 1;
            while (k > t1 && ts.get(k).tag().equals("DET")) k--;
            return k >= t1 && ts.get(k).is("of") ? List.copyOf(objects) : List.of();
        }
        int k = t1;
        while (k < ts.size() && k - t1 <= 4 && Rx.matches(ts.get(k).tag(), "NOUN|ADJ|NUM")) k++;
        return k < ts.size() && ts.get(k).is("from") ? rightMentions(ms, ts, k + 1, Set.of(), 3) : List.of();
    }

    /**
     * The "to" of the first infinitive when the one at {@code inf} is coordinated with it ("to cut ties with Moscow and to quit the
     * CIS"), or -1: "and" or "or" right before, and an earlier "to" with a verb within the same clause.
     */
    private static int coordinatedInfinitive(List<Token> ts, int inf) {
        if (inf < 2 || !Rx.matches(ts.get(inf - 1).lower(), "and|or")) return -1;
        for (int k = inf - 2; k > 0 && inf - k <= 15; k--) {
            if (BOUNDARY.contains(ts.get(k).lower()) || Rx.matches(ts.get(k).tag(), "SCONJ")) return -1;
            if (ts.get(k).is("to") && k + 1 < inf && ts.get(k + 1).tag().equals("VERB")) return k;
        }
        return -1;
    }

    /** Whether an act of state declared follows at {@code k}: "independence", "war on", "a state of emergency", "martial law". */
    private static boolean declaredAct(List<Token> ts, int k) {
        while (k < ts.size() && Rx.matches(ts.get(k).tag(), "DET|ADJ|NUM") && !ts.get(k).is("that")) k++;
        return k < ts.size() && Rx.matches(ts.get(k).lower(),
                "independence|war|victory|state|martial|neutrality|sovereignty|ceasefire|cease-fire|truce|annexation|mobili[sz]ation|end|blockade|embargo");
    }

    /** Verbs that end what their object names: "Beijing suspended military talks with Washington" — the talks are off. */
    private static final Set<String> ENDING = Set.of("suspend", "end", "halt", "break", "reject", "spurn", "shun");

    /** Whether the verb at {@code k} ends what follows it ("break" only as "break off"). */
    private static boolean ending(List<Token> ts, int k) {
        // (and "breaks ties with", "broke diplomatic relations with")
        boolean breakTies = false;
        for (int j = k + 1; j < ts.size() && j - k <= 3 && !breakTies; j++) breakTies = Rx.matches(ts.get(j).lower(), "ties|relations|links");
        return ENDING.contains(ts.get(k).lemma()) && (!ts.get(k).lemma().equals("break") || k + 1 < ts.size() && ts.get(k + 1).is("off") || breakTies)
                && (!REJECTING.contains(ts.get(k).lemma()) || mutualAfter(ts, k));
    }

    /** Verbs that refuse what follows: an end of it only for what two sides do together ("rejected any talks with Washington"). */
    private static final Set<String> REJECTING = Set.of("reject", "spurn", "shun");

    /** Whether only the words of a noun phrase stand between the verb at {@code k} and the trigger at {@code t0}. */
    private static boolean objectPhrase(List<Token> ts, int k, int t0) {
        for (int j = k + 1; j < t0; j++) if (!Rx.matches(ts.get(j).tag(), "DET|ADJ|NOUN|PROPN|NUM") && !ts.get(j).is("-")) return false;
        return true;
    }

    /** Whether a noun of what two sides do together follows the verb at {@code k} closely ("any talks", "further cooperation"). */
    private static boolean mutualAfter(List<Token> ts, int k) {
        for (int j = k + 1; j < ts.size() && j - k <= 4; j++) {
            if (Rx.matches(ts.get(j).lower(), "talks|negotiations?|dialogue|cooperation|contacts?|ties|relations|meetings?|summits?")) return true;
            if (!Rx.matches(ts.get(j).tag(), "DET|ADJ|NOUN")) return false;
        }
        return false;
    }

    /** Whether the mention only modifies a noun through a hyphenated participle ("the al-Qaeda-linked group"). */
    private static boolean compoundAgent(List<Token> ts, Mention m) {
        return m.to() + 1 < ts.size() && ts.get(m.to()).is("-") && Rx.matches(ts.get(m.to() + 1).lower(), MODIFIER_PARTICIPLES + "|linked|affiliated");
    }

    private static final Set<String> GOVERNING = Set.of("government", "authorities", "regime", "leadership", "rulers", "administration",
            "junta", "leaders");

    /**
     * "the government in Mogadishu", "the separatist authorities in South Ossetia": the whole phrase names
     * whoever governs the place, which is the place's own mention (a capital stands for its state).
     */
    private void governmentIn(List<Token> ts, List<Mention> out) {
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            int in = m.from() - 1;
            if (in < 2 || !ts.get(in).is("in") || !GOVERNING.contains(ts.get(in - 1).lower()) || !index.isA(m.entity(), ENT.Place)) continue;
            int start = in - 2;
            while (start > 0 && ts.get(start).tag().equals("ADJ")) start--;
            if (!ts.get(start).tag().equals("DET")) continue;
            final int from = start;
            if (out.stream().anyMatch(o -> o.to() > from && o.from() < in)) continue;
            out.set(k, new Mention(start, m.to(), m.entity(), m.kind(), m.text()));
        }
    }

    private static final Set<String> PAIR_NOUNS = Set.of("countries", "sides", "neighbours", "neighbors", "nations", "states", "governments",
            "rivals", "leaders", "armies", "militaries", "powers", "capitals", "allies", "adversaries", "parties");

    /** The last words of a pair of persons: "the two leaders", "the two men", or "the two" alone before a verb. */
    private static final Set<String> PERSON_PAIR = Set.of("leaders", "men", "women", "presidents", "ministers", "two");

    /** The length of "the two countries" or "both sides" starting at {@code i}, or 0. */
    private static int pairPhrase(List<Token> ts, int i) {
        int[] g = numberedGroup(ts, i);
        return g != null && g[1] == 2 ? g[0] : 0;
    }

    private static final List<String> GROUP_SIZES = List.of("two", "three", "four", "five", "six");

    /**
     * "the two countries", "both sides", "the three juntas", "the four governments" starting at {@code i}: its length and
     * how many it counts, or null.
     */
    private static int[] numberedGroup(List<Token> ts, int i) {
        // (a few modifiers between: "the two South American neighbours", "the two nuclear-armed rivals")
        int size = i + 1 < ts.size() && ts.get(i).is("the") ? GROUP_SIZES.indexOf(ts.get(i + 1).lower()) + 2 : -1;
        if (size >= 2 && i + 2 < ts.size()) {
            for (int k = i + 2; k < ts.size() && k - i <= 6; k++) {
                if (PAIR_NOUNS.contains(ts.get(k).lower()) || size > 2 && Rx.matches(ts.get(k).lower(), "juntas|regimes|members"))
                    return new int[] {k + 1 - i, size};
                if (!(Rx.matches(ts.get(k).tag(), "ADJ|PROPN") || ts.get(k).is("-") || k + 1 < ts.size() && ts.get(k + 1).is("-"))) break;
            }
        }
        if (i + 1 < ts.size() && ts.get(i).is("both") && PAIR_NOUNS.contains(ts.get(i + 1).lower())) return new int[] {2, 2};
        // ("when the two met": "the two" alone before a verb; "the two men", "the two presidents")
        if (size == 2 && i + 2 < ts.size() && (Rx.matches(ts.get(i + 2).tag(), "VERB|AUX") || Rx.matches(ts.get(i + 2).lower(), "men|women|presidents|ministers"))) {
            return new int[] {Rx.matches(ts.get(i + 2).tag(), "VERB|AUX") ? 2 : 3, 2};
        }
        return null;
    }

    /** The verb of "threatened Ankara with (new) sanctions" for the event noun at {@code t0}, or -1. */
    private static int threatWith(List<Token> ts, int t0) {
        int with = withBefore(ts, t0);
        if (with < 2) return -1;
        for (int k = with - 1; k >= 0 && with - k <= 5; k--) {
            if (ts.get(k).lemma().equals("threaten") || ts.get(k).lower().startsWith("threaten")) return k;
            if (Rx.matches(ts.get(k).tag(), "VERB|AUX|ADP|PUNCT")) return -1;
        }
        return -1;
    }

    /** Whether only particles and adverbs stand between the verb at {@code v} and {@code to} ("carried out with"). */
    private static boolean objectless(List<Token> ts, int v, int to) {
        for (int k = v + 1; k < to; k++) if (!Rx.matches(ts.get(k).tag(), "ADP|PART|ADV")) return false;
        return true;
    }

    /** The "with" before the event noun at {@code t0}, adjectives and determiners between ("with new sanctions"), or -1. */
    private static int withBefore(List<Token> ts, int t0) {
        int k = t0 - 1;
        // ("with intelligence and refuelling support from": coordinated kinds of the thing)
        while (k > 0 && (Rx.matches(ts.get(k).tag(), "ADJ|DET|NUM|NOUN|ADV|PROPN") || ts.get(k).is("and") && t0 - k > 1
                || ts.get(k).tag().equals("VERB") && ts.get(k).lower().endsWith("ing") && k + 1 < ts.size() && ts.get(k + 1).tag().equals("NOUN"))) k--;
        return k > 0 && ts.get(k).is("with") ? k : -1;
    }


    /** A light verb that carries the event noun at {@code t0} ("ordered up a menu of sanctions"), or -1. */
    private static int lightVerbBefore(List<Token> ts, int t0) {
        for (int k = t0 - 1; k >= 0 && t0 - k <= 8; k--) {
            Token t = ts.get(k);
            // ("declared a 'no limits' partnership": a quoted modifier, whatever the tagger made of its words)
            if (Rx.matches(t.text(), "[\"'“”‘’]")) {
                int open = k - 1;
                while (open > 0 && k - open <= 5 && !Rx.matches(ts.get(open).text(), "[\"'“”‘’]")) open--;
                if (open >= 0 && k - open <= 5 && Rx.matches(ts.get(open).text(), "[\"'“”‘’]")) {
                    k = open;
                    continue;
                }
            }
            // ("a no-limits/VERB partnership": a hyphenated modifier)
            if (k > 1 && ts.get(k - 1).is("-") && !t.tag().equals("PUNCT") && !Rx.matches(t.lower(), MODIFIER_PARTICIPLES)) {
                k -= 1;
                continue;
            }
            // ("imposed sweeping/VERB oil sanctions": a participle before a noun modifies it)
            if (t.tag().equals("VERB") && t.lower().endsWith("ing") && Rx.matches(ts.get(k + 1).tag(), "NOUN|ADJ")
                    && !LIGHT_VERBS.contains(t.lemma())) continue;
            // (nor an adjective the tagger took for a verb: "held indirect/VERB talks")
            if (t.tag().equals("VERB") && k + 1 == t0 && !looksVerbal(t.lower()) && !IRREGULAR_FORMS.contains(t.lower())
                    && !LIGHT_VERBS.contains(t.lemma())) continue;
            // (a light verb in the past the tagger took for an adjective: "the Israeli military responded/ADJ with strikes")
            if (t.tag().equals("VERB") || t.tag().equals("AUX") && t.lemma().equals("have") || LIGHT_VERBS.contains(t.lemma()) && t.lower().endsWith("ed"))
                return LIGHT_VERBS.contains(t.lemma()) && (!REJECTING.contains(t.lemma()) || mutualAfter(ts, k))
                        || k + 2 < ts.size() && ts.get(k + 1).is("in") && Rx.matches(ts.get(k + 2).lower(), "support|solidarity") ? k : -1;
            String tag = t.tag();
            // (and a noun the tagger took for a pronoun: "missile and drone/PRON strikes")
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM") || tag.equals("ADV") || tag.equals("SYM")
                    || tag.equals("PRON") && k + 1 < ts.size() && ts.get(k + 1).tag().equals("NOUN") && !Rx.matches(t.lower(), "it|they|them|we|us|he|she|him|her|you|i")
                    || t.is("of") || t.is("up") || t.is("out") || t.is("off") || t.is("-") || t.is("with") || Rx.matches(t.lower(), "its|their|his|her|and|or")
                    || t.is("in") && k > 0 && ts.get(k - 1).is("part")
                    // "signed agreements on military cooperation with …"
                    || t.is("on") && k > 0 && Rx.matches(ts.get(k - 1).lower(), "deals?|agreements?|accords?|pacts?|memorand(um|a)|treaty|treaties")
                    // "have been locked in a bitter dispute", "embroiled in a feud"
                    || t.is("in") && k > 0 && Rx.matches(ts.get(k - 1).lower(), "locked|embroiled|engaged|mired|entangled|caught")
                    // "marched in support of", "acted in solidarity with": any verb before
                    || t.is("in") && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "support|solidarity") && k > 0
                            && ts.get(k - 1).tag().equals("VERB")
                    // "agreed to a ceasefire"
                    || t.is("to") && k > 0 && ts.get(k - 1).lemma().equals("agree")
                    // "claimed responsibility for the attack"
                    || t.is("for") && k > 0 && Rx.matches(ts.get(k - 1).lower(), "responsibility|credit")
                    // "held more than 20 rounds of talks"
                    || t.is("than") && k > 0 && Rx.matches(ts.get(k - 1).lower(), "more|fewer|less")
                    // "declared a 'no limits' partnership"
                    || Rx.matches(t.text(), "[\"'“”‘’]"))) return -1;
        }
        return -1;
    }

    /** Relations whose mutual reading "X and Y …" needs care: "X and Y are both fighting" fight a third party together. */
    private static final Set<String> ADVERSARIAL = Set.of("fightsAgainst", "opposes");

    /** "both", "together", "jointly" between the subjects and the trigger: a joint act, not a mutual one. */
    private static boolean jointly(List<Token> ts, List<Mention> subjects, int t0) {
        int from = subjects.get(0).from();
        for (int k = from; k < Math.min(ts.size(), t0 + 3); k++) {
            String w = ts.get(k).lower();
            if (w.equals("both") || w.equals("together") || w.equals("jointly") || w.equals("alongside")) return true;
        }
        return false;
    }

    /** Nothing that could be an object follows the trigger: "met on Sunday", "talked.". */
    private static boolean intransitive(List<Token> ts, int t1) {
        int k = skipAdverbs(ts, t1);
        // ("clashed repeatedly over/ADV Kashmir": a preposition the tagger reads as an adverb opens a phrase)
        for (int j = t1; j < k; j++) if (LOCATIVE.contains(ts.get(j).lower()) || ROUTE.contains(ts.get(j).lower())) return true;
        // "normalized relations", "restored diplomatic ties": the relation itself, not another party.
        int r = k;
        while (r < ts.size() && ts.get(r).tag().equals("ADJ")) r++;
        if (r < ts.size() && Rx.matches(ts.get(r).lower(), "relations|ties")) k = skipAdverbs(ts, r + 1);
        // ("exchanged fire last week", "met on Sunday": a time adjunct is no object)
        if (timeAdjunctEnd(ts, k) > k) return true;
        if (k >= ts.size() || !Rx.matches(ts.get(k).tag(), "DET|NOUN|PROPN|PRON|NUM|ADJ")) return true;
        String tag = ts.get(k).tag();
        return !(tag.equals("DET") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM") || tag.equals("ADJ"));
    }

    /** Candidates for a symmetric relation between each pair of coordinated mentions. */
    /**
     * Whether a verbless predicate opens after the comma at {@code j} in apposition to the name before it ("Egypt, at odds with
     * Ethiopia, …", "Turkey, long wary of Kurdish militias, …"): a preposition or an adjective, no verb before the next comma.
     */
    private static boolean verblessApposition(List<Token> ts, Map<Integer, Mention> endingAt, int j) {
        if (j < 1 || endingAt.get(j) == null || j + 1 >= ts.size()) return false;
        int k = j + 1;
        while (k < ts.size() && ts.get(k).tag().equals("ADV")) k++;
        if (k >= ts.size() || !Rx.matches(ts.get(k).tag(), "ADP|ADJ") || RELATIVE.contains(ts.get(k).lower())) return false;
        for (int c = k; c < ts.size() && !ts.get(c).text().equals(","); c++) if (Rx.matches(ts.get(c).tag(), "VERB|AUX")) return false;
        return true;
    }

    /** "each other" or "one another" at {@code k}, after one of the pattern's prepositions if any ("on each other"). */
    private static boolean reciprocal(List<Token> ts, int k, Set<String> preps) {
        if (k < ts.size() && preps.contains(ts.get(k).lower())) k++;
        return k + 1 < ts.size() && (ts.get(k).is("each") && ts.get(k + 1).is("other") || ts.get(k).is("one") && ts.get(k + 1).is("another"));
    }

    private List<Candidate> pairwise(Pattern p, Sentence s, List<Mention> ms, int t0, Discourse d, Article a, List<Mention> group, double conf) {
        List<Candidate> out = new ArrayList<>();
        boolean symmetric = Relations.isSymmetric(p.relation());
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                out.addAll(candidates(p, s, ms, t0, d, a, List.of(group.get(i)), List.of(group.get(j)), conf));
                // "the US and Russia have been at odds": a mutual relation holds both ways.
                if (!symmetric) out.addAll(candidates(p, s, ms, t0, d, a, List.of(group.get(j)), List.of(group.get(i)), conf));
            }
        }
        return out;
    }

    /**
     * The text of the clause holding the trigger, for its date: from the last clause boundary before
     * it (";", a dash, or a comma before "and", "but", "while", "whereas") to the next one, so "occupied
     * Georgia since 2008, and seized Crimea in 2014" dates each act by its own clause.
     */
    private static String clauseText(Sentence s, int t0) {
        List<Token> ts = s.tokens();
        int from = 0, to = ts.size();
        for (int k = t0 - 1; k >= 0; k--) if (clauseBoundary(ts, k)) { from = k + 1; break; }
        for (int k = t0 + 1; k < ts.size(); k++) if (clauseBoundary(ts, k)) { to = k; break; }
        if (from >= to) return s.text();
        // (a relative clause that does not hold the trigger dates its own verb: "crossed into Estonia, Latvia or Lithuania, which
        // joined the alliance in 2004"; "Finland, which joined NATO in 2023, deployed troops in 2024")
        StringBuilder b = new StringBuilder(s.text().substring(ts.get(from).begin() - s.begin(), ts.get(to - 1).end() - s.begin()));
        for (int k = from; k + 1 < to; k++) {
            if (!ts.get(k).is(",") || !Rx.matches(ts.get(k + 1).lower(), "which|who|whose")) continue;
            int end = k + 2;
            while (end < to && !Rx.matches(ts.get(end).text(), "[,;:]")) end++;
            if (t0 > k && t0 < end) continue;
            for (int j = ts.get(k).begin(); j < ts.get(end - 1).end(); j++) b.setCharAt(j - ts.get(from).begin(), ' ');
            k = end - 1;
        }
        return b.toString();
    }

    /** "and" or "but" followed by a verb or auxiliary: a second verb phrase starts. */
    private static boolean newVerbPhrase(List<Token> ts, int k) {
        return (ts.get(k).is("and") || ts.get(k).is("but")) && k + 1 < ts.size()
                && (ts.get(k + 1).tag().equals("VERB") || ts.get(k + 1).tag().equals("AUX"));
    }

    private static boolean clauseBoundary(List<Token> ts, int k) {
        String w = ts.get(k).text();
        if (w.equals(";") || w.equals("—") || w.equals("–") || w.equals("--")) return true;
        return w.equals(",") && k + 1 < ts.size() && Set.of("and", "but", "while", "whereas", "yet").contains(ts.get(k + 1).lower());
    }

    private static final Set<String> WEAPON_WORDS = Set.of("arm", "arms", "weapon", "weapons", "missile", "missiles", "rocket", "rockets",
            "tank", "tanks", "drone", "drones", "jet", "jets", "aircraft", "ammunition", "munitions", "artillery", "shell", "shells", "gun",
            "guns", "rifle", "rifles", "system", "systems", "helicopter", "helicopters", "f-16s", "launcher", "launchers", "hardware");
    private static final Set<String> MONEY_WORDS = Set.of("money", "funds", "funding", "cash", "billion", "billions", "million", "millions",
            "loan", "loans", "dollars", "$", "euros", "grant", "grants", "financing");
    /** Whether troops or a base are named between {@code from} and {@code to}. */
    private static boolean stationed(List<Token> ts, int from, int to) {
        for (int k = from; k < to && k < ts.size(); k++) {
            String w = ts.get(k).lower();
            if (TROOP_WORDS.contains(w) || Rx.matches(w, "base|bases|garrison|garrisons|contingent|battalion|battalions|brigade|brigades|division|divisions|battlegroups?|regiments?|units"))
                return true;
        }
        return false;
    }

    private static final Set<String> TROOP_WORDS = Set.of("troops", "soldiers", "forces", "advisers", "advisors", "fighters", "personnel",
            "specialists", "instructors");

    /** The relation and support type a supply verb gives, from the words between it and the recipient (or the whole sentence after it). */
    private static final Set<String> HOSTILE_WORDS = Set.of("threat", "threats", "enemy", "enemies", "adversary", "adversaries", "foe", "foes",
            "terrorist", "terrorists", "terror", "aggressor", "rogue", "menace", "danger", "pariah", "occupier", "occupiers");

    /** Whether the name {@code m} right after a verb of giving is its indirect object: a noun phrase of what is given follows it. */
    private boolean doubleObject(List<Token> ts, int t1, Mention m) {
        int k = t1;
        while (k < ts.size() && ts.get(k).tag().equals("DET")) k++;
        if (m.from() != k || !index.isA(actorOf(m), ENT.Actor) || m.kind() == Kind.DEMONYM || m.to() >= ts.size()) return false;
        Token next = ts.get(m.to());
        // ("sent Russia lethal/ADP weapons", "sent Russia drones/VERB": the tagger's errors on the thing given)
        boolean given = WEAPON_WORDS.contains(next.lower()) || MONEY_WORDS.contains(next.lower()) || TROOP_WORDS.contains(next.lower());
        boolean misread = next.tag().equals("ADP") && !PREPOSITIONS.contains(next.lower());
        if (!given && !misread && !Rx.matches(next.tag(), "NUM|ADJ|NOUN|PROPN|DET") || Rx.matches(next.text(), "['’]s")) return false;
        for (int j = m.to(); j < ts.size() && j - m.to() < 8; j++) {
            String w = ts.get(j).lower();
            if (WEAPON_WORDS.contains(w) || WEAPON_WORDS.contains(ts.get(j).lemma()) || MONEY_WORDS.contains(w) || TROOP_WORDS.contains(w)) return true;
            if (Rx.matches(ts.get(j).tag(), "VERB|AUX|PUNCT|ADP") && !ts.get(j).is("of") && !ts.get(j).is("-")
                    && !(ts.get(j).tag().equals("ADP") && !PREPOSITIONS.contains(w))) return false;
        }
        return false;
    }

    /** What is sent that supports no one: messages, protests, signals. */
    private static final Set<String> MESSAGE_WORDS = Set.of("note", "notes", "letter", "letters", "message", "messages", "protest", "protests",
            "signal", "signals", "warning", "warnings", "invitation", "invitations", "request", "requests", "proposal", "proposals", "complaint",
            "complaints", "condolences", "congratulations", "greetings", "reply", "response", "demarche", "démarche", "memorandum", "ultimatum",
            // ("handed the instrument of accession to Blinken": documents handed over)
            "instrument", "instruments", "document", "documents", "credentials", "papers", "award", "prize", "medal");

    /** Commodities traded, not support: "gas deliveries", "grain shipments". */
    private static final Set<String> COMMODITY_WORDS = Set.of("gas", "grain", "wheat", "coal", "electricity", "lng", "timber", "fertilizer",
            "fertiliser", "fertilizers", "fertilisers");

    /**
     * What one word says is supplied: weapons or troops (relation and support type), nothing that supports ({null, null}:
     * "sent a protest note to Beijing", and with {@code commodities} "halted gas deliveries to Poland"), or null if it says
     * nothing of the kind.
     */
    private static String[] suppliedWord(Token t, boolean commodities) {
        String w = t.lower();
        if (WEAPON_WORDS.contains(w) || WEAPON_WORDS.contains(t.lemma())) return new String[] {"armsOrFunds", "weapons"};
        if (TROOP_WORDS.contains(w)) return new String[] {"supports", "troops"};
        if (MESSAGE_WORDS.contains(w) || commodities && COMMODITY_WORDS.contains(w)) return new String[] {null, null};
        return null;
    }

    /** Verbs of using or getting arms: whoever does so with a state's weapons was armed by it. */
    private static final Set<String> USING = Set.of("use", "deploy", "field", "fly", "operate", "win", "fight", "rely", "lean", "depend",
            "buy", "acquire", "purchase", "receive", "obtain", "order", "get", "import", "employ", "fire", "launch");

    /**
     * "Azerbaijan won the war with Turkish-made drones", "India leaned on Russian-made S-400 systems", "Pakistan's Chinese-built
     * jets": weapons made or supplied by a state, used, got or owned by another, make the first the second's arms supplier.
     * The maker is the name before the hyphen; the user the possessor before the compound, or the subject of a verb of
     * using or getting that governs it.
     */
    private int made(List<Mention> ms, List<Token> ts, int t0, int t1, List<Mention> subjects, List<Mention> objects) {
        Mention maker = t0 >= 2 && ts.get(t0 - 1).is("-") ? endingAt(ms, t0 - 1) : null;
        if (maker == null || !index.isA(actorOf(maker), ENT.State) || gaz.dissolved(actorOf(maker))) return t0;
        // the noun phrase after the compound must name weapons ("S-400 air defence systems"; not "components found in its missiles")
        int head = -1;
        for (int k = t1; k < ts.size() && k - t1 <= 7 && (Rx.matches(ts.get(k).tag(), "PROPN|NUM|ADJ|NOUN") || ts.get(k).is("-")
                || ts.get(k).tag().equals("VERB") && WEAPON_WORDS.contains(ts.get(k).lemma())); k++) {
            String[] kind = suppliedWord(ts.get(k), false);
            if (kind != null && "weapons".equals(kind[1])) head = k;
        }
        if (head < 0) return t0;
        // (weapons got from a third party, or captured, seized or left behind, were not supplied by their maker)
        for (int k = head + 1; k < ts.size() && k - head <= 6 && !Rx.matches(ts.get(k).text(), "[,;:.]"); k++) {
            if (ts.get(k).is("from") || Rx.matches(ts.get(k).lemma(), "seize|capture|take|leave|abandon|find|recover|loot|smuggle|steal|buy|acquire")) return t0;
        }
        int before = maker.from() - 1;
        while (before >= 0 && Rx.matches(ts.get(before).tag(), "NUM|ADJ|ADV") && !ts.get(before).is("-")) before--;
        Mention user = null;
        int at = t0;
        if (before >= 1 && (ts.get(before).possessive())) user = endingAt(ms, before);
        if (user == null && before >= 0) {
            // (over "the war with", "on", "about 80 percent of")
            int v = before;
            while (v >= 0 && maker.from() - v <= 8 && !Rx.matches(ts.get(v).tag(), "VERB|AUX") && !Rx.matches(ts.get(v).text(), "[,;:]")) v--;
            if (v >= 0 && USING.contains(ts.get(v).lemma()) && (v == 0 || !ts.get(v - 1).lemma().equals("be"))) {
                Mention subj = left(ms, ts, v);
                if (subj != null) {
                    user = subj;
                    at = v;
                }
            }
        }
        if (user == null || actorOf(user).equals(actorOf(maker)) || !index.isA(actorOf(user), ENT.Actor)) return t0;
        subjects.add(maker);
        objects.add(user);
        return at;
    }

    private static String[] supplied(List<Token> ts, int t0, int objFrom, int objTo) {
        int to = objFrom > t0 ? objFrom : Math.min(ts.size(), t0 + 10);
        // "provided the RSF with surface-to-air missiles": what is supplied follows a direct object.
        if (objFrom > t0 && objFrom - t0 <= 2) to = objTo + 8;
        boolean money = false;
        // ("Weapons were shipped by Iran to …": in the passive what is supplied is the subject before the verb)
        if (t0 >= 2 && ts.get(t0 - 1).lemma().equals("be")) {
            for (int k = t0 - 2; k >= 0 && t0 - k <= 8 && !Rx.matches(ts.get(k).text(), "[,;:]") && !ts.get(k).tag().equals("VERB"); k--) {
                String[] kind = suppliedWord(ts.get(k), false);
                if (kind != null) return kind;
                money |= MONEY_WORDS.contains(ts.get(k).lower());
            }
        }
        // ("a $2 billion air-defence sale to Taiwan", "arms deliveries to": what a noun of supply is of stands before it)
        if (ts.get(t0).tag().equals("NOUN")) {
            for (int k = t0 - 1; k >= 0 && t0 - k <= 5 && (Rx.matches(ts.get(k).tag(), "NOUN|ADJ|NUM|SYM|PROPN") || ts.get(k).is("-")); k--) {
                if (Rx.matches(ts.get(k).lower(), "defence|defense") && ts.get(t0).lower().startsWith("sale")) return new String[] {"armsOrFunds", "weapons"};
                String[] kind = suppliedWord(ts.get(k), true);
                if (kind != null) return kind;
                money |= MONEY_WORDS.contains(ts.get(k).lower());
            }
        }
        // ("supplied Ethiopian forces with armed drones": what is supplied follows "with", not the forces supplied)
        int start = t0 + 1;
        if (objFrom > t0 && objFrom - t0 <= 2) {
            for (int w = objTo; w < ts.size() && w - objTo <= 4; w++) if (ts.get(w).is("with")) {
                start = w + 1;
                break;
            }
        }
        for (int k = start; k < Math.min(ts.size(), Math.max(to, t0 + 8)); k++) {
            String[] kind = suppliedWord(ts.get(k), true);
            if (kind != null) return kind;
            // "the first country to send a new ambassador to Kabul": diplomatic ties
            if (DIPLOMATS.contains(ts.get(k).lower())) return new String[] {"cooperatesWith", null};
            money |= MONEY_WORDS.contains(ts.get(k).lower());
        }
        return money ? new String[] {"armsOrFunds", "funding"} : new String[] {"supports", "materiel and logistics"};
    }

    /**
     * The trigger is a verb in the progressive under a plain verb of saying: "said it was severing relations", "says it is
     * withdrawing" (an act under way, announced); not under a verb of claiming ("claim they are hitting ISIS targets").
     */
    private static boolean underWay(List<Token> ts, int t0) {
        if (!ts.get(t0).lower().endsWith("ing")) return false;
        int b = t0 - 1;
        while (b > 0 && ts.get(b).tag().equals("ADV")) b--;
        if (b < 0 || !Rx.matches(ts.get(b).lower(), "is|are|was|were|'s|'re")) return false;
        for (int k = b - 1; k >= 0; k--) if (SPEECH.contains(ts.get(k).lemma())) return Rx.matches(ts.get(k).lemma(), "say|announce|declare|tell|state");
        return false;
    }

    private static boolean announces(List<Token> ts, int t0) {
        for (int k = 0; k < t0; k++) if (ts.get(k).lemma().equals("announce") || ts.get(k).lemma().equals("declare")) return true;
        return false;
    }

    private static double round(double c) {
        return Math.round(c * 100) / 100.0;
    }

    /** The fact with entities given by IRI for validation (labels can be ambiguous). */
    private static Fact withIds(Fact f, Node s, Node o, Node place, Node claimant) {
        return new Fact(f.file(), f.line(), f.article(), s.getURI(), f.relation(), o.getURI(), f.start(), f.end(),
                place == null ? null : place.getURI(), f.type(), f.stance(), claimant == null ? null : claimant.getURI(), f.quote(), f.confidence(), f.rule());
    }

    private String label(Node n) {
        return index.label(n);
    }

    /** The entity a mention stands for in an argument of the relation (capitals and leaders stand for their state). */
    private Node asArgument(Mention m, String relation, boolean subject) {
        Node e = m.entity();
        if (index.isA(e, ENT.City)) {
            // A city held or annexed is the place itself ("the RSF has seized Khartoum"); a capital otherwise speaks
            // and acts for its state ("Moscow said"). (Another city struck need not be its state's: "Russian air
            // strikes on Aleppo" were not on Syria's government.)
            if (!subject && (relation.equals("occupies") || relation.equals("annexes"))) return e;
            // (a city struck is on its state's ground, even one that speaks for an organization: "missiles struck Brussels")
            Node actor = gaz.capitalOf(e);
            if (!subject && actor != null && !index.isA(actor, ENT.State) && (relation.equals("attacks") || relation.equals("violatesAirspaceOf")))
                return null;
            return actor;
        }
        if (m.kind() == Kind.DEMONYM) return e;
        // "Russian forces seized Crimea", "the Israeli military struck Lebanon": a state's forces or agencies act for it in
        // territorial, treaty and military relations.
        // (the one supported keeps its name: "backed the Syrian government" is not "backed Syria"; "the Pentagon armed Kyiv" is the US)
        if (TERRITORIAL.contains(relation) && gaz.governmentOf(e) != null && (subject || !SUPPORTIVE.contains(relation))) return gaz.governmentOf(e);
        if (subject && STATE_LEVEL.contains(relation) && index.isA(e, ENT.Person)) {
            Node state = gaz.stateOf(e);
            if (state != null) return state;
        }
        if (!subject && STATE_LEVEL.contains(relation) && index.isA(e, ENT.Person) && relation.equals("attacks")) {
            Node state = gaz.stateOf(e);
            if (state != null) return state;
        }
        return e;
    }

    private static int skipAdverbs(List<Token> ts, int i) {
        while (i < ts.size() && (ts.get(i).tag().equals("ADV") || ts.get(i).tag().equals("PART") && !ts.get(i).is("to"))) i++;
        return i;
    }

    private static final Set<String> FILLER_WORDS = Set.of("which", "who", "that", "also", "both", "all", "now", "then", "have", "has",
            "had", "be", "been", "is", "are", "was", "were", "will", "not", "n't", "never", "no", "longer", "still", "already", "just",
            // adverbs the tagger takes for verbs ("India has meanwhile/VERB deepened …")
            "meanwhile", "since", "again", "further", "finally", "formally", "repeatedly", "openly", "reportedly", "allegedly",
            // an intensifying reflexive after the subject ("Trump himself initially sided with Riyadh")
            "himself", "herself", "itself", "themselves",
            // a distributive after the subject ("Germany, France and Poland each sent home four diplomats")
            "each");

    /**
     * The subject of a trigger: the mention that ends the noun phrase right before it, reading
     * leftwards over adverbs, auxiliaries, modals and negation, over a parenthesis between commas
     * (", flying American-supplied jets,"), and over the head noun a demonym qualifies ("Turkish
     * fighter pilots"). Anything else in between (another noun, a verb, a clause boundary) means
     * the subject is not an entity, and there is none.
     */
    private Mention left(List<Mention> ms, List<Token> ts, int t0) {
        Map<Integer, Mention> endingAt = new HashMap<>();
        for (Mention m : ms) endingAt.put(m.to(), m);
        // ("Egypt, at odds with Ethiopia, …": a verbless predicate in apposition is the name's)
        if (t0 >= 2 && ts.get(t0 - 1).text().equals(",") && Rx.matches(ts.get(t0).tag(), "ADP|ADJ")) {
            Mention named = endingAt.get(t0 - 1);
            // (one name, not the last of a list: "Russia, Iran and North Korea, at odds with the West" relates no pair within it)
            boolean listed = named != null && named.from() > 0 && Rx.matches(ts.get(named.from() - 1).lower(), "and|or|,");
            if (named != null && !listed && verblessApposition(ts, endingAt, t0 - 1)) return named;
        }
        // ("Britain became the first country to send long-range missiles": the subject of "became")
        int become = ordinalCopula(ts, t0);
        if (become >= 0) return left(ms, ts, become);
        // ("prompting Tbilisi to cut ties with Moscow and to quit the CIS": the second infinitive's agent is the first one's)
        int first = t0 >= 3 && ts.get(t0 - 1).is("to") ? coordinatedInfinitive(ts, t0 - 1) : -1;
        if (first > 0) return left(ms, ts, first + 1);
        // ("Jordan and the Palestine Liberation Organization sided with Baghdad": a name the graph does not know, coordinated after
        // names it knows; those stand as the subject, and the unknown one is left out)
        Mention beforeUnknown = coordinatedBeforeUnknownName(ms, ts, t0, endingAt);
        if (beforeUnknown != null) return beforeUnknown;
        int k = t0 - 1;
        int nouns = 0;
        String head = null;
        int skipped = 0;  // tokens of relative clauses and appositions jumped over, which do not count against the window
        while (k >= 0 && t0 - k - skipped <= WINDOW + 6) {
            // "Germany on Wednesday approved …": a time adjunct between subject and verb.
            int time = nouns == 0 ? timeAdjunctStart(ts, k + 1) : -1;
            if (time >= 0) {
                k = time - 1;
                continue;
            }
            Mention m = endingAt.get(k + 1);
            // A place after "in", "at", "near", "via" is where something happens, not who does it ("in eastern Baghdad" too).
            int pre = m == null ? -1 : m.from() - 1;
            while (m != null && pre > 0 && index.isA(m.entity(), ENT.City) && Rx.matches(ts.get(pre).tag(), "ADJ|DET")) pre--;
            if (m != null && pre >= 0 && (LOCATIVE.contains(ts.get(pre).lower()) || ROUTE.contains(ts.get(pre).lower()))) {
                // ("sent thousands of fighters into Syria to defend Assad": past the place, to whoever sent them)
                if (nouns == 0 && infinitive(ts, t0) && m.from() >= 2 && Rx.matches(ts.get(m.from() - 2).tag(), "NOUN|VERB")) {
                    skipped += k + 1 - (m.from() - 1);
                    k = m.from() - 2;
                    continue;
                }
                // ("Russia's ambassador in Berlin denounced …", "Russian troops in Syria": the place where the subject is)
                if (nouns == 0 && m.from() >= 2 && ts.get(m.from() - 1).is("in") && (FORCE_NOUNS.contains(ts.get(m.from() - 2).lower())
                        || ENVOYS.contains(ts.get(m.from() - 2).lower()) || STATE_CRAFT.contains(ts.get(m.from() - 2).lower()))) {
                    skipped += k + 1 - (m.from() - 1);
                    k = m.from() - 2;
                    continue;
                }
                return null;
            }
            // ("Syrian mercenaries to help Baku": a state's demonym before a noun naming no organ of the state is no agent)
            if (m != null && nouns > 0 && m.kind() == Kind.DEMONYM && index.isA(m.entity(), ENT.State) && !standsForState(ts, m.to())) return null;
            // ("the UN resolution condemning Syria": a participle after a common noun is the noun's, unless the noun is an organ
            // that acts for the name: "Russian warplanes bombing Aleppo")
            if (m != null && nouns > 0 && ts.get(t0).lower().endsWith("ing") && t0 > 0 && ts.get(t0 - 1).tag().equals("NOUN")
                    && head != null && !FORCE_NOUNS.contains(head) && !STATE_CRAFT.contains(head) && !TROOP_WORDS.contains(head)
                    && !ENVOYS.contains(head)) return null;
            // ("Israel's offensive against Hamas has since killed …": the object of a preposition after a noun is no subject)
            if (m != null && nouns == 0 && m.from() >= 2 && Rx.matches(ts.get(m.from() - 1).lower(), "against|on|into|at|over|toward|towards|with|from|about")
                    && ts.get(m.from() - 2).tag().equals("NOUN")) return null;
            // ("Iran-backed militias attacked US troops": the backer in a hyphenated modifier is not the noun's agent; "Hamas-led
            // gunmen" are Hamas's)
            if (m != null && nouns > 0 && m.to() + 1 < t0 && ts.get(m.to()).is("-")
                    && Rx.matches(ts.get(m.to() + 1).lower(), "backed|supported|sponsored|funded|financed|armed|aligned|allied|linked|affiliated|trained|inspired|made|built|supplied|friendly"))
                return null;
            if (m != null && (nouns == 0 || m.kind() == Kind.DEMONYM || nouns <= 2)) {
                // "committed to fight Russia not only to defend Germany": the object of another verb is not the
                // subject of an infinitive of purpose after it (unless that verb makes its object act: "urged Turkey to").
                if (infinitive(ts, t0) && m.from() > 0 && ts.get(m.from() - 1).tag().equals("VERB") && !verbBetween(ts, m.to(), t0)
                        && !CONTROL.contains(ts.get(m.from() - 1).lemma()) && !IMPLICATIVE.contains(ts.get(m.from() - 1).lemma())) return null;
                // ("the US worked closely with the European Union to keep pressure on Russia": nor the object of a preposition)
                int before = m.from() - 1;
                while (before > 0 && ts.get(before).tag().equals("DET")) before--;
                // (but a phrasal verb that makes its object act: "called on Germany to send", "relied on Berlin to deliver")
                boolean control = before > 0 && Rx.matches(ts.get(before).lower(), "on|upon|to") && ts.get(before - 1).tag().equals("VERB")
                        && Rx.matches(ts.get(before - 1).lemma(), "call|rely|count|depend|prevail|appeal|look|turn|lean");
                if (infinitive(ts, t0) && before >= 0 && ts.get(before).tag().equals("ADP") && !Rx.matches(ts.get(before).lower(), "by|of|for")
                        && !control && !verbBetween(ts, m.to(), t0)) return null;
                return m;
            }
            Token t = ts.get(k);
            String w = t.lower();
            if (w.equals(",")) {
                // "Russia, which backs Assad": the relative clause's subject is the noun phrase before the comma.
                Token after = ts.get(k + 1);
                if (RELATIVE.contains(after.lower()) && nouns == 0) {
                    Mention antecedent = endingAt.get(k);
                    // "Wagner Group fighters, who …": the name qualifies the noun the clause is about.
                    if (antecedent == null && k > 0 && ts.get(k - 1).tag().equals("NOUN")) antecedent = endingAt.get(k - 1);
                    // ("Iraq's government, which relies on …": a state's government or forces act for it)
                    if (antecedent == null && k > 1 && ts.get(k - 2).possessive() && statesOwn(ts.get(k - 1).lower())) antecedent = endingAt.get(k - 2);
                    return antecedent;
                }
                // ("American and British forces, backed by smaller contingents from Australia, invaded …": a participle with its agent
                // right after the comma is said of the noun phrase before the comma)
                int agentBy = skipAdverbs(ts, t0 + 1);
                if (k == t0 - 1 && nouns == 0 && ts.get(t0).tag().equals("VERB") && !ts.get(t0).lower().endsWith("ing")
                        && agentBy < ts.size() && ts.get(agentBy).is("by")) {
                    Mention antecedent = endingAt.get(k);
                    if (antecedent == null && k > 0 && (FORCE_NOUNS.contains(ts.get(k - 1).lower()) || INVADING_FORCES.contains(ts.get(k - 1).lower())))
                        antecedent = endingAt.get(k - 1);
                    if (antecedent != null) return antecedent;
                }
                int open = -1;
                // (a relative clause may run longer: "NATO, which promised Georgia in April that it would one day join the alliance, also criticised")
                for (int j = k - 1; j >= Math.max(0, k - 24); j--) {
                    if (!ts.get(j).text().equals(",")) continue;
                    // (and a verbless predicate in apposition to a name: "Egypt, at odds with Ethiopia over its giant dam on the Blue Nile,
                    // has since shipped …")
                    if (k - j <= 12 || j + 1 < ts.size() && (RELATIVE.contains(ts.get(j + 1).lower()) || ts.get(j + 1).is("whose"))
                            || k - j <= 20 && verblessApposition(ts, endingAt, j)) open = j;
                    break;
                }
                // (past the commas of a list inside it: "The PKK, which is listed as a terrorist organization by Türkiye, the U.S. and the
                // EU, has waged …")
                if (open >= 0 && !(RELATIVE.contains(ts.get(open + 1).lower()) || ts.get(open + 1).is("whose"))) {
                    for (int j = open - 1; j >= Math.max(1, k - 24); j--) {
                        if (!ts.get(j).text().equals(",")) continue;
                        if (RELATIVE.contains(ts.get(j + 1).lower()) && !ts.get(j + 1).is("that") && endingAt.get(j) != null) {
                            boolean list = true;
                            for (int c = j + 1; c < k; c++) if (ts.get(c).text().equals(",") && c > j && startingAtOrNull(ms, c + 1) == null
                                    && !(c + 2 < ts.size() && ts.get(c + 1).tag().equals("DET") && startingAtOrNull(ms, c + 2) != null)) list = false;
                            if (list) open = j;
                        }
                        break;
                    }
                }
                if (open < 0 || nouns > 0) return null;
                // A participle right after the comma: is what lies between the commas an apposition? Not when the comma before is a
                // list's ("Britain, France and Germany imposed sanctions, accusing Tehran …"), nor when a finite verb outside a
                // relative clause lies between ("Turkey, which fields NATO's largest army, held up Sweden's bid, accusing …"): the
                // participle's subject is the sentence's, found with all its list.
                if (k == t0 - 1 && ts.get(t0).lower().endsWith("ing")) {
                    boolean list = endingAt.get(open) != null && startingAtOrNull(ms, open + 1) != null;
                    boolean relativeClause = RELATIVE.contains(ts.get(open + 1).lower()) || ts.get(open + 1).is("whose");
                    boolean finite = false;
                    for (int j = open + 2; j < k && !relativeClause; j++) {
                        finite |= ts.get(j).tag().equals("VERB") && !covered(ms, j) && !ts.get(j).lower().endsWith("ing") && !hyphenParticiple(ts, j)
                                && Rx.matches(ts.get(j - 1).tag(), "PROPN|NOUN|PRON|AUX|ADV");
                    }
                    // (right after the comma, a verb with an object, "…, held up Sweden's bid, …", not a participle with its agent or
                    // complement, "…, backed by Iran, …", "…, known as Hemedti, …")
                    int o = open + 2;
                    while (o < k && Rx.matches(ts.get(o).lower(), "up|down|off|out|back")) o++;
                    finite |= !relativeClause && ts.get(open + 1).tag().equals("VERB") && !covered(ms, open + 1) && !ts.get(open + 1).lower().endsWith("ing")
                            && o < k && (Rx.matches(ts.get(o).tag(), "DET|PROPN|PRON|NUM") || covered(ms, o));
                    if (list || finite) return null;
                }
                // ("Iran's supreme leader, Ali Khamenei, denounced …": a name in apposition to a description is the subject)
                Mention named = endingAt.get(k);
                if (named != null && named.from() == open + 1 && open > 0 && ts.get(open - 1).tag().equals("NOUN") && endingAt.get(open) == null) return named;
                skipped += k - open + 1;
                k = open - 1;
                // ("The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, has seized …": stacked appositions, the first one too)
                Mention inner = endingAt.get(k + 1);
                if (inner != null && inner.from() >= 3 && Rx.matches(ts.get(inner.from() - 1).lower(), "by|as") && ts.get(inner.from() - 3).text().equals(",")
                        && Rx.matches(ts.get(inner.from() - 2).lower(), ".*ed|known|run|led")) {
                    skipped += k - (inner.from() - 3) + 1;
                    k = inner.from() - 4;
                }
                continue;
            }
            // "Russia, whose air force has backed the Syrian government": the name before the relative clause.
            if (w.equals("whose") && k > 0 && ts.get(k - 1).text().equals(",")) {
                Mention owner = endingAt(ms, k - 1);
                // ("Kuwait's foreign minister, whose government had mediated …": the possessor of an official's title)
                if (owner == null) {
                    int j = k - 2;
                    while (j > 0 && k - 1 - j <= 3 && Rx.matches(ts.get(j).tag(), "NOUN|ADJ")) j--;
                    if (j > 0 && j < k - 2 && (ts.get(j).possessive()) && (STATE_CRAFT.contains(ts.get(k - 2).lower())
                            || DIPLOMATS.contains(ts.get(k - 2).lower()) || FORCE_NOUNS.contains(ts.get(k - 2).lower()))) owner = endingAt(ms, j);
                }
                // ("President Maia Sandu, whose government opened accession talks with the EU": a leader's government is their state's)
                if (owner != null && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "government|country|administration|cabinet")
                        && index.isA(owner.entity(), ENT.Person) && gaz.stateOf(owner.entity()) != null)
                    owner = new Mention(owner.from(), owner.to(), gaz.stateOf(owner.entity()), Kind.NAME, owner.text());
                return owner;
            }
            // ("has yet to deliver": "yet" before an infinitive is no conjunction)
            boolean yetTo = w.equals("yet") && k + 1 < ts.size() && ts.get(k + 1).is("to");
            // ("Iran is said/believed to have armed …": a passive verb of saying before an infinitive shares the subject)
            if (nouns == 0 && raisedHearsay(ts, k)) {
                k--;
                continue;
            }
            if (BOUNDARY.contains(w) && !yetTo || speechVerb(t)) return null;
            // ("…, Kyiv said, as talks with Minsk stalled": a subordinate clause opens after the comma)
            if (Rx.matches(w, "as|when|after|before|because|since|until") && k > 0 && ts.get(k - 1).text().equals(",")) return null;
            String tag = t.tag();
            if (nouns == 0 && (tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") && !w.equals("'s") || w.equals("to") || FILLER_WORDS.contains(w)
                    || HYPOTHETICAL_MODAL.contains(w) || NORMATIVE_MODAL.contains(w))) {
                k--;
                continue;
            }
            // ("Ukraine used ATACMS to strike", "Israel employed F-35 jets to hit": what one uses to act is no agent, whatever its
            // name or make, "Russia used Iranian-made drones to attack"; the user acts)
            if (nouns == 0 && k + 1 < t0 && ts.get(k + 1).is("to")) {
                int v = k;
                while (v > 0 && k - v < 6 && !INSTRUMENT_VERBS.contains(ts.get(v).lemma())
                        && (Rx.matches(ts.get(v).tag(), "NOUN|PROPN|ADJ|NUM|DET|X") || ts.get(v).is("-") || ts.get(v - 1).is("-"))) v--;
                if (v < k && INSTRUMENT_VERBS.contains(ts.get(v).lemma()) && !ts.get(v).lower().endsWith("ing")) {
                    k = v - 1;
                    continue;
                }
            }
            if (nouns == 0 && (tag.equals("ADJ") || tag.equals("NOUN")) && k + 1 < t0 && ts.get(k + 1).is("to") && k > 0
                    && ts.get(k - 1).tag().equals("VERB") && !(SENDING.contains(ts.get(k - 1).lemma()) && TROOP_WORDS.contains(w))) {
                k -= 2;
                continue;
            }
            // "NATO saw fit to bomb", "Russia decided to arm", "the US continued to back": a verb (and an
            // adjective) taking an infinitive shares its subject with the trigger.
            // (a time adjunct may stand between: "agreed on Friday to hold joint exercises")
            int next = Math.max(k + 1, timeAdjunctEnd(ts, k + 1));
            // ("has yet to deliver")
            while (next < t0 && ts.get(next).tag().equals("ADV")) next++;
            // ("Turkey's refusal/VERB to sanction": a noun of intention the tagger took for a verb)
            if (nouns == 0 && next < t0 && ts.get(next).is("to") && INTENTION_NOUNS.contains(w) && k > 0
                    && (ts.get(k - 1).possessive())) return endingAt.get(k - 1);
            if (nouns == 0 && next < t0 && ts.get(next).is("to") && (tag.equals("VERB") || tag.equals("ADJ") || tag.equals("AUX"))) {
                k--;
                continue;
            }
            // ("Russia helped arm the rebels", "its air force helped keep Assad in power": "help" before a bare infinitive
            // shares its subject)
            if (nouns == 0 && k + 1 == t0 && tag.equals("VERB") && t.lemma().equals("help") && Rx.matches(ts.get(t0).tag(), "VERB|NOUN")
                    && !ts.get(t0).lower().endsWith("ing") && !ts.get(t0).lower().endsWith("ed")) {
                k--;
                continue;
            }
            // "Russian warplanes began bombing", "Turkey kept shelling": an aspectual verb before a gerund shares its subject.
            // (and one of stopping: "Washington must stop arming Riyadh")
            if (nouns == 0 && k + 1 == t0 && ts.get(t0).lower().endsWith("ing") && tag.equals("VERB")
                    && (IMPLICATIVE.contains(t.lemma()) || ABSTAIN.contains(t.lemma()) || FAIL.contains(t.lemma()) || DELIBERATE.contains(t.lemma()))) {
                k--;
                continue;
            }

            // "Turkey sent military advisers to help Baku", "accused Turkey of sending advisers to help Baku": forces sent
            // to do something do it for their sender.
            if (nouns > 0 && tag.equals("VERB") && SENDING.contains(t.lemma()) && head != null && TROOP_WORDS.contains(head) && ts.get(t0 - 1).is("to")) {
                Mention sender = accused(ms, ts, k);
                return sender != null ? sender : left(ms, ts, k);
            }
            // "thousands of fighters": a quantity of the head noun
            if (nouns > 0 && w.equals("of") && k > 0 && QUANTITY.contains(ts.get(k - 1).lower())) {
                k--;
                continue;
            }
            // "Iran and six world powers agreed": a name coordinated with a common noun phrase
            if (nouns > 0 && w.equals("and") && endingAt.get(k) != null && collective(endingAt.get(k))) return endingAt.get(k);
            // ("Russian missiles and drones struck", "Turkish troops and tanks": coordinated heads of one force)
            if (nouns > 0 && Rx.matches(w, "and|or") && k > 0 && armed(head) && armed(ts.get(k - 1).lower())) {
                k--;
                continue;
            }
            // "Mali's ruling/VERB junta": a participle inside the noun phrase modifies it.
            boolean participle = nouns > 0 && tag.equals("VERB") && w.endsWith("ing")
                    // ("Sudan's army-led government")
                    || nouns > 0 && hyphenParticiple(ts, k);
            // ("Thai F-16 jets", "Russian Su-34 bombers": a model's name inside the noun phrase)
            if (nouns > 0 && tag.equals("PROPN") && Rx.matches(t.text(), MODEL_NAME) && k > 0 && ts.get(k + 1).is("-")) {
                k--;
                continue;
            }
            // ("Cho Tae-yul and Defence Minister Kim Yong-hyun met …": a name the graph does not know, with its title, coordinated
            // after one it knows)
            // (the tagger's noun for the hyphenated end of such a name aside: "Kim Yong-hyun/NOUN")
            if ((nouns == 0 || nouns == 1 && k + 2 < t0 && ts.get(k + 1).is("-") && k + 3 == t0) && tag.equals("PROPN")
                    && Character.isUpperCase(t.text().charAt(0))) {
                int j = k;
                while (j > 0 && k - j < 8 && !covered(ms, j) && (ts.get(j).tag().equals("PROPN") || ts.get(j).is("-")
                        || ts.get(j).tag().equals("NOUN") && Character.isUpperCase(ts.get(j).text().charAt(0)))) j--;
                Mention partner = ts.get(j).is("and") ? endingAt.get(j) : null;
                return partner != null && (index.isA(partner.entity(), ENT.Person) || collective(partner)) ? partner : null;
            }
            if (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM") || w.equals("-") || participle) {
                if (nouns == 0 && tag.equals("NOUN")) head = w;
                // ("Hamas-led gunmen": the hyphen and the participle of a compound modifier are no more nouns)
                if (!w.equals("-") && !(participle && k > 0 && ts.get(k - 1).is("-"))) nouns++;
                if (nouns > 4) return null;
                k--;
                continue;
            }
            // "Mali's military government expelled …": a state's government or forces act for it; "Russia's decision to
            // invade": the possessor decides.
            boolean intention = head != null && INTENTION_NOUNS.contains(head) && ts.get(t0 - 1).is("to");
            // ("Pyongyang's missile tests have drawn condemnation", "Turkey's decision angered Washington": a state's acts are its own)
            boolean act = head != null && (STATE_ACTS.contains(head) || Rx.matches(head, "tests|test|launches|launch|actions|moves"));
            if ((w.equals("'s") || w.equals("’s")) && head != null && (FORCE_NOUNS.contains(head) || DIPLOMATS.contains(head) || intention || act)) {
                Mention owner = endingAt.get(k);
                // ("Orban's government blocked …", "President Hassan Sheikh Mohamud's government called …": a leader's government,
                // forces or envoys act for the leader's state)
                if (owner != null && FORCE_NOUNS.contains(head) && !Rx.matches(head, "officials|leaders|leadership") && index.isA(owner.entity(), ENT.Person)
                        && gaz.stateOf(owner.entity()) != null)
                    return new Mention(owner.from(), owner.to(), gaz.stateOf(owner.entity()), Kind.NAME, owner.text());
                if (owner != null) return owner;
            }
            return null;
        }
        return null;
    }

    private static boolean armed(String noun) {
        return noun != null && (WEAPON_WORDS.contains(noun) || TROOP_WORDS.contains(noun) || Rx.matches(noun, "warplanes|warships|ships|aircraft|submarines|vessels|planes|bombers|frigates|destroyers|gunboats|boats"));
    }

    /** "is said to", "are believed to", "was reported to": a passive verb of saying or thinking at {@code k} before an infinitive. */
    private static boolean raisedHearsay(List<Token> ts, int k) {
        return k > 0 && k + 1 < ts.size() && ts.get(k + 1).is("to") && ts.get(k - 1).lemma().equals("be")
                && Rx.matches(ts.get(k).lower(), "said|believed|thought|reported|alleged|understood|suspected|rumoured|rumored|claimed");
    }

    /** Verbs of weighing an act, before its gerund: "is considering sending troops", "discussed imposing sanctions". */
    private static final Set<String> DELIBERATE = Set.of("consider", "contemplate", "weigh", "mull", "discuss", "explore", "propose", "suggest",
            "debate", "study", "envisage", "recommend");

    private static final Set<String> SENDING = Set.of("send", "deploy", "dispatch", "station");

    /** Verbs whose object does what the infinitive after it says: "urged Turkey to", "allowed Russia to". */
    private static final Set<String> CONTROL = Set.of("urge", "ask", "allow", "permit", "enable", "encourage", "persuade", "invite", "order",
            "tell", "call", "pressure", "press", "want", "expect", "require", "authorize", "authorise", "let", "send", "deploy", "dispatch");

    private static boolean verbBetween(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) if (Rx.matches(ts.get(k).tag(), "VERB|AUX")) return true;
        return false;
    }

    private static boolean infinitive(List<Token> ts, int t0) {
        int k = t0 - 1;
        while (k >= 0 && ts.get(k).tag().equals("ADV")) k--;
        return k >= 0 && ts.get(k).is("to") && Rx.matches(ts.get(t0).tag(), "VERB|NOUN|AUX");
    }

    /** "accusing Tehran of supplying …", "charges Erdogan's son with being …": the accused, subject of the gerund at {@code t0}. */
    private static Mention accused(List<Mention> ms, List<Token> ts, int t0) {
        // ("accused France of repeatedly violating")
        int g = t0;
        while (g > 0 && ts.get(g - 1).tag().equals("ADV")) g--;
        return accused(ms, ts, g, t0);
    }

    private static Mention accused(List<Mention> ms, List<Token> ts, int t0, int trigger) {
        if (t0 < 3 || !ts.get(trigger).lower().endsWith("ing") || !Rx.matches(ts.get(t0 - 1).lower(), "of|with|for|against|from")) return null;
        // ("accused Russia in August 2022 of violating": a time adjunct between the accused and "of")
        int time = timeAdjunctStart(ts, t0 - 1);
        int end = time >= 0 ? time : t0 - 1;
        Mention m = endingAt(ms, end);
        // ("accused Turkish fighter jets of violating": a demonym before the state's forces or aircraft)
        if (m == null) m = stateForcesEndingNear(ms, ts, end);
        if (m == null || m.from() == 0) return null;
        int v = m.from() - 1;
        while (v > 0 && Rx.matches(ts.get(v).tag(), "DET|NUM")) v--;
        // ("imposed sanctions on three Chinese companies for supplying …": a measure on the one punished)
        if (v > 0 && Rx.matches(ts.get(v).lower(), "on|against") && Rx.matches(ts.get(v - 1).lower(), "sanctions|penalties|restrictions|fines")
                && ts.get(t0 - 1).is("for")) return m;
        // "sanctioned Iran for arming …", "warned Washington against arming …": any verb with its object before the gerund
        return ACCUSE.contains(ts.get(v).lemma()) || !ts.get(t0 - 1).is("of") && ts.get(v).tag().equals("VERB") ? m : null;
    }

    /** A demonym before a state's forces or aircraft ending at most two words before {@code end} ("Turkish fighter jets"), the last such, or null. */
    private static Mention stateForcesEndingNear(List<Mention> ms, List<Token> ts, int end) {
        Mention m = null;
        for (Mention x : ms) if (x.kind() == Kind.DEMONYM && x.to() < end && end - x.to() <= 2 && standsForState(ts, x.to())) m = x;
        return m;
    }

    /** The trigger is the gerund of an accusation: "accused X of arming", "blames X for bombing". */
    private static boolean accusationSlot(List<Token> ts, int t0) {
        if (t0 < 3 || !ts.get(t0).lower().endsWith("ing") || !Rx.matches(ts.get(t0 - 1).lower(), "of|for|against|from")) return false;
        // ("imposed sanctions on three Chinese companies for supplying …": the verb may stand a long object before)
        for (int k = t0 - 2; k >= 0 && t0 - k <= 8; k--) {
            if (ACCUSE.contains(ts.get(k).lemma()) && !passiveAccusation(ts, k)) return true;
            // "blacklisted Chinese firms for supplying …", "warned the West against arming …", "barred X from
            // buying …": the verb's object did it (or was to), not its subject.
            if (ts.get(k).tag().equals("VERB") && !ts.get(t0 - 1).is("of") && k < t0 - 2) return true;
            if (ts.get(k).tag().equals("VERB") || BOUNDARY.contains(ts.get(k).lower()) || ts.get(k).text().equals(",")) return false;
        }
        return false;
    }

    /** A capitalized word inside a clause followed by a lower-case word, or that lower-case word: "Shahed drones". */
    private static boolean modelName(List<Token> ts, int k) {
        boolean cap = k > 0 && Character.isUpperCase(ts.get(k).text().charAt(0)) && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).text(), "[a-z]+");
        boolean after = k > 1 && Character.isUpperCase(ts.get(k - 1).text().charAt(0)) && Rx.matches(ts.get(k).text(), "[a-z]+")
                && !Rx.matches(ts.get(k).tag(), "ADP|CCONJ|SCONJ|PART|PRON|AUX");
        return cap || after;
    }

    /** A noun between the trigger and the verb of saying before it: the clause has an agent of its own. */
    private static boolean unnamedAgentBefore(List<Token> ts, int t0) {
        for (int j = t0 - 1; j >= 0; j--) {
            Token t = ts.get(j);
            if (SPEECH.contains(t.lemma()) && (t.tag().equals("VERB") || t.lower().endsWith("s"))) return false;
            if (t.tag().equals("NOUN") || t.tag().equals("PROPN")) return true;
        }
        return false;
    }

    private static boolean accusationBetween(List<Token> ts, int from, int to) {
        // (a sentence boundary between them too: "…; US officials accuse …, which Abu Dhabi denies")
        for (int j = from + 1; j < to; j++) if (ts.get(j).text().equals(";")) return true;
        for (int j = from + 1; j < to; j++) if (ACCUSE.contains(ts.get(j).lemma()) && ts.get(j).tag().equals("VERB")) return true;
        return false;
    }

    /** "Iran has been accused (by …) of supplying": the accused is the passive verb's subject. */
    private static boolean passiveAccusation(List<Token> ts, int k) {
        if (!ts.get(k).lower().endsWith("ed")) return false;
        int b = k - 1;
        while (b > 0 && ts.get(b).tag().equals("ADV")) b--;  // "was also accused"
        // ("Pakistan, long accused by India of sheltering …": a participle with its agent)
        return b >= 0 && (ts.get(b).lemma().equals("be") || ts.get(b).is("been")) || k + 1 < ts.size() && ts.get(k + 1).is("by");
    }

    /** The name a relative clause is about when its pronoun stands right before the clause's subject ("X, which Russia signed"), or null. */
    private static Mention relativeObject(List<Mention> ms, List<Token> ts, Mention subject) {
        int k = subject.from() - 1;
        while (k >= 0 && ts.get(k).tag().equals("DET")) k--;
        // (only "which": "told the UN that Russia attacked" has a complementizer)
        if (k < 1 || !ts.get(k).is("which")) return null;
        int end = ts.get(k - 1).text().equals(",") ? k - 1 : k;
        for (Mention m : ms) if (m.to() == end) return m;
        return null;
    }

    /** The sentence's subject when the verb at {@code v} opens a second verb phrase after "and" or "but" ("… and reimposed sanctions"). */
    private List<Mention> secondVerbPhraseSubjects(List<Mention> ms, List<Token> ts, int v) {
        int b = v - 1;
        // (over a verb taking the infinitive: "… and has refused to join Western sanctions against Russia")
        while (b > 0 && (ts.get(b).tag().equals("AUX") || ts.get(b).tag().equals("ADV") || Rx.matches(ts.get(b).lemma(), "have|be|do|will")
                || FILLER_WORDS.contains(ts.get(b).lower()) && !RELATIVE.contains(ts.get(b).lower())
                || ts.get(b).is("to") && b + 1 < ts.size() && Rx.matches(ts.get(b + 1).tag(), "VERB|AUX")
                || b + 1 < ts.size() && ts.get(b + 1).is("to") && ts.get(b).tag().equals("VERB")
                        && (FAIL.contains(ts.get(b).lemma()) || IMPLICATIVE.contains(ts.get(b).lemma()) || INTENT.contains(ts.get(b).lemma())))) b--;
        // ("… and in September declared": a time adjunct after the conjunction)
        int time = b >= 0 ? timeAdjunctStart(ts, b + 1) : -1;
        if (time > 0) b = time - 1;
        if (b > 0 && (ts.get(b).is("and") || ts.get(b).is("but")) && !ts.get(b - 1).text().equals(",")) {
            // ("…, Azerbaijan, which buys its weapons from Israel and enjoys the backing of Turkey": the relative clause's antecedent)
            for (int k = b - 1; k > 1 && b - k <= 25 && !ts.get(k).text().equals(","); k--) {
                if (Rx.matches(ts.get(k).lower(), "which|who") && ts.get(k - 1).text().equals(",")) {
                    Mention antecedent = endingAt(ms, k - 1);
                    // (coordinated: "Armenia and Azerbaijan, which fought a war in 2020 and signed a deal, …")
                    return antecedent == null ? List.of() : coordinatedLeft(ms, ts, antecedent);
                }
            }
            return sentenceSubjects(ms, ts, b);
        }
        // ("Mogadishu denounced that deal, expelled Ethiopia's ambassador and threatened to eject …": the middle one of a list of
        // verb phrases, which a later "and" and verb close)
        if (b > 0 && b == v - 1 && ts.get(b).is(",") && ts.get(v).tag().equals("VERB") && !ts.get(v).lower().endsWith("ing")) {
            boolean closed = false;
            for (int k = v + 1; k + 1 < ts.size() && k - v <= 14 && !Rx.matches(ts.get(k).text(), "[;:]"); k++)
                closed |= ts.get(k).is("and") && ts.get(k + 1).tag().equals("VERB") && !ts.get(k + 1).lower().endsWith("ing");
            boolean verbBefore = false;
            for (int k = 1; k < b; k++) verbBefore |= ts.get(k).tag().equals("VERB") && !covered(ms, k);
            if (closed && verbBefore) return sentenceSubjects(ms, ts, b);
        }
        return List.of();
    }

    private static final Set<String> ADJUNCT_OPENERS = Set.of("after", "following", "during", "at", "upon", "on", "while", "since");

    /** Token {@code o} opens the sentence, or follows a time adjunct and its comma: "On Tuesday, after talks with …". */
    private static boolean opensSentence(List<Token> ts, int o) {
        return o == 0 || ts.get(o - 1).text().equals(",") && timeAdjunctEnd(ts, 0) == o - 1;
    }

    /** A modal in the clause after the adjunct at {@code t0}: "After invading Taiwan, China would face …". */
    private static boolean modalInClause(List<Token> ts, int t0) {
        int c = nextComma(ts, t0 + 1, ts.size());
        if (c < 0) return false;
        for (int k = c + 1; k < ts.size(); k++) if (MODALS.contains(ts.get(k).lower()) || ts.get(k).lower().equals("'d")) return true;
        return false;
    }

    /**
     * The subject of the clause that an adjunct opening the sentence at trigger {@code t0} belongs to: "After talks with
     * Chinese officials, Rubio said …", "Following a phone call with Putin, Trump announced …", "After meeting Xi in Beijing,
     * Blinken said …"; in a relative clause, its antecedent ("Trump, who after a long phone call with Putin sent …").
     */
    private List<Mention> openingAdjunctSubjects(List<Mention> ms, List<Token> ts, int t0, boolean noun) {
        int o = t0 - 1;
        if (noun) while (o >= 0 && (Rx.matches(ts.get(o).tag(), "DET|ADJ|NOUN|NUM|PROPN") || ts.get(o).is("-")) && !covered(ms, o)) o--;
        if (o < 0 || !ADJUNCT_OPENERS.contains(ts.get(o).lower()) || !noun && !ts.get(t0).lower().endsWith("ing")) return List.of();
        // ("while meeting …" and "on meeting …" only before a gerund; "at" and "during" only before a noun)
        if (noun && Rx.matches(ts.get(o).lower(), "while|upon|since") || !noun && Rx.matches(ts.get(o).lower(), "at|during|following")) return List.of();
        if (o >= 2 && RELATIVE.contains(ts.get(o - 1).lower()) && !ts.get(o - 1).is("that") && ts.get(o - 2).text().equals(",")) {
            Mention antecedent = endingAt(ms, o - 2);
            return antecedent == null ? List.of() : coordinatedLeft(ms, ts, antecedent);
        }
        if (!opensSentence(ts, o)) return List.of();
        int c = nextComma(ts, t0 + 1, Math.min(ts.size(), t0 + 20));
        if (c < 0) return List.of();
        int k = c + 1;
        while (k < ts.size() && ts.get(k).tag().equals("DET")) k++;
        if (startingAtOrNull(ms, k) == null) return List.of();
        List<Mention> group = rightMentions(ms, ts, k, Set.of(), 1);
        if (group.isEmpty()) return List.of();
        int after = group.get(group.size() - 1).to();
        while (after < ts.size() && (ts.get(after).tag().equals("ADV") || ts.get(after).possessive())) after++;
        if (after >= ts.size() || !Rx.matches(ts.get(after).tag(), "VERB|AUX")) return List.of();
        return group;
    }

    /** The mentions that open the sentence before its first verb (its grammatical subject, coordinated). */
    private List<Mention> sentenceSubjects(List<Mention> ms, List<Token> ts, int before) {
        List<Mention> out = new ArrayList<>();
        int firstVerb = -1;
        // ("Having lost hope of Western investment, Iran turned …": a participle clause opening the sentence)
        int opener = ts.get(0).lower().endsWith("ing") && Rx.matches(ts.get(0).tag(), "VERB|AUX") ? nextComma(ts, 1, before) : -1;
        // ("Somalia, which regards Somaliland as part of its territory, called …": a relative clause set off by commas after a
        // name is no part of the subject, and its verb is not the sentence's)
        boolean[] relative = new boolean[before];
        for (Mention m : ms) {
            int k = m.to();
            if (k + 2 >= before || !ts.get(k).text().equals(",") || !Rx.matches(ts.get(k + 1).lower(), "which|who")) continue;
            int close = nextComma(ts, k + 2, Math.min(before, k + 27));
            if (close > 0) for (int j = k; j <= close; j++) relative[j] = true;
        }
        for (int k = opener + 1; k < before; k++) {
            if (relative[k]) continue;
            // ("Sudan's army-led government": a participle in a hyphenated modifier)
            if (hyphenParticiple(ts, k)) continue;
            String tag = ts.get(k).tag();
            // (a name the tagger takes for a verb: "Trump/VERB doubled tariffs")
            if ((tag.equals("VERB") || tag.equals("AUX")) && !covered(ms, k)) {
                firstVerb = k;
                break;
            }
        }
        if (firstVerb < 0) return out;
        // ("In March 2022, Spain ended …": a time adjunct opening the sentence)
        int start = opener >= 0 ? opener + 1 : Math.max(0, timeAdjunctEnd(ts, 0));
        // ("By the end of 2023 Russia had …": a phrase of time opening the sentence, up to its year, month or day)
        if (start == 0 && opener < 0 && ts.get(0).tag().equals("ADP")) {
            for (int k = 1; k < Math.min(9, firstVerb); k++) {
                Token t = ts.get(k);
                if (!Rx.matches(t.tag(), "ADP|DET|NOUN|ADJ|NUM|PROPN")) break;
                if (Rx.matches(t.text(), "(1[89]|20)\\d\\d") || CALENDAR.contains(t.lower())) start = k + 1;
            }
        }
        if (start > 0 && start < ts.size() && ts.get(start).text().equals(",")) start++;
        for (Mention m : ms) {
            if (m.to() > firstVerb) break;
            if (m.from() < start || relative[m.from()]) continue;
            boolean ok = true;
            int from = out.isEmpty() ? start : out.get(out.size() - 1).to();
            for (int k = from; k < m.from(); k++) {
                String w = ts.get(k).lower();
                if (!(ts.get(k).tag().equals("DET") || w.equals(",") || w.equals("and") || w.equals("both") || relative[k])) ok = false;
            }
            // "Russia's Wagner Group was accused …": the possessed name is the subject.
            if (!ok && !out.isEmpty() && m.from() == from + 1 && (ts.get(from).possessive())) {
                out.remove(out.size() - 1);
                ok = true;
            }
            if (!ok) return List.of();
            out.add(m);
        }
        int last = out.isEmpty() ? 0 : out.get(out.size() - 1).to();
        // ("Mali's ruling junta expelled …": a state's government or forces act for it)
        if (out.size() == 1 && last + 1 < firstVerb && (ts.get(last).possessive())) {
            int head = last + 1;
            // ("Sudan's army-led government said …": a hyphenated modifier too)
            while (head < firstVerb && (Rx.matches(ts.get(head).tag(), "ADJ|NOUN") || ts.get(head).is("-")
                    || hyphenParticiple(ts, head)) && head + 1 < firstVerb) head++;
            if (head + 1 == firstVerb && statesOwn(ts.get(head).lower())) last = firstVerb;
        }
        // ("Pakistani military aircraft bombed …", "Russian troops seized …": a state's forces or craft named by its demonym)
        if (out.size() == 1 && out.get(0).kind() == Kind.DEMONYM && last < firstVerb) {
            int head = last;
            while (head < firstVerb && Rx.matches(ts.get(head).tag(), "ADJ|NOUN") && head + 1 < firstVerb) head++;
            if (head + 1 == firstVerb && ts.get(head).tag().equals("NOUN") && (statesOwn(ts.get(head).lower()) || armed(ts.get(head).lower())))
                last = firstVerb;
        }
        // ("Iran, which has acknowledged sending …": the subject of a relative clause is the name before it)
        for (int k = last; k < firstVerb; k++) {
            // ("President Donald Trump on Wednesday doubled tariffs": a time adjunct before the verb)
            int time = timeAdjunctEnd(ts, k);
            if (time > k && time <= firstVerb) {
                k = time - 1;
                continue;
            }
            if (!ts.get(k).text().equals(",") && !ts.get(k).tag().equals("ADV") && !relative[k]
                    && !(RELATIVE.contains(ts.get(k).lower()) && k > 0 && ts.get(k - 1).text().equals(","))) return List.of();
        }
        return out;
    }

    /** The subject and those coordinated with it ("the United States and Russia"). */
    private List<Mention> coordinatedLeft(List<Mention> ms, List<Token> ts, Mention subj) {
        List<Mention> out = new ArrayList<>(List.of(subj));
        Mention cur = subj;
        boolean conj = false;
        for (int k = ms.indexOf(subj) - 1; k >= 0; k--) {
            Mention m = ms.get(k);
            // ("Vladimir Putin and Ukraine's Petro Poroshenko": a possessor of the next name only qualifies it)
            if (m.to() + 1 == cur.from() && (ts.get(m.to()).possessive()) && cur == out.get(0)
                    && index.isA(cur.entity(), ENT.Person)) {
                cur = m;
                continue;
            }
            if (!onlyConjunctions(ts, m.to(), cur.from())) break;
            // "Since the Cold War, the US and Russia …": a fronted phrase after a preposition is no list member
            // (while "pressure on the US, the EU and Russia" is a list).
            int b = m.from() - 1;
            while (b >= 0 && ts.get(b).tag().equals("DET")) b--;
            if (!hasConjunction(ts, m.to(), cur.from()) && b >= 0 && (ts.get(b).tag().equals("ADP") || ts.get(b).tag().equals("SCONJ"))
                    && (b == 0 || ts.get(b - 1).text().equals(","))) break;
            if (insidePhrase(ts, m, cur)) break;
            conj |= hasConjunction(ts, m.to(), cur.from());
            out.add(0, m);
            cur = m;
        }
        // "talks between Armenia and Azerbaijan, and Vladimir Putin spoke …": names after a preposition are its objects;
        // the subject's list starts after the ", and" that closes them.
        if (out.size() > 1) {
            int b = out.get(0).from() - 1;
            while (b >= 0 && ts.get(b).tag().equals("DET")) b--;
            if (b >= 0 && ts.get(b).tag().equals("ADP")) {
                for (int i = out.size() - 1; i > 1; i--) {
                    Mention left = out.get(i - 1), right = out.get(i);
                    // (only when the names before already had their own "and": not an Oxford comma in "Britain, France, and Germany")
                    if (right.from() - left.to() == 2 && ts.get(left.to()).text().equals(",") && Rx.matches(ts.get(left.to() + 1).lower(), "and|but")
                            && hasConjunction(ts, out.get(0).to(), left.from())) {
                        out = new ArrayList<>(out.subList(i, out.size()));
                        break;
                    }
                }
            }
        }
        // Commas alone ("According to Szubin, the US …") make no list.
        return withCoreferents(ms, conj ? out : List.of(subj));
    }

    private static final String FORUMS = "debate|debates|rally|rallies|campaign|speech|speeches|interview|interviews|session|council|assembly|"
            + "parliament|congress|senate|media|televised|tweets|posts|remarks|words|insults|barbs|rhetoric|verbal|online|conference|op-eds?";
    /** Bids to join ("Sweden's accession"); with them, ambitions short of a bid that can be blocked ("Ukraine's integration"). */
    private static final Set<String> MEMBERSHIP_BIDS = Set.of("accession", "bid", "bids", "membership", "application", "candidacy", "admission");
    private static final Set<String> BIDS = java.util.stream.Stream.concat(MEMBERSHIP_BIDS.stream(),
            java.util.stream.Stream.of("entry", "integration", "aspirations", "ambitions")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ASSETS = Set.of("assets", "funds", "reserves", "accounts", "holdings");
    private static final Set<String> HOSTED = Set.of("troops", "forces", "soldiers", "base", "bases", "weapons", "missiles", "warheads",
            "jets", "warplanes", "bombers", "warships", "fleet", "garrison", "contingent", "battalion", "brigade", "division", "units", "mercenaries");

    /**
     * Whether the mention owns a thing named by one of {@code heads}: "Russian central bank assets", "Russia's assets", "the
     * assets of Iran's central bank".
     */
    private static boolean ownerOf(List<Token> ts, Mention m, Set<String> heads) {
        int k = m.to();
        if (k < ts.size() && ts.get(k).possessive()) k++;
        for (int n = 0; k < ts.size() && n < 5 && (Rx.matches(ts.get(k).tag(), "ADJ|NOUN|PROPN") || ts.get(k).is("-")); k++, n++)
            if (heads.contains(ts.get(k).lower())) return true;
        int b = m.from() - 1;
        while (b > 0 && ts.get(b).tag().equals("DET")) b--;
        return b > 0 && ts.get(b).is("of") && heads.contains(ts.get(b - 1).lower());
    }

    /** Whether a verb of ending governs the noun phrase of the noun at {@code t0}: "revoked its military cooperation agreement". */
    private static boolean ended(List<Token> ts, int t0) {
        for (int k = t0 - 1; k >= 0 && t0 - k <= 6; k--) {
            Token t = ts.get(k);
            if (Rx.matches(t.lemma(), "revoke|terminate|cancel|scrap|annul|abrogate|rescind|end|tear|denounce|abandon|ditch|renounce")
                    || Rx.matches(t.lower(), "revoked|terminated|cancelled|canceled|scrapped|annulled|abrogated|rescinded|ended|tore|denounced|abandoned|ditched|renounced"))
                return true;
            if (!(Rx.matches(t.tag(), "DET|ADJ|NOUN|PROPN|NUM") || t.is("-") || t.is("up") || POSSESSIVE_PRONOUNS.contains(t.lower()) || t.possessive())) return false;
        }
        return false;
    }

    /**
     * The verb "become" or "be" of "X became the first country to …", "is the only member to …", "was the latest state to …"
     * whose infinitive starts at trigger {@code t0}, or -1.
     */
    private static int ordinalCopula(List<Token> ts, int t0) {
        if (t0 < 4 || !ts.get(t0 - 1).is("to")) return -1;
        int k = t0 - 2;
        boolean ordinal = false;
        while (k > 0 && t0 - k <= 6 && Rx.matches(ts.get(k).tag(), "NOUN|ADJ|NUM|PROPN")) {
            if (Rx.matches(ts.get(k).lower(), "first|second|third|fourth|fifth|sixth|last|latest|only|sole|next|\\d+(st|nd|rd|th)")) ordinal = true;
            k--;
        }
        if (!ordinal || !ts.get(k).is("the") || k < 1) return -1;
        Token v = ts.get(k - 1);
        return Rx.matches(v.lemma(), "become|be") || Rx.matches(v.lower(), "became|becomes|is|was|are|were") ? k - 1 : -1;
    }

    /** The end of a figure opening at {@code k} ("more than 75", "at least 40", "up to 3,000", "as many as 12"), or {@code k}. */
    private static int figureEnd(List<Token> ts, int k) {
        int n = k;
        if (n + 1 < ts.size() && (Rx.matches(ts.get(n).lower(), "more|fewer|less") && ts.get(n + 1).is("than")
                || ts.get(n).is("at") && Rx.matches(ts.get(n + 1).lower(), "least|most") || ts.get(n).is("up") && ts.get(n + 1).is("to"))) n += 2;
        else if (n + 2 < ts.size() && ts.get(n).is("as") && Rx.matches(ts.get(n + 1).lower(), "many|much") && ts.get(n + 2).is("as")) n += 3;
        return n > k && n < ts.size() && ts.get(n).tag().equals("NUM") ? n + 1 : k;
    }

    /**
     * The object after a trigger: the first mention reached over allowed prepositions, articles,
     * adjectives, numbers and adverbs ("shot down a much slower Russian Su-24"), and the mentions
     * coordinated with it ("backed by Turkey, Saudi Arabia and Qatar").
     */
    private List<Mention> rightMentions(List<Mention> ms, List<Token> ts, int from, Set<String> preps, int maxGap) {
        // "annexed four partly occupied Ukrainian regions, including Donetsk and Luhansk": the names the common noun includes.
        int including = includingAfter(ts, ms, from);
        if (including > 0) {
            List<Mention> named = rightMentions(ms, ts, including, Set.of(), 1);
            if (!named.isEmpty()) return named;
        }
        List<Mention> out = new ArrayList<>();
        Map<Integer, Mention> startingAt = new HashMap<>();
        for (Mention m : ms) startingAt.putIfAbsent(m.from(), m);
        Mention first = null;
        int skipped = 0;
        for (int k = from; k < ts.size() && k - from - skipped <= maxGap; k++) {
            // ("condemned what it called China's 'escalatory actions'": the object past the subject's own naming of it; not past what
            // someone else said or called it, "pounded what the military described as Hamas targets", which is their word for the target)
            if (ts.get(k).is("what") && k + 2 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "it|they|he|she")) {
                int j = k + 1;
                while (j < ts.size() && j - k <= 5 && !Rx.matches(ts.get(j).lower(), "called|described|termed|labelled|labeled|dubbed|branded")) j++;
                if (j + 1 < ts.size() && j - k <= 5) {
                    int next = ts.get(j + 1).is("as") ? j + 2 : j + 1;
                    skipped += next - k;
                    k = next - 1;
                    continue;
                }
            }
            // "held a joint exercise in the South China Sea with …", "withdrew in November from …": a place or
            // a time on the way to the object.
            int adjunct = Math.max(timeAdjunctEnd(ts, k), placeAdjunctEnd(ts, k, startingAt, preps));
            if (adjunct > k) {
                skipped += adjunct - k;
                k = adjunct - 1;
                continue;
            }
            // ("air strikes on more than 75 Islamic State targets", "at least 40 Russian diplomats": a round figure)
            int figure = figureEnd(ts, k);
            if (figure > k) {
                skipped += figure - k;
                k = figure - 1;
                continue;
            }
            Mention m = startingAt.get(k);
            // "froze its participation in the Russian-led CSTO": a name in a hyphenated modifier qualifies the object.
            if (m != null && m.to() + 1 < ts.size() && hyphenParticiple(ts, m.to() + 1)) {
                skipped += m.to() + 2 - k;
                k = m.to() + 1;
                continue;
            }
            if (m != null) {
                int name = nameAfterPossessive(ts, m, startingAt);
                if (name < 0) {
                    first = m;
                    break;
                }
                // (the possessed noun phrase counts as one word: "calls with his Japanese counterpart, Yoshimasa Hayashi")
                skipped += name - k - 1;
                k = name - 1;
                continue;
            }
            Token t = ts.get(k);
            String w = t.lower();
            String tag = t.tag();
            // "fought alongside Malian forces against …": a companion, not the object (unless the pattern takes the companion:
            // "speaking alongside Lammy")
            if (COMPANION.contains(w) && !preps.contains(w)) break;
            // "occupied parts of Georgia", "seized much of the east of Ukraine""
            // ("continue to occupy five hilltop positions in southern Lebanon")
            // ("holds five hilltop positions inside Lebanese territory")
            boolean partitive = PARTITIVE.contains(w) && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "of|in|inside|within")
                    || Rx.matches(w, "of|in|inside|within") && k > from && PARTITIVE.contains(ts.get(k - 1).lower());
            // ("killed a senior member of Hamas": one member stands for an armed group, not for a body of states)
            if (w.equals("member") && k + 2 < ts.size() && ts.get(k + 1).is("of")) {
                int g = k + 2;
                while (g < ts.size() && ts.get(g).tag().equals("DET")) g++;
                Mention group = startingAt.get(g);
                if (group != null && index.isA(group.entity(), ENT.ArmedGroup)) {
                    skipped += g - k;
                    k = g - 1;
                    continue;
                }
            }
            // (a preposition the tagger reads as an adverb is still one: "clashed repeatedly over/ADV Kashmir")
            boolean ok = preps.contains(w) || tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM")
                    || tag.equals("ADV") && !LOCATIVE.contains(w) && !ROUTE.contains(w) || BOTH.contains(w)
                    || partitive || PLACE_NOUNS.contains(w) || w.equals("of") && k > from && PLACE_NOUNS.contains(ts.get(k - 1).lower())
                    || w.equals("-") || w.equals("'s") || w.equals("’s") || tag.equals("PRON") && (w.equals("its") || w.equals("their"))
                    // ("arming the paramilitary Rapid Support Forces", "the militant group Hezbollah": a descriptor before the name)
                    || tag.equals("NOUN") && DESCRIPTORS.contains(w) && (startingAt.containsKey(k + 1)
                            || k + 2 < ts.size() && DESCRIPTORS.contains(ts.get(k + 1).lower()) && startingAt.containsKey(k + 2));
            if (!ok) break;
        }
        if (first == null) return out;
        out.add(first);
        // ("tensions between the two neighbours": a phrase that stands for a pair names each of its members after "between")
        if (first.from() > 0 && ts.get(first.from() - 1).is("between"))
            for (Mention m : ms) if (m != first && m.from() == first.from() && m.to() == first.to()) out.add(m);
        Mention cur = first;
        boolean conj = false;
        for (int k = ms.indexOf(first) + 1; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!onlyConjunctions(ts, cur.to(), m.from())) break;
            // "…, and Poland has asked", "…, and the Israeli military responded": a conjunct followed by its own verb opens a new clause.
            int after = m.to();
            while (after < ts.size() && after - m.to() < 3 && ts.get(after).tag().equals("NOUN")) after++;
            // (past a relative clause: "…, and the Arab League, of which Somalia is a member, urged …")
            if (after + 1 < ts.size() && ts.get(after).text().equals(",") && (RELATIVE.contains(ts.get(after + 1).lower())
                    || Rx.matches(ts.get(after + 1).lower(), "whose|of"))) {
                int close = nextComma(ts, after + 2, ts.size());
                if (close >= 0) after = close + 1;
            }
            if (ts.get(cur.to()).text().equals(",") && after < ts.size() && (ts.get(after).tag().equals("VERB") || ts.get(after).tag().equals("AUX")
                    || ts.get(after).lower().endsWith("ed"))) break;
            conj |= hasConjunction(ts, cur.to(), m.from());
            out.add(m);
            cur = m;
        }
        // ("Israel would invade the Sinai, and London and Paris would …": a coordination after a comma whose last name is followed by
        // a verb is a new clause's subject, all of it)
        if (out.size() > 1) {
            int after = cur.to();
            while (after < ts.size() && after - cur.to() < 3 && ts.get(after).tag().equals("NOUN")) after++;
            if (after < ts.size() && Rx.matches(ts.get(after).tag(), "VERB|AUX") && !ts.get(after).lower().endsWith("ing")) {
                for (int p = out.size() - 1; p >= 1; p--) {
                    // (", and" or ", but" before the group: a list "Britain, France and Germany imposed …" is one subject)
                    int gap = out.get(p - 1).to();
                    if (!(gap + 1 < out.get(p).from() && ts.get(gap).is(",") && Rx.matches(ts.get(gap + 1).lower(), "and|but|while"))) continue;
                    out.subList(p, out.size()).clear();
                    cur = out.get(out.size() - 1);
                    break;
                }
            }
        }
        // "negotiated with Hamas's leaders in Doha and with Israel", "sold arms to Syria and to Iran": a coordinated phrase
        // with the same preposition.
        int j = cur.to();
        while (j < ts.size() && j - cur.to() <= 6 && (Rx.matches(ts.get(j).text(), "['’]s") || Rx.matches(ts.get(j).tag(), "ADJ|NOUN|PROPN")
                || Rx.matches(ts.get(j).lower(), "in|at") && j + 1 < ts.size() && ts.get(j + 1).tag().equals("PROPN"))) j++;
        if (!preps.isEmpty() && j + 2 < ts.size() && Rx.matches(ts.get(j).lower(), "and|or") && preps.contains(ts.get(j + 1).lower())) {
            int k = ts.get(j + 2).tag().equals("DET") ? j + 3 : j + 2;
            Mention next = startingAt.get(k);
            if (next != null) {
                out.add(next);
                conj = true;
            }
        }
        // "armed the Houthis, the US and Israel said": the names after the last comma, before a verb of saying, are its speakers.
        if (conj && out.size() >= 2) {
            int v = out.get(out.size() - 1).to();
            while (v < ts.size() && Rx.matches(ts.get(v).tag(), "AUX|ADV")) v++;
            if (v < ts.size() && speechVerb(ts.get(v))) {
                for (int i = out.size() - 1; i >= 1; i--) {
                    if (commaBetween(ts, out.get(i - 1).to(), out.get(i).from())) {
                        out = new ArrayList<>(out.subList(0, i));
                        break;
                    }
                }
            }
        }
        return withCoreferents(ms, conj ? out : List.of(first));
    }

    /**
     * Where the names start after ", including" or "such as" that follows a common noun phrase at {@code from} naming no
     * one ("four Ukrainian regions, including Donetsk"), or -1.
     */
    private static int includingAfter(List<Token> ts, List<Mention> ms, int from) {
        boolean noun = false;
        for (int k = from; k + 1 < ts.size() && k - from <= 12; k++) {
            int time = timeAdjunctEnd(ts, k);
            if (time > k) k = time;
            if (k + 1 >= ts.size()) break;
            Token t = ts.get(k);
            if (noun && (t.is("including") || t.is("such") && ts.get(k + 1).is("as"))) return t.is("such") ? k + 2 : k + 1;
            Mention m = startingAtOrNull(ms, k);
            if (m != null && m.kind() != Kind.DEMONYM) return -1;
            if (t.tag().equals("NOUN")) noun = true;
            else if (!(Rx.matches(t.tag(), "DET|ADJ|NUM|ADV|PROPN") || t.is(",") || t.is("-") || t.tag().equals("VERB") && t.lower().endsWith("ed"))) return -1;
        }
        return -1;
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");

    /** Where the one told by the verb at {@code k} ends ("told Biden", "told the Security Council", "told reporters"). */
    private static int addresseeEnd(List<Token> ts, List<Mention> ms, int k) {
        int e = k + 1;
        Mention m = e < ts.size() ? startingAtOrNull(ms, e) : null;
        if (m != null) return m.to();
        while (e < ts.size() && e - k <= 4 && Rx.matches(ts.get(e).tag(), "DET|ADJ|NOUN|PROPN|NUM")) e++;
        return e;
    }

    /** Whether what the one told at {@code k} ("told Biden", "told reporters") hears follows them: "that" or a clause. */
    private static boolean toldClauseAfter(List<Token> ts, List<Mention> ms, int k) {
        int e = addresseeEnd(ts, ms, k);
        if (e == k + 1 || e >= ts.size()) return false;
        Token t = ts.get(e);
        if (t.is("that")) return true;
        // (a clause of its own: a subject and its verb, "told reporters the war would go on", "told him Russia had attacked")
        for (int j = e; j < ts.size() && j - e <= 5; j++) {
            if (Rx.matches(ts.get(j).text(), "[,.;:]") || LOCATIVE.contains(ts.get(j).lower()) && j == e) return false;
            if (Rx.matches(ts.get(j).tag(), "VERB|AUX") && j > e) return true;
        }
        return false;
    }

    /** Whether a verb of saying follows at {@code k}, over a title or adverb ("…, Kremlin spokesman Dmitry Peskov said"). */
    private static boolean speaks(List<Token> ts, int k) {
        // (over the speaker's organ: "…, Ukraine's foreign ministry said")
        if (k < ts.size() && ts.get(k).possessive()) {
            k++;
            for (int n = 0; n < 3 && k < ts.size() && Rx.matches(ts.get(k).tag(), "NOUN|ADJ|PROPN") && !SPEECH.contains(ts.get(k).lemma()); n++) k++;
        }
        while (k < ts.size() && Rx.matches(ts.get(k).tag(), "ADV|AUX")) k++;
        return k < ts.size() && SPEECH.contains(ts.get(k).lemma());
    }

    /**
     * The "counterpart(s)" that demonyms from {@code k} on qualify, over a list of them ("Japanese and South Korean
     * counterparts"), or -1.
     */
    private static int counterpartAfter(List<Token> ts, int k) {
        for (int j = k; j < ts.size() && j - k <= 8; j++) {
            Token t = ts.get(j);
            if (t.lower().startsWith("counterpart")) return j;
            if (!(Rx.matches(t.lower(), "and|or|,") || Character.isUpperCase(t.text().charAt(0)) && Rx.matches(t.tag(), "ADJ|PROPN|NOUN"))) return -1;
        }
        return -1;
    }
    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "VERB");

    /**
     * Where the name starts that a possessive pronoun only qualifies ("met his Chinese counterpart Wang
     * Yi", "backed its ally Syria"): the name is the argument, not the possessor. -1 if {@code m} is
     * no such pronoun.
     */
    private static int nameAfterPossessive(List<Token> ts, Mention m, Map<Integer, Mention> startingAt) {
        // "Yemen's Houthi movement", "Lebanon's Hezbollah": the name possessed is the one meant
        // (not a name that only qualifies a noun: "Ukraine's NATO membership bid")
        if (m.to() + 1 < ts.size() && (ts.get(m.to()).possessive()) && startingAt.containsKey(m.to() + 1)) {
            int after = startingAt.get(m.to() + 1).to();
            if (after >= ts.size() || !ts.get(after).tag().equals("NOUN") || STATE_CRAFT.contains(ts.get(after).lower())
                    || FORCE_NOUNS.contains(ts.get(after).lower())) return m.to() + 1;
        }
        // ("sanctioned NATO ally Turkey", "fellow EU member Hungary": the name the body's member or ally qualifies)
        if (m.to() + 1 < ts.size() && Rx.matches(ts.get(m.to()).lower(), "ally|member|partner|allies|members|partners")
                && startingAt.containsKey(m.to() + 1)) return m.to() + 1;
        if (m.to() - m.from() != 1 || !POSSESSIVE_PRONOUNS.contains(ts.get(m.from()).lower())) return -1;
        // ("his Japanese and South Korean counterparts, Yoshimasa Hayashi and Park Jin": the names in apposition)
        int counterpart = counterpartAfter(ts, m.to());
        if (counterpart >= 0 && counterpart + 2 < ts.size() && ts.get(counterpart + 1).is(",") && startingAt.containsKey(counterpart + 2)
                && !speaks(ts, startingAt.get(counterpart + 2).to())) return counterpart + 2;
        for (int k = m.to(); k < ts.size() && k - m.to() <= 3; k++) {
            if (startingAt.containsKey(k)) return k;
            Token t = ts.get(k);
            // Content words only (the tagger reads "ally" as an adverb): no preposition, determiner or verb.
            if (!Character.isLetter(t.text().charAt(0)) || FUNCTION_TAGS.contains(t.tag())) return -1;
        }
        return -1;
    }

    /**
     * The end of a place adjunct at {@code k} ("in the South China Sea", "in Ankara") that is followed by a
     * preposition the pattern allows, or -1: a place the object comes after.
     */
    private static int placeAdjunctEnd(List<Token> ts, int k, Map<Integer, Mention> startingAt, Set<String> preps) {
        if (k >= ts.size() || !LOCATIVE.contains(ts.get(k).lower()) || preps.contains(ts.get(k).lower())) return -1;
        int j = k + 1;
        if (j < ts.size() && ts.get(j).tag().equals("DET")) j++;
        Mention place = startingAt.get(j);
        int end = place != null ? place.to() : j;
        // (or a name the graph does not know: "in the South China Sea")
        if (place == null) while (end < ts.size() && end - j < 5 && Character.isUpperCase(ts.get(end).text().charAt(0))) end++;
        return end > j && end < ts.size() && preps.contains(ts.get(end).lower()) ? end : -1;
    }

    private static boolean onlyNouns(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) if (!Rx.matches(ts.get(k).tag(), "NOUN|ADJ|PROPN")) return false;
        return true;
    }

    private static boolean onlyConjunctions(List<Token> ts, int from, int to) {
        if (to <= from) return false;
        boolean conj = false;
        for (int k = from; k < to; k++) {
            String w = ts.get(k).lower();
            if (w.equals("and") || w.equals("or")) conj = true;
            else if (!(w.equals(",") || w.equals("the") || w.equals("as") || w.equals("well"))) return false;
        }
        return conj || ts.get(from).text().equals(",");
    }

    /**
     * "Erdogan, who aids jihadists in Syria, or Putin": a name that ends a prepositional phrase and is
     * followed by a comma and a conjunction closes a clause; it is no partner of what comes after.
     */
    private static boolean insidePhrase(List<Token> ts, Mention left, Mention right) {
        boolean comma = false;
        for (int k = left.to(); k < right.from(); k++) if (ts.get(k).text().equals(",")) comma = true;
        // ", or" / ", and" right before the name; a list inside the phrase ("on the US, the EU and Russia") has no comma there.
        if (!comma || !hasConjunction(ts, left.to(), right.from())) return false;
        int b = left.from() - 1;
        while (b >= 0 && (ts.get(b).tag().equals("DET") || ts.get(b).tag().equals("ADJ"))) b--;
        return b >= 0 && ts.get(b).tag().equals("ADP") && !ts.get(b).is("of");
    }

    /** The mentions and the others on the same words ("they" standing for the US and Russia). */
    private static List<Mention> withCoreferents(List<Mention> ms, List<Mention> chosen) {
        List<Mention> out = new ArrayList<>(chosen);
        for (Mention c : chosen) {
            for (Mention m : ms) if (m != c && m.from() == c.from() && m.to() == c.to() && !out.contains(m)) out.add(m);
        }
        return out;
    }

    private static boolean hasConjunction(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) if (ts.get(k).is("and") || ts.get(k).is("or")) return true;
        return false;
    }

    private static boolean precededByPrep(List<Token> ts, Mention m, Set<String> preps, int from) {
        for (int k = from; k < m.from(); k++) if (preps.contains(ts.get(k).lower())) return true;
        return false;
    }

    /** A mention right before a noun trigger: "Russia's support", "Russian support", "the Kremlin's annexation". */
    private static Mention adjacentBefore(List<Mention> ms, List<Token> ts, int t0) {
        for (Mention m : ms) {
            int gap = t0 - m.to();
            // ("their first face-to-face meeting": the words of a hyphenated compound after the first count as none)
            for (int k = m.to() + 1; k < t0 && gap > 0; k++) if (ts.get(k).is("-") || ts.get(k - 1).is("-")) gap--;
            // (nor do quotation marks: "Iran's “firm support” for")
            for (int k = m.to() + 1; k < t0; k++) if (QUOTES.contains(ts.get(k).text())) gap--;
            if (gap < 0 || gap > 3) continue;
            boolean ok = true;
            for (int k = m.to(); k < t0; k++) {
                Token t = ts.get(k);
                String w = t.lower();
                if (k > m.to() && (ts.get(k - 1).is("-") || ts.get(k + 1).is("-")) && Rx.matches(t.tag(), "NOUN|ADP|ADJ|PUNCT")) continue;
                if (k > m.to() && QUOTES.contains(t.text())) continue;
                // (a quoted modifier, whatever the tagger made of it: "Iran's “firm support”")
                if (k > m.to() && QUOTES.contains(ts.get(k - 1).text()) && Rx.matches(t.tag(), "NOUN|ADJ|PROPN")) continue;
                // ("a Houthi drone attack", "Russian missile strikes": the weapon an attack is made with)
                boolean weapon = WEAPON_WORDS.contains(w) || Rx.matches(w, "drone|missile|rocket|artillery|air|naval|ground|cross-border|border");
                if (!(w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("-") || t.tag().equals("ADJ") || t.tag().equals("NOUN") && gap <= 1 || weapon
                        // (one noun modifier right after a possessive: "Manila's treaty ally", "Russia's arms supplies to Syria")
                        // (not one that makes it something else: "Washington's pressure campaign against Maduro" is no war)
                        || t.tag().equals("NOUN") && gap == 2 && k == m.to() + 1 && ts.get(m.to()).possessive()
                                && !Rx.matches(w, "pressure|influence|election|lobbying|media|propaganda|disinformation|charm|smear|sanctions|trade|tariff|vaccination|publicity")
                        || (t.tag().equals("NUM") || Rx.matches(w, "\\d+(st|nd|rd|th)")) && k > m.to()
                        // (a date after a possessive: "Hamas's October 7 attack on Israel")
                        || CALENDAR.contains(w) && k > m.to() && (ts.get(m.to()).possessive())
                        // (a proper name of a place or occasion after a possessive: "Zelenskiy's Oval Office meeting with Trump")
                        || t.tag().equals("PROPN") && k > m.to() && ts.get(m.to()).possessive()
                        // (a superlative: "the EU's most reluctant member")
                        || Rx.matches(w, "most|least|more") && k > m.to() && k + 1 < t0 && ts.get(k + 1).tag().equals("ADJ")
                        // a superlative the tagger misreads: "Saudi Arabia's closest/VERB ally"
                        || w.endsWith("est") && w.length() > 4 && k > m.to())) ok = false;
            }
            if (ok) return m;
        }
        return null;
    }

    /** Modifiers that make an attack or offensive a figure of speech: "a diplomatic offensive", "a verbal attack". */
    private static final Set<String> FIGURATIVE_ATTACKS = Set.of("diplomatic", "charm", "media", "propaganda", "peace", "legal", "verbal",
            "rhetorical", "political", "lobbying", "trade", "tariff", "public-relations", "pr");

    /** Whether a figurative modifier stands right before the trigger noun at {@code t0}, or before an attack noun in the object after the trigger verb ending at {@code t1}. */
    private static boolean figurative(List<Token> ts, int t0, int t1) {
        if (t0 > 0 && FIGURATIVE_ATTACKS.contains(ts.get(t0 - 1).lower())) return true;
        for (int k = t1; k + 1 < ts.size() && k - t0 <= 4 && Rx.matches(ts.get(k).tag(), "DET|ADJ|NOUN"); k++)
            if (FIGURATIVE_ATTACKS.contains(ts.get(k).lower()) && Rx.matches(ts.get(k + 1).lower(), "offensive|attacks?|campaign|war|assault|blitz|onslaught")) return true;
        return false;
    }

    /** Past the quotation mark that closes a quote opened just before the trigger at {@code t0} ("“firm support” for"). */
    private static int quoteClosed(List<Token> ts, int t0, int end) {
        if (end >= ts.size() || !QUOTES.contains(ts.get(end).text())) return end;
        for (int k = t0 - 1; k >= 0 && t0 - k <= 3; k--) if (QUOTES.contains(ts.get(k).text())) return end + 1;
        return end;
    }

    /** What a state closes to another: its border, the crossings on it, its airspace. */
    private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "frontiers", "crossings", "crossing", "checkpoints",
            "airspace", "ports", "land");

    /** Quotation marks, straight and curly. */
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");

    /** Nouns for who gives support: "the United States, Kosovo's main Western backer" backs Kosovo. */
    private static final Set<String> AGENT_NOUNS = Set.of("backer", "backers", "patron", "patrons", "sponsor", "sponsors", "supplier", "suppliers",
            "protector", "guarantor", "partner", "partners");

    /** Whether the mention is a possessor: "NATO's", "its", "their". */
    private static boolean possessor(List<Token> ts, Mention m) {
        if (m.to() < ts.size() && (ts.get(m.to()).possessive() || ts.get(m.to()).is("'"))) return true;
        return m.to() - m.from() == 1 && POSSESSIVE_PRONOUNS.contains(ts.get(m.from()).lower());
    }

    /** The name a noun phrase starting before {@code np} describes: in apposition ("Azerbaijan, its ally") or after a copula ("Sweden became NATO's member"). */
    private static Mention anchorBefore(List<Mention> ms, List<Token> ts, Mention np) {
        int k = np.from() - 1;
        while (k >= 0 && ts.get(k).tag().equals("DET")) k--;
        if (k < 1) return null;
        if (ts.get(k).text().equals(",")) return endingAt(ms, k);
        if (!Rx.matches(ts.get(k).lemma(), "be|become|remain")) return null;
        int j = k - 1;
        while (j >= 0 && (ts.get(j).tag().equals("ADV") || ts.get(j).tag().equals("AUX"))) j--;
        return endingAt(ms, j + 1);
    }

    private static Mention endingAt(List<Mention> ms, int to) {
        Mention found = null;
        for (Mention m : ms) if (m.to() == to) found = m;
        return found;
    }

    /** "X is (a|an|the) TRIGGER", "X and Y are both members": the (last) subject of a copula before the trigger. */
    private static Mention copulaSubjects(List<Mention> ms, List<Token> ts, int t0) {
        int k = t0 - 1;
        int nouns = 0;
        while (k >= 0 && (ts.get(k).tag().equals("DET") || ts.get(k).tag().equals("ADJ") || ts.get(k).tag().equals("ADV")
                || ts.get(k).tag().equals("NUM") || BOTH.contains(ts.get(k).lower()) || ts.get(k).is("all")
                // (a hyphenated modifier, whatever the tagger made of its parts: "a long-standing/VERB ally of")
                || k > 1 && k + 1 < t0 && ts.get(k).is("-") && Character.isLetter(ts.get(k - 1).text().charAt(0))
                || k > 0 && ts.get(k - 1).is("-") && Character.isLetter(ts.get(k).text().charAt(0)) && !ts.get(k).tag().equals("PROPN")
                || k + 1 < t0 && ts.get(k + 1).is("-") && Character.isLetter(ts.get(k).text().charAt(0)) && !ts.get(k).tag().equals("PROPN")
                // ("Israel is not a signatory to", "is no longer a member of")
                || NEGATION.contains(ts.get(k).lower()) || ts.get(k).is("longer")
                // (a modifier the tagger took for a verb: "are close/VERB allies", "are treaty/VERB allies")
                || ts.get(k).tag().equals("VERB") && k + 1 == t0 && !looksVerbal(ts.get(k).lower()) && !IRREGULAR_FORMS.contains(ts.get(k).lower())
                        && !Rx.matches(ts.get(k).lemma(), "be|become|remain|stay")
                || ts.get(k).tag().equals("ADP") && k + 1 == t0 && !PREPOSITIONS.contains(ts.get(k).lower())
                || ts.get(k).tag().equals("NOUN") && nouns++ == 0 && k + 1 == t0)) k--;
        // "Russia, the main backer of Assad": an apposition after a comma (a plural needs no article: "Saudi Arabia and the
        // UAE, long-standing allies of Islamabad").
        if (k >= 1 && ts.get(k).text().equals(",") && k + 1 < t0 && (ts.get(k + 1).tag().equals("DET")
                || ts.get(t0).lower().endsWith("s") && ts.get(t0).tag().equals("NOUN") && t0 + 1 < ts.size() && ts.get(t0 + 1).is("of"))) {
            for (Mention m : ms) if (m.to() == k) return m;
            return null;
        }
        if (k < 0 || !Rx.matches(ts.get(k).lemma(), "be|become|remain")) return null;
        int j = k - 1;
        while (j >= 0 && (ts.get(j).tag().equals("ADV") || ts.get(j).tag().equals("AUX") || BOTH.contains(ts.get(j).lower()) || ts.get(j).is("all"))) j--;
        // "China and Russia, which both remain parties to the deal": the name before the relative pronoun
        if (j >= 1 && Rx.matches(ts.get(j).lower(), "which|who") && ts.get(j - 1).text().equals(",")) j -= 2;
        for (Mention m : ms) if (m.to() == j + 1) return m;
        return null;
    }

    /** Words that are prepositions: a word the tagger calls one that is not among them is a tagging error ("treaty/ADP allies"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "as", "into",
            "over", "under", "between", "against", "among", "through", "after", "before", "during", "without", "within", "across", "behind",
            "beyond", "like", "near", "since", "until", "upon", "via", "toward", "towards", "amid", "despite", "around", "off", "onto", "out",
            "up", "down", "per", "than", "including", "alongside", "inside", "outside", "along", "beside", "besides", "except", "past");

    private static Mention startingAtOrNull(List<Mention> ms, int from) {
        for (Mention m : ms) if (m.from() == from) return m;
        return null;
    }

    private static Mention mentionAt(List<Mention> ms, int from) {
        for (Mention m : ms) if (m.from() == from || m.from() == from + 1) return m;
        return null;
    }

    /** "OWNER's airspace", "OWNER airspace", "the airspace of OWNER", "OWNER air space" after the trigger. */
    private static Mention airspaceOwner(List<Mention> ms, List<Token> ts, int from) {
        for (Mention m : ms) {
            if (m.from() < from || m.from() - from > 3) continue;
            int k = m.to();
            if (k < ts.size() && (ts.get(k).possessive())) k++;
            if (k < ts.size() && (ts.get(k).is("airspace") || ts.get(k).is("air") && k + 1 < ts.size() && ts.get(k + 1).is("space"))) return m;
        }
        for (int k = from; k < Math.min(ts.size(), from + 4); k++) {
            if (ts.get(k).is("airspace") && k + 2 < ts.size() && ts.get(k + 1).is("of")) {
                for (Mention m : ms) if (m.from() == k + 2 || m.from() == k + 3) return m;
            }
        }
        return null;
    }

    private static Mention airspaceOwnerBefore(List<Mention> ms, List<Token> ts, int t0) {
        for (int k = 0; k < t0; k++) {
            if (ts.get(k).is("airspace") || ts.get(k).is("air") && k + 1 < ts.size() && ts.get(k + 1).is("space")) {
                for (Mention m : ms) if (m.to() == k || m.to() == k - 1) return m;
            }
        }
        return null;
    }

    /** A place the sentence locates the fact at: a place mention after in/over/near that is not an argument. */
    /** Whether the talks at {@code t0} are what someone travelled for ("visited Riyadh for talks", "is due in Moscow for talks"). */
    private static boolean travelledFor(List<Token> ts, int t0) {
        return travelVerb(ts, t0) >= 0;
    }

    /** The verb of travel whose purpose the talks at {@code t0} are ("flew to Islamabad for talks"), or -1. */
    private static int travelVerb(List<Token> ts, int t0) {
        if (t0 < 2 || !ts.get(t0 - 1).is("for")) return -1;
        for (int k = t0 - 2; k >= 0 && t0 - k <= 8; k--) {
            if (Rx.matches(ts.get(k).lemma(), "visit|travel|fly|arrive|go|come|head|land|due|host")) return k;
            if (Rx.matches(ts.get(k).text(), "[,;]")) return -1;
        }
        return -1;
    }

    private static boolean sameSpan(List<Mention> list, Mention m) {
        for (Mention o : list) if (o.from() == m.from() && o.to() == m.to()) return true;
        return false;
    }

    private Node place(List<Mention> ms, List<Token> ts, List<Mention> subjects, List<Mention> objects, int t0) {
        // Only in the trigger's own clause: "sold jets to Taiwan and stationed troops in Japan" sells nothing in Japan.
        int from = 0, to = ts.size();
        for (int k = t0 - 1; k >= 0; k--) if (clauseBoundary(ts, k) || newVerbPhrase(ts, k)) { from = k + 1; break; }
        for (int k = t0 + 1; k < ts.size(); k++) if (clauseBoundary(ts, k) || newVerbPhrase(ts, k)) { to = k; break; }
        for (Mention m : ms) {
            if (sameSpan(subjects, m) || sameSpan(objects, m) || m.from() < from || m.from() >= to) continue;
            if (m.from() == 0 || !LOCATIVE.contains(ts.get(m.from() - 1).lower())) continue;
            if (index.isA(m.entity(), ENT.Place)) return m.entity();
        }
        return null;
    }

    // --- stance --------------------------------------------------------------------------------

    /** A stance, its claimant, and those who claim it with them ("accused by India and the United States"). */
    private record Stance(String stance, Node claimant, List<Node> coClaimants) {
        Stance(String stance, Node claimant) {
            this(stance, claimant, List.of());
        }
    }

    /** The subject is followed by ", a|an|the …" up to the noun trigger: an apposition. */
    private static boolean apposition(List<Token> ts, List<Mention> subjects, int t0) {
        for (Mention m : subjects) {
            if (m.to() + 1 >= t0 || !ts.get(m.to()).text().equals(",")) continue;
            // (a plural apposition needs no article: "…, long-standing allies of Islamabad")
            boolean article = ts.get(m.to() + 1).tag().equals("DET");
            if (!article && !(ts.get(t0).lower().endsWith("s") && t0 + 1 < ts.size() && ts.get(t0 + 1).is("of"))) continue;
            boolean plain = true;
            for (int k = m.to() + (article ? 2 : 1); k < t0; k++) if (!(ts.get(k).tag().equals("ADJ") || ts.get(k).tag().equals("NOUN") || ts.get(k).tag().equals("ADV")
                    || ts.get(k).is("-") || k + 1 < t0 && ts.get(k + 1).is("-") || k > 0 && ts.get(k - 1).is("-"))) plain = false;
            if (plain) return true;
        }
        return false;
    }

    /** The possessor of the noun trigger opens an adjunct of time: "since Russia's invasion", "after Hamas's October 7 attack". */
    private static boolean timeAnchored(List<Token> ts, List<Mention> subjects, int t0) {
        for (Mention m : subjects) {
            if (m.to() >= t0) continue;
            int b = m.from() - 1;
            while (b > 0 && ts.get(b).tag().equals("DET")) b--;
            if (b >= 0 && Rx.matches(ts.get(b).lower(), "since|after|before|following|until|amid|during")) return true;
        }
        return false;
    }

    /** The subject is a possessive right before the noun trigger: "Russia's annexation", "Turkey's shoot-down". */
    private static boolean possessive(List<Token> ts, List<Mention> subjects, int t0) {
        for (Mention m : subjects) {
            if (m.to() >= t0 || m.to() >= ts.size()) continue;
            String w = ts.get(m.to()).text();
            if (!(w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’"))) continue;
            boolean adjectives = true;
            // ("Russia's full-scale invasion": a hyphenated modifier, whatever the tagger made of its parts)
            for (int k = m.to() + 1; k < t0; k++) if (!(ts.get(k).tag().equals("ADJ") || ts.get(k).is("-") || ts.get(k - 1).is("-") || ts.get(k + 1).is("-"))) adjectives = false;
            if (adjectives) return true;
        }
        return false;
    }

    private Stance stance(Sentence s, List<Mention> ms, int t0, List<Mention> subjects) {
        List<Token> ts = s.tokens();
        Node claimant = null;
        boolean deny = false, reported = false, unlisted = false;
        int speech = -1;
        Mention speakerMention = null;
        // "according to X"
        for (int k = 0; k + 2 < ts.size(); k++) {
            if (ts.get(k).is("according") && ts.get(k + 1).is("to")) {
                // the source right after "to" (an article or adjective between at most), not a name further on
                Node source = null;
                for (Mention m : ms) {
                    if (m.from() < k + 2 || m.from() > k + 4 || !index.isA(actorOf(m), ENT.Actor)) continue;
                    boolean adjacent = true;
                    for (int j = k + 2; j < m.from(); j++) if (!Rx.matches(ts.get(j).tag(), "DET|ADJ")) adjacent = false;
                    // ("according to Russian military bloggers": private voices of a country do not speak for it)
                    if (adjacent && !privateVoices(ts, m.to())) source = actorOf(m);
                }
                // ("according to officials from Qatar and the United States": officials of a state speak for it)
                // (not "sources in Tehran" or "diplomats in Seoul": people placed somewhere speak for no state)
                if (source == null && k + 4 < ts.size() && Rx.matches(ts.get(k + 2).lower(), "officials|authorities|ministers")
                        && Rx.matches(ts.get(k + 3).lower(), "from|of")) {
                    Mention of = startingAtOrNull(ms, ts.get(k + 4).tag().equals("DET") ? k + 5 : k + 4);
                    if (of != null && index.isA(actorOf(of), ENT.State)) source = actorOf(of);
                }
                // ("X fought Y since April, and the conflict has killed 5,000 people, according to the UN": a source at the
                // end speaks for the last clause only)
                if (k > t0 && clauseAfter(ts, t0, k)) continue;
                // ("…, killing about 1,200 people, according to Israeli tallies": a source of figures vouches for the numbers only)
                boolean figures = false;
                for (int j = k + 2; j < ts.size() && j <= k + 6 && Rx.matches(ts.get(j).tag(), "DET|ADJ|NOUN|PROPN"); j++)
                    if (Rx.matches(ts.get(j).lower(), "tallies|tally|figures|estimates|count|counts|data|statistics|numbers|toll")) figures = true;
                if (figures && k > t0) continue;
                // ("…, according to Kuwait's foreign minister, whose government had mediated …": a relative clause about
                // the source is the writer's)
                if (k < t0 && relativeAfter(ts, k, t0)) continue;
                if (source != null) claimant = source;
                // "according to Reuters", "according to sources": a source the graph does not know
                else if (k < t0 || commaBetween(ts, t0, k)) reported = true;
            }
        }
        // ("Larijani in Beirut: Iran supports Lebanon's sovereignty", "Zelensky: Russia must not win": a headline's speaker named
        // before a colon, alone or with where they spoke, says what follows)
        int colon = speakerColon(ts, ms, t0);
        if (colon > 0) {
            Mention who = null;
            for (Mention m : ms) if (who == null && m.to() <= colon && index.isA(m.entity(), ENT.Person)) who = m;
            if (who != null) {
                claimant = actorOf(who);
                speakerMention = who;
            } else {
                reported = unlisted = true;
            }
        }
        // "X says/claims/denies (that) ... TRIGGER", or "..., X said."
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            boolean accuse = ACCUSE.contains(t.lemma()) && k < t0 && accused(ms, ts, t0) != null;
            // "rejected US accusations that Tehran had …", "Washington's claim that …", "his allegation that …", "amid reports
            // that …": a noun of claiming with its clause is its owner's claim, or an unnamed one's; a verb of denial over it
            // denies the clause when the claim has no named owner ("rejected the accusation that …"), and denies an owned
            // claim besides (rebuttal()).
            // (the clause ends at a comma: "…, a practice Maduro agreed to when he met …" is the writer's)
            if (k + 1 < t0 && claimNoun(ts, k)) {
                if (commaBetween(ts, k, t0)) continue;
                // ("Israel confirmed reports that its aircraft had struck …": the confirming verb speaks, not the reports)
                int gov = claimVerb(ts, k);
                if (gov >= 0 && CONFIRMING.contains(ts.get(gov).lemma())) continue;
                Mention owner = claimOwner(ts, ms, k);
                if (owner != null || claimDenial(ts, k) < 0) {
                    speech = k;
                    claimant = owner == null ? null : actorOf(owner);
                    speakerMention = owner;
                    reported = owner == null;
                    deny = unlisted = false;
                }
                continue;
            }
            // "Turkey criticized Washington for arming the YPG": criticism presupposes the act; an accusation only claims it.
            if (accuse && FACTIVE_BLAME.contains(t.lemma()) && ts.get(t0 - 1).is("for")) continue;
            // The tagger takes "insists", "claims" after a name for plural nouns: a verb when a clause follows.
            final int at = k;
            boolean verbAfterName = t.tag().equals("NOUN") && t.lower().endsWith("s") && k + 1 < ts.size()
                    && (ms.stream().anyMatch(m -> m.to() == at) || k > 0 && ts.get(k - 1).text().equals(",") && appositionOpen(ts, k - 1) > 0)
                    && (ts.get(k + 1).is("that") || ms.stream().anyMatch(m -> m.from() == at + 1)
                            || ts.get(k + 1).tag().equals("PRON"));
            // ("every NATO government publicly accepted that the Russian missile breached the treaty": verbs that report a
            // judgement when a clause follows)
            // (also one the tagger took for a noun after a plural subject: "intelligence agencies estimate/NOUN that …")
            boolean judgement = JUDGEMENT.contains(t.lemma()) && k + 1 < ts.size() && ts.get(k + 1).is("that") && (t.tag().equals("VERB")
                    || t.tag().equals("NOUN") && k > 0 && (ts.get(k - 1).tag().equals("NOUN") && ts.get(k - 1).lower().endsWith("s")
                            || ts.get(k - 1).tag().equals("PROPN")));
            // (a verb of denial the tagger took for a noun, "Moscow denies/NOUN that …"; not a noun after a determiner or possessive,
            // "locked in its own dispute with Ethiopia")
            // ("Iran and Russia all deny that …": "all" and "both" are no articles)
            boolean denialNoun = t.tag().equals("NOUN") && DENY.contains(t.lemma()) && !(k > 0 && (Rx.matches(ts.get(k - 1).tag(), "ADJ|NUM")
                    || Rx.matches(ts.get(k - 1).lower(), "the|a|an|this|that|these|those|its|their|his|her|our|'s|’s")));
            // ("dismissed the allegation that …", "refuted US claims that …": a verb of denial over a claim with its clause)
            boolean deniesClaim = DENY.contains(t.lemma()) && claimDenied(ts, k);
            if (!(SPEECH.contains(t.lemma()) || accuse || judgement || deniesClaim)
                    || !(t.tag().equals("VERB") || verbAfterName || denialNoun || judgement)) continue;
            if (k == t0) continue;
            // ("determined that … had committed genocide and imposed sanctions on Dagalo; a week later it also sanctioned Burhan":
            // a semicolon ends what a verb of saying governs)
            if (semicolonBetween(ts, k, t0)) continue;
            // ("…, drawing rebukes from EU leaders who said he had no mandate": a relative clause after the trigger speaks of its own)
            if (k > t0 + 1 && Rx.matches(ts.get(k - 1).lower(), "who|which|that")
                    || k > t0 + 2 && Rx.matches(ts.get(k - 2).lower(), "who|which") && ts.get(k - 1).tag().equals("ADV")) continue;
            // ("accused Stockholm of harbouring the PKK, a group that Ankara and the EU designate as terrorist": a relative clause
            // on a description in apposition is the writer's)
            if (k < t0 && appositiveRelativeBetween(ts, k, t0)) continue;
            // ("met Putin on what he called a peace mission": a free relative names a thing, it attributes no clause)
            if (k >= 2 && (ts.get(k - 2).is("what") || k >= 3 && ts.get(k - 3).is("what") && Rx.matches(ts.get(k - 1).tag(), "AUX|ADV"))) continue;
            // ("Moscow denied the claims and blamed Kyiv for the attack": a denial with its own object governs no later clause)
            // (but "rejected the charge that Russia had attacked Moldova" denies what the charge says)
            if (k < t0 && DENY.contains(t.lemma()) && k + 2 < t0 && (ts.get(k + 1).tag().equals("DET") || Rx.matches(ts.get(k + 1).lower(), "any|all"))
                    && REJECTED_NOUNS.contains(ts.get(k + 2).lower()) && !ts.get(k + 3).is("that") || k < t0 && DENY.contains(t.lemma()) && k + 1 < t0
                    && REJECTED_NOUNS.contains(ts.get(k + 1).lower()) && !ts.get(k + 2).is("that")) continue;
            // ("Hungary rejected an EU aid package for Kyiv": a refusal whose object holds the trigger states nothing)
            if (k < t0 && REJECTING.contains(t.lemma()) && objectPhrase(ts, k, t0)) continue;
            // ("Kosovo declared independence in 2008 and has been recognized by …", "Russia declared war on …": a declaration of
            // an act of state is the act, not a report of what follows)
            if (k < t0 && Rx.matches(t.lemma(), "declare|proclaim|announce") && declaredAct(ts, k + 1)) continue;
            // ("Serbia maintains close ties with Moscow": "maintain" says something only before a clause)
            if (t.lemma().equals("maintain") && k + 1 < ts.size() && !ts.get(k + 1).is("that") && !Rx.matches(ts.get(k + 1).tag(), "PRON|PROPN")) continue;
            // After the trigger only a verb of saying attributes the clause (", Tehran said"); "…, accusing Tehran of" does not,
            // nor one with its own object ("…, and the French leader announced the delivery of …").
            if (k > t0 && (t.lower().endsWith("ing") || ACCUSE.contains(t.lemma()))) continue;
            // "… severed ties with Qatar, accusing Doha of supporting terrorism, a charge Qatar denied": what is
            // denied after an accusation is the accusation, not the act before it.
            if (k > t0 && accusationBetween(ts, t0, k)) continue;
            // "Pyongyang has reportedly delivered rockets to Wagner, a charge it denies": a report, and its denial (added by rebuttal()).
            // (and "Iran has been accused of arming the Houthis, a charge it denies": an accusation with no accuser is a report too)
            if (k > t0 && DENY.contains(t.lemma()) && chargeBefore(ts, k) && (hearsay(ts, 0, t0 + 1) || passiveChargeBefore(ts, t0))) continue;
            // ("Western officials accuse Iran of arming the Houthis, which Tehran denies": the denial of the claim, added by rebuttal())
            if (k > t0 && DENY.contains(t.lemma()) && relativeDenial(ts, ms, k)) continue;
            // "…, and last month Blinken said both forces had …": a verb of saying in a clause of its own.
            if (k > t0 && coordinatedClause(ts, t0, k)) continue;
            // "the Iran-backed militias … have warned that they would …": what was said follows "that".
            if (k > t0 && k + 1 < ts.size() && ts.get(k + 1).is("that")) continue;
            // ("During a meeting with Xi, Putin told Biden that …", "…, Putin told reporters the war would go on": what the one told
            // hears follows them; not '"…," Lavrov told reporters.' nor "…, Lavrov told reporters in Moscow.")
            if (k > t0 && ADDRESSING.contains(t.lemma()) && toldClauseAfter(ts, ms, k)) continue;
            // ("Russia quits grain deal, says it will return only if …": a clause of its own, pronoun and verb, after the verb of saying)
            // (a second verb phrase of the same subject, right after a comma or "and"; not "…, Seoul says they are training")
            if (k > t0 && k + 2 < ts.size() && Rx.matches(ts.get(k - 1).text(), ",|and") && Rx.matches(ts.get(k + 1).lower(), "it|they|he|she|we")
                    && Rx.matches(ts.get(k + 2).tag(), "AUX|VERB")) continue;
            // ("…, a step Washington said was meant to punish Moscow": a verb of saying with a clause of its own after it)
            if (k > t0 && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).tag(), "AUX|VERB") && !Rx.matches(ts.get(k + 1).text(), "[,.;]")) continue;
            // ("Canada expelled six Indian diplomats after police said they had evidence …": a verb of saying in an adverbial clause
            // after the trigger governs that clause's own complement, not the main clause)
            if (k > t0 && subordinateSpeaker(ts, t0, k)) continue;
            // ("Blinken said Iran had delivered missiles, prompting new sanctions on Tehran": a participle of consequence after
            // the reported clause is the writer's narration of what followed)
            if (k < t0 && consequenceBetween(ts, k, t0)) continue;
            // "Beijing, which claims almost the entire waterway, has also condemned …": a relative clause closed before the trigger.
            if (k < t0 && inClosedRelative(ts, k, t0)) continue;
            // "…, Azerbaijani President Ilham Aliyev said, as Azerbaija's offensive entered its second week": a parenthetical
            // attribution governs what came before it, not the writer's clause after it.
            if (k < t0 && parenthetical(ts, ms, k)) continue;
            // "Stoltenberg, who has led the alliance since 2014, said …": a relative clause about the speaker is the writer's.
            // (an event noun by the verb that carries it: "The EU, which has imposed sanctions on Russia, said …")
            if (k > t0 && (inClosedRelative(ts, clauseVerb(ts, t0), k) || insideRelativeBefore(ts, t0, k))) continue;
            // "X said it had frozen …, while Britain widened its sanctions": a contrasting clause is the writer's.
            if (k < t0 && contrastBetween(ts, k, t0)) continue;
            // "Moscow and Beijing declared a partnership weeks before Russian tanks rolled into Ukraine": a verb of saying with an
            // object of its own does not reach into a time clause after it.
            if (k < t0 && k + 1 < ts.size() && ts.get(k + 1).tag().equals("DET") && Rx.matches(t.lemma(), "declare|announce|report|claim|acknowledge|admit|note")
                    && timeClauseBetween(ts, k, t0)) continue;
            // "Poland said a drone had entered its airspace, and Warsaw summoned …": a new clause with its own subject.
            if (k < t0 && newClauseBetween(ts, ms, k, t0)) continue;
            // ("Armenians can be forgiven for not believing it, given that …": a verb of saying or thinking with a pronoun
            // for its object has no clause to govern)
            // (but "said that, in its view, …" opens a clause with a parenthesis)
            if (k < t0 && k + 2 < t0 && Rx.matches(ts.get(k + 1).lower(), "it|this|so|that") && ts.get(k + 2).tag().equals("PUNCT")
                    && !(ts.get(k + 1).is("that") && ts.get(k + 2).text().equals(","))) continue;
            if (k > t0 && k + 1 < ts.size() && !ADDRESSING.contains(t.lemma()) && !Rx.matches(ts.get(k + 1).lower(), 
                    "yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|earlier|late|this")
                    && (Rx.matches(ts.get(k + 1).tag(), "DET|NOUN|ADJ|NUM")
                            // '"…," said Putin' names the speaker after the verb; "X announced Y" has an object
                            || ts.get(k + 1).tag().equals("PROPN") && !Rx.matches(ts.get(k - 1).text(), "[,\"'”’]"))) continue;
            Mention speaker = null;
            if (t.lower().endsWith("ing") && k < t0) {
                // "The US imposed sanctions, accusing Tehran of …": a participle's speaker is the sentence's subject.
                List<Mention> main = sentenceSubjects(ms, ts, k);
                if (!main.isEmpty()) speaker = main.get(0);
            }
            // "accused by X of", "Iran is accused of", "is said to": a passive names its speaker only after "by".
            boolean passiveSpeech = k + 1 < ts.size() && ts.get(k + 1).is("by") || k < t0 && (passiveAccusation(ts, k)
                    || ts.get(k).is("said") && k > 0 && ts.get(k - 1).lemma().equals("be") || raisedHearsay(ts, k));
            if (passiveSpeech) {
                if (ts.get(k + 1).is("by")) for (Mention m : ms) if (m.from() >= k + 2 && m.from() <= k + 5) { speaker = m; break; }
                if (speaker == null && k < t0) {
                    // "Iran has been accused by Western governments of …": the accusers are not named actors.
                    reported = true;
                    continue;
                }
            }
            if (speaker == null && k > t0) {
                // '"…," said Lavrov': after the quotation the speaker may follow the verb.
                // (not "said Sweden's membership …": a possessive opens what was said)
                for (Mention m : ms) {
                    if (m.from() == k + 1 && index.isA(actorOf(m), ENT.Actor)
                            && !(m.to() < ts.size() && (ts.get(m.to()).possessive()))) { speaker = m; break; }
                }
            }
            // "Russia invaded Ukraine and in September declared that …": the speaker of a second verb phrase is the sentence's subject.
            if (speaker == null && k < t0 && k + 1 < ts.size() && ts.get(k + 1).is("that")) {
                List<Mention> second = secondVerbPhraseSubjects(ms, ts, k);
                if (!second.isEmpty()) speaker = second.get(0);
            }
            if (speaker == null && !(t.lower().endsWith("ing") && k < t0)) {
                // After the trigger the speaker stands after the comma that closes the reported clause
                // ("… sanctions on Pyongyang on Monday, officials said": not Pyongyang).
                int after = -1;
                if (k > t0) for (int j = t0; j < k; j++) if (ts.get(j).text().equals(",")) after = j;
                // ("Lukashenko, a close ally of Vladimir Putin, insists": the name before the apposition)
                // (and over auxiliaries: "Saudi Arabia, which opened its airspace after the Emirati announcement, has said")
                int comma = k - 1;
                while (comma > 0 && Rx.matches(ts.get(comma).tag(), "AUX|ADV")) comma--;
                int end = comma > 0 && ts.get(comma).text().equals(",") ? appositionOpen(ts, comma) : -1;
                if (end > after) {
                    speaker = endingAt(ms, end);
                    if (speaker != null && subjectsContain(subjects, speaker, k, t0)) speaker = null;
                } else {
                    // ("Foreign Minister Wang Yi, speaking in Phnom Penh on the sidelines of the ASEAN meetings, said …": the
                    // name before a participle clause set off by commas speaks)
                    if (k > 1 && ts.get(k - 1).text().equals(",")) {
                        for (int j = k - 2; j > 0 && k - j <= 25; j--) {
                            if (!ts.get(j).text().equals(",")) continue;
                            if (ts.get(j + 1).tag().equals("VERB") && Rx.matches(ts.get(j + 1).lower(), ".*(ing|ed)") && endingAt(ms, j) != null
                                    && !subjectsContain(subjects, endingAt(ms, j), k, t0)) {
                                after = Math.max(after, k);
                                speaker = endingAt(ms, j);
                            }
                            break;
                        }
                    }
                    // (not the object of another verb: "Israel, which regards Iran as its enemy and had hoped …")
                    for (Mention m : ms) if (m.to() <= k && k - m.to() <= 6 && m.from() > after && !subjectsContain(subjects, m, k, t0)
                            && !(m.from() > 1 && ts.get(m.from() - 1).tag().equals("VERB") && !SPEECH.contains(ts.get(m.from() - 1).lemma())
                                    && !ts.get(m.from() - 2).is("-"))) speaker = m;
                    // ("President Obama, as you said, views …": the verb's own subject is a pronoun naming no one we know)
                    int subj = k - 1;
                    while (subj > 0 && Rx.matches(ts.get(subj).tag(), "ADV|AUX")) subj--;
                    final int pron = subj;
                    if (speaker != null && subj >= 0 && ts.get(subj).tag().equals("PRON") && Rx.matches(ts.get(subj).lower(), "you|i|we|he|she|they|one")
                            && ms.stream().noneMatch(m -> m.from() <= pron && pron < m.to())) speaker = null;
                }
                if (speaker != null) {
                    for (int j = speaker.to(); j < k; j++) if (BOUNDARY.contains(ts.get(j).lower())) speaker = null;
                }
                // ("opposition lawmakers in Berlin argued", "officials in Washington said": people in a place, not the place)
                if (speaker != null && speaker.from() >= 2 && ts.get(speaker.from() - 1).is("in") && ts.get(speaker.from() - 2).tag().equals("NOUN")
                        && ts.get(speaker.from() - 2).lower().endsWith("s")) {
                    reported = true;
                    if (DENY.contains(t.lemma())) deny = true;
                    continue;
                }
            }
            if (speaker == null && k > t0) {
                // (not a place: "…," the admiral told lawmakers in Tokyo)
                // (nor the one told: "During a meeting with Xi, Putin told Biden that …")
                boolean told = ADDRESSING.contains(t.lemma()) && k + 1 < ts.size() && !Rx.matches(ts.get(k + 1).text(), "[,.]");
                if (!told) for (Mention m : ms) if (m.from() > k && m.from() - k <= 3 && !LOCATIVE.contains(ts.get(m.from() - 1).lower())) { speaker = m; break; }
            }
            if (speaker == null && (k < t0 || commaBetween(ts, t0, k)) && k > 0 && unnamedSpeaker(ts, k) && !SPEECH_WEAK.contains(t.lemma())) {
                // "Analysts say …", "officials said …", "according to sources": a claim whose claimant the text does not name.
                reported = true;
                if (DENY.contains(t.lemma())) deny = true;
                continue;
            }
            // "Hossein Salami told state television that …", "…, Salami said", "he denied that …": someone the graph does
            // not list (or cannot resolve) still speaks; the claim is theirs, not the writer's.
            // (not an announcement: "Minister Dovile Sakaliene announced that Lithuania had withdrawn" is the act made known)
            if (speaker == null && (k < t0 || commaBetween(ts, t0, k)) && k > 0 && unlistedSpeaker(ts, ms, k) && !SPEECH_WEAK.contains(t.lemma())
                    && !Rx.matches(t.lemma(), "announce|declare|confirm")) {
                reported = true;
                unlisted = true;
                if (DENY.contains(t.lemma())) deny = true;
                continue;
            }
            // "New Delhi blamed the PLA for attacking …": an accusation by someone the graph does not know is still a claim.
            if (speaker == null && accuse && k < t0) {
                reported = true;
                continue;
            }
            if (speaker == null || !index.isA(actorOf(speaker), ENT.Actor)) continue;
            // The verb of saying nearest before the trigger governs it ("Tehran denied arming …, insisting that its
            // support … is political": the insisting, not the denial); one after it only when none comes before.
            if (k < t0 || k > t0 && speech < 0 && commaBetween(ts, t0, k)) {
                speech = k;
                claimant = actorOf(speaker);
                speakerMention = speaker;
                deny = DENY.contains(t.lemma());
                if (k > t0) break;
            }
        }
        int from = speech >= 0 && speech < t0 ? speech : 0;
        // Modality before a relative clause does not reach into it: "Erdogan could clash with Russia, which is backing Assad".
        int relative = relativeClauseStart(ts, ms, from, t0);
        // "accused Tehran of arming the Houthi rebels that a Saudi-led coalition has been fighting": a relative clause with a
        // subject of its own describes the noun in the writer's voice.
        // (not the complementizer after a time: "said last month that Russia was violating")
        boolean afterTime = relative > 0 && (TIME_WORDS.contains(ts.get(relative - 1).lower()) || CALENDAR.contains(ts.get(relative - 1).lower()));
        // (not the "that" right after the verb of saying, whatever its tag: "Seoul estimates/NOUN that North Korea sent …")
        // (nor the "that" after the one told: "Macron told Putin that Russia had attacked Ukraine")
        boolean afterTold = speech >= 0 && ADDRESSING.contains(ts.get(speech).lemma()) && addresseeEnd(ts, ms, speech) == relative;
        if (speech >= 0 && speech < t0 && relative > speech + 1 && !afterTime && !afterTold && relative + 2 < ts.size() && (startingAtOrNull(ms, relative + 1) != null
                || ts.get(relative + 1).tag().equals("DET") && startingAtOrNull(ms, relative + 2) != null)) {
            claimant = null;
            speakerMention = null;
            deny = false;
            reported = false;
            unlisted = false;
        }
        if (relative > from) from = relative;
        boolean negated = false, hypothetical = false, normative = false, future = false, sendRefused = false;
        // "Russia must pay …, and the EU stands with Ukraine": modality stays in its own coordinated clause.
        // (a semicolon ends a clause too: "… agreed that Hungary would buy jets; three days later its parliament ratified …"; and
        // a colon before a clause of its own: "it should stop treating arms sales as a strategy: America has approved …")
        for (int k = t0 - 2; k > from; k--) {
            if (ts.get(k).text().equals(",") && Rx.matches(ts.get(k + 1).lower(), "and|but|while|whereas|yet") || Rx.matches(ts.get(k).text(), "[;:]")) {
                from = k;
                break;
            }
        }
        // verbBetween[j - from]: whether another verb stands at j or after it, before the trigger (one pass backwards).
        int verbsFrom = Math.max(from, 0);
        boolean[] verbBetween = new boolean[Math.max(t0 - verbsFrom + 1, 1)];
        for (int j = t0 - 1; j >= verbsFrom; j--) {
            Token v = ts.get(j);
            // (a light verb carries the negated event noun: "does not provide aid")
            verbBetween[j - verbsFrom] = verbBetween[j + 1 - verbsFrom] || v.tag().equals("VERB") && !SPEECH.contains(v.lemma())
                    && !IMPLICATIVE.contains(v.lemma()) && !(LIGHT_VERBS.contains(v.lemma()) && !ts.get(t0).tag().equals("VERB"));
        }
        for (int k = from; k < t0; k++) {
            // A relative clause closed before the trigger keeps its modality ("NATO, which promised Georgia that it would
            // one day join, also criticised Moscow").
            if (ts.get(k).text().equals(",") && k + 1 < t0 && (RELATIVE.contains(ts.get(k + 1).lower()) && !ts.get(k + 1).is("that")
                    || ts.get(k + 1).is("whose"))) {
                int close = nextComma(ts, k + 2, t0);
                if (close > 0) {
                    k = close;
                    continue;
                }
            }
            String w = ts.get(k).lower();
            boolean idiom = (w.equals("not") || w.equals("n't")) && k + 1 < ts.size() && Set.of("until", "only", "just", "least").contains(ts.get(k + 1).lower())
                    // ("did not ratify Sweden's accession protocol until January 23": done, only late)
                    || (w.equals("not") || w.equals("n't")) && untilLater(ts, t0)
                    // ("no doubt with some help from the US": certainty, not negation)
                    || w.equals("no") && k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "doubt|wonder|surprise");
            // Negation reaches the trigger unless another verb takes it first ("we will never forget that we supported"),
            // save a verb of saying ("I never said that we oppose").
            boolean otherVerb = verbBetween[k + 1 - verbsFrom];
            if (NEGATION.contains(w) && t0 - k <= 6 && !idiom && !otherVerb) negated = true;
            // "May 2" in a dateline is a month, not the modal.
            boolean month = w.equals("may") && (Character.isUpperCase(ts.get(k).text().charAt(0)) && k > 0
                    || k + 1 < ts.size() && Rx.matches(ts.get(k + 1).text(), "\\d.*"));
            // (in reported speech "would" is the future moved back: "the White House said Washington would not send troops")
            boolean reportedFuture = w.equals("would") && speech >= 0 && speech < k;
            if (reportedFuture && !otherVerb) future = true;
            else if ((HYPOTHETICAL_MODAL.contains(w) || w.equals("'d")) && !month) hypothetical = true;
            // The future is not yet a fact, but only for its own verb: "we will never forget that we supported" is a memory.
            if (FUTURE.contains(w) && Rx.matches(ts.get(k).tag(), "AUX|VERB") && !otherVerb) future = true;
            if (NORMATIVE_MODAL.contains(w)) {
                // "should X happen" at the start of a clause is a condition, not advice.
                boolean inverted = k == 0 || ts.get(k - 1).lower().equals(",") || ts.get(k - 1).lemma().equals("do");
                if (inverted && w.equals("should")) hypothetical = true;
                else normative = true;
            }
        }
        // ("Germany will not send Taurus missiles" is a refusal: denied, not hypothetical)
        // "I never said that I view the US as a threat", "Ankara did not say that …": a negated verb of saying denies what follows.
        if (speech > 0 && speech < t0 && !deny && !DENY.contains(ts.get(speech).lemma())) {
            for (int k = speech - 1; k >= 0 && speech - k <= 2; k--) if (NEGATION.contains(ts.get(k).lower())) negated = true;
        }
        if (future && !negated) hypothetical = true;
        // ("recommended that their countries withdraw from the Ottawa Convention", "urged that Kyiv be given …": a subjunctive
        // clause after a verb of recommending or demanding says what should be, not what is)
        // (only when the trigger is in that clause: not "the official, who asked that his name not be used, said …", nor a clause of
        // its own after a comma or a conjunction of time)
        for (int k = Math.max(1, from); k < t0; k++) {
            if (!ts.get(k).is("that")) continue;
            int v = timeAdjunctStart(ts, k) > 0 ? timeAdjunctStart(ts, k) - 1 : k - 1;
            if (!(Rx.matches(ts.get(v).lemma(), "recommend|urge|propose|demand|request|advise|require|stipulate") && Rx.matches(ts.get(v).tag(), "VERB|NOUN"))) continue;
            boolean sameClause = v == 0 || !Rx.matches(ts.get(v - 1).lower(), "who|which|whom");
            for (int j = k + 1; j < t0 && sameClause; j++) {
                String w = ts.get(j).lower();
                if (Rx.matches(w, ",|;|after|when|since|because|while|as|before|until") || speechVerb(ts.get(j)))
                    sameClause = false;
            }
            if (sameClause) normative = true;
        }
        for (int k = relative > 0 ? relative : 0; k < t0; k++) if (CONDITIONAL.contains(ts.get(k).lower())) hypothetical = true;
        // An infinitive is irrealis unless an implicative verb governs it: "pressure on them to come together",
        // "a plan to arm" vs "managed to", "saw fit to bomb", "continued to back"; "failed to", "refused to" negate it.
        // (an event noun counts through the verb it is the object of: "Moscow was ready to host talks", "promised deliveries")
        int head = ts.get(t0).tag().equals("VERB") || ts.get(t0).tag().equals("AUX") || t0 > 0 && ts.get(t0 - 1).is("to") ? t0 : governingVerb(ts, t0);
        if (head >= 0 && head != t0 && PROMISE.contains(ts.get(head).lemma())) hypothetical = true;
        // (through a chain of infinitives: "refused to allow Sweden to join", "agreed to let Ukraine use")
        for (int depth = 0; head >= 0 && depth < 3; depth++) {
            // ("became the first country to send long-range missiles": what the first one did, it did, unless the copula is itself
            // only wanted: "Poland wants to be the first country to send jets")
            int copula = ordinalCopula(ts, head);
            if (copula >= 0) {
                int inf2 = copula - 1;
                while (inf2 > 0 && ts.get(inf2).tag().equals("ADV")) inf2--;
                if (inf2 > 0 && ts.get(inf2).is("to")) {
                    Token g = ts.get(inf2 - 1);
                    if (INTENT.contains(g.lemma()) || PROMISE.contains(g.lemma()) || Rx.matches(g.lower(), "set|poised|due|likely|expected|ready|eager|keen|determined"))
                        hypothetical = true;
                }
                break;
            }
            int inf = head - 1;
            while (inf >= 0 && ts.get(inf).tag().equals("ADV")) inf--;
            if (!(inf > 0 && ts.get(inf).is("to"))) break;
            // ("prompting Tbilisi to cut ties with Moscow and to quit the CIS": a second infinitive shares the first one's governor)
            int first = coordinatedInfinitive(ts, inf);
            if (first > 0) inf = first;
            int gov = inf - 1;
            // ("has used/ADJ to strike": the tagger's adjective may be the governing participle)
            while (gov > 0 && (ts.get(gov).tag().equals("ADV")
                    || (ts.get(gov).tag().equals("ADJ") || ts.get(gov).tag().equals("NOUN")) && ts.get(gov - 1).tag().equals("VERB")
                            && !IMPLICATIVE.contains(ts.get(gov).lemma()))) gov--;
            // "prompting Beijing to impose": a causative verb, its object, then the infinitive
            // (a bare infinitive the tagger misreads: "helped persuade/ADV NATO to station …")
            int causer = gov;
            // (over the words of a hyphenated modifier too: "used Iranian-made drones to attack", "employed F-35 jets to hit")
            while (causer > 0 && inf - causer <= 6 && (ts.get(causer).is("-") || ts.get(causer - 1).is("-") || !verbal(ts, causer)
                    && Rx.matches(ts.get(causer).tag(), "PROPN|NOUN|PRON|DET|ADJ|NUM"))) causer--;
            // (the causee must be someone: "triggered the process to reimpose sanctions" caused no one to act)
            if (causer < gov && verbal(ts, causer) && implicative(ts.get(causer))
                    && !PROCESSES.contains(ts.get(gov).lower())) gov = causer;
            // ("sent thousands of fighters into Syria to defend": over the forces sent and where they were sent)
            int sender = gov;
            while (sender > 0 && inf - sender <= 7 && !ts.get(sender).tag().equals("VERB")
                    && Rx.matches(ts.get(sender).tag(), "PROPN|NOUN|PRON|DET|ADJ|NUM|ADP")) sender--;
            if (sender < gov && ts.get(sender).tag().equals("VERB") && SENDING.contains(ts.get(sender).lemma())) gov = sender;
            String lemma = ts.get(gov).lemma();
            // ("would not send troops to help Poland if it were attacked", "did not send forces to defend": help refused)
            if (gov < inf && SENDING.contains(lemma) && negatedVerb(ts, gov)) {
                negated = true;
                sendRefused = true;
                break;
            }
            // "Germany has yet to deliver Taurus missiles": not done so far
            if (FAIL.contains(lemma) || ts.get(inf - 1).is("yet") && Rx.matches(lemma, "have|be")) negated = true;
            else if (demandBefore(ts, inf)) normative = true;
            else if (!implicative(ts.get(gov))) hypothetical = true;
            // ("Hungary has never allowed Ukraine to join the EU": a permission withheld says nothing was done)
            else if (PERMISSIVE.contains(lemma) && negatedVerb(ts, gov)) hypothetical = true;
            else if (gov < inf && gov < head && Rx.matches(ts.get(gov).tag(), "VERB|AUX")) {
                head = gov;
                continue;
            }
            break;
        }
        // (the modal is the refused sending's: "said he would not send troops to help Poland if it were attacked" refuses the help)
        if (sendRefused) hypothetical = false;
        // ("amid fears that Moscow could move troops", "the prospect that China invades Taiwan": so in a clause after such a noun)
        // (the clause ends at a subordinator or comma: "The prospect that Turkey will ratify rose after Erdogan met Biden")
        for (int k = t0 - 1; k > from && t0 - k <= 12; k--) {
            if (ts.get(k).is("that") && SPECULATION_THAT.contains(ts.get(k - 1).lower()) && ts.get(k - 1).tag().equals("NOUN")) hypothetical = true;
            if (Rx.matches(ts.get(k).text(), "[;:,]") || ts.get(k).tag().equals("SCONJ") && !ts.get(k).is("that")
                    || Rx.matches(ts.get(k).lower(), "after|before|since|until|when|while|because|although|though")) break;
        }
        // ("Rumours of an alliance between Russia and the Taliban", "the prospect of talks with Moscow": an event noun after a
        // noun of speculation is not said to be so)
        if (!Rx.matches(ts.get(t0).tag(), "VERB|AUX")) {
            int k = t0 - 1;
            while (k > 0 && Rx.matches(ts.get(k).tag(), "DET|ADJ|NUM")) k--;
            if (k > 0 && ts.get(k).is("of") && SPECULATION.contains(ts.get(k - 1).lower())) hypothetical = true;
            // ("a possible Chinese attack on Taiwan", "the planned sale of F-35s": an event still to come or only weighed;
            // "any American attack on Iranian soil would be met …", "would respond to any new strike": one not yet made)
            for (int j = t0 - 1; j >= 0 && t0 - j <= 5 && Rx.matches(ts.get(j).tag(), "DET|ADJ|NUM|PROPN|NOUN|PUNCT")
                    && !Rx.matches(ts.get(j).text(), "[,;:()\"“”]"); j--) {
                String w = ts.get(j).lower();
                if (IRREALIS_MODIFIERS.contains(w)) hypothetical = true;
                else if (w.equals("any") && (modalAfter(ts, t0) || j > 0 && ts.get(j - 1).is("to") && j > 1 && Rx.matches(ts.get(j - 2).lemma(), "respond|retaliate|react")
                        || j > 0 && Rx.matches(ts.get(j - 1).lemma(), "deter|prevent|repel|resist|against"))) hypothetical = true;
                if (ts.get(j).tag().equals("DET")) break;
            }
        }
        // "wants to arm", "threatening to attack", "plans to join": an intention, not an act.
        for (int k = Math.max(0, t0 - 4); k + 1 < t0; k++) {
            if (INTENT.contains(ts.get(k).lemma()) && ts.get(k + 1).is("to")) hypothetical = true;
        }
        if (deliberated(ts, t0)) hypothetical = true;
        // (a question asks only what follows the last semicolon before it: "Ukraine says it used ATACMS to strike …; can you confirm …?")
        if (s.text().strip().endsWith("?") && (!semicolonBetween(ts, t0, ts.size()) || askedClause(ts, t0))) hypothetical = true;
        // "warned Washington against selling weapons to Taiwan": what one is warned against is not done.
        if (t0 > 1 && ts.get(t0).lower().endsWith("ing") && ts.get(t0 - 1).is("against")) {
            for (int k = t0 - 2; k >= 0 && t0 - k <= 14; k--) if (Rx.matches(ts.get(k).lemma(), "warn|caution|advise|counsel")) hypothetical = true;
        }
        // "Tillerson is due in Moscow next week": what is scheduled is yet to happen.
        for (int k = Math.max(1, from); k < t0; k++) if (ts.get(k).is("due") && ts.get(k - 1).lemma().equals("be")) hypothetical = true;
        // "a Chinese attack on Taiwan is unlikely", "… is possible": a judgement of likelihood after the trigger.
        for (int k = t0 + 1; k + 1 < ts.size() && k - t0 <= 10; k++) {
            if (ts.get(k).lemma().equals("be") && LIKELIHOOD.contains(ts.get(k + 1).lower())) hypothetical = true;
            if (clauseBoundary(ts, k)) break;
        }
        // "Poland is considering sending troops": an act weighed, not done.
        if (t0 > 0 && ts.get(t0).lower().endsWith("ing") && DELIBERATE.contains(ts.get(t0 - 1).lemma())) hypothetical = true;
        // "Macron did not rule out sending troops", "refused to rule out using force": an act left possible; "ruled out sending
        // troops": one excluded.
        if (t0 > 1 && ts.get(t0).lower().endsWith("ing") && ts.get(t0 - 1).is("out") && Rx.matches(ts.get(t0 - 2).lower(), "rule|rules|ruled|ruling")) {
            boolean kept = negatedVerb(ts, t0 - 2);
            // (in the verb group only: "did not elaborate but ruled out sending" excludes it)
            int k = t0 - 3;
            while (k >= 0 && !kept && (Rx.matches(ts.get(k).tag(), "ADV|AUX|PART") || ts.get(k).is("to"))) {
                if (NEGATION.contains(ts.get(k).lower())) kept = true;
                if (ts.get(k).is("to") && k > 0 && (FAIL.contains(ts.get(k - 1).lemma()) || FAIL.contains(ts.get(k - 1).lower().replaceAll("(d|s|ed)$", "")))) kept = true;
                k--;
            }
            if (kept) hypothetical = true;
            else negated = true;
        }
        // ("began talks on cooperating with AUKUS", "a proposal for sending troops": an act under discussion is not yet done)
        if (t0 > 1 && ts.get(t0).lower().endsWith("ing") && Rx.matches(ts.get(t0 - 1).lower(), "on|about|over|for")) {
            // (past a time adjunct: "began talks in 2024 on cooperating")
            int ta = timeAdjunctStart(ts, t0 - 1), n = ta > 0 ? ta - 1 : t0 - 2;
            if (Rx.matches(ts.get(n).lower(), "talks|negotiations|discussions|consultations|plans?|proposals?|ideas?|options?|debates?|calls?"))
                hypothetical = true;
        }
        // "abstained from condemning", "refrained from backing", "avoided criticising": an act not done.
        if (t0 > 1 && ts.get(t0).lower().endsWith("ing")) {
            int g = ts.get(t0 - 1).is("from") || ts.get(t0 - 1).is("of") ? t0 - 2 : t0 - 1;
            if (g >= 0 && (ABSTAIN.contains(ts.get(g).lemma()) || ts.get(g).is("short"))) negated = true;
        }
        // "Hungary blocked an EU aid package for Kyiv", "vetoed sanctions on Russia": a prevented measure did not happen.
        // ("Russia and China have blocked Kosovo from joining the United Nations": one kept from an act did not do it)
        // (unless the keeping is itself only meant: "threatened to block Sweden from joining")
        int keeper = preventer(ts, t0);
        // ("Turkey stopped blocking Sweden from joining NATO": a keeping that ended says nothing of the act)
        if (keeper > 0 && Rx.matches(ts.get(keeper - 1).lemma(), "stop|cease|quit|end|drop|abandon|lift")) hypothetical = true;
        else if (keeper > 0 && ts.get(t0 - 1).is("from") && ts.get(t0).lower().endsWith("ing") && !ts.get(keeper - 1).is("to")
                && !HYPOTHETICAL_MODAL.contains(ts.get(keeper - 1).lower())) negated = true;
        else if (keeper >= 0 && !ending(ts, keeper)) hypothetical = true;
        // "acted to protect its citizens rather than to defend Israel", "instead of backing Kyiv": the alternative not taken.
        for (int k = Math.max(1, t0 - 4); k < t0; k++) {
            if (ts.get(k - 1).is("rather") && ts.get(k).is("than") || ts.get(k - 1).is("instead") && ts.get(k).is("of")) {
                negated = true;
                hypothetical = false;
            }
        }
        // "threatened Ankara with sanctions": not yet imposed.
        if (!ts.get(t0).tag().equals("VERB") && threatWith(ts, t0) >= 0) hypothetical = true;
        // "Moscow suspended arms control talks with Washington": the activity is off.
        int light = ts.get(t0).tag().equals("VERB") ? -1 : lightVerbBefore(ts, t0);
        // (not what the ending is done with: "ended decades of hostility with a peace deal")
        // ("France will end its military cooperation with Niger", "Tehran could end its cooperation with the IAEA": what is still
        // to be ended holds now)
        boolean endingAhead = light > 0 && (ahead(ts.get(light - 1)) || ts.get(light - 1).is("to")
                || light > 1 && (Rx.matches(ts.get(light - 1).tag(), "ADV|PART") || NEGATION.contains(ts.get(light - 1).lower())) && ahead(ts.get(light - 2)));
        if (light >= 0 && ending(ts, light) && withBefore(ts, t0) < 0 && !endingAhead) {
            negated = true;
            // ("has rejected any talks with Washington": a rejection of the act itself, not a statement denying it)
            if (light == speech) {
                deny = false;
                claimant = null;
            }
        }
        // "Russia allegedly supplied weapons", "reportedly": the writer passes on what others say.
        if (hearsay(ts, from, t0 + 1)) reported = true;
        // (the modal is the ending's: the relation to be ended holds now)
        if (endingAhead && ending(ts, light) && light == t0 - 1 - countPossessive(ts, light, t0)) {
            hypothetical = false;
            // ("Russia would never end its support for Syria": the support goes on)
            if (negatedVerb(ts, light)) negated = false;
        }
        String stance;
        // (a claim whose claimant the text does not name, or names but the graph does not list)
        Node sourceless = !reported ? null : unlisted && unlistedSpeakers != null ? unlistedSpeakers : unnamedSources;
        if (!hypothetical && !normative && claimant == null && sourceless != null) claimant = sourceless;
        if (hypothetical) stance = "hypothetical";
        else if (normative) stance = "normative";
        else if (deny ^ negated) stance = claimant != null || negated ? "denied" : "asserted";
        else if (claimant != null) stance = "claimed";
        else stance = "asserted";
        if (stance.equals("denied") && claimant == null && deny) stance = "asserted";
        // "accused by India and the United States", "Britain and France said": each of the coordinated speakers claims it.
        List<Node> co = new ArrayList<>();
        if (claimant != null && speakerMention != null && (stance.equals("claimed") || stance.equals("denied"))) {
            List<Mention> group = new ArrayList<>(coordinatedLeft(ms, ts, speakerMention));
            group.addAll(rightMentions(ms, ts, speakerMention.from(), Set.of(), 0));
            // (after the trigger, only the names after the comma that closes the reported clause)
            int closing = -1;
            if (speech > t0) for (int j = t0; j < speech; j++) if (ts.get(j).text().equals(",")) closing = j;
            for (Mention m : group) {
                if (m.from() <= closing) continue;
                Node e = actorOf(m);
                if (!e.equals(claimant) && !co.contains(e) && index.isA(e, ENT.Actor)) co.add(e);
            }
        }
        return new Stance(stance, claimant, co);
    }

    /** Whether ", and" or ", but" and a name open a new clause between {@code from} and {@code to}. */
    private static boolean newClauseBetween(List<Token> ts, List<Mention> ms, int from, int to) {
        for (int j = from + 1; j + 2 < to; j++) {
            if (!ts.get(j).text().equals(",") || !Rx.matches(ts.get(j + 1).lower(), "and|but")) continue;
            int n = j + 2;
            if (ts.get(n).tag().equals("DET")) n++;
            final int at = n;
            if (ms.stream().anyMatch(m -> m.from() == at && m.to() <= to)) return true;
        }
        return false;
    }

    private static boolean timeClauseBetween(List<Token> ts, int from, int to) {
        for (int j = from + 2; j < to; j++) if (Rx.matches(ts.get(j).lower(), "before|after|until|when|since") && !ts.get(j).tag().equals("ADV")) return true;
        return false;
    }

    /**
     * Whether the verb of saying at {@code k}, after the trigger at {@code t0}, is the verb of an adverbial clause: a
     * subordinating conjunction and a short subject before it, with no comma or other verb between ("…, after police said",
     * "… when Kyiv's foreign ministry announced").
     */
    private static boolean subordinateSpeaker(List<Token> ts, int t0, int k) {
        for (int j = k - 1; j > t0 && k - j <= 6; j--) {
            Token w = ts.get(j);
            if (SUBORDINATORS.contains(w.lower()) && !w.tag().equals("ADV")) return j < k - 1;
            if (w.text().equals(",") || Rx.matches(w.tag(), "VERB|PUNCT")) return false;
        }
        return false;
    }

    /** Participles that narrate a reaction or a result ("…, prompting sanctions", "…, sparking protests"). */
    private static final Set<String> CONSEQUENCES = Set.of("prompting", "triggering", "sparking", "provoking", "drawing", "spurring", "forcing");

    /** Whether a participle of consequence after a comma opens the clause holding {@code t0}, after the verb of saying at {@code k}. */
    private static boolean consequenceBetween(List<Token> ts, int k, int t0) {
        for (int j = k + 2; j <= t0; j++) {
            if (!CONSEQUENCES.contains(ts.get(j).lower()) || !ts.get(j - 1).text().equals(",")) continue;
            // (not a participle set off inside the reported clause: "Russian troops, drawing on reinforcements, had attacked …")
            boolean closed = false;
            for (int c = j + 1; c + 1 < t0; c++) if (ts.get(c).text().equals(",") && Rx.matches(ts.get(c + 1).tag(), "AUX|VERB")) closed = true;
            if (!closed) return true;
        }
        return false;
    }

    /**
     * Whether the act at {@code t0} (or the light verb carrying it) is a gerund under a verb of deliberation: "China is considering
     * providing lethal support to Russia", "weighing sending troops": a deliberated act is not done.
     */
    private static boolean deliberated(List<Token> ts, int t0) {
        int v = ts.get(t0).lower().endsWith("ing") ? t0 : lightVerbBefore(ts, t0);
        int b = v - 1;
        while (b > 0 && ts.get(b).tag().equals("ADV")) b--;
        return v > 0 && b >= 0 && ts.get(v).lower().endsWith("ing") && Rx.matches(ts.get(b).lemma(), "consider|weigh|mull|contemplate|explore|discuss|debate|study");
    }

    /**
     * Whether a passive verb of a military operation ("had been intercepted", "were carried out") stands between {@code from} and
     * {@code to}: an operation whose doer is left out of a speaker's words is their own side's (not what "was built with help from").
     */
    private static boolean passiveBetween(List<Token> ts, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (!ts.get(k).lemma().equals("be")) continue;
            int v = k + 1;
            while (v < to && ts.get(v).tag().equals("ADV")) v++;
            if (v < to && ts.get(v).tag().equals("VERB") && !ts.get(v).lower().endsWith("ing")
                    && Rx.matches(ts.get(v).lemma(), "intercept|carry|conduct|launch|execute|repel|repulse|shoot|down|destroy|defeat|stage|mount|complete|rescue|evacuate|free|recapture|retake|liberate")) return true;
        }
        return false;
    }

    /** Whether ", while" or ", whereas" stands between {@code from} and {@code to}. */
    private static boolean contrastBetween(List<Token> ts, int from, int to) {
        for (int j = from + 1; j + 1 < to; j++) if (ts.get(j).text().equals(",") && Rx.matches(ts.get(j + 1).lower(), "while|whereas")) return true;
        return false;
    }

    /**
     * Whether the trigger at {@code t0} stands inside a relative clause (", whose", ", which", ", who") that opens after k and
     * has not closed: "according to Kuwait's foreign minister, whose government had mediated …", but not "According to
     * Ukraine, which has accused Moscow of war crimes, Russia attacked …".
     */
    private static boolean relativeAfter(List<Token> ts, int k, int t0) {
        int open = -1;
        for (int j = k + 1; j + 1 < t0; j++) {
            if (!ts.get(j).text().equals(",")) continue;
            if (Rx.matches(ts.get(j + 1).lower(), "whose|which|who")) open = j;
            else if (open >= 0) open = -1; // the relative clause closed before the trigger
        }
        return open >= 0;
    }

    /**
     * Whether a coordinated clause that reports a figure (", and the conflict has killed 5,000 people") opens between t0 and k,
     * so that a source at the end ("…, according to the UN") speaks for the figure only. Without a figure the source speaks
     * for the whole sentence ("Iran supplied drones to Russia, and Russia used them …, according to the US"). One pass.
     */
    private static boolean clauseAfter(List<Token> ts, int t0, int k) {
        boolean opened = false, verb = false;
        for (int j = t0 + 1; j < k; j++) {
            Token t = ts.get(j);
            if (Rx.matches(t.text(), "[,;]") && j + 1 < k && Rx.matches(ts.get(j + 1).lower(), "and|but|while|whereas|yet|;")) {
                opened = true;
                verb = false;
            } else if (opened && Rx.matches(t.tag(), "VERB|AUX")) verb = true;
            else if (opened && verb && t.tag().equals("NUM")) return true;
        }
        return false;
    }

    private static boolean coordinatedClause(List<Token> ts, int t0, int k) {
        for (int j = k - 1; j > t0; j--) {
            if (!ts.get(j).text().equals(",")) continue;
            // (", but Lukashenko, a close ally of Putin, insists": past the speaker's apposition)
            int open = j == k - 1 ? appositionOpen(ts, j) : -1;
            if (open > t0) {
                j = open;
                continue;
            }
            // (", though he and U.S. officials have said …": a concessive clause too)
            return j + 1 < k && Rx.matches(ts.get(j + 1).lower(), "and|but|while|whereas|yet|though|although");
        }
        return false;
    }

    /** For a comma that closes an apposition or relative clause (", a close ally of Putin,"), the comma that opens it, or -1. */
    private static int appositionOpen(List<Token> ts, int close) {
        // (a relative clause may run longer than an apposition)
        for (int j = close - 2; j >= 1 && close - j <= 24; j--) {
            if (!ts.get(j).text().equals(",")) continue;
            String w = ts.get(j + 1).lower();
            boolean opens = Rx.matches(w, "who|which|whose") || Rx.matches(w, "a|an|the") && close - j <= 12;
            return opens && Rx.matches(ts.get(j - 1).tag(), "PROPN|NOUN") ? j : -1;
        }
        return -1;
    }

    /**
     * Whether the trigger at {@code t0} lies in a relative clause (", who …", ", which …") opened with no comma between it
     * and the trigger, and closed by a comma before {@code k}: "Lukashenko, who allowed Russia to use his country's territory
     * to launch its invasion of Ukraine, told Putin …".
     */
    private static boolean insideRelativeBefore(List<Token> ts, int t0, int k) {
        for (int j = t0 - 1; j > 0 && t0 - j <= 20; j--) {
            String w = ts.get(j).text();
            if (Rx.matches(w, "[,;:\"“”]")) return false;
            if (Rx.matches(ts.get(j).lower(), "who|which|whose") && ts.get(j - 1).text().equals(",")) return nextComma(ts, t0 + 1, k) >= 0;
        }
        return false;
    }

    /** Whether the verb at {@code verb} opens a relative clause (", which …,", ", who …,") that closes before {@code end}. */
    private static boolean inClosedRelative(List<Token> ts, int verb, int end) {
        int rel = -1;
        // (over the relative clause's own subject: "The M23, which U.N. experts say is backed by Rwanda, captured Goma")
        boolean subject = false;
        for (int j = verb - 1; j > 0 && verb - j <= 6; j--) {
            if (RELATIVE.contains(ts.get(j).lower()) && !ts.get(j).is("that") && ts.get(j - 1).text().equals(",")) {
                rel = j;
                break;
            }
            if (Rx.matches(ts.get(j).tag(), "ADV|AUX") && !subject) continue;
            // (the tokenizer's full stop of an abbreviation inside the name: "U.N/PROPN ./PUNCT experts")
            if (!(Rx.matches(ts.get(j).tag(), "PROPN|NOUN|ADJ|DET|NUM") || ts.get(j).is(".") && j > 0 && ts.get(j - 1).tag().equals("PROPN"))
                    || RELATIVE.contains(ts.get(j).lower())) break;
            subject = true;
        }
        if (rel < 0) return false;
        return nextComma(ts, verb + 1, end) >= 0;
    }

    /** The verb of the trigger's clause: the trigger itself, or the verb that carries an event noun. */
    private static int clauseVerb(List<Token> ts, int t0) {
        if (Rx.matches(ts.get(t0).tag(), "VERB|AUX")) return t0;
        int v = Math.max(lightVerbBefore(ts, t0), governingVerb(ts, t0));
        return v >= 0 ? v : t0;
    }

    /**
     * Whether the office title starting at {@code from} is a former one ("Ukraine's former defence minister", "the ex-foreign
     * minister") or names someone else by it ("the wife of the Iranian foreign minister", "an aide to the defence minister").
     */
    private static final Set<String> OTHER_PERSON = Set.of("wife", "husband", "son", "daughter", "brother", "sister", "father", "mother",
            "nephew", "niece", "cousin", "relative", "relatives", "family", "widow", "friend", "rival", "critic", "critics", "successor",
            "predecessor", "deputy", "bodyguard", "bodyguards", "son-in-law", "children", "sons", "daughters", "opponent", "opponents");

    private static boolean formerOrRelative(List<Token> ts, int from) {
        for (int k = from - 1; k >= 0 && from - k <= 4; k--) {
            String w = ts.get(k).lower();
            if (Rx.matches(w, "former|ex|ex-|erstwhile|onetime|one-time|previous|late")) return true;
            if ((w.equals("of") || w.equals("to")) && k > 0 && OTHER_PERSON.contains(ts.get(k - 1).lower())) return true;
            if (!Rx.matches(ts.get(k).tag(), "DET|ADJ|PROPN|PART") && !Rx.matches(w, "'s|’s|-")) return false;
        }
        return false;
    }

    /** Whether ", a|an|the NOUN that|which" opens after {@code k} and stays open up to {@code t0}. */
    private static boolean appositiveRelativeBetween(List<Token> ts, int k, int t0) {
        // (commas of a list of subjects may stand inside it: "a group that Ankara, the EU and the US designate")
        for (int j = t0 - 1; j > k + 3 && t0 - j <= 15; j--) {
            if (Rx.matches(ts.get(j).text(), "[;:]")) return false;
            if (Rx.matches(ts.get(j).lower(), "that|which") && ts.get(j - 1).tag().equals("NOUN") && Rx.matches(ts.get(j - 2).lower(), "a|an|the")
                    && ts.get(j - 3).text().equals(",")) return true;
            // (and with no pronoun: "…, a practice Maduro agreed to when he met …")
            if (ts.get(j).tag().equals("PROPN") && ts.get(j - 1).tag().equals("NOUN") && Rx.matches(ts.get(j - 2).lower(), "a|an")
                    && ts.get(j - 3).text().equals(",")) return true;
        }
        return false;
    }

    /** What a denial names when it rejects a charge made before: "rejected the charge", "denied any involvement". */
    private static final Set<String> REJECTED_NOUNS = Set.of("charge", "charges", "accusation", "accusations", "allegation", "allegations",
            "claim", "claims", "report", "reports", "involvement", "role", "part", "responsibility", "hand", "link", "links", "suggestion", "suggestions", "assertion", "assertions");

    /**
     * "Kremlin spokesman Dmitry Peskov rejected the charge", "Moscow denied any involvement": a denial of a charge made in this
     * sentence's two predecessors, by a speaker who is a side of the claimed fact (or speaks for one), denies that fact.
     */
    private List<Candidate> chargesRejected(Sentence s, List<Mention> ms, Discourse d, Article a) {
        if (d.claims.isEmpty()) return List.of();
        List<Token> ts = s.tokens();
        List<Candidate> out = new ArrayList<>();
        for (int k = 1; k + 1 < ts.size(); k++) {
            if (!DENY.contains(ts.get(k).lemma()) || !Rx.matches(ts.get(k).tag(), "VERB|NOUN")) continue;
            int j = k + 1;
            while (j < ts.size() && j - k <= 4 && (Rx.matches(ts.get(j).tag(), "DET|ADJ") || Rx.matches(ts.get(j).lower(), "any|all|such|these|those|the")))
                j++;
            if (j >= ts.size() || !REJECTED_NOUNS.contains(ts.get(j).lower())) continue;
            // (the charges of a named other: "rejected Kyiv's claims" are Kyiv's, named here)
            if (j + 1 < ts.size() && Rx.matches(ts.get(j + 1).lower(), "of|by|that|from|in|over|about|regarding|on")) continue;
            Mention speaker = left(ms, ts, k);
            if (speaker == null) continue;
            Node who = actorOf(speaker);
            Node side = sideOf(who);
            for (int i = d.claims.size() - 1; i >= 0; i--) {
                Claim c = d.claims.get(i);
                if (s.index() - c.sentence() > 2 || c.sentence() >= s.index()) continue;
                if (!(side.equals(c.subject()) || side.equals(c.object()) || who.equals(c.subject()))) continue;
                // (a side never denies what it claimed itself: "Ukraine said Russia struck a market. … Kyiv rejected the claims")
                if (c.claimant() != null && (c.claimant().equals(who) || c.claimant().equals(side) || side.equals(gaz.stateOf(c.claimant())))) continue;
                Fact f = new Fact("(extracted)", s.index() + 1, a.id(), label(c.subject()), c.relation(), label(c.object()),
                        null, null, null, c.type(), "denied", label(who), s.text().strip(), 0.55, "deny-charge");
                Candidate denial = checked(f, s, c.subject(), c.object(), who);
                if (denial != null) out.add(denial);
            }
        }
        return out;
    }

    /** Whether a passive charge with no accuser stands before {@code t0} ("has been accused of", "is suspected of"). */
    private static boolean passiveChargeBefore(List<Token> ts, int t0) {
        for (int k = 1; k < t0; k++) {
            if (Rx.matches(ts.get(k).lower(), "accused|suspected|alleged|blamed") && Rx.matches(ts.get(k - 1).lower(), "been|is|was|are|were|being")
                    && !(k + 1 < ts.size() && ts.get(k + 1).is("by"))) return true;
        }
        return false;
    }

    /** The states named inside an agreement's description in apposition as parties to it ("…, the US-Russian arms control treaty"). */
    private List<Candidate> partiesInDescription(Sentence s, List<Mention> ms, int t0, Discourse d, Article a, Mention agreement, double conf) {
        Pattern parties = patterns.stream().filter(q -> q.id().equals("pact-parties")).findFirst().orElse(null);
        if (parties == null) return List.of();
        List<Mention> states = new ArrayList<>();
        for (Mention m : ms) if (m.from() > agreement.to() && m.to() <= t0 && index.isA(actorOf(m), ENT.State)) states.add(m);
        return states.isEmpty() ? List.of() : candidates(parties, s, ms, t0, d, a, states, List.of(agreement), conf - 0.1);
    }

    /** The named agreement right before the noun phrase at {@code t0}, set off by a comma ("New START, the last … treaty"), or null. */
    private Mention namedAgreementInApposition(List<Mention> ms, List<Token> ts, int t0) {
        int k = t0 - 1;
        // ("the last remaining/VERB US-Russian arms control/VERB treaty": a participle, or a noun the tagger took for a verb, among
        // the modifiers)
        while (k > 0 && !ts.get(k).text().equals(",") && t0 - k <= 10 && (Rx.matches(ts.get(k).tag(), "DET|ADJ|NOUN|PROPN|NUM|PUNCT")
                || ts.get(k).tag().equals("VERB") && (ts.get(k).lower().endsWith("ing") || ts.get(k + 1).tag().equals("NOUN")))) k--;
        if (k <= 0 || !ts.get(k).text().equals(",")) return null;
        Mention before = endingAt(ms, k);
        return before != null && index.isA(before.entity(), ENT.Agreement) ? before : null;
    }

    /** Common nouns that describe the name right after them: "the paramilitary Rapid Support Forces", "the militant group Hamas". */
    private static final Set<String> DESCRIPTORS = Set.of("paramilitary", "militant", "rebel", "separatist", "jihadist", "islamist", "insurgent",
            "guerrilla", "militia", "group", "movement", "organisation", "organization", "faction", "alliance", "bloc", "mercenary", "terrorist");

    /** Nouns of procedure that an infinitive purposes, not agents a causative makes act: "triggered the process to reimpose sanctions". */
    private static final Set<String> PROCESSES = Set.of("process", "procedure", "mechanism", "clause", "provision", "effort", "efforts", "bid",
            "move", "moves", "debate", "talks", "review", "investigation", "vote", "campaign", "drive", "push", "plan", "plans", "steps", "step",
            "measures", "action", "proceedings", "motion", "resolution", "bill", "law", "legislation", "order", "decree");

    /** Whether a place is named after the verb at {@code t0} behind "over", "in", "along" or "near" (a place or an unknown name). */
    private boolean placeNamedAfter(List<Mention> ms, List<Token> ts, int t0) {
        for (int k = t0 + 1; k + 1 < ts.size() && k - t0 <= 6; k++) {
            if (!Rx.matches(ts.get(k).lower(), "over|in|along|near")) continue;
            Mention m = startingAtOrNull(ms, k + 1);
            if (m != null ? index.isA(m.entity(), ENT.Place) : ts.get(k + 1).tag().equals("PROPN")) return true;
        }
        return false;
    }

    /** Whether the sentence speaks of arms or fighting: troops, borders, fire, the dead. */
    private static boolean militaryContext(List<Token> ts) {
        for (Token t : ts) {
            String w = t.lower();
            if (TROOP_WORDS.contains(w) || WEAPON_WORDS.contains(w) || STATE_CRAFT.contains(w) && !Rx.matches(w, "ministry|minister|ministers|leader|president|premier|state|delegation|negotiators|spokesman|spokeswoman|spokesperson|coalition")
                    || Rx.matches(w, "border|borders|frontier|army|armies|military|armed|killed|dead|wounded|shoal|reef|"
                    + "fire|gunfire|artillery|clashes|battle|battles|fighting|skirmish|skirmishes|militants|rebels|separatists|insurgents")) return true;
        }
        return false;
    }

    /** A modal or future auxiliary: what follows is still to come. */
    private static boolean ahead(Token t) {
        return HYPOTHETICAL_MODAL.contains(t.lower()) || Rx.matches(t.lower(), "will|'ll|shall|wo");
    }

    /** The tokens between the verb at {@code v} and the noun at {@code t0} that only qualify it ("its military", "their"). */
    private static int countPossessive(List<Token> ts, int v, int t0) {
        int n = 0;
        for (int k = v + 1; k < t0; k++) if (Rx.matches(ts.get(k).tag(), "DET|ADJ|PRON|NOUN") || Rx.matches(ts.get(k).lower(), "its|their|'s|’s")) n++;
        return n;
    }

    /** Modifiers of an event noun that make the event one still to come or only weighed ("a possible attack", "the planned sale"). */
    private static final Set<String> IRREALIS_MODIFIERS = Set.of("possible", "potential", "future", "planned", "proposed", "prospective",
            "eventual", "hypothetical", "contemplated", "mooted");

    /** Whether a modal verb follows the noun phrase of the event noun at {@code t0} in its clause ("any attack … would be met"). */
    private static boolean modalAfter(List<Token> ts, int t0) {
        for (int k = t0 + 1; k < ts.size() && k - t0 <= 8; k++) {
            Token t = ts.get(k);
            if (MODALS.contains(t.lower()) && !Rx.matches(t.lower(), "should|must")) return true;
            if (t.tag().equals("VERB") || Rx.matches(t.text(), "[,;:]")) return false;
        }
        return false;
    }

    /** Nouns of speculation whose "that" opens what is feared or weighed ("fears that …"), not a relative clause ("the plan that Russia proposed"). */
    private static final Set<String> SPECULATION_THAT = Set.of("rumour", "rumours", "rumor", "rumors", "prospect", "prospects", "possibility",
            "idea", "notion", "speculation", "fear", "fears", "hope", "hopes", "risk", "risks", "spectre", "specter", "chance", "chances", "likelihood",
            "danger");

    /** Nouns whose "of" phrase is not said to be so: "rumours of an alliance", "the prospect of talks". */
    private static final Set<String> SPECULATION = union(SPECULATION_THAT, Set.of("talk", "threat", "question", "dream", "vision", "proposal", "plan",
            "plans", "suggestion", "suggestions", "option"));

    /** Both sets of words as one. */
    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Verbs that make their object a commitment, not yet an act: "promised further deliveries of aircraft". */
    private static final Set<String> PROMISE = Set.of("promise", "propose", "vow");

    /** "until" later in the clause of the trigger at {@code t0}, within a dozen words: "did not ratify the protocol until January". */
    private static boolean untilLater(List<Token> ts, int t0) {
        for (int k = t0 + 1; k < ts.size() && k - t0 <= 12; k++) {
            if (ts.get(k).is("until")) return true;
            // (in the trigger's own clause: not "has not approved the bid and says it will not until …")
            if (Rx.matches(ts.get(k).text(), "[,;:]") || Rx.matches(ts.get(k).lower(), "and|but|or|while|whereas")) return false;
        }
        return false;
    }

    /** Whether a negation stands among the auxiliaries and adverbs right before the verb at {@code v} ("has never allowed"). */
    private static boolean negatedVerb(List<Token> ts, int v) {
        for (int k = v - 1; k >= 0 && v - k <= 4; k--) {
            if (NEGATION.contains(ts.get(k).lower())) return true;
            if (!Rx.matches(ts.get(k).tag(), "AUX|ADV|PART")) return false;
        }
        return false;
    }

    /** Whether token {@code k} is a verb, or a bare infinitive of an implicative verb after "help" or "to" whatever its tag. */
    private static boolean verbal(List<Token> ts, int k) {
        return ts.get(k).tag().equals("VERB") || k > 0 && IMPLICATIVE.contains(ts.get(k).lemma()) && !ts.get(k).tag().equals("NOUN")
                && (ts.get(k - 1).lemma().equals("help") || ts.get(k - 1).is("to"));
    }

    private static boolean implicative(Token verb) {
        // (a permission in the past, or one someone is accused of: "accused Minsk of allowing two helicopters to violate")
        return IMPLICATIVE.contains(verb.lemma()) || PERMISSIVE.contains(verb.lemma()) && (verb.lower().endsWith("ed") || verb.lower().endsWith("ing"));
    }

    /** The verb whose object phrase holds the event noun at {@code t0} ("to host direct talks"), or -1. */
    private static int governingVerb(List<Token> ts, int t0) {
        for (int k = t0 - 1; k >= 0 && t0 - k <= 5; k--) {
            Token t = ts.get(k);
            // ("join arms control/VERB talks": a word between nouns of one noun phrase is no verb)
            if (t.tag().equals("VERB") && k > 0 && k + 1 <= t0 && ts.get(k - 1).tag().equals("NOUN") && ts.get(k + 1).tag().equals("NOUN")
                    && !t.lower().endsWith("ed")) continue;
            // ("used Iranian-made drones to attack": a participle in a hyphenated modifier is no verb)
            if (t.tag().equals("VERB") && k > 0 && ts.get(k - 1).is("-")) continue;
            if (t.tag().equals("VERB")) return k;
            if (!Rx.matches(t.tag(), "DET|ADJ|NOUN|NUM|ADV|PROPN") && !t.is("-")) return -1;
        }
        return -1;
    }

    /**
     * The verb whose clause an adjunct noun phrase at {@code t0} belongs to: talks or a meeting "for" which one goes
     * somewhere ("visited Riyadh for talks with"), a breach "in" which one acts ("used the corridor, in breach of the
     * deal"); or -1. Reads leftwards over the verb's object and places, and over one comma before the adjunct.
     */
    private static int adjunctVerb(List<Token> ts, int t0, String relation) {
        int prep = t0 - 1;
        while (prep > 0 && Rx.matches(ts.get(prep).tag(), "DET|ADJ")) prep--;
        if (prep < 1) return -1;
        boolean purpose = ts.get(prep).is("for") && (relation.equals("negotiatesWith") || relation.equals("meetsWith"));
        // ("in breach of the deal"; "opened fire in solidarity with Hamas", "attacked ships in support of Gaza")
        boolean manner = ts.get(prep).is("in") && (relation.equals("violates")
                || relation.equals("supports") && prep == t0 - 1 && Rx.matches(ts.get(t0).lower(), "solidarity|support"));
        if (!purpose && !manner) return -1;
        int k = prep - 1;
        if (manner && ts.get(k).text().equals(",")) k--;
        for (; k >= 0 && prep - k <= 12; k--) {
            Token t = ts.get(k);
            if (t.tag().equals("VERB") || t.tag().equals("AUX")) return k;
            // ("is due in Moscow": the copula before an adjective)
            if (t.tag().equals("ADJ") && k > 0 && ts.get(k - 1).tag().equals("AUX")) return k - 1;
            if (!Rx.matches(t.tag(), "DET|ADJ|NOUN|NUM|ADV|PROPN|ADP|PRON") || t.is("that") || t.is("which") || t.is("who")) return -1;
        }
        return -1;
    }

    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
            "bombing", "bombings", "bombardment", "shelling", "invasion", "incursion", "incursions", "assault", "offensive", "barrage", "shootdown",
            "shoot-down", "downing");

    /**
     * Whether words that judge harshly ("unjustified", "an act of war") follow in the {@code window} tokens from {@code from},
     * before any that excuse ("legitimate", "self-defence") and not negated ("not illegal").
     */
    private static boolean harshAfter(List<Token> ts, int from, int window) {
        for (int k = from; k < ts.size() && k - from < window; k++) {
            String w = ts.get(k).lower();
            if (Rx.matches(w, "legitimate|justified|necessary|lawful|proportionate|self-defence|self-defense|understandable")) return false;
            if ((CONDEMNING_WORDS.contains(w) || w.equals("act") && k + 2 < ts.size() && ts.get(k + 1).is("of")
                    && Rx.matches(ts.get(k + 2).lower(), "war|aggression|terror|terrorism|piracy|provocation")) && !Rx.matches(ts.get(k - 1).lower(), "not|no|never"))
                return true;
        }
        return false;
    }

    /** What someone says or holds that can be judged: "Moscow's nuclear rhetoric", "Beijing's remarks". */
    private static final Set<String> STANCE_THINGS = Set.of("rhetoric", "remarks", "remark", "comments", "comment", "statement", "statements",
            "words", "behaviour", "behavior", "conduct", "policy", "policies", "stance", "position", "threats", "threat", "demands", "claims",
            "provocations", "ultimatum", "decree", "law", "referendum", "sales", "deployment", "buildup", "build-up", "militarisation",
            "militarization", "activities", "operations", "tariffs");

    /**
     * Whether the complement right after a judged noun phrase judges harshly: "“dangerous and reckless”", "as a dangerous
     * provocation", "an act of war"; over articles, adverbs, adjectives and "as" only, so that the judgement is the complement's.
     */
    private static boolean harshComplement(List<Token> ts, int from) {
        // (over the noun's own phrase, up to where a new noun phrase follows a noun: "Washington's arms sales to Taiwan a dangerous
        // provocation", "Lithuania's decision to let Taiwan open an office a flagrant violation")
        if (from + 1 < ts.size() && (ts.get(from).tag().equals("ADP") || ts.get(from).is("to")) && !ts.get(from).is("as")) {
            int k = from + 1;
            while (k < ts.size() && k - from <= 10) {
                if (Rx.matches(ts.get(k).text(), "[,;:.]")) return false;
                if (k > from + 1 && (nounLike(ts.get(k - 1)) || ts.get(k - 1).tag().equals("PROPN"))
                        && (Rx.matches(ts.get(k).tag(), "DET|ADJ") || ts.get(k).is("as") || QUOTES.contains(ts.get(k).text())))
                    break;
                k++;
            }
            from = k;
        }
        for (int k = from; k < ts.size() && k - from <= 6; k++) {
            Token t = ts.get(k);
            String w = t.lower();
            if (CONDEMNING_WORDS.contains(w) && !Rx.matches(ts.get(k - 1).lower(), "not|no|never")) return true;
            if (w.equals("act") && k + 2 < ts.size() && ts.get(k + 1).is("of")) return harshAfter(ts, k, 3);
            if (QUOTES.contains(t.text()) || w.equals("as") || w.equals("and") || w.equals(",") || Rx.matches(t.tag(), "DET|ADV|ADJ")) continue;
            return false;
        }
        return false;
    }

    /** Relations that report an act someone can condemn. */
    private static final Set<String> ACTS = Set.of("sanctions", "withdrawsFrom", "annexes", "occupies", "violates", "violatesAirspaceOf",
            "armsOrFunds", "attacks");

    /** Words that judge an act harshly: "called the move unjustified", "described the strikes as an act of war". */
    private static final Set<String> CONDEMNING_WORDS = Set.of("unjustified", "illegal", "unlawful", "illegitimate", "irresponsible", "provocation",
            "provocative", "aggression", "aggressive", "war", "violation", "betrayal", "arrogance", "absurd", "outrageous", "unacceptable", "dangerous",
            "reckless", "manipulation", "blackmail", "interference", "hostile", "mistake", "cynical", "unfair", "unreasonable", "escalation", "crime",
            "crimes", "terrorism", "genocide", "piracy", "bullying", "coercion", "destabilising", "destabilizing", "hypocritical", "hypocrisy",
            "wrong", "baseless", "groundless", "insult", "affront", "assault", "contempt", "shameful", "disgraceful", "barbaric",
            "criminal", "brazen", "flagrant", "blatant", "provocations", "terrorist", "barbarism", "atrocity", "massacre");

    /** Acts named before that a later "the move", "the decision" may stand for, whatever the act. */
    private static final Set<String> GENERIC_ACTS = Set.of("move", "decision", "step", "measure", "measures", "action", "actions", "announcement");
    /** Nouns of acts a later sentence may name again ("launched exercises …", "condemned the drills"), by a shared key. */
    private static final Map<String, String> ACT_KEYS = actKeys();

    private static Map<String, String> actKeys() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames")) m.put(w, "drills");
        for (String w : List.of("sanctions", "tariffs", "duties", "embargo", "ban", "restrictions")) m.put(w, "sanctions");
        for (String w : List.of("sale", "sales", "deliveries", "delivery", "shipment", "shipments", "package")) m.put(w, "sale");
        for (String w : List.of("expulsion", "expulsions")) m.put(w, "expulsion");
        for (String w : List.of("meeting", "summit", "gathering")) m.put(w, "meeting");
        for (String w : List.of("deal", "agreement", "accord", "memorandum", "pact")) m.put(w, "deal");
        for (String w : List.of("deployment", "incursion", "incursions", "invasion", "offensive", "operation", "annexation", "seizure", "blockade",
                "withdrawal")) m.put(w, w);
        for (String w : ATTACK_NOUNS) m.put(w, "attack");
        return m;
    }

    /**
     * Who did the act the object at {@code t1} names again ("the move", "these drills", "the new sanctions"): the doers of the
     * latest act of that kind (of any kind for "the move") in this sentence or the two before, or none.
     */
    private List<Node> actInView(List<Mention> ms, List<Token> ts, int t1, Discourse d, int sentence, List<Mention> judges) {
        // (an act the judges did themselves is not the one they judge: "India struck sites in Pakistan. Islamabad said it shot down
        // Indian jets and described the strikes as an act of war")
        Set<Node> own = new HashSet<>();
        for (Mention m : judges) {
            own.add(actorOf(m));
            if (gaz.stateOf(actorOf(m)) != null) own.add(gaz.stateOf(actorOf(m)));
        }
        return actInView(ms, ts, t1, d, sentence, own);
    }

    private static List<Node> actInView(List<Mention> ms, List<Token> ts, int t1, Discourse d, int sentence, Set<Node> own) {
        int k = t1;
        if (k >= ts.size() || !Rx.matches(ts.get(k).lower(), "the|this|that|these|those")) return List.of();
        k++;
        for (int n = 0; k < ts.size() && n < 6; k++, n++) {
            if (startingAtOrNull(ms, k) != null) return List.of();
            String w = ts.get(k).lower();
            String key = GENERIC_ACTS.contains(w) ? "*" : ACT_KEYS.get(w);
            if (key != null) {
                // (nor a noun with its own sides or a possessive: "the talks between Beijing and Kyiv", "the summit's Western critics")
                if (k + 1 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "on|against|by|of|to|from|between|with|'s|’s")) return List.of();
                // ("triggered the process to reimpose United Nations sanctions … called the move unjustified": a generic noun names
                // what the clause's doer did, before the acts named inside it)
                if (key.equals("*")) {
                    for (int i = d.acts.size() - 1; i >= 0; i--) {
                        Act act = d.acts.get(i);
                        if (sentence - act.sentence() > 1) break;
                        if (act.sentence() < sentence && Rx.matches(act.noun(), "\\(clause\\)|\\(act\\)|attack") && !own.containsAll(act.actors()))
                            return act.actors();
                    }
                }
                for (int i = d.acts.size() - 1; i >= 0; i--) {
                    Act act = d.acts.get(i);
                    if (sentence - act.sentence() > 2) break;
                    if (act.sentence() > sentence) continue;
                    // ("Chinese coast guard personnel boarded Philippine boats. Washington condemned the actions": any clause's doer
                    // for a generic noun, from the sentence just before)
                    if (act.noun().equals("(clause)") && !(key.equals("*") && sentence - act.sentence() == 1)) continue;
                    // ("the operation", "the offensive" after strikes: a military operation is the attack in view)
                    // (not any act: "imposed sanctions …. Egypt condemned the attacks" are not the sanctions)
                    boolean military = Rx.matches(key, "attack|operation|offensive") && act.noun().equals("attack");
                    if ((key.equals("*") || key.equals(act.noun()) || military) && !own.containsAll(act.actors()))
                        return act.actors();
                }
                return List.of();
            }
            if (!(Rx.matches(ts.get(k).tag(), "ADJ|NOUN|NUM") || Rx.matches(w, "-|\"|“|”|and|,"))) return List.of();
        }
        return List.of();
    }

    /**
     * Notes the acts a sentence names with a noun after its main verb, done by its subjects ("China's military launched two
     * days of large-scale exercises around Taiwan": drills by China), for "the drills" later. A definite noun names one
     * noted before and is not noted again.
     */
    private void recordActs(Sentence s, List<Mention> ms, Discourse d) {
        List<Token> ts = s.tokens();
        // (the sentence's own doer, for "the move" in the next one: recorded first, so a named act of the sentence wins; only
        // when its main verb does something, not "tracked", "reported" or "condemned")
        List<Mention> main = sentenceSubjects(ms, ts, ts.size());
        int subjectEnd = main.isEmpty() ? 0 : main.get(main.size() - 1).to();
        // (over the forces or craft a demonym names: "Pakistani military aircraft bombed …")
        if (!main.isEmpty() && main.get(main.size() - 1).kind() == Kind.DEMONYM) {
            int k = subjectEnd;
            while (k < ts.size() && Rx.matches(ts.get(k).tag(), "ADJ|NOUN") && k - subjectEnd < 4) k++;
            if (k > subjectEnd && (statesOwn(ts.get(k - 1).lower()) || armed(ts.get(k - 1).lower()))) subjectEnd = k;
        }
        int mainVerb = firstVerbAfter(ts, subjectEnd);
        if (!main.isEmpty() && mainVerb >= 0 && actVerb(ts.get(mainVerb))) {
            List<Node> doers = doers(coordinatedLeft(ms, ts, main.get(main.size() - 1)));
            if (!doers.isEmpty()) d.acts.add(new Act("(clause)", doers, s.index()));
            // ("India struck what it called terrorist infrastructure at nine sites …. Islamabad described the strikes as an act of
            // war": a clause whose verb strikes names strikes, whatever its object)
            if (!doers.isEmpty() && Rx.matches(ts.get(mainVerb).lemma(), "strike|attack|bomb|shell|pound|raid|hit")) d.acts.add(new Act("attack", doers, s.index()));
        }
        for (int k = 1; k < ts.size(); k++) {
            String key = ACT_KEYS.get(ts.get(k).lower());
            if (key == null) continue;
            int b = k - 1;
            while (b > 0 && Rx.matches(ts.get(b).tag(), "ADJ|NOUN|NUM|PROPN") || b > 0 && ts.get(b).is("-")) b--;
            if (Rx.matches(ts.get(b).lower(), "the|this|these|those|that")) continue;
            // ("tracked Chinese military exercises", "condemned Russia's drills": a doer named on the noun is the doer)
            Mention named = null;
            for (Mention m : ms) if (m.from() >= b && m.to() <= k && m.from() < k) named = m;
            List<Node> doers;
            if (named != null) doers = doers(List.of(named));
            else {
                // (otherwise the subject, only of a verb that does the act: "launched exercises", "imposed sanctions")
                List<Mention> subj = sentenceSubjects(ms, ts, k);
                int verb = subj.isEmpty() ? -1 : firstVerbAfter(ts, subj.get(subj.size() - 1).to());
                if (verb < 0 || verb > k || !actVerb(ts.get(verb))) {
                    // (or the subject of the verb right before the noun, in a clause of its own: "… plunged after Prime Minister Abiy
                    // Ahmed signed a memorandum with Somaliland")
                    int v = b;
                    while (v > 0 && Rx.matches(ts.get(v).tag(), "DET|ADJ|NUM")) v--;
                    // (not one urged or refused: "urged Ethiopia not to sign a deal")
                    boolean done = v > 0 && !ts.get(v - 1).is("to") && !NEGATION.contains(ts.get(v - 1).lower());
                    Mention own = done && ts.get(v).tag().equals("VERB") && actVerb(ts.get(v)) ? left(ms, ts, v) : null;
                    if (own == null) continue;
                    doers = doers(coordinatedLeft(ms, ts, own));
                    if (!doers.isEmpty()) d.acts.add(new Act(key, doers, s.index()));
                    continue;
                }
                doers = doers(coordinatedLeft(ms, ts, subj.get(subj.size() - 1)));
            }
            if (!doers.isEmpty()) d.acts.add(new Act(key, doers, s.index()));
        }
    }

    /**
     * How many sides of attackers the attacks noted in this sentence and the two before have: 1 when every attack's doers
     * are among one attack's ("the US and Britain struck …", each of them noted too), 2 or more for a strike and a
     * counter-strike ("Hamas attacked Israel. Israel's air force struck Gaza in response.").
     */
    private static int attackersInView(Discourse d, int sentence) {
        List<List<Node>> sides = new ArrayList<>();
        for (Act act : d.acts) if (act.noun().equals("attack") && sentence - act.sentence() <= 2 && act.sentence() <= sentence) sides.add(act.actors());
        if (sides.isEmpty()) return 0;
        List<Node> widest = sides.stream().max((x, y) -> Integer.compare(x.size(), y.size())).get();
        return sides.stream().allMatch(widest::containsAll) ? 1 : 2;
    }

    /**
     * "Iraq condemned the strikes as a violation of Iraqi sovereignty", "Somalia called the deal a violation of its
     * sovereignty": the judge's charge that the act's doers violated the owner of what was violated.
     */
    private List<Candidate> violationsJudged(Sentence s, List<Mention> ms, Article a, int after, Mention judge, List<Mention> doers, double conf) {
        List<Token> ts = s.tokens();
        Node owner = violatedOwner(ms, ts, after, judge);
        Pattern violate = patterns.stream().filter(q -> q.id().equals("violate")).findFirst().orElse(null);
        if (owner == null || violate == null) return List.of();
        Node judgeSide = gaz.stateOf(actorOf(judge)) != null ? gaz.stateOf(actorOf(judge)) : actorOf(judge);
        List<Candidate> out = new ArrayList<>();
        for (Mention doer : doers) {
            if (doer.entity().equals(owner)) continue;
            Fact f = new Fact("(extracted)", s.index() + 1, a.id(), label(doer.entity()), "violates", label(owner), null, null, null, null,
                    "claimed", label(judgeSide), s.text().strip(), round(conf - 0.2), violate.id());
            Candidate violation = checked(f, s, doer.entity(), owner, judgeSide);
            if (violation != null) out.add(violation);
        }
        return out;
    }

    /**
     * Whose sovereignty, territory or airspace a judgement after the act noun at {@code after} says was violated ("a violation
     * of its sovereignty": the judge's; "of Iraqi sovereignty", "of Sudan's territorial integrity"), or null.
     */
    private Node violatedOwner(List<Mention> ms, List<Token> ts, int after, Mention judge) {
        for (int k = after + 1; k + 2 < ts.size() && k - after <= 14; k++) {
            if (!(Rx.matches(ts.get(k).lower(), "violation|breach|infringement") && ts.get(k + 1).is("of"))) continue;
            int o = k + 2;
            int head = o;
            while (head < ts.size() && head - o <= 10 && !Rx.matches(ts.get(head).lower(), "sovereignty|territory|airspace|integrity|borders?|waters")) head++;
            if (head >= ts.size() || head - o > 10) return null;
            // ("a violation of international law and of Mexico's sovereignty": the owner is named just before what is violated)
            for (int j = head - 1; j > o; j--) {
                if (ts.get(j).is("of")) {
                    o = j + 1;
                    break;
                }
            }
            if (Rx.matches(ts.get(o).lower(), "its|their")) return gaz.stateOf(actorOf(judge)) != null ? gaz.stateOf(actorOf(judge)) : actorOf(judge);
            Mention m = mentionAt(ms, o);
            if (m == null && o + 1 < ts.size() && ts.get(o).tag().equals("DET")) m = mentionAt(ms, o + 1);
            return m != null && index.isA(actorOf(m), ENT.State) ? actorOf(m) : null;
        }
        return null;
    }

    /** The candidates as the writer's assertions: what a noun phrase presupposes holds whatever the clause around it says. */
    private static List<Candidate> presupposed(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            Fact f = c.fact();
            out.add(new Candidate(new Fact(f.file(), f.line(), f.article(), f.subject(), f.relation(), f.object(), f.start(), f.end(), f.place(),
                    f.type(), "asserted", null, f.quote(), f.confidence(), f.rule()), c.sentence()));
        }
        return out;
    }

    /** Punitive measures one may be hit with: "hit China with tariffs". */
    private static final Set<String> MEASURES = Set.of("tariffs", "tariff", "sanctions", "duties", "levies", "levy", "penalties", "fines", "restrictions",
            "embargo", "embargoes", "bans", "ban", "curbs", "controls", "measures");

    /** Whether "with" and a punitive measure follow the verb at {@code t0} in its clause ("hit Chinese goods with tariffs"). */
    private static boolean hitWithMeasure(List<Token> ts, int t0) {
        for (int k = t0 + 1; k + 1 < ts.size() && k - t0 <= 8 && !Rx.matches(ts.get(k).text(), "[,;:]"); k++) {
            if (!ts.get(k).is("with")) continue;
            // (in the noun phrase after "with": not "hit Russian positions with drones as Washington weighed new measures")
            // ("with a 14th package of sanctions": "of" inside the noun phrase)
            for (int j = k + 1; j < ts.size() && j - k <= 7 && (Rx.matches(ts.get(j).tag(), "DET|ADJ|NUM|NOUN|PROPN|SYM") || ts.get(j).is("-")
                    || ts.get(j).is("%") || ts.get(j).is("of")); j++) if (MEASURES.contains(ts.get(j).lower())) return true;
            return false;
        }
        return false;
    }

    /** Notes a meeting between two sides (their states, for people who serve one), merged with one noted in the same sentence. */
    private void recordMeeting(Discourse d, Sentence s, Node a, Node b) {
        java.util.LinkedHashSet<Node> sides = new java.util.LinkedHashSet<>();
        int at = -1;
        for (int i = d.acts.size() - 1; i >= 0 && at < 0; i--) {
            Act act = d.acts.get(i);
            if (act.sentence() != s.index()) break;
            if (act.noun().equals("meeting")) at = i;
        }
        if (at >= 0) sides.addAll(d.acts.get(at).actors());
        for (Node side : List.of(a, b)) sides.add(gaz.stateOf(side) != null ? gaz.stateOf(side) : side);
        Act meeting = new Act("meeting", List.copyOf(sides), s.index());
        if (at >= 0) d.acts.set(at, meeting);
        else d.acts.add(meeting);
    }

    /** Verbs of doing an act, whose subject did the act their object names: "launched exercises", "imposed tariffs". */
    private static final Set<String> ACT_VERBS = Set.of("launch", "hold", "conduct", "stage", "begin", "start", "carry", "impose", "announce",
            "order", "approve", "double", "raise", "extend", "expand", "deploy", "send", "strike", "attack", "fire", "bomb", "seize", "annex",
            "expel", "ban", "block", "sell", "ship", "deliver", "supply", "sign", "withdraw", "suspend", "cut", "halt", "mount", "unleash",
            "step", "escalate", "resume", "intensify", "declare", "sanction", "reimpose", "trigger", "invade", "shoot", "down", "hit", "pound",
            "shell", "target", "board", "detain", "arrest", "blockade", "close", "build", "test", "put", "place", "station", "move");

    /** Whether the verb does an act (by its lemma, or by a regular or irregular stem the lemmatizer missed: "doubled" → double). */
    private static boolean actVerb(Token v) {
        if (ACT_VERBS.contains(v.lemma())) return true;
        for (String stem : stems(v.lower())) if (ACT_VERBS.contains(stem)) return true;
        for (Map.Entry<String, String[]> e : IRREGULAR.entrySet()) {
            if (!ACT_VERBS.contains(e.getKey())) continue;
            for (String f : e.getValue()) if (f.equals(v.lower())) return true;
        }
        return false;
    }

    /** The first verb at or after {@code from}, or -1. */
    private static int firstVerbAfter(List<Token> ts, int from) {
        for (int k = from; k < ts.size() && k - from <= 6; k++) {
            if (ts.get(k).tag().equals("VERB")) return k;
            if (ts.get(k).tag().equals("AUX") || ts.get(k).tag().equals("ADV") || ts.get(k).tag().equals("PART")) continue;
            if (timeAdjunctEnd(ts, k) > k) {
                k = timeAdjunctEnd(ts, k) - 1;
                continue;
            }
            if (ts.get(k).tag().equals("PROPN") || ts.get(k).text().equals(",")) continue;
            return -1;
        }
        return -1;
    }

    /** The actors who do what the mentions' sentence says: persons and organs stand for their state. */
    private List<Node> doers(List<Mention> subjects) {
        List<Node> doers = new ArrayList<>();
        for (Mention m : subjects) {
            Node e = sideOf(actorOf(m));
            if (index.isA(e, ENT.Actor) && !doers.contains(e)) doers.add(e);
        }
        return doers;
    }

    /** The side an actor is on: a person's or an organ's state, else the actor itself. */
    private Node sideOf(Node e) {
        if (index.isA(e, ENT.Person) && gaz.stateOf(e) != null) return gaz.stateOf(e);
        return gaz.governmentOf(e) != null ? gaz.governmentOf(e) : e;
    }

    private static boolean attackInView(List<Mention> ms, List<Token> ts, int t1) {
        int k = t1;
        if (k < ts.size() && Rx.matches(ts.get(k).lower(), "the|this|that|these|those|last|saturday|sunday|monday|tuesday|wednesday|thursday|friday")) k++;
        for (int n = 0; k < ts.size() && n < 4; k++, n++) {
            if (startingAtOrNull(ms, k) != null) return false;
            String w = ts.get(k).lower();
            if (ATTACK_NOUNS.contains(w)) return k + 1 >= ts.size() || !Rx.matches(ts.get(k + 1).lower(), "on|against|by|of");
            if (!(Rx.matches(ts.get(k).tag(), "ADJ|NOUN|PROPN") || w.equals("'s") || w.equals("’s") || w.equals("-"))) return false;
        }
        return false;
    }

    /**
     * The name a relative clause "that/which/whom SUBJECT … VERB" is about, when the pronoun stands for the verb's object
     * (right before the subject) and nothing follows the verb as its object; or null.
     */
    private static Mention objectAntecedent(List<Mention> ms, List<Token> ts, Mention subject, int t1) {
        int rel = subject.from() - 1;
        while (rel > 0 && Rx.matches(ts.get(rel).tag(), "DET|ADJ")) rel--;
        int after = skipAdverbs(ts, t1);
        if (after < ts.size() && Rx.matches(ts.get(after).tag(), "DET|NOUN|PROPN|PRON|NUM|ADJ")) return null;
        // ("the Taliban, the movement American forces had been fighting": a relative clause with no pronoun, on a
        // description in apposition to a name)
        // (a description of an actor, not of an act: "…, a move Tbilisi denounced", "…, a charge Ukraine rejects")
        String description = rel >= 0 ? ts.get(rel).lower() : "";
        if (rel >= 3 && ts.get(rel).tag().equals("NOUN") && ts.get(rel - 1).tag().equals("DET") && ts.get(rel - 2).text().equals(",")
                && startingAtOrNull(ms, rel) == null && (DEFINITE.containsKey(description) || NON_STATE_GROUPS.contains(description))) {
            Mention named = endingAt(ms, rel - 2);
            return named != null && named != subject ? named : null;
        }
        if (rel < 1 || !Rx.matches(ts.get(rel).lower(), "that|which|whom")) return null;
        Mention antecedent = endingAt(ms, ts.get(rel - 1).text().equals(",") ? rel - 1 : rel);
        // ("the PKK, a group that Ankara, the EU and the US designate as a terrorist organisation": the name the description is in
        // apposition to)
        int noun = rel - 1;
        if (antecedent == null && noun >= 3 && ts.get(noun).tag().equals("NOUN") && ts.get(noun - 1).tag().equals("DET")
                && ts.get(noun - 2).text().equals(",") && (DEFINITE.containsKey(ts.get(noun).lower()) || NON_STATE_GROUPS.contains(ts.get(noun).lower())
                        || DESCRIPTORS.contains(ts.get(noun).lower()))) {
            antecedent = endingAt(ms, noun - 2);
            // ("the Kurdistan Workers' Party (PKK), a group …": past an abbreviation in brackets)
            if (antecedent == null && ts.get(noun - 3).text().equals(")")) {
                for (int k = noun - 4; k > 0 && noun - k <= 6; k--) if (ts.get(k).text().equals("(")) {
                    antecedent = endingAt(ms, k);
                    if (antecedent == null) antecedent = endingAt(ms, noun - 3);
                    break;
                }
            }
        }
        return antecedent != null && antecedent != subject ? antecedent : null;
    }

    private static final Set<String> TRADE = Set.of("imports", "exports", "goods", "products", "flights", "trade", "shipments", "purchases",
            "sales", "investment", "investments", "transit", "deliveries");
    private static final Set<String> BACKING = Set.of("supports", "armsOrFunds", "allyOf");
    /** The text of a target mention found where the struck thing is, not named as the thing struck. */
    private static final String LOCATED = "(located)";
    /** Struck things that are armed groups, not a state's: "militant hideouts", "jihadist positions". */
    private static final Set<String> MILITANT_WORDS = Set.of("militant", "militants", "jihadist", "jihadists", "insurgent", "insurgents",
            "rebel", "rebels", "terrorist", "terrorists", "extremist", "extremists", "islamist", "islamists", "guerrilla", "guerrillas");
    private static final Set<String> COMPASS = Set.of("eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
            "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western");

    /** Whether the article has said that {@code backer} backs {@code state}, its government or its leader (or is its ally). */
    private boolean backs(Discourse d, Node backer, Node state) {
        for (List<Node> b : d.backing) {
            Node client = b.get(1);
            if (b.get(0).equals(backer) && (client.equals(state) || state.equals(gaz.stateOf(client)) || state.equals(gaz.governmentOf(client))))
                return true;
            if (client.equals(backer) && b.get(0).equals(state)) return true;
        }
        return false;
    }

    private static final Set<String> REGION_NOUNS = Set.of("province", "provinces", "region", "regions", "district", "districts", "north",
            "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "interior", "capital");
    private static final Set<String> TERRITORY_NOUNS = Set.of("territory", "soil", "borders", "border", "airspace", "waters");

    /**
     * The owner of what an attack at {@code t1} strikes, named after the struck thing: a state it is inside ("hideouts
     * inside Afghanistan", "towns inside Armenia's internationally recognised borders", "targets on Syrian soil"), or
     * whoever it belongs to ("targets belonging to Yemen's Houthi movement"); or null.
     */
    private Mention locatedTarget(List<Mention> ms, List<Token> ts, int t1) {
        // ("airstrikes in Iraq at the request of the Iraqi government": strikes a state asked for are not on it)
        for (int j = 0; j + 2 < ts.size(); j++) {
            if (Rx.matches(ts.get(j).lower(), "at|in|with") && Rx.matches(ts.get(j + 1).lower(), "the|its|their") && j + 3 < ts.size()
                    && Rx.matches(ts.get(j + 2).lower(), "request|invitation|behest|consent") && ts.get(j + 3).is("of")) return null;
        }
        int k = t1;
        // (the striker's own words for the thing struck do not make it armed groups: "what it described as militant hideouts")
        boolean thing = false, militants = false, framed = false;
        // ("strikes on militant hideouts in Iran": the preposition of the attack noun before the thing struck)
        if (k < ts.size() && Rx.matches(ts.get(k).lower(), "on|against") && k + 1 < ts.size() && startingAtOrNull(ms, k + 1) == null) k++;
        for (; k < ts.size() && k - t1 <= 8; k++) {
            Token t = ts.get(k);
            // ("struck what Islamabad called militant hideouts", "strikes on what it described as …": the striker's words for the thing)
            if (t.is("what")) {
                int j = k + 1;
                while (j < ts.size() && j - k <= 4 && !Rx.matches(ts.get(j).lower(), "called|described|termed|said|claimed|labelled|labeled")) j++;
                if (j < ts.size() && j - k <= 4) {
                    framed = true;
                    k = j + 1 < ts.size() && ts.get(j + 1).is("as") ? j + 1 : j;
                    continue;
                }
            }
            if (startingAtOrNull(ms, k) != null) return null;
            // (a preposition of place the tagger reads as an adverb ends the thing struck: "deep inside/ADV Russia")
            if (thing && Rx.matches(t.lower(), "inside|within|outside|near|around|across|throughout")) break;
            militants |= MILITANT_WORDS.contains(t.lower());
            if (Rx.matches(t.tag(), "NOUN") || t.tag().equals("VERB") && t.lower().endsWith("s")) thing = true;
            // ("shelled Jermuk, Goris and other towns inside Armenia": places the graph does not know, listed before the common noun)
            else if (t.tag().equals("PROPN") || Rx.matches(t.text(), ",|and|or") && k > t1) continue;
            // ("on Syrian soil" ends the thing struck)
            else if (!(Rx.matches(t.tag(), "DET|ADJ|NUM|ADV") || t.is("-") || t.is("than") || t.is("of") || Rx.matches(t.lower(), "at|against"))) break;
        }
        if (k + 1 >= ts.size()) return null;
        String w = ts.get(k).lower();
        // ("carried out air strikes in eastern Afghanistan": the attack noun itself is the thing)
        if (!thing && !(k == t1 && t1 > 0 && ATTACK_NOUNS.contains(ts.get(t1 - 1).lower()) && Rx.matches(w, "in|inside|within|near|outside"))) return null;
        if (w.equals("belonging") && ts.get(k + 1).is("to")) {
            List<Mention> owner = rightMentions(ms, ts, k + 2, Set.of(), 2);
            return owner.isEmpty() ? null : owner.get(0);
        }
        // ("struck an oil refinery deep inside Russia": past an adverb of distance)
        if (Rx.matches(w, "deep|well|far") && k + 2 < ts.size() && Rx.matches(ts.get(k + 1).lower(), "inside|into|within")) w = ts.get(++k).lower();
        if (w.equals("around")) w = "near";
        // ("bombed positions across Ukraine", "targets throughout Gaza")
        if (Rx.matches(w, "across|throughout")) w = "in";
        if (!Rx.matches(w, "in|inside|within|near|outside") && !(w.equals("on") && k + 2 < ts.size() && TERRITORY_NOUNS.contains(ts.get(k + 2).lower())))
            return null;
        int j = k + 1;
        while (j < ts.size() && (ts.get(j).tag().equals("DET") || COMPASS.contains(ts.get(j).lower()))) j++;
        Mention m = startingAtOrNull(ms, j);
        if (m == null) return null;
        // ("struck targets in Houthi-controlled areas of Yemen", "shelled Ukrainian-held villages": what is struck in an area someone
        // holds is theirs)
        if (Rx.matches(w, "in|inside|within") && m.to() + 1 < ts.size() && ts.get(m.to()).is("-")
                && Rx.matches(ts.get(m.to() + 1).lower(), "controlled|held|run|occupied|dominated")) {
            // (only a state or an armed group holds ground as a side: not "the UN-controlled buffer zone")
            return index.isA(actorOf(m), ENT.State) || index.isA(m.entity(), ENT.ArmedGroup) ? new Mention(m.from(), m.to(), m.entity(), m.kind(), LOCATED) : null;
        }
        // ("the attack near Moscow": near or outside a city is in its state, not near a state)
        if (Rx.matches(w, "near|outside") && !index.isA(m.entity(), ENT.City)) return null;
        // ("US drones struck militant positions near Mogadishu", "strikes on jihadist camps in Mali": strikes on armed groups
        // in a land are on the groups; only "inside" a state or "on its soil" says its sovereignty was struck)
        if (militants && !framed && Rx.matches(w, "in|near|outside")) return null;
        // ("French strikes in Mali against jihadists": the target named after the place)
        int past = m.to();
        while (past < ts.size() && Rx.matches(ts.get(past).tag(), "ADJ|PROPN|NOUN") && past - m.to() < 3) past++;
        if (past < ts.size() && ts.get(past).is("against")) return null;
        if (Rx.matches(w, "near|outside")) w = "in";
        // (a city or a region: its state decides, "targets in Kharkiv", "positions across the Donbas")
        if (!index.isA(actorOf(m), ENT.State) && !(Rx.matches(w, "in|inside") && !index.isA(actorOf(m), ENT.Actor) && gaz.containingState(m.entity()) != null))
            return null;
        // ("a US drone strike in Baghdad killed Qassem Soleimani", "bases in Iraq housing US troops": what was struck is named
        // after the place)
        if (m.to() < ts.size() && (Rx.matches(ts.get(m.to()).lower(), "housing|hosting|used|holding|sheltering")
                || ts.get(m.to()).tag().equals("VERB") && Rx.matches(ts.get(m.to()).lemma(), "kill|hit|destroy|target|wound|injure|damage"))) return null;
        m = new Mention(m.from(), m.to(), m.entity(), m.kind(), LOCATED);
        // ("inside Armenia's (internationally recognised) borders", "on Syrian soil")
        int after = m.to();
        if (after < ts.size() && (ts.get(after).possessive())) {
            after++;
            // ("in Iran's Sistan-Baluchestan province": a region of the state, named or not)
            boolean in = Rx.matches(w, "in|inside");
            while (after < ts.size() && (Rx.matches(ts.get(after).tag(), "ADJ|ADV|VERB") || in && (ts.get(after).tag().equals("PROPN") || ts.get(after).is("-")))
                    && !TERRITORY_NOUNS.contains(ts.get(after).lower()) && !(in && REGION_NOUNS.contains(ts.get(after).lower()))) after++;
            return after < ts.size() && (TERRITORY_NOUNS.contains(ts.get(after).lower()) || in && REGION_NOUNS.contains(ts.get(after).lower())) ? m : null;
        }
        if (m.kind() == Kind.DEMONYM) return after < ts.size() && TERRITORY_NOUNS.contains(ts.get(after).lower()) ? m : null;
        return w.equals("on") ? null : m;
    }

    /** Verbs of saying whose object is the one addressed ("told reporters"), not what was said. */
    private static final Set<String> ADDRESSING = Set.of("tell", "inform", "assure", "warn", "remind", "brief", "reassure");
    private static final Set<String> PREVENT = Set.of("block", "veto", "reject", "stall", "oppose", "resist", "obstruct", "freeze", "cancel", "delay", "scrap",
            "torpedo", "derail", "thwart", "shelve", "withhold");
    private static final Set<String> HEARSAY = Set.of("allegedly", "reportedly", "purportedly", "supposedly", "reputedly");
    private static final Set<String> LIKELIHOOD = Set.of("unlikely", "likely", "possible", "impossible", "improbable", "probable",
            "conceivable", "inconceivable", "unthinkable");
    private static final Set<String> ABSTAIN = Set.of("abstain", "refrain", "avoid", "desist", "stop");
    /** Verbs of saying too weak to make an unnamed-speaker claim of what follows ("notes", "adds" inside narration). */
    private static final Set<String> SPEECH_WEAK = Set.of("note", "add", "think", "hope", "indicate", "quote", "stress", "acknowledge", "admit",
            "blame", "assess", "suggest", "believe");
    /** The words before a verb of saying at {@code k} are an unnamed speaker: "analysts", "officials", "sources", "experts". */
    private static boolean unnamedSpeaker(List<Token> ts, int k) {
        int j = k - 1;
        while (j >= 0 && (ts.get(j).tag().equals("ADV") || ts.get(j).tag().equals("AUX"))) j--;
        return j >= 0 && ts.get(j).tag().equals("NOUN") && ts.get(j).lower().endsWith("s") && UNNAMED.contains(ts.get(j).lemma());
    }

    /**
     * Whether the verb of saying at {@code k} has a speaker the graph does not list: a capitalized name no mention covers
     * right before it ("Hossein Salami told", "Salami, the commander, said" aside) or right after it ('…," said Salami'),
     * or "he"/"she" that no mention resolves.
     */
    private static boolean unlistedSpeaker(List<Token> ts, List<Mention> ms, int k) {
        int j = k - 1;
        while (j >= 0 && Rx.matches(ts.get(j).tag(), "ADV|AUX")) j--;
        // (a pronoun the graph cannot resolve speaks too: "he denied", "\"We categorically reject the allegations that …\"")
        boolean pronoun = j >= 0 && Rx.matches(ts.get(j).lower(), "he|she|we|i|they");
        if (j >= 0 && !covered(ms, j) && (unlistedName(ts, j) && !CALENDAR.contains(ts.get(j).lower()) || pronoun)) {
            // (a name opening the sentence is a name only if another capitalized word goes with it: not "Officials said")
            return j > 0 || pronoun || j + 1 < k && unlistedName(ts, j + 1) || ts.get(j).tag().equals("PROPN");
        }
        return k + 1 < ts.size() && Rx.matches(ts.get(k - 1).text(), "[,\"'”’]") && !covered(ms, k + 1) && unlistedName(ts, k + 1);
    }

    private static boolean unlistedName(List<Token> ts, int j) {
        String w = ts.get(j).text();
        return ts.get(j).tag().equals("PROPN") && Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** People who speak for themselves, not for the state or body whose name qualifies them ("Russian military bloggers"). */
    private static final Set<String> PRIVATE_VOICES = Set.of("blogger", "journalist", "analyst", "expert", "commentator", "researcher",
            "scholar", "academic", "observer", "reporter", "pundit", "historian", "economist", "media", "newspaper", "outlet", "press",
            "activist", "critic", "dissident", "exile", "opposition", "resident", "witness", "citizen", "voter", "user");

    /** Whether the noun phrase from {@code k} (after a name) is headed by {@link #PRIVATE_VOICES}. */
    private static boolean privateVoices(List<Token> ts, int k) {
        while (k < ts.size() && Rx.matches(ts.get(k).tag(), "ADJ|NOUN") && !PRIVATE_VOICES.contains(ts.get(k).lemma())) k++;
        return k < ts.size() && PRIVATE_VOICES.contains(ts.get(k).lemma());
    }

    private static final Set<String> UNNAMED = Set.of("analyst", "official", "source", "expert", "diplomat", "observer", "critic", "report",
            "witness", "activist", "commentator", "officer", "leader", "minister", "lawmaker", "senator", "spokesman", "spokesperson",
            "resident", "monitor", "investigator", "prosecutor", "researcher", "media");

    private static final Set<String> DEMAND_NOUNS = Set.of("pressure", "call", "demand", "need", "appeal", "plea", "obligation", "duty",
            "push", "urging", "request", "ultimatum");

    /** "the pressure on the US and Russia to …", "calls for Turkey to …": a demand governs the infinitive at {@code inf}. */
    private static boolean demandBefore(List<Token> ts, int inf) {
        for (int k = inf - 1; k >= 0 && inf - k <= 12; k--) {
            Token t = ts.get(k);
            if (t.tag().equals("VERB") || t.tag().equals("AUX")) return false;
            if (t.tag().equals("NOUN") && DEMAND_NOUNS.contains(t.lemma())) return true;
        }
        return false;
    }

    /**
     * Where the relative clause holding the trigger starts ("…, which is backing", "the coalition that is
     * fighting"), or -1: a relative pronoun after a comma or right after a noun or an entity.
     */
    private static int relativeClauseStart(List<Token> ts, List<Mention> ms, int from, int t0) {
        for (int k = t0 - 1; k > from; k--) {
            Token t = ts.get(k);
            if (!RELATIVE.contains(t.lower())) continue;
            Token prev = ts.get(k - 1);
            final int at = k;
            boolean afterNoun = prev.text().equals(",") || prev.tag().equals("NOUN") || prev.tag().equals("PROPN")
                    || ms.stream().anyMatch(m -> m.to() == at);
            // (a clause closed by a comma before the trigger does not hold it: "NATO, which promised …, also criticised")
            boolean closed = nextComma(ts, k + 1, t0) >= 0;
            // (nor "that" after a noun that takes a clause: "the accusation that Tehran …", "fears that …")
            boolean content = t.is("that") && (CLAIM_CLAUSE_NOUNS.contains(prev.lower()) || SPECULATION_THAT.contains(prev.lower()));
            if (afterNoun && !SPEECH.contains(prev.lemma()) && !closed && !content) return k;
        }
        return -1;
    }

    private static boolean subjectsContain(List<Mention> subjects, Mention m, int speech, int t0) {
        return speech < t0 && subjects.contains(m) && m.from() > speech;
    }

    private static boolean commaBetween(List<Token> ts, int a, int b) {
        for (int k = Math.min(a, b); k < Math.max(a, b); k++) if (ts.get(k).text().equals(",")) return true;
        return false;
    }

    private Node actorOf(Mention m) {
        Node e = m.entity();
        if (index.isA(e, ENT.City)) {
            Node st = gaz.capitalOf(e);
            if (st != null) return st;
        }
        return e;
    }
}
