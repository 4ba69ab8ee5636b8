/*
 * salary.c - the US salary bands (2024).
 *
 * Each figure is read with its bound; a bound the schema does not know, or
 * a known bound without a figure, is a damaged database, never a guess.
 * Answers by name are memoized per handle (the data is read-only, so a memo
 * can never go stale).
 */
#include <string.h>

#include "internal.h"

#define BAND_COLUMNS                                                                               \
    "r.title, b.label, b.heading, b.market, b.currency, b.period, b.year,"                         \
    " b.min_usd, b.min_bound, b.max_usd, b.max_bound, b.avg_usd, b.avg_bound,"                     \
    " b.avg_high_usd, b.line"

/* Where BAND_COLUMNS puts what follows its six text columns (each figure
 * is a value column, then its bound); the lookup by name adds a flag. */
enum {
    COL_YEAR = 6,
    COL_MIN = 7,
    COL_MAX = 9,
    COL_AVG = 11,
    COL_AVG_HIGH = 13,
    COL_LINE = 14,
    COL_NO_BAND = 15
};

/* A figure's value: NULL, or a whole number in 1 .. MLHEAD_USD_MAX.  The
 * schema says so too, but a crafted file need not obey its own CHECKs. */
static int read_usd(mlhead *db, sqlite3_stmt *st, int col, int64_t *usd)
{
    *usd = -1;
    if (sqlite3_column_type(st, col) == SQLITE_NULL)
        return MLHEAD_OK;
    if (sqlite3_column_type(st, col) == SQLITE_INTEGER) {
        sqlite3_int64 v = sqlite3_column_int64(st, col);
        if (v >= 1 && v <= MLHEAD_USD_MAX) {
            *usd = v;
            return MLHEAD_OK;
        }
    }
    return mh_fail(db, MLHEAD_CORRUPT, "a salary figure is not a whole number of 1 .. %d",
                   MLHEAD_USD_MAX);
}

static int read_figure(mlhead *db, sqlite3_stmt *st, int col, mlhead_figure *out)
{
    const char *bound = (const char *)sqlite3_column_text(st, col + 1);
    int status = read_usd(db, st, col, &out->usd);
    out->bound = MLHEAD_UNKNOWN;
    if (status != MLHEAD_OK)
        return status;
    if (bound && strcmp(bound, mlhead_bound_name(MLHEAD_UNKNOWN)) == 0 && out->usd < 0)
        return MLHEAD_OK;
    if (bound && out->usd > 0 && strcmp(bound, mlhead_bound_name(MLHEAD_EXACT)) == 0)
        out->bound = MLHEAD_EXACT;
    else if (bound && out->usd > 0 && strcmp(bound, mlhead_bound_name(MLHEAD_AT_LEAST)) == 0)
        out->bound = MLHEAD_AT_LEAST;
    else
        return mh_fail(db, MLHEAD_CORRUPT, "a salary figure's bound and value disagree");
    return MLHEAD_OK;
}

static int read_band(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_salary *s = row;
    const char **const texts[] = {&s->role,   &s->band,     &s->heading,
                                  &s->market, &s->currency, &s->period};
    int status = MH_COL_TEXTS(db, st, 0, texts);
    if (status == MLHEAD_OK)
        status = read_figure(db, st, COL_MIN, &s->min);
    if (status == MLHEAD_OK)
        status = read_figure(db, st, COL_MAX, &s->max);
    if (status == MLHEAD_OK)
        status = read_figure(db, st, COL_AVG, &s->avg);
    s->year = mh_col_int(st, COL_YEAR);
    s->line = mh_col_int(st, COL_LINE);
    s->avg_high.bound = MLHEAD_UNKNOWN;
    if (status == MLHEAD_OK)
        status = read_usd(db, st, COL_AVG_HIGH, &s->avg_high.usd);
    if (status == MLHEAD_OK && s->avg_high.usd > 0) {
        s->avg_is_range = 1;
        s->avg_high.bound = MLHEAD_EXACT;
    }
    return status;
}

static int read_salary(mlhead *db, sqlite3_stmt *st, void *row)
{
    if (sqlite3_column_int(st, COL_NO_BAND))
        return MLHEAD_NO_DATA;
    return read_band(db, st, row);
}

int mlhead_salary_range(mlhead *db, const char *role, mlhead_salary *out)
{
    /* One row for a known role, flagged when it has no band. */
    static const char sql[] = "SELECT " BAND_COLUMNS ", b.id IS NULL FROM role r"
                              " LEFT JOIN salary_band_role br ON br.role_id = r.id"
                              " LEFT JOIN salary_band b ON b.id = br.band_id"
                              " WHERE r.id = " MH_ROLE_ID_BY_NAME;
    struct mh_name key;
    int status = mh_cached_row(db, MH_SALARY, sql, read_salary, 2, role, out, sizeof *out, &key);
    switch (status) {
    case MLHEAD_NOT_FOUND:
        return mh_fail_arg(db, 2, status, "no role named \"%s\"", mh_typed(db, &key));
    case MLHEAD_NO_DATA:
        return mh_fail_arg(db, 2, status, "the guide gives no salary band for \"%s\"",
                           mh_typed(db, &key));
    default: return mh_done(db, status);
    }
}

int mlhead_salary_list(mlhead *db, mlhead_salary **out, size_t *count)
{
    static const char sql[] = "SELECT " BAND_COLUMNS " FROM salary_band b"
                              " JOIN salary_band_role br ON br.band_id = b.id"
                              " JOIN role r ON r.id = br.role_id ORDER BY b.position, r.title";
    int status = MH_LIST_ARGS(db, 2, out, count);
    if (status == MLHEAD_OK)
        *out = mh_list(db, MH_SALARY_LIST, sql, NULL, 0, sizeof **out, read_band, count, &status);
    return status;
}
