package org.entente.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a sentence gives and normalizes it against the article's date: "November 16",
 * "on November 15, 2015", "September 18th", "in March 2014", "since 2011", "in 2014", "on
 * Tuesday", "last week", "yesterday". A date without a year takes the article's year; relative
 * dates need the article's date and are dropped without it. Returns YYYY-MM-DD, YYYY-MM or YYYY.
 */
public final class DateFinder {
    private DateFinder() {}

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?i:in|of|since|from|by)\\s+(?i:late\\s+|early\\s+|mid-)?" + MONTH + "\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?i:in|since|from|by|during|until)\\s+(?i:the\\s+)?(?i:late\\s+|early\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|last week|this week|last month|earlier this month|last year|this year)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first date of the sentence, or null. */
    public static String find(String s, LocalDate articleDate) {
        // (most clauses give no date at all: every form above needs a digit or one of these words, so the rest is skipped)
        if (!mayHoldDate(s)) return null;
        // A dateline ("LONDON, April 2, 2014 —") dates the report, not what the sentence tells.
        Matcher dl = DATELINE.matcher(s);
        if (dl.find()) s = s.substring(dl.end());
        Matcher m = DAY_MONTH.matcher(s);
        if (m.find()) {
            Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : articleDate != null ? articleDate.getYear() : null;
            String d = ymd(y, month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) return d;
        }
        m = DAY_FIRST.matcher(s);
        if (m.find()) {
            Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : articleDate != null ? articleDate.getYear() : null;
            String d = ymd(y, month(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) return d;
        }
        m = MONTH_YEAR.matcher(s);
        if (m.find()) return String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)).getValue());
        m = YEAR.matcher(s);
        if (m.find()) return m.group(1);
        if (articleDate != null) {
            m = WEEKDAY.matcher(s);
            if (m.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = articleDate;
                while (d.getDayOfWeek() != dow) d = d.minusDays(1);
                return d.toString();
            }
            m = RELATIVE.matcher(s);
            if (m.find()) {
                return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> articleDate.minusDays(1).toString();
                    case "last week" -> articleDate.minusWeeks(1).toString().substring(0, 7);
                    case "this week", "earlier this month" -> articleDate.toString().substring(0, 7);
                    case "last month" -> articleDate.minusMonths(1).toString().substring(0, 7);
                    case "last year" -> Integer.toString(articleDate.getYear() - 1);
                    default -> Integer.toString(articleDate.getYear());
                };
            }
        }
        return null;
    }

    /** Whether {@code s} has a digit or "day", "week", "month" or "year" in any case: no date of {@link #find} can be without. */
    private static boolean mayHoldDate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
            if ((c == 'y' || c == 'Y') && (s.regionMatches(true, i - 2, "day", 0, 3) || s.regionMatches(true, i, "year", 0, 4))) return true;
            if ((c == 'k' || c == 'K') && s.regionMatches(true, i - 3, "week", 0, 4)) return true;
            if ((c == 'h' || c == 'H') && s.regionMatches(true, i - 4, "month", 0, 5)) return true;
        }
        return false;
    }

    /** "LONDON, April 2, 2014 —", "VILNIUS, July 11, 2023 (Reuters) -": a place in capitals, a date, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu} .'-]+(?:,\\s*[\\p{L} .]+)?,\\s*(\\p{L}+)\\.? (\\d{1,2}),? (\\d{4})\\s*(?:\\([^)]*\\))?\\s*[—–-]+\\s*");

    /** The date of a dateline opening one of the article's first lines, or null. */
    public static LocalDate dateline(String text) {
        String[] lines = text.split("\n", 12);
        for (int i = 0; i < Math.min(lines.length, 11); i++) {
            Matcher m = DATELINE.matcher(lines[i]);
            if (!m.find()) continue;
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String ymd(Integer y, Month month, int day) {
        if (y == null) return null;
        try {
            return LocalDate.of(y, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || full.startsWith(n) && n.length() >= 3) return m;
        }
        throw new IllegalArgumentException(name);
    }
}
