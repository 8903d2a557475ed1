#!/usr/bin/env bash
# Writes what `entente parse` prints (JSON) for the seeds and for the local corpus texts, one file
# per set, and what the one-language parsers (Parser.russian(), Parser.english(), which check the
# language themselves) make of every text, so that two builds can be compared byte for byte; a
# change meant to keep the parser's behaviour (a speed-up, a refactoring) must leave every file
# identical.
#
# Usage, from the repository root, after `mvn -B -q -pl cli -am package -DskipTests`:
#   scripts/parse-outputs.sh OUT_DIR [CLI_JAR]       # CLI_JAR defaults to cli/target/entente.jar
#   scripts/parse-outputs.sh /tmp/before && (change, rebuild) && scripts/parse-outputs.sh /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
# Sets: seeds (parser/src/test/resources/seeds), corpus/ru/texts and corpus/en/texts (or
# ../shared/corpus/<lang>/texts), and the folder EXTRA names, if set; a set whose folder is missing
# is skipped with a note.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/parse-outputs.sh OUT_DIR [CLI_JAR]}
jar=${2:-cli/target/entente.jar}
[[ -f $jar ]] || { echo "no $jar: build it first (mvn -B -q -pl cli -am package -DskipTests)" >&2; exit 2; }
mkdir -p "$out"

texts() { # the first existing folder of texts for a language
  for d in "corpus/$1/texts" "../shared/corpus/$1/texts"; do
    [[ -d $d ]] && { echo "$d"; return; }
  done
}

run() { # run SET FOLDER: one JSON array of every .txt in the folder, in name order
  local set=$1 dir=$2
  if [[ -z $dir ]]; then
    echo "$set: no texts here, skipped" >&2
    return
  fi
  mapfile -t files < <(find -L "$dir" -maxdepth 1 -name '*.txt' | LC_ALL=C sort)
  # Exit code 1 is a text the CLI refuses (not Russian or English, no letters): its message is in the log.
  java -jar "$jar" parse "${files[@]}" > "$out/$set.json" 2> "$out/$set.log" || [[ $? == 1 ]]
  echo "$set: ${#files[@]} texts -> $out/$set.json ($(wc -c < "$out/$set.json") bytes)"
  for lang in ru en; do
    java -cp "$jar" scripts/ParseEach.java $lang "${files[@]}" > "$out/$set.$lang.jsonl"
    echo "$set, Parser for $lang: $out/$set.$lang.jsonl ($(wc -c < "$out/$set.$lang.jsonl") bytes)"
  done
}

run seeds parser/src/test/resources/seeds
run ru "$(texts ru)"
run en "$(texts en)"
# EXTRA=folder adds a set of one's own odd inputs (other scripts, too few letters, mixed texts).
[[ -n ${EXTRA:-} ]] && run extra "$EXTRA"
