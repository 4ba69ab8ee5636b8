/*
 * lean-copy.c - writes the copy of the database that the library embeds,
 * in two parts: the same rows, with a schema SQLite parses faster.
 *
 *   lean-copy FULL.db FIRST.db REST.db TABLE...
 *
 * FIRST.db holds the tables named, REST.db every other; the library opens
 * the first and attaches the rest when a statement first needs a table of
 * it (lib/rows.c), so a first question on the named tables parses only
 * their schema.
 *
 * Each part leaves out the views and triggers (the library turns both
 * off; views are for people at an SQLite prompt), every index, and of the
 * tables their comments and every constraint but the primary key: CHECK,
 * UNIQUE, NOT NULL, REFERENCES.  Those matter to writes, which the build
 * made and checked (every CHECK on every row, foreign_key_check) and which
 * a read-only copy never takes, and to speed on big files: the embedded
 * data is small (19 roles).  A file opened by path is checked against the
 * full schema (build/schema.c, from FULL.db), never against these parts.
 * Columns, types, collations and primary keys stay.  Then it proves the
 * data is FULL.db's: every table of each part, the search index's own
 * included, holds the same rows as FULL.db's, and every table of FULL.db
 * is in one part.  Any failure exits 1 and leaves neither part.
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

static const char *blanks(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    return s;
}

/* Past the name (plain or quoted) that starts at s. */
static const char *past_name(const char *s)
{
    if (*s == '\'' || *s == '"' || *s == '`' || *s == '[')
        return quoted(s);
    while (*s == '_' || (*s >= '0' && *s <= '9') || ((*s | 32) >= 'a' && (*s | 32) <= 'z'))
        s++;
    return s;
}

/* Past the parenthesized text that starts at s (at its '('). */
static const char *past_parens(const char *s)
{
    int depth = 0;
    for (; *s; s++) {
        if (*s == '\'' || *s == '"' || *s == '`' || *s == '[') {
            s = quoted(s) - 1;
        } else if (*s == '(') {
            depth++;
        } else if (*s == ')' && --depth == 0) {
            return s + 1;
        }
    }
    return s;
}

/* Past the constraint that starts at s, or NULL when none does: CHECK
 * (...), UNIQUE with or without its columns, NOT NULL, REFERENCES t(c). */
static const char *past_constraint(const char *s)
{
    if (word_at(s, "CHECK"))
        return past_parens(blanks(s + 5));
    if (word_at(s, "UNIQUE"))
        return *blanks(s + 6) == '(' ? past_parens(blanks(s + 6)) : s + 6;
    if (word_at(s, "NOT") && word_at(blanks(s + 3), "NULL"))
        return blanks(s + 3) + 4;
    if (word_at(s, "REFERENCES")) {
        s = past_name(blanks(s + 10));
        return *blanks(s) == '(' ? past_parens(blanks(s)) : s;
    }
    return NULL;
}

/* sql without comments, runs of blanks and the constraints above (with
 * the CONSTRAINT name before one, and the comma before a table's own).
 * Anything those words carried that this does not know (ON CONFLICT, ON
 * DELETE, DEFERRABLE) is left behind and fails to parse: the copy is not
 * made. */
static char *lean(const char *sql)
{
    char *out = malloc(strlen(sql) + 1), *o = out, *mark = NULL;
    const char *s = sql, *end;
    if (!out)
        return NULL;
    while (*s) {
        int at_word = o == out || o[-1] == ' ' || o[-1] == ',' || o[-1] == '(';
        if (s[0] == '-' && s[1] == '-') {
            while (*s && *s != '\n')
                s++;
        } else if (s[0] == '/' && s[1] == '*') {
            end = strstr(s + 2, "*/");
            s = end ? end + 2 : s + strlen(s);
        } else if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            if (o > out && o[-1] != ' ')
                *o++ = ' ';
            s++;
        } else if (*s == '\'' || *s == '"' || *s == '`' || *s == '[') {
            end = quoted(s);
            memcpy(o, s, (size_t)(end - s));
            o += end - s;
            s = end;
            mark = NULL;
        } else if (at_word && word_at(s, "CONSTRAINT")) {
            /* the keyword and the name, which go if the constraint goes */
            end = past_name(blanks(s + 10));
            mark = o;
            memcpy(o, s, (size_t)(end - s));
            o += end - s;
            s = end;
        } else if (at_word && (end = past_constraint(s)) != NULL) {
            if (mark)
                o = mark;
            while (o > out && o[-1] == ' ')
                o--;
            if (o > out && o[-1] == ',') /* a table constraint: its comma goes too */
                o--;
            s = end;
            mark = NULL;
        } else {
            *o++ = *s++;
            mark = NULL; /* something else after the name: it stays */
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

/* Every row of each table of the copy is in FULL's table of that name,
 * and the other way round; *tables counts the copy's tables. */
static int same_rows(sqlite3 *db, int *tables)
{
    sqlite3_stmt *st;
    int bad = 0;
    *tables = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM main.sqlite_schema"
                           " WHERE type = 'table' ORDER BY name",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(db, "listing the tables");
    while (!bad && sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        char *q;
        sqlite3_stmt *cmp;
        ++*tables;
        if (sqlite3_column_int(st, 1)) /* FTS5's rows are in its own tables */
            continue;
        q = sqlite3_mprintf("SELECT (SELECT count(*) FROM full.\"%w\") = (SELECT count(*) FROM "
                            "main.\"%w\") AND NOT EXISTS (SELECT * FROM full.\"%w\" EXCEPT "
                            "SELECT * FROM main.\"%w\") AND NOT EXISTS (SELECT * FROM "
                            "main.\"%w\" EXCEPT SELECT * FROM full.\"%w\")",
                            t, t, t, t, t, t);
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

/* OUT: FULL's tables named in `list` (an SQL list, "('a','b')"), or when
 * `named` is 0 the others, lean; *tables counts them.  1 on failure. */
static int make_part(const char *full, const char *out, const char *list, int named, int *tables)
{
    sqlite3 *db = NULL, *src = NULL;
    sqlite3_backup *b;
    sqlite3_stmt *st, *up;
    char *sql;
    int bad = 0;
    remove(out);
    if (sqlite3_open_v2(full, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_open(out, &db) != SQLITE_OK)
        return fail(db ? db : src, "opening");
    b = sqlite3_backup_init(db, "main", src, "main");
    if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE || sqlite3_backup_finish(b) != SQLITE_OK)
        return fail(db, "copying");
    sqlite3_close(src);
    if (exec(db, "PRAGMA writable_schema = ON") ||
        sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'", -1, &st,
                           NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "UPDATE sqlite_schema SET sql = ?2 WHERE name = ?1", -1, &up,
                           NULL) != SQLITE_OK)
        return fail(db, "reading the schema");
    while (!bad && sqlite3_step(st) == SQLITE_ROW) {
        char *lean_sql = lean((const char *)sqlite3_column_text(st, 1));
        if (!lean_sql)
            return fail(NULL, "leaning");
        sqlite3_bind_text(up, 1, (const char *)sqlite3_column_text(st, 0), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(up, 2, lean_sql, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(up) != SQLITE_DONE)
            bad = fail(db, "writing the schema");
        sqlite3_reset(up);
        free(lean_sql);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(up);
    /* the indexes (UNIQUE's too: the tables no longer ask for them), the
     * views, the triggers, and the other part's tables */
    sql = sqlite3_mprintf("DELETE FROM sqlite_schema WHERE type <> 'table' OR tbl_name %s IN %s",
                          named ? "NOT" : "", list);
    if (!bad)
        bad = !sql || exec(db, sql);
    sqlite3_free(sql);
    sqlite3_close(db);
    /* a new connection reads the new schema; VACUUM rebuilds every page from it */
    if (bad || sqlite3_open(out, &db) != SQLITE_OK)
        bad = 1;
    if (!bad)
        bad = exec(db, "VACUUM");
    if (!bad) {
        sqlite3_stmt *ic;
        bad = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &ic, NULL) != SQLITE_OK ||
              sqlite3_step(ic) != SQLITE_ROW ||
              strcmp((const char *)sqlite3_column_text(ic, 0), "ok") != 0;
        if (bad)
            fprintf(stderr, "lean-copy: %s fails integrity_check\n", out);
        sqlite3_finalize(ic);
    }
    sql = sqlite3_mprintf("ATTACH %Q AS full", full);
    if (!bad)
        bad = !sql || exec(db, sql) || same_rows(db, tables);
    sqlite3_free(sql);
    sqlite3_close(db);
    if (bad)
        remove(out);
    return bad;
}

int main(int argc, char **argv)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st;
    char *list = NULL;
    int i, first = 0, rest = 0, all = -1;
    if (argc < 5) {
        fprintf(stderr, "usage: lean-copy FULL.db FIRST.db REST.db TABLE...\n");
        return 2;
    }
    for (i = 4; i < argc; i++)
        list = sqlite3_mprintf("%z%s%Q", list, i == 4 ? "(" : ",", argv[i]);
    list = sqlite3_mprintf("%z)", list);
    if (!list)
        return fail(NULL, "listing the tables");
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", -1, &st,
                           NULL) != SQLITE_OK)
        return fail(db, "counting the tables");
    if (sqlite3_step(st) == SQLITE_ROW)
        all = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (make_part(argv[1], argv[2], list, 1, &first) ||
        make_part(argv[1], argv[3], list, 0, &rest)) {
        sqlite3_free(list);
        remove(argv[2]);
        return 1;
    }
    sqlite3_free(list);
    /* each named table is in the first part, every other in the rest */
    if (first != argc - 4 || first + rest != all) {
        fprintf(stderr,
                "lean-copy: the parts hold %d and %d tables, not %d of the %d named and"
                " the other %d\n",
                first, rest, argc - 4, all, all - (argc - 4));
        remove(argv[2]);
        remove(argv[3]);
        return 1;
    }
    return 0;
}
