#!/bin/sh
# make demo: the examples and the mlhead command on the embedded data, each
# with its command line shown.
set -e
dir=${1:-build}
run() { printf '\n$ %s\n' "$*"; "$@"; }
run "$dir/examples/salary" "Head of ML"
run "$dir/examples/salary" "Director of AI Research"
run "$dir/examples/salary" "CDO"
run "$dir/examples/path" "ML Engineer" "Head of AI"
run "$dir/examples/practices" "Effective Communication"
run "$dir/mlhead" salary "head of ml"
run "$dir/mlhead" path "ML Engineer" "Head of Machine Learning"
status=0  # a typo: "not found" is exit status 1, with suggestions; else fail
run "$dir/mlhead" salary "head of mll" || status=$?
[ "$status" -eq 1 ]
run "$dir/mlhead" search ethic
run "$dir/mlhead" chart
