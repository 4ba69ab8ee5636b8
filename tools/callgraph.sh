#!/bin/sh
# callgraph.sh - the calls between the files of one source directory, read from their objects.
#
#   sh tools/callgraph.sh SRCDIR OBJDIR
#
# For each SRCDIR/NAME.c it reads OBJDIR/NAME.o with nm: the global symbols
# the object defines and those it leaves undefined.  An undefined symbol
# another of these objects defines is a call (or a use) between two files,
# printed as one line "a.o -> b.o", sorted.  Symbols from outside the set
# (libc, SQLite, generated files) are not edges.  The script fails (exit 1)
# when the edges hold a circle of any length, and names the files on it;
# exit 2 is a usage error or a missing object.
set -eu
NM=${NM:-nm}
if [ $# -ne 2 ] || [ ! -d "$1" ] || [ ! -d "$2" ]; then
    echo "usage: $0 SRCDIR OBJDIR" >&2
    exit 2
fi
src=$1 obj=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/defs"
: > "$tmp/uses"
found=0
for c in "$src"/*.c; do
    [ -e "$c" ] || continue
    o=$(basename "$c" .c).o
    if [ ! -f "$obj/$o" ]; then
        echo "$0: $obj/$o is missing (build first)" >&2
        exit 2
    fi
    found=1
    "$NM" -g --defined-only "$obj/$o" | awk -v o="$o" 'NF >= 3 { print $3, o }' >> "$tmp/defs"
    "$NM" -u "$obj/$o" | awk -v o="$o" '{ print $NF, o }' >> "$tmp/uses"
done
if [ "$found" -eq 0 ]; then
    echo "$0: no .c files in $src" >&2
    exit 2
fi
# edges "user definer", once each
awk 'NR == FNR { def[$1] = $2; next } ($1 in def) && def[$1] != $2 { print $2, def[$1] }' \
    "$tmp/defs" "$tmp/uses" | sort -u > "$tmp/edges"
awk '{ print $1, "->", $2 }' "$tmp/edges"
# tsort orders the files so that each comes after every file it calls; it
# cannot when there is a circle, and then names the files of each one.
if ! tsort "$tmp/edges" > /dev/null 2> "$tmp/loops"; then
    sed -n 's/^tsort: [^:]*: input contains a loop:$/circle:/p; s/^tsort: \([^ ]*\.o\)$/  \1/p' \
        "$tmp/loops" >&2
    echo "$0: $src has a circle of calls between files" >&2
    exit 1
fi
