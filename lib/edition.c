/* edition.c - the edition of the guide a database holds: title, source, market, currency, year */
#include <string.h>

#include "internal.h"

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
        return db ? mh_fail_arg(db, 2, MLHEAD_INVALID, "out is NULL") : MLHEAD_INVALID;
    status = mh_stmt(db, MH_EDITION, sql, &st);
    if (status == MLHEAD_OK)
        status = mh_row(db, st, read_edition, out, sizeof *out);
    if (status == MLHEAD_NOT_FOUND)
        status = mh_fail(db, MLHEAD_CORRUPT, "the edition row is missing");
    return status == MLHEAD_OK ? mh_ok(db) : status;
}
