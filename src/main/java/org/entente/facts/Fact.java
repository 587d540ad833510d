package org.entente.facts;

/**
 * One row of a facts file, as written (nothing resolved yet).
 *
 * <p>Columns: {@code article subject relation object start end place type stance claimant quote}
 * and, for extracted candidates, {@code confidence rule}. Empty optional cells are null.
 *
 * @param file       the facts file, for error messages
 * @param line       1-based line number in it
 * @param article    article id (or a unique prefix of one)
 * @param subject    entity name, alias or local name
 * @param relation   a core relation name, e.g. {@code supports}
 * @param object     entity name, alias or local name
 * @param start      YYYY, YYYY-MM or YYYY-MM-DD, or null
 * @param end        YYYY, YYYY-MM or YYYY-MM-DD, or null
 * @param place      a place name, or null
 * @param type       support type (for supports) or a free-text detail (means, basis), or null
 * @param stance     asserted, claimed, denied, hypothetical or normative
 * @param claimant   who claims or denies it, or null for the article's own voice
 * @param quote      the exact text of the article the fact rests on
 * @param confidence 0..1, or null (curated facts count as 1)
 * @param rule       id of the extraction pattern, or null
 */
public record Fact(String file, long line, String article, String subject, String relation, String object,
                   String start, String end, String place, String type, String stance, String claimant,
                   String quote, Double confidence, String rule) {

    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
