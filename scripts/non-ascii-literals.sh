#!/usr/bin/env bash
# Lists the string and char literals holding non-ASCII characters in the parser's language-neutral
# classes (every class except those that extend Language), then their count; the goal is 0, which
# NeutralClassesTest asserts. Usage, from anywhere:  scripts/non-ascii-literals.sh [source folder…]
set -euo pipefail
cd "$(dirname "$0")/.."
exec java parser/src/test/java/dev/entente/parser/NonAsciiLiterals.java "$@"
