#!/bin/sh
# make demo: the examples, then the mlhead command, on the embedded data,
# each with its command line shown.
#   demo.sh EXAMPLES_DIR [MLHEAD]    without MLHEAD only the examples run
set -e
dir=${1:-build/examples}
mlhead=${2:-}
# Each command line as it can be pasted: an argument with a space quoted.
run() {
    printf '\n$'
    for arg in "$@"; do
        case $arg in *' '*) printf ' "%s"' "$arg" ;; *) printf ' %s' "$arg" ;; esac
    done
    printf '\n'
    "$@"
}
run "$dir/salary" "Head of ML"
run "$dir/salary" "Director of AI Research"
run "$dir/salary" "CDO"
run "$dir/path" "ML Engineer" "Head of AI"
run "$dir/practices" "Effective Communication"
[ -n "$mlhead" ] || exit 0
# The command joins a name's words, so these need no quotes.
run "$mlhead" salary head of ml
run "$mlhead" path ML Engineer Head of Machine Learning
run "$mlhead" offer head of ml 250k
status=0 # a typo: "not found" is exit status 1, with suggestions; else fail
run "$mlhead" salary head of mll || status=$?
[ "$status" -eq 1 ]
run "$mlhead" search ethic
run "$mlhead" chart
