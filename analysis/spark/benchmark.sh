#!/usr/bin/env bash
# Spark local[2] against one JVM on the same generated rows (README "Benchmarks"): builds the Spark module's test
# classes in the reactor, then runs org.mlgate.spark.SparkBenchmark. Usage: analysis/spark/benchmark.sh [rows] [heap]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-10000000}"
heap="${2:-1g}"
cp_file="analysis/spark/target/benchmark-classpath.txt"
mvn -B -q -Pspark -pl analysis/spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$cp_file"
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' analysis/spark/pom.xml)
mkdir -p analysis/spark/target/benchmark
# shellcheck disable=SC2086
java "-Xmx$heap" $flags \
    -cp "analysis/spark/target/classes:analysis/spark/target/test-classes:analysis/target/classes:report-templates/target/classes:$(cat "$cp_file")" \
    org.mlgate.spark.SparkBenchmark analysis/spark/target/benchmark "$rows" 2>&1 | grep -v -e ' WARN ' -e ' INFO '
