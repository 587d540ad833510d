package org.entente;

/**
 * The one unchecked exception Entente throws for problems a user can fix: bad input files,
 * unknown entities, malformed queries, a store in use. Its message names the file, line and
 * reason where there is one, and is printed without a stack trace by the CLI.
 */
public class EntenteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EntenteException(String message) {
        super(message);
    }

    public EntenteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error located in a file, as {@code file:line: reason}. */
    public static EntenteException at(Object file, long line, String reason) {
        return new EntenteException(location(file, line) + ": " + reason);
    }

    /** {@code file:line}, or just {@code file} when the line is unknown (line &lt;= 0). */
    public static String location(Object file, long line) {
        return line > 0 ? file + ":" + line : String.valueOf(file);
    }
}
