#!/usr/bin/env bash
# End-to-end benchmark of `mvn ml:evaluate` against what a user would run instead (see README.md beside this file).
# Usage (from anywhere): analysis/benchmark/end_to_end.sh [--quick | --reps N] [--only predictions,model,...] [...]
# --help lists every option. Needs GNU time (Debian package `time`) and Debian's python3-pandas and python3-sklearn.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec /usr/bin/python3 "$here/end_to_end.py" "$@"
