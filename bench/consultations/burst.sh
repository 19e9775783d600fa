#!/usr/bin/env bash
# The deadline burst against a running server with demo data (default http://127.0.0.1:8080):
#   java -jar app/launcher/target/danhgia-launcher.jar --demo     # in another terminal
#   bench/consultations/burst.sh [baseUrl] [commentsPerUnit]
# Writes bench/consultations/results/burst.md, burst.csv and burst-samples.csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
java bench/consultations/Burst.java "${1:-http://127.0.0.1:8080}" "${2:-40}"
