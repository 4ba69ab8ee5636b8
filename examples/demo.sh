#!/bin/sh
# make demo: the examples, then the mlhead command, on the embedded data,
# each with its command line shown.
#   demo.sh EXAMPLES_DIR [MLHEAD]    without MLHEAD only the examples run
set -e
dir=${1:-build/examples}
mlhead=${2:-}
run() { printf '\n$ %s\n' "$*"; "$@"; }
run "$dir/salary" "Head of ML"
run "$dir/salary" "Director of AI Research"
run "$dir/salary" "CDO"
run "$dir/path" "ML Engineer" "Head of AI"
run "$dir/practices" "Effective Communication"
[ -n "$mlhead" ] || exit 0
run "$mlhead" salary "head of ml"
run "$mlhead" path "ML Engineer" "Head of Machine Learning"
status=0 # a typo: "not found" is exit status 1, with suggestions; else fail
run "$mlhead" salary "head of mll" || status=$?
[ "$status" -eq 1 ]
run "$mlhead" search ethic
run "$mlhead" chart
