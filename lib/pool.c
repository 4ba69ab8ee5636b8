/* pool.c - the string pool: every text a result points to, interned until the pool is freed */
/*
 * The ground floor: it knows no handle.  Strings live in chunks that are
 * never moved, so a pointer handed out stays valid until mh_pool_free().
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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
        if (want > (size_t)-1 - sizeof *c)
            return NULL;
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
    size_t cap, i;
    char **slots;
    if (!mh_size_mul(pool->cap ? pool->cap : 128, 2, &cap))
        return 0;
    slots = calloc(cap, sizeof *slots);
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
    copy = len < (size_t)-1 ? pool_alloc(pool, len + 1) : NULL;
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
    char *copy = len < (size_t)-1 ? pool_alloc(pool, len + 1) : NULL;
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
