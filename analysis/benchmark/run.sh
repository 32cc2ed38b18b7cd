#!/usr/bin/env bash
# Runs the Java metric benchmark and the scikit-learn one on the same synthetic rows and prints the ratio of their
# point-metric times. Usage (from anywhere): analysis/benchmark/run.sh [ROWS] [BOOTSTRAP_REPLICATES_FOR_SKLEARN]
set -euo pipefail
rows="${1:-1000000}"
sklearn_replicates="${2:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

(cd "$root" && mvn -B -o -q -pl analysis -am test-compile)
java -Xmx512m -cp "$root/analysis/target/classes:$root/analysis/target/test-classes" \
    org.mlgate.analysis.benchmark.MetricsBenchmark --rows "$rows" --write-csv "$data" | tee "$data/java.txt"
/usr/bin/python3 "$here/sklearn_metrics_benchmark.py" "$data" --bootstrap "$sklearn_replicates" | tee "$data/sklearn.txt"

echo
echo "point metrics, scikit-learn time / mlgate time:"
for name in binary 3-class; do
    java_ms="$(awk -v n="$name" '$1 == n { print $3 }' "$data/java.txt")"
    sk_ms="$(awk -v n="$name" '$1 == n && $2 == "point_ms" { print $3 }' "$data/sklearn.txt")"
    awk -v n="$name" -v j="$java_ms" -v s="$sk_ms" \
        'BEGIN { printf "  %-8s mlgate %8.1f ms   scikit-learn %8.1f ms   ratio %.1fx\n", n, j, s, s / j }'
done
