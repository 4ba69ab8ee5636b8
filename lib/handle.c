/* handle.c - a handle's life: opening a database (the file or the embedded copy) and closing it */
/*
 * A file is opened as untrusted input: read-only, defensive mode, no
 * trusted schema, tight limits; then the checks run cheapest first
 * (application_id, user_version, length against page_count * page_size,
 * quick_check) so each kind of bad file gets its own status.  The embedded
 * copy was checked when it was built and is only deserialized read-only.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"

#define MH_APPLICATION_ID 0x4D4C4844 /* "MLHD" */
#define MH_CACHE_KIB "512"           /* SQLite's page cache for a file */

/* Runs a one-integer PRAGMA. */
static int pragma_int(mlhead *db, const char *sql, sqlite3_int64 *value)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *value = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? MLHEAD_OK : mh_sqlite_fail(db, rc, sql);
}

/* quick_check lists a page it could not read as a problem ("Page 37:
 * unable to get the page. error code=7"): running out of memory or a read
 * error there says nothing about the file, and is reported as what it is. */
static int check_problem(mlhead *db, const char *answer)
{
    const char *code = strstr(answer, "error code=");
    int rc = code ? atoi(code + strlen("error code=")) : SQLITE_CORRUPT;
    if ((rc & 0xff) == SQLITE_NOMEM || (rc & 0xff) == SQLITE_IOERR)
        return mh_sqlite_fail(db, rc, "quick_check");
    return mh_fail(db, MLHEAD_CORRUPT, "quick_check: %s", answer);
}

/* SQLite's own quick_check, which answers "ok" or lists problems. */
static int quick_check(mlhead *db)
{
    sqlite3_stmt *st = NULL;
    int status = MLHEAD_OK;
    int rc = sqlite3_prepare_v2(db->sql, "PRAGMA quick_check(1)", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const unsigned char *answer = sqlite3_column_text(st, 0);
        if (!answer)
            status = mh_fail(db, MLHEAD_NOMEM, "quick_check: out of memory");
        else if (strcmp((const char *)answer, "ok") != 0)
            status = check_problem(db, (const char *)answer);
    } else {
        status = mh_sqlite_fail(db, rc, "quick_check");
    }
    sqlite3_finalize(st);
    return status;
}

static int check_identity(mlhead *db)
{
    sqlite3_int64 app = 0, version = 0;
    int status = pragma_int(db, "PRAGMA application_id", &app);
    if (status == MLHEAD_OK && app != MH_APPLICATION_ID)
        status = mh_fail(db, MLHEAD_NOT_MLHEAD, "application_id is %lld, not %d (\"MLHD\")", app,
                         MH_APPLICATION_ID);
    if (status == MLHEAD_OK)
        status = pragma_int(db, "PRAGMA user_version", &version);
    if (status == MLHEAD_OK && version != MLHEAD_SCHEMA_VERSION)
        status = mh_fail(db, MLHEAD_NOT_MLHEAD, "schema version %lld, this library reads %d",
                         version, MLHEAD_SCHEMA_VERSION);
    return status;
}

/* A file one page short still passes quick_check; its length does not. */
static int check_length(mlhead *db, off_t file_size)
{
    sqlite3_int64 pages = 0, page_size = 0;
    int status = pragma_int(db, "PRAGMA page_count", &pages);
    if (status == MLHEAD_OK)
        status = pragma_int(db, "PRAGMA page_size", &page_size);
    if (status == MLHEAD_OK && pages * page_size != (sqlite3_int64)file_size)
        status = mh_fail(db, MLHEAD_CORRUPT, "file is %lld bytes, its header says %lld",
                         (long long)file_size, pages * page_size);
    return status;
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

/* SQLite gives some names a meaning of their own: with SQLITE_USE_URI
 * (Debian's build) one that starts with "file:" is a URI, and ":memory:" is
 * a new empty database; either is another thing than the file stat()
 * checked.  "./" in front of every relative path keeps it a plain file name. */
static int open_readonly(mlhead *db, const char *path)
{
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
    char *plain;
    int rc;
    if (path[0] == '/')
        return sqlite3_open_v2(path, &db->sql, flags, NULL);
    plain = sqlite3_mprintf("./%s", path);
    if (!plain)
        return SQLITE_NOMEM;
    rc = sqlite3_open_v2(plain, &db->sql, flags, NULL);
    sqlite3_free(plain);
    return rc;
}

static int open_file(mlhead *db, const char *path)
{
    struct stat sb;
    int rc, status;
    if (stat(path, &sb) != 0)
        return mh_fail(db, MLHEAD_IO, "%s: %s", path, strerror(errno));
    if (S_ISDIR(sb.st_mode))
        return mh_fail(db, MLHEAD_IO, "%s: is a directory", path);
    if (!S_ISREG(sb.st_mode))
        return mh_fail(db, MLHEAD_IO, "%s: not a regular file", path);
    rc = open_readonly(db, path);
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, path);
    status = harden(db);
    if (status == MLHEAD_OK)
        status = check_identity(db);
    if (status == MLHEAD_OK)
        status = check_length(db, sb.st_size);
    if (status == MLHEAD_OK)
        status = quick_check(db);
    /* quick_check read every page through SQLite's cache (2 MiB by default);
     * a lookup touches a handful, so a small cache keeps a handle's heap
     * small whatever the size of the file. */
    if (status == MLHEAD_OK &&
        sqlite3_exec(db->sql, "PRAGMA cache_size = -" MH_CACHE_KIB, NULL, NULL, NULL) != SQLITE_OK)
        status = mh_sqlite_fail(db, sqlite3_errcode(db->sql), "PRAGMA cache_size");
    return status;
}

int mlhead_open(const char *path, mlhead **out)
{
    mlhead *db;
    int status;
    if (!out)
        return MLHEAD_INVALID;
    *out = NULL;
    if (path && !*path)
        return MLHEAD_INVALID;
    db = calloc(1, sizeof *db);
    if (!db)
        return MLHEAD_NOMEM;
    status = path ? open_file(db, path) : open_embedded(db);
    if (status != MLHEAD_OK) {
        mlhead_close(db);
        return status;
    }
    mh_ok(db);
    *out = db;
    return MLHEAD_OK;
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
    free(db);
}
