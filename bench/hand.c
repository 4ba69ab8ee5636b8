/*
 * hand.c - a salary band by role name (and a search), written by hand the ways a user of
 * SQLite would, to set the library against:
 *
 *   (a) one prepared statement, bound, stepped and reset on every call:
 *       the best a hand-written caller does;
 *   (b) prepare, step and finalize on every call: the usual way;
 *   (c) a plain C hash table filled once from the same rows: the floor,
 *       what no query can beat.
 *
 * Each reads the same columns the library returns and reduces a band with
 * bench_salary_value() (a search to its number of hits), so the table can
 * check that all of them agree.  Full-text search has (a) and (b) too,
 * and opening a file by path has (a): what 1.0's open did, by hand.
 * Matching ignores ASCII case, as the library's does; only the library
 * also folds white space and checks UTF-8.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bench.h"

/* mlhead_search()'s ranking of one word ?1: its tier (the word starting
 * the text, the word whole, only its prefix), then the rowid (the build
 * stores the rows shortest first, then by line). */
#define HAND_TIER                                                                                  \
    "CASE WHEN rowid IN (SELECT rowid FROM search"                                                 \
    "  WHERE search MATCH '{text terms} : (^\"' || ?1 || '\")') THEN 0"                            \
    " WHEN rowid IN (SELECT rowid FROM search"                                                     \
    "  WHERE search MATCH '{text terms} : (\"' || ?1 || '\")') THEN 1 ELSE 3 END"

/* The questions the library answers, as a user would write them, reading
 * the same columns as the library does.  ?1 is the name or the word. */
static const char *const hand_sql[HAND_QUESTIONS] = {
    [HAND_SALARY] =
        "SELECT b.min_usd, b.min_bound, b.max_usd, b.max_bound, b.avg_usd, b.avg_bound,"
        " b.avg_high_usd, r.title, b.label, b.market, b.currency, b.period, b.year, b.line"
        " FROM role r JOIN salary_band_role br ON br.role_id = r.id"
        " JOIN salary_band b ON b.id = br.band_id"
        " WHERE r.id = (SELECT id FROM role WHERE title = ?1"
        "  UNION ALL SELECT role_id FROM role_alias WHERE alias = ?1 LIMIT 1)",
    [HAND_ROLE] = "SELECT r.title, r.slug, t.slug, t.title, s.slug, r.line, r.level FROM role r"
                  " LEFT JOIN track t ON t.id = r.track_id JOIN section s ON s.id = r.section_id"
                  " WHERE r.id = (SELECT id FROM role WHERE title = ?1"
                  "  UNION ALL SELECT role_id FROM role_alias WHERE alias = ?1 LIMIT 1)",
    [HAND_PRACTICES] =
        "SELECT s.slug, p.title, c.title, i.term, i.text, i.position, i.line FROM item i"
        " JOIN category c ON c.id = i.category_id LEFT JOIN category p ON p.id = c.parent_id"
        " JOIN section s ON s.id = c.section_id WHERE s.slug = 'best-practices'"
        " AND (c.slug = ?1 OR c.title = ?1 OR p.slug = ?1 OR p.title = ?1) ORDER BY i.line",
    [HAND_SEARCH] = "SELECT section, category, text, snippet(search, 0, '[', ']', '...', 12),"
                    " kind, 1e6 * " HAND_TIER " + length(text) + length(terms), line"
                    " FROM search WHERE search MATCH '{text terms} : (\"' || ?1 || '\"*)'"
                    " ORDER BY " HAND_TIER ", rowid LIMIT 20",
};

/* How many text columns each answer starts with (the rest are numbers). */
static const int hand_texts[HAND_QUESTIONS] = {
    [HAND_SALARY] = 0, [HAND_ROLE] = 5, [HAND_PRACTICES] = 5, [HAND_SEARCH] = 4};

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
    sqlite3_stmt *stmt[HAND_QUESTIONS];
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

/* The strings a user reads with the figures: not copied, only touched. */
static uint64_t touch_texts(sqlite3_stmt *st, int from, int to)
{
    uint64_t sum = 0;
    int col;
    for (col = from; col < to; col++) {
        const unsigned char *text = sqlite3_column_text(st, col);
        sum += text ? text[0] : 0;
    }
    return sum;
}

/* Reads every column of the current row past its texts as a number. */
static uint64_t touch_numbers(sqlite3_stmt *st, int from)
{
    uint64_t sum = 0;
    int col, n = sqlite3_column_count(st);
    for (col = from; col < n; col++)
        sum += (uint64_t)sqlite3_column_int64(st, col);
    return sum;
}

/* Steps a bound statement: a band's value, a role's line, or the number
 * of rows of a list, the way the library reduces its answers. */
static uint64_t step(sqlite3_stmt *st, enum hand_question q)
{
    uint64_t value = 0, sum = 0;
    if (q == HAND_SALARY || q == HAND_ROLE) {
        value = BENCH_NOT_FOUND + MLHEAD_NOT_FOUND;
        if (sqlite3_step(st) != SQLITE_ROW) {
            /* no such role */
        } else if (q == HAND_SALARY) {
            value = band_at(st, 0);
            sum = touch_texts(st, 7, 12) + (uint64_t)sqlite3_column_int(st, 12) +
                  (uint64_t)sqlite3_column_int(st, 13);
        } else {
            value = (uint64_t)sqlite3_column_int(st, 5);
            sum = touch_texts(st, 0, hand_texts[q]) + touch_numbers(st, hand_texts[q]);
        }
    } else {
        while (sqlite3_step(st) == SQLITE_ROW) {
            value++;
            sum += touch_texts(st, 0, hand_texts[q]) + touch_numbers(st, hand_texts[q]);
        }
    }
    bench_sink += sum;
    return value;
}

uint64_t hand_prepared(struct hand *h, enum hand_question q, const char *arg)
{
    uint64_t value;
    sqlite3_bind_text(h->stmt[q], 1, arg, -1, SQLITE_STATIC);
    value = step(h->stmt[q], q);
    sqlite3_reset(h->stmt[q]);
    return value;
}

/* Prepares, binds, steps and finalizes one statement on a connection. */
static uint64_t oneshot(sqlite3 *db, enum hand_question q, const char *arg)
{
    sqlite3_stmt *st;
    uint64_t value;
    if (sqlite3_prepare_v2(db, hand_sql[q], -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    value = step(st, q);
    sqlite3_finalize(st);
    return value;
}

uint64_t hand_oneshot(struct hand *h, enum hand_question q, const char *arg)
{
    return oneshot(h->db, q, arg);
}

uint64_t hand_open_first(const char *path, enum hand_question q, const char *arg)
{
    sqlite3 *db;
    uint64_t value = 0;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
        value = oneshot(db, q, arg);
    sqlite3_close(db);
    return value;
}

/* The one integer a query (a PRAGMA) answers; -1 when it fails. */
static sqlite3_int64 one_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    sqlite3_int64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

/* 1.0's hardening of a connection to a file from anywhere. */
static int harden(sqlite3 *db)
{
    static const int limits[][2] = {
        {SQLITE_LIMIT_LENGTH, 1000000},    {SQLITE_LIMIT_SQL_LENGTH, 100000},
        {SQLITE_LIMIT_COLUMN, 100},        {SQLITE_LIMIT_EXPR_DEPTH, 100},
        {SQLITE_LIMIT_COMPOUND_SELECT, 8}, {SQLITE_LIMIT_ATTACHED, 0},
        {SQLITE_LIMIT_FUNCTION_ARG, 8},    {SQLITE_LIMIT_TRIGGER_DEPTH, 1}};
    size_t i;
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL) != SQLITE_OK)
        return -1;
    for (i = 0; i < sizeof limits / sizeof *limits; i++)
        sqlite3_limit(db, limits[i][0], limits[i][1]);
    return 0;
}

/* quick_check(1): 0 when it answers "ok". */
static int quick_check(sqlite3 *db)
{
    sqlite3_stmt *st;
    int bad = 1;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        bad = strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0;
    sqlite3_finalize(st);
    return bad;
}

uint64_t hand_open_1_0(const char *path)
{
    sqlite3 *db = NULL;
    struct stat sb;
    char *name;
    uint64_t failed = 1;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return failed;
    /* "./" keeps a relative name a file name, never a URI or ":memory:" */
    name = path[0] == '/' ? sqlite3_mprintf("%s", path) : sqlite3_mprintf("./%s", path);
    if (name &&
        sqlite3_open_v2(name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK &&
        harden(db) == 0 && one_int(db, "PRAGMA application_id") == 0x4D4C4844 &&
        one_int(db, "PRAGMA user_version") == MLHEAD_SCHEMA_VERSION &&
        one_int(db, "PRAGMA page_count") * one_int(db, "PRAGMA page_size") ==
            (sqlite3_int64)sb.st_size &&
        quick_check(db) == 0 &&
        sqlite3_exec(db, "PRAGMA cache_size = -512", NULL, NULL, NULL) == SQLITE_OK)
        failed = 0;
    sqlite3_free(name);
    sqlite3_close(db);
    return failed;
}

size_t hand_file_roles(const char *path)
{
    sqlite3 *db;
    sqlite3_int64 roles = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
        roles = one_int(db, "SELECT count(*) FROM role");
    sqlite3_close(db);
    return roles < 0 ? 0 : (size_t)roles;
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
    int rc = sqlite3_prepare_v2(h->db,
                                "SELECT (SELECT count(*) FROM role),"
                                " (SELECT count(*) FROM role_alias)",
                                -1, &st, NULL);
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
        struct slot *s =
            slot_of(h, (const char *)sqlite3_column_text(st, 0), folded, sizeof folded);
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
    int q, rc = sqlite3_open_v2(path, &h->db, SQLITE_OPEN_READONLY, NULL);
    for (q = 0; q < HAND_QUESTIONS && rc == SQLITE_OK; q++)
        rc = sqlite3_prepare_v3(h->db, hand_sql[q], -1, SQLITE_PREPARE_PERSISTENT, &h->stmt[q],
                                NULL);
    if (rc != SQLITE_OK || fill_floor(h) != 0) {
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
    for (i = 0; i < HAND_QUESTIONS; i++)
        sqlite3_finalize(h->stmt[i]);
    sqlite3_close(h->db);
    free(h);
}
