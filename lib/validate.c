/*
 * validate.c - the checks a file passes before a handle answers from it.
 *
 * They run on the handle's own in-memory copy of the file (snapshot.c), in
 * an order that lets nothing of the file run before it is known to be
 * ours: first its schema is compared, entry by entry, with the schema this
 * library was built with (parsing a schema evaluates nothing); only then
 * do SQLite's integrity_check, the foreign keys, the build's consistency
 * checks (the very text of schema/900_checks.sql) and the text rules run,
 * all of them expressions of our own schema.  A progress handler bounds
 * the work of every statement in proportion to the size of the file.  The
 * file's search rows are not among what is checked: the first search
 * makes them anew from the checked tables (mh_search_index).
 */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "internal.h"
#include "utf8.h"

/* Work a statement may do, in progress-handler calls (one per
 * MH_WORK_STEP virtual-machine steps) per byte of the file, plus a floor.
 * Validating a file of 10^6 roles needs well under a tenth of it. */
#define MH_WORK_STEP 1000
#define MH_WORK_PER_BYTE 4
#define MH_WORK_FLOOR 100000

/* The arms of the SELECT in schema/920_search_rows.sql, and room to grow:
 * more than a file's statement may have (handle.c). */
#define MH_SEARCH_ARMS 16

static int over_budget(void *arg)
{
    mlhead *db = arg;
    return ++db->work > db->work_max;
}

/* The bound holds while the file's data is checked or indexed, and only
 * then: the library's own queries on an accepted file are indexed, and a
 * bound left in place would add up over a handle's life until a call,
 * hours into a server's run, found it spent. */
static void work_bound(mlhead *db)
{
    db->work = 0;
    sqlite3_progress_handler(db->sql, MH_WORK_STEP, over_budget, db);
}

static void work_end(mlhead *db)
{
    sqlite3_progress_handler(db->sql, 0, NULL, NULL);
}

/* An SQLite failure while checking: a statement stopped by the work
 * bound is the file's fault; the rest keep SQLite's code. */
static int check_fail(mlhead *db, int rc, const char *doing)
{
    if ((rc & 0xff) == SQLITE_INTERRUPT)
        return mh_fail(db, MLHEAD_CORRUPT, "%s: more work than a file of %llu bytes needs", doing,
                       (db->work_max - MH_WORK_FLOOR) / MH_WORK_PER_BYTE);
    return mh_sqlite_fail(db, rc, doing);
}

/* A text column SQLite could not hand over is out of memory. */
static int text_missing(sqlite3_stmt *st, int col)
{
    return !sqlite3_column_text(st, col) && sqlite3_column_type(st, col) != SQLITE_NULL;
}

static const char *text_or(sqlite3_stmt *st, int col)
{
    const char *s = (const char *)sqlite3_column_text(st, col);
    return s ? s : "";
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Views are for people at an SQLite prompt: the library turns them off
 * and never reads one, and its own copy carries none.  So a file may
 * leave any of the build's views out, but a view it has must be the
 * build's, word for word: nothing else may hide under our names. */
static int is_view(const struct mh_schema_entry *e)
{
    return strcmp(e->type, "view") == 0;
}

static int schema_differs(mlhead *db, const char *what, const char *type, const char *name)
{
    return mh_fail(db, MLHEAD_NOT_MLHEAD, "schema: %s %s %s", what, type, name);
}

/* The file's sqlite_schema, sorted by name, against the library's. */
static int check_schema(mlhead *db)
{
    static const char sql[] =
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name COLLATE BINARY";
    sqlite3_stmt *st = NULL;
    size_t i = 0;
    int rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL), status = MLHEAD_OK;
    while (rc == SQLITE_OK && status == MLHEAD_OK) {
        const struct mh_schema_entry *want;
        const char *name;
        int row = (rc = sqlite3_step(st)) == SQLITE_ROW;
        if (!row && rc != SQLITE_DONE)
            break;
        rc = SQLITE_OK;
        if (row && (text_missing(st, 0) || text_missing(st, 1) || text_missing(st, 2) ||
                    text_missing(st, 3))) {
            rc = SQLITE_NOMEM;
            break;
        }
        name = row ? text_or(st, 1) : NULL;
        while (i < mh_schema_count && is_view(&mh_schema[i]) &&
               (!row || strcmp(mh_schema[i].name, name) < 0))
            i++;
        if (!row) {
            if (i < mh_schema_count)
                status = schema_differs(db, "has no", mh_schema[i].type, mh_schema[i].name);
            break;
        }
        want = i < mh_schema_count ? &mh_schema[i] : NULL;
        if (!want || strcmp(want->name, name) > 0)
            status = schema_differs(db, "has an extra", text_or(st, 0), name);
        else if (strcmp(want->name, name) < 0)
            status = schema_differs(db, "has no", want->type, want->name);
        else if (!same(want->type, (const char *)sqlite3_column_text(st, 0)) ||
                 !same(want->tbl_name, (const char *)sqlite3_column_text(st, 2)) ||
                 !same(want->sql, (const char *)sqlite3_column_text(st, 3)))
            status = schema_differs(db, "differs from this library's in", want->type, want->name);
        i++;
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        status = check_fail(db, rc, "reading the schema");
    sqlite3_finalize(st);
    return status;
}

/* The library's own entry for a table of the file (the file's equals it). */
static const struct mh_schema_entry *schema_table(const char *name, size_t len)
{
    size_t i;
    for (i = 0; i < mh_schema_count; i++)
        if (strcmp(mh_schema[i].type, "table") == 0 && strncmp(mh_schema[i].name, name, len) == 0 &&
            mh_schema[i].name[len] == '\0')
            return &mh_schema[i];
    return NULL;
}

/* The end of the parenthesised text that starts at p (at its '('),
 * quotes skipped; NULL when it does not close. */
static const char *closing_paren(const char *p)
{
    int depth = 0;
    for (; *p; p++) {
        if (*p == '\'' || *p == '"') {
            const char *q = strchr(p + 1, *p);
            if (!q)
                return NULL;
            p = q; /* a doubled quote is two strings back to back */
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')' && --depth == 0) {
            return p;
        }
    }
    return NULL;
}

/* The first row of table t (its rowid, or its key's columns joined by
 * '-') for which expr, an SQL condition, holds: 1 and the row in out,
 * 0 when none does, or -1 with a status in *status. */
static int first_row_where(mlhead *db, const struct mh_schema_entry *t, const char *expr, char *out,
                           size_t size, int *status)
{
    static const char keys_sql[] = "SELECT group_concat(printf('\"%w\"', name), ' || ''-'' || ')"
                                   " FROM (SELECT name FROM pragma_table_info(?1)"
                                   " WHERE pk > 0 ORDER BY pk)";
    sqlite3_stmt *st = NULL;
    char *sql = NULL;
    int rc = SQLITE_OK, found = 0;
    if (strstr(t->sql, "WITHOUT ROWID")) {
        rc = sqlite3_prepare_v2(db->sql, keys_sql, -1, &st, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(st, 1, t->name, -1, SQLITE_STATIC);
        if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            rc = text_missing(st, 0) ? SQLITE_NOMEM : SQLITE_OK;
            sql = sqlite3_mprintf("SELECT %s FROM \"%w\" WHERE %s LIMIT 1", text_or(st, 0), t->name,
                                  expr);
        }
        sqlite3_finalize(st);
    } else {
        sql = sqlite3_mprintf("SELECT rowid FROM \"%w\" WHERE %s LIMIT 1", t->name, expr);
    }
    if (rc == SQLITE_OK && !sql)
        rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL);
    sqlite3_free(sql);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        rc = text_missing(st, 0) ? SQLITE_NOMEM : SQLITE_OK;
        snprintf(out, size, "%s", text_or(st, 0));
        found = 1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        *status = check_fail(db, rc, "finding the row that breaks a rule");
        return -1;
    }
    return found;
}

/* integrity_check names the table of a broken CHECK or NOT NULL, not the
 * row or the rule: each CHECK of the table (in the library's CREATE TABLE,
 * which the file's equals) is asked for the first row where it is false,
 * and a NULL's column for the first row that holds one. */
static int rule_broken(mlhead *db, const char *answer)
{
    static const char check[] = "CHECK constraint failed in ", null[] = "NULL value in ";
    const struct mh_schema_entry *t = NULL;
    const char *p, *name, *dot = NULL;
    char row[128];
    int status = MLHEAD_OK, found = 0;
    if (strncmp(answer, check, sizeof check - 1) == 0) {
        name = answer + sizeof check - 1;
        t = schema_table(name, strlen(name));
        for (p = t ? strstr(t->sql, "CHECK") : NULL; p && !found; p = strstr(p + 1, "CHECK")) {
            const char *open = p + 5, *close;
            char *expr;
            while (*open == ' ')
                open++;
            if (*open != '(' || !(close = closing_paren(open)))
                continue;
            expr = sqlite3_mprintf("NOT %.*s", (int)(close - open + 1), open);
            if (!expr)
                return mh_fail(db, MLHEAD_NOMEM, "checking values: out of memory");
            found = first_row_where(db, t, expr, row, sizeof row, &status);
            if (found > 0)
                status = mh_fail(db, MLHEAD_CORRUPT, "table %s row %s: CHECK %.300s fails", t->name,
                                 row, expr + 4);
            sqlite3_free(expr);
        }
    } else if (strncmp(answer, null, sizeof null - 1) == 0 &&
               (dot = strchr(answer + sizeof null - 1, '.')) != NULL) {
        name = answer + sizeof null - 1;
        t = schema_table(name, (size_t)(dot - name));
        if (t) {
            char *expr = sqlite3_mprintf("\"%w\" IS NULL", dot + 1);
            if (!expr)
                return mh_fail(db, MLHEAD_NOMEM, "checking values: out of memory");
            found = first_row_where(db, t, expr, row, sizeof row, &status);
            if (found > 0)
                status = mh_fail(db, MLHEAD_CORRUPT, "table %s row %s: column %s is NULL", t->name,
                                 row, dot + 1);
            sqlite3_free(expr);
        }
    }
    if (found == 0)
        status = mh_fail(db, MLHEAD_CORRUPT, "integrity_check: %s", answer);
    return status;
}

/* integrity_check: every page, every index entry against its row, every
 * NOT NULL and CHECK (the connection is read-write in memory, so SQLite
 * checks CHECK constraints too) and uniqueness. */
static int integrity_check(mlhead *db)
{
    sqlite3_stmt *st = NULL;
    int status = MLHEAD_OK;
    int rc = sqlite3_prepare_v2(db->sql, "PRAGMA integrity_check(1)", -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *answer = text_or(st, 0), *code = strstr(answer, "error code=");
        rc = SQLITE_OK;
        /* A page it could not read for want of memory or a read error
         * says nothing about the file: report what it is. */
        if (text_missing(st, 0))
            rc = SQLITE_NOMEM;
        else if (code && atoi(code + 11) != SQLITE_CORRUPT)
            rc = atoi(code + 11);
        else if (strcmp(answer, "ok") != 0)
            status = rule_broken(db, answer);
    }
    if (rc != SQLITE_OK)
        status = check_fail(db, rc, "integrity_check");
    sqlite3_finalize(st);
    return status;
}

/* The file's search table is never read: the first search makes a new
 * one from the other tables (mh_search_index), so the search rows, their
 * index and their sizes are not checked, and a hit always says what the
 * tables say.  Open checks only what FTS5 reads to connect to the file's
 * table, which dropping it needs: the settings, FTS5's format 4 and no
 * other (a 'rank' of the file's, a page size, a merge policy), and the
 * index's structure record, which a statement on the table decodes as
 * it compiles. */
static int search_check(mlhead *db)
{
    static const char sql[] =
        "SELECT count(*) <> 1 OR max(k IS NOT 'version' OR v IS NOT 4) FROM search_config";
    sqlite3_stmt *st = NULL;
    int differs = 0, rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        differs = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return check_fail(db, rc, "checking the search index's settings");
    if (differs)
        return mh_fail(db, MLHEAD_CORRUPT,
                       "table search_config: the search index's settings are not the build's");
    rc = sqlite3_prepare_v2(db->sql, "SELECT 1 FROM search WHERE 0", -1, &st, NULL);
    sqlite3_finalize(st);
    if ((rc & 0xff) == SQLITE_NOMEM)
        return check_fail(db, rc, "connecting to the search table");
    if (rc != SQLITE_OK)
        return mh_fail(db, MLHEAD_CORRUPT,
                       "table search_data: the search index's structure cannot be read");
    return MLHEAD_OK;
}

static int foreign_key_check(mlhead *db)
{
    sqlite3_stmt *st = NULL;
    int status = MLHEAD_OK;
    int rc = sqlite3_prepare_v2(db->sql, "PRAGMA foreign_key_check", -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW &&
        (text_missing(st, 0) || text_missing(st, 2)))
        rc = SQLITE_NOMEM;
    if (rc == SQLITE_ROW) {
        rc = SQLITE_OK;
        status = mh_fail(db, MLHEAD_CORRUPT, "table %s row %lld: foreign key to %s: no such row",
                         text_or(st, 0), sqlite3_column_int64(st, 1), text_or(st, 2));
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        status = check_fail(db, rc, "foreign_key_check");
    sqlite3_finalize(st);
    return status;
}

/* The build's checks, statement by statement: a row any of them returns
 * (table, row, rule) is the first rule the file breaks. */
static int consistency_checks(mlhead *db)
{
    const char *sql = mh_checks_sql;
    int status = MLHEAD_OK;
    while (status == MLHEAD_OK && *sql) {
        sqlite3_stmt *st = NULL;
        const char *tail = sql;
        int rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, &tail);
        if (rc == SQLITE_OK && st && (rc = sqlite3_step(st)) == SQLITE_ROW &&
            (text_missing(st, 0) || text_missing(st, 1) || text_missing(st, 2)))
            rc = SQLITE_NOMEM;
        if (rc == SQLITE_ROW)
            status = mh_fail(db, MLHEAD_CORRUPT, "table %s row %s: %s", text_or(st, 0),
                             text_or(st, 1), text_or(st, 2));
        else if (rc != SQLITE_OK && rc != SQLITE_DONE)
            status = check_fail(db, rc, "a consistency check");
        sqlite3_finalize(st);
        sql = tail;
    }
    return status;
}

static int utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0, len;
    while (i < n && (len = mh_utf8_length(s + i)) != 0 && len <= n - i)
        i += len;
    return i == n;
}

/* A lookup folds what it is given (ASCII white space trimmed, each run of
 * it one space: fold.c) and compares it under NOCASE, so a name that is
 * empty or not in that form already could be listed but never found. */
static const char *name_fault(const unsigned char *s, size_t n)
{
    size_t i;
    if (n > MLHEAD_NAME_MAX)
        return "a name is longer than 256 bytes";
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
        return "a name a lookup cannot find";
    for (i = 0; i < n; i++)
        if ((s[i] >= '\t' && s[i] <= '\r') || (s[i] == ' ' && s[i + 1] == ' '))
            return "a name a lookup cannot find";
    return NULL;
}

/* A slug is a key a caller may put in a path or a URI as it is (the MCP
 * server's mlhead://section/SLUG/HEADING): lowercase ASCII letters and
 * digits in words joined by single hyphens, "head-of-ai". */
static const char *slug_fault(const unsigned char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
              (s[i] == '-' && i > 0 && i + 1 < n && s[i + 1] != '-')))
            return "a slug is not lowercase ASCII words joined by single hyphens";
    return n ? NULL : "a slug is empty";
}

/* What a column's values must be, worked out once per table: of its
 * declared type (or NULL), and for an integer other than an id or a
 * dollar figure, within the int a caller gets it in (ids and figures
 * reach a caller as 64-bit values). */
struct column_rule {
    int type; /* SQLITE_TEXT, SQLITE_INTEGER, SQLITE_FLOAT (REAL), or 0: any */
    int narrow;
    int name; /* a name a lookup takes: the columns the schema compares NOCASE */
    int slug; /* a column named slug */
};

/* *rc: SQLITE_NOMEM if the column's collation could not be read for want
 * of memory (a name rule must not be skipped for it). */
static struct column_rule column_rule(mlhead *db, const char *table, sqlite3_stmt *st, int col,
                                      int *rc)
{
    const char *decl = sqlite3_column_decltype(st, col), *name = sqlite3_column_name(st, col);
    const char *coll = NULL;
    size_t n = name ? strlen(name) : 0;
    struct column_rule r = {0, 0, 0, 0};
    int meta = name ? sqlite3_table_column_metadata(db->sql, "main", table, name, NULL, &coll, NULL,
                                                    NULL, NULL)
                    : SQLITE_NOMEM;
    if (meta == SQLITE_OK)
        r.name = coll && sqlite3_stricmp(coll, "NOCASE") == 0;
    else if (meta != SQLITE_ERROR) /* SQLITE_ERROR: no such column (our NULL of a keyed table) */
        *rc = SQLITE_NOMEM;
    if (decl && strcmp(decl, "TEXT") == 0)
        r.type = SQLITE_TEXT;
    else if (decl && strcmp(decl, "INTEGER") == 0)
        r.type = SQLITE_INTEGER;
    else if (decl && strcmp(decl, "REAL") == 0)
        r.type = SQLITE_FLOAT;
    r.slug = name && strcmp(name, "slug") == 0;
    r.narrow = name && strcmp(name, "id") != 0 && strcmp(name, "rowid") != 0 &&
               !(n > 3 && strcmp(name + n - 3, "_id") == 0) &&
               !(n > 4 && strcmp(name + n - 4, "_usd") == 0);
    return r;
}

/* A value is NULL or of its column's type (a REAL may hold an integer),
 * and every text is valid UTF-8 of at most MH_TEXT_MAX bytes: what a
 * caller gets is what the header promises. */
static const char *value_fault(sqlite3_stmt *st, int col, struct column_rule r)
{
    const char *fault;
    int type = sqlite3_column_type(st, col);
    if (type == SQLITE_NULL)
        return NULL;
    if (r.type == SQLITE_TEXT && type != SQLITE_TEXT)
        return "a TEXT column holds another type";
    if (r.type == SQLITE_INTEGER && type != SQLITE_INTEGER)
        return "an INTEGER column holds another type";
    if (type == SQLITE_INTEGER && r.narrow) {
        sqlite3_int64 v = sqlite3_column_int64(st, col);
        if (v < INT_MIN || v > INT_MAX)
            return "an integer is wider than the int the library gives it in";
    }
    if (r.type == SQLITE_FLOAT && type != SQLITE_FLOAT && type != SQLITE_INTEGER)
        return "a REAL column holds another type";
    if (type == SQLITE_TEXT) {
        const unsigned char *s = sqlite3_column_text(st, col);
        if (!s)
            return ""; /* out of memory: check_table_values says so */
        size_t n = (size_t)sqlite3_column_bytes(st, col);
        if (n > MH_TEXT_MAX)
            return "a text is longer than the library takes";
        if (memchr(s, 0, n) || !utf8_valid(s, n))
            return "a text is not valid UTF-8";
        if (r.name && (fault = name_fault(s, n)) != NULL)
            return fault;
        if (r.slug)
            return slug_fault(s, n);
    }
    return NULL;
}

static int check_table_values(mlhead *db, const struct mh_schema_entry *t)
{
    struct column_rule rules[128]; /* SQLITE_LIMIT_COLUMN is 100 (handle.c) */
    int keyed = strstr(t->sql, "WITHOUT ROWID") != NULL;
    char *sql = sqlite3_mprintf("SELECT %s, * FROM \"%w\"", keyed ? "NULL" : "rowid", t->name);
    sqlite3_stmt *st = NULL;
    int rc, col, n = 0, status = MLHEAD_OK;
    if (!sql)
        return mh_fail(db, MLHEAD_NOMEM, "checking values: out of memory");
    rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL);
    sqlite3_free(sql);
    if (rc == SQLITE_OK && (n = sqlite3_column_count(st)) > (int)(sizeof rules / sizeof *rules))
        rc = SQLITE_TOOBIG;
    for (col = 1; rc == SQLITE_OK && col < n; col++)
        rules[col] = column_rule(db, t->name, st, col, &rc);
    while (rc == SQLITE_OK && status == MLHEAD_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        for (col = 1; col < n && status == MLHEAD_OK; col++) {
            const char *fault = value_fault(st, col, rules[col]);
            if (fault && !*fault)
                status = mh_fail(db, MLHEAD_NOMEM, "checking values: out of memory");
            else if (fault && keyed)
                status = mh_fail(db, MLHEAD_CORRUPT, "table %s row with key %.64s: column %s: %s",
                                 t->name, value_fault(st, 1, rules[1]) ? "?" : text_or(st, 1),
                                 sqlite3_column_name(st, col), fault);
            else if (fault)
                status = mh_fail(db, MLHEAD_CORRUPT, "table %s row %lld: column %s: %s", t->name,
                                 sqlite3_column_int64(st, 0), sqlite3_column_name(st, col), fault);
        }
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        status = check_fail(db, rc, "checking values");
    sqlite3_finalize(st);
    return status;
}

/* The tables of the search table hold nothing a caller gets: the first
 * search makes them anew from the other tables (mh_search_index). */
static int search_table(const char *tbl_name)
{
    return strncmp(tbl_name, "search_", 7) == 0;
}

static int check_values(mlhead *db)
{
    size_t i;
    int status = MLHEAD_OK;
    for (i = 0; i < mh_schema_count && status == MLHEAD_OK; i++)
        if (strcmp(mh_schema[i].type, "table") == 0 &&
            strncmp(mh_schema[i].sql, "CREATE VIRTUAL", 14) != 0 &&
            !search_table(mh_schema[i].tbl_name))
            status = check_table_values(db, &mh_schema[i]);
    return status;
}

int mh_validate(mlhead *db, sqlite3_int64 size)
{
    int status;
    db->work_max = (unsigned long long)size * MH_WORK_PER_BYTE + MH_WORK_FLOOR;
    work_bound(db);
    status = check_schema(db);
    if (status == MLHEAD_OK)
        status = integrity_check(db);
    if (status == MLHEAD_OK)
        status = search_check(db);
    if (status == MLHEAD_OK)
        status = foreign_key_check(db);
    if (status == MLHEAD_OK)
        status = consistency_checks(db);
    if (status == MLHEAD_OK)
        status = check_values(db);
    work_end(db);
    db->search_stale = status == MLHEAD_OK;
    return status;
}

/* The statement that makes the search table: the build's own. */
static const char *search_create_sql(void)
{
    const struct mh_schema_entry *t = schema_table("search", 6);
    return t ? t->sql : "";
}

/* The status of the statements that make the search table.  The file's
 * tables passed every check, so what stops them, out of memory aside, is
 * the file's. */
static int search_made(mlhead *db, int rc)
{
    if ((rc & 0xff) == SQLITE_FULL) /* the copy in memory cannot grow */
        return mh_fail(db, MLHEAD_NOMEM, "making the search table: out of memory");
    if ((rc & 0xff) == SQLITE_NOMEM || (rc & 0xff) == SQLITE_INTERRUPT)
        return check_fail(db, rc, "making the search table");
    if (rc != SQLITE_OK)
        return mh_fail(db, MLHEAD_CORRUPT, "table search: its rows cannot be made: %s",
                       sqlite3_errmsg(db->sql));
    return MLHEAD_OK;
}

/* A file's search table, made anew in the copy in memory from the other
 * tables by the build's own statements, each its own transaction: a
 * failure leaves the table missing or partial, and the next search makes
 * it again.  (One transaction would keep a copy of every page the file's
 * table held until its end: at 10^6 roles, some 300 MB more.)  For them
 * alone the limit on compound SELECTs is lifted (the rows' SELECT joins
 * more arms than a file's statement may have: it is ours), and so is
 * SQLITE_DBCONFIG_DEFENSIVE, which keeps SQL off FTS5's content table:
 * the rows go there, and FTS5 indexes them in one pass. */
int mh_search_index(mlhead *db)
{
    int rc, status = MLHEAD_OK, compound, defensive;
    char *sql;
    if (!db->search_stale)
        return MLHEAD_OK;
    sql = sqlite3_mprintf("DROP TABLE IF EXISTS search; %s;\n%s", search_create_sql(),
                          mh_search_rows_sql);
    if (!sql)
        return mh_fail(db, MLHEAD_NOMEM, "making the search table: out of memory");
    work_bound(db);
    compound = sqlite3_limit(db->sql, SQLITE_LIMIT_COMPOUND_SELECT, MH_SEARCH_ARMS);
    rc = sqlite3_db_config(db->sql, SQLITE_DBCONFIG_DEFENSIVE, 0, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db->sql, "PRAGMA query_only = OFF", NULL, NULL, NULL);
    status = rc != SQLITE_OK ? mh_sqlite_fail(db, rc, "making the search table writable")
                             : search_made(db, sqlite3_exec(db->sql, sql, NULL, NULL, NULL));
    sqlite3_free(sql);
    sqlite3_limit(db->sql, SQLITE_LIMIT_COMPOUND_SELECT, compound);
    work_end(db);
    /* both, whatever the other gives */
    rc = sqlite3_exec(db->sql, "PRAGMA query_only = ON", NULL, NULL, NULL);
    defensive = sqlite3_db_config(db->sql, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    if (status == MLHEAD_OK && (rc != SQLITE_OK || defensive != SQLITE_OK))
        status = mh_sqlite_fail(db, rc != SQLITE_OK ? rc : defensive,
                                "restoring query_only and defensive");
    db->search_stale = status != MLHEAD_OK;
    return status;
}
