#!/usr/bin/env bash
# The Spark job against the command line on one folder, and the job on 1 and 2 local cores:
# CPU seconds (user + sys) and wall seconds of each run, ROUNDS rounds alternating the three runs,
# then the median of each and the ratios. Meant for a quiet machine with at least 2 free cores:
# on a shared one, wall time measures the other processes (see spark/README.md).
#
# Usage, from anywhere:  bench/spark-scaling.sh
#   DOCS=2000     documents in the folder (copies of the Russian corpus texts and the seeds, cycled)
#   ROUNDS=3      rounds of (CLI, local[1], local[2])
#   CORPUS=DIR    the Russian texts (default corpus/ru/texts, else ../shared/corpus/ru/texts)
#   JOB_JAR=FILE  run `java -jar FILE` (spark/target/entente-spark-job.jar, from -Pjob) instead of
#                 the job's class on the module's class path (the same classes, without shading)
#   OUT=DIR       where the folder, the outputs and results.tsv go (default spark/target/scaling)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DOCS=${DOCS:-2000}
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-$ROOT/spark/target/scaling}
CORPUS=${CORPUS:-}
if [[ -z $CORPUS ]]; then
  for dir in corpus/ru/texts ../shared/corpus/ru/texts; do
    if compgen -G "$dir/*.txt" > /dev/null; then CORPUS=$dir; break; fi
  done
fi
[[ -n $CORPUS ]] || { echo "spark-scaling: no corpus texts in corpus/ru/texts or ../shared/corpus/ru/texts; set CORPUS=DIR" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "spark-scaling: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }

echo "== build: mvn -B -q -pl spark,cli -am package -DskipTests"
mvn -B -q -pl spark,cli -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile="$ROOT/spark/target/spark-classpath.txt" -Dmdep.includeScope=compile
CLI=$ROOT/cli/target/entente.jar
OPENS=$(for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
  sun.security.action sun.util.calendar; do printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' "$p"; done)
mkdir -p "$OUT"
JOB=$OUT/job.sh   # job.sh MASTER INPUT OUTPUT, a file so that /usr/bin/time can run it
if [[ -n ${JOB_JAR:-} ]]; then
  printf '#!/bin/sh\nexec java -jar %q --master "$1" --input "$2" --output "$3"\n' "$JOB_JAR" > "$JOB"
else
  printf '#!/bin/sh\nexec java %s -Dlog4j2.configurationFile=%q -cp %q dev.entente.spark.EntenteSparkJob --master "$1" --input "$2" --output "$3"\n' \
    "$OPENS" "$ROOT/spark/src/job/log4j2.properties" \
    "$ROOT/spark/target/entente-spark-0.1.0.jar:$(cat "$ROOT/spark/target/spark-classpath.txt")" > "$JOB"
fi
chmod +x "$JOB"

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

RESULTS=$OUT/results.tsv
printf 'round\trun\twall_s\tuser_s\tsys_s\tcpu_s\tload_before\n' > "$RESULTS"
measure() { # measure ROUND NAME COMMAND...
  local round=$1 name=$2; shift 2
  local load times
  load=$(cut -d' ' -f1 /proc/loadavg)
  rm -rf "$OUT/out-$name"
  /usr/bin/time -o "$OUT/$name.time" -f '%e %U %S' "$@" > "$OUT/$name.log" 2>&1
  read -r wall user sys < "$OUT/$name.time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$wall" "$user" "$sys" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$load" | tee -a "$RESULTS"
}
for ((r = 1; r <= ROUNDS; r++)); do
  measure "$r" cli java -jar "$CLI" parse "$FOLDER" --format jsonl --out "$OUT/out-cli"
  measure "$r" local1 "$JOB" 'local[1]' "$FOLDER" "$OUT/out-local1"
  measure "$r" local2 "$JOB" 'local[2]' "$FOLDER" "$OUT/out-local2"
done

echo "== medians over $ROUNDS rounds (min-max in brackets)"
awk -F'\t' 'NR > 1 { wall[$2] = wall[$2] " " $3; cpu[$2] = cpu[$2] " " $6 }
  function med(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    lo = a[1]; hi = a[n]
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    for (k in wall) {
      w[k] = med(wall[k]); wl[k] = lo; wh[k] = hi
      c[k] = med(cpu[k]); cl[k] = lo; ch[k] = hi
      printf "%-7s wall %7.1f s [%s-%s]   CPU %7.1f s [%s-%s]\n", k, w[k], wl[k], wh[k], c[k], cl[k], ch[k]
    }
    printf "speed-up 1 -> 2 cores (wall, local[1] / local[2]): %.2fx (goal >= 1.7x)\n", w["local1"] / w["local2"]
    printf "job CPU / CLI CPU: local[1] %.1fx, local[2] %.1fx\n", c["local1"] / c["cli"], c["local2"] / c["cli"]
  }' "$RESULTS"
echo "== every run: $RESULTS"
