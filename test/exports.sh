#!/bin/sh
# exports.sh SHARED ARCHIVE - the library exports only the public API.
#
# The shared library must export (nm -D --defined-only) nothing but
# mlhead_ symbols, exactly the functions include/mlhead.h declares, and
# carry the SONAME libmlhead.so.MAJOR of the header's version.  The archive's global
# symbols must be mlhead_ too (the private mh_ ones are made local when it
# is built), so a static link cannot collide with a program's own names.  The first check builds a
# library that leaks a symbol, to show the check catches it.
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
so=$1
archive=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Symbols a shared library exports that are not mlhead_, one a line.
foreign_exports() {
    nm -D --defined-only "$1" | awk '{ print $NF }' | grep -v '^mlhead_'
}

printf 'int leaked(void) { return 1; }\n' > "$tmp/leak.c"
${CC:-cc} -shared -fPIC -o "$tmp/libleak.so" "$tmp/leak.c"
leak=$(foreign_exports "$tmp/libleak.so")
check "the check sees a leaked symbol (saw: $leak)" test "$leak" = leaked

nm -D --defined-only "$so" | awk '{ print $NF }' > "$tmp/exported"
check "$so exports symbols at all" test -s "$tmp/exported"
foreign=$(foreign_exports "$so")
check "$so exports only mlhead_ symbols (not: $foreign)" test -z "$foreign"

header_functions | sort > "$tmp/declared"
undeclared=$(sort "$tmp/exported" | comm -23 - "$tmp/declared")
check "every export is declared in mlhead.h (not: $undeclared)" test -z "$undeclared"
unexported=$(sort "$tmp/exported" | comm -13 - "$tmp/declared")
check "every function of mlhead.h is exported (not: $unexported)" test -z "$unexported"

major=$(sed -n 's/^#define MLHEAD_VERSION_MAJOR \([0-9]*\)$/\1/p' include/mlhead.h)
soname=$(readelf -d "$so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
check "SONAME is libmlhead.so.$major (is: $soname)" test "$soname" = "libmlhead.so.$major"

nm -g --defined-only "$archive" | awk 'NF == 3 { print $3 }' > "$tmp/archive"
check "$archive defines global symbols" test -s "$tmp/archive"
stray=$(grep -v -e '^mlhead_' "$tmp/archive")
check "$archive's globals are all mlhead_ (not: $stray)" test -z "$stray"

finish exports
