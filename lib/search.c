/*
 * search.c - full-text search over every text of the database.
 *
 * mlhead_search() takes what a person types and never lets it be read as
 * FTS5 syntax: each blank-separated word becomes a quoted phrase with the
 * prefix operator ("gov" -> "gov"*), its own double quotes doubled, so
 * AND, NEAR(, col:x, -x and * are only words.  A word with no letters
 * or digits tokenizes to an empty phrase, which FTS5 ignores.
 * mlhead_search_raw() passes FTS5 syntax through for those who ask for it,
 * and reports the parser's complaint as MLHEAD_SYNTAX.
 */
#include <string.h>

#include "internal.h"

#define MH_QUERY_MAX 1024 /* bytes of a folded query */

static int read_hit(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_hit *h = row;
    const char **const texts[] = {&h->section, &h->category, &h->text};
    const char *snippet = (const char *)sqlite3_column_text(st, 3);
    int kind = sqlite3_column_int(st, 4);
    int status = MH_COL_TEXTS(db, st, 0, texts);
    if (status == MLHEAD_OK && snippet &&
        !(h->snippet = mh_copy(&db->scratch, snippet, strlen(snippet))))
        status = mh_fail(db, MLHEAD_NOMEM, "keeping a snippet: out of memory");
    h->rank = sqlite3_column_double(st, 5);
    h->line = mh_col_int(st, 6);
    if (status == MLHEAD_OK &&
        (kind < MLHEAD_HIT_ITEM || kind > MLHEAD_HIT_SALARY || !h->text || !h->snippet))
        status = mh_fail(db, MLHEAD_CORRUPT, "a search entry has no text or an unknown kind");
    h->kind = (mlhead_hit_kind)kind;
    return status;
}

/* Runs an FTS5 query that is already in the form FTS5 reads. */
static int run(mlhead *db, const char *match, size_t limit, mlhead_hit **out, size_t *count)
{
    static const char sql[] =
        "SELECT section, category, text, snippet(search, 0, '[', ']', '...', 12), kind,"
        " bm25(search), line FROM search WHERE search MATCH ?1"
        " ORDER BY bm25(search), line LIMIT ?2";
    sqlite3_stmt *st;
    int rc, status = mh_stmt(db, MH_SEARCH, sql, &st);
    mh_pool_free(&db->scratch); /* the previous search's snippets */
    /* The bind's own code: the connection's may be an older error. */
    if (status == MLHEAD_OK &&
        (rc = sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC)) != SQLITE_OK)
        status = mh_sqlite_fail(db, rc, "binding a query");
    if (status == MLHEAD_OK) /* LIMIT -1: no limit */
        status = mh_bind_id(db, st, 2, limit ? (sqlite3_int64)limit : -1);
    if (status == MLHEAD_OK)
        status = mh_rows(db, st, sizeof **out, read_hit, (void **)out, count);
    return status;
}

/* Each word of a folded query as a quoted prefix phrase: at most
 * 2 bytes per byte (quotes doubled) plus 4 per word ("", * and a space). */
static void escape(const char *folded, char *match)
{
    const char *p = folded;
    char *m = match;
    while (*p) {
        *m++ = '"';
        for (; *p && *p != ' '; p++) {
            if (*p == '"')
                *m++ = '"';
            *m++ = *p;
        }
        *m++ = '"';
        *m++ = '*';
        if (*p == ' ')
            *m++ = *p++;
    }
    *m = '\0';
}

static int search_args(mlhead *db, const char *query, mlhead_hit **out, size_t *count, char *folded,
                       size_t *len)
{
    int status = mh_list_args(db, 4, out, count);
    if (status == MLHEAD_OK)
        status = mh_fold_into(db, 2, "query", query, folded, MH_QUERY_MAX, len);
    return status;
}

int mlhead_search(mlhead *db, const char *query, size_t limit, mlhead_hit **out, size_t *count)
{
    char folded[MH_QUERY_MAX + 1], match[3 * MH_QUERY_MAX + 8];
    size_t len;
    int status = search_args(db, query, out, count, folded, &len);
    if (status != MLHEAD_OK)
        return status;
    escape(folded, match);
    return mh_done(db, run(db, match, limit, out, count));
}

int mlhead_search_raw(mlhead *db, const char *fts_query, size_t limit, mlhead_hit **out,
                      size_t *count)
{
    char folded[MH_QUERY_MAX + 1];
    size_t len;
    int status = search_args(db, fts_query, out, count, folded, &len);
    if (status != MLHEAD_OK)
        return status;
    /* FTS5 reads the query as given, blanks and all: its own length counts
     * (a megabyte of blanks round one word would bind as SQLITE_TOOBIG,
     * which reads as a damaged database). */
    if (strlen(fts_query) > MH_QUERY_MAX)
        return mh_fail_arg(db, 2, MLHEAD_INVALID, "query is longer than %d bytes", MH_QUERY_MAX);
    /* Our statement compiled; a plain SQL error while it runs can only come
     * from the query the caller wrote. */
    status = run(db, fts_query, limit, out, count);
    if (status == MLHEAD_SQLITE && sqlite3_errcode(db->sql) == SQLITE_ERROR)
        return mh_fail_arg(db, 2, MLHEAD_SYNTAX, "search syntax: %s", sqlite3_errmsg(db->sql));
    return mh_done(db, status);
}
