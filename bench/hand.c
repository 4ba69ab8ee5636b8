/*
 * hand.c - a salary band by role name, written by hand the ways a user of
 * SQLite would, to set the library against:
 *
 *   (a) one prepared statement, bound, stepped and reset on every call:
 *       the best a hand-written caller does;
 *   (b) prepare, step and finalize on every call: the usual way;
 *   (c) a plain C hash table filled once from the same rows: the floor,
 *       what no query can beat.
 *
 * Each reads the same figures the library returns and reduces them with
 * bench_salary_value(), so the table can check that all of them agree.
 * Matching ignores ASCII case, as the library's does; only the library
 * also folds white space and checks UTF-8.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

/* The question the library answers, as a user would write it. */
static const char salary_sql[] =
    "SELECT b.min_usd, b.min_bound, b.max_usd, b.max_bound, b.avg_usd, b.avg_bound,"
    " b.avg_high_usd FROM role r"
    " JOIN salary_band_role br ON br.role_id = r.id"
    " JOIN salary_band b ON b.id = br.band_id"
    " WHERE r.id = (SELECT id FROM role WHERE title = ?1"
    "  UNION ALL SELECT role_id FROM role_alias WHERE alias = ?1 LIMIT 1)";

/* Every name that finds a role with a band, and that band. */
static const char names_sql[] =
    "SELECT n.name, b.min_usd, b.min_bound, b.max_usd, b.max_bound, b.avg_usd, b.avg_bound,"
    " b.avg_high_usd FROM (SELECT title AS name, id FROM role"
    "  UNION ALL SELECT alias, role_id FROM role_alias) n"
    " JOIN salary_band_role br ON br.role_id = n.id"
    " JOIN salary_band b ON b.id = br.band_id";

struct slot {
    char *name; /* lower case; NULL = empty */
    uint64_t value;
};

struct hand {
    sqlite3 *db;
    sqlite3_stmt *salary;
    struct slot *slots;
    size_t cap; /* power of two */
    size_t roles;
};

size_t hand_roles(const struct hand *h)
{
    return h->roles;
}

uint64_t bench_salary_value(int status, const mlhead_salary *s)
{
    if (status != MLHEAD_OK)
        return BENCH_NOT_FOUND + (uint64_t)status;
    return (uint64_t)(s->min.usd * 3 + s->max.usd * 5 + s->avg.usd * 7 + s->avg_high.usd * 11) +
           (uint64_t)(s->min.bound + 3 * s->max.bound + 9 * s->avg.bound);
}

static mlhead_bound bound_of(const unsigned char *text)
{
    if (text && strcmp((const char *)text, "exact") == 0)
        return MLHEAD_EXACT;
    if (text && strcmp((const char *)text, "at_least") == 0)
        return MLHEAD_AT_LEAST;
    return MLHEAD_UNKNOWN;
}

static mlhead_figure figure_at(sqlite3_stmt *st, int col)
{
    mlhead_figure f;
    f.bound = bound_of(sqlite3_column_text(st, col + 1));
    f.usd = f.bound == MLHEAD_UNKNOWN ? -1 : sqlite3_column_int64(st, col);
    return f;
}

/* Reads a band whose first figure is column col. */
static uint64_t band_at(sqlite3_stmt *st, int col)
{
    mlhead_salary s;
    memset(&s, 0, sizeof s);
    s.min = figure_at(st, col);
    s.max = figure_at(st, col + 2);
    s.avg = figure_at(st, col + 4);
    s.avg_high.bound = MLHEAD_UNKNOWN;
    s.avg_high.usd = -1;
    if (sqlite3_column_type(st, col + 6) != SQLITE_NULL) {
        s.avg_high.bound = MLHEAD_EXACT;
        s.avg_high.usd = sqlite3_column_int64(st, col + 6);
        s.avg_is_range = 1;
    }
    return bench_salary_value(MLHEAD_OK, &s);
}

static uint64_t step_band(sqlite3_stmt *st, const char *role)
{
    uint64_t value = BENCH_NOT_FOUND + MLHEAD_NOT_FOUND;
    sqlite3_bind_text(st, 1, role, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        value = band_at(st, 0);
    return value;
}

uint64_t hand_salary_prepared(struct hand *h, const char *role)
{
    uint64_t value = step_band(h->salary, role);
    sqlite3_reset(h->salary);
    return value;
}

uint64_t hand_salary_oneshot(struct hand *h, const char *role)
{
    sqlite3_stmt *st;
    uint64_t value;
    if (sqlite3_prepare_v2(h->db, salary_sql, -1, &st, NULL) != SQLITE_OK)
        return 0;
    value = step_band(st, role);
    sqlite3_finalize(st);
    return value;
}

/* FNV-1a over the lower-cased name, which it also writes to out. */
static size_t fold_hash(const char *name, char *out, size_t size)
{
    size_t h = 2166136261u, i;
    for (i = 0; name[i] && i + 1 < size; i++) {
        char c = name[i];
        out[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        h = (h ^ (unsigned char)out[i]) * 16777619u;
    }
    out[i] = '\0';
    return h;
}

static struct slot *slot_of(const struct hand *h, const char *name, char *folded, size_t size)
{
    size_t i = fold_hash(name, folded, size) & (h->cap - 1);
    while (h->slots[i].name && strcmp(h->slots[i].name, folded) != 0)
        i = (i + 1) & (h->cap - 1);
    return &h->slots[i];
}

uint64_t hand_salary_floor(struct hand *h, const char *role)
{
    char folded[MLHEAD_NAME_MAX + 1];
    const struct slot *s = slot_of(h, role, folded, sizeof folded);
    return s->name ? s->value : BENCH_NOT_FOUND + MLHEAD_NOT_FOUND;
}

static int fill_floor(struct hand *h)
{
    char folded[MLHEAD_NAME_MAX + 1];
    sqlite3_stmt *st;
    sqlite3_int64 names = 0;
    int rc = sqlite3_prepare_v2(h->db, "SELECT (SELECT count(*) FROM role),"
                                       " (SELECT count(*) FROM role_alias)", -1, &st, NULL);
    if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        h->roles = (size_t)sqlite3_column_int64(st, 0);
        names = sqlite3_column_int64(st, 0) + sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    for (h->cap = 16; h->cap < (size_t)names * 2; h->cap *= 2)
        ;
    if (!(h->slots = calloc(h->cap, sizeof *h->slots)))
        return -1;
    if (sqlite3_prepare_v2(h->db, names_sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct slot *s = slot_of(h, (const char *)sqlite3_column_text(st, 0), folded,
                                 sizeof folded);
        if (!s->name && !(s->name = strdup(folded)))
            break;
        s->value = band_at(st, 1);
    }
    return sqlite3_finalize(st) == SQLITE_OK ? 0 : -1;
}

struct hand *hand_open(const char *path)
{
    struct hand *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    if (sqlite3_open_v2(path, &h->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_prepare_v3(h->db, salary_sql, -1, SQLITE_PREPARE_PERSISTENT, &h->salary,
                           NULL) != SQLITE_OK ||
        fill_floor(h) != 0) {
        fprintf(stderr, "bench: %s: %s\n", path, sqlite3_errmsg(h->db));
        hand_close(h);
        return NULL;
    }
    return h;
}

void hand_close(struct hand *h)
{
    size_t i;
    if (!h)
        return;
    for (i = 0; i < h->cap; i++)
        free(h->slots[i].name);
    free(h->slots);
    sqlite3_finalize(h->salary);
    sqlite3_close(h->db);
    free(h);
}
