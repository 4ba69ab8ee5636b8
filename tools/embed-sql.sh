#!/bin/sh
# embed-sql.sh DB CHECKS_SQL SEARCH_ROWS_SQL - writes to stdout the C file
# that gives the library the schema it was built with (every sqlite_schema
# entry of DB, views included, sorted by name), the text of the consistency
# checks and the text that fills the search table, so mlhead_open()
# compares and runs exactly what the build made and ran.
set -eu
db=$1
checks=$2
rows=$3
sqlite3=${SQLITE3:-sqlite3}
echo "/* generated from $db, $checks and $rows by tools/embed-sql.sh: do not edit */"
echo '#include "internal.h"'
echo 'const struct mh_schema_entry mh_schema[] = {'
"$sqlite3" -readonly "$db" "SELECT printf('    {\"%s\", \"%s\", \"%s\", %s},', type, name, tbl_name,
    CASE WHEN sql IS NULL THEN 'NULL' ELSE '\"' || replace(replace(replace(replace(sql,
        '\\', '\\\\'), '\"', '\\\"'), char(10), '\\n'), char(9), '\\t') || '\"' END)
    FROM sqlite_schema ORDER BY name COLLATE BINARY"
echo '};'
echo 'const size_t mh_schema_count = sizeof mh_schema / sizeof mh_schema[0];'
# As bytes: the texts are longer than a C string literal may portably be.
embed() {
    echo "const char $1[] = {"
    od -An -v -tx1 "$2" | sed 's/\([0-9a-f][0-9a-f]\)/0x\1,/g'
    echo '0x00};'
}
embed mh_checks_sql "$checks"
embed mh_search_rows_sql "$rows"
