package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.TestData;
import org.entente.util.TextFiles;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Article> split(String seed) {
        return splitter.split(seed, TextFiles.readUtf8(TestData.seed(seed)));
    }

    @Test
    void multiArticleSeedIsCutAtSourceLines() {
        List<Article> as = split("002_3e898528250441a4.txt");
        // Seven "Source:" lines, seven articles: each line closes the article above it.
        assertEquals(List.of("How to Avoid War With Russia", "Time has passed the Turkish alliance",
                "Putin exposes obama’s paid isis mercenaries in middle east and syria",
                "Obama’s former CIA chief: We need a Middle East strategy", "Russia unfairly demonized",
                "The Real Scandal of the Libyan War", "US Forced to Cooperate with Russia on Syrian Quagmire"),
                as.stream().map(Article::title).toList());
        assertEquals(List.of("National Interest", "The American Conservative", "The Marshall Report", "Fortune",
                "Japan Times", "The American Conservative", "Russian Council"),
                as.stream().map(Article::publisher).toList());
    }

    @Test
    void singleArticleSeedsGiveOneArticleEach() {
        for (String s : List.of("000_bd43548a57869bb5.txt", "001_074a5fcd4cda3b75.txt", "003_8a06beea54a43315.txt",
                "004_2d3edf9328bd3590.txt")) {
            assertEquals(1, split(s).size(), s);
        }
    }

    @Test
    void boilerplateIsRemoved() {
        List<Article> all = new ArrayList<>();
        for (String s : List.of("000_bd43548a57869bb5.txt", "001_074a5fcd4cda3b75.txt", "002_3e898528250441a4.txt",
                "003_8a06beea54a43315.txt", "004_2d3edf9328bd3590.txt")) all.addAll(split(s));
        for (Article a : all) {
            for (String junk : List.of("Advertisements", "Leave a Comment", "powered by Disqus", "Facebook comments are closed",
                    "Source:", "Updated on\n", "Image source:")) {
                assertFalse(a.text().contains(junk), a.title() + " still contains " + junk);
            }
            assertEquals(a.text(), a.text().strip(), "text is trimmed");
        }
    }

    @Test
    void boilerplateGluedToTheNextTitleStartsANewArticle() {
        String raw = "First Title\n\nFirst body sentence.\n\nFacebook comments are closed on this article.Second Title Here\n\n"
                + "Second body.\n\nblog comments powered by DisqusThird Title\n\nThird body.\nAdvertisements\nMore third body.\n";
        List<Article> as = splitter.split("glued.txt", raw);
        assertEquals(List.of("First Title", "Second Title Here", "Third Title"), as.stream().map(Article::title).toList());
        assertEquals("Third Title\n\nThird body.\nMore third body.", as.get(2).text());
    }

    @Test
    void bylinesAndDatesAreRead() {
        Map<String, Article> byTitle = split("002_3e898528250441a4.txt").stream().collect(Collectors.toMap(Article::title, a -> a));
        assertEquals("Patrick J. Buchanan", byTitle.get("Time has passed the Turkish alliance").author());
        assertEquals("Dianne Marshall", byTitle.get("Putin exposes obama’s paid isis mercenaries in middle east and syria").author());
        assertEquals(LocalDate.of(2015, 9, 25), byTitle.get("Putin exposes obama’s paid isis mercenaries in middle east and syria").date());
        assertEquals("Gregory Clark", byTitle.get("Russia unfairly demonized").author());
        assertNull(byTitle.get("How to Avoid War With Russia").author());
        Article eurasia = split("004_2d3edf9328bd3590.txt").get(0);
        assertEquals("Justin Burke", eurasia.author());
        assertEquals("EurasiaNet", eurasia.publisher());
    }

    @Test
    void idIsTheHashOfTheTextAndStable() {
        Article a = split("001_074a5fcd4cda3b75.txt").get(0);
        assertEquals(TextFiles.shortHash(a.text()), a.id());
        assertEquals(a.id(), split("001_074a5fcd4cda3b75.txt").get(0).id());
        assertTrue(a.id().matches("[0-9a-f]{16}"));
    }

    @Test
    void originSpansPointBackIntoTheSeed() {
        String seed = TextFiles.readUtf8(TestData.seed("002_3e898528250441a4.txt"));
        for (Article a : split("002_3e898528250441a4.txt")) {
            String[] span = a.origin().substring(a.origin().indexOf("#char=") + 6).split(",");
            String cut = seed.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1]));
            assertTrue(cut.startsWith(a.title().substring(0, 10)), a.title());
        }
    }

    @Test
    void committedArticlesAreExactlyTheIngestOfTheSeeds() throws Exception {
        List<Article> fromSeeds = new ArrayList<>();
        for (String s : List.of("000_bd43548a57869bb5.txt", "001_074a5fcd4cda3b75.txt", "002_3e898528250441a4.txt",
                "003_8a06beea54a43315.txt", "004_2d3edf9328bd3590.txt")) fromSeeds.addAll(split(s));
        Path dir = TestData.root().resolve("data/articles");
        List<Article> committed = ArticleFiles.readAll(dir);
        assertEquals(fromSeeds.size(), committed.size());
        Map<String, Article> byId = committed.stream().collect(Collectors.toMap(Article::id, a -> a));
        for (Article a : fromSeeds) {
            Article c = byId.get(a.id());
            assertTrue(c != null, "data/articles lacks " + a.id() + " " + a.title());
            assertEquals(a.text(), c.text());
            assertEquals(a.title(), c.title());
            assertEquals(a.publisher(), c.publisher());
        }
        // Writing an article back gives the same bytes.
        Path tmp = Files.createTempDirectory("articles");
        Article one = committed.get(0);
        Path written = ArticleFiles.write(tmp, one);
        assertEquals(Files.readString(one.file()), Files.readString(written));
        TestData.deleteTree(tmp);
    }
}
