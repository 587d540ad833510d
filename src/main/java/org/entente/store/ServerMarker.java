package org.entente.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small file beside the store ({@code <store>.server}) that says a server is serving it and
 * at which URL, so other commands can go through the server instead of failing on the lock.
 */
public final class ServerMarker {
    private ServerMarker() {}

    static Path path(Path store) {
        return store.resolveSibling(store.getFileName() + ".server");
    }

    public static void write(Path store, String url) {
        try {
            Files.writeString(path(store), url + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only a convenience for other commands.
        }
    }

    /** The URL of the live server of this store, or null. */
    public static String read(Path store) {
        Path p = path(store);
        try {
            if (!Files.exists(p)) return null;
            String[] lines = Files.readString(p, StandardCharsets.UTF_8).split("\n");
            if (lines.length < 2) return null;
            long pid = Long.parseLong(lines[1].strip());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return lines[0].strip();
            return null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    public static void delete(Path store) {
        try {
            Files.deleteIfExists(path(store));
        } catch (IOException e) {
            // ignore
        }
    }
}
