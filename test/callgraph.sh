#!/bin/sh
# callgraph.sh - tools/callgraph.sh passes a chain of calls and fails a circle of three files.
set -eu
CC=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src" "$tmp/obj"
unit() { # name, the function it defines, the function it calls (or none)
    if [ "$3" = none ]; then
        printf 'int %s(void);\nint %s(void) { return 1; }\n' "$2" "$2" > "$tmp/src/$1.c"
    else
        printf 'int %s(void);\nint %s(void);\nint %s(void) { return %s(); }\n' \
            "$2" "$3" "$2" "$3" > "$tmp/src/$1.c"
    fi
    $CC -c -o "$tmp/obj/$1.o" "$tmp/src/$1.c"
}
fails=0
unit a fa fb
unit b fb fc
unit c fc none
out=$(sh tools/callgraph.sh "$tmp/src" "$tmp/obj") || { echo "FAIL: a chain was called a circle"; fails=1; }
[ "$out" = "a.o -> b.o
b.o -> c.o" ] || { echo "FAIL: chain edges: $out"; fails=1; }
unit c fc fa
if sh tools/callgraph.sh "$tmp/src" "$tmp/obj" > /dev/null 2> "$tmp/err"; then
    echo "FAIL: a circle of three files passed"
    fails=1
fi
grep -q 'c.o' "$tmp/err" || { echo "FAIL: the circle's files are not named"; fails=1; }
[ "$fails" -eq 0 ] && echo "callgraph: 2 of 2 cases pass"
exit "$fails"
