/* handle.c - a handle's life: opening a database (the file or the embedded copy) and closing it */
/*
 * A file is untrusted input: read once, whole, into memory (snapshot.c),
 * deserialized there with SQLite's defensive mode, no trusted schema and
 * tight limits, then checked (validate.c) before the handle answers.  The
 * embedded copy was checked when it was built and is only deserialized
 * read-only.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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
    /* The first part: the tables of a salary question; the rest waits for
     * the first statement that needs it (rows.c). */
    db->rest = MH_REST_DETACHED;
    return harden(db);
}

/* The file, read once into memory (snapshot.c), then checked there
 * (validate.c) under a bound on the work of every statement.  query_only
 * is lifted once more, for making the search table (mh_search_index). */
static int open_file(mlhead *db, const char *path)
{
    unsigned char *bytes;
    sqlite3_int64 size;
    int status = mh_snapshot_read(db, path, &bytes, &size);
    if (status == MLHEAD_OK)
        status = mh_snapshot_load(db, bytes, size);
    if (status == MLHEAD_OK)
        status = harden(db);
    /* Temporary tables of the checks and the sorts of integrity_check
     * stay in memory: opening writes no file, not even in /tmp. */
    if (status == MLHEAD_OK &&
        sqlite3_exec(db->sql, "PRAGMA temp_store = MEMORY", NULL, NULL, NULL) != SQLITE_OK)
        status = mh_sqlite_fail(db, sqlite3_errcode(db->sql), "PRAGMA temp_store");
    if (status == MLHEAD_OK)
        status = mh_validate(db, size);
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
    if (!db)
        return;
    mh_stmt_free(db);
    sqlite3_close(db->sql);
    mh_pool_free(&db->pool);
    mh_pool_free(&db->scratch);
    mh_memo_free(db->memo);
    mh_graph_free(db->graph);
    mh_lexicon_free(db->role_words);
    free(db);
}
