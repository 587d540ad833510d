package org.entente.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.entente.EntenteException;

/**
 * Reads text files strictly: UTF-8 only, no binary content, one line-ending convention.
 * Every failure is an {@link EntenteException} naming the file, the line and the reason.
 */
public final class TextFiles {
    private TextFiles() {}

    /**
     * Reads a whole file as UTF-8 text with {@code \n} line endings and no byte-order mark.
     *
     * @throws EntenteException if the file is missing, empty, binary, or not valid UTF-8
     */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EntenteException(file + ": no such file");
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot read: " + e.getMessage(), e);
        }
        return decodeUtf8(file.toString(), bytes);
    }

    /** Decodes bytes as strict UTF-8; {@code name} is used in error messages. */
    public static String decodeUtf8(String name, byte[] bytes) {
        if (bytes.length == 0) throw new EntenteException(name + ": empty file");
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0 || (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
                throw EntenteException.at(name, lineOf(bytes, i),
                        String.format("binary content (control byte 0x%02x at byte %d); expected UTF-8 text", b & 0xff, i));
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            int pos = in.position();
            throw EntenteException.at(name, lineOf(bytes, pos),
                    String.format("invalid UTF-8 (byte 0x%02x at byte %d); files must be UTF-8", bytes[pos] & 0xff, pos));
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (s.isBlank()) throw new EntenteException(name + ": empty file (only whitespace)");
        return s;
    }

    /** Strict decoding of a byte array, for callers that already hold the bytes. */
    public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** The 1-based line number of a character offset in a text. */
    public static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of a string. */
    public static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A short stable id: the first 16 hex digits of the SHA-256 of the string. */
    public static String shortHash(String s) {
        return sha256Hex(s).substring(0, 16);
    }
}
