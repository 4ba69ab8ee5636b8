#!/bin/sh
# installcheck.sh - make install, used as a user would, then make uninstall.
#
# 1. Staging: make install DESTDIR=<tmp>/stage PREFIX=/usr puts every file
#    under the stage, with /usr (not the stage) written in mlhead.pc, and
#    make uninstall with the same DESTDIR leaves no file behind.
# 2. Use: make install PREFIX=<tmp>/usr, then every example is compiled
#    and linked with nothing but `pkg-config --cflags --libs mlhead`
#    (shared) and `pkg-config --static --cflags --libs mlhead` (cc -static),
#    run as examples/demo.sh runs them, and must print what the examples
#    built in build/ print.  test/sql/facts.c, built the same way, reads
#    the installed mlhead.db as the embedded data.  The man pages are found
#    by name with man -M; each man/NAME.1 command is installed in bin/.
#    CMake (find_package(mlhead 1.0 CONFIG), mlhead::mlhead and
#    mlhead::mlhead_static) and Meson (dependency('mlhead')) build
#    examples/salary.c and run it.  Then uninstall.
#
# A real prefix, not DESTDIR, for step 2: mlhead.pc holds the final prefix,
# and rewriting it on the fly (pkg-config --define-prefix, or
# --define-variable, or PKG_CONFIG_SYSROOT_DIR) rewrites sqlite3.pc's paths
# too, so the flags tested would not be the flags a user gets.
#
# Environment: MAKE, CC, CFLAGS, LDFLAGS (make installcheck passes them).
# shellcheck disable=SC2046,SC2086 # CC, CFLAGS, LDFLAGS, pkg-config's output: words
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
MAKE=${MAKE:-make}
CC=${CC:-cc}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
version=$(header_version)
major=${version%%.*}

# make TARGET PREFIX [DESTDIR], with every directory given on its command
# line, so that no directory the caller set (in the environment, or on
# make installcheck's command line, which sub-makes inherit) sends a file
# outside the temporary tree.
install_make() {
    $MAKE -s "$1" PREFIX="$2" DESTDIR="${3:-}" BINDIR="$2/bin" LIBDIR="$2/lib" \
        INCLUDEDIR="$2/include" DATADIR="$2/share" MANDIR="$2/share/man" \
        PKGCONFIGDIR="$2/lib/pkgconfig" > "$tmp/log" 2>&1 || { cat "$tmp/log"; return 1; }
}

# Every file and link under a directory, one a line, relative to it.
tree() {
    (cd "$1" && find . ! -type d | sort)
}

# ---- 1. staging ------------------------------------------------------------
stage=$tmp/stage
check "make install DESTDIR=.. PREFIX=/usr" install_make install /usr "$stage"
for f in include/mlhead.h lib/libmlhead.so.$version lib/libmlhead.a \
         lib/pkgconfig/mlhead.pc share/mlhead/mlhead.db share/man/man3/mlhead.3 \
         lib/cmake/mlhead/mlheadConfig.cmake lib/cmake/mlhead/mlheadConfigVersion.cmake; do
    check "installed: /usr/$f" test -f "$stage/usr/$f"
done
check "libmlhead.so.$major -> libmlhead.so.$version" \
    test "$(readlink "$stage/usr/lib/libmlhead.so.$major")" = "libmlhead.so.$version"
check "libmlhead.so -> libmlhead.so.$major" \
    test "$(readlink "$stage/usr/lib/libmlhead.so")" = "libmlhead.so.$major"
check "mlhead.pc says prefix=/usr" grep -qx 'prefix=/usr' "$stage/usr/lib/pkgconfig/mlhead.pc"
check "mlhead.db is build/mlhead.db" cmp -s build/mlhead.db "$stage/usr/share/mlhead/mlhead.db"
check "nothing outside /usr" test "$(ls "$stage")" = usr
check "make uninstall DESTDIR=.. PREFIX=/usr" install_make uninstall /usr "$stage"
left=$(tree "$stage")
check "uninstall leaves no file: $left" test -z "$left"
check "uninstall removes share/mlhead" test ! -e "$stage/usr/share/mlhead"

# ---- 2. use ----------------------------------------------------------------
prefix=$tmp/usr
check "make install PREFIX=.." install_make install "$prefix"
PKG_CONFIG_PATH=$prefix/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
export PKG_CONFIG_PATH
check "pkg-config finds mlhead $version" test "$(pkg-config --modversion mlhead)" = "$version"
check "pkg-config --static adds sqlite3" \
    sh -c 'pkg-config --static --libs mlhead | grep -q -- -lsqlite3'
libdir=$(pkg-config --variable=libdir mlhead)
check "pkg-config's libdir is the installed one" test "$libdir" = "$prefix/lib"
database=$(pkg-config --variable=database mlhead)
check "pkg-config's database is the installed mlhead.db" \
    sh -c "test '$database' = '$prefix/share/mlhead/mlhead.db' && test -s '$database'"

mkdir "$tmp/shared" "$tmp/static"
for src in examples/*.c; do
    name=$(basename "$src" .c)
    check "examples/demo.sh runs $name" grep -q "/$name\"" examples/demo.sh
    check "$name links with pkg-config --libs" \
        $CC $CFLAGS $LDFLAGS -o "$tmp/shared/$name" "$src" \
        $(pkg-config --cflags --libs mlhead)
    check "$name links with pkg-config --static --libs" \
        sh -c '"$@" 2> /dev/null' - $CC -static $CFLAGS $LDFLAGS -o "$tmp/static/$name" \
        "$src" $(pkg-config --static --cflags --libs mlhead)
    check "$name (shared) loads the installed libmlhead.so.$major" \
        sh -c "LD_LIBRARY_PATH='$libdir' ldd '$tmp/shared/$name' |
               grep -q 'libmlhead.so.$major => $libdir/libmlhead.so.$major'"
    check "$name (static) needs no shared library" \
        sh -c "readelf -d '$tmp/static/$name' 2>&1 | grep -q 'no dynamic section'"
done
sh examples/demo.sh build/examples > "$tmp/demo.build" 2>&1
check "demo runs the shared examples" \
    sh -c "LD_LIBRARY_PATH='$libdir' sh examples/demo.sh '$tmp/shared' > '$tmp/demo.shared' 2>&1"
check "demo runs the static examples" \
    sh -c "sh examples/demo.sh '$tmp/static' > '$tmp/demo.static' 2>&1"
check "the shared examples print what build/'s do" \
    sh -c "sed 's|$tmp/shared|build/examples|' '$tmp/demo.shared' | cmp -s - '$tmp/demo.build'"
check "the static examples print what build/'s do" \
    sh -c "sed 's|$tmp/static|build/examples|' '$tmp/demo.static' | cmp -s - '$tmp/demo.build'"

check "test/sql/facts.c links with pkg-config --libs" \
    $CC $CFLAGS $LDFLAGS -o "$tmp/facts" test/sql/facts.c $(pkg-config --cflags --libs mlhead)
LD_LIBRARY_PATH=$libdir "$tmp/facts" - all > "$tmp/facts.embedded"
check "the installed mlhead.db opens and answers as the embedded data" \
    sh -c "LD_LIBRARY_PATH='$libdir' '$tmp/facts' '$prefix/share/mlhead/mlhead.db' all |
           cmp -s - '$tmp/facts.embedded'"
check "the facts are there to compare" test "$(wc -l < "$tmp/facts.embedded")" -gt 100

# CMake (find_package, both imported targets) and Meson (dependency(),
# through pkg-config) build examples/salary.c against the installed copy;
# each program prints what build/examples/salary prints.
cmake_dir=$prefix/lib/cmake/mlhead
check "installed: lib/cmake/mlhead/mlheadConfig.cmake" test -f "$cmake_dir/mlheadConfig.cmake"
check "installed: lib/cmake/mlhead/mlheadConfigVersion.cmake" \
    test -f "$cmake_dir/mlheadConfigVersion.cmake"
mkdir "$tmp/cmake" "$tmp/meson"
cp examples/salary.c "$tmp/cmake/" && cp examples/salary.c "$tmp/meson/"
cat > "$tmp/cmake/CMakeLists.txt" << 'END'
cmake_minimum_required(VERSION 3.16)
project(consumer C)
find_package(mlhead 1.0 CONFIG REQUIRED)
add_executable(salary_shared salary.c)
target_link_libraries(salary_shared mlhead::mlhead)
add_executable(salary_static salary.c)
target_link_libraries(salary_static mlhead::mlhead_static)
END
cat > "$tmp/meson/meson.build" << 'END'
project('consumer', 'c')
executable('salary', 'salary.c', dependencies: dependency('mlhead'))
END
build/examples/salary "Head of ML" > "$tmp/salary.build" 2>&1
quiet() {
    "$@" > "$tmp/tool.log" 2>&1 || { cat "$tmp/tool.log"; return 1; }
}
check "cmake finds mlhead 1.0 (CONFIG) under the prefix" \
    quiet cmake -S "$tmp/cmake" -B "$tmp/cmake/b" -DCMAKE_PREFIX_PATH="$prefix"
check "cmake builds with mlhead::mlhead and mlhead::mlhead_static" \
    quiet cmake --build "$tmp/cmake/b"
for t in salary_shared salary_static; do
    check "CMake's $t prints what build/examples/salary prints" sh -c \
        "LD_LIBRARY_PATH='$libdir' '$tmp/cmake/b/$t' 'Head of ML' 2>&1 | cmp -s - '$tmp/salary.build'"
done
check "CMake's salary_shared loads the installed libmlhead.so.$major" sh -c \
    "LD_LIBRARY_PATH='$libdir' ldd '$tmp/cmake/b/salary_shared' | grep -q '$libdir/libmlhead.so.$major'"
check "find_package(mlhead 2.0) is refused" sh -c \
    "sed 's/mlhead 1.0/mlhead 2.0/' '$tmp/cmake/CMakeLists.txt' > '$tmp/cmake2.txt' &&
     mkdir '$tmp/cmake2' && cp '$tmp/cmake2.txt' '$tmp/cmake2/CMakeLists.txt' &&
     cp examples/salary.c '$tmp/cmake2/' &&
     ! cmake -S '$tmp/cmake2' -B '$tmp/cmake2/b' -DCMAKE_PREFIX_PATH='$prefix' > /dev/null 2>&1"
check "meson finds dependency('mlhead')" quiet meson setup "$tmp/meson/b" "$tmp/meson"
check "meson builds" quiet meson compile -C "$tmp/meson/b"
check "Meson's salary prints what build/examples/salary prints" sh -c \
    "LD_LIBRARY_PATH='$libdir' '$tmp/meson/b/salary' 'Head of ML' 2>&1 | cmp -s - '$tmp/salary.build'"

for name in mlhead $(header_functions); do
    check "man 3 $name" \
        sh -c "MANWIDTH=80 man -M '$prefix/share/man' 3 $name 2> /dev/null | grep -q '^NAME'"
done
for page in man/*.1; do
    [ -e "$page" ] || continue
    name=$(basename "$page" .1)
    check "man 1 $name" \
        sh -c "MANWIDTH=80 man -M '$prefix/share/man' 1 $name 2> /dev/null | grep -q '^NAME'"
    check "the $name command of $page is installed (PROGRAMS)" test -x "$prefix/bin/$name"
done

check "make uninstall PREFIX=.." install_make uninstall "$prefix"
left=$(tree "$prefix")
check "uninstall leaves no file: $left" test -z "$left"

finish installcheck
