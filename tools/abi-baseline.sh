#!/bin/sh
# abi-baseline.sh COMMIT VERSION - writes abi/libmlhead-VERSION.abi, the ABI
# (abidw, public types of include/ only) of the shared library built from
# COMMIT in a temporary clone, so the baseline is the released library and
# not the tree at hand.  abi/libmlhead-1.0.0.abi came from
#   sh tools/abi-baseline.sh e687245 1.0.0
# make check-abi compares the library just built against it (test/abi.sh).
#
# 1.0.0 shipped its symbols unversioned; 1.1 gives them MLHEAD_1.0.  abidiff
# compares nothing between an unversioned symbol and a versioned one (it
# reports neither a change nor a removal), so the released objects are
# linked again here with the MLHEAD_1.0 block of lib/mlhead.map: the
# released code and types, under the versions the library now gives them.
set -e
[ $# -eq 2 ] || { echo "usage: $0 COMMIT VERSION" >&2; exit 2; }
cd "$(dirname "$0")/.."
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$top" "$tmp/libmlhead-$2"
cd "$tmp/libmlhead-$2"
git checkout -q "$1"
make -s build/libmlhead.so.$2 > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
awk '/^MLHEAD_1.0 \{/ { on = 1 } on { print } on && /^\};/ { exit }' "$top/lib/mlhead.map" \
    > "$tmp/1.0.map"
grep -q 'local:' "$tmp/1.0.map"
${CC:-cc} -shared -Wl,-soname,libmlhead.so.${2%%.*} -Wl,--no-undefined \
    -Wl,--version-script="$tmp/1.0.map" -o build/libmlhead.so.$2 build/obj/*.o \
    $(pkg-config --libs sqlite3)
mkdir -p "$top/abi"
abidw --no-corpus-path --headers-dir include --out-file "$tmp/out.abi" build/libmlhead.so.$2
# The compilation directory is the temporary clone's: name it neutrally.
sed "s|$tmp/libmlhead-$2|/build/libmlhead-$2|g" "$tmp/out.abi" > "$top/abi/libmlhead-$2.abi"
echo "abi/libmlhead-$2.abi"
