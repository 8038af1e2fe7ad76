#!/usr/bin/env bash
# The supervision benchmark (README, "Supervision and evaluation"): builds the test classes,
# starts GridCase against a durable PostgreSQL in bench/.data/supervision-pg (or BENCH_DB_URL),
# seeds BENCH_CASES (1,000,000) cases once with SQL, measures a month's figures, rankings and the
# light board over HTTP and writes bench/results/supervision-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="${MVN:-mvn}"
$MVN -B -q -DskipTests test-compile
$MVN -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# a copy of the classes, so that building the worktree meanwhile does not change a running benchmark
copy="target/bench-run-$$"
mkdir -p "$copy" && cp -r target/classes target/test-classes "$copy/"
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "$copy/test-classes:$copy/classes:$(cat target/bench-classpath.txt)" \
  org.gridcase.bench.SupervisionBenchmark "$@"
