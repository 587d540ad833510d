package org.entente.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.entente.EntenteException;
import org.entente.convert.RdfFiles;
import org.entente.facts.EntityIndex;
import org.entente.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "convert", description = {
        "Convert data/articles and data/facts to RDF quads, one named graph per article (N-Quads).",
        "Every fact is checked: its article must exist, its quote must be in the article verbatim, its entities must be",
        "known and of the right kind, its dates well-formed. All refused facts are listed with file and line."})
final class ConvertCmd implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "FILE", description = "Write N-Quads here (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        main.init();
        Pipeline p = new Pipeline(main.project().check());
        var corpus = p.ingest();
        var ref = p.reference();
        var both = Pipeline.union(p.ontology(), ref.graph());
        var index = new EntityIndex(both);
        OutputStream os = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        try {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            w.start();
            var report = p.convert(corpus, both, index, RdfFiles.rebase(w));
            w.finish();
            os.flush();
            Pipeline.failOnErrors(report.errors());
            System.err.printf("converted %d articles and %d facts%s%n", report.articles(), report.facts(),
                    out == null ? "" : " to " + out);
        } finally {
            if (out != null) os.close();
        }
        if (out != null && !Files.exists(out)) throw new EntenteException(out + ": not written");
        return 0;
    }
}
