#!/usr/bin/env bash
# Builds the benchmark and CLI jars, runs every benchmark and harness with settings that fit a
# shared 2-core machine in under 10 minutes, and prints one table (also saved as
# bench/results/<timestamp>/report.md). Usage, from anywhere:  bench/run.sh
# Set QUICK=1 for a ~2-minute smoke run (fewer, shorter iterations; figures not for quoting).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
JAR=$ROOT/bench/target/benchmarks.jar
CLI=$ROOT/cli/target/entente.jar

# A fixed, pre-touched heap: without it allocation-heavy code ran 3-8x slower here (DEPENDENCIES.md).
HEAP='-Xms2g -Xmx2g -XX:+AlwaysPreTouch'
# 100,000 documents and their indexes need more than 2 GB.
BIG_HEAP='-Xms8g -Xmx8g -XX:+AlwaysPreTouch'
# The JIT keeps compiling the parser for ~15 s of a one-thread run and ~30 s of a two-thread run on
# 2 cores (C2 then competes with the parsing threads for the cores): warm-ups of parse benchmarks
# are at least that long, or they measure the compiler. The baseline is small and warm in seconds.
if [[ ${QUICK:-0} == 1 ]]; then
  RUN='-f 1 -wi 1 -w 1s -i 2 -r 1s'; BASE=$RUN; PARSE=$RUN; PARSE2=$RUN; SLOW='-f 1 -wi 1 -i 1'
  DOCS=10000; COPIES=50; CPU_S=1; STORE_COPIES=50; STORE_DOCS=5000
else
  RUN='-f 1 -wi 3 -w 2s -i 5 -r 2s'; BASE='-f 1 -wi 3 -w 1s -i 5 -r 1s'
  PARSE='-f 1 -wi 8 -w 2s -i 5 -r 2s'; PARSE2='-f 1 -wi 15 -w 2s -i 5 -r 2s'
  SLOW='-f 1 -wi 3 -w 2s -i 3 -r 2s'; DOCS=100000; COPIES=300; CPU_S=3
  STORE_COPIES=400; STORE_DOCS=100000
fi

summary() { grep -E '^(\[corpus\]|Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$1" | grep -vE ':p0\.(00|90|95|999+) ' || true; }
step() { printf '\n=== %s (%s)\n' "$1" "$(date -u +%T)"; }
jmh() { # jmh NAME JVM_ARGS JMH_ARGS...
  local name=$1 jvm=$2; shift 2
  java -jar "$JAR" "$@" -jvmArgs "$jvm" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1
  summary "$OUT/$name.log"
}

step "build: mvn -B -q -pl bench,cli -am package -DskipTests"
mvn -B -q -pl bench,cli -am package -DskipTests

{
  echo "date=$(date -u +%FT%TZ)"
  echo "machine=$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1)"
  echo "load.before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit=$(git rev-parse --short HEAD)"
} > "$OUT/run.properties"

step "parse vs baseline, one thread (inputs 000, 004, mixed: Russian; en: English)"
jmh base1 "$HEAP" 'ParseBenchmark\.baseline$' $BASE
jmh parse1 "$HEAP" 'ParseBenchmark\.parse$' $PARSE
step "parse vs baseline, two threads, mixed"
jmh base2 "$HEAP" 'ParseBenchmark\.baseline_2t$' -p input=mixed $BASE
jmh parse2 "$HEAP" 'ParseBenchmark\.parse_2t$' -p input=mixed $PARSE2
step "per-CPU-second throughput (CpuThroughput)"
java $HEAP -cp "$JAR" dev.entente.bench.CpuThroughput "$CPU_S" "$OUT/cpu.properties"
step "latency of a 30 KB document (SampleTime)"
jmh latency "$HEAP" 'LatencyBenchmark' $PARSE
step "linear growth: 1x, 10x, 100x"
jmh growth "$HEAP" 'GrowthBenchmark' $SLOW
step "JSON export and import"
jmh json "$HEAP" 'JsonBenchmark' $RUN
step "retained heap (RetainedHeap, SerialGC)"
java -Xms2g -Xmx2g -XX:+UseSerialGC -cp "$JAR" dev.entente.bench.RetainedHeap "$COPIES" "$OUT/heap.properties"
step "corpus of $DOCS synthetic documents: queries (wall, then CPU time), then build (CorpusRun: one JVM, made once)"
java $BIG_HEAP -cp "$JAR" dev.entente.bench.CorpusRun "$OUT" -p documents=$DOCS ${RUN#-f 1} \
  > "$OUT/corpus.log" 2>&1
summary "$OUT/corpus.log"
grep '^query\.cpu\.' "$OUT/corpus.log" || true

# The command line, JVM start included: a cold parse of one seed and the 400-file seed folder, on
# Java 17 and a JDK 24+, through the launcher (cli/target/entente) and java -jar (bench/cli.sh).
step "CLI: one seed cold, the 400-file seed folder; JDK 17 and 24+; launcher and java -jar (bench/cli.sh)"
if [[ ${QUICK:-0} == 1 ]]; then
  SEED_RUNS=2 FOLDER_RUNS=1 bench/cli.sh "$OUT"
else
  bench/cli.sh "$OUT"
fi

# The corpus store (issue 16): one JVM per measurement, wall and CPU time (StoreRun).
step "store: $STORE_COPIES copies of each seed, parsed then stored (StoreRun throughput)"
mkdir -p "$OUT/store"
java $HEAP -cp "$JAR" dev.entente.bench.StoreRun throughput "$STORE_COPIES" "$OUT/store" | tee "$OUT/store.properties"
step "store: $STORE_DOCS synthetic documents stored, loaded into a Corpus, SQL over their statements (StoreRun load)"
java -Xms14g -Xmx14g -Dstore.keep=true -cp "$JAR" dev.entente.bench.StoreRun load "$STORE_DOCS" "$OUT/store" | tee -a "$OUT/store.properties"
step "store: the $STORE_DOCS-document store loaded into a Corpus 3 more times (StoreRun corpus: CPU seconds, spread)"
java -Xms14g -Xmx14g -cp "$JAR" dev.entente.bench.StoreRun corpus 3 "$OUT/store/load.duckdb" | tee -a "$OUT/store.properties"
rm -f "$OUT/store/load.duckdb" "$OUT/store/load.duckdb.wal"
step "store: the CLI on the same $STORE_COPIES-copy folder (entente store DIR --db)"
mkdir -p "$OUT/store/texts"
for ((c = 0; c < STORE_COPIES; c++)); do
  for f in "$ROOT"/parser/src/test/resources/seeds/*.txt; do
    { cat "$f"; printf '\n\n(копия %d)\n' "$c"; } > "$OUT/store/texts/$(basename "$f" .txt)-$c.txt"
  done
done
/usr/bin/time -f '%e %M' -o "$OUT/time.txt" java -jar "$CLI" store "$OUT/store/texts" --db "$OUT/store/cli.duckdb" 2>&1 | tail -1
echo "store.cli.wall.s=$(cut -d' ' -f1 "$OUT/time.txt")" | tee -a "$OUT/store.properties"
echo "store.cli.text.bytes=$(du -sb "$OUT/store/texts" | cut -f1)" | tee -a "$OUT/store.properties"
echo "store.cli.file.bytes=$(stat -c %s "$OUT/store/cli.duckdb")" | tee -a "$OUT/store.properties"
rm -rf "$OUT/store"

step "report"
{
  echo "# Entente benchmarks, $(grep '^date=' "$OUT/run.properties" | cut -d= -f2)"
  echo
  echo "$(grep '^machine=' "$OUT/run.properties" | cut -d= -f2); load average before $(grep '^load.before=' "$OUT/run.properties" | cut -d= -f2), after $(grep '^load.after=' "$OUT/cli.properties" | cut -d= -f2); commit $(grep '^commit=' "$OUT/run.properties" | cut -d= -f2)"
  echo "JMH: $RUN; baseline $BASE; parse and latency $PARSE; parse with 2 threads $PARSE2; growth $SLOW; heap $HEAP (corpus: $BIG_HEAP)"
  echo
  java -cp "$JAR" dev.entente.bench.Report "$OUT"/*.json "$OUT"/cpu.properties "$OUT"/heap.properties "$OUT"/cli.properties "$OUT"/corpus-cpu.properties
  echo
  echo "## Corpus store (StoreRun, wall times, one run each)"
  echo
  sed 's/^/    /' "$OUT/store.properties"
} | tee "$OUT/report.md"
echo "saved in $OUT"
