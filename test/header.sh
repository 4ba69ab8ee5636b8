#!/bin/sh
# header.sh - include/mlhead.h stands on its own: it compiles alone, twice
# included, as C99 and C11 with every warning an error, and as C++, where a
# program calling the library links (so the declarations are extern "C")
# and runs.  Its version string matches its version numbers.
# shellcheck disable=SC2086 # CC, CXX and the warning flags are lists of words
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
strict="-Wall -Wextra -Wpedantic -Werror -Wshadow -Wconversion -Wstrict-prototypes"
strict_cxx="-Wall -Wextra -Wpedantic -Werror -Wshadow -Wconversion -Wold-style-cast"

printf '#include <mlhead.h>\n#include <mlhead.h>\n' > "$tmp/alone.c"
for std in c99 c11; do
    check "the header compiles alone as -std=$std" \
        ${CC:-cc} -std=$std $strict -Iinclude -c "$tmp/alone.c" -o "$tmp/alone.o"
done

cat > "$tmp/cxx.cpp" <<'CXX'
#include <mlhead.h>
#include <cstdio>

int main()
{
    mlhead *db = 0;
    int status = mlhead_open(0, &db);
    std::printf("%s %s\n", mlhead_version(), mlhead_strerror(status));
    mlhead_close(db);
    return status;
}
CXX
for std in c++98 c++11 c++17; do
    check "the header compiles and links as -std=$std" \
        ${CXX:-c++} -std=$std $strict_cxx -Iinclude "$tmp/cxx.cpp" -o "$tmp/cxx" \
        -Lbuild -lmlhead
    check "the -std=$std program runs" \
        test "$(LD_LIBRARY_PATH=build "$tmp/cxx")" = "$(header_version) not an error"
done

parts=$(sed -n 's/^#define MLHEAD_VERSION_[A-Z]* \([0-9]*\)$/\1/p' include/mlhead.h |
        paste -sd. -)
check "MLHEAD_VERSION \"$(header_version)\" is MAJOR.MINOR.PATCH ($parts)" \
    test "$(header_version)" = "$parts"

finish header
