/*
 * variants.h - valid files made from the guide's database with plain SQL,
 * for the suites that hold the library to its answers on any file it
 * accepts: ids renumbered (shifted so that one row of each table has the
 * id 0, or reversed, which also stores the rows in another order), content
 * renamed within the rules, and seeded random changes that keep them.
 * Each keeps every constraint and consistency check of the schema; the
 * caller applies it to a writable copy.  No cmocka here.
 */
#ifndef MLHEAD_TEST_VARIANTS_H
#define MLHEAD_TEST_VARIANTS_H

#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* The build's search table and the statements that fill it (run from the
 * top of the tree, as make check runs the tests). */
#define VARIANT_SEARCH_SQL "schema/910_search.sql"
#define VARIANT_SEARCH_ROWS_SQL "schema/920_search_rows.sql"

/* Runs sql on w; 0 and the message in err (if given) when it fails. */
static inline int variant_exec(sqlite3 *w, const char *sql, char *err, size_t size)
{
    char *msg = NULL;
    int ok = sqlite3_exec(w, sql, NULL, NULL, &msg) == SQLITE_OK;
    if (!ok && err)
        snprintf(err, size, "%s: %s", sql, msg ? msg : "?");
    sqlite3_free(msg);
    return ok;
}

/* As variant_exec(), the SQL made by sqlite3_mprintf(). */
static inline int variant_execf(sqlite3 *w, char *err, size_t size, const char *fmt, ...)
{
    va_list ap;
    char *sql;
    int ok;
    va_start(ap, fmt);
    sql = sqlite3_vmprintf(fmt, ap);
    va_end(ap);
    ok = sql && variant_exec(w, sql, err, size);
    sqlite3_free(sql);
    return ok;
}

/* Runs the SQL of the file at path on w. */
static inline int variant_exec_file(sqlite3 *w, const char *path, char *err, size_t size)
{
    FILE *f = fopen(path, "rb");
    char *sql = NULL;
    long n = -1;
    int ok;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (sql = malloc((size_t)n + 1)) != NULL && fread(sql, 1, (size_t)n, f) == (size_t)n)
        sql[n] = '\0';
    else
        n = -1;
    if (f)
        fclose(f);
    ok = n >= 0 && variant_exec(w, sql, err, size);
    if (n < 0 && err)
        snprintf(err, size, "%s: cannot be read", path);
    free(sql);
    return ok;
}

/* The search table made anew from the other tables, by the build's own
 * statements: what a search of the library answers from, whatever search
 * rows the file holds. */
static inline int variant_search_made(sqlite3 *w, char *err, size_t size)
{
    return variant_exec(w, "DROP TABLE search", err, size) &&
           variant_exec_file(w, VARIANT_SEARCH_SQL, err, size) &&
           variant_exec_file(w, VARIANT_SEARCH_ROWS_SQL, err, size);
}

/* Gives every row of table a new id, the SQL expression map of its old
 * `id`, and follows it in every column that refers to the table.  Every
 * column goes first out of the way (to negative ids below any new one),
 * so no UNIQUE or CHECK sees two values meet half way. */
static inline int variant_renumber(sqlite3 *w, const char *table, const char *map, char *err,
                                   size_t size)
{
    static const char refs_sql[] = "SELECT m.name, f.\"from\" FROM sqlite_schema m,"
                                   " pragma_foreign_key_list(m.name) f"
                                   " WHERE m.type = 'table' AND f.\"table\" = ?1";
    char cols[16][2][64];
    sqlite3_stmt *st = NULL;
    int n = 1, i, ok;
    snprintf(cols[0][0], sizeof cols[0][0], "%s", table);
    snprintf(cols[0][1], sizeof cols[0][1], "id");
    if (sqlite3_prepare_v2(w, refs_sql, -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW && n < 16) {
        snprintf(cols[n][0], sizeof cols[n][0], "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(cols[n][1], sizeof cols[n][1], "%s", (const char *)sqlite3_column_text(st, 1));
        n++;
    }
    sqlite3_finalize(st);
    ok = variant_execf(w, err, size,
                       "PRAGMA foreign_keys = OFF; DROP TABLE IF EXISTS temp.idmap;"
                       " CREATE TEMP TABLE idmap (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);"
                       " INSERT INTO idmap SELECT id, %s FROM \"%w\"",
                       map, table);
    for (i = 0; ok && i < n; i++)
        ok = variant_execf(w, err, size, "UPDATE \"%w\" SET \"%w\" = -\"%w\" - 4000000000000",
                           cols[i][0], cols[i][1], cols[i][1]);
    for (i = 0; ok && i < n; i++)
        ok = variant_execf(w, err, size,
                           "UPDATE \"%w\" SET \"%w\" = (SELECT new FROM idmap"
                           " WHERE old = -\"%w\" - 4000000000000) WHERE \"%w\" IS NOT NULL",
                           cols[i][0], cols[i][1], cols[i][1], cols[i][1]);
    return ok && variant_exec(w, "DROP TABLE temp.idmap", err, size);
}

/* The tables numbered by an id of their own that may take any value
 * (edition's is held to 1). */
static const char *const variant_tables[] = {"section", "category",    "item",       "track",
                                             "role",    "salary_band", "market_stat"};
#define VARIANT_TABLES (sizeof variant_tables / sizeof *variant_tables)

/* Every id shifted so that one row of each table has the id 0: the rows
 * the public calls are tried with where the guide has them, else the
 * first; the ids below it become negative.  The heading 0 is a group, so
 * its headings have the parent_id 0 and share their positions with
 * top-level headings of its section (no id may stand for "no parent"). */
static inline int variant_zero_ids(sqlite3 *w, char *err, size_t size)
{
    static const char *const zero[VARIANT_TABLES] = {
        "(SELECT id FROM section WHERE slug = 'best-practices')",
        "(SELECT id FROM category WHERE title = 'Technical Challenges')",
        "(SELECT min(id) FROM item)",
        "(SELECT id FROM track WHERE slug = 'ml-engineering')",
        "(SELECT id FROM role WHERE slug = 'head-of-machine-learning')",
        "(SELECT min(id) FROM salary_band)",
        "(SELECT min(id) FROM market_stat)",
    };
    char map[256];
    size_t i;
    int ok = 1;
    for (i = 0; ok && i < VARIANT_TABLES; i++) {
        snprintf(map, sizeof map, "id - %s", zero[i]);
        ok = variant_renumber(w, variant_tables[i], map, err, size);
    }
    return ok;
}

/* Every id reversed (the last row first), so every table's rows lie in
 * the reverse order of the guide's. */
static inline int variant_reverse_ids(sqlite3 *w, char *err, size_t size)
{
    char map[256];
    size_t i;
    int ok = 1;
    for (i = 0; ok && i < VARIANT_TABLES; i++) {
        snprintf(map, sizeof map, "(SELECT max(id) + 1 FROM \"%s\") - id", variant_tables[i]);
        ok = variant_renumber(w, variant_tables[i], map, err, size);
    }
    return ok;
}

/* Other names and texts, each within the rules: titles, slugs, aliases,
 * headings and items (the file's search rows stay as they were: the
 * library never reads them). */
static inline int variant_renamed(sqlite3 *w, char *err, size_t size)
{
    return variant_exec(w,
                        "UPDATE role SET title = title || ' Prime', slug = slug || '-prime';"
                        " UPDATE role_alias SET alias = 'The ' || alias;"
                        " UPDATE track SET title = 'Track of ' || title, slug = 'x-' || slug;"
                        " UPDATE section SET title = upper(title), slug = slug || '-s';"
                        " UPDATE category SET title = title || ' Notes', slug = slug || '-n';"
                        " UPDATE item SET text = 'Renamed: ' || text;"
                        " UPDATE salary_band SET label = label || ' (renamed)'",
                        err, size);
}

/* xorshift64: every run makes the same files from the same seed. */
static inline uint64_t variant_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* A few seeded changes, each of which keeps the rules when it applies:
 * a change a rule refuses is rolled back by its statement and skipped.
 * Each reads its two random numbers from temp.pick (a, b).  Returns how
 * many applied. */
static inline int variant_random_changes(sqlite3 *w, uint64_t seed, int changes)
{
#define A "(SELECT a FROM temp.pick)"
#define B "(SELECT b FROM temp.pick)"
#define NTH(table, n) "(SELECT id FROM " table " ORDER BY id LIMIT 1 OFFSET " n ")"
    static const char *const forms[] = {
        /* a new move between two roles, on the line of an existing one */
        "INSERT INTO move (from_role_id, to_role_id, section_id, line, note)"
        " SELECT " NTH("role", A " % 19") ", " NTH(
            "role", B " % 19") ", section_id, line,"
                               " 'a new move ' || " A " FROM move ORDER BY 1, 2 LIMIT 1",
        /* a move taken away */
        "DELETE FROM move WHERE (from_role_id, to_role_id) = (SELECT from_role_id, to_role_id"
        " FROM move ORDER BY 1, 2 LIMIT 1 OFFSET " A " % 20)",
        /* a common alias taken away, or a new one */
        "DELETE FROM role_alias WHERE alias = (SELECT alias FROM role_alias"
        " WHERE origin = 'common' ORDER BY alias LIMIT 1 OFFSET " A " % 10)",
        "INSERT INTO role_alias (alias, role_id, origin)"
        " SELECT 'Alias ' || " A ", " NTH("role", B " % 19") ", 'common'",
        /* a band's figures moved, within its bounds */
        "UPDATE salary_band SET min_usd = min_usd - " A " % 5000 - 1"
        " WHERE min_usd > 10000 AND id = " NTH("salary_band", B " % 8"),
        "UPDATE salary_band SET max_usd = max_usd + " A " % 5000"
        " WHERE id = " NTH("salary_band", B " % 8"),
        /* an item's text, and a term given */
        "UPDATE item SET text = text || ' (and ' || " A " || ' more)'"
        " WHERE id = " NTH("item", B " % 300"),
        "UPDATE item SET term = 'Term ' || " A " WHERE id = " NTH("item", B " % 300"),
        /* a role's title, or its track's */
        "UPDATE role SET title = title || ' ' || " A " WHERE id = " NTH("role", B " % 19"),
        "UPDATE track SET title = title || ' ' || " A " WHERE id = " NTH("track", B " % 3"),
    };
#undef A
#undef B
#undef NTH
    char sql[128];
    int i, applied = 0;
    if (!variant_exec(w,
                      "CREATE TEMP TABLE pick (a INTEGER, b INTEGER); INSERT INTO pick"
                      " VALUES (0, 0)",
                      NULL, 0))
        return -1;
    for (i = 0; i < changes; i++) {
        const char *form = forms[variant_random(&seed) % (sizeof forms / sizeof *forms)];
        snprintf(sql, sizeof sql, "UPDATE temp.pick SET a = %d, b = %d",
                 (int)(variant_random(&seed) % 100000), (int)(variant_random(&seed) % 100000));
        applied += variant_exec(w, sql, NULL, 0) && variant_exec(w, form, NULL, 0) &&
                   sqlite3_changes(w) > 0;
    }
    variant_exec(w, "DROP TABLE temp.pick", NULL, 0);
    return applied;
}

#endif
