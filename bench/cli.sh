#!/usr/bin/env bash
# The command line as a user runs it, JVM start included (issue 18): a cold parse of one seed, and
# the 400-file seed folder (200 copies of each seed, 11.6 MB), on Java 17 and on a JDK 24+, each
# through the launcher the build makes (cli/target/entente: the AOT cache on 24+, the class-data
# archive on 17) and through java -jar. Wall time (median, spread) and CPU time (user + sys of the
# process) per run, written to OUT/cli.properties for Report. Called by run.sh after the build;
# alone, after `mvn -B -q -pl bench,cli -am package -DskipTests`:
#   bench/cli.sh [OUT]   (then: java -cp bench/target/benchmarks.jar dev.entente.bench.Report OUT/cli.properties)
# JAVA17 and JAVA25 name the two JDK homes (defaults: the java on PATH, the JDK the build made the AOT
# cache with, else the first JDK 24+ under /usr/lib/jvm). SEED_RUNS (5) and FOLDER_RUNS (3) timed
# runs follow one untimed run of each.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${1:-$ROOT/bench/results/cli-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
SEED=$ROOT/parser/src/test/resources/seeds/000_c8f3a732433e8756.txt
SEED_RUNS=${SEED_RUNS:-5}
FOLDER_RUNS=${FOLDER_RUNS:-3}

feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
JAVA17=${JAVA17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
if [[ -z ${JAVA25:-} ]]; then
  for home in ${ENTENTE_AOT_JDK:-} /usr/lib/jvm/*; do
    if [[ -x $home/bin/java && $(feature "$home") -ge 24 ]]; then JAVA25=$home; break; fi
  done
fi

FOLDER=$OUT/cli-folder
rm -rf "$FOLDER"
mkdir -p "$FOLDER"
for ((c = 0; c < 200; c++)); do
  for f in "$ROOT"/parser/src/test/resources/seeds/*.txt; do
    { cat "$f"; printf '\n\n(копия %d)\n' "$c"; } > "$FOLDER/$(basename "$f" .txt)-$c.txt"
  done
done

median() { tr ' ' '\n' | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
props=$OUT/cli.properties
: > "$props"
runs() { # runs KEY N COMMAND...: one untimed run (pages the jar and archive in), then N timed ones
  local key=$1 n=$2; shift 2
  "$@" > /dev/null 2>&1 || { echo "$key: failed: $*" >&2; return 1; }
  local walls=() cpus=() rss=0 w u s m
  for ((i = 1; i <= n; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.txt" "$@" > /dev/null 2>&1
    read -r w u s m < "$OUT/time.txt"
    walls+=("$w")
    cpus+=("$(awk "BEGIN {printf \"%.2f\", $u + $s}")")
    (( m > rss )) && rss=$m
  done
  {
    echo "$key.wall=$(echo "${walls[*]}" | median)"
    echo "$key.wall.all=${walls[*]}"
    echo "$key.cpu=$(echo "${cpus[*]}" | median)"
    echo "$key.cpu.all=${cpus[*]}"
    echo "$key.rss=$rss"
  } >> "$props"
  echo "$key: wall ${walls[*]} s; cpu ${cpus[*]} s; max RSS $rss KB"
}

{
  echo "cli.seed.bytes=$(stat -c %s "$SEED")"
  echo "cli.folder.bytes=$(du -sb "$FOLDER" | cut -f1)"
  echo "cli.folder.files=$(find "$FOLDER" -type f | wc -l)"
  echo "cli.load.before=$(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$props"
jdks=()
for jdk in 17:"$JAVA17" 25:"${JAVA25:-}"; do
  name=${jdk%%:*} home=${jdk#*:}
  if [[ -z $home || ! -x $home/bin/java ]]; then
    echo "no JDK for $name: its rows are left out" >&2
    continue
  fi
  jdks+=("$name")
  echo "cli.$name.java=$("$home/bin/java" -version 2>&1 | head -1)" >> "$props"
  launcher=(env JAVA_HOME="$home" "$ROOT/cli/target/entente")
  jar=("$home/bin/java" -jar "$ROOT/cli/target/entente.jar")
  runs "cli.$name.launcher.seed" "$SEED_RUNS" "${launcher[@]}" parse "$SEED"
  runs "cli.$name.jar.seed" "$SEED_RUNS" "${jar[@]}" parse "$SEED"
  runs "cli.$name.launcher.folder" "$FOLDER_RUNS" "${launcher[@]}" parse "$FOLDER"
  runs "cli.$name.jar.folder" "$FOLDER_RUNS" "${jar[@]}" parse "$FOLDER"
done
{
  echo "cli.jdks=${jdks[*]}"
  echo "cli.aot=$([[ -f $ROOT/cli/target/entente.aot ]] && echo yes || echo no)"
  echo "load.after=$(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$props"
rm -rf "$FOLDER" "$OUT/time.txt"
