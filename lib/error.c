/* error.c - statuses and messages: the one path every call's failure or success takes */
/*
 * The ground floor: it knows of a handle only its message buffer (and,
 * for SQLite's words, its connection), and runs no statement.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The one answer besides a status that needs no handle. */
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

int mlhead_errarg(const mlhead *db)
{
    return db ? db->errarg : 0;
}

static int fail(mlhead *db, int arg, int status, const char *fmt, va_list ap)
{
    vsnprintf(db->errmsg, sizeof db->errmsg, fmt, ap);
    db->errarg = arg;
    return status;
}

int mh_fail(mlhead *db, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    status = fail(db, 0, status, fmt, ap);
    va_end(ap);
    return status;
}

int mh_fail_arg(mlhead *db, int arg, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    status = fail(db, arg, status, fmt, ap);
    va_end(ap);
    return status;
}

int mh_fail_words(mlhead *db, int status, const char *const *words, size_t n)
{
    size_t at = 0, i;
    for (i = 0; i < n; i++) {
        size_t len = strlen(words[i]);
        if (len > sizeof db->errmsg - 1 - at)
            len = sizeof db->errmsg - 1 - at;
        memcpy(db->errmsg + at, words[i], len);
        at += len;
    }
    db->errmsg[at] = '\0';
    db->errarg = 0;
    return status;
}

int mh_ok(mlhead *db)
{
    /* Every successful call ends here: copy the message, never format it. */
    const char *ok = mlhead_strerror(MLHEAD_OK);
    memcpy(db->errmsg, ok, strlen(ok) + 1);
    db->errarg = 0;
    return MLHEAD_OK;
}

/* Ends a public call: success resets the handle's message. */
int mh_done(mlhead *db, int status)
{
    return status == MLHEAD_OK ? mh_ok(db) : status;
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
