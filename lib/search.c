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
 * its section's slug or its kind.  Hits rank in tiers: the words as one
 * phrase that starts the text, the words as a phrase anywhere, every word
 * whole, and last the hits that need a prefix.  Each form finds all the
 * rows of the one before it, so a tier is the rows of its form that the
 * form before does not find.  Within a tier hits come in rowid order,
 * which 920_search_rows.sql makes shortest first (text and terms), then by
 * line.  So each tier is asked in turn for its first rows in FTS5's own
 * order, and the search stops at the tier that fills the limit: no row
 * beyond the hits is scored, read or cut into a snippet.  The last tier
 * reads its hits whole as it finds them; the earlier tiers' rowids are
 * read whole in one more statement, with snippets of the prefixed form
 * as the last tier's.  A word with no letters or digits tokenizes to an
 * empty phrase, which FTS5 ignores.  mlhead_search_raw() passes FTS5
 * syntax through for those who ask for it, ranks by bm25 then line, and
 * reports the parser's complaint as MLHEAD_SYNTAX.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MH_QUERY_MAX 1024 /* bytes of a folded query */
#define MH_COLUMNS "{text terms} : ("

/* The columns every search statement reads, up to the score: column 5
 * (then the line, and for mlhead_search() the rowid). */
#define MH_HIT_SQL "SELECT section, category, text, mh_snippet(search), kind, "

/* What the first search of a handle does first: a file's search table
 * made, and the snippet function registered. */
static int search_ready(mlhead *db)
{
    int status = mh_search_index(db);
    return status == MLHEAD_OK ? mh_snippet_register(db) : status;
}

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

/* The forms of a query, in the order of their tiers: each finds every
 * row the one before it finds. */
enum form { START, PHRASE, WHOLE, PREFIXED, FORMS };

/* A hit of mlhead_search() as its statements read it: with its rowid
 * (column 7), by which the hits of the earlier tiers are put in place. */
struct found {
    mlhead_hit hit;
    sqlite3_int64 rowid;
};

static int read_found(mlhead *db, sqlite3_stmt *st, void *row)
{
    struct found *f = row;
    f->rowid = sqlite3_column_int64(st, 7);
    return read_hit(db, st, &f->hit);
}

static int read_rowid(mlhead *db, sqlite3_stmt *st, void *row)
{
    (void)db;
    *(sqlite3_int64 *)row = sqlite3_column_int64(st, 0);
    return MLHEAD_OK;
}

/* What both statements of mlhead_search() share: the rows form ?1 finds,
 * held to the section ?2 if ?3, in rowid order, at most ?4 (-1: no
 * limit). */
#define MH_TIER_SQL                                                                                \
    " FROM search WHERE search MATCH ?1"                                                           \
    " AND (NOT ?3 OR section = (SELECT slug FROM section WHERE id = ?2))"

/* The most rowids one statement is given as a JSON array: 21 bytes each
 * at most, under the 1,000,000 bytes SQLITE_LIMIT_LENGTH allows a text. */
#define MH_KEEP_MAX 32768

/* Binds a statement of MH_TIER_SQL (section: NULL for every section;
 * limit 0: none). */
static int bind_tier(mlhead *db, sqlite3_stmt *st, const char *form, const sqlite3_int64 *section,
                     size_t limit)
{
    /* The bind's own code: the connection's may be an older error. */
    int rc = sqlite3_bind_text(st, 1, form, -1, SQLITE_STATIC);
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, "binding a query");
    rc = mh_bind_id(db, st, 2, section ? *section : 0);
    if (rc == MLHEAD_OK)
        rc = mh_bind_id(db, st, 3, section != NULL);
    return rc == MLHEAD_OK ? mh_bind_id(db, st, 4, limit ? (sqlite3_int64)limit : -1) : rc;
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

/* Whether the word of len bytes at word (inside folded) is also one of the
 * words before it. */
static int said_before(const char *folded, const char *word, size_t len)
{
    const char *p = folded;
    while (p < word) {
        size_t n = strcspn(p, " ");
        if (n == len && memcmp(p, word, len) == 0)
            return 1;
        p += n + (p[n] == ' ');
    }
    return 0;
}

/* The folded query in one form as FTS5 reads it, held to the text
 * columns: PREFIXED and WHOLE make each word a quoted phrase (PREFIXED
 * with the prefix operator on words longer than a letter), once however
 * often it is typed (the same rows match, and FTS5 counts a row's matches
 * once per phrase), PHRASE and START all words one phrase (START: at the
 * start of the text).  At most 2 bytes per byte (quotes doubled) plus 4
 * per word ("", * and a space) plus the column filter around it. */
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
        size_t len = strcspn(p, " ");
        if (!one && said_before(folded, word, len)) {
            p += len + (p[len] == ' ');
            continue;
        }
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

/* The rowids as a JSON array for json_each(), in *json (malloc); NULL
 * for none. */
static int rowid_json(mlhead *db, const sqlite3_int64 *rowids, size_t n, char **json)
{
    size_t bytes, used = 0, i;
    *json = NULL;
    if (n == 0)
        return MLHEAD_OK;
    /* a sign, 19 digits and a comma each, the brackets and the NUL */
    if (!mh_size_mul(n, 21, &bytes) || bytes > (size_t)-1 - 3 || !(*json = malloc(bytes + 3)))
        return mh_fail(db, MLHEAD_NOMEM, "listing hits: out of memory");
    (*json)[used++] = '[';
    for (i = 0; i < n; i++)
        used += (size_t)snprintf(*json + used, bytes + 3 - used, "%s%lld", i ? "," : "",
                                 (long long)rowids[i]);
    (*json)[used++] = ']';
    (*json)[used] = '\0';
    return MLHEAD_OK;
}

static int by_rowid(const void *a, const void *b)
{
    sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;
    return (x > y) - (x < y);
}

/* The rowids of one of the earlier tiers: those form finds but for the n
 * rowids of the tiers before it, appended to (*rows, *n).  Each form
 * finds every row of the one before, so its first limit rows hold at
 * least limit - n new ones (if it has them); those already listed are
 * passed over here, never sent to SQLite, whose texts have a length
 * limit that a long list of rowids would reach. */
static int tier_rows(mlhead *db, const char *form, const sqlite3_int64 *section, size_t limit,
                     sqlite3_int64 **rows, size_t *n)
{
    static const char sql[] = "SELECT rowid" MH_TIER_SQL " ORDER BY rowid LIMIT ?4";
    sqlite3_int64 *more = NULL, *all = NULL, *seen = NULL;
    sqlite3_stmt *st = NULL;
    size_t m = 0, bytes, i, k = 0;
    int status = mh_stmt(db, MH_SEARCH_TIER, sql, &st);
    if (status == MLHEAD_OK)
        status = bind_tier(db, st, form, section, limit);
    if (status == MLHEAD_OK)
        more = mh_rows(db, st, sizeof *more, read_rowid, &m, &status);
    if (status == MLHEAD_OK && m && *n &&
        (!mh_size_mul(*n, sizeof *seen, &bytes) || !(seen = malloc(bytes))))
        status = mh_fail(db, MLHEAD_NOMEM, "listing hits: out of memory");
    if (status == MLHEAD_OK && m &&
        (!mh_size_mul(*n + m, sizeof *all, &bytes) || !(all = realloc(*rows, bytes))))
        status = mh_fail(db, MLHEAD_NOMEM, "listing hits: out of memory");
    if (status == MLHEAD_OK && m) {
        if (seen) {
            memcpy(seen, all, *n * sizeof *seen);
            qsort(seen, *n, sizeof *seen, by_rowid);
        }
        for (i = 0; i < m && (!limit || *n + k < limit); i++)
            if (!seen || !bsearch(&more[i], seen, *n, sizeof *seen, by_rowid))
                all[*n + k++] = more[i];
        *rows = all;
        *n += k;
    }
    free(seen);
    free(more);
    return status;
}

/* Hits read whole: the rows of form (the prefixed one, whose snippets
 * every hit shows) in rowid order, with the rowids of the JSON array keep
 * only (NULL: every row; at most MH_KEEP_MAX) from lo to hi, at most
 * limit (0: no limit). */
static int hit_rows(mlhead *db, const char *form, const char *keep, sqlite3_int64 lo,
                    sqlite3_int64 hi, const sqlite3_int64 *section, size_t limit,
                    struct found **out, size_t *n)
{
    static const char sql[] =
        MH_HIT_SQL "length(text) + length(terms), line, rowid" MH_TIER_SQL
                   " AND (?5 IS NULL OR +rowid IN (SELECT value FROM json_each(?5)))"
                   " AND rowid BETWEEN ?6 AND ?7 ORDER BY rowid LIMIT ?4";
    sqlite3_stmt *st = NULL;
    int rc, status = mh_stmt(db, MH_SEARCH, sql, &st);
    if (status == MLHEAD_OK)
        status = bind_tier(db, st, form, section, limit);
    if (status == MLHEAD_OK &&
        (rc = keep ? sqlite3_bind_text(st, 5, keep, -1, SQLITE_STATIC) : sqlite3_bind_null(st, 5)))
        status = mh_sqlite_fail(db, rc, "binding the hits");
    if (status == MLHEAD_OK)
        status = mh_bind_id(db, st, 6, lo);
    if (status == MLHEAD_OK)
        status = mh_bind_id(db, st, 7, hi);
    if (status == MLHEAD_OK)
        *out = mh_rows(db, st, sizeof **out, read_found, n, &status);
    return status;
}

/* The hit of a rowid among n in rowid order, or NULL. */
static const struct found *find(const struct found *f, size_t n, sqlite3_int64 rowid)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f[mid].rowid == rowid)
            return &f[mid];
        if (f[mid].rowid < rowid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* The earlier tiers' rows early[0 .. n) that the last tier's statement
 * did not read (all of them when it did not run): read whole into *out,
 * in rowid order, MH_KEEP_MAX rowids to a statement. */
static int fetch_missing(mlhead *db, const char *form, const sqlite3_int64 *early, size_t n,
                         const struct found *last, size_t nlast, struct found **out, size_t *count)
{
    sqlite3_int64 *missing;
    size_t m = 0, bytes, i;
    int status = MLHEAD_OK;
    if (n == 0)
        return MLHEAD_OK;
    if (!mh_size_mul(n, sizeof *missing, &bytes) || !(missing = malloc(bytes)))
        return mh_fail(db, MLHEAD_NOMEM, "listing hits: out of memory");
    for (i = 0; i < n; i++)
        if (!find(last, nlast, early[i]))
            missing[m++] = early[i];
    qsort(missing, m, sizeof *missing, by_rowid);
    for (i = 0; status == MLHEAD_OK && i < m; i += MH_KEEP_MAX) {
        size_t c = m - i < MH_KEEP_MAX ? m - i : MH_KEEP_MAX, got = 0;
        struct found *part = NULL, *all = NULL;
        char *json = NULL;
        status = rowid_json(db, missing + i, c, &json);
        if (status == MLHEAD_OK)
            status = hit_rows(db, form, json, missing[i], missing[i + c - 1], NULL, 0, &part, &got);
        free(json);
        if (status == MLHEAD_OK && got &&
            (!mh_size_mul(*count + got, sizeof *all, &bytes) || !(all = realloc(*out, bytes))))
            status = mh_fail(db, MLHEAD_NOMEM, "listing hits: out of memory");
        if (status == MLHEAD_OK && got) {
            memcpy(all + *count, part, got * sizeof *part);
            *out = all;
            *count += got;
        }
        free(part);
    }
    free(missing);
    return status;
}

/* The list in rank order: each earlier tier's rows (early, tier t ending
 * at ends[t]), found whole in last or fetched, then the last tier's (the
 * rows of last not in early), at most limit (0: all); a hit's rank is its
 * length plus 1e6 for each tier below the first.  A row of an earlier
 * form that the prefixed form does not find is no hit (each form finds
 * every row of the one before, so there is none). */
static int assemble(mlhead *db, const sqlite3_int64 *early, const size_t ends[PREFIXED],
                    const struct found *last, size_t nlast, const struct found *fetched,
                    size_t nfetched, size_t limit, mlhead_hit **out, size_t *count)
{
    size_t n = ends[PREFIXED - 1], total = n + nlast, bytes, i, k = 0;
    sqlite3_int64 *sorted = NULL;
    mlhead_hit *hits;
    int t;
    if (total == 0)
        return MLHEAD_OK;
    if (!mh_size_mul(total, sizeof *hits, &bytes) || !(hits = malloc(bytes)))
        return mh_fail(db, MLHEAD_NOMEM, "growing a list: out of memory");
    if (n && (!mh_size_mul(n, sizeof *sorted, &bytes) || !(sorted = malloc(bytes)))) {
        free(hits);
        return mh_fail(db, MLHEAD_NOMEM, "growing a list: out of memory");
    }
    for (t = START, i = 0; t < PREFIXED; t++)
        for (; i < ends[t]; i++) {
            const struct found *f = find(last, nlast, early[i]);
            if (!f)
                f = find(fetched, nfetched, early[i]);
            if (f) {
                hits[k] = f->hit;
                hits[k++].rank += 1e6 * t;
            }
        }
    if (n) {
        memcpy(sorted, early, n * sizeof *sorted);
        qsort(sorted, n, sizeof *sorted, by_rowid);
    }
    for (i = 0; i < nlast && (!limit || k < limit); i++)
        if (!n || !bsearch(&last[i].rowid, sorted, n, sizeof *sorted, by_rowid)) {
            hits[k] = last[i].hit;
            hits[k++].rank += 1e6 * PREFIXED;
        }
    free(sorted);
    if (k == 0) /* an empty list is NULL, as every list call's */
        free(hits);
    *out = k ? hits : NULL;
    *count = k;
    return MLHEAD_OK;
}

/* mlhead_search() and mlhead_search_in(): section NULL is every section. */
static int search(mlhead *db, const char *query, const char *section, size_t limit,
                  mlhead_hit **out, size_t *count)
{
    char folded[MH_QUERY_MAX + 1], forms[FORMS][3 * MH_QUERY_MAX + 32];
    sqlite3_int64 id = 0, *early = NULL;
    const sqlite3_int64 *in = section ? &id : NULL;
    size_t len, n = 0, ends[PREFIXED] = {0}, nlast = 0, nfetched = 0;
    struct found *last = NULL, *fetched = NULL;
    int f, status = search_args(db, section ? 5 : 4, query, out, count, folded, &len);
    if (status == MLHEAD_OK && section)
        status =
            mh_lookup_id(db, MH_SECTION_FIND, MH_SECTION_ID_BY_NAME, 3, "section", section, 0, &id);
    if (status != MLHEAD_OK)
        return status;
    for (f = START; f < FORMS; f++)
        escape(folded, (enum form)f, forms[f]);
    if ((status = search_ready(db)) != MLHEAD_OK)
        return status;
    mh_pool_free(&db->scratch); /* the previous search's snippets */
    /* the earlier tiers, rowids alone, until one fills the limit; a form
     * written as the one before it (one word: the phrase and the words
     * whole) finds no row more */
    for (f = START; f < PREFIXED; f++) {
        if (status == MLHEAD_OK && (!limit || n < limit) &&
            (f == START || strcmp(forms[f], forms[f - 1]) != 0))
            status = tier_rows(db, forms[f], in, limit, &early, &n);
        ends[f] = n;
    }
    /* the last tier, read whole as FTS5 finds it, with the rows before it
     * that come first in rowid order */
    if (status == MLHEAD_OK && (!limit || n < limit))
        status =
            hit_rows(db, forms[PREFIXED], NULL, INT64_MIN, INT64_MAX, in, limit, &last, &nlast);
    if (status == MLHEAD_OK)
        status = fetch_missing(db, forms[PREFIXED], early, n, last, nlast, &fetched, &nfetched);
    if (status == MLHEAD_OK)
        status = assemble(db, early, ends, last, nlast, fetched, nfetched, limit, out, count);
    free(early);
    free(last);
    free(fetched);
    return mh_done(db, status);
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
    char folded[MH_QUERY_MAX + 1];
    size_t len;
    sqlite3_stmt *st = NULL;
    int rc, status = search_args(db, 4, fts_query, out, count, folded, &len);
    if (status != MLHEAD_OK)
        return status;
    /* FTS5 reads the query as given, blanks and all: its own length counts
     * (a megabyte of blanks round one word would bind as SQLITE_TOOBIG,
     * which reads as a damaged database). */
    if (strlen(fts_query) > MH_QUERY_MAX)
        return mh_fail_arg(db, 2, MLHEAD_INVALID, "query is longer than %d bytes", MH_QUERY_MAX);
    /* A query that starts with '*' is one of FTS5's special queries
     * ("*reads", "*id"), which give a row of no text: none is a search. */
    if (fts_query[strspn(fts_query, " \t\n\v\f\r")] == '*')
        return mh_fail_arg(db, 2, MLHEAD_SYNTAX,
                           "search syntax: a query cannot start with '*' (FTS5's special queries)");
    /* Our statement compiled; a plain SQL error while it runs can only come
     * from the query the caller wrote. */
    status = search_ready(db);
    if (status == MLHEAD_OK)
        status = mh_stmt(db, MH_SEARCH_RAW, sql, &st);
    mh_pool_free(&db->scratch); /* the previous search's snippets */
    /* The bind's own code: the connection's may be an older error. */
    if (status == MLHEAD_OK && (rc = sqlite3_bind_text(st, 1, fts_query, -1, SQLITE_STATIC)))
        status = mh_sqlite_fail(db, rc, "binding a query");
    if (status == MLHEAD_OK) /* LIMIT -1: no limit */
        status = mh_bind_id(db, st, 2, limit ? (sqlite3_int64)limit : -1);
    if (status == MLHEAD_OK)
        *out = mh_rows(db, st, sizeof **out, read_hit, count, &status);
    if (status == MLHEAD_SQLITE && sqlite3_errcode(db->sql) == SQLITE_ERROR)
        return mh_fail_arg(db, 2, MLHEAD_SYNTAX, "search syntax: %s", sqlite3_errmsg(db->sql));
    return mh_done(db, status);
}
