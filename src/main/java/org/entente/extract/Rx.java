package org.entente.extract;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@link String#matches(String)} without compiling the expression on each call: the extractor asks a few
 * hundred fixed expressions ("DET|ADJ|NOUN", "of|for") of every token, and compiling them took about a
 * tenth of its time. Each expression compiles once and is shared by all threads; one that is only a choice
 * of plain words ("and|but|while") becomes a set of them, looked up without a matcher.
 */
final class Rx {
    private static final ConcurrentHashMap<String, Predicate<String>> COMPILED = new ConcurrentHashMap<>();
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9' -]+(\\|[A-Za-z0-9' -]+)*");

    private Rx() {}

    /** Whether the whole of {@code s} matches {@code regex}, as {@code s.matches(regex)}. */
    static boolean matches(String s, String regex) {
        Predicate<String> p = COMPILED.get(regex);
        if (p == null) p = COMPILED.computeIfAbsent(regex, Rx::compile);
        return p.test(s);
    }

    private static Predicate<String> compile(String regex) {
        if (WORDS.matcher(regex).matches()) return Set.copyOf(java.util.List.of(regex.split("\\|", -1)))::contains;
        Pattern p = Pattern.compile(regex);
        return s -> p.matcher(s).matches();
    }
}
