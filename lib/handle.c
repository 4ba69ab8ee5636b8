/*
 * handle.c - opening and closing a database, statuses and messages, the
 * statement cache, the edition.
 *
 * A file is opened as untrusted input: read-only, defensive mode, no
 * trusted schema, tight limits; then the checks run cheapest first
 * (application_id, user_version, length against page_count * page_size,
 * quick_check) so each kind of bad file gets its own status.  The embedded
 * copy was checked when it was built and is only deserialized read-only.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"


const char *mlhead_version(void)
{
    return MLHEAD_VERSION;
}

const char *mlhead_strerror(int status)
{
    switch (status) {
    case MLHEAD_OK: return "not an error";
    case MLHEAD_NOT_FOUND: return "not found";
    case MLHEAD_NO_DATA: return "known, but the guide gives no such data";
    case MLHEAD_NO_PATH: return "no path between the roles";
    case MLHEAD_EMPTY: return "empty text";
    case MLHEAD_INVALID: return "invalid argument";
    case MLHEAD_NOMEM: return "out of memory";
    case MLHEAD_IO: return "cannot open or read the file";
    case MLHEAD_NOT_MLHEAD: return "not an mlhead database of this version";
    case MLHEAD_CORRUPT: return "the database is damaged";
    case MLHEAD_SQLITE: return "SQLite error";
    case MLHEAD_SYNTAX: return "search syntax error";
    case MLHEAD_BUSY: return "the file is being changed by another program";
    default: return "unknown status";
    }
}

const char *mlhead_errmsg(const mlhead *db)
{
    return db ? db->errmsg : "no handle (NULL)";
}

void mlhead_free(void *list)
{
    free(list);
}

int mh_fail(mlhead *db, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(db->errmsg, sizeof db->errmsg, fmt, ap);
    va_end(ap);
    return status;
}

int mh_ok(mlhead *db)
{
    /* Every successful call ends here: copy the message, never format it. */
    const char *ok = mlhead_strerror(MLHEAD_OK);
    memcpy(db->errmsg, ok, strlen(ok) + 1);
    return MLHEAD_OK;
}

/* Maps an SQLite result code to our status, keeping SQLite's words. */
int mh_sqlite_fail(mlhead *db, int rc, const char *doing)
{
    int status;
    switch (rc & 0xff) {
    case SQLITE_NOMEM: status = MLHEAD_NOMEM; break;
    case SQLITE_CORRUPT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_SCHEMA: status = MLHEAD_CORRUPT; break;
    case SQLITE_NOTADB: status = MLHEAD_NOT_MLHEAD; break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: status = MLHEAD_IO; break;
    default: status = MLHEAD_SQLITE; break;
    }
    /* The connection's message names what failed ("fts5: syntax error
     * near ..."); without a connection only the code's text is left. */
    return mh_fail(db, status, "%s: %s", doing,
                   db->sql ? sqlite3_errmsg(db->sql) : sqlite3_errstr(rc));
}

int mh_stmt(mlhead *db, enum mh_stmt id, const char *sql, sqlite3_stmt **out)
{
    if (!db->stmt[id]) {
        int rc =
            sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &db->stmt[id], NULL);
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

/* SQLite's advice for databases from untrusted sources. */
static int harden(mlhead *db)
{
    int rc = sqlite3_db_config(db->sql, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_db_config(db->sql, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, "configuring SQLite");
    sqlite3_limit(db->sql, SQLITE_LIMIT_LENGTH, 1000000);
    sqlite3_limit(db->sql, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(db->sql, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db->sql, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db->sql, SQLITE_LIMIT_COMPOUND_SELECT, 8);
    sqlite3_limit(db->sql, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db->sql, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db->sql, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    return MLHEAD_OK;
}

static int open_embedded(mlhead *db)
{
    int rc =
        sqlite3_open_v2(":memory:", &db->sql, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, "opening the embedded data");
    /* READONLY: SQLite never writes to, resizes or frees the buffer, so every
     * handle shares the one constant copy. */
    rc = sqlite3_deserialize(db->sql, "main", (unsigned char *)(uintptr_t)mh_embedded_db,
                             (sqlite3_int64)mh_embedded_db_size, (sqlite3_int64)mh_embedded_db_size,
                             SQLITE_DESERIALIZE_READONLY);
    /* Out of memory while it attaches the data, sqlite3_deserialize()
     * answers a plain SQLITE_ERROR; the connection still knows why. */
    if (rc == SQLITE_ERROR && sqlite3_errcode(db->sql) == SQLITE_NOMEM)
        rc = SQLITE_NOMEM;
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, "loading the embedded data");
    return harden(db);
}

/* The file, read once into memory (snapshot.c), then checked there
 * (validate.c) under a bound on the work of every statement. */
static int open_file(mlhead *db, const char *path)
{
    unsigned char *bytes;
    sqlite3_int64 size;
    int status = mh_snapshot_read(db, path, &bytes, &size);
    if (status == MLHEAD_OK)
        status = mh_snapshot_load(db, bytes, size);
    if (status == MLHEAD_OK)
        status = harden(db);
    if (status == MLHEAD_OK)
        mh_work_bound(db, size);
    /* Temporary tables of the checks and the sorts of integrity_check
     * stay in memory: opening writes no file, not even in /tmp. */
    if (status == MLHEAD_OK &&
        sqlite3_exec(db->sql, "PRAGMA temp_store = MEMORY", NULL, NULL, NULL) != SQLITE_OK)
        status = mh_sqlite_fail(db, sqlite3_errcode(db->sql), "PRAGMA temp_store");
    if (status == MLHEAD_OK)
        status = mh_validate(db);
    if (status == MLHEAD_OK &&
        sqlite3_exec(db->sql, "PRAGMA query_only = ON", NULL, NULL, NULL) != SQLITE_OK)
        status = mh_sqlite_fail(db, sqlite3_errcode(db->sql), "PRAGMA query_only");
    return status;
}

/* Copies a message into the caller's buffer, cut to fit. */
static void copy_message(char *buf, size_t size, const char *msg)
{
    size_t n = strlen(msg);
    if (size == 0)
        return;
    if (n >= size)
        n = size - 1;
    memcpy(buf, msg, n);
    buf[n] = '\0';
}

int mlhead_open_msg(const char *path, mlhead **out, char *buf, size_t size)
{
    mlhead *db;
    int status;
    if (!buf && size > 0) {
        if (out)
            *out = NULL;
        return MLHEAD_INVALID;
    }
    if (!out) {
        copy_message(buf, size, "out is NULL");
        return MLHEAD_INVALID;
    }
    *out = NULL;
    if (path && !*path) {
        copy_message(buf, size, "path is empty");
        return MLHEAD_INVALID;
    }
    db = calloc(1, sizeof *db);
    if (!db) {
        copy_message(buf, size, "opening: out of memory");
        return MLHEAD_NOMEM;
    }
    status = path ? open_file(db, path) : open_embedded(db);
    if (status == MLHEAD_OK)
        mh_ok(db);
    copy_message(buf, size, db->errmsg);
    if (status != MLHEAD_OK) {
        mlhead_close(db);
        return status;
    }
    *out = db;
    return MLHEAD_OK;
}

int mlhead_open(const char *path, mlhead **out)
{
    return mlhead_open_msg(path, out, NULL, 0);
}

void mlhead_close(mlhead *db)
{
    size_t i;
    if (!db)
        return;
    for (i = 0; i < MH_STMT_COUNT; i++)
        sqlite3_finalize(db->stmt[i]);
    sqlite3_close(db->sql);
    mh_pool_free(&db->pool);
    mh_pool_free(&db->scratch);
    mh_memo_free(db->memo);
    free(db);
}

static int read_edition(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_edition *e = row;
    const char **const texts[] = {&e->title, &e->source, &e->edition, &e->market, &e->currency};
    e->year = mh_col_int(st, 5);
    e->schema_version = mh_col_int(st, 6);
    return MH_COL_TEXTS(db, st, 0, texts);
}

int mlhead_edition_get(mlhead *db, mlhead_edition *out)
{
    static const char sql[] =
        "SELECT title, source, edition, market, currency, year,"
        " (SELECT user_version FROM pragma_user_version) FROM edition WHERE id = 1";
    sqlite3_stmt *st;
    int status;
    if (out)
        memset(out, 0, sizeof *out);
    if (!db || !out)
        return db ? mh_fail(db, MLHEAD_INVALID, "out is NULL") : MLHEAD_INVALID;
    status = mh_stmt(db, MH_EDITION, sql, &st);
    if (status == MLHEAD_OK)
        status = mh_row(db, st, read_edition, out, sizeof *out);
    if (status == MLHEAD_NOT_FOUND)
        status = mh_fail(db, MLHEAD_CORRUPT, "the edition row is missing");
    return status == MLHEAD_OK ? mh_ok(db) : status;
}
