#!/bin/sh
# make demo: each example on the embedded data, with the command shown.
set -e
dir=${1:-build/examples}
run() { printf '\n$ %s\n' "$*"; "$@"; }
run "$dir/salary" "Head of ML"
run "$dir/salary" "Director of AI Research"
run "$dir/salary" "CDO"
run "$dir/path" "ML Engineer" "Head of AI"
run "$dir/practices" "Effective Communication"
