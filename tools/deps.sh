#!/bin/sh
# Installs the Debian packages the build and the tests need, if any is
# missing.  Does nothing when all are there.  Needs root or sudo to install.
set -e
# One line per need, so each part of the project names its own.
packages="make gcc libc6-dev pkg-config sqlite3 libsqlite3-dev libcmocka-dev"
packages="$packages clang-format"  # make format-check
packages="$packages g++ binutils zlib1g-dev groff-base man-db python3 nodejs"  # install checks
packages="$packages jq libxml2-utils graphviz valgrind groff-base librsvg2-bin"  # mlhead command: test/cli.sh, make pictures
packages="$packages valgrind time"  # benchmarks
packages="$packages clang libclang-rt-dev valgrind gcovr"  # hardening
missing=
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing"
as_root=
[ "$(id -u)" -eq 0 ] || as_root=sudo
$as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $missing
