#!/bin/sh
# exports.sh SHARED ARCHIVE - the library exports only the public API.
#
# The shared library must export (nm -D --defined-only) nothing but
# mlhead_ symbols, exactly the functions include/mlhead.h declares, and
# carry the SONAME libmlhead.so.MAJOR of the header's version.  Each call
# is in lib/mlhead.map once, with the version the library gives it there,
# and the calls of 1.0.0 stay in MLHEAD_1.0.  The archive's global symbols
# must be mlhead_ too (the private mh_ ones are made local when it is
# built), so a static link cannot collide with a program's own names.  The
# first checks build a library that leaks a symbol and a map that misses a
# call, to show the checks catch them.
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
so=$1
archive=$2
tmp=$(mktemp -d) || exit 1
# The calls of 1.0.0; they keep version MLHEAD_1.0 for ever.
V10="mlhead_best_practices mlhead_category_list mlhead_close mlhead_edition_get mlhead_errmsg
mlhead_free mlhead_item_list mlhead_next_roles mlhead_open mlhead_path mlhead_role_aliases
mlhead_role_find mlhead_role_list mlhead_salary_list mlhead_salary_range mlhead_search
mlhead_search_raw mlhead_section_list mlhead_stat_list mlhead_strerror mlhead_track_list
mlhead_version"
trap 'rm -rf "$tmp"' EXIT

# The names a shared library exports, one a line, without their versions
# (nor the version nodes themselves, type A).
exports() {
    nm -D --defined-only "$1" | awk '$2 != "A" { sub(/@.*/, "", $NF); print $NF }'
}

# Symbols a shared library exports that are not mlhead_, one a line.
foreign_exports() {
    exports "$1" | grep -v '^mlhead_'
}

printf 'int leaked(void) { return 1; }\n' > "$tmp/leak.c"
${CC:-cc} -shared -fPIC -o "$tmp/libleak.so" "$tmp/leak.c"
leak=$(foreign_exports "$tmp/libleak.so")
check "the check sees a leaked symbol (saw: $leak)" test "$leak" = leaked

exports "$so" > "$tmp/exported"
check "$so exports symbols at all" test -s "$tmp/exported"
foreign=$(foreign_exports "$so")
check "$so exports only mlhead_ symbols (not: $foreign)" test -z "$foreign"

header_functions | sort > "$tmp/declared"
undeclared=$(sort "$tmp/exported" | comm -23 - "$tmp/declared")
check "every export is declared in mlhead.h (not: $undeclared)" test -z "$undeclared"
unexported=$(sort "$tmp/exported" | comm -13 - "$tmp/declared")
check "every function of mlhead.h is exported (not: $unexported)" test -z "$unexported"

# lib/mlhead.map: every call of mlhead.h in it once, nothing else, the
# 1.0 calls in MLHEAD_1.0, and each export carrying its block's version.
map_names() {
    sed -n 's/^ *\(mlhead_[a-z0-9_]*\);$/\1/p' "$1" | sort
}
grep -v "^ *$(tail -n 1 "$tmp/declared");\$" lib/mlhead.map > "$tmp/short.map"
missed=$(map_names "$tmp/short.map" | comm -13 - "$tmp/declared")
check "the check sees a call left out of the map (saw: $missed)" \
    test "$missed" = "$(tail -n 1 "$tmp/declared")"
map_names lib/mlhead.map > "$tmp/mapped"
dup=$(uniq -d "$tmp/mapped")
check "lib/mlhead.map names each call once (twice: $dup)" test -z "$dup"
unmapped=$(comm -13 "$tmp/mapped" "$tmp/declared")
check "every function of mlhead.h is in lib/mlhead.map (not: $unmapped)" test -z "$unmapped"
stale=$(comm -23 "$tmp/mapped" "$tmp/declared")
check "lib/mlhead.map names only functions of mlhead.h (not: $stale)" test -z "$stale"
# name version, one a line, from the map's blocks and from the library.
awk '/^MLHEAD_[0-9.]* \{/ { v = $1 } /^ *mlhead_[a-z0-9_]*;$/ { sub(/;/, ""); print $1, v }' \
    lib/mlhead.map | sort > "$tmp/map.versions"
nm -D --defined-only --with-symbol-versions "$so" |
    sed -n 's/.* \(mlhead_[a-z0-9_]*\)@@*\(MLHEAD_[0-9.]*\)$/\1 \2/p' | sort > "$tmp/so.versions"
check "$so exports each call with its version of lib/mlhead.map" \
    cmp -s "$tmp/map.versions" "$tmp/so.versions"
for name in $V10; do
    check "$name is in MLHEAD_1.0" grep -qx "$name MLHEAD_1.0" "$tmp/map.versions"
done

major=$(sed -n 's/^#define MLHEAD_VERSION_MAJOR \([0-9]*\)$/\1/p' include/mlhead.h)
soname=$(readelf -d "$so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
check "SONAME is libmlhead.so.$major (is: $soname)" test "$soname" = "libmlhead.so.$major"

nm -g --defined-only "$archive" | awk 'NF == 3 { print $3 }' > "$tmp/archive"
check "$archive defines global symbols" test -s "$tmp/archive"
stray=$(grep -v -e '^mlhead_' "$tmp/archive")
check "$archive's globals are all mlhead_ (not: $stray)" test -z "$stray"

finish exports
