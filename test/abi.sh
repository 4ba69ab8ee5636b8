#!/bin/sh
# abi.sh LIBRARY - the ABI gate: LIBRARY (the shared library just built)
# against every baseline in abi/ of the same major version (abidw of the
# released library, tools/abi-baseline.sh), through the public types of
# include/ only.
#
# abidiff exits 4 for any change, a harmless new function too, so its
# summary is read instead: a removed or changed function or variable, or a
# removed function symbol, fails the gate; added ones are fine.  A changed
# type shows there as a changed function, since every public type reaches
# the API through one.
#
# The first check builds a variant of this tree whose mlhead_salary has one
# more field, the change the ABI rule of mlhead.h forbids, and expects the
# gate to refuse it.
# Environment: MAKE, CC (make check-abi passes them).
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
MAKE=${MAKE:-make}
lib=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
major=$(header_version)
major=${major%%.*}

# gate BASELINE LIBRARY HEADERS: abidiff's report on stdout; fails when its
# summary shows a removed or changed function or variable, or a removed
# function symbol, or when abidiff itself fails (exit bits 1 and 2).
gate() {
    abidiff --headers-dir2 "$3" "$1" "$2" > "$tmp/report" 2>&1
    rc=$?
    cat "$tmp/report"
    [ $((rc & 3)) -eq 0 ] || return 1
    grep -q '^Functions changes summary:' "$tmp/report" || return 1
    ! grep -E '^(Functions|Variables) changes summary:' "$tmp/report" |
        grep -Eqv ' 0 Removed, 0 Changed' &&
        ! grep -E '^(Function|Variable) symbols changes summary:' "$tmp/report" |
        grep -Eqv ' 0 Removed'
}

baselines=$(ls abi/libmlhead-"$major".*.abi 2> /dev/null)
check "abi/ holds a baseline of major version $major" test -n "$baselines"
oldest=$(printf '%s\n' $baselines | head -n 1)

# ---- the gate refuses a grown struct ------------------------------------------
mkdir "$tmp/grown"
cp -R Makefile mk include lib schema seed tools mlhead.pc.in "$tmp/grown/"
awk '/^} mlhead_salary;/ { print "    int grown; /* the field the gate must refuse */" } { print }' \
    include/mlhead.h > "$tmp/grown/include/mlhead.h"
check "the variant has a grown mlhead_salary" grep -q 'int grown;' "$tmp/grown/include/mlhead.h"
version=$(header_version)
check "the variant builds" sh -c "cd '$tmp/grown' && $MAKE -s CC='${CC:-cc}' \
    build/libmlhead.so.$version > '$tmp/grown.log' 2>&1 || { cat '$tmp/grown.log'; exit 1; }"
if gate "$oldest" "$tmp/grown/build/libmlhead.so.$version" "$tmp/grown/include" > "$tmp/grown.report"
then
    cat "$tmp/grown.report"
    check "the gate refuses a grown mlhead_salary" false
else
    check "the gate refuses a grown mlhead_salary" true
    check "its report names mlhead_salary" grep -q "struct mlhead_salary" "$tmp/grown.report"
fi

# ---- the library just built -------------------------------------------------
for base in $baselines; do
    check "$lib keeps the ABI of $base" gate "$base" "$lib" include
done

finish abi
