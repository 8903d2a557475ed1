#!/usr/bin/env bash
# Runs the Python and R snippets of README.md's store section ("From Python ... or R") against a
# store made from the two sample documents, so that the README's promise is checked and not only
# written. Not part of the default build: it needs Python packages (duckdb, pandas, pyarrow) and,
# for R, the duckdb and arrow packages, which Debian does not package (see below).
#
# Usage, from anywhere, after `mvn -B -q -pl cli -am package -DskipTests`:
#   scripts/store-snippets.sh            # Python, and R when it has its packages
# Environment: WORK=DIR keeps the store, the Parquet files and the Python venv there (default: a
# new temporary folder). The venv's packages come from pip's configured index.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=$ROOT/cli/target/entente.jar
[[ -f $JAR ]] || { echo "no $JAR: run mvn -B -q -pl cli -am package -DskipTests first" >&2; exit 2; }
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
cd "$WORK"
rm -rf corpus.duckdb corpus.duckdb.wal corpus-parquet
java -jar "$JAR" store "$ROOT/cli/src/main/resources/dev/entente/cli/sample" --db corpus.duckdb
java -jar "$JAR" export corpus.duckdb --parquet corpus-parquet/

# The fenced block that follows "From Python" in README.md, language $1.
snippet() {
  awk -v lang="$1" '/^From Python/ {on = 1} on && $0 == "```" lang {inside = 1; next}
    inside && /^```/ {exit} inside {print}' "$ROOT/README.md"
}

status=0
echo "== Python (README.md, the python block of the store section)"
if [[ ! -x venv/bin/python ]]; then
  python3 -m venv venv
fi
if venv/bin/pip install -q duckdb pandas pyarrow; then
  snippet python > snippet.py
  # Each line as at the interactive prompt, so that every expression's value is printed.
  venv/bin/python - snippet.py <<'EOF'
import sys
for number, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if line.strip():
        print(">>> " + line.rstrip())
        exec(compile(line, f"README python line {number}", "single"))
EOF
  echo "python: the README's snippet ran"
else
  echo "python: cannot install duckdb, pandas and pyarrow with pip (none of them is a Debian package)"
  status=1
fi

echo "== R (README.md, the r block of the store section)"
if ! command -v Rscript > /dev/null; then
  echo "R: not run: no Rscript (Debian: apt-get install r-base-core r-cran-dbi); the snippet also needs"
  echo "   the R packages duckdb (>= 1.2) and arrow, which Debian 12 does not package (install.packages from CRAN)"
elif ! Rscript -e 'quit(status = !all(sapply(c("duckdb", "arrow"), requireNamespace, quietly = TRUE)))' 2> /dev/null; then
  echo "R: not run: the R packages duckdb and/or arrow are missing (Debian 12 packages neither; install.packages from CRAN)"
else
  snippet r > snippet.R
  Rscript -e 'for (e in parse("snippet.R")) print(eval(e, globalenv()))'
  echo "R: the README's snippet ran"
fi
echo "files kept in $WORK"
exit $status
