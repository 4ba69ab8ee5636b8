#!/bin/sh
# deb.sh BUILD - the Debian packages built, linted, installed, used and
# purged (make check-deb).  Root: it installs into /usr.
#
# 1. A copy of the tree (the files git knows, and new ones it does not
#    ignore) in BUILD/deb/src, so that dpkg-buildpackage -us -uc -b writes
#    its ../ outputs into BUILD/deb, not beside the tree.
# 2. lintian on the .changes: any E: or W: fails (I: and P: are printed).
# 3. dpkg -i the three packages.  /usr/bin/mlhead needs libmlhead.so.1; an
#    example is compiled out of the tree with nothing but
#    `pkg-config --cflags --libs mlhead` (against /usr), and it and
#    `mlhead salary "Head of ML"` print what BUILD's own builds print;
#    `mlhead mcp` answers an MCP initialize.
# 4. dpkg --purge: every file the packages listed is gone, every directory
#    too unless another package owns it, no /usr/lib/*/libmlhead*, no
#    /usr/include/mlhead.h, and dpkg knows none of the packages.
# shellcheck disable=SC2046,SC2086 # pkg-config's output, $packages: words
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
b=${1:-build}
packages="libmlhead1 libmlhead-dev mlhead"
deb=$b/deb
tmp=$(mktemp -d) || exit 1
installed=
# Whatever happens, the packages do not stay installed.
cleanup() {
    [ -n "$installed" ] && dpkg --purge $packages > /dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Nothing of ours in /usr before, so that the last checks mean something.
left() {
    for p in $packages; do
        dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2> /dev/null | grep -q '^.[^n]' && echo "$p"
    done
    ls -d /usr/lib/*/libmlhead* /usr/lib/libmlhead* /usr/include/mlhead.h 2> /dev/null
}
check "running as root" test "$(id -u)" -eq 0 || { finish deb; exit; }
check "no libmlhead package or file in /usr before" test -z "$(left)" || { left; finish deb; exit; }

# ---- 1. build ------------------------------------------------------------------
rm -rf "$deb"
mkdir -p "$deb/src"
check "a copy of the tree in $deb/src" sh -c \
    "git ls-files -co --exclude-standard | tar -cf - -T - | tar -xf - -C '$deb/src'"
if ! check "dpkg-buildpackage -us -uc -b" sh -c \
    "cd '$deb/src' && DEB_BUILD_OPTIONS='${DEB_BUILD_OPTIONS:-parallel=2}' \
     dpkg-buildpackage -us -uc -b > ../build.log 2>&1"; then
    tail -n 40 "$deb/build.log" >&2
    finish deb
    exit
fi
version=$(dpkg-parsechangelog -l "$deb/src/debian/changelog" -S Version)
arch=$(dpkg --print-architecture)
changes=$deb/libmlhead_${version}_$arch.changes
for p in $packages; do
    check "built $p" test -f "$deb/${p}_${version}_$arch.deb"
done
check "mlhead depends on libmlhead1 (dh_shlibdeps, debian/libmlhead1.symbols)" sh -c \
    "dpkg-deb -f '$deb/mlhead_${version}_$arch.deb' Depends | grep -q 'libmlhead1 (>= $version)'"
check "mlhead depends on libmicrohttpd12 (loaded for mlhead mcp --http)" sh -c \
    "dpkg-deb -f '$deb/mlhead_${version}_$arch.deb' Depends | grep -q 'libmicrohttpd12'"

# ---- 2. lintian ----------------------------------------------------------------
lintian -i -I -E --pedantic --show-overrides "$changes" > "$tmp/lintian" 2>&1
grep -E '^[EWIPXO]: ' "$tmp/lintian"
check "lintian: no error, no warning" sh -c "! grep -Eq '^[EW]: ' '$tmp/lintian'"

# ---- 3. install and use ---------------------------------------------------------
installed=1
check "dpkg -i" dpkg -i $(for p in $packages; do echo "$deb/${p}_${version}_$arch.deb"; done) \
    > "$tmp/dpkg.log" 2>&1 || cat "$tmp/dpkg.log" >&2
check "mlhead is linked against libmlhead.so.1" sh -c \
    "readelf -d /usr/bin/mlhead | grep -q 'NEEDED.*\[libmlhead\.so\.1\]'"
check "and finds it installed (/lib is /usr/lib)" sh -c \
    "ldd /usr/bin/mlhead | grep -Eq '=> /(usr/)?lib/.*libmlhead\.so\.1 '"
cp examples/salary.c "$tmp/"
check "an example builds through pkg-config alone, against /usr" sh -c \
    "cd '$tmp' && env -u PKG_CONFIG_PATH -u PKG_CONFIG_LIBDIR sh -c \
     'cc \$(pkg-config --cflags mlhead) -o salary salary.c \$(pkg-config --libs mlhead)'"
check "which links /usr's library" sh -c "ldd '$tmp/salary' | grep -Eq '=> /(usr/)?lib/.*libmlhead\.so\.1 '"
"$b/examples/salary" "Head of ML" > "$tmp/salary.want" 2>&1
check "the example answers as the tree's does" sh -c \
    "'$tmp/salary' 'Head of ML' > '$tmp/salary.got' 2>&1 && cmp -s '$tmp/salary.want' '$tmp/salary.got'"
"$b/mlhead" salary "Head of ML" > "$tmp/mlhead.want" 2>&1
check "mlhead salary \"Head of ML\" answers as the tree's does" sh -c \
    "/usr/bin/mlhead salary 'Head of ML' > '$tmp/mlhead.got' 2>&1 && cmp -s '$tmp/mlhead.want' '$tmp/mlhead.got'"
check "and names the band with its figures" sh -c \
    "grep -q '^band  *Head of Machine Learning' '$tmp/mlhead.got' && grep -q '^minimum  *[$][0-9]' '$tmp/mlhead.got'"
cat "$tmp/mlhead.got"
check "mlhead mcp answers initialize" sh -c "printf '%s\n' \
    '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"deb.sh\",\"version\":\"1\"}}}' |
    /usr/bin/mlhead mcp | grep -q '\"serverInfo\":{\"name\":\"mlhead\"'"
check "the database is installed for SQLite clients" sh -c \
    "sqlite3 \"\$(pkg-config --variable=database mlhead)\" 'SELECT count(*) FROM salary' | grep -q '^[1-9]'"

# ---- 4. purge --------------------------------------------------------------------
for p in $packages; do
    dpkg -L "$p"
done | sort -u > "$tmp/listed"
check "dpkg --purge" dpkg --purge $packages > "$tmp/dpkg.log" 2>&1 || cat "$tmp/dpkg.log" >&2
installed=
while read -r path; do
    [ "$path" = /. ] && continue # dpkg -L's name for the root
    [ -e "$path" ] || [ -L "$path" ] || continue
    # A directory that stays must be another package's.
    [ -d "$path" ] && [ ! -L "$path" ] && dpkg -S "$path" > /dev/null 2>&1 && continue
    echo "left behind: $path"
done < "$tmp/listed" > "$tmp/leftover"
cat "$tmp/leftover"
check "nothing the packages listed is left ($(wc -l < "$tmp/listed") paths)" test ! -s "$tmp/leftover"
check "no libmlhead in /usr/lib, no mlhead.h, no package known to dpkg" test -z "$(left)"
finish deb
