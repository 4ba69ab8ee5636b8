#!/bin/sh
# Prints the other names a man page documents: those its NAME section lists
# before "\-" ("mlhead_open, mlhead_close \- ...") apart from the page's
# own, one a line.  make install links each of them to the page.
page=$1
own=$(basename "$page"); own=${own%.*}
awk '/^\.SH NAME/ { on = 1; next }
     on { names = names " " $0; if (index($0, "\\-")) exit }
     END { sub(/\\-.*/, "", names); gsub(/,/, " ", names); print names }' "$page" |
    tr ' ' '\n' | grep -v -x -e '' -e "$own" || true
