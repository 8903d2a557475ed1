#!/usr/bin/env bash
# Where parse time and allocation go: JFR execution samples of a warm 30 KB parse and of the
# 100x clause-repeated document (the superlinear case), read by JfrTop, plus JMH's GC profiler
# (bytes allocated per parse). Run after bench/run.sh (it uses bench/target/benchmarks.jar).
# Usage: bench/profile.sh [OUT_DIR]   (~3 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$PWD/bench/target/benchmarks.jar
OUT=${1:-$PWD/bench/results/profile-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
HEAP='-Xms2g -Xmx2g -XX:+AlwaysPreTouch'

echo "=== allocation per parse (-prof gc)"
java -jar "$JAR" 'ParseBenchmark\.parse$' -p input=mixed -f 1 -wi 3 -w 2s -i 3 -r 2s \
  -jvmArgs "$HEAP" -prof gc > "$OUT/gc.log" 2>&1
grep -E '^ParseBenchmark' "$OUT/gc.log" | grep -E 'parse +|alloc.rate.norm|gc.time|gc.count'

profile() { # profile NAME JMH_ARGS...
  local name=$1; shift
  java -jar "$JAR" "$@" -f 1 -jvmArgs "$HEAP -XX:StartFlightRecording=filename=$OUT/$name.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=256" \
    > "$OUT/$name.log" 2>&1
  echo "=== $name"
  java -cp "$JAR" dev.entente.bench.JfrTop "$OUT/$name.jfr" 25 | tee "$OUT/$name.top.txt"
}
profile seed000 'LatencyBenchmark' -wi 3 -w 2s -i 8 -r 2s
profile clauses100 'GrowthBenchmark' -p shape=clauses -p times=100 -wi 1 -i 4 -r 2s

# CLI cold start: where the time goes, and what JVM flags alone buy (no code change): an AppCDS
# archive of the classes one parse loads, C1 only, and the serial collector.
CLI=$PWD/cli/target/entente.jar
SEED=$PWD/parser/src/test/resources/seeds/000_c8f3a732433e8756.txt
echo "=== CLI cold start: --help (no parse) / parse, plain / with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC / + AppCDS"
java -XX:ArchiveClassesAtExit="$OUT/entente.jsa" -jar "$CLI" parse "$SEED" > /dev/null 2> /dev/null
for v in "help|--|--help" "plain|--|parse" "c1-serial|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC|parse" \
         "cds+c1-serial|-XX:SharedArchiveFile=$OUT/entente.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC|parse"; do
  IFS='|' read -r name flags cmd <<< "$v"
  [[ $flags == -- ]] && flags=
  for i in 1 2 3; do
    if [[ $cmd == parse ]]; then
      /usr/bin/time -f "$name %e s wall %U s user %M KB" java $flags -jar "$CLI" parse "$SEED" > /dev/null
    else
      /usr/bin/time -f "$name %e s wall %U s user %M KB" java $flags -jar "$CLI" --help > /dev/null
    fi
  done
done 2>&1 | tee "$OUT/cli.txt"
echo "saved in $OUT"
