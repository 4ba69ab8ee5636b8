/*
 * snippet.c - the snippet of a search hit, in time linear in its text.
 *
 * FTS5's own snippet() scores a window at every match against every other
 * match of the row: a text of 32,768 copies of one word took it 10 s, and
 * each word more in the query multiplied that.  mh_snippet(search) gives
 * what snippet(search, 0, '[', ']', '...', 12) gives in spirit: at most 12
 * tokens of the text (column 0); the first window that starts at a match
 * and holds the most whole matches, placed so that they lie about its
 * middle; each match in [ and ]; "..." where the text goes on.  It weighs
 * the first 64 matches of each phrase of the query (1,024 in all) and
 * marks those, and tokenizes the text once: its time is linear in the
 * text, whatever the query.  A row whose text holds no match (a band
 * found by its terms) gives the text's first 12 tokens.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MH_SNIPPET_TOKENS 12

struct span {
    int start, end; /* bytes of a token in the text */
};

struct tokens {
    struct span *at;
    int n, cap, failed;
};

static int keep_token(void *arg, int flags, const char *token, int size, int start, int end)
{
    struct tokens *t = arg;
    (void)token;
    (void)size;
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK; /* another form of the token before: the same place */
    if (t->n == t->cap) {
        int cap = t->cap ? 2 * t->cap : 64;
        struct span *grown = cap < 0x10000000 ? realloc(t->at, (size_t)cap * sizeof *grown) : NULL;
        if (!grown) {
            t->failed = 1;
            return SQLITE_NOMEM;
        }
        t->at = grown;
        t->cap = cap;
    }
    t->at[t->n].start = start;
    t->at[t->n].end = end;
    t->n++;
    return SQLITE_OK;
}

/* A match in the text: its first and last token. */
struct match {
    int first, last;
};

/* The matches a snippet weighs: each phrase's first ones in the text.
 * FTS5's xInstCount() would list every match of every phrase, which for
 * a text of T tokens and a query of P phrases that each match them all
 * is T x P matches, each made by a pass over the P phrases. */
#define MH_SNIPPET_PER_PHRASE 64
#define MH_SNIPPET_MATCHES 1024

static int by_first(const void *a, const void *b)
{
    const struct match *x = a, *y = b;
    return (x->first > y->first) - (x->first < y->first);
}

/* The first matches of each phrase in column 0 (at most
 * MH_SNIPPET_PER_PHRASE each, MH_SNIPPET_MATCHES in all) into m, by
 * their first token, and their number into *n; an SQLite code. */
static int matches_of(const Fts5ExtensionApi *api, Fts5Context *fts, struct match *m, int *n)
{
    int phrases = api->xPhraseCount(fts), p, rc = SQLITE_OK;
    *n = 0;
    for (p = 0; rc == SQLITE_OK && p < phrases && *n < MH_SNIPPET_MATCHES; p++) {
        Fts5PhraseIter it;
        int col = -1, off = 0, kept = 0, size = api->xPhraseSize(fts, p);
        rc = api->xPhraseFirst(fts, p, &it, &col, &off);
        for (;
             rc == SQLITE_OK && col == 0 && kept < MH_SNIPPET_PER_PHRASE && *n < MH_SNIPPET_MATCHES;
             api->xPhraseNext(fts, &it, &col, &off), kept++) {
            m[*n].first = off;
            m[*n].last = off + (size > 0 ? size : 1) - 1;
            ++*n;
        }
    }
    qsort(m, (size_t)*n, sizeof *m, by_first);
    return rc;
}

/* The first window of MH_SNIPPET_TOKENS tokens that starts at a match and
 * holds the most whole matches, widened to either side so that they lie
 * about its middle; within ntokens.  A window of no whole match (every
 * match longer than it) starts at the first match. */
static int window_start(const struct match *m, int n, int ntokens)
{
    int best = -1, best_count = 0, best_last = 0, i, j, start;
    for (i = 0; i < n; i++) {
        int count = 0, last = m[i].first, end = m[i].first + MH_SNIPPET_TOKENS;
        if (i > 0 && m[i].first == m[i - 1].first)
            continue; /* the same window as the match before */
        for (j = i; j < n && m[j].first < end; j++)
            if (m[j].last < end) {
                count++;
                last = m[j].last > last ? m[j].last : last;
            }
        if (count > best_count) {
            best_count = count;
            best = i;
            best_last = last;
        }
    }
    if (n == 0)
        return 0;
    if (best < 0) {
        best = 0;
        best_last = m[0].first;
    }
    start = m[best].first - (MH_SNIPPET_TOKENS - (best_last - m[best].first + 1)) / 2;
    if (start > ntokens - MH_SNIPPET_TOKENS)
        start = ntokens - MH_SNIPPET_TOKENS;
    return start > 0 ? start : 0;
}

static void mh_snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                       int argc, sqlite3_value **argv)
{
    struct tokens t = {NULL, 0, 0, 0};
    struct match m[MH_SNIPPET_MATCHES];
    sqlite3_str *out;
    const char *text = NULL;
    int size = 0, nm = 0, start, end, i, k = 0, open_until = -1, rc;
    (void)argc;
    (void)argv;
    rc = api->xColumnText(fts, 0, &text, &size);
    if (rc == SQLITE_OK && !text)
        rc = SQLITE_NOMEM; /* a hit's text is never NULL: SQLite could not give it */
    if (rc == SQLITE_OK)
        rc = api->xTokenize(fts, text, size, &t, keep_token);
    if (rc == SQLITE_OK)
        rc = matches_of(api, fts, m, &nm);
    if (rc != SQLITE_OK) {
        free(t.at);
        if (t.failed || (rc & 0xff) == SQLITE_NOMEM)
            sqlite3_result_error_nomem(ctx);
        else
            sqlite3_result_error_code(ctx, rc);
        return;
    }
    out = sqlite3_str_new(sqlite3_context_db_handle(ctx));
    start = window_start(m, nm, t.n);
    end = start + MH_SNIPPET_TOKENS < t.n ? start + MH_SNIPPET_TOKENS : t.n;
    if (start > 0)
        sqlite3_str_appendall(out, "...");
    else if (t.n > 0)
        sqlite3_str_append(out, text, t.at[0].start); /* what comes before the first token */
    while (k < nm && m[k].last < start)
        k++;
    for (i = start; i < end; i++) {
        if (i > start)
            sqlite3_str_append(out, text + t.at[i - 1].end, t.at[i].start - t.at[i - 1].end);
        for (; k < nm && m[k].first <= i; k++) {
            if (open_until < 0)
                sqlite3_str_appendchar(out, 1, '[');
            open_until = m[k].last > open_until ? m[k].last : open_until;
        }
        sqlite3_str_append(out, text + t.at[i].start, t.at[i].end - t.at[i].start);
        if (open_until >= 0 && (i >= open_until || i == end - 1)) {
            sqlite3_str_appendchar(out, 1, ']');
            open_until = -1;
        }
    }
    if (t.n == 0)
        sqlite3_str_append(out, text, size);
    else if (end < t.n)
        sqlite3_str_appendall(out, "...");
    else if (t.n > 0)
        sqlite3_str_append(out, text + t.at[t.n - 1].end, size - t.at[t.n - 1].end);
    free(t.at);
    rc = sqlite3_str_errcode(out);
    if (rc == SQLITE_OK && sqlite3_str_length(out) == 0) {
        sqlite3_free(sqlite3_str_finish(out));
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC); /* an empty text: no buffer */
    } else if (rc == SQLITE_OK) {
        /* -1: the text ends in its 0 (texts hold none before it), so
         * reading it back needs no copy that could fail */
        sqlite3_result_text(ctx, sqlite3_str_finish(out), -1, sqlite3_free);
    } else {
        sqlite3_free(sqlite3_str_finish(out));
        sqlite3_result_error_nomem(ctx);
    }
}

int mh_snippet_register(mlhead *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    int rc, status;
    if (db->snippet_ready)
        return MLHEAD_OK;
    /* FTS5 hands its API to a pointer bound to fts5(?1) */
    if ((status = mh_stmt(db, MH_FTS5_API, "SELECT fts5(?1)", &st)) != MLHEAD_OK)
        return status;
    rc = sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        rc = SQLITE_OK;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_OK && !api)
        rc = SQLITE_ERROR;
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "mh_snippet", NULL, mh_snippet, NULL);
    if (rc != SQLITE_OK)
        return mh_sqlite_fail(db, rc, "making snippets");
    db->snippet_ready = 1;
    return MLHEAD_OK;
}
