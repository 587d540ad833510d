package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Sentences, tokens, Universal Dependencies part-of-speech tags and lemmas with Apache OpenNLP's
 * English models. The models load once (by their {@code .bin} resource names: the model jars all
 * carry a {@code model.properties} that collide in a fat jar); the OpenNLP tools are not
 * thread-safe, so each thread gets its own.
 */
public final class Nlp {
    private static final String SENT = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOK = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEM = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile Models models;

    private record Models(SentenceModel sent, TokenizerModel tok, POSModel pos, LemmatizerModel lem) {}

    private static Models models() {
        Models m = models;
        if (m == null) {
            synchronized (Nlp.class) {
                if (models == null) {
                    try {
                        models = new Models(new SentenceModel(open(SENT)), wordsWhole(new TokenizerModel(open(TOK))), greedy(new POSModel(open(POS))),
                                new LemmatizerModel(open(LEM)));
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot load the OpenNLP models: " + e.getMessage(), e);
                    }
                }
                m = models;
            }
        }
        return m;
    }

    /**
     * The tokenizer model with OpenNLP's alphanumeric shortcut on, for runs of letters only or digits only: such a run
     * between spaces is one token without asking the model at each of its characters (the English model keeps them whole,
     * "cannot", "2014"; tokenizing took a fifth of extraction's time without the shortcut). Mixed runs still go to the
     * model, which splits some ("155mm", "30km", "50bn").
     */
    private static TokenizerModel wordsWhole(TokenizerModel m) {
        TokenizerFactory f = new TokenizerFactory(m.getLanguage(), m.getAbbreviations(), true,
                java.util.regex.Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$"));
        return new TokenizerModel(m.getMaxentModel(), Map.of(), f);
    }

    /** The tagging model with a beam of one: each word's most likely tag given the tags before it. */
    private static POSModel greedy(POSModel m) {
        return new POSModel(m.getLanguage(), (MaxentModel) m.getArtifact("pos.model"), 1, Map.of(), m.getFactory());
    }

    private static InputStream open(String name) {
        InputStream in = Nlp.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        return in;
    }

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    private static final ThreadLocal<Nlp> PER_THREAD = ThreadLocal.withInitial(Nlp::new);

    private Nlp() {
        Models m = models();
        sentences = new SentenceDetectorME(m.sent());
        tokenizer = new TokenizerME(m.tok());
        tagger = new POSTaggerME(m.pos());
        lemmatizer = new LemmatizerME(m.lem());
    }

    /** This thread's pipeline. */
    public static Nlp get() {
        return PER_THREAD.get();
    }

    /**
     * A first name and middle initials at the end of a detected sentence: "John F.", "George H. W." (not "the U.S.", nor a word
     * that names a part or a series: "Article V.", "World War I.", "Plan B.").
     */
    private static final java.util.regex.Pattern INITIALS_END = java.util.regex.Pattern.compile(
            "(^|\\s)(?!(?:Article|War|Plan|Phase|Group|Section|Annex|Chapter|Part|Title|Stage|Zone|Class|Type|Category|Vitamin|Grade|Level)\\s)\\p{Lu}\\p{Ll}+(\\s\\p{Lu}\\.)+$");

    /**
     * The sentences of a paragraph; a break the model made after a middle initial ("President John F. | Kennedy went on
     * television") is mended when the next sentence opens with a capital.
     */
    public Span[] sentences(String text) {
        Span[] spans = sentences.sentPosDetect(text);
        if (spans.length < 2) return spans;
        List<Span> out = new ArrayList<>();
        Span cur = spans[0];
        for (int i = 1; i < spans.length; i++) {
            Span next = spans[i];
            String end = text.substring(cur.getStart(), cur.getEnd());
            if (INITIALS_END.matcher(end).find() && Character.isUpperCase(text.charAt(next.getStart()))) {
                cur = new Span(cur.getStart(), next.getEnd());
            } else {
                out.add(cur);
                cur = next;
            }
        }
        out.add(cur);
        return out.toArray(new Span[0]);
    }

    /**
     * The tokens of a sentence, as the tokenizer model cuts them. The model cuts each run between spaces on its own, so runs
     * of a few shapes whose cut it always makes are cut here without asking it at each character: a word and the comma,
     * colon or semicolon after it ("said,"), a number and its comma, a quotation mark and the capitalized or lower-case word
     * it opens or closes ("“We", "said\""), and a word with an apostrophe inside, kept whole ("Russia's", "don’t"). Checked
     * against the model on every such run of the dev sets and seeds (about 6,700 runs, none cut otherwise); a fifth of
     * extraction's time had gone to the tokenizer.
     */
    public Span[] tokens(String sentence) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        int n = sentence.length(), i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) i++;
            if (i >= n) break;
            int j = i;
            while (j < n && !StringUtil.isWhitespace(sentence.charAt(j))) j++;
            int cut = knownCut(sentence, i, j);
            if (cut == 0) out.add(new Span(i, j));
            else if (cut > 0) {
                out.add(new Span(i, cut));
                out.add(new Span(cut, j));
            } else {
                for (Span t : tokenizer.tokenizePos(sentence.substring(i, j))) out.add(new Span(t.getStart() + i, t.getEnd() + i));
            }
            i = j;
        }
        return out.toArray(new Span[0]);
    }

    /** The tokens as the model alone cuts them, for checking {@link #tokens}. */
    Span[] modelTokens(String sentence) {
        return tokenizer.tokenizePos(sentence);
    }

    /** Where the model always cuts the run {@code [from, to)}: 0 to keep it whole, an offset to cut it there, -1 to ask it. */
    private static int knownCut(String s, int from, int to) {
        int len = to - from;
        if (len < 2) return 0;
        char first = s.charAt(from), last = s.charAt(to - 1);
        if (letters(s, from, to) || digits(s, from, to)) return 0;
        if ((last == ',' || last == ':' || last == ';') && word(s, from, to - 1)) return to - 1;
        if (last == ',' && digits(s, from, to - 1)) return to - 1;
        if (last == '"' && word(s, from, to - 1)) return to - 1;
        // (only a word as written: the model cuts '"EPIC' oddly)
        if ((first == '"' || first == '“') && letters(s, from + 1, to) && (len == 2 || lower(s, from + 2, to))) return from + 1;
        for (int k = from + 1; k < to - 1; k++) {
            char c = s.charAt(k);
            if (c == '\'' || c == '’') return word(s, from, k) && word(s, k + 1, to) ? 0 : -1;
        }
        return -1;
    }

    /** A word as words are written: lower case, capitalized, or all capitals (the model cuts "withdrawsFrom"). */
    private static boolean word(String s, int from, int to) {
        if (!letters(s, from, to)) return false;
        if (lower(s, from + 1, to)) return true;
        for (int k = from; k < to; k++) if (!(s.charAt(k) >= 'A' && s.charAt(k) <= 'Z')) return false;
        return true;
    }

    private static boolean letters(String s, int from, int to) {
        if (from >= to) return false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }

    private static boolean lower(String s, int from, int to) {
        for (int k = from; k < to; k++) if (!(s.charAt(k) >= 'a' && s.charAt(k) <= 'z')) return false;
        return true;
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) return false;
        for (int k = from; k < to; k++) if (!(s.charAt(k) >= '0' && s.charAt(k) <= '9')) return false;
        return true;
    }

    public String[] tags(String[] tokens) {
        return tagger.tag(tokens);
    }

    public String[] lemmas(String[] tokens, String[] tags) {
        return lemmatizer.lemmatize(tokens, tags);
    }
}
