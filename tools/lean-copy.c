/*
 * lean-copy.c - writes the copy of the database that the library embeds:
 * the same pages of data, with a schema SQLite parses faster.
 *
 *   lean-copy FULL.db OUT.db
 *
 * The copy leaves out the views (the library turns views off; they are for
 * people at an SQLite prompt), and the CHECK constraints and comments of
 * the tables: a CHECK is the business of the build, which ran it on every
 * row of FULL.db, and of mlhead_open(path), which checks a file against
 * the full schema (build/schema.c, from FULL.db), never against this copy.
 * Nothing else changes: no column, no type, no UNIQUE, no index.  Then it
 * proves the data is FULL.db's: every table, the search index's own
 * included, holds the same rows in both.  Any failure exits 1 and leaves
 * no OUT.db.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(sqlite3 *db, const char *what)
{
    fprintf(stderr, "lean-copy: %s: %s\n", what, db ? sqlite3_errmsg(db) : "out of memory");
    return 1;
}

static int word_at(const char *s, const char *word)
{
    size_t n = strlen(word);
    return sqlite3_strnicmp(s, word, (int)n) == 0 &&
           !(s[n] == '_' || (s[n] >= '0' && s[n] <= '9') ||
             ((s[n] | 32) >= 'a' && (s[n] | 32) <= 'z'));
}

/* The end of a quoted name or string that starts at s. */
static const char *quoted(const char *s)
{
    char q = *s == '[' ? ']' : *s;
    for (s++; *s; s++)
        if (*s == q) {
            if (s[1] != q || q == ']')
                return s + 1;
            s++;
        }
    return s;
}

/* sql without comments, runs of blanks and CHECK (...) clauses (with the
 * CONSTRAINT name before one, and the comma before a table's own). */
static char *lean(const char *sql)
{
    char *out = malloc(strlen(sql) + 1), *o = out, *mark = NULL;
    const char *s = sql;
    if (!out)
        return NULL;
    while (*s) {
        if (s[0] == '-' && s[1] == '-') {
            while (*s && *s != '\n')
                s++;
        } else if (s[0] == '/' && s[1] == '*') {
            const char *end = strstr(s + 2, "*/");
            s = end ? end + 2 : s + strlen(s);
        } else if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            if (o > out && o[-1] != ' ')
                *o++ = ' ';
            s++;
        } else if (*s == '\'' || *s == '"' || *s == '`' || *s == '[') {
            const char *end = quoted(s);
            memcpy(o, s, (size_t)(end - s));
            o += end - s;
            s = end;
        } else if (word_at(s, "CONSTRAINT") &&
                   (o == out || o[-1] == ' ' || o[-1] == ',' || o[-1] == '(')) {
            mark = o; /* the name may belong to a CHECK */
            memcpy(o, s, 10);
            o += 10;
            s += 10;
        } else if (word_at(s, "CHECK") &&
                   (o == out || o[-1] == ' ' || o[-1] == ',' || o[-1] == '(')) {
            int depth = 0;
            if (mark)
                o = mark;
            while (o > out && o[-1] == ' ')
                o--;
            if (o > out && o[-1] == ',') /* a table constraint: its comma goes too */
                o--;
            for (s += 5; *s; s++) {
                if (*s == '\'' || *s == '"' || *s == '`' || *s == '[') {
                    s = quoted(s) - 1;
                } else if (*s == '(') {
                    depth++;
                } else if (*s == ')' && --depth == 0) {
                    s++;
                    break;
                }
            }
            mark = NULL;
        } else {
            if (*s == ',' || *s == '(')
                mark = NULL;
            *o++ = *s++;
        }
    }
    while (o > out && o[-1] == ' ')
        o--;
    *o = '\0';
    return out;
}

static int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : fail(db, sql);
}

/* Every row of each table of `full` is in the copy and the other way round. */
static int same_rows(sqlite3 *db)
{
    sqlite3_stmt *st;
    int bad = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM full.sqlite_schema WHERE type = 'table'"
                           " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(db, "listing the tables");
    while (!bad && sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        char *q =
            sqlite3_mprintf("SELECT (SELECT count(*) FROM full.\"%w\") = (SELECT count(*) FROM "
                            "main.\"%w\") AND NOT EXISTS (SELECT * FROM full.\"%w\" EXCEPT "
                            "SELECT * FROM main.\"%w\") AND NOT EXISTS (SELECT * FROM "
                            "main.\"%w\" EXCEPT SELECT * FROM full.\"%w\")",
                            t, t, t, t, t, t);
        sqlite3_stmt *cmp;
        if (!q || sqlite3_prepare_v2(db, q, -1, &cmp, NULL) != SQLITE_OK)
            bad = fail(db, "comparing a table");
        else {
            if (sqlite3_step(cmp) != SQLITE_ROW || sqlite3_column_int(cmp, 0) != 1) {
                fprintf(stderr, "lean-copy: table %s differs from the full copy's\n", t);
                bad = 1;
            }
            sqlite3_finalize(cmp);
        }
        sqlite3_free(q);
    }
    sqlite3_finalize(st);
    return bad;
}

int main(int argc, char **argv)
{
    sqlite3 *db = NULL, *src = NULL;
    sqlite3_backup *b;
    sqlite3_stmt *st, *up;
    char *attach;
    int bad = 0;
    if (argc != 3) {
        fprintf(stderr, "usage: lean-copy FULL.db OUT.db\n");
        return 2;
    }
    remove(argv[2]);
    if (sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_open(argv[2], &db) != SQLITE_OK)
        return fail(db ? db : src, "opening");
    b = sqlite3_backup_init(db, "main", src, "main");
    if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE || sqlite3_backup_finish(b) != SQLITE_OK)
        return fail(db, "copying");
    sqlite3_close(src);
    if (exec(db, "PRAGMA writable_schema = ON") ||
        sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL", -1, &st,
                           NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "UPDATE sqlite_schema SET sql = ?2 WHERE name = ?1", -1, &up,
                           NULL) != SQLITE_OK)
        return fail(db, "reading the schema");
    while (!bad && sqlite3_step(st) == SQLITE_ROW) {
        char *sql = lean((const char *)sqlite3_column_text(st, 1));
        if (!sql)
            return fail(NULL, "leaning");
        sqlite3_bind_text(up, 1, (const char *)sqlite3_column_text(st, 0), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(up, 2, sql, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(up) != SQLITE_DONE)
            bad = fail(db, "writing the schema");
        sqlite3_reset(up);
        free(sql);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(up);
    sqlite3_close(db);
    /* a new connection reads the new schema; VACUUM rebuilds every page from it */
    if (bad || sqlite3_open(argv[2], &db) != SQLITE_OK)
        bad = 1;
    if (!bad) {
        sqlite3_stmt *views;
        bad = sqlite3_prepare_v2(db,
                                 "SELECT group_concat('DROP VIEW \"' || name || '\"', ';')"
                                 " FROM sqlite_schema WHERE type = 'view'",
                                 -1, &views, NULL) != SQLITE_OK ||
              sqlite3_step(views) != SQLITE_ROW;
        if (!bad && sqlite3_column_text(views, 0))
            bad = exec(db, (const char *)sqlite3_column_text(views, 0));
        sqlite3_finalize(views);
    }
    if (!bad)
        bad = exec(db, "VACUUM");
    if (!bad) {
        sqlite3_stmt *ic;
        bad = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &ic, NULL) != SQLITE_OK ||
              sqlite3_step(ic) != SQLITE_ROW ||
              strcmp((const char *)sqlite3_column_text(ic, 0), "ok") != 0;
        if (bad)
            fprintf(stderr, "lean-copy: the copy fails integrity_check\n");
        sqlite3_finalize(ic);
    }
    attach = sqlite3_mprintf("ATTACH %Q AS full", argv[1]);
    if (!bad)
        bad = !attach || exec(db, attach) || same_rows(db);
    sqlite3_free(attach);
    sqlite3_close(db);
    if (bad)
        remove(argv[2]);
    return bad;
}
