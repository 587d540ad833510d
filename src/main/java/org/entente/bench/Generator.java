package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.entente.convert.ArticleConverter;
import org.entente.convert.FactConverter;
import org.entente.facts.EntityIndex;
import org.entente.facts.Fact;
import org.entente.ingest.Article;
import org.entente.util.Progress;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;

/**
 * Writes a realistic Entente graph of about N quads, for benchmarks: the ontology and reference
 * data as they are, plus generated articles whose sentences state facts about the reference
 * actors, converted by the same code as curated facts (statement, evidence, proposition, truthy
 * triple). Distributions are skewed like news: a few states and groups appear in most articles
 * (Zipf), facts span decades, about a third are claims, denials or hypotheticals. The same seed
 * gives the same file.
 *
 * <pre>
 * new Generator(ontology, reference, index, 42).write(Path.of("bench.nq.gz"), 1_000_000);
 * </pre>
 */
public final class Generator {

    private record Rel(String name, String verb, double weight) {}

    private static final List<Rel> RELS = List.of(new Rel("supports", "backs", 15), new Rel("opposes", "opposes", 14),
            new Rel("fightsAgainst", "is fighting", 10), new Rel("attacks", "struck", 9), new Rel("sanctions", "imposed sanctions on", 5),
            new Rel("cooperatesWith", "is cooperating with", 10), new Rel("negotiatesWith", "held talks with", 8),
            new Rel("meetsWith", "met", 7), new Rel("allyOf", "is an ally of", 5), new Rel("armsOrFunds", "armed", 6),
            new Rel("violates", "violated", 3), new Rel("memberOf", "is a member of", 3), new Rel("partyTo", "signed", 3),
            new Rel("leads", "leads", 2));
    private static final String[] STANCES = {"asserted", "claimed", "denied", "hypothetical", "normative"};
    private static final double[] STANCE_W = {0.66, 0.18, 0.08, 0.05, 0.03};
    private static final String[] SUPPORT = {"weapons", "funding", "troops", "air support", "training and expertise", "intelligence",
            "political", "unspecified"};

    private final Graph ontology;
    private final Graph reference;
    private final EntityIndex index;
    private final long seed;
    private final List<Node> actors = new ArrayList<>();
    private final List<Node> orgs = new ArrayList<>();
    private final List<Node> agreements = new ArrayList<>();
    private final List<Node> places = new ArrayList<>();
    private final List<Node> media = new ArrayList<>();
    private double[] zipf;

    public Generator(Graph ontology, Graph reference, EntityIndex index, long seed) {
        this.ontology = ontology;
        this.reference = reference;
        this.index = index;
        this.seed = seed;
        reference.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(EntenteConst.ID)) return;
            if (index.isA(s, ENT.Actor) && !actors.contains(s) && !index.isA(s, ENT.MediaOrganization)) actors.add(s);
            if (index.isA(s, ENT.Organization) && !orgs.contains(s) && !index.isA(s, ENT.MediaOrganization)) orgs.add(s);
            if (index.isA(s, ENT.Agreement) && !agreements.contains(s)) agreements.add(s);
            if (index.isA(s, ENT.MediaOrganization) && !media.contains(s)) media.add(s);
            if (index.isA(s, ENT.State) && !places.contains(s)) places.add(s);
        });
        for (List<Node> l : List.of(actors, orgs, agreements, places, media)) l.sort(Comparator.comparing(Node::getURI));
        // A seeded shuffle decides which actors are the frequent ones; weights fall off as 1/rank.
        java.util.Collections.shuffle(actors, new Random(seed));
        zipf = new double[actors.size()];
        double sum = 0;
        for (int i = 0; i < zipf.length; i++) sum += 1.0 / Math.pow(i + 1, 1.1);
        double acc = 0;
        for (int i = 0; i < zipf.length; i++) {
            acc += 1.0 / Math.pow(i + 1, 1.1) / sum;
            zipf[i] = acc;
        }
    }

    private Node actor(Random r) {
        double u = r.nextDouble();
        int i = java.util.Arrays.binarySearch(zipf, u);
        return actors.get(Math.min(actors.size() - 1, i < 0 ? -i - 1 : i));
    }

    /**
     * Writes the graph to an N-Quads file (gzip if the name ends in .gz).
     *
     * @return quads written
     */
    public long write(Path file, long quads) throws IOException {
        Random r = new Random(seed);
        long[] n = {0};
        try (java.io.OutputStream w = new java.io.BufferedOutputStream(file.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) : Files.newOutputStream(file), 1 << 16);
             Progress p = Progress.start("Generate", quads)) {
            StreamRDF out = StreamRDFWriter.getWriterStream(w, RDFFormat.NQUADS);
            StreamRDF counting = new org.apache.jena.riot.system.StreamRDFWrapper(out) {
                @Override
                public void quad(Quad q) {
                    super.quad(q);
                    n[0]++;
                    if ((n[0] & 0x3FF) == 0) p.step(0x400);
                }
            };
            counting.start();
            Node og = NodeFactory.createURI(EntenteConst.GRAPH_ONTOLOGY), rg = NodeFactory.createURI(EntenteConst.GRAPH_REFERENCE);
            ontology.find().forEachRemaining(t -> counting.quad(new Quad(og, t)));
            reference.find().forEachRemaining(t -> counting.quad(new Quad(rg, t)));
            Graph both = org.entente.pipeline.Pipeline.union(ontology, reference);
            ArticleConverter ac = new ArticleConverter(index);
            int i = 0;
            while (n[0] < quads) {
                Article a = article(r, i++);
                ac.write(a, counting);
                FactConverter fc = new FactConverter(index, both, java.util.Map.of(a.id(), a));
                for (Fact f : facts) fc.write(fc.resolve(f), ENT.Curated, counting);
            }
            counting.finish();
        }
        return n[0];
    }

    private List<Fact> facts = new ArrayList<>();

    /** One article: its sentences state its facts; {@link #facts} holds them afterwards. */
    private Article article(Random r, int i) {
        facts = new ArrayList<>();
        LocalDate date = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(36 * 365));
        int k = 6 + r.nextInt(10);
        StringBuilder text = new StringBuilder("Report " + i + " on international relations\n\n");
        List<String[]> rows = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            Rel rel = pick(r);
            Node s = actor(r);
            Node o = switch (rel.name()) {
                case "memberOf", "leads" -> orgs.get(r.nextInt(orgs.size()));
                case "partyTo", "violates" -> agreements.isEmpty() ? actor(r) : agreements.get(r.nextInt(agreements.size()));
                default -> actor(r);
            };
            if (s.equals(o)) continue;
            if ((rel.name().equals("memberOf") || rel.name().equals("leads")) && !index.isA(s, ENT.Actor)) continue;
            String stance = stance(r);
            Node claimant = stance.equals("claimed") || stance.equals("denied") ? (r.nextBoolean() ? o : actor(r)) : null;
            LocalDate start = date.minusDays(r.nextInt(3650));
            String sentence = sentence(r, s, rel, o, stance, claimant, start);
            text.append(sentence).append(' ');
            rows.add(new String[] {s.getURI(), rel.name(), o.getURI(), r.nextInt(4) == 0 ? null : start.toString(),
                    r.nextInt(5) == 0 ? date.toString() : null, rel.name().equals("supports") ? SUPPORT[r.nextInt(SUPPORT.length)] : null,
                    stance, claimant == null ? null : claimant.getURI(), sentence});
        }
        String t = text.toString().strip();
        Article a = new Article(Article.idOf(t + "|" + seed + "|" + i), "Report " + i + " on international relations",
                media.isEmpty() ? null : index.label(media.get(r.nextInt(media.size()))), null, date, "generated:" + seed + ":" + i, t, null);
        for (String[] row : rows) {
            facts.add(new Fact("generated", facts.size() + 1, a.id(), row[0], row[1], row[2], row[3], row[4], null, row[5], row[6], row[7], row[8], null, null));
        }
        return a;
    }

    private String sentence(Random r, Node s, Rel rel, Node o, String stance, Node claimant, LocalDate start) {
        String core = index.label(s) + " " + rel.verb() + " " + index.label(o);
        return switch (stance) {
            case "claimed" -> index.label(claimant) + " says " + core + " in " + start.getYear() + ".";
            case "denied" -> index.label(claimant) + " denies that " + core + " in " + start.getYear() + ".";
            case "hypothetical" -> "If tensions rise, " + index.label(s) + " could turn on " + index.label(o) + " (" + rel.name() + ").";
            case "normative" -> "Analysts say " + index.label(s) + " should act on " + index.label(o) + " (" + rel.name() + ").";
            default -> core + " since " + start.getYear() + ", " + (r.nextBoolean() ? "officials confirm." : "records show.");
        };
    }

    private static Rel pick(Random r) {
        double total = RELS.stream().mapToDouble(Rel::weight).sum(), u = r.nextDouble() * total;
        for (Rel rel : RELS) {
            u -= rel.weight();
            if (u <= 0) return rel;
        }
        return RELS.get(0);
    }

    private static String stance(Random r) {
        double u = r.nextDouble();
        for (int i = 0; i < STANCES.length; i++) {
            u -= STANCE_W[i];
            if (u <= 0) return STANCES[i];
        }
        return "asserted";
    }

}
