#!/bin/sh
# man.sh - the man pages: each renders without a warning (groff -man -ww)
# and through man -l; its .TH names the page its file is; every function
# the header declares has a page or a name on one (what make install
# links), and every name a page claims is a function of the header.  A
# page that shows a struct shows the fields the header gives it, in order.
# Every example compiles and runs (usage: test/man.sh [BUILD], default build).
cd "$(dirname "$0")/.." || exit 1
. test/lib.sh
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

for page in man/*.[1-9]; do
    groff -man -ww -z "$page" 2> "$tmp/warnings"
    check "$page renders without warnings: $(cat "$tmp/warnings")" test ! -s "$tmp/warnings"
    check "man -l shows $page" sh -c "MANWIDTH=80 man -l '$page' 2>&1 | grep -q '^NAME'"
    file=$(basename "$page")
    th=$(sed -n 's/^\.TH \([^ ]*\) \([0-9]\) .*/\1.\2/p' "$page")
    check "$page's .TH is $th" test "$th" = "$(echo "$file" | tr '[:lower:]' '[:upper:]')"
done

for page in man/*.3; do
    basename "$page" .3
    sh tools/man-names.sh "$page"
done | sort > "$tmp/documented"
header_functions | sort > "$tmp/declared"
missing=$(comm -23 "$tmp/declared" "$tmp/documented")
check "every public function has a man page (not: $missing)" test -z "$missing"
stray=$(comm -13 "$tmp/declared" "$tmp/documented" | grep -vx mlhead)
check "every man page name is a public function (not: $stray)" test -z "$stray"

# The fields of struct NAME, one a line, in order, from C text on stdin:
# comments dropped, "mlhead_figure min, max;" giving min and max.
fields() {
    awk -v name="$1" '
        $0 ~ "^typedef struct " name " [{]" { on = 1; next }
        on && $0 ~ "^[}] " name ";" { exit }
        on {
            line = $0
            if (open) {
                if (!index(line, "*/")) next
                line = substr(line, index(line, "*/") + 2); open = 0
            }
            while (match(line, /\/\*/)) {
                rest = substr(line, RSTART + 2)
                if (index(rest, "*/"))
                    line = substr(line, 1, RSTART - 1) substr(rest, index(rest, "*/") + 2)
                else { line = substr(line, 1, RSTART - 1); open = 1 }
            }
            if (!index(line, ";")) next
            sub(/;.*/, "", line); gsub(/[*]/, " ", line)
            n = split(line, names, ",")
            k = split(names[1], words, " "); print words[k]
            for (i = 2; i <= n; i++) { gsub(/ /, "", names[i]); print names[i] }
        }'
}

# A page's synopsis as C: the text of its .B lines, roff escapes undone.
synopsis() {
    sed -n 's/^\.B "\{0,1\}\(.*[^"]\)"\{0,1\}$/\1/p' "$1" |
        sed -e 's/\\-/-/g' -e 's/\\(dq/"/g'
}

for name in $(sed -n 's/^typedef struct \(mlhead_[a-z_]*\) {$/\1/p' include/mlhead.h); do
    page=$(grep -l "^\.B typedef struct $name {" man/*.3 | head -n 1)
    if check "a man page shows struct $name" test -n "$page"; then
        fields "$name" < include/mlhead.h > "$tmp/header.fields"
        synopsis "$page" | fields "$name" > "$tmp/page.fields"
        check "$page shows the fields of $name as the header has them:
$(diff "$tmp/header.fields" "$tmp/page.fields")" \
            cmp -s "$tmp/header.fields" "$tmp/page.fields"
    fi
done

# Every example of a section-3 page compiles with the project's warnings
# and runs on the embedded data: a whole program as printed, a fragment as
# the body of main() with `db` an open handle.  Every command line of
# mlhead(1)'s EXAMPLES runs as printed (its "mlhead" the one just built).
build=${1:-build}
unroff() {
    sed -e 's/\\e/\\/g' -e 's/\\-/-/g' -e 's/\\(dq/"/g' -e "s/\\\\(aq/'/g" -e 's/\\&//g'
}
examples() {
    awk '/^\.SH EXAMPLE/ { on = 1; next } /^\.SH/ { on = 0 }
         on && /^\.(EX|nf)$/ { code = 1; next } on && /^\.(EE|fi)$/ { code = 0; next }
         code' "$1" | unroff
}
for page in man/*.3; do
    name=$(basename "$page" .3)
    examples "$page" > "$tmp/$name.body"
    [ -s "$tmp/$name.body" ] || continue
    if grep -q '^int main' "$tmp/$name.body"; then
        cp "$tmp/$name.body" "$tmp/$name.c"
    else
        { printf '#include <inttypes.h>\n#include <stdio.h>\n#include <mlhead.h>\n\n'
          printf 'int main(void)\n{\n    mlhead *db;\n    if (mlhead_open(NULL, &db) != MLHEAD_OK)\n'
          printf '        return 1;\n    {\n'
          cat "$tmp/$name.body"
          printf '    }\n    mlhead_close(db);\n    return 0;\n}\n'; } > "$tmp/$name.c"
    fi
    check "$page's example compiles" ${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra \
        -Wpedantic -Werror -Iinclude -o "$tmp/$name" "$tmp/$name.c" "$build/libmlhead.a" -lsqlite3 &&
        { "$tmp/$name" > "$tmp/$name.out" 2>&1; check "$page's example runs: $(cat "$tmp/$name.out")" test $? -eq 0; }
done
examples man/mlhead.1 | grep '^mlhead ' > "$tmp/commands"
check "mlhead(1) shows command lines" test -s "$tmp/commands"
mkdir "$tmp/run"
while IFS= read -r line; do
    check "mlhead(1)'s \"$line\" runs as printed" \
        sh -c "cd '$tmp/run' && rm -f ./* && PATH='$PWD/$build':\"\$PATH\" && { $line; } > out 2>&1 &&
            test -s out -o -s chart.svg -o -s graph.svg"
done < "$tmp/commands"

finish man
