package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.extract.Analyzer.Sentence;
import org.entente.extract.Analyzer.Token;
import org.entente.extract.Gazetteer.Mention;

/**
 * Capitalized names in a sentence that no entity of the graph matched ("Hossein Salami", "Africa Corps", "Second Thomas
 * Shoal"), for a person to review and perhaps add to the reference data: unknown names are reported, not silently dropped.
 * A name is a run of capitalized words (with the particles of names between them: "Abdel Fattah al-Burhan", "Ministry of
 * Defence") that no mention covers, less the titles before it ("General Abdourahamane Tchiani" → "Abdourahamane Tchiani").
 * Left out: headlines in title case, a dateline's place in capitals and its agency ("KYIV, Ukraine (AP) —"), a lone
 * capitalized word opening a sentence or a quotation ("Ultimately, …") unless a title precedes it, days and months,
 * designations ("Su-24", "U-turn"), and runs of generic words ("Foreign Ministry", "National Assembly").
 */
final class UnknownNames {
    private UnknownNames() {}

    /** One unknown name: its text, its character offsets in the article, and the sentence it stands in. */
    public record Name(String text, int start, int end, Sentence sentence) {}

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "del", "della", "di",
            "du", "van", "von", "der", "den", "la", "le", "of", "-");
    /**
     * Words of titles and ranks before a name, dropped from its start (the extractor's heads of titles but "commander", which
     * would cut "Wing Commander X" differently, and their qualifiers).
     */
    private static final Set<String> TITLE_WORDS = Set.of("foreign", "defence", "defense", "prime", "vice", "deputy", "interior", "finance",
            "general", "gen", "colonel", "col", "lt", "lieutenant", "major", "admiral", "adm", "marshal", "brigadier", "captain", "sheikh",
            "mr", "mrs", "ms", "dr", "prince", "crown", "supreme", "senior", "former", "acting", "speaker", "sen", "rep", "gov", "chief",
            "first", "lady", "pope", "ayatollah", "grand", "field", "rear", "national", "security", "adviser", "advisor", "state",
            "counsellor", "special", "representative", "high", "spokesman", "spokeswoman", "president", "chancellor", "minister",
            "secretary", "director", "premier", "ambassador", "king", "queen", "emir", "spokesperson", "chairman", "undersecretary",
            "assistant", "envoy", "governor", "senator", "leader", "-");
    /** Capitalized words that name no one by themselves: a run of only these is no name. */
    private static final Set<String> GENERIC = Set.of("ministry", "ministries", "army", "armed", "forces", "force", "government", "parliament",
            "council", "cabinet", "embassy", "navy", "air", "office", "department", "court", "assembly", "committee", "agency", "party",
            "coalition", "alliance", "union", "republic", "kingdom", "states", "national", "security", "foreign", "defence", "defense",
            "affairs", "interior", "general", "guard", "guards", "coast", "house", "white", "senate", "congress", "command", "central",
            "news", "statement", "joint", "special", "operations", "operation", "military", "international", "united", "nations",
            "islamic", "people", "peoples", "democratic", "federal", "federation", "northern", "southern", "eastern", "western", "north",
            "south", "east", "west", "middle", "supreme", "high", "leader", "state", "secretary", "minister", "prime", "president", "the",
            "of", "and", "for", "-", "on", "in", "a", "an", "mr", "mrs", "ms", "dr", "day", "war", "world", "cold", "new", "old",
            "great", "global", "european", "press", "service", "services", "intelligence", "border", "police", "presidential",
            "palace", "summit", "conference", "forum", "group", "treaty", "accord", "agreement", "pact", "deal", "declaration", "charter",
            "article", "resolution", "chief", "staff", "base", "bases");
    /** Words that open sentences capitalized, for sentences the tagger did not read. */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "for", "but", "and", "after", "as", "when", "while", "with", "by",
            "from", "since", "during", "under", "before", "if", "although", "though", "yet", "so", "then", "meanwhile", "also", "both", "neither",
            "once", "unlike", "like", "despite", "without", "within", "across", "between", "among", "over", "through", "to", "of", "this", "that",
            "these", "those", "its", "his", "her", "their", "our", "my", "we", "they", "it", "he", "she", "some", "many", "most", "all", "every");
    /** Days and months (the extractor's), their abbreviations, and time zones. */
    private static final Set<String> CALENDAR = union(Extractor.CALENDAR, "gmt", "utc", "cet", "est", "edt", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** The unknown names of one sentence, given every mention the extractor found in it. */
    static List<Name> in(Sentence s, List<Mention> mentions, String articleText) {
        List<Token> ts = s.tokens();
        List<Name> out = new ArrayList<>();
        if (ts.isEmpty() || titleCase(ts)) return out;
        boolean[] covered = new boolean[ts.size()];
        for (Mention m : mentions) for (int i = Math.max(m.from(), 0); i < m.to() && i < ts.size(); i++) covered[i] = true;
        int i = datelineEnd(ts);
        while (i < ts.size()) {
            if (!capitalized(ts.get(i)) || covered[i]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < ts.size()) {
                if (capitalized(ts.get(j)) && !covered[j]) j++;
                // ("al-Burhan", "Ministry of Defence": particles inside a name, only with a capitalized word after them)
                else if (PARTICLES.contains(ts.get(j).lower()) && j + 1 < ts.size() && !covered[j] && !covered[j + 1]
                        && (capitalized(ts.get(j + 1)) || j + 2 < ts.size() && PARTICLES.contains(ts.get(j + 1).lower()) && capitalized(ts.get(j + 2))))
                    j++;
                else break;
            }
            add(out, s, ts, i, j, articleText);
            i = j;
        }
        return out;
    }

    private static void add(List<Name> out, Sentence s, List<Token> ts, int from, int to, String text) {
        // A capitalized word opening the sentence (or a quotation) may be capitalized only for that: alone, it is no name.
        boolean opening = from == 0 || Rx.matches(ts.get(from - 1).text(), "[\"“‘'(\\[—–-]|:");
        // (a model's designation is no name: "Su-24", "F-16", and neither is "U-turn")
        if (to + 1 < ts.size() && ts.get(to).is("-") && ts.get(to).begin() == ts.get(to - 1).end() && Rx.matches(ts.get(to + 1).text(), "\\d.*|[a-z].*")) return;
        // (titles before the name; "Foreign Minister" alone names no one; an article opening the sentence)
        boolean titled = false;
        // (a word opening the sentence that the tagger reads as no noun: "In Samarkand", "After Putin")
        if (opening && to - from > 1 && (Rx.matches(ts.get(from).tag(), "ADP|CCONJ|SCONJ|DET|ADV|PRON|AUX|VERB|ADJ|NUM|PART")
                || FUNCTION_WORDS.contains(ts.get(from).lower()))) {
            from++;
            opening = false;
        }
        while (from < to && (TITLE_WORDS.contains(ts.get(from).lower()) || PARTICLES.contains(ts.get(from).lower())
                || opening && Rx.matches(ts.get(from).text(), "The|A|An"))) {
            titled |= TITLE_WORDS.contains(ts.get(from).lower());
            from++;
        }
        while (to > from && PARTICLES.contains(ts.get(to - 1).lower())) to--;
        // (a title inside the run ends what came before it: "Congolese Foreign Minister Thérèse Kayikwamba", "Secretary of State Marco Rubio")
        for (int k = to - 2; k >= from; k--) {
            if (TITLE_WORDS.contains(ts.get(k).lower()) && !ts.get(k).is("-")) {
                from = k + 1;
                titled = true;
                break;
            }
        }
        if (from >= to) return;
        boolean generic = true, properNoun = false;
        for (int k = from; k < to; k++) {
            Token t = ts.get(k);
            if (!GENERIC.contains(t.lower()) && !PARTICLES.contains(t.lower())) generic = false;
            if (t.tag().equals("PROPN")) properNoun = true;
        }
        if (generic) return;
        if (to - from == 1 && opening && !titled) return;
        // (one or two letters: an initial or a piece of a designation)
        String only = ts.get(from).text().replace(".", "");
        if (to - from == 1 && (only.length() <= 1 || only.length() == 2 && !only.equals(only.toUpperCase(Locale.ROOT)))) return;
        // (in a tagged sentence a capitalized run the tagger read as no proper noun at all is an adjective or a common noun)
        if (s.tagged() && !properNoun && to - from == 1 && !Rx.matches(ts.get(from).tag(), "X|NOUN")) return;
        // (a sentence's final period the tokenizer left on the word: "called Ryabkov.")
        String last = ts.get(to - 1).text();
        int end = ts.get(to - 1).end() - (last.length() > 2 && last.indexOf('.') == last.length() - 1 ? 1 : 0);
        String name = text.substring(ts.get(from).begin(), end);
        out.add(new Name(name.indexOf('\n') < 0 && name.indexOf("  ") < 0 ? name : name.replaceAll("\\s+", " "), ts.get(from).begin(), end, s));
    }

    /** Whether a token starts with a capital and is a word (letters, perhaps an apostrophe or a dot), not a day or month. */
    private static boolean capitalized(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.equals("I") || CALENDAR.contains(t.lower().replace(".", ""))) return false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '.') return false;
        }
        // (capitals throughout: an acronym of up to six letters, not a word shouted or a dateline's place)
        return !(w.length() > 6 && w.equals(w.toUpperCase(Locale.ROOT)));
    }

    /** A headline or title in title case: most of its words capitalized. */
    private static boolean titleCase(List<Token> ts) {
        int words = 0, caps = 0;
        for (Token t : ts) {
            if (!Character.isLetter(t.text().charAt(0))) continue;
            words++;
            if (Character.isUpperCase(t.text().charAt(0))) caps++;
        }
        return words >= 4 && caps * 10 >= words * 6;
    }

    /** Where the text starts after a dateline ("KYIV, Ukraine (AP) —", "LONDON (Reuters) -"), or 0. */
    private static int datelineEnd(List<Token> ts) {
        String first = ts.get(0).text();
        if (first.length() < 3 || !first.equals(first.toUpperCase(Locale.ROOT)) || !Character.isLetter(first.charAt(0))) return 0;
        for (int k = 1; k < ts.size() && k < 14; k++) if (Rx.matches(ts.get(k).text(), "[—–-]+|--")) return k + 1;
        return 0;
    }
}
