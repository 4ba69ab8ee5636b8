#!/bin/sh
# man.sh - the man pages: each renders without a warning (groff -man -ww)
# and through man -l; its .TH names the page its file is; every function
# the header declares has a page or a name on one (what make install
# links), and every name a page claims is a function of the header.
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

for page in man/*.[1-9]; do
    groff -man -ww -z "$page" 2> "$tmp/warnings"
    check "$page renders without warnings: $(cat "$tmp/warnings")" test ! -s "$tmp/warnings"
    check "man -l shows $page" sh -c "MANWIDTH=80 man -l '$page' 2>&1 | grep -q '^NAME'"
    file=$(basename "$page")
    th=$(sed -n 's/^\.TH \([^ ]*\) \([0-9]\) .*/\1.\2/p' "$page")
    check "$page's .TH is $th" test "$th" = "$(echo "$file" | tr '[:lower:]' '[:upper:]')"
done

for page in man/*.3; do
    basename "$page" .3
    sh tools/man-names.sh "$page"
done | sort > "$tmp/documented"
header_functions | sort > "$tmp/declared"
missing=$(comm -23 "$tmp/declared" "$tmp/documented")
check "every public function has a man page (not: $missing)" test -z "$missing"
stray=$(comm -13 "$tmp/declared" "$tmp/documented" | grep -vx mlhead)
check "every man page name is a public function (not: $stray)" test -z "$stray"

finish man
