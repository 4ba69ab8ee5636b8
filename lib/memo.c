/* memo.c - answers to name lookups, kept per handle */
/*
 * The data never changes under an open handle, so an answer found once
 * (a row, "not found" or "no data") is the answer for good.  The memo is a
 * small open-addressing table keyed by (statement, folded name); it stops
 * taking new names at MH_MEMO_MAX, so a stream of distinct unknown names
 * cannot grow a handle without bound.  Failing to remember (no memory) only
 * costs speed, never an answer.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MH_MEMO_MAX 512 /* entries; the table is at most twice that */

union mh_memo_value {
    mlhead_role role;
    mlhead_salary salary;
};

struct mh_memo_entry {
    const char *key; /* in the handle's pool; NULL = empty slot */
    size_t hash;
    int id;
    int status;
    union mh_memo_value value;
};

struct mh_memo {
    struct mh_memo_entry *slots;
    size_t cap, used;
};

static size_t key_hash(int id, const struct mh_name *key)
{
    return mh_hash(key->text, key->len) ^ ((size_t)id * 0x9e3779b9u);
}

static struct mh_memo_entry *slot_for(const struct mh_memo *m, int id, size_t hash,
                                      const struct mh_name *key)
{
    size_t i = hash & (m->cap - 1);
    while (m->slots[i].key && !(m->slots[i].hash == hash && m->slots[i].id == id &&
                                strcmp(m->slots[i].key, key->text) == 0))
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

static int grow(struct mh_memo *m)
{
    size_t cap = m->cap ? m->cap * 2 : 32, i;
    struct mh_memo_entry *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return 0;
    for (i = 0; i < m->cap; i++) {
        if (m->slots[i].key) {
            size_t j = m->slots[i].hash & (cap - 1);
            while (slots[j].key)
                j = (j + 1) & (cap - 1);
            slots[j] = m->slots[i];
        }
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 1;
}

static void remember(mlhead *db, int id, size_t hash, const struct mh_name *key, const void *value,
                     size_t size, int status)
{
    struct mh_memo *m = db->memo;
    struct mh_memo_entry *e;
    if (size > sizeof e->value)
        return;
    if (!m && !(m = db->memo = calloc(1, sizeof *m)))
        return;
    if (m->used >= MH_MEMO_MAX || ((m->used + 1) * 2 > m->cap && !grow(m)))
        return;
    e = slot_for(m, id, hash, key);
    if (e->key || !(e->key = mh_intern(&db->pool, key->text, key->len)))
        return;
    e->hash = hash;
    e->id = id;
    e->status = status;
    memcpy(&e->value, value, size);
    m->used++;
}

int mh_cached_row(mlhead *db, enum mh_stmt id, const char *sql, mh_row_fn read, int arg,
                  const char *name, void *out, size_t size, struct mh_name *key)
{
    struct mh_memo_entry *e;
    sqlite3_stmt *st;
    size_t hash;
    int status;
    key->len = 0;
    key->typed = NULL;
    key->text[0] = '\0';
    if (out)
        memset(out, 0, size);
    if (!db)
        return MLHEAD_INVALID;
    if (!out)
        return mh_fail_arg(db, arg + 1, MLHEAD_INVALID, "out is NULL");
    status = mh_fold(db, arg, "role", name, key);
    if (status != MLHEAD_OK)
        return status;
    hash = key_hash((int)id, key);
    if (db->memo && db->memo->cap && (e = slot_for(db->memo, (int)id, hash, key))->key) {
        memcpy(out, &e->value, size);
        return e->status;
    }
    status = mh_stmt(db, id, sql, &st);
    if (status == MLHEAD_OK)
        status = mh_bind_name(db, st, 1, key);
    if (status == MLHEAD_OK)
        status = mh_row(db, st, read, out, size);
    if (status == MLHEAD_OK || status == MLHEAD_NOT_FOUND || status == MLHEAD_NO_DATA)
        remember(db, (int)id, hash, key, out, size, status);
    return status;
}

void mh_memo_free(struct mh_memo *memo)
{
    if (memo)
        free(memo->slots);
    free(memo);
}
