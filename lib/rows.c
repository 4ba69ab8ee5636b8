/* rows.c - the statement cache and the one way the library binds, steps and reads rows */
/*
 * Nothing else steps a statement of the handle.  mh_rows() turns every
 * row into one struct of a caller-owned array; mh_row() reads exactly the
 * first row into one struct.  Both reset the statement and clear its
 * bindings whatever happens, so a cached statement is always ready for its
 * next use, and both leave their output empty on failure.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The caller's list, made by mh_rows() with realloc(): this is its free. */
void mlhead_free(void *list)
{
    free(list);
}

/* The embedded data's rest (every table but a salary question's; see the
 * Makefile), attached as "rest": unqualified names find a table in
 * whichever part holds it.  ATTACH is allowed for this one database, then
 * sqlite3_deserialize() reopens it on the library's constant bytes.  A
 * failed reopen leaves "rest" attached without a schema, which SQLite
 * must not read: mh_stmt() loads it again before any statement runs. */
static int attach_rest(mlhead *db)
{
    int rc = SQLITE_OK;
    if (db->rest == MH_REST_DETACHED) {
        sqlite3_limit(db->sql, SQLITE_LIMIT_ATTACHED, 1);
        rc = sqlite3_exec(db->sql, "ATTACH ':memory:' AS rest", NULL, NULL, NULL);
        sqlite3_limit(db->sql, SQLITE_LIMIT_ATTACHED, 0);
        if (rc == SQLITE_OK)
            db->rest = MH_REST_EMPTY;
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_deserialize(db->sql, "rest", (unsigned char *)(uintptr_t)mh_embedded_rest,
                                 (sqlite3_int64)mh_embedded_rest_size,
                                 (sqlite3_int64)mh_embedded_rest_size, SQLITE_DESERIALIZE_READONLY);
    if (rc == SQLITE_ERROR && sqlite3_errcode(db->sql) == SQLITE_NOMEM)
        rc = SQLITE_NOMEM; /* as open_embedded() reads it */
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, "loading the embedded data");
    db->rest = MH_REST_LOADED;
    return MLHEAD_OK;
}

/* Prepared on first use.  On the embedded data a statement that does not
 * compile against the first part is compiled again with the rest attached:
 * a first salary question never makes SQLite parse the other tables. */
int mh_stmt(mlhead *db, enum mh_stmt id, const char *sql, sqlite3_stmt **out)
{
    *out = NULL; /* a caller that ignores the status steps nothing stale */
    if (db->rest == MH_REST_EMPTY) {
        int status = attach_rest(db);
        if (status != MLHEAD_OK)
            return status;
    }
    if (!db->stmt[id]) {
        int rc =
            sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &db->stmt[id], NULL);
        if (rc != SQLITE_OK && db->rest == MH_REST_DETACHED) {
            int status = attach_rest(db);
            if (status != MLHEAD_OK)
                return status;
            rc = sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &db->stmt[id],
                                    NULL);
        }
        if (rc != SQLITE_OK) {
            /* Our own SQL failing to compile against a database of our
             * schema version means a table or column is missing. */
            int status = (rc & 0xff) == SQLITE_NOMEM ? MLHEAD_NOMEM : MLHEAD_CORRUPT;
            return mh_fail(db, status, "preparing a query: %s", sqlite3_errmsg(db->sql));
        }
    }
    *out = db->stmt[id];
    return MLHEAD_OK;
}

void mh_stmt_free(mlhead *db)
{
    size_t i;
    for (i = 0; i < MH_STMT_COUNT; i++) {
        sqlite3_finalize(db->stmt[i]);
        db->stmt[i] = NULL;
    }
}

int mh_col_text(mlhead *db, sqlite3_stmt *st, int col, const char **out)
{
    /* The type before sqlite3_column_text() converts the value: SQLite
     * leaves it undefined after a conversion. */
    int type = sqlite3_column_type(st, col);
    const char *text = (const char *)sqlite3_column_text(st, col);
    *out = NULL;
    if (!text) {
        if (type == SQLITE_NULL)
            return MLHEAD_OK;
        return mh_fail(db, MLHEAD_NOMEM, "reading a column: out of memory");
    }
    /* Texts are C strings: a NUL hidden inside a value ends it. */
    *out = mh_intern(&db->pool, text, strlen(text));
    return *out ? MLHEAD_OK : mh_fail(db, MLHEAD_NOMEM, "keeping a result: out of memory");
}

int mh_col_texts(mlhead *db, sqlite3_stmt *st, int first, const char **const dst[], size_t n)
{
    size_t i;
    int status = MLHEAD_OK;
    for (i = 0; i < n && status == MLHEAD_OK; i++)
        status = mh_col_text(db, st, first + (int)i, dst[i]);
    return status;
}

int mh_col_int(sqlite3_stmt *st, int col)
{
    sqlite3_int64 v = sqlite3_column_int64(st, col);
    return v < 0 ? 0 : v > 0x7fffffff ? 0x7fffffff : (int)v;
}

int mh_bind_name(mlhead *db, sqlite3_stmt *st, int idx, const struct mh_name *name)
{
    int rc = sqlite3_bind_text(st, idx, name->text, (int)name->len, SQLITE_STATIC);
    return rc == SQLITE_OK ? MLHEAD_OK : mh_sqlite_fail(db, rc, "binding a name");
}

/* Binds an id.  Every value is data, 0 and negative ones included (a
 * file may number its rows from any value): no statement reads a bound
 * value as "no filter"; a call that filters by nothing runs a statement
 * without that filter.  A bind that fails unchecked leaves the parameter
 * NULL and the query answers for the wrong thing, so every id goes
 * through here. */
int mh_bind_id(mlhead *db, sqlite3_stmt *st, int idx, sqlite3_int64 id)
{
    int rc = sqlite3_bind_int64(st, idx, id);
    return rc == SQLITE_OK ? MLHEAD_OK : mh_sqlite_fail(db, rc, "binding an id");
}

static int done(sqlite3_stmt *st, int status)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return status;
}

void *mh_rows(mlhead *db, sqlite3_stmt *st, size_t size, mh_row_fn read, size_t *count, int *result)
{
    unsigned char *rows = NULL;
    size_t n = 0, cap = 0;
    int rc = SQLITE_DONE, status = MLHEAD_OK;
    *count = 0;
    while (status == MLHEAD_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            size_t grown, bytes;
            unsigned char *bigger =
                mh_size_mul(cap ? cap : 4, 2, &grown) && mh_size_mul(grown, size, &bytes)
                    ? realloc(rows, bytes)
                    : NULL;
            if (!bigger) {
                status = mh_fail(db, MLHEAD_NOMEM, "growing a list: out of memory");
                break;
            }
            rows = bigger;
            cap = grown;
        }
        memset(rows + n * size, 0, size);
        status = read(db, st, rows + n * size);
        n++;
    }
    if (status == MLHEAD_OK && rc != SQLITE_DONE)
        status = mh_sqlite_fail(db, rc, "reading rows");
    *result = done(st, status);
    if (status != MLHEAD_OK) {
        free(rows);
        return NULL;
    }
    *count = n;
    return rows;
}

int mh_row(mlhead *db, sqlite3_stmt *st, mh_row_fn read, void *row, size_t size)
{
    int rc = sqlite3_step(st), status;
    if (rc == SQLITE_ROW)
        status = read(db, st, row);
    else if (rc == SQLITE_DONE)
        status = MLHEAD_NOT_FOUND;
    else
        status = mh_sqlite_fail(db, rc, "reading a row");
    /* A reader that fails half way (out of memory on its third string)
     * has filled part of the row. */
    if (status != MLHEAD_OK)
        memset(row, 0, size);
    return done(st, status);
}

static int read_id(mlhead *db, sqlite3_stmt *st, void *row)
{
    (void)db;
    *(sqlite3_int64 *)row = sqlite3_column_int64(st, 0);
    return MLHEAD_OK;
}

/* Folds a name and runs a statement that answers an id: the name is ?1 and,
 * where the statement has a ?2, scope (the section a heading lies in). */
int mh_lookup_id(mlhead *db, enum mh_stmt id, const char *sql, int arg, const char *what,
                 const char *name, sqlite3_int64 scope, sqlite3_int64 *out)
{
    struct mh_name key;
    sqlite3_stmt *st = NULL;
    int status = mh_fold(db, arg, what, name, &key);
    if (status == MLHEAD_OK)
        status = mh_stmt(db, id, sql, &st);
    if (status == MLHEAD_OK)
        status = mh_bind_name(db, st, 1, &key);
    if (status == MLHEAD_OK && sqlite3_bind_parameter_count(st) > 1)
        status = mh_bind_id(db, st, 2, scope);
    if (status == MLHEAD_OK)
        status = mh_row(db, st, read_id, out, sizeof *out);
    if (status == MLHEAD_NOT_FOUND)
        status =
            mh_fail_arg(db, arg, MLHEAD_NOT_FOUND, "no %s named \"%s\"", what, mh_typed(db, &key));
    return status;
}

/* Checks the arguments every list call shares and empties its output. */
int mh_list_args(mlhead *db, int arg, int given, size_t *count)
{
    if (count)
        *count = 0;
    if (!db)
        return MLHEAD_INVALID;
    if (!given || !count)
        return mh_fail_arg(db, given ? arg + 1 : arg, MLHEAD_INVALID, "%s is NULL",
                           given ? "count" : "out");
    return MLHEAD_OK;
}

/* A whole list from a statement whose parameters ?1..?n are the ids in
 * args, each bound as it is (mh_bind_id). */
void *mh_list(mlhead *db, enum mh_stmt id, const char *sql, const sqlite3_int64 *args, int nargs,
              size_t size, mh_row_fn read, size_t *count, int *status)
{
    sqlite3_stmt *st = NULL;
    void *rows = NULL;
    int i;
    *count = 0;
    *status = mh_stmt(db, id, sql, &st);
    for (i = 0; *status == MLHEAD_OK && i < nargs; i++)
        *status = mh_bind_id(db, st, i + 1, args[i]);
    if (*status == MLHEAD_OK)
        rows = mh_rows(db, st, size, read, count, status);
    *status = mh_done(db, *status);
    return rows;
}
