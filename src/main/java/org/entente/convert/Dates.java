package org.entente.convert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.entente.EntenteException;
import org.entente.vocab.ENT;

/**
 * Dates as facts files write them: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. A coarse
 * date is stored as the first day of its period when it starts a span and as the last day when it
 * ends one, with its precision recorded (Wikidata does the same).
 */
public final class Dates {
    private Dates() {}

    /** A parsed date with its precision. */
    public record Value(LocalDate first, LocalDate last, Node precision) {}

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Parses a date cell.
     *
     * @throws EntenteException if it is not one of the three forms or not a real date
     */
    public static Value parse(String s) {
        Matcher m = FORM.matcher(s.strip());
        if (!m.matches()) throw new EntenteException("bad date '" + s + "'; expected YYYY-MM-DD, YYYY-MM or YYYY");
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate d = LocalDate.parse(s.strip());
                return new Value(d, d, ENT.Day);
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
                return new Value(ym.atDay(1), ym.atEndOfMonth(), ENT.Month);
            }
            return new Value(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), ENT.Year);
        } catch (java.time.DateTimeException e) {
            throw new EntenteException("bad date '" + s + "': no such day");
        }
    }
}
