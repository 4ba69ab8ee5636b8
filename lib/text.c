/*
 * text.c - the two things the library does with text: folding a name a
 * user typed into the form lookups compare (checking it on the way), and
 * keeping every string a result points to in a pool that lives until
 * mlhead_close().
 *
 * Folding accepts only valid UTF-8 (no overlong forms, no surrogates, no
 * code point above U+10FFFF), trims ASCII white space, folds each run of it
 * into one space and lower-cases ASCII letters, which is what SQLite's
 * NOCASE collation compares.  It reads the whole input once, however long,
 * and rejects a folded text longer than its limit (MLHEAD_NAME_MAX bytes
 * for a name).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "utf8.h"

static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int mh_fold_into(mlhead *db, const char *what, const char *in, char *buf, size_t max,
                 size_t *out_len)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t len = 0, pos = 0;
    int too_long = 0, pending_space = 0;
    *out_len = 0;
    buf[0] = '\0';
    if (!in)
        return mh_fail(db, MLHEAD_INVALID, "%s is NULL", what);
    while (s[pos]) {
        unsigned char c = s[pos];
        size_t n;
        if (c > ' ' && c < 0x7f && !pending_space && len < max) {
            /* printable ASCII inside a word, most of every name: the short way */
            buf[len++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            pos++;
            continue;
        }
        if (is_blank(c)) {
            pending_space = len > 0;
            pos++;
            continue;
        }
        n = mh_utf8_length(s + pos);
        if (n == 0)
            return mh_fail(db, MLHEAD_INVALID, "%s is not valid UTF-8 (byte %zu)", what, pos);
        if (len + (size_t)pending_space + n > max)
            too_long = 1;
        if (!too_long) {
            if (pending_space)
                buf[len++] = ' ';
            memcpy(buf + len, s + pos, n);
            if (n == 1 && c >= 'A' && c <= 'Z')
                buf[len] = (char)(c + ('a' - 'A'));
            len += n;
        }
        pending_space = 0;
        pos += n;
    }
    if (too_long)
        return mh_fail(db, MLHEAD_INVALID, "%s is longer than %zu bytes", what, max);
    if (len == 0)
        return mh_fail(db, MLHEAD_EMPTY, "%s is empty", what);
    buf[len] = '\0';
    *out_len = len;
    return MLHEAD_OK;
}

int mh_fold(mlhead *db, const char *what, const char *in, struct mh_name *out)
{
    return mh_fold_into(db, what, in, out->text, MLHEAD_NAME_MAX, &out->len);
}

/* ---- the string pool ---- */

struct mh_chunk {
    struct mh_chunk *next;
    size_t used, size;
    char data[];
};

#define MH_CHUNK_SIZE 8192

size_t mh_hash(const char *s, size_t len)
{
    size_t h = 2166136261u, i; /* FNV-1a */
    for (i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static char *pool_alloc(struct mh_pool *pool, size_t size)
{
    struct mh_chunk *c = pool->chunks;
    if (!c || c->size - c->used < size) {
        size_t want = size > MH_CHUNK_SIZE ? size : MH_CHUNK_SIZE;
        c = malloc(sizeof *c + want);
        if (!c)
            return NULL;
        c->size = want;
        c->used = 0;
        c->next = pool->chunks;
        pool->chunks = c;
    }
    c->used += size;
    return c->data + c->used - size;
}

static int pool_grow(struct mh_pool *pool)
{
    size_t cap = pool->cap ? pool->cap * 2 : 256, i;
    char **slots = calloc(cap, sizeof *slots);
    if (!slots)
        return 0;
    for (i = 0; i < pool->cap; i++) {
        char *s = pool->slots[i];
        if (s) {
            size_t j = mh_hash(s, strlen(s)) & (cap - 1);
            while (slots[j])
                j = (j + 1) & (cap - 1);
            slots[j] = s;
        }
    }
    free(pool->slots);
    pool->slots = slots;
    pool->cap = cap;
    return 1;
}

const char *mh_intern(struct mh_pool *pool, const char *s, size_t len)
{
    size_t i;
    char *copy;
    if ((pool->used + 1) * 4 > pool->cap * 3 && !pool_grow(pool))
        return NULL;
    for (i = mh_hash(s, len) & (pool->cap - 1); pool->slots[i]; i = (i + 1) & (pool->cap - 1)) {
        if (strncmp(pool->slots[i], s, len) == 0 && pool->slots[i][len] == '\0')
            return pool->slots[i];
    }
    copy = pool_alloc(pool, len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, len);
    copy[len] = '\0';
    pool->slots[i] = copy;
    pool->used++;
    return copy;
}

/* A copy that is not shared: for text made per call (search snippets),
 * which interning would keep until close, one copy per distinct query. */
const char *mh_copy(struct mh_pool *pool, const char *s, size_t len)
{
    char *copy = pool_alloc(pool, len + 1);
    if (copy) {
        memcpy(copy, s, len);
        copy[len] = '\0';
    }
    return copy;
}

void mh_pool_free(struct mh_pool *pool)
{
    struct mh_chunk *c = pool->chunks;
    while (c) {
        struct mh_chunk *next = c->next;
        free(c);
        c = next;
    }
    free(pool->slots);
    memset(pool, 0, sizeof *pool);
}
