package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.util.Span;

/**
 * Splits an article's text into paragraphs, sentences and tokens with part-of-speech tags and
 * lemmas, keeping character offsets into the text. Possessive {@code 's} glued to a word is split
 * off, so "Russia's" is two tokens, and hyphenated words are split at their hyphens, so "US-led",
 * "Russian-backed" and "shoot-down" read the same whichever way the tokenizer cut them ("US - led").
 */
public final class Analyzer {

    /** One token: text, lower-case lemma, UD tag, offsets in the article text, and its lower-case text. */
    public record Token(String text, String lemma, String tag, int begin, int end, String lower) {
        /** A token; its lower-case text is computed once ({@link #lower()} is asked for many times per token). */
        public Token(String text, String lemma, String tag, int begin, int end) {
            this(text, lemma, tag, begin, end, text.toLowerCase(Locale.ROOT));
        }

        public boolean is(String lowerWord) {
            return text.equalsIgnoreCase(lowerWord);
        }

        /** Whether this is the possessive ending, straight or curly: "'s", "’s". */
        public boolean possessive() {
            return is("'s") || is("’s");
        }
    }

    /**
     * One sentence with its tokens and offsets in the article text; {@code tagged} is false when the
     * caller's filter found nothing in it worth tagging (its tokens then carry the tag {@code X} and
     * their lower-case text as lemma).
     */
    public record Sentence(int index, int begin, int end, String text, List<Token> tokens, boolean tagged) {}

    private Analyzer() {}

    /** Analyzes a whole article text, tagging and lemmatizing every sentence. */
    public static List<Sentence> analyze(String text) {
        return analyze(text, ts -> true);
    }

    /**
     * Analyzes a whole article text; only sentences whose raw tokens pass {@code worthTagging} are
     * tagged and lemmatized (the lemmatizer costs most of the time, and most sentences of an article
     * name too few entities to state a relation).
     */
    public static List<Sentence> analyze(String text, java.util.function.Predicate<List<Token>> worthTagging) {
        Nlp nlp = Nlp.get();
        List<Sentence> out = new ArrayList<>();
        int pos = 0;
        // Paragraphs first: headlines and captions carry no final period.
        for (String para : text.split("\n")) {
            int pStart = text.indexOf(para, pos);
            pos = pStart + para.length();
            if (para.isBlank()) continue;
            for (Span s : nlp.sentences(para)) {
                int sb = pStart + s.getStart(), se = pStart + s.getEnd();
                String st = text.substring(sb, se);
                List<Token> all = tokens(nlp, st, sb);
                // A "sentence" longer than any news sentence (a list or a text without full stops) is read in clause-sized
                // pieces, cut after a semicolon or a comma, so that its cost stays linear.
                for (List<Token> raw : pieces(all)) {
                    int pb = raw.get(0).begin(), pe = raw.get(raw.size() - 1).end();
                    boolean tag = worthTagging.test(raw);
                    out.add(new Sentence(out.size(), pb, pe, text.substring(pb, pe), tag ? tagged(nlp, raw) : raw, tag));
                }
            }
        }
        return out;
    }

    /** The most tokens a sentence is read in at once: far above any news sentence (about 80 at most). */
    static final int MAX_TOKENS = 160;

    /** The tokens in pieces of at most {@link #MAX_TOKENS}, cut after the last semicolon or comma of each piece when there is one. */
    static List<List<Token>> pieces(List<Token> tokens) {
        if (tokens.size() <= MAX_TOKENS) return List.of(tokens);
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        while (from < tokens.size()) {
            int to = Math.min(tokens.size(), from + MAX_TOKENS);
            if (to < tokens.size()) {
                for (int k = to - 1; k > from + MAX_TOKENS / 2; k--) {
                    if (Rx.matches(tokens.get(k).text(), "[;,]")) {
                        to = k + 1;
                        break;
                    }
                }
            }
            out.add(tokens.subList(from, to));
            from = to;
        }
        return out;
    }

    private static List<Token> tokens(Nlp nlp, String sentence, int offset) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Span t : nlp.tokens(sentence)) {
            String w = sentence.substring(t.getStart(), t.getEnd());
            if (w.length() > 1 && Rx.matches(w, ".*[-—–].*") && !Rx.matches(w, "[-—–]+")) {
                hyphenated(w, t.getStart(), words, spans);
                continue;
            }
            word(w, t.getStart(), words, spans);
        }
        List<Token> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.add(new Token(words.get(i), words.get(i).toLowerCase(Locale.ROOT), "X", offset + spans.get(i)[0], offset + spans.get(i)[1]));
        }
        return out;
    }

    /** The tokens with their part-of-speech tags and lemmas. */
    private static List<Token> tagged(Nlp nlp, List<Token> raw) {
        String[] w = new String[raw.size()];
        for (int i = 0; i < w.length; i++) w[i] = raw.get(i).text();
        String[] tags = nlp.tags(w);
        repairForces(w, tags);
        List<Token> out = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            Token t = raw.get(i);
            out.add(new Token(w[i], lemma(nlp, w[i], tags[i]), tags[i], t.begin(), t.end()));
        }
        return out;
    }

    /** Plurals of forces and arms that the tagger takes for verbs after a name ("North Korean drones/VERB entered/ADJ …"). */
    private static final java.util.Set<String> FORCES = java.util.Set.of("drones", "troops", "forces", "jets", "missiles", "warplanes",
            "warships", "soldiers", "fighters", "tanks", "rockets", "helicopters", "bombers", "ships", "vessels", "units", "gunboats",
            "submarines", "planes", "aircraft", "frigates", "destroyers", "militants", "gunmen", "militias", "rebels", "insurgents",
            "guerrillas", "commandos", "paratroopers", "artillery", "batteries", "shells", "bombs", "mortars", "navies", "gunners");

    private static final java.util.Set<String> RELATION_NOUNS = java.util.Set.of("ally", "allies", "partner", "partners", "member", "members",
            "backer", "backers", "supplier", "suppliers", "sponsor", "sponsors", "patron", "adversary", "adversaries", "rival", "rivals", "enemy");
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
            "thousand", "thousands", "dozen", "dozens");
    /** Irregular pasts (lower case) that are no English noun: "met", "fought", "sent" (not "hit", "shot", "cut", "left", "won"). */
    private static final java.util.Set<String> VERB_ONLY = java.util.Set.of("belong", "belongs", "belonged");
    private static final java.util.Set<String> NEVER_NOUN_PAST = java.util.Set.of("met", "struck", "fought", "sent", "sold", "told", "gave",
            "took", "began", "flew", "spoke", "sought", "bought", "brought", "threw", "wrote", "chose", "froze", "withdrew", "overran",
            "swept", "drove", "went", "came", "held", "led", "broke", "stole", "forbade", "undertook", "overtook", "shook");
    private static final java.util.Set<String> PAST_FORMS = java.util.Set.of("struck", "hit", "shot", "flew", "fought", "took", "began",
            "swept", "overran", "broke", "left", "came", "went", "drove");

    /**
     * Repairs one systematic error of the tagger on news prose: a plural of forces or arms after a name, an adjective,
     * a number or "and" and before a verb is the noun heading the subject, and a past form the tagger then reads as an
     * adjective is the verb ("Five North Korean drones/VERB entered/ADJ South Korean airspace").
     */
    private static void repairForces(String[] w, String[] tags) {
        // (nouns of a relation the tagger reads otherwise after a hyphenated modifier: "a long-standing ally/ADV of Pakistan")
        for (int i = 1; i < w.length; i++) {
            if (tags[i].equals("NOUN") || !RELATION_NOUNS.contains(w[i].toLowerCase(Locale.ROOT))) continue;
            if (Rx.matches(tags[i - 1], "ADJ|VERB|DET|NOUN") && (i + 1 == w.length || Rx.matches(w[i + 1], "of|to|in|,|\\.|;"))) tags[i] = "NOUN";
        }
        // (a participle between an article and such a noun modifies it: "a founding/VERB member of NATO", "a leading/VERB backer")
        for (int i = 1; i + 1 < w.length; i++) {
            if (tags[i].equals("VERB") && w[i].endsWith("ing") && Rx.matches(w[i - 1].toLowerCase(Locale.ROOT), "a|an|the|its|their")
                    && RELATION_NOUNS.contains(w[i + 1].toLowerCase(Locale.ROOT))) tags[i] = "ADJ";
        }
        // (an irregular past that is never a noun, read as one after a name the tagger does not know: "Kim Yong-hyun met/NOUN
        // Blinken", "the three went/NOUN further"; not after an article or a preposition)
        for (int i = 1; i < w.length; i++) {
            if (tags[i].equals("NOUN") && NEVER_NOUN_PAST.contains(w[i]) && !Rx.matches(tags[i - 1], "DET|ADP")) tags[i] = "VERB";
        }
        // (a word that is only ever a verb, whatever the tagger made of it: "Poland and Germany, which all belong/ADJ to NATO")
        for (int i = 0; i < w.length; i++) if (VERB_ONLY.contains(w[i].toLowerCase(Locale.ROOT)) && Rx.matches(tags[i], "ADJ|NOUN|ADV")) tags[i] = "VERB";
        // (number words the tagger reads as prepositions or nouns: "sent home four/ADP Russian diplomats")
        for (int i = 0; i < w.length; i++) if (NUMBER_WORDS.contains(w[i].toLowerCase(Locale.ROOT)) && !tags[i].equals("NUM")) tags[i] = "NUM";
        // (a model's designation, letters and digits, is a name whatever the tagger made of it: "Bayraktar TB2/ADP drones")
        for (int i = 0; i < w.length; i++) {
            if (Rx.matches(w[i], "[A-Z][A-Za-z]*\\d[A-Za-z0-9]*") && Rx.matches(tags[i], "ADP|VERB|ADV|AUX|PRON|SCONJ|CCONJ")) tags[i] = "PROPN";
        }
        // (an acronym is a name, never a verb: "Ukraine used ATACMS/VERB to strike")
        for (int i = 0; i < w.length; i++) if (Rx.matches(w[i], "[A-Z]{3,}s?") && Rx.matches(tags[i], "VERB|AUX|ADV")) tags[i] = "PROPN";
        // ("Ukraine's air force said/NOUN.": "said" is a verb but after a determiner, "the said treaty")
        for (int i = 1; i < w.length; i++) {
            if (w[i].equalsIgnoreCase("said") && Rx.matches(tags[i], "NOUN|ADJ|PROPN") && !Rx.matches(tags[i - 1], "DET")) tags[i] = "VERB";
        }
        for (int i = 1; i + 1 < w.length; i++) {
            if (!tags[i].equals("VERB") || !FORCES.contains(w[i].toLowerCase(Locale.ROOT))) continue;
            if (!Rx.matches(tags[i - 1], "PROPN|ADJ|NUM|CCONJ")) continue;
            // ("Bayraktar TB2 drones/VERB to Mali": before a preposition of where they go, the plural is the noun)
            if (Rx.matches(w[i + 1].toLowerCase(Locale.ROOT), "to|into|from|for|over|across|on|at|in") && !tags[i - 1].equals("CCONJ")) {
                tags[i] = "NOUN";
                continue;
            }
            boolean pastAdjective = pastReadAsNoun(w[i + 1], tags[i + 1]);
            if (!Rx.matches(tags[i + 1], "VERB|AUX") && !pastAdjective) continue;
            tags[i] = "NOUN";
            if (pastAdjective) tags[i + 1] = "VERB";
        }
        // (a past form the tagger reads as a noun or adjective right after such a plural, before what it acts on, is the
        // verb: "French jets struck/NOUN Gaddafi's armor", "Cambodian rockets slammed into …")
        for (int i = 1; i + 2 < w.length; i++) {
            if (!tags[i].equals("NOUN") || !FORCES.contains(w[i].toLowerCase(Locale.ROOT))) continue;
            if (!pastReadAsNoun(w[i + 1], tags[i + 1])) continue;
            if (Rx.matches(tags[i + 2], "DET|PROPN|NUM|PRON") || Rx.matches(w[i + 2].toLowerCase(Locale.ROOT), "into|at|on|across|over")) tags[i + 1] = "VERB";
        }
    }

    /** A past form ("entered", "struck") the tagger read as an adjective or a noun. */
    private static boolean pastReadAsNoun(String word, String tag) {
        String w = word.toLowerCase(Locale.ROOT);
        return Rx.matches(tag, "ADJ|NOUN") && (w.endsWith("ed") || PAST_FORMS.contains(w));
    }

    /** Word classes whose lemmas the extractor reads (verbs, auxiliaries, nouns, adjectival participles). */
    private static final java.util.Set<String> LEMMATIZED = java.util.Set.of("VERB", "AUX", "NOUN", "ADJ");
    private static final int LEMMA_CACHE_MAX = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The OpenNLP lemma of a word with its tag, lemmatized on its own (so the same word and tag always
     * get the same lemma) and cached: the statistical lemmatizer scores thousands of edit classes per
     * token and is most of the analysis time, while news vocabulary repeats. The cache is bounded, so
     * memory stays flat however many articles stream through. Other word classes keep their lower case.
     */
    private static String lemma(Nlp nlp, String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!LEMMATIZED.contains(tag)) return lower;
        String key = tag + '\t' + word;
        String cached = LEMMAS.get(key);
        if (cached != null) return cached;
        String[] l = nlp.lemmas(new String[] {word}, new String[] {tag});
        String lemma = l.length == 0 || l[0] == null || l[0].equals("O") ? lower : l[0].toLowerCase(Locale.ROOT);
        if (LEMMAS.size() < LEMMA_CACHE_MAX) LEMMAS.put(key, lemma);
        return lemma;
    }

    /** One word, its glued possessive split off. */
    private static void word(String w, int start, List<String> words, List<int[]> spans) {
        int cut = possessive(w);
        if (cut > 0) {
            words.add(w.substring(0, cut));
            spans.add(new int[] {start, start + cut});
            words.add(w.substring(cut));
            spans.add(new int[] {start + cut, start + w.length()});
        } else {
            words.add(w);
            spans.add(new int[] {start, start + w.length()});
        }
    }

    /** "US-led" → US, -, led; "Russian-" → Russian, -. */
    private static void hyphenated(String w, int start, List<String> words, List<int[]> spans) {
        int from = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i < w.length() && "-—–".indexOf(w.charAt(i)) < 0) continue;
            if (i > from) word(w.substring(from, i), start + from, words, spans);
            if (i < w.length()) {
                words.add(String.valueOf(w.charAt(i)));
                spans.add(new int[] {start + i, start + i + 1});
            }
            from = i + 1;
        }
    }

    /** Where a glued possessive starts ("Russia's" → 6), or -1. */
    private static int possessive(String w) {
        for (String suffix : new String[] {"'s", "’s", "'", "’"}) {
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix) && Character.isLetter(w.charAt(w.length() - suffix.length() - 1))) {
                if (suffix.length() == 1 && !w.substring(0, w.length() - 1).endsWith("s")) continue;
                return w.length() - suffix.length();
            }
        }
        return -1;
    }
}
