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
 * the work of every statement in proportion to the size of the file.
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

static int search_config_check(mlhead *db)
{
    /* The index's settings are the build's own: FTS5's format 4 and no
     * other (a 'rank' of the file's, a page size, a merge policy) */
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
    return MLHEAD_OK;
}

/* A search row's place in the build's order (910_search.sql): the length
 * of its text and terms in characters, its line, its kind, its text. */
struct search_key {
    sqlite3_int64 n[3];
    const unsigned char *text;
    size_t bytes;
};

static int search_key_cmp(const struct search_key *a, const struct search_key *b)
{
    int i, c;
    for (i = 0; i < 3; i++)
        if (a->n[i] != b->n[i])
            return a->n[i] < b->n[i] ? -1 : 1;
    c = a->bytes && b->bytes ? memcmp(a->text, b->text, a->bytes < b->bytes ? a->bytes : b->bytes)
                             : 0; /* an empty text has no buffer */
    return c ? c : (a->bytes > b->bytes) - (a->bytes < b->bytes);
}

/* Every search row is a hit the library can give (a text, a kind of
 * mlhead_hit_kind, a line and the slug of a section), and the rows lie in
 * the build's order, by which mlhead_search() ranks a tier through their
 * rowids.  Read from the content table itself (columns text, terms, kind,
 * section, category, line as c0 .. c5: the schema is ours), three times
 * cheaper than a scan through FTS5; one pass, each row against the one
 * before it. */
static int search_rows_check(mlhead *db)
{
    static const char sql[] =
        "SELECT id, typeof(c0) <> 'text' OR typeof(c1) <> 'text' OR typeof(c2) <> 'integer'"
        " OR c2 NOT BETWEEN 1 AND 6 OR typeof(c5) <> 'integer' OR c3 IS NULL"
        " OR c3 NOT IN (SELECT slug FROM section), length(c0) + length(c1), c5, c2, c0"
        " FROM search_content ORDER BY id";
    sqlite3_stmt *st = NULL;
    unsigned char *prev = NULL;
    size_t cap = 0;
    struct search_key before = {{0, 0, 0}, NULL, 0}, key;
    int rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL), status = MLHEAD_OK, first = 1;
    while (rc == SQLITE_OK && status == MLHEAD_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        long long row = sqlite3_column_int64(st, 0);
        int i;
        rc = SQLITE_OK;
        if (sqlite3_column_int(st, 1)) {
            status = mh_fail(db, MLHEAD_CORRUPT,
                             "table search row %lld: a search row has no text, an unknown kind,"
                             " line or section",
                             row);
            break;
        }
        for (i = 0; i < 3; i++)
            key.n[i] = sqlite3_column_int64(st, 2 + i);
        key.text = sqlite3_column_text(st, 5);
        key.bytes = (size_t)sqlite3_column_bytes(st, 5);
        if (!key.text) {
            rc = SQLITE_NOMEM;
        } else if (!first && search_key_cmp(&before, &key) > 0) {
            status =
                mh_fail(db, MLHEAD_CORRUPT,
                        "table search row %lld: the search rows are not in the build's order", row);
        } else {
            /* the row before, kept past the step that frees its text */
            if (key.bytes > cap) {
                unsigned char *grown = realloc(prev, key.bytes);
                if (!grown) {
                    status = mh_fail(db, MLHEAD_NOMEM, "checking the search rows: out of memory");
                    break;
                }
                prev = grown;
                cap = key.bytes;
            }
            if (key.bytes)
                memcpy(prev, key.text, key.bytes);
            before = key;
            before.text = prev;
            first = 0;
        }
    }
    free(prev);
    sqlite3_finalize(st);
    if (status == MLHEAD_OK && rc != SQLITE_OK && rc != SQLITE_DONE)
        status = check_fail(db, rc, "checking the search rows");
    return status;
}

/* The search index of a file is never read as the file has it: the first
 * search rebuilds it from its content in the copy in memory
 * (mh_search_index).  FTS5's integrity-check reads the index, and SQLite
 * 3.40's crashes on some damaged index pages that integrity_check passes
 * (test_bad_db, corruption 546); a rebuilt index matches its content by
 * construction.  Open checks the settings and the content.  (The build
 * makes the search table after its consistency checks, so these are
 * here.) */
static int search_check(mlhead *db)
{
    int status = search_config_check(db);
    return status == MLHEAD_OK ? search_rows_check(db) : status;
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

/* What a column's values must be, worked out once per table: of its
 * declared type (or NULL), and for an integer other than an id or a
 * dollar figure, within the int a caller gets it in (ids and figures
 * reach a caller as 64-bit values). */
struct column_rule {
    int type; /* SQLITE_TEXT, SQLITE_INTEGER, SQLITE_FLOAT (REAL), or 0: any */
    int narrow;
};

static struct column_rule column_rule(sqlite3_stmt *st, int col)
{
    const char *decl = sqlite3_column_decltype(st, col), *name = sqlite3_column_name(st, col);
    size_t n = name ? strlen(name) : 0;
    struct column_rule r = {0, 0};
    if (decl && strcmp(decl, "TEXT") == 0)
        r.type = SQLITE_TEXT;
    else if (decl && strcmp(decl, "INTEGER") == 0)
        r.type = SQLITE_INTEGER;
    else if (decl && strcmp(decl, "REAL") == 0)
        r.type = SQLITE_FLOAT;
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
        rules[col] = column_rule(st, col);
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

/* The tables of the search index hold nothing a caller gets: the first
 * search rebuilds them from search_content (mh_search_index). */
static int search_index_table(const char *name)
{
    return strcmp(name, "search_data") == 0 || strcmp(name, "search_idx") == 0 ||
           strcmp(name, "search_docsize") == 0;
}

static int check_values(mlhead *db)
{
    size_t i;
    int status = MLHEAD_OK;
    for (i = 0; i < mh_schema_count && status == MLHEAD_OK; i++)
        if (strcmp(mh_schema[i].type, "table") == 0 &&
            strncmp(mh_schema[i].sql, "CREATE VIRTUAL", 14) != 0 &&
            !search_index_table(mh_schema[i].name))
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

int mh_search_index(mlhead *db)
{
    int rc, status = MLHEAD_OK;
    if (!db->search_stale)
        return MLHEAD_OK;
    work_bound(db);
    /* Then merged into one b-tree, as the build leaves it: a rebuild
     * leaves many segments, which made every later query of a word read
     * each of them (4x the time at 10^6 items). */
    rc = sqlite3_exec(db->sql, "PRAGMA query_only = OFF", NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db->sql,
                          "INSERT INTO search (search) VALUES ('rebuild');"
                          " INSERT INTO search (search) VALUES ('optimize')",
                          NULL, NULL, NULL);
    /* The file's content passed every check, so what stops the rebuild,
     * out of memory aside, is the file's. */
    if ((rc & 0xff) == SQLITE_FULL) /* the copy in memory cannot grow */
        status = mh_fail(db, MLHEAD_NOMEM, "rebuilding the search index: out of memory");
    else if ((rc & 0xff) == SQLITE_NOMEM || (rc & 0xff) == SQLITE_INTERRUPT)
        status = check_fail(db, rc, "rebuilding the search index");
    else if (rc != SQLITE_OK)
        status = mh_fail(db, MLHEAD_CORRUPT, "table search: its content cannot be indexed");
    work_end(db);
    rc = sqlite3_exec(db->sql, "PRAGMA query_only = ON", NULL, NULL, NULL);
    if (status == MLHEAD_OK && rc != SQLITE_OK)
        status = mh_sqlite_fail(db, rc, "PRAGMA query_only");
    db->search_stale = status != MLHEAD_OK;
    return status;
}
