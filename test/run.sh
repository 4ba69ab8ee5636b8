#!/bin/sh
# Runs each cmocka test program given, then prints one closing line that
# adds them up: "check: N passed, N failed".  Exits non-zero if any program
# failed or crashed.  RUNNER, if set, wraps each program (valgrind, ...).
# JOBS (default 1) programs run at once; each one's output is printed
# whole, in the order given, with the seconds it took.
jobs=${JOBS:-1}
case $jobs in '' | *[!0-9]* | 0) echo "run.sh: JOBS must be a count, not '$jobs'" >&2; exit 2 ;; esac
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
i=0
for t in "$@"; do
    i=$((i + 1))
    printf '%s %s\n' "$i" "$t"
done | xargs -P "$jobs" -L 1 sh -c \
    's=$(date +%s); ${RUNNER:-} "$2" >"$0/$1.out" 2>&1; echo $? "$(($(date +%s) - s))" >"$0/$1.rc"' \
    "$tmp"
passed=0 failed=0 status=0 i=0
for t in "$@"; do
    i=$((i + 1))
    cat "$tmp/$i.out"
    read -r rc secs <"$tmp/$i.rc" || { rc=127 secs=0; }
    echo "$t: $secs s"
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$tmp/$i.out" | tail -n 1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$tmp/$i.out" | tail -n 1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        [ -z "$f" ] && failed=$((failed + 1)) && echo "$t: exited with status $rc"
    fi
done
echo "check: $passed passed, $failed failed"
exit $status
