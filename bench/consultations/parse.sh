#!/usr/bin/env bash
# Times parsing a generated 200-article draft (goal: under 1 s). Run from the repository root after
# `mvn -q -DskipTests install`. Arguments: [articles] [runs].
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o -pl modules/documents dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "modules/documents/target/classes:$(cat modules/documents/target/bench-classpath.txt)" \
  bench/consultations/ParseBench.java "${1:-200}" "${2:-30}"
