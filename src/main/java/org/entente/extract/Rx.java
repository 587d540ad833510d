package org.entente.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches(String)} without compiling the expression on each call: the extractor asks a few
 * hundred fixed expressions ("DET|ADJ|NOUN", "of|for") of every token, and compiling them took about a
 * tenth of its time. Each expression compiles once and is shared by all threads.
 */
final class Rx {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Rx() {}

    /** Whether the whole of {@code s} matches {@code regex}, as {@code s.matches(regex)}. */
    static boolean matches(String s, String regex) {
        Pattern p = COMPILED.get(regex);
        if (p == null) p = COMPILED.computeIfAbsent(regex, Pattern::compile);
        return p.matcher(s).matches();
    }
}
