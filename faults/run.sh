#!/usr/bin/env bash
# The fault harness (README "Reliability"): one PostgreSQL, two GridCase nodes started at the same
# moment, a mixed load, thousands of timers falling due, SIGKILL of a node, a PostgreSQL restart,
# SIGTERM with a request in flight, backup and restore, SIGKILL of the embedded default.
# Usage: faults/run.sh [long|short] [work directory, default target/faults]
# The long run files 600 reports with 8 clients: FAULTS_JAVA_OPTS="-Dfaults.reports=300 -Dfaults.clients=4" for less.
# Prints what it counted; exits 1 if any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="${MVN:-mvn}"
$MVN -B -q -DskipTests test-compile
$MVN -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/faults-classpath.txt
# a copy of the classes, so that building the worktree meanwhile does not change the running nodes
copy="target/faults-run-$$"
mkdir -p "$copy" && cp -r target/classes target/test-classes "$copy/"
exec java ${FAULTS_JAVA_OPTS:--Xmx512m} -cp "$copy/test-classes:$copy/classes:$(cat target/faults-classpath.txt)" \
  org.gridcase.reliability.FaultHarness "${1:-long}" "${2:-target/faults}"
