#!/usr/bin/env bash
# The side-by-side performance benchmark (README, "Performance benchmark"; issue 13): builds the
# GridCase jar and the vanilla Camunda 7.24 app (bench/vanilla), starts one durable PostgreSQL 17
# with a database for each, runs both applications as their own JVMs, loads them with wrk
# (bench/wrk/*.lua) and writes bench/results/performance-<date>.md.
#   bench/performance.sh                  # full run: medians of 3 runs, 100,000 open / 1,000,000 closed cases
#   bench/performance.sh --quick          # smoke run at small sizes, a few minutes
#   bench/performance.sh --runs 5 --scale 10000,100000,1000000
# MVN="mvn -o" builds offline; BENCH_SKIP_BUILD=true reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="${MVN:-mvn}"
if ! command -v wrk > /dev/null; then
  echo "wrk is not installed: sudo apt-get install -y wrk" >&2
  exit 1
fi
if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  $MVN -B -q -DskipTests package
  $MVN -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
  # vanilla Camunda has a pom of its own (not part of GridCase); offline when the local repository holds it
  $MVN -B -q -o -f bench/vanilla/pom.xml package 2> /dev/null || $MVN -B -q -f bench/vanilla/pom.xml package
fi
# copies, so that building the worktree meanwhile does not change a running benchmark
copy="target/bench-run-$$"
mkdir -p "$copy"
cp -r target/classes target/test-classes "$copy/"
cp "$(ls target/gridcase-*.jar | grep -v '\.original$' | head -1)" "$copy/gridcase.jar"
cp bench/vanilla/target/vanilla-camunda.jar "$copy/vanilla-camunda.jar"
# in a process group of its own: an interrupted run stops the applications, PostgreSQL and wrk
BENCH_GRIDCASE_JAR="$copy/gridcase.jar" BENCH_VANILLA_JAR="$copy/vanilla-camunda.jar" \
  setsid java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$copy/test-classes:$copy/classes:$(cat target/bench-classpath.txt)" \
  org.gridcase.bench.PerformanceBenchmark "$@" &
benchmark=$!
stop() {
  kill -TERM -- "-$benchmark" 2> /dev/null || true
  wait "$benchmark" 2> /dev/null || true
}
trap 'stop; exit 130' INT TERM
trap 'rm -rf "$copy"' EXIT
wait "$benchmark"
