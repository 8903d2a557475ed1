#!/usr/bin/env bash
# Writes the README's screenshots of the HTML views: docs/img/corpus-page.png (the corpus page,
# OUT/index.html) and docs/img/document-page.png (a document's page with its statements), from the
# two sample documents in cli/src/main/resources/dev/entente/cli/sample.
# Needs cli/target/entente.jar (mvn -B -pl cli -am package -DskipTests); uses scripts/screenshot.sh,
# which installs Debian's chromium when none is on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=cli/target/entente.jar
if [ ! -f "$jar" ]; then
  echo "$0: $jar missing: run 'mvn -B -pl cli -am package -DskipTests' first" >&2
  exit 1
fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
java -jar "$jar" parse --format html --out "$site" cli/src/main/resources/dev/entente/cli/sample
mkdir -p docs/img
scripts/screenshot.sh "$site/index.html" docs/img/corpus-page.png
scripts/screenshot.sh "$site/000_c8f3a732433e8756.txt.html" docs/img/document-page.png
