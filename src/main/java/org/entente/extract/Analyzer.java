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

    /** One token: text, lower-case lemma, UD tag, and offsets in the article text. */
    public record Token(String text, String lemma, String tag, int begin, int end) {
        public boolean is(String lowerWord) {
            return text.equalsIgnoreCase(lowerWord);
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** One sentence with its tokens and offsets in the article text. */
    public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {}

    private Analyzer() {}

    /** Analyzes a whole article text. */
    public static List<Sentence> analyze(String text) {
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
                out.add(new Sentence(out.size(), sb, se, st, tokens(nlp, st, sb)));
            }
        }
        return out;
    }

    private static List<Token> tokens(Nlp nlp, String sentence, int offset) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Span t : nlp.tokens(sentence)) {
            String w = sentence.substring(t.getStart(), t.getEnd());
            if (w.length() > 1 && w.matches(".*[-—–].*") && !w.matches("[-—–]+")) {
                hyphenated(w, t.getStart(), words, spans);
                continue;
            }
            word(w, t.getStart(), words, spans);
        }
        String[] w = words.toArray(new String[0]);
        String[] tags = nlp.tags(w);
        String[] lemmas = nlp.lemmas(w, tags);
        List<Token> out = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? w[i].toLowerCase(Locale.ROOT) : lemmas[i].toLowerCase(Locale.ROOT);
            out.add(new Token(w[i], lemma, tags[i], offset + spans.get(i)[0], offset + spans.get(i)[1]));
        }
        return out;
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
