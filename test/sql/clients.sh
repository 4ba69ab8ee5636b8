#!/bin/sh
# clients.sh DB FACTS - the database answers alike in any SQLite client.
#
# Runs PRAGMA integrity_check and every SQL example README shows
# (`sqlite3 build/mlhead.db '...'`) in three clients: the sqlite3 shell,
# Python's sqlite3 module (test/sql/rows.py) and better-sqlite3, which
# bundles its own, newer SQLite (test/sql/rows.js; NODE_PATH must find
# it).  Their answers must be identical, each example must answer at least
# one row, and the examples that have a counterpart in the C API must give
# the same rows as FACTS (test/sql/facts.c) prints through it.
cd "$(dirname "$0")/../.." || exit 1
. test/lib.sh
db=$1
facts=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The SQL of each README example, one a line, in README's order.
sed -n -e "s/^ *sqlite3 build\/mlhead\.db '\(.*\)' *\$/\1/p" \
       -e "s/^ *sqlite3 build\/mlhead\.db \"\(.*\)\" *\$/\1/p" README > "$tmp/readme.sql"
shown=$(grep -c '^ *sqlite3 build/mlhead\.db ' README)
check "every README example is read ($(wc -l < "$tmp/readme.sql") of $shown)" \
    test "$(wc -l < "$tmp/readme.sql")" -eq "$shown"
check "README shows SQL examples" test "$shown" -gt 0
{ echo 'PRAGMA integrity_check'; cat "$tmp/readme.sql"; } > "$tmp/queries"

while IFS= read -r sql; do
    echo "-- $sql"
    sqlite3 -readonly -json "$db" "$sql" | python3 test/sql/rows.py --json
done < "$tmp/queries" > "$tmp/shell"
check "the sqlite3 shell answers" test -s "$tmp/shell"
check "Python's sqlite3 answers" \
    sh -c "python3 test/sql/rows.py '$db' < '$tmp/queries' > '$tmp/python'"
check "better-sqlite3 answers" \
    sh -c "node test/sql/rows.js '$db' < '$tmp/queries' > '$tmp/node'"

for client in shell python node; do
    check "$client: integrity_check is ok" \
        sh -c "sed -n '3p' '$tmp/$client' | grep -qx ok"
done
check "Python's sqlite3 answers as the sqlite3 shell" diff "$tmp/shell" "$tmp/python"
check "better-sqlite3 answers as the sqlite3 shell" diff "$tmp/shell" "$tmp/node"

# The rows (no header) of one query's answer.
answer() {
    Q=$1 awk '$0 == "-- " ENVIRON["Q"] { on = 1; getline; next } /^-- / { on = 0 } on' \
        "$tmp/node"
}

while IFS= read -r sql; do
    check "README's \"$sql\" answers rows" test -n "$(answer "$sql")"
done < "$tmp/readme.sql"

# Each fact of the C API and the README example that asks the same.
while IFS='|' read -r fact sql; do
    if check "README shows $sql" grep -qxF "$sql" "$tmp/readme.sql"; then
        answer "$sql" | sort > "$tmp/sql.rows"
        "$facts" "$db" "$fact" | sort > "$tmp/c.rows"
        check "the C API's $fact are README's $sql" diff "$tmp/sql.rows" "$tmp/c.rows"
    fi
done <<'PAIRS'
edition|SELECT title, source, edition, market, currency, year FROM edition
salary|SELECT * FROM salary
salary-usd|SELECT role, max_usd, max_bound FROM salary_usd WHERE max_usd >= 300000
ladder|SELECT * FROM ladder
steps|SELECT * FROM steps
find|SELECT r.title FROM role_name n JOIN role r ON r.id = n.role_id WHERE n.name = 'head of ml'
roles|SELECT title, aliases FROM roles
sections|SELECT position, slug, title FROM section ORDER BY position
best-practices|SELECT category, text FROM best_practices
challenges|SELECT * FROM items WHERE section = 'challenges'
market-stats|SELECT slug, value, unit, basis FROM market_stats
search|SELECT text FROM search WHERE search MATCH 'gov*' ORDER BY rank
PAIRS

echo "sqlite3 shell $(sqlite3 --version | cut -d' ' -f1)," \
     "Python sqlite3 $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)')," \
     "better-sqlite3 $(node -e 'const D = require("better-sqlite3");
         console.log(new D(":memory:").prepare("SELECT sqlite_version()").pluck().get())')"
finish sql-clients
