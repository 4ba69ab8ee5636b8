/*
 * ops.h - every query of the public API as one table of operations, for
 * the suites that must run "everything": fault injection, allocation
 * failures, bad databases, hostile strings, threads and the fuzzers.
 *
 * An op makes one call, with its own valid argument or with the text it is
 * given, and
 *   - checks that a failure left its output empty (a zeroed struct, or a
 *     NULL list with count 0), answering OPS_HALF_ANSWER when it did not;
 *   - folds a success's whole answer, every string and number, into a
 *     64-bit digest, so an answer given under faults or from a damaged file
 *     can be compared with the clean one.
 * Each op also carries the statuses include/mlhead.h documents for it.  No
 * cmocka here: the fuzzers include it as well.
 */
#ifndef MLHEAD_TEST_OPS_H
#define MLHEAD_TEST_OPS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mlhead.h"

/* Not a status of the library: a failed call that left output behind. */
#define OPS_HALF_ANSWER 1000

#define OPS_BIT(status) (1u << (status))
/* What every call that reads the database may answer. */
#define OPS_READS                                                                                  \
    (OPS_BIT(MLHEAD_OK) | OPS_BIT(MLHEAD_INVALID) | OPS_BIT(MLHEAD_NOMEM) |                        \
     OPS_BIT(MLHEAD_CORRUPT) | OPS_BIT(MLHEAD_SQLITE) | OPS_BIT(MLHEAD_IO))
#define OPS_NAMED (OPS_READS | OPS_BIT(MLHEAD_NOT_FOUND) | OPS_BIT(MLHEAD_EMPTY))
#define OPS_OPEN                                                                                   \
    (OPS_BIT(MLHEAD_OK) | OPS_BIT(MLHEAD_INVALID) | OPS_BIT(MLHEAD_IO) |                           \
     OPS_BIT(MLHEAD_NOT_MLHEAD) | OPS_BIT(MLHEAD_CORRUPT) | OPS_BIT(MLHEAD_NOMEM) |                \
     OPS_BIT(MLHEAD_SQLITE) | OPS_BIT(MLHEAD_BUSY))

static inline int ops_documented(unsigned statuses, int status)
{
    return status >= 0 && status < 32 && (statuses & OPS_BIT(status)) != 0;
}

/* ---- digests (FNV-1a, 64 bits) ---- */

static inline void dig_bytes(uint64_t *h, const void *p, size_t n)
{
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < n; i++)
        *h = (*h ^ b[i]) * 1099511628211u;
}

static inline void dig_int(uint64_t *h, int64_t v)
{
    dig_bytes(h, &v, sizeof v);
}

/* NULL and "" differ: NULL means "the guide gives none". */
static inline void dig_str(uint64_t *h, const char *s)
{
    if (s)
        dig_bytes(h, s, strlen(s) + 1);
    else
        dig_int(h, -1);
}

static inline void dig_role(uint64_t *h, const void *row)
{
    const mlhead_role *r = row;
    dig_str(h, r->title);
    dig_str(h, r->slug);
    dig_str(h, r->track);
    dig_str(h, r->track_title);
    dig_str(h, r->section);
    dig_int(h, r->level);
    dig_int(h, r->line);
}

static inline void dig_alias(uint64_t *h, const void *row)
{
    dig_str(h, *(const char *const *)row);
}

static inline void dig_track(uint64_t *h, const void *row)
{
    const mlhead_track *t = row;
    dig_str(h, t->slug);
    dig_str(h, t->title);
    dig_int(h, t->steps);
    dig_int(h, t->line);
}

static inline void dig_step(uint64_t *h, const void *row)
{
    const mlhead_step *s = row;
    dig_role(h, &s->role);
    dig_int(h, s->kind);
    dig_str(h, mlhead_step_kind_name((int)s->kind));
    dig_str(h, s->note);
    dig_int(h, s->line);
}

static inline void dig_figure(uint64_t *h, mlhead_figure f)
{
    dig_int(h, f.bound);
    dig_str(h, mlhead_bound_name((int)f.bound));
    dig_int(h, f.usd);
}

static inline void dig_salary(uint64_t *h, const void *row)
{
    const mlhead_salary *s = row;
    dig_str(h, s->role);
    dig_str(h, s->band);
    dig_str(h, s->market);
    dig_str(h, s->currency);
    dig_str(h, s->period);
    dig_int(h, s->year);
    dig_figure(h, s->min);
    dig_figure(h, s->max);
    dig_figure(h, s->avg);
    dig_figure(h, s->avg_high);
    dig_int(h, s->avg_is_range);
    dig_int(h, s->line);
}

static inline void dig_section(uint64_t *h, const void *row)
{
    const mlhead_section *s = row;
    dig_str(h, s->slug);
    dig_str(h, s->title);
    dig_int(h, s->position);
    dig_int(h, s->items);
    dig_int(h, s->line);
}

static inline void dig_category(uint64_t *h, const void *row)
{
    const mlhead_category *c = row;
    dig_str(h, c->section);
    dig_str(h, c->slug);
    dig_str(h, c->title);
    dig_str(h, c->group);
    dig_int(h, c->position);
    dig_int(h, c->items);
    dig_int(h, c->line);
}

static inline void dig_item(uint64_t *h, const void *row)
{
    const mlhead_item *it = row;
    dig_str(h, it->section);
    dig_str(h, it->group);
    dig_str(h, it->category);
    dig_str(h, it->term);
    dig_str(h, it->text);
    dig_int(h, it->position);
    dig_int(h, it->line);
}

static inline void dig_stat(uint64_t *h, const void *row)
{
    const mlhead_stat *s = row;
    dig_str(h, s->slug);
    dig_bytes(h, &s->value, sizeof s->value);
    dig_int(h, s->unit);
    dig_str(h, mlhead_unit_name((int)s->unit));
    dig_str(h, s->basis);
    dig_str(h, s->period);
    dig_str(h, s->source);
    dig_str(h, s->qualifier);
    dig_str(h, s->text);
    dig_int(h, s->line);
}

static inline void dig_section_text(uint64_t *h, const void *row)
{
    const mlhead_section_text *t = row;
    dig_str(h, t->section);
    dig_str(h, t->title);
    dig_str(h, t->intro);
    dig_int(h, t->intro_line);
    dig_str(h, t->closing);
    dig_int(h, t->closing_line);
}

static inline void dig_edition(uint64_t *h, const void *row)
{
    const mlhead_edition *e = row;
    dig_str(h, e->title);
    dig_str(h, e->source);
    dig_str(h, e->edition);
    dig_str(h, e->market);
    dig_str(h, e->currency);
    dig_int(h, e->year);
    dig_int(h, e->schema_version);
}

static inline void dig_hit(uint64_t *h, const void *row)
{
    const mlhead_hit *x = row;
    dig_int(h, x->kind);
    dig_str(h, mlhead_hit_kind_name((int)x->kind));
    dig_str(h, x->section);
    dig_str(h, x->category);
    dig_str(h, x->text);
    /* Only whether there is a snippet: FTS5's snippet() that fails to
     * allocate while it scores fragments picks another fragment of the
     * same text and says nothing (seen under test_faults). */
    dig_int(h, x->snippet != NULL);
    dig_bytes(h, &x->rank, sizeof x->rank);
    dig_int(h, x->line);
}

typedef void (*dig_fn)(uint64_t *h, const void *row);

/* ---- the two shapes of answer ---- */

/* What a list pointer holds before the call: a call that fails and leaves
 * it there has not emptied its output. */
static char ops_untouched_list;
#define OPS_UNTOUCHED ((void *)&ops_untouched_list)

static inline int ops_list(int status, void *list, size_t count, size_t size, dig_fn dig,
                           uint64_t *h)
{
    size_t i;
    if (list == OPS_UNTOUCHED)
        return OPS_HALF_ANSWER;
    if (status != MLHEAD_OK) {
        if (list || count)
            status = OPS_HALF_ANSWER;
    } else {
        dig_int(h, (int64_t)count);
        for (i = 0; i < count; i++)
            dig(h, (const char *)list + i * size);
    }
    if (status != OPS_HALF_ANSWER)
        mlhead_free(list);
    return status;
}

static inline int ops_one(int status, const void *row, size_t size, dig_fn dig, uint64_t *h)
{
    static const unsigned char zero[sizeof(mlhead_salary)]; /* the largest row */
    if (status != MLHEAD_OK)
        return size <= sizeof zero && memcmp(row, zero, size) == 0 ? status : OPS_HALF_ANSWER;
    dig(h, row);
    return status;
}

/* An op's call, with the variables every list call needs. */
#define OPS_LIST_CALL(type, dig, call)                                                             \
    do {                                                                                           \
        type *out = OPS_UNTOUCHED;                                                                 \
        size_t count = 99;                                                                         \
        int status = (call); /* before out and count are read */                                   \
        return ops_list(status, (void *)out, count, sizeof *out, dig, h);                          \
    } while (0)
#define OPS_ONE_CALL(type, dig, call)                                                              \
    do {                                                                                           \
        type out;                                                                                  \
        int status;                                                                                \
        memset(&out, 0x5a, sizeof out);                                                            \
        status = (call);                                                                           \
        return ops_one(status, &out, sizeof out, dig, h);                                          \
    } while (0)

/* ---- the ops ---- */

static inline int op_edition(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_ONE_CALL(mlhead_edition, dig_edition, mlhead_edition_get(db, &out));
}
static inline int op_role_find(mlhead *db, const char *a, uint64_t *h)
{
    OPS_ONE_CALL(mlhead_role, dig_role, mlhead_role_find(db, a, &out));
}
static inline int op_role_list(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_role, dig_role, mlhead_role_list(db, a, &out, &count));
}
static inline int op_role_aliases(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(const char *, dig_alias, mlhead_role_aliases(db, a, &out, &count));
}
static inline int op_track_list(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_LIST_CALL(mlhead_track, dig_track, mlhead_track_list(db, &out, &count));
}
static inline int op_next_roles(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_step, dig_step, mlhead_next_roles(db, a, &out, &count));
}
static inline int op_path_from(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_role, dig_role, mlhead_path(db, a, "Head of AI", &out, &count));
}
static inline int op_path_to(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_role, dig_role, mlhead_path(db, "ML Engineer", a, &out, &count));
}
static inline void dig_reach(uint64_t *h, const void *row)
{
    const mlhead_reach *r = row;
    dig_role(h, &r->role);
    dig_int(h, r->distance);
}
static inline void dig_edge(uint64_t *h, const void *row)
{
    const mlhead_edge *e = row;
    dig_role(h, &e->from);
    dig_role(h, &e->to);
    dig_int(h, e->kind);
    dig_str(h, e->note);
    dig_int(h, e->line);
}
static inline void dig_role_name(uint64_t *h, const void *row)
{
    const mlhead_role_name *n = row;
    dig_str(h, n->name);
    dig_int(h, n->kind);
    dig_role(h, &n->role);
}
static inline int op_path_steps_from(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_step, dig_step, mlhead_path_steps(db, a, "head-of-ai", &out, &count));
}
static inline int op_path_steps_to(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_step, dig_step, mlhead_path_steps(db, "MLE", a, &out, &count));
}
static inline int op_prev_roles(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_step, dig_step, mlhead_prev_roles(db, a, &out, &count));
}
static inline int op_reachable(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_reach, dig_reach, mlhead_reachable(db, a, &out, &count));
}
static inline int op_step_list(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_LIST_CALL(mlhead_edge, dig_edge, mlhead_step_list(db, &out, &count));
}
static inline int op_role_names(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_LIST_CALL(mlhead_role_name, dig_role_name, mlhead_role_names(db, &out, &count));
}
static inline void dig_role_match(uint64_t *h, const void *row)
{
    const mlhead_role_match_hit *m = row;
    dig_role(h, &m->role);
    dig_bytes(h, &m->score, sizeof m->score);
    dig_int(h, m->matched);
    dig_str(h, m->name);
}
static inline void dig_match(uint64_t *h, const void *row)
{
    const mlhead_match_hit *m = row;
    dig_str(h, m->slug);
    dig_str(h, m->title);
    dig_str(h, m->section);
    dig_bytes(h, &m->score, sizeof m->score);
    dig_int(h, m->matched);
    dig_str(h, m->name);
}
static inline int op_role_match(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_role_match_hit, dig_role_match, mlhead_role_match(db, a, 5, &out, &count));
}
static inline int op_match_heading(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_match_hit, dig_match,
                  mlhead_match(db, MLHEAD_MATCH_CATEGORY, a, 5, &out, &count));
}
static inline int op_salary_range(mlhead *db, const char *a, uint64_t *h)
{
    OPS_ONE_CALL(mlhead_salary, dig_salary, mlhead_salary_range(db, a, &out));
}
/* A band's offer: the comparison needs the band, so the op reads it too. */
static inline void dig_offer(uint64_t *h, const void *row)
{
    const mlhead_offer *o = row;
    dig_int(h, o->usd);
    dig_int(h, o->range);
    dig_int(h, o->average);
}
static inline int op_salary_compare(mlhead *db, const char *a, uint64_t *h)
{
    mlhead_salary band;
    mlhead_offer out;
    char text[16];
    int status = mlhead_salary_range(db, a, &band);
    memset(&out, 0, sizeof out);
    if (status == MLHEAD_OK)
        status = mlhead_salary_compare(&band, 300000, &out);
    if (status == MLHEAD_OK && mlhead_figure_format(band.max, text, sizeof text) < 0)
        status = MLHEAD_INVALID;
    if (status == MLHEAD_OK)
        dig_str(h, text);
    return ops_one(status, &out, sizeof out, dig_offer, h);
}
static inline int op_salary_list(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_LIST_CALL(mlhead_salary, dig_salary, mlhead_salary_list(db, &out, &count));
}
static inline int op_section_list(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_LIST_CALL(mlhead_section, dig_section, mlhead_section_list(db, &out, &count));
}
static inline int op_category_list(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_category, dig_category, mlhead_category_list(db, a, &out, &count));
}
static inline int op_items_of_section(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_item, dig_item, mlhead_item_list(db, a, NULL, &out, &count));
}
static inline int op_items_of_heading(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_item, dig_item, mlhead_item_list(db, "challenges", a, &out, &count));
}
static inline int op_best_practices(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_item, dig_item, mlhead_best_practices(db, a, &out, &count));
}
static inline int op_section_text(mlhead *db, const char *a, uint64_t *h)
{
    OPS_ONE_CALL(mlhead_section_text, dig_section_text, mlhead_section_text_get(db, a, &out));
}
static inline int op_stat_list(mlhead *db, const char *a, uint64_t *h)
{
    (void)a;
    OPS_LIST_CALL(mlhead_stat, dig_stat, mlhead_stat_list(db, &out, &count));
}

static inline int op_search(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_hit, dig_hit, mlhead_search(db, a, 0, &out, &count));
}
static inline int op_search_raw(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_hit, dig_hit, mlhead_search_raw(db, a, 5, &out, &count));
}

static inline int op_search_in_query(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_hit, dig_hit, mlhead_search_in(db, a, "challenges", 0, &out, &count));
}
static inline int op_search_in_section(mlhead *db, const char *a, uint64_t *h)
{
    OPS_LIST_CALL(mlhead_hit, dig_hit, mlhead_search_in(db, "ai", a, 0, &out, &count));
}

typedef int (*op_fn)(mlhead *db, const char *arg, uint64_t *digest);

struct op {
    const char *name;
    op_fn run;
    const char *arg;   /* its valid argument; NULL when it takes no text */
    unsigned statuses; /* what the header documents it may answer */
    unsigned unknown;  /* what valid text that names nothing gets */
    int arg_no;        /* arg's place among the call's parameters (db = 1):
                          what mlhead_errarg() says when arg is the fault */
};

/* Every query, each with an argument that finds something; the ones that
 * take a text (arg not NULL) are those the hostile strings and the name
 * fuzzer are fed to. */
static const struct op ops[] = {
    {"mlhead_edition_get", op_edition, NULL, OPS_READS, 0, 0},
    {"mlhead_role_find", op_role_find, "Head of ML", OPS_NAMED, OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_role_list", op_role_list, "ml-engineering", OPS_NAMED, OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_role_aliases", op_role_aliases, "Head of Machine Learning", OPS_NAMED,
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_track_list", op_track_list, NULL, OPS_READS, 0, 0},
    {"mlhead_next_roles", op_next_roles, "Junior ML Engineer", OPS_NAMED, OPS_BIT(MLHEAD_NOT_FOUND),
     2},
    {"mlhead_path (from)", op_path_from, "ML Engineer", OPS_NAMED | OPS_BIT(MLHEAD_NO_PATH),
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_path (to)", op_path_to, "Head of AI", OPS_NAMED | OPS_BIT(MLHEAD_NO_PATH),
     OPS_BIT(MLHEAD_NOT_FOUND), 3},
    {"mlhead_path_steps (from)", op_path_steps_from, "machine-learning-engineer",
     OPS_NAMED | OPS_BIT(MLHEAD_NO_PATH), OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_path_steps (to)", op_path_steps_to, "Head of AI", OPS_NAMED | OPS_BIT(MLHEAD_NO_PATH),
     OPS_BIT(MLHEAD_NOT_FOUND), 3},
    {"mlhead_prev_roles", op_prev_roles, "Head of AI", OPS_NAMED, OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_reachable", op_reachable, "Junior ML Engineer", OPS_NAMED, OPS_BIT(MLHEAD_NOT_FOUND),
     2},
    {"mlhead_step_list", op_step_list, NULL, OPS_READS, 0, 0},
    {"mlhead_role_names", op_role_names, NULL, OPS_READS, 0, 0},
    {"mlhead_role_match", op_role_match, "hd of machin lerning", OPS_READS | OPS_BIT(MLHEAD_EMPTY),
     OPS_BIT(MLHEAD_OK), 2},
    {"mlhead_match (heading)", op_match_heading, "efective comunication",
     OPS_READS | OPS_BIT(MLHEAD_EMPTY), OPS_BIT(MLHEAD_OK), 3},
    {"mlhead_salary_range", op_salary_range, "CDO", OPS_NAMED | OPS_BIT(MLHEAD_NO_DATA),
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_salary_compare", op_salary_compare, "CDO", OPS_NAMED | OPS_BIT(MLHEAD_NO_DATA),
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_salary_list", op_salary_list, NULL, OPS_READS, 0, 0},
    {"mlhead_section_list", op_section_list, NULL, OPS_READS, 0, 0},
    {"mlhead_category_list", op_category_list, "challenges", OPS_NAMED, OPS_BIT(MLHEAD_NOT_FOUND),
     2},
    {"mlhead_item_list (section)", op_items_of_section, "Best Practices", OPS_NAMED,
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_item_list (heading)", op_items_of_heading, "Technical Challenges", OPS_NAMED,
     OPS_BIT(MLHEAD_NOT_FOUND), 3},
    {"mlhead_best_practices", op_best_practices, "Effective Communication", OPS_NAMED,
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_section_text_get", op_section_text, "Common Challenges", OPS_NAMED,
     OPS_BIT(MLHEAD_NOT_FOUND), 2},
    {"mlhead_stat_list", op_stat_list, NULL, OPS_READS, 0, 0},
    {"mlhead_search", op_search, "governance", OPS_READS | OPS_BIT(MLHEAD_EMPTY),
     OPS_BIT(MLHEAD_OK), 2},
    {"mlhead_search_in (query)", op_search_in_query, "data", OPS_READS | OPS_BIT(MLHEAD_EMPTY),
     OPS_BIT(MLHEAD_OK), 2},
    {"mlhead_search_in (section)", op_search_in_section, "best-practices", OPS_NAMED,
     OPS_BIT(MLHEAD_NOT_FOUND), 3},
    {"mlhead_search_raw", op_search_raw, "gov* AND (data OR model)",
     OPS_READS | OPS_BIT(MLHEAD_EMPTY) | OPS_BIT(MLHEAD_SYNTAX),
     OPS_BIT(MLHEAD_OK) | OPS_BIT(MLHEAD_SYNTAX), 2},
};
#define OPS_COUNT (sizeof ops / sizeof ops[0])

/* Runs an op with its own argument (or arg, when given); the digest
 * starts from the FNV offset basis. */
static inline int ops_run(const struct op *op, mlhead *db, const char *arg, uint64_t *digest)
{
    *digest = 14695981039346656037u;
    return op->run(db, arg ? arg : op->arg, digest);
}

#endif
