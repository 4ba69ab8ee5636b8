# lib.sh - what the shell checks share, sourced by each: counting checks,
# the closing line "NAME: N passed, N failed", the version and the public
# functions as the header declares them.
passed=0
failed=0

# counted / miscounted DESCRIPTION: count one check that passed / failed
# (a script that shows more of a failure says so itself, then calls these).
counted() { passed=$((passed + 1)); }
miscounted() {
    failed=$((failed + 1))
    echo "FAIL: $1" >&2
}

# check DESCRIPTION COMMAND...: runs the command, counts it, and returns
# its success.
check() {
    what=$1
    shift
    if "$@"; then
        counted
    else
        miscounted "$what"
        return 1
    fi
}

# finish NAME: the closing line; the exit status says whether all passed.
finish() {
    echo "$1: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

# The functions include/mlhead.h declares with MLHEAD_API, one a line.
header_functions() {
    sed -n 's/^MLHEAD_API [^(]*[ *]\(mlhead_[a-z0-9_]*\)(.*/\1/p' include/mlhead.h
}

header_version() {
    sed -n 's/^#define MLHEAD_VERSION "\(.*\)"$/\1/p' include/mlhead.h
}
