#!/usr/bin/env bash
# The Spark job on 1 and on 2 local cores, and against the command line on the same folder: wall
# and CPU seconds (user + sys) of each run, ROUNDS rounds alternating the runs, then the median of
# each and the ratios. Meant for a quiet machine: on a shared one, wall time measures the other
# processes (see spark/README.md).
#
# Each run is given the CPUs its name claims, with taskset, and the JVM is told the same number
# (-XX:ActiveProcessorCount), which sizes its JIT and collector threads and Spark's local[*]:
#   cli1    entente parse --threads 1   on CPU0         (against local1)
#   local1  the job, --master local[1]  on CPU0
#   cli2    entente parse (2 threads)   on CPU0,CPU1    (against local2)
#   local2  the job, --master local[2]  on CPU0,CPU1
# Unpinned, "local[1]" is not one core: the JIT's compiler threads, the collector and Spark's own
# threads ran beside the one task thread and kept 1.8 of the 2 cores busy, so local[2] found no
# free core to gain (measured 1.00x). Pinned, local[1] / local[2] measures what one more core buys.
#
# Usage, from anywhere:  bench/spark-scaling.sh
#   DOCS=2000     documents in the folder (copies of the Russian corpus texts and the seeds, cycled)
#   ROUNDS=3      rounds of (cli1, local1, cli2, local2)
#   CORPUS=DIR    the Russian texts (default corpus/ru/texts, else ../shared/corpus/ru/texts)
#   CPU1=0        the CPU of the one-CPU runs; CPU2=0,1 the CPUs of the two-CPU runs
#   JOB_JAR=FILE  the job jar to run with `java -jar` (default spark/target/entente-spark-job.jar,
#                 built here with -Pjob: what users run, started through its launcher
#                 spark/target/entente-spark-job with its class-data archive, see ARCHIVES);
#                 JOB_JAR=classpath runs the job's class on
#                 the module's class path instead (the same classes in ~190 jars: no shading, but
#                 each class is looked up jar by jar, which costs start-up CPU)
#   ARCHIVES=1    each JVM starts with the class-data archive its build made beside its jar: the job
#                 through its launcher (entente-spark-job.jsa), the CLI with -XX:SharedArchiveFile=
#                 cli/target/entente.jsa, otherwise as `java -jar` (same JIT and collector for both).
#                 ARCHIVES=0: both as plain `java -jar`, as the script measured before the archive.
#   BUILD=0       use the jars already built (cli/target/entente.jar and the job's) instead of building
#   JAVA_OPTS=…   more JVM options for every run (e.g. -XX:+UseSerialGC to hold the collector fixed)
#   OUT=DIR       where the folder, the outputs and results.tsv go (default spark/target/scaling)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DOCS=${DOCS:-2000}
ROUNDS=${ROUNDS:-3}
CPU1=${CPU1:-0}
CPU2=${CPU2:-0,1}
OUT=${OUT:-$ROOT/spark/target/scaling}
JOB_JAR=${JOB_JAR:-$ROOT/spark/target/entente-spark-job.jar}
JAVA_OPTS=${JAVA_OPTS:-}
BUILD=${BUILD:-1}
ARCHIVES=${ARCHIVES:-1}
CORPUS=${CORPUS:-}
if [[ -z $CORPUS ]]; then
  for dir in corpus/ru/texts ../shared/corpus/ru/texts; do
    if compgen -G "$dir/*.txt" > /dev/null; then CORPUS=$dir; break; fi
  done
fi
[[ -n $CORPUS ]] || { echo "spark-scaling: no corpus texts in corpus/ru/texts or ../shared/corpus/ru/texts; set CORPUS=DIR" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "spark-scaling: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
command -v taskset > /dev/null || { echo "spark-scaling: needs taskset (Debian: util-linux)" >&2; exit 2; }
count() { awk -F, '{ print NF }' <<< "$1"; }
N1=$(count "$CPU1")
N2=$(count "$CPU2")
taskset -c "$CPU2" true 2> /dev/null || { echo "spark-scaling: cannot run on CPUs $CPU2 (this machine has $(nproc)); set CPU2" >&2; exit 2; }

if [[ $BUILD == 0 ]]; then
  echo "== no build (BUILD=0)"
elif [[ $JOB_JAR == classpath ]]; then
  echo "== build: mvn -B -q -pl spark,cli -am package -DskipTests"
  mvn -B -q -pl spark,cli -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$ROOT/spark/target/spark-classpath.txt" -Dmdep.includeScope=compile
elif [[ $JOB_JAR == "$ROOT/spark/target/entente-spark-job.jar" ]]; then
  echo "== build: mvn -B -q -pl cli -am package -DskipTests; mvn -B -q -Pjob -pl spark -am package -DskipTests"
  mvn -B -q -pl cli -am package -DskipTests
  mvn -B -q -Pjob -pl spark -am package -DskipTests
fi
[[ $JOB_JAR == classpath || -f $JOB_JAR ]] || { echo "spark-scaling: no job jar $JOB_JAR" >&2; exit 2; }
CLI=$ROOT/cli/target/entente.jar
mkdir -p "$OUT"
JOB=$OUT/job.sh   # job.sh MASTER INPUT OUTPUT, with JAVA_OPTS, a file so that /usr/bin/time can run it
LAUNCHER=$(dirname "$JOB_JAR")/entente-spark-job
if [[ $JOB_JAR != classpath && $ARCHIVES == 1 ]]; then
  [[ -f ${JOB_JAR%.jar}.jsa ]] || echo "spark-scaling: warning: no ${JOB_JAR%.jar}.jsa; the job starts without an archive" >&2
  [[ -x $LAUNCHER ]] || { echo "spark-scaling: no launcher $LAUNCHER (built with -Pjob)" >&2; exit 2; }
  printf '#!/bin/sh\nENTENTE_JAVA_OPTS="$JAVA_OPTS" exec %q --master "$1" --input "$2" --output "$3"\n' "$LAUNCHER" > "$JOB"
elif [[ $JOB_JAR != classpath ]]; then
  printf '#!/bin/sh\nexec java $JAVA_OPTS -jar %q --master "$1" --input "$2" --output "$3"\n' "$JOB_JAR" > "$JOB"
else
  OPENS=$(for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
    sun.security.action sun.util.calendar; do printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' "$p"; done)
  printf '#!/bin/sh\nexec java $JAVA_OPTS %s -Dlog4j2.configurationFile=%q -cp %q dev.entente.spark.EntenteSparkJob --master "$1" --input "$2" --output "$3"\n' \
    "$OPENS" "$ROOT/spark/src/job/log4j2.properties" \
    "$ROOT/spark/target/entente-spark-0.1.0.jar:$(cat "$ROOT/spark/target/spark-classpath.txt")" > "$JOB"
fi
chmod +x "$JOB"
CLI_SH=$OUT/cli.sh   # cli.sh ARGS...: entente parse, its JVM given JAVA_OPTS as the job's is
CLI_ARCHIVE=
if [[ $ARCHIVES == 1 ]]; then
  if [[ -f ${CLI%.jar}.jsa ]]; then
    CLI_ARCHIVE="-XX:SharedArchiveFile=${CLI%.jar}.jsa -Xlog:cds*=off"
  else
    echo "spark-scaling: warning: no ${CLI%.jar}.jsa; the CLI starts without an archive" >&2
  fi
fi
printf '#!/bin/sh\nexec java %s $JAVA_OPTS -jar %q parse "$@"\n' "$CLI_ARCHIVE" "$CLI" > "$CLI_SH"
chmod +x "$CLI_SH"

FOLDER=$OUT/docs$DOCS
if [[ ! -d $FOLDER ]]; then
  mkdir -p "$FOLDER"
  mapfile -t sources < <(ls "$CORPUS"/*.txt parser/src/test/resources/seeds/*.txt)
  for ((i = 0; i < DOCS; i++)); do
    src=${sources[i % ${#sources[@]}]}
    cp "$src" "$FOLDER/$(printf 'd%05d' "$i")-$(basename "$src")"
  done
fi
echo "== folder: $FOLDER: $DOCS files, $(du -sb "$FOLDER" | cut -f1) bytes, from $CORPUS and the seeds"
echo "== job: $(sed -n 2p "$JOB" | cut -c1-200)"
echo "== cli: $(sed -n 2p "$CLI_SH" | cut -c1-200)"

RESULTS=$OUT/results.tsv
printf 'round\trun\twall_s\tuser_s\tsys_s\tcpu_s\tphase_wall_s\tphase_cpu_s\tload_before\tsteps\n' > "$RESULTS"
measure() { # measure ROUND NAME CPUS COMMAND...: runs COMMAND on CPUS with the JVM told their number
  local round=$1 name=$2 cpus=$3; shift 3
  local load phase_wall phase_cpu steps
  load=$(cut -d' ' -f1 /proc/loadavg)
  rm -rf "$OUT/out-$name"
  JAVA_OPTS="-XX:ActiveProcessorCount=$(count "$cpus") $JAVA_OPTS" \
    /usr/bin/time -o "$OUT/$name.time" -f '%e %U %S' taskset -c "$cpus" "$@" > "$OUT/$name.log" 2>&1
  read -r wall user sys < "$OUT/$name.time"
  # The job's own summary line: "… in 9.4 s, 12.3 CPU-s (…)": after its Spark context was up.
  phase_wall=$(sed -n 's/.* in \([0-9.]*\) s, \([0-9.]*\) CPU-s .*/\1/p' "$OUT/$name.log")
  phase_cpu=$(sed -n 's/.* in \([0-9.]*\) s, \([0-9.]*\) CPU-s .*/\2/p' "$OUT/$name.log")
  # Its steps line: "steps: start 2.91 s 5.10 CPU-s, input …, tasks …, commit …, stop …".
  steps=$(sed -n 's/^entente-spark-job: steps: //p' "$OUT/$name.log")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$wall" "$user" "$sys" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "${phase_wall:--}" "${phase_cpu:--}" "$load" "${steps:--}" \
    | tee -a "$RESULTS"
}
for ((r = 1; r <= ROUNDS; r++)); do
  measure "$r" cli1 "$CPU1" "$CLI_SH" "$FOLDER" --format jsonl --threads "$N1" --out "$OUT/out-cli1"
  measure "$r" local1 "$CPU1" "$JOB" "local[$N1]" "$FOLDER" "$OUT/out-local1"
  measure "$r" cli2 "$CPU2" "$CLI_SH" "$FOLDER" --format jsonl --threads "$N2" --out "$OUT/out-cli2"
  measure "$r" local2 "$CPU2" "$JOB" "local[$N2]" "$FOLDER" "$OUT/out-local2"
done

echo "== medians over $ROUNDS rounds (min-max in brackets); phase = the job after its Spark context is up"
awk -F'\t' 'NR > 1 { wall[$2] = wall[$2] " " $3; cpu[$2] = cpu[$2] " " $6; pw[$2] = pw[$2] " " $7; pc[$2] = pc[$2] " " $8 }
  function med(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    lo = a[1]; hi = a[n]
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    split("cli1 local1 cli2 local2", order, " ")
    for (o = 1; o <= 4; o++) {
      k = order[o]
      w[k] = med(wall[k]); wl = lo; wh = hi
      c[k] = med(cpu[k]); cl = lo; ch = hi
      line = sprintf("%-7s wall %6.1f s [%s-%s]   CPU %6.1f s [%s-%s]", k, w[k], wl, wh, c[k], cl, ch)
      if (k ~ /local/) {
        p[k] = med(pw[k]); pl = lo; ph = hi
        q[k] = med(pc[k]); ql = lo; qh = hi
        line = line sprintf("   phase wall %5.1f s [%s-%s], CPU %5.1f s [%s-%s]", p[k], pl, ph, q[k], ql, qh)
      }
      print line
    }
    printf "speed-up 1 -> 2 CPUs, wall, local1 / local2: %.2fx whole run (goal >= 1.7x), %.2fx the phase; the CLI: %.2fx\n", \
      w["local1"] / w["local2"], p["local1"] / p["local2"], w["cli1"] / w["cli2"]
    printf "job / CLI on the same CPUs: CPU %.2fx (1 CPU), %.2fx (2 CPUs); wall %.2fx (1 CPU), %.2fx (2 CPUs)\n", \
      c["local1"] / c["cli1"], c["local2"] / c["cli2"], w["local1"] / w["cli1"], w["local2"] / w["cli2"]
  }' "$RESULTS"
echo "== every run: $RESULTS"
