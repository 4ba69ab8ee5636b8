#!/bin/sh
# deps.sh [build|check|ci] - installs the Debian packages a need takes, if
# any is missing; does nothing when all are there.  Needs root or sudo.
#   build   make, make demo, make install
#   check   build, and make check (the default)
#   ci      check, and everything else .ci/run does
set -e
need=${1:-check}
case $need in build | check | ci) ;; *) echo "usage: $0 [build|check|ci]" >&2; exit 2 ;; esac
# One line per need, so each part of the project names its own.
packages="make gcc libc6-dev pkg-config sqlite3 libsqlite3-dev libcmocka-dev"
packages="$packages libjansson-dev"  # the command's and the MCP server's JSON
packages="$packages libmicrohttpd-dev"  # mlhead mcp --http: the MCP server's HTTP
if [ "$need" != build ]; then
    packages="$packages jq libxml2-utils graphviz valgrind groff-base"  # test/cli.sh
    packages="$packages python3 nodejs npm"  # check-mcp: the MCP SDK client and hostile suites
    packages="$packages wrk"  # check-mcp-load (and bench-mcp-http): HTTP load on mlhead mcp --http
    packages="$packages python3 python3-pip python3-setuptools python3-wheel"  # make check-python
fi
if [ "$need" = ci ]; then
    packages="$packages clang-format"  # make format-check
    packages="$packages g++ binutils zlib1g-dev man-db python3 nodejs"  # install checks
    packages="$packages librsvg2-bin"  # make pictures
    packages="$packages time"  # benchmarks
    packages="$packages clang libclang-rt-dev gcovr"  # hardening
    packages="$packages cmake meson ninja-build"  # installcheck: the CMake and Meson consumers
    packages="$packages abigail-tools"  # make check-abi
    packages="$packages gcc-multilib libsqlite3-dev:i386 libcmocka-dev:i386"  # make check-i386
    packages="$packages gcc-mingw-w64-x86-64"  # make check-mingw
    packages="$packages build-essential debhelper dpkg-dev lintian"  # make check-deb
fi
missing=
for p in $packages; do
    # Node.js and npm may come from outside Debian's packages (npm 11 on
    # this kind of machine): a working command counts as installed, since
    # Debian's npm cannot be installed beside such a nodejs.
    case $p in nodejs | npm) command -v "${p%js}" > /dev/null && continue ;; esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing"
as_root=
[ "$(id -u)" -eq 0 ] || as_root=sudo
case $missing in
*:i386*) dpkg --print-foreign-architectures | grep -qx i386 ||
    $as_root dpkg --add-architecture i386 ;;
esac
$as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $missing
