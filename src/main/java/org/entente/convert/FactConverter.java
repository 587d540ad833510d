package org.entente.convert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.EntenteException;
import org.entente.facts.EntityIndex;
import org.entente.facts.EntityIndex.Role;
import org.entente.facts.Fact;
import org.entente.facts.Relations;
import org.entente.ingest.Article;
import org.entente.util.TextFiles;
import org.entente.vocab.ENT;
import org.entente.vocab.EntenteConst;
import org.entente.vocab.PROV;

/**
 * Turns facts into statement quads in their article's named graph.
 *
 * <p>For each fact it writes a statement node (subject, relation, object, qualifiers, stance,
 * claimant, confidence, method, source line), an evidence node (article, offsets, exact quote),
 * the proposition node shared by every statement about the same subject-relation-object, and —
 * only when the stance is {@code asserted} — the plain "truthy" triple. An asserted attack with a
 * date also describes an {@code ent:Attack} event (the reference event with the same aggressor,
 * victim and date if there is one). IRIs are content hashes, so converting twice gives the same
 * quads and no blank nodes are used.
 *
 * <p>A fact is refused, with file, line and reason, if its article is unknown, its quote is not in
 * the article verbatim, an entity is unknown or ambiguous or of the wrong kind for the relation,
 * a date is malformed, or the stance is unknown or needs a claimant it lacks.
 */
public final class FactConverter {

    private final EntityIndex index;
    private final Graph ontologyAndReference;
    private final Map<String, Article> articles;
    private final Map<String, Node> referenceEvents = new HashMap<>();
    private final Map<Node, Set<Node>> domainOf = new HashMap<>();
    private final Map<Node, Set<Node>> rangeOf = new HashMap<>();

    /**
     * @param index    names of the reference entities and ontology individuals
     * @param graph    the ontology and reference data (for domains, ranges and known events)
     * @param articles the corpus by id
     */
    public FactConverter(EntityIndex index, Graph graph, Map<String, Article> articles) {
        this.index = index;
        this.ontologyAndReference = graph;
        this.articles = articles;
        graph.find(Node.ANY, ENT.aggressor, Node.ANY).forEachRemaining(t -> {
            Node e = t.getSubject();
            Node victim = first(graph, e, ENT.victim);
            Node date = first(graph, e, ENT.date);
            if (victim != null && date != null && date.isLiteral()) {
                referenceEvents.put(eventKey(t.getObject(), victim, date.getLiteralLexicalForm()), e);
            }
        });
        for (String r : Relations.NAMES) {
            Node p = ENT.term(r);
            domainOf.put(p, objects(graph, p, RDFS.domain.asNode()));
            rangeOf.put(p, objects(graph, p, RDFS.range.asNode()));
        }
    }

    private static Node first(Graph g, Node s, Node p) {
        return org.entente.util.GraphOps.one(g, s, p);
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new java.util.HashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static String eventKey(Node aggressor, Node victim, String date) {
        return aggressor.getURI() + "|" + victim.getURI() + "|" + date;
    }

    /** The resolved form of a fact, ready to be written. */
    public record Resolved(Fact fact, Article article, Node subject, String relationName, Node relation, Node object,
                           Dates.Value start, Dates.Value end, Node place, Node supportType, String detail,
                           Node stance, Node claimant, int begin, int endIndex) {}

    /**
     * Checks and resolves one fact.
     *
     * @throws EntenteException naming the fact's file and line and the reason it is refused
     */
    public Resolved resolve(Fact f) {
        try {
            return doResolve(f);
        } catch (EntenteException e) {
            throw new EntenteException(f.where() + ": " + e.getMessage(), e);
        }
    }

    private Resolved doResolve(Fact f) {
        Article a = article(f.article());
        if (f.subject() == null) throw new EntenteException("missing subject");
        if (f.relation() == null) throw new EntenteException("missing relation");
        if (f.object() == null) throw new EntenteException("missing object");
        String relName = Relations.canonical(f.relation());
        Node rel = Relations.property(f.relation());
        Node s = index.resolve(f.subject(), Role.ANY);
        Node o = index.resolve(f.object(), Role.ANY);
        if (s.equals(o)) {
            throw new EntenteException("subject and object are the same entity (" + index.label(s) + "): a relation holds between two");
        }
        checkType("subject", s, domainOf.get(rel), relName);
        checkType("object", o, rangeOf.get(rel), relName);
        Dates.Value start = f.start() == null ? null : Dates.parse(f.start());
        Dates.Value end = f.end() == null ? null : Dates.parse(f.end());
        if (start != null && end != null && end.last().isBefore(start.first())) {
            throw new EntenteException("end " + f.end() + " is before start " + f.start());
        }
        Node place = f.place() == null ? null : index.resolve(f.place(), Role.PLACE);
        Node supportType = null;
        String detail = null;
        if (f.type() != null) {
            if (relName.equals("supports") || relName.equals("armsOrFunds")) {
                supportType = resolveIndividual(f.type(), ENT.SupportType, "support type");
            } else {
                detail = f.type();
            }
        }
        Node stance = stance(f.stance());
        Node claimant = null;
        if (f.claimant() != null) claimant = index.resolve(f.claimant(), Role.ACTOR);
        if (stance.equals(ENT.Claimed) && claimant == null) {
            throw new EntenteException("stance 'claimed' needs a claimant (who claims it?)");
        }
        if (stance.equals(ENT.Asserted) && claimant != null) {
            throw new EntenteException("stance 'asserted' is the writer's own and has no claimant; what " + index.label(claimant)
                    + " says is 'claimed' (or leave the claimant empty)");
        }
        if (f.quote() == null || f.quote().isBlank()) throw new EntenteException("missing quote");
        int at = a.text().indexOf(f.quote());
        if (at < 0) {
            throw new EntenteException("quote not found verbatim in article " + a.id() + " ('" + abbreviate(f.quote())
                    + "'); copy it exactly, including punctuation and curly quotes");
        }
        return new Resolved(f, a, s, relName, rel, o, start, end, place, supportType, detail, stance, claimant,
                at, at + f.quote().length());
    }

    private Article article(String id) {
        if (id == null) throw new EntenteException("missing article id");
        Article a = articles.get(id);
        if (a != null) return a;
        List<Article> matches = new ArrayList<>();
        if (id.length() >= 6) for (Article x : articles.values()) if (x.id().startsWith(id)) matches.add(x);
        if (matches.size() == 1) return matches.get(0);
        if (matches.isEmpty()) throw new EntenteException("unknown article '" + id + "' (not in data/articles)");
        throw new EntenteException("article prefix '" + id + "' matches " + matches.size() + " articles; give more digits");
    }

    private void checkType(String role, Node n, Set<Node> classes, String rel) {
        if (classes == null || classes.isEmpty()) return;
        for (Node c : classes) if (index.isA(n, c)) return;
        throw new EntenteException(role + " " + EntityIndex.localName(n) + " is " + index.typeName(n) + ", but " + rel
                + " expects " + (role.equals("subject") ? "a subject" : "an object") + " of type "
                + classes.stream().map(c -> c.getLocalName()).sorted().toList());
    }

    private Node resolveIndividual(String written, Node cls, String what) {
        for (Node c : index.candidates(written)) if (index.isA(c, cls)) return c;
        List<String> known = new ArrayList<>();
        ontologyAndReference.find(Node.ANY, RDF.type.asNode(), cls).forEachRemaining(t -> known.add(index.label(t.getSubject())));
        java.util.Collections.sort(known);
        throw new EntenteException("unknown " + what + " '" + written + "'; known: " + String.join(", ", known));
    }

    /** Parses a stance name. */
    public static Node stance(String s) {
        if (s == null) throw new EntenteException("missing stance (asserted, claimed, denied, hypothetical or normative)");
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "asserted" -> ENT.Asserted;
            case "claimed" -> ENT.Claimed;
            case "denied" -> ENT.Denied;
            case "hypothetical" -> ENT.Hypothetical;
            case "normative" -> ENT.Normative;
            default -> throw new EntenteException("unknown stance '" + s + "'; expected asserted, claimed, denied, hypothetical or normative");
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }

    /** The IRI of the proposition a statement is about (symmetric relations: order-free). */
    public static Node propositionIri(Node s, String relName, Node o) {
        return propositionIri(s, ENT.term(relName), o);
    }

    /**
     * The IRI of the proposition {@code s p o}: a hash of the three (the relation by its local
     * name for Entente's relations), the same whichever source or rule speaks of it.
     */
    public static Node propositionIri(Node s, Node p, Node o) {
        String rel = p.getURI().startsWith(ENT.NS) ? p.getURI().substring(ENT.NS.length()) : p.getURI();
        String a = s.getURI(), b = o.getURI();
        if (Relations.isSymmetric(rel) && a.compareTo(b) > 0) {
            String t = a; a = b; b = t;
        }
        return NodeFactory.createURI(EntenteConst.PROPOSITION_PREFIX + TextFiles.shortHash(a + "|" + rel + "|" + b));
    }

    /**
     * Writes the quads of a resolved fact into its article's graph.
     *
     * @param method ent:Curated for data/facts, ent:PatternExtraction for extracted candidates
     */
    public void write(Resolved r, Node method, StreamRDF out) {
        Fact f = r.fact();
        Node g = NodeFactory.createURI(EntenteConst.articleGraph(r.article().id()));
        String key = String.join("|", r.article().id(), r.subject().getURI(), r.relationName(), r.object().getURI(),
                nz(f.start()), nz(f.end()), r.place() == null ? "" : r.place().getURI(), nz(f.type()),
                r.stance().getURI(), r.claimant() == null ? "" : r.claimant().getURI(), f.quote(), method.getURI());
        String h = TextFiles.shortHash(key);
        Node st = NodeFactory.createURI(EntenteConst.STATEMENT_PREFIX + h);
        Node ev = NodeFactory.createURI(EntenteConst.EVIDENCE_PREFIX + h);
        Node prop = propositionIri(r.subject(), r.relationName(), r.object());
        Node articleNode = NodeFactory.createURI(EntenteConst.articleIri(r.article().id()));

        q(out, g, st, RDF.type.asNode(), ENT.Statement);
        q(out, g, st, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                index.label(r.subject()) + " " + r.relationName() + " " + index.label(r.object())
                        + " (" + r.stance().getLocalName().toLowerCase(Locale.ROOT)
                        + (r.claimant() != null ? " by " + index.label(r.claimant()) : "") + ")", "en"));
        q(out, g, st, ENT.subject, r.subject());
        q(out, g, st, ENT.relation, r.relation());
        q(out, g, st, ENT.object, r.object());
        q(out, g, st, ENT.proposition, prop);
        q(out, g, st, ENT.stance, r.stance());
        if (r.claimant() != null) {
            q(out, g, st, ENT.claimant, r.claimant());
            q(out, g, st, PROV.wasAttributedTo, r.claimant());
        }
        if (r.start() != null) {
            q(out, g, st, ENT.startDate, date(r.start().first()));
            if (!r.start().precision().equals(ENT.Day)) q(out, g, st, ENT.startPrecision, r.start().precision());
        }
        if (r.end() != null) {
            q(out, g, st, ENT.endDate, date(r.end().last()));
            if (!r.end().precision().equals(ENT.Day)) q(out, g, st, ENT.endPrecision, r.end().precision());
        }
        if (r.place() != null) q(out, g, st, ENT.place, r.place());
        if (r.supportType() != null) q(out, g, st, ENT.supportType, r.supportType());
        if (r.detail() != null) q(out, g, st, ENT.detail, NodeFactory.createLiteralString(r.detail()));
        double conf = f.confidence() == null ? 1.0 : f.confidence();
        q(out, g, st, ENT.confidence, org.entente.util.GraphOps.decimal2(BigDecimal.valueOf(conf)));
        q(out, g, st, ENT.method, method);
        if (f.rule() != null) q(out, g, st, ENT.rule, NodeFactory.createURI(EntenteConst.RULE_PREFIX + f.rule()));
        q(out, g, st, ENT.evidence, ev);
        q(out, g, st, PROV.wasDerivedFrom, articleNode);
        q(out, g, st, ENT.sourceLine, NodeFactory.createLiteralString(f.where()));

        q(out, g, ev, RDF.type.asNode(), ENT.Evidence);
        q(out, g, ev, ENT.inArticle, articleNode);
        q(out, g, ev, ENT.beginIndex, NodeFactory.createLiteralDT(Integer.toString(r.begin()), XSDDatatype.XSDnonNegativeInteger));
        q(out, g, ev, ENT.endIndex, NodeFactory.createLiteralDT(Integer.toString(r.endIndex()), XSDDatatype.XSDnonNegativeInteger));
        q(out, g, ev, ENT.quote, NodeFactory.createLiteralString(f.quote()));

        // A symmetric relation's proposition is about the unordered pair: stored in IRI order.
        boolean swap = Relations.isSymmetric(r.relationName()) && r.subject().getURI().compareTo(r.object().getURI()) > 0;
        q(out, g, prop, RDF.type.asNode(), ENT.Proposition);
        q(out, g, prop, ENT.subject, swap ? r.object() : r.subject());
        q(out, g, prop, ENT.relation, r.relation());
        q(out, g, prop, ENT.object, swap ? r.subject() : r.object());

        if (r.stance().equals(ENT.Asserted)) {
            q(out, g, r.subject(), r.relation(), r.object());
            if (r.relationName().equals("attacks") && r.start() != null) writeAttack(r, g, st, out);
        }
    }

    private void writeAttack(Resolved r, Node g, Node st, StreamRDF out) {
        String day = r.start().first().toString();
        Node ref = r.start().precision().equals(ENT.Day)
                ? referenceEvents.get(eventKey(r.subject(), r.object(), day)) : null;
        if (ref != null) {
            q(out, g, st, ENT.aboutEvent, ref);
            return;
        }
        Node ev = NodeFactory.createURI(EntenteConst.EVENT_PREFIX
                + TextFiles.shortHash(r.subject().getURI() + "|attacks|" + r.object().getURI() + "|" + day));
        q(out, g, st, ENT.aboutEvent, ev);
        q(out, g, ev, RDF.type.asNode(), ENT.Attack);
        q(out, g, ev, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                "attack by " + index.label(r.subject()) + " on " + index.label(r.object()) + ", " + day, "en"));
        q(out, g, ev, ENT.aggressor, r.subject());
        q(out, g, ev, ENT.victim, r.object());
        q(out, g, ev, ENT.date, date(r.start().first()));
        if (r.place() != null) q(out, g, ev, ENT.place, r.place());
        if (r.detail() != null) q(out, g, ev, ENT.means, NodeFactory.createLiteralString(r.detail()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Node date(java.time.LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }
}
