package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void binaryFileIsRefusedWithItsName() throws Exception {
        Path f = dir.resolve("bin.txt");
        Files.write(f, new byte[] {'I', 'd', ':', ' ', 0, 1, 2, 3});
        EntenteException e = assertThrows(EntenteException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: binary content"), e.getMessage());
    }

    @Test
    void brokenUtf8IsRefusedWithLine() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'I', 'd', ':', ' ', 'x', '\n', 'T', 'i', (byte) 0xC3, '(', '\n'});
        EntenteException e = assertThrows(EntenteException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: invalid UTF-8"), e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.writeString(f, "");
        EntenteException e = assertThrows(EntenteException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void editedTextIsCaughtByItsId() throws Exception {
        Article a = new Article(Article.idOf("Title\n\nBody."), "Title", null, null, null, null, "Title\n\nBody.", null);
        Path f = ArticleFiles.write(dir, a);
        Files.writeString(f, Files.readString(f).replace("Body.", "Body changed."));
        EntenteException e = assertThrows(EntenteException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().contains("no longer matches its id"), e.getMessage());
    }

    @Test
    void unknownHeaderIsRefusedWithLine() throws Exception {
        Path f = dir.resolve("h.txt");
        Files.writeString(f, "Id: 0000000000000000\nColour: blue\n\nText\n");
        EntenteException e = assertThrows(EntenteException.class, () -> ArticleFiles.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: unknown header 'Colour'"), e.getMessage());
    }
}
