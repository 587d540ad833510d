package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
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

    public Span[] sentences(String text) {
        return sentences.sentPosDetect(text);
    }

    public Span[] tokens(String sentence) {
        return tokenizer.tokenizePos(sentence);
    }

    public String[] tags(String[] tokens) {
        return tagger.tag(tokens);
    }

    public String[] lemmas(String[] tokens, String[] tags) {
        return lemmatizer.lemmatize(tokens, tags);
    }
}
