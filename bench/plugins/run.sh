#!/usr/bin/env bash
# Plugin bench: install-and-validate time of a plugin, and the time to list the frameworks of all demo units.
#
#   bench/plugins/run.sh                                   builds what is missing, starts a demo server on port
#                                                          18181 (embedded MariaDB, data in bench/results/server-data),
#                                                          measures, stops it
#   BENCH_URL=http://127.0.0.1:8080 bench/plugins/run.sh   measures a server already started with --demo
#
# Optional: BENCH_ROUNDS (default 50) installs to measure. Results: stdout and bench/results/plugins-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -f app/launcher/target/danhgia-launcher.jar ] || mvn -q -DskipTests install
mvn -q -f bench/plugins/pom.xml package
mkdir -p bench/results

if [ -z "${BENCH_URL:-}" ]; then
  port=${BENCH_PORT:-18181}
  java -jar app/launcher/target/danhgia-launcher.jar --demo --port "$port" --data bench/results/server-data \
      > bench/results/server.log 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
  BENCH_URL="http://127.0.0.1:$port"
  echo "Started a demo server at $BENCH_URL (log: bench/results/server.log)"
fi

java -cp "bench/plugins/target/bench-plugins.jar:bench/plugins/target/lib/*" \
    vn.tochuc.danhgia.bench.PluginsBench "$BENCH_URL" "${BENCH_ROUNDS:-50}"
