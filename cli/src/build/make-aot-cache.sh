#!/bin/sh
# Makes cli/target/entente.aot, the ahead-of-time cache the launcher gives a JDK 24 or later
# (JEP 483 classes loaded and linked, JEP 515 method profiles): a training run of the jar just
# built parses the sample documents shipped in the jar (the seeds and the English sample, never
# corpus texts) with the launcher's own JVM options. Run by the build (cli/pom.xml); never fails it.
#
# Usage: make-aot-cache.sh TARGET_DIR RESOURCES_DIR (the samples are RESOURCES_DIR/sample*/*.txt)
# The JDK is the first of $ENTENTE_AOT_JDK, $JAVA_HOME and /usr/lib/jvm/* whose release file says 24
# or later. Without one, or when the training run fails, no cache is made and the launcher uses the
# class-data archive (entente.jsa) as on Java 17.
target=$1
samples=$(ls "$2"/sample*/*.txt)

feature() { # the feature release of the JDK at $1 (25 for "25.0.3", 17 for "17.0.15"), or nothing
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

jdk=
for home in "$ENTENTE_AOT_JDK" "$JAVA_HOME" /usr/lib/jvm/*; do
  [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
  version=$(feature "$home")
  if [ -n "$version" ] && [ "$version" -ge 24 ]; then
    jdk=$home
    break
  fi
done

rm -f "$target/entente.aot"
if [ -z "$jdk" ]; then
  echo "[entente] no AOT cache made: no JDK 24 or later found (set ENTENTE_AOT_JDK to one);" \
    "the launcher uses the class-data archive entente.jsa"
  exit 0
fi

# The samples several times over, so that the hot methods' profiles are those of a warm parse.
training=
for round in 1 2 3 4 5; do
  training="$training $samples"
done

# --format=json, which is the default, so that the command line goes through picocli and its classes
# are cached too (`parse FILE…` alone is read without them, the other commands need them).
# The same collector as the launcher's (an AOT cache is tied to its JDK build, class path and GC).
# shellcheck disable=SC2086
if "$jdk/bin/java" -XX:AOTCacheOutput="$target/entente.aot" -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr \
    -jar "$target/entente.jar" parse --format=json $training > /dev/null 2> "$target/entente.aot.log" \
    && [ -f "$target/entente.aot" ]; then
  echo "[entente] AOT cache made with $jdk: $target/entente.aot"
  if [ "$(JAVA_HOME=$jdk "$target/entente" --version 2>&1)" != "$(JAVA_HOME=$jdk "$jdk/bin/java" -jar "$target/entente.jar" --version 2>&1)" ]; then
    rm -f "$target/entente.aot"
    echo "[entente] AOT cache removed: the launcher with it did not answer --version as java -jar does"
  fi
else
  rm -f "$target/entente.aot"
  echo "[entente] no AOT cache made: the training run with $jdk failed (see $target/entente.aot.log);" \
    "the launcher uses the class-data archive entente.jsa"
fi
