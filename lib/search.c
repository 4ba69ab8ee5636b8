/*
 * search.c - full-text search over every text of the database.
 *
 * mlhead_search() takes what a person types and never lets it be read as
 * FTS5 syntax: each blank-separated word becomes a quoted phrase, its own
 * double quotes doubled, so AND, NEAR(, col:x, -x and * are only words.  A
 * word of two or more letters or digits gets the prefix operator
 * ("gov" -> "gov"*); a one-letter word does not, or "C++" would ask for
 * every word that starts with c.  The whole is held to the columns a
 * person's words are meant for ({text terms}), so no word finds a row by
 * its section's slug or its kind.  Hits rank in tiers, then by bm25: the
 * words as one phrase that starts the text, the words as a phrase
 * anywhere, every word whole, and last the hits that need a prefix; the
 * statement asks FTS5 once for each form of the same words.  A word with no letters or digits
 * tokenizes to an empty phrase, which FTS5 ignores.  mlhead_search_raw()
 * passes FTS5 syntax through for those who ask for it, and reports the
 * parser's complaint as MLHEAD_SYNTAX.
 */
#include <string.h>

#include "internal.h"

#define MH_QUERY_MAX 1024 /* bytes of a folded query */
#define MH_COLUMNS "{text terms} : ("

/* The columns every search statement reads, up to the score: column 5,
 * by which hits come (then by line). */
#define MH_HIT_SQL "SELECT section, category, text, snippet(search, 0, '[', ']', '...', 12), kind, "

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
        (kind < MLHEAD_HIT_ITEM || kind > MLHEAD_HIT_PROSE || !h->text || !h->snippet))
        status = mh_fail(db, MLHEAD_CORRUPT, "a search entry has no text or an unknown kind");
    h->kind = (mlhead_hit_kind)kind;
    return status;
}

/* The forms of a query a statement matches, in the order of their
 * parameters ?1, ?3, ?5, ?6; raw queries have the first alone. */
enum form { PREFIXED, WHOLE, PHRASE, START, FORMS };
static const int form_param[FORMS] = {1, 3, 5, 6};

/* Binds the query forms, the limit ?2, and (only with the forms after
 * the first) the section ?4 and the flag ?7 that says whether the hits
 * are held to it (section: NULL for every section), then reads the hits. */
static int run(mlhead *db, enum mh_stmt id, const char *sql, const char *const match[FORMS],
               const sqlite3_int64 *section, size_t limit, mlhead_hit **out, size_t *count)
{
    sqlite3_stmt *st;
    int i, rc, status = mh_search_index(db);
    if (status != MLHEAD_OK)
        return status;
    status = mh_stmt(db, id, sql, &st);
    mh_pool_free(&db->scratch); /* the previous search's snippets */
    /* The bind's own code: the connection's may be an older error. */
    for (i = 0; status == MLHEAD_OK && i < FORMS && match[i]; i++)
        if ((rc = sqlite3_bind_text(st, form_param[i], match[i], -1, SQLITE_STATIC)) != SQLITE_OK)
            status = mh_sqlite_fail(db, rc, "binding a query");
    if (status == MLHEAD_OK) /* LIMIT -1: no limit */
        status = mh_bind_id(db, st, 2, limit ? (sqlite3_int64)limit : -1);
    if (status == MLHEAD_OK && match[1])
        status = mh_bind_id(db, st, 4, section ? *section : 0);
    if (status == MLHEAD_OK && match[1])
        status = mh_bind_id(db, st, 7, section != NULL);
    if (status == MLHEAD_OK)
        *out = mh_rows(db, st, sizeof **out, read_hit, count, &status);
    return status;
}

/* A word of one letter or digit (a UTF-8 character counts once): no prefix. */
static int one_letter(const char *word, size_t len)
{
    size_t i, letters = 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xc0))
            letters++;
    }
    return letters <= 1;
}

/* The folded query in one form as FTS5 reads it, held to the text
 * columns: PREFIXED and WHOLE make each word a quoted phrase (PREFIXED
 * with the prefix operator on words longer than a letter), PHRASE and
 * START all words one phrase (START: at the start of the text).  At most
 * 2 bytes per byte (quotes doubled) plus 4 per word ("", * and a space)
 * plus the column filter around it. */
static void escape(const char *folded, enum form form, char *match)
{
    const char *p = folded;
    char *m = match;
    int one = form == PHRASE || form == START;
    memcpy(m, MH_COLUMNS, sizeof MH_COLUMNS - 1);
    m += sizeof MH_COLUMNS - 1;
    if (form == START)
        *m++ = '^';
    if (one)
        *m++ = '"';
    while (*p) {
        const char *word = p;
        if (!one)
            *m++ = '"';
        for (; *p && *p != ' '; p++) {
            if (*p == '"')
                *m++ = '"';
            *m++ = *p;
        }
        if (!one)
            *m++ = '"';
        if (form == PREFIXED && !one_letter(word, (size_t)(p - word)))
            *m++ = '*';
        if (*p == ' ')
            *m++ = *p++;
    }
    if (one)
        *m++ = '"';
    *m++ = ')';
    *m = '\0';
}

/* out_arg: the argument number of out (mlhead_errarg); the query is 2. */
static int search_args(mlhead *db, int out_arg, const char *query, mlhead_hit **out, size_t *count,
                       char *folded, size_t *len)
{
    int status = MH_LIST_ARGS(db, out_arg, out, count);
    if (status == MLHEAD_OK)
        status = mh_fold_into(db, 2, "query", query, folded, MH_QUERY_MAX, len);
    return status;
}

/* mlhead_search() and mlhead_search_in(): section NULL is every section. */
static int search(mlhead *db, const char *query, const char *section, size_t limit,
                  mlhead_hit **out, size_t *count)
{
    /* The tier of a hit (0 .. 3) counts 1e6 in its score, far beyond any
     * bm25 this database gives, so the score alone orders the hits. */
    static const char sql[] =
        MH_HIT_SQL "bm25(search) + 1e6 * CASE"
                   " WHEN rowid IN (SELECT rowid FROM search WHERE search MATCH ?6) THEN 0"
                   " WHEN rowid IN (SELECT rowid FROM search WHERE search MATCH ?5) THEN 1"
                   " WHEN rowid IN (SELECT rowid FROM search WHERE search MATCH ?3) THEN 2"
                   " ELSE 3 END AS score, line FROM search WHERE search MATCH ?1"
                   " AND (NOT ?7 OR section = (SELECT slug FROM section WHERE id = ?4))"
                   " ORDER BY score, line LIMIT ?2";
    char folded[MH_QUERY_MAX + 1], forms[FORMS][3 * MH_QUERY_MAX + 32];
    const char *const match[FORMS] = {forms[PREFIXED], forms[WHOLE], forms[PHRASE], forms[START]};
    int f;
    sqlite3_int64 id = 0;
    size_t len;
    int status = search_args(db, section ? 5 : 4, query, out, count, folded, &len);
    if (status == MLHEAD_OK && section)
        status =
            mh_lookup_id(db, MH_SECTION_FIND, MH_SECTION_ID_BY_NAME, 3, "section", section, 0, &id);
    if (status != MLHEAD_OK)
        return status;
    for (f = PREFIXED; f < FORMS; f++)
        escape(folded, (enum form)f, forms[f]);
    return mh_done(db, run(db, MH_SEARCH, sql, match, section ? &id : NULL, limit, out, count));
}

int mlhead_search(mlhead *db, const char *query, size_t limit, mlhead_hit **out, size_t *count)
{
    return search(db, query, NULL, limit, out, count);
}

int mlhead_search_in(mlhead *db, const char *query, const char *section, size_t limit,
                     mlhead_hit **out, size_t *count)
{
    int status = MH_LIST_ARGS(db, 5, out, count);
    if (status == MLHEAD_OK && !section)
        status = mh_fail_arg(db, 3, MLHEAD_INVALID, "section is NULL");
    return status ? status : search(db, query, section, limit, out, count);
}

int mlhead_search_raw(mlhead *db, const char *fts_query, size_t limit, mlhead_hit **out,
                      size_t *count)
{
    static const char sql[] = MH_HIT_SQL "bm25(search) AS score, line FROM search"
                                         " WHERE search MATCH ?1 ORDER BY score, line LIMIT ?2";
    const char *const match[FORMS] = {fts_query, NULL, NULL, NULL};
    char folded[MH_QUERY_MAX + 1];
    size_t len;
    int status = search_args(db, 4, fts_query, out, count, folded, &len);
    if (status != MLHEAD_OK)
        return status;
    /* FTS5 reads the query as given, blanks and all: its own length counts
     * (a megabyte of blanks round one word would bind as SQLITE_TOOBIG,
     * which reads as a damaged database). */
    if (strlen(fts_query) > MH_QUERY_MAX)
        return mh_fail_arg(db, 2, MLHEAD_INVALID, "query is longer than %d bytes", MH_QUERY_MAX);
    /* Our statement compiled; a plain SQL error while it runs can only come
     * from the query the caller wrote. */
    status = run(db, MH_SEARCH_RAW, sql, match, NULL, limit, out, count);
    if (status == MLHEAD_SQLITE && sqlite3_errcode(db->sql) == SQLITE_ERROR)
        return mh_fail_arg(db, 2, MLHEAD_SYNTAX, "search syntax: %s", sqlite3_errmsg(db->sql));
    return mh_done(db, status);
}
