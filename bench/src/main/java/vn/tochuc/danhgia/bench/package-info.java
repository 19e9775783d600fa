/**
 * Benchmarks: each runs against the real server (Payara Micro with the WAR) and a real MariaDB, pairs every figure
 * with the limit it is compared to, measured in the same run on the same machine, and writes a Markdown and a CSV
 * table under {@code bench/results/}. Start with {@link vn.tochuc.danhgia.bench.Bench}.
 */
package vn.tochuc.danhgia.bench;
