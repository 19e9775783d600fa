#!/usr/bin/env bash
# The consolidation benchmark, one command (run from anywhere, after `mvn -q -DskipTests install`):
#   bench/consolidation/consolidation.sh [--runs 5] [--units 100] [--comments 50] [--big 500]
# Without DB_URL it starts an embedded MariaDB; with DB_URL=jdbc:mariadb://127.0.0.1:3306/ it creates and drops a
# database of its own there. Writes bench/results/consolidation-<time>.md and .csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
java -jar bench/target/danhgia-bench.jar consolidation "$@"
