#!/bin/sh
# Runs the Entente benchmarks and writes target/bench/results.md and results.csv.
#   src/bench/run.sh --quick          the smallest size only (a few minutes)
#   src/bench/run.sh                  100k, 1M and 10M quads (about two and a half hours on 2 cores)
#   src/bench/run.sh --sizes 100000,1000000
# Peers: plain Fuseki/TDB2 from the same jar; Virtuoso Open Source 7 if /usr/bin/virtuoso-t exists
# (Debian package virtuoso-opensource-7-bin; the harness starts it on 127.0.0.1 with a temporary
# database and stops it). A peer that cannot start is reported in the results, not skipped silently.
set -e
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
if [ ! -f target/entente.jar ] || [ -n "$(find src/main pom.xml -newer target/entente.jar -print 2>/dev/null | head -n 1)" ]; then
  mvn -B -q -Dstyle.color=never -DskipTests package
fi
exec java -Xmx2g -cp target/entente.jar org.entente.bench.Bench --root "$here" --out "$here/target/bench" "$@"
