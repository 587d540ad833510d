package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.entente.EntenteException;

/**
 * The TDB2 store: one directory, opened by one process at a time.
 *
 * <p>Contract: every write goes through {@link #write}, which runs the work in one write
 * transaction and commits only if it returns normally; on any exception the transaction is
 * aborted and the store is exactly as before. Reads go through {@link #read}.
 *
 * <pre>
 * try (Store s = Store.open(Path.of("target/tdb2"))) {
 *     s.write(dsg -&gt; dsg.add(quad));
 *     long n = s.read(dsg -&gt; dsg.stream().count());
 * }
 * </pre>
 */
public final class Store implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens (creating if needed) the store in a directory.
     *
     * @throws EntenteException if another process holds the store
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            return new Store(dir, dsg);
        } catch (TDBException e) {
            throw inUse(dir, e);
        } catch (java.io.IOException e) {
            throw new EntenteException(dir + ": cannot create the store directory: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) throw inUse(dir, e);
            throw e;
        }
    }

    private static EntenteException inUse(Path dir, Exception e) {
        String url = ServerMarker.read(dir);
        if (url != null) {
            return new EntenteException("the store " + dir + " is being served by `entente serve` at " + url
                    + ". A TDB2 store is opened by one process at a time: `entente query` goes through the server by itself; "
                    + "to rebuild, stop the server (Ctrl-C) and run the command again, or use another store with --store DIR.", e);
        }
        return new EntenteException("the store " + dir + " is in use by another process (" + e.getMessage()
                + "). A TDB2 store is opened by one process at a time: stop that process, or use another store with --store DIR.", e);
    }

    /** True if the directory holds a TDB2 store. */
    public static boolean exists(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    /** The underlying dataset graph, for servers that manage transactions themselves. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public void write(Consumer<DatasetGraph> work) {
        dsg.begin(TxnType.WRITE);
        try {
            work.accept(dsg);
            dsg.commit();
        } catch (RuntimeException | Error e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    /** Runs {@code work} in a read transaction and returns its result. */
    public <T> T read(Function<DatasetGraph, T> work) {
        dsg.begin(TxnType.READ);
        try {
            return work.apply(dsg);
        } finally {
            dsg.end();
        }
    }

    /** A Dataset view of the store (for APIs that want one). */
    public Dataset dataset() {
        return org.apache.jena.query.DatasetFactory.wrap(dsg);
    }

    /** Removes everything from the store in one transaction (after a failed bulk load into an empty store). */
    public void clearAll() {
        write(d -> d.clear());
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
