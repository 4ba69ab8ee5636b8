/*
 * graph.c - the roles and the steps between them, read once per handle and
 * walked in C.
 *
 * On the first call that needs it, a handle reads every role, every step
 * (a track's next level and each move) and every name that finds a role
 * (titles, aliases, slugs) into one mh_graph: the roles in id order, the
 * steps twice in compressed rows (out of each role, into each role), each
 * row ordered track steps first, then by the other role's title, and a
 * hash of the folded names.  The data under a handle never changes, so the
 * graph is never stale.  A walk is breadth first and visits each role once;
 * its queue and marks are the graph's own scratch (a handle is used by one
 * thread at a time), so a call allocates nothing but its result list.
 *
 * Reading also numbers the graph's components, so most "no path" answers
 * need no walk: roles in two weakly connected components never reach each
 * other; the strongly connected components are numbered in the order
 * Tarjan's walk closes them, so a step never leads to a higher number; and
 * while there are at most REACH_MAX of them, a bit matrix holds which
 * component reaches which (at most REACH_MAX^2 / 8 bytes).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The most strongly connected components a reach matrix is kept for. */
#define REACH_MAX 1024

struct mh_edge {
    size_t role; /* the other end: where an out-step leads, where an in-step comes from */
    mlhead_step_kind kind;
    const char *note;
    int line;
};

struct mh_gname {
    const char *name;   /* as the data writes it */
    const char *folded; /* as a lookup compares it */
    size_t hash;
    size_t role;
    mlhead_name_kind kind;
};

struct mh_graph {
    size_t n;               /* roles */
    sqlite3_int64 *ids;     /* ascending */
    mlhead_role *roles;     /* roles[i] has ids[i] */
    size_t *rank;           /* each role's place in title order */
    size_t *out_at, *in_at; /* n + 1 offsets into out / in */
    struct mh_edge *out, *in;
    size_t m;               /* steps */
    struct mh_gname *names; /* by role's title, kind, name */
    size_t nnames;
    size_t *slots; /* hash of names: index + 1, 0 = empty */
    size_t cap;
    size_t *weak;    /* each role's weakly connected component */
    size_t *strong;  /* each role's strongly connected component, sinks first */
    size_t nstrong;  /* strongly connected components */
    uint64_t *reach; /* NULL, or row c (words each) holds the components c reaches */
    size_t words;
    /* a walk's scratch */
    unsigned *seen;
    unsigned epoch;
    size_t *queue, *pred, *dist;
    const struct mh_edge **via;
};

/* ---- reading ---- */

int mh_read_role_at(mlhead *db, sqlite3_stmt *st, int col, mlhead_role *out)
{
    const char **const texts[] = {&out->title, &out->slug, &out->track, &out->track_title,
                                  &out->section};
    int status = MH_COL_TEXTS(db, st, col, texts);
    out->level = mh_col_int(st, col + 5);
    out->line = mh_col_int(st, col + 6);
    if (status == MLHEAD_OK && !out->title)
        status = mh_fail(db, MLHEAD_CORRUPT, "a role has no title");
    return status;
}

struct role_row {
    sqlite3_int64 id;
    mlhead_role role;
};

static int read_role_row(mlhead *db, sqlite3_stmt *st, void *row)
{
    struct role_row *r = row;
    r->id = sqlite3_column_int64(st, 0);
    return mh_read_role_at(db, st, 1, &r->role);
}

struct step_row {
    sqlite3_int64 from, to;
    int kind, line;
    const char *note;
};

static int read_step_row(mlhead *db, sqlite3_stmt *st, void *row)
{
    struct step_row *s = row;
    s->from = sqlite3_column_int64(st, 0);
    s->to = sqlite3_column_int64(st, 1);
    s->kind = sqlite3_column_int(st, 2);
    s->line = mh_col_int(st, 4);
    return mh_col_text(db, st, 3, &s->note);
}

struct name_row {
    sqlite3_int64 id;
    int kind;
    const char *name;
};

static int read_name_row(mlhead *db, sqlite3_stmt *st, void *row)
{
    struct name_row *r = row;
    int status;
    r->id = sqlite3_column_int64(st, 0);
    r->kind = sqlite3_column_int(st, 1);
    status = mh_col_text(db, st, 2, &r->name);
    if (status == MLHEAD_OK && !r->name)
        status = mh_fail(db, MLHEAD_CORRUPT, "a name of a role is NULL");
    return status;
}

static int index_of(const struct mh_graph *g, sqlite3_int64 id, size_t *at)
{
    size_t lo = 0, hi = g->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    *at = lo;
    return lo < g->n && g->ids[lo] == id;
}

/* ---- ordering (qsort has no context: the sort keys travel with the rows) ---- */

struct keyed {
    size_t a, b, c; /* compared in turn */
    size_t item;
};

static int by_keys(const void *x, const void *y)
{
    const struct keyed *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    if (p->c != q->c)
        return p->c < q->c ? -1 : 1;
    return p->item < q->item ? -1 : p->item > q->item;
}

static int by_title(const void *x, const void *y)
{
    const mlhead_role *const *p = x, *const *q = y;
    int c = sqlite3_stricmp((*p)->title, (*q)->title);
    return c ? c : strcmp((*p)->title, (*q)->title);
}

static void *alloc_array(size_t n, size_t size)
{
    return n > (size_t)-1 / size ? NULL : malloc(n ? n * size : 1);
}

/* ---- building ---- */

static void graph_free(struct mh_graph *g)
{
    if (!g)
        return;
    free(g->ids);
    free(g->roles);
    free(g->rank);
    free(g->out_at);
    free(g->in_at);
    free(g->out);
    free(g->in);
    free(g->names);
    free(g->slots);
    free(g->weak);
    free(g->strong);
    free(g->reach);
    free(g->seen);
    free(g->queue);
    free(g->pred);
    free(g->dist);
    free((void *)g->via);
    free(g);
}

void mh_graph_free(struct mh_graph *g)
{
    graph_free(g);
}

static int set_roles(mlhead *db, struct mh_graph *g, const struct role_row *rows, size_t n)
{
    const mlhead_role **order;
    size_t i;
    g->n = n;
    g->ids = alloc_array(n, sizeof *g->ids);
    g->roles = alloc_array(n, sizeof *g->roles);
    g->rank = alloc_array(n, sizeof *g->rank);
    g->seen = calloc(n ? n : 1, sizeof *g->seen);
    g->queue = alloc_array(n, sizeof *g->queue);
    g->pred = alloc_array(n, sizeof *g->pred);
    g->dist = alloc_array(n, sizeof *g->dist);
    g->via = alloc_array(n, sizeof *g->via);
    order = alloc_array(n, sizeof *order);
    if (!g->ids || !g->roles || !g->rank || !g->seen || !g->queue || !g->pred || !g->dist ||
        !g->via || !order) {
        free(order);
        return mh_fail(db, MLHEAD_NOMEM, "reading the roles: out of memory");
    }
    for (i = 0; i < n; i++) {
        g->ids[i] = rows[i].id;
        g->roles[i] = rows[i].role;
        order[i] = &g->roles[i];
        if (i > 0 && g->ids[i] <= g->ids[i - 1]) {
            free(order);
            return mh_fail(db, MLHEAD_CORRUPT, "two roles share the id %lld", (long long)g->ids[i]);
        }
    }
    qsort(order, n, sizeof *order, by_title);
    for (i = 0; i < n; i++)
        g->rank[order[i] - g->roles] = i;
    free(order);
    return MLHEAD_OK;
}

/* One direction of the steps as compressed rows: row r of `at` holds the
 * steps whose `from` (out) or `to` (in) is role r. */
static int set_edges(mlhead *db, struct mh_graph *g, const struct step_row *rows,
                     const size_t (*ends)[2], size_t m, int in)
{
    struct keyed *keys = alloc_array(m, sizeof *keys);
    size_t *at = calloc(g->n + 1, sizeof *at), i;
    struct mh_edge *edges = alloc_array(m, sizeof *edges);
    if (!keys || !at || !edges) {
        free(keys);
        free(at);
        free(edges);
        return mh_fail(db, MLHEAD_NOMEM, "reading the steps: out of memory");
    }
    for (i = 0; i < m; i++) {
        size_t here = ends[i][in], there = ends[i][!in];
        keys[i].a = here;
        keys[i].b = (size_t)rows[i].kind;
        keys[i].c = g->rank[there];
        keys[i].item = i;
        at[here + 1]++;
    }
    qsort(keys, m, sizeof *keys, by_keys);
    for (i = 0; i < g->n; i++)
        at[i + 1] += at[i];
    for (i = 0; i < m; i++) {
        const struct step_row *s = &rows[keys[i].item];
        edges[i].role = ends[keys[i].item][!in];
        edges[i].kind = s->kind == 1 ? MLHEAD_STEP_TRACK : MLHEAD_STEP_MOVE;
        edges[i].note = s->note;
        edges[i].line = s->line;
    }
    free(keys);
    if (in) {
        g->in = edges;
        g->in_at = at;
    } else {
        g->out = edges;
        g->out_at = at;
    }
    return MLHEAD_OK;
}

static int set_steps(mlhead *db, struct mh_graph *g, const struct step_row *rows, size_t m)
{
    size_t(*ends)[2] = alloc_array(m, sizeof *ends), i;
    int status = ends ? MLHEAD_OK : mh_fail(db, MLHEAD_NOMEM, "reading the steps: out of memory");
    for (i = 0; status == MLHEAD_OK && i < m; i++) {
        if (!index_of(g, rows[i].from, &ends[i][0]) || !index_of(g, rows[i].to, &ends[i][1]))
            status = mh_fail(db, MLHEAD_CORRUPT, "a step names a role that does not exist");
        else if (rows[i].kind != 1 && rows[i].kind != 2)
            status = mh_fail(db, MLHEAD_CORRUPT, "a step is of no known kind");
    }
    g->m = m;
    if (status == MLHEAD_OK)
        status = set_edges(db, g, rows, (const size_t(*)[2])ends, m, 0);
    if (status == MLHEAD_OK)
        status = set_edges(db, g, rows, (const size_t(*)[2])ends, m, 1);
    free(ends);
    return status;
}

static struct mh_gname *name_slot(const struct mh_graph *g, const char *folded, size_t len,
                                  size_t hash)
{
    size_t i = hash & (g->cap - 1);
    while (g->slots[i]) {
        struct mh_gname *e = &g->names[g->slots[i] - 1];
        if (e->hash == hash && strncmp(e->folded, folded, len) == 0 && e->folded[len] == '\0')
            return e;
        i = (i + 1) & (g->cap - 1);
    }
    return NULL;
}

static int set_names(mlhead *db, struct mh_graph *g, const struct name_row *rows, size_t n)
{
    struct keyed *keys = alloc_array(n, sizeof *keys);
    size_t i, cap = 16;
    int status = MLHEAD_OK;
    while (cap < n * 2 + 1)
        cap *= 2;
    g->names = alloc_array(n, sizeof *g->names);
    g->slots = calloc(cap, sizeof *g->slots);
    g->cap = cap;
    if (!keys || !g->names || !g->slots) {
        free(keys);
        return mh_fail(db, MLHEAD_NOMEM, "reading the names of roles: out of memory");
    }
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        size_t role;
        if (!index_of(g, rows[i].id, &role) || rows[i].kind < 1 || rows[i].kind > 3)
            status = mh_fail(db, MLHEAD_CORRUPT, "an alias names a role that does not exist");
        keys[i].a = status == MLHEAD_OK ? g->rank[role] : 0;
        keys[i].b = (size_t)rows[i].kind;
        keys[i].c = 0;
        keys[i].item = i;
    }
    if (status == MLHEAD_OK)
        qsort(keys, n, sizeof *keys, by_keys);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        const struct name_row *r = &rows[keys[i].item];
        struct mh_name key;
        struct mh_gname *e = &g->names[g->nnames];
        size_t slot;
        /* a name the data holds that no lookup could take is the file's fault */
        status = mh_fold(db, 0, "a name of a role", r->name, &key);
        if (status != MLHEAD_OK) {
            status =
                mh_fail(db, MLHEAD_CORRUPT, "a name of a role is empty, too long or not UTF-8");
            break;
        }
        index_of(g, r->id, &e->role);
        e->name = r->name;
        e->kind = (mlhead_name_kind)r->kind;
        e->hash = mh_hash(key.text, key.len);
        e->folded = mh_intern(&db->pool, key.text, key.len);
        if (!e->folded) {
            status = mh_fail(db, MLHEAD_NOMEM, "keeping a name: out of memory");
            break;
        }
        g->nnames++;
        /* a title wins over an alias or slug that folds the same: the SQL order */
        if (name_slot(g, key.text, key.len, e->hash))
            continue;
        slot = e->hash & (cap - 1);
        while (g->slots[slot])
            slot = (slot + 1) & (cap - 1);
        g->slots[slot] = g->nnames;
    }
    free(keys);
    return status;
}

/* ---- components ---- */

/* Weakly connected components: a breadth-first fill over the steps both
 * ways, in the walk's queue. */
static void set_weak(struct mh_graph *g)
{
    size_t r, c = 0;
    for (r = 0; r < g->n; r++)
        g->weak[r] = (size_t)-1;
    for (r = 0; r < g->n; r++) {
        size_t head = 0, tail = 0;
        if (g->weak[r] != (size_t)-1)
            continue;
        g->weak[r] = c;
        g->queue[tail++] = r;
        while (head < tail) {
            size_t u = g->queue[head++], e;
            for (e = g->out_at[u]; e < g->out_at[u + 1]; e++)
                if (g->weak[g->out[e].role] == (size_t)-1) {
                    g->weak[g->out[e].role] = c;
                    g->queue[tail++] = g->out[e].role;
                }
            for (e = g->in_at[u]; e < g->in_at[u + 1]; e++)
                if (g->weak[g->in[e].role] == (size_t)-1) {
                    g->weak[g->in[e].role] = c;
                    g->queue[tail++] = g->in[e].role;
                }
        }
        c++;
    }
}

/* Strongly connected components by Tarjan's walk without recursion (a
 * chain of 10^5 steps would overflow a C stack).  order[] is the stack of
 * open roles, calls[] the walk's own stack, next[u] the next step of u to
 * look at.  strong[u] is (size_t)-1 while u is open. */
static void set_strong(struct mh_graph *g, size_t *index, size_t *low, size_t *order, size_t *calls,
                       size_t *next)
{
    size_t r, count = 1, open = 0;
    for (r = 0; r < g->n; r++) {
        index[r] = 0;
        g->strong[r] = (size_t)-1;
    }
    g->nstrong = 0;
    for (r = 0; r < g->n; r++) {
        size_t depth = 0;
        if (index[r])
            continue;
        index[r] = low[r] = count++;
        order[open++] = r;
        next[r] = g->out_at[r];
        calls[depth++] = r;
        while (depth) {
            size_t u = calls[depth - 1];
            if (next[u] < g->out_at[u + 1]) {
                size_t v = g->out[next[u]++].role;
                if (!index[v]) {
                    index[v] = low[v] = count++;
                    order[open++] = v;
                    next[v] = g->out_at[v];
                    calls[depth++] = v;
                } else if (g->strong[v] == (size_t)-1 && index[v] < low[u])
                    low[u] = index[v];
                continue;
            }
            depth--;
            if (low[u] == index[u]) {
                size_t w;
                do {
                    w = order[--open];
                    g->strong[w] = g->nstrong;
                } while (w != u);
                g->nstrong++;
            }
            if (depth && low[u] < low[calls[depth - 1]])
                low[calls[depth - 1]] = low[u];
        }
    }
}

/* Row c of the matrix: c and every component a step out of c reaches.
 * Components close sinks first, so the rows a step leads to are done. */
static void set_reach(struct mh_graph *g, size_t *members)
{
    size_t at[REACH_MAX + 1], c, r, i, e, w;
    for (c = 0; c <= g->nstrong; c++)
        at[c] = 0;
    for (r = 0; r < g->n; r++)
        at[g->strong[r] + 1]++;
    for (c = 0; c < g->nstrong; c++)
        at[c + 1] += at[c];
    for (r = 0; r < g->n; r++)
        members[at[g->strong[r]]++] = r;
    for (c = g->nstrong; c > 0; c--)
        at[c] = at[c - 1];
    at[0] = 0;
    for (c = 0; c < g->nstrong; c++) {
        uint64_t *row = g->reach + c * g->words;
        row[c / 64] |= (uint64_t)1 << (c % 64);
        for (i = at[c]; i < at[c + 1]; i++)
            for (e = g->out_at[members[i]]; e < g->out_at[members[i] + 1]; e++) {
                size_t d = g->strong[g->out[e].role];
                if (d == c)
                    continue;
                for (w = 0; w < g->words; w++)
                    row[w] |= g->reach[d * g->words + w];
            }
    }
}

static int set_components(mlhead *db, struct mh_graph *g)
{
    size_t n = g->n;
    size_t *index = alloc_array(n, sizeof *index), *low = alloc_array(n, sizeof *low);
    size_t *order = alloc_array(n, sizeof *order), *calls = alloc_array(n, sizeof *calls);
    size_t *next = alloc_array(n, sizeof *next);
    int status = MLHEAD_OK;
    g->weak = alloc_array(n, sizeof *g->weak);
    g->strong = alloc_array(n, sizeof *g->strong);
    if (!index || !low || !order || !calls || !next || !g->weak || !g->strong)
        status = mh_fail(db, MLHEAD_NOMEM, "reading the steps: out of memory");
    if (status == MLHEAD_OK) {
        set_weak(g);
        set_strong(g, index, low, order, calls, next);
        if (g->nstrong <= REACH_MAX) {
            g->words = (g->nstrong + 63) / 64;
            g->reach = calloc(g->nstrong * g->words + 1, sizeof *g->reach);
            if (!g->reach)
                status = mh_fail(db, MLHEAD_NOMEM, "reading the steps: out of memory");
            else
                set_reach(g, order);
        }
    }
    free(index);
    free(low);
    free(order);
    free(calls);
    free(next);
    return status;
}

/* Whether a walk from `from` could reach `to`: 0 when the components
 * say it cannot, 1 when they say it does, -1 when only a walk can tell. */
static int may_reach(const struct mh_graph *g, size_t from, size_t to)
{
    size_t a = g->strong[from], b = g->strong[to];
    if (g->weak[from] != g->weak[to] || a < b)
        return 0;
    if (a == b)
        return 1;
    if (g->reach)
        return (g->reach[a * g->words + b / 64] >> (b % 64)) & 1;
    return -1;
}

static int load(mlhead *db, struct mh_graph **out)
{
    static const char roles_sql[] =
        "SELECT r.id, " MH_ROLE_COLUMNS " FROM role r" MH_ROLE_JOINS " ORDER BY r.id";
    static const char steps_sql[] =
        "SELECT a.id, b.id, 1, tr.title, tr.line FROM role a"
        " JOIN role b ON b.track_id = a.track_id AND b.level = a.level + 1"
        " JOIN track tr ON tr.id = a.track_id"
        " UNION ALL SELECT from_role_id, to_role_id, 2, note, line FROM move";
    static const char names_sql[] = "SELECT id, 1, title FROM role"
                                    " UNION ALL SELECT role_id, 2, alias FROM role_alias"
                                    " UNION ALL SELECT id, 3, slug FROM role";
    struct role_row *roles = NULL;
    struct step_row *steps = NULL;
    struct name_row *names = NULL;
    size_t nroles = 0, nsteps = 0, nnames = 0;
    struct mh_graph *g = calloc(1, sizeof *g);
    int status = g ? MLHEAD_OK : mh_fail(db, MLHEAD_NOMEM, "reading the roles: out of memory");
    if (status == MLHEAD_OK)
        roles = mh_list(db, MH_GRAPH_ROLES, roles_sql, NULL, 0, sizeof *roles, read_role_row,
                        &nroles, &status);
    if (status == MLHEAD_OK)
        steps = mh_list(db, MH_GRAPH_STEPS, steps_sql, NULL, 0, sizeof *steps, read_step_row,
                        &nsteps, &status);
    if (status == MLHEAD_OK)
        names = mh_list(db, MH_GRAPH_NAMES, names_sql, NULL, 0, sizeof *names, read_name_row,
                        &nnames, &status);
    if (status == MLHEAD_OK)
        status = set_roles(db, g, roles, nroles);
    if (status == MLHEAD_OK)
        status = set_steps(db, g, steps, nsteps);
    if (status == MLHEAD_OK)
        status = set_components(db, g);
    if (status == MLHEAD_OK)
        status = set_names(db, g, names, nnames);
    free(roles);
    free(steps);
    free(names);
    if (status != MLHEAD_OK) {
        graph_free(g);
        g = NULL;
    }
    *out = g;
    return status;
}

int mh_graph(mlhead *db, struct mh_graph **out)
{
    int status = MLHEAD_OK;
    if (!db->graph)
        status = load(db, &db->graph);
    *out = db->graph;
    return status;
}

/* ---- questions ---- */

int mh_graph_role(mlhead *db, int arg, const char *what, const char *name, struct mh_graph **g,
                  size_t *role)
{
    struct mh_name key;
    const struct mh_gname *e;
    int status = mh_fold(db, arg, what, name, &key);
    if (status == MLHEAD_OK)
        status = mh_graph(db, g);
    if (status != MLHEAD_OK)
        return status;
    e = name_slot(*g, key.text, key.len, mh_hash(key.text, key.len));
    if (!e)
        return mh_fail_arg(db, arg, MLHEAD_NOT_FOUND, "no %s named \"%s\"", what,
                           mh_typed(db, &key));
    *role = e->role;
    return MLHEAD_OK;
}

/* The id of a role found by title, alias or slug: the graph's names. */
int mh_find_role_id(mlhead *db, int arg, const char *what, const char *name, sqlite3_int64 *id)
{
    struct mh_graph *g;
    size_t role;
    int status = mh_graph_role(db, arg, what, name, &g, &role);
    *id = status == MLHEAD_OK ? g->ids[role] : 0;
    return status;
}

/* Breadth first from `from`, each role once, stopping when `to` is reached
 * (to == (size_t)-1: the whole reach).  Fills the scratch: seen[r] ==
 * epoch for every role reached, pred/via for each but `from`, and
 * queue[0 .. *reached) in the order reached.  Returns whether `to` was. */
static int walk(struct mh_graph *g, size_t from, size_t to, size_t *reached)
{
    size_t head = 0, tail = 0;
    if (++g->epoch == 0) {
        memset(g->seen, 0, g->n * sizeof *g->seen);
        g->epoch = 1;
    }
    g->seen[from] = g->epoch;
    g->dist[from] = 0;
    g->queue[tail++] = from;
    while (head < tail && (to == (size_t)-1 || g->seen[to] != g->epoch)) {
        size_t u = g->queue[head++], e;
        for (e = g->out_at[u]; e < g->out_at[u + 1]; e++) {
            size_t v = g->out[e].role;
            /* a role of a lower component than `to` cannot lead to it */
            if (g->seen[v] == g->epoch || (to != (size_t)-1 && g->strong[v] < g->strong[to]))
                continue;
            g->seen[v] = g->epoch;
            g->pred[v] = u;
            g->dist[v] = g->dist[u] + 1;
            g->via[v] = &g->out[e];
            g->queue[tail++] = v;
            if (v == to)
                break;
        }
    }
    *reached = tail;
    return to != (size_t)-1 && g->seen[to] == g->epoch;
}

static void fill_step(mlhead_step *s, const struct mh_graph *g, size_t role,
                      const struct mh_edge *via)
{
    s->role = g->roles[role];
    s->kind = via ? via->kind : MLHEAD_STEP_START;
    s->note = via ? via->note : NULL;
    s->line = via ? via->line : g->roles[role].line;
}

/* The shortest chain from `from` to `to` as steps or as roles, for a
 * caller whose outputs are checked (MH_LIST_ARGS); NULL on failure. */
static void *
chain(mlhead *db, const char *from, const char *to, size_t size, size_t *count, int *result,
      void (*put)(void *row, const struct mh_graph *g, size_t role, const struct mh_edge *via))
{
    struct mh_graph *g = NULL;
    size_t a = 0, b = 0, n = 1, r, reached, i;
    unsigned char *rows;
    int status = mh_graph_role(db, 2, "role (from)", from, &g, &a);
    if (status == MLHEAD_OK)
        status = mh_graph_role(db, 3, "role (to)", to, &g, &b);
    if (status == MLHEAD_OK && a != b && (!may_reach(g, a, b) || !walk(g, a, b, &reached))) {
        const char *const words[] = {"no steps lead from \"", from, "\" to \"", to, "\""};
        status = mh_fail_words(db, MLHEAD_NO_PATH, words, sizeof words / sizeof words[0]);
    }
    if (status != MLHEAD_OK) {
        *result = status;
        return NULL;
    }
    for (r = b; r != a; r = g->pred[r])
        n++;
    if (!(rows = alloc_array(n, size))) {
        *result = mh_fail(db, MLHEAD_NOMEM, "a path: out of memory");
        return NULL;
    }
    for (i = n, r = b;; r = g->pred[r]) {
        put(rows + --i * size, g, r, r == a ? NULL : g->via[r]);
        if (r == a)
            break;
    }
    *count = n;
    *result = mh_ok(db);
    return rows;
}

static void put_role(void *row, const struct mh_graph *g, size_t role, const struct mh_edge *via)
{
    (void)via;
    *(mlhead_role *)row = g->roles[role];
}

static void put_step(void *row, const struct mh_graph *g, size_t role, const struct mh_edge *via)
{
    fill_step(row, g, role, via);
}

int mlhead_path(mlhead *db, const char *from, const char *to, mlhead_role **out, size_t *count)
{
    int status = MH_LIST_ARGS(db, 4, out, count);
    if (status == MLHEAD_OK)
        *out = chain(db, from, to, sizeof **out, count, &status, put_role);
    return status;
}

int mlhead_path_steps(mlhead *db, const char *from, const char *to, mlhead_step **out,
                      size_t *count)
{
    int status = MH_LIST_ARGS(db, 4, out, count);
    if (status == MLHEAD_OK)
        *out = chain(db, from, to, sizeof **out, count, &status, put_step);
    return status;
}

/* The steps out of (in = 0) or into (in = 1) a role, as mlhead_steps. */
static int neighbours(mlhead *db, const char *name, int in, mlhead_step **out, size_t *count)
{
    struct mh_graph *g = NULL;
    size_t r = 0, e, n;
    const size_t *at;
    const struct mh_edge *edges;
    int status = MH_LIST_ARGS(db, 3, out, count);
    if (status == MLHEAD_OK)
        status = mh_graph_role(db, 2, "role", name, &g, &r);
    if (status != MLHEAD_OK)
        return status;
    at = in ? g->in_at : g->out_at;
    edges = in ? g->in : g->out;
    n = at[r + 1] - at[r];
    if (n && !(*out = alloc_array(n, sizeof **out)))
        return mh_fail(db, MLHEAD_NOMEM, "a list of steps: out of memory");
    for (e = 0; e < n; e++)
        fill_step(&(*out)[e], g, edges[at[r] + e].role, &edges[at[r] + e]);
    *count = n;
    return mh_ok(db);
}

int mlhead_next_roles(mlhead *db, const char *role, mlhead_step **out, size_t *count)
{
    return neighbours(db, role, 0, out, count);
}

int mlhead_prev_roles(mlhead *db, const char *role, mlhead_step **out, size_t *count)
{
    return neighbours(db, role, 1, out, count);
}

static int by_distance_then_title(const void *x, const void *y)
{
    const mlhead_reach *p = x, *q = y;
    const mlhead_role *a = &p->role, *b = &q->role;
    if (p->distance != q->distance)
        return p->distance < q->distance ? -1 : 1;
    return by_title(&a, &b);
}

int mlhead_reachable(mlhead *db, const char *role, mlhead_reach **out, size_t *count)
{
    struct mh_graph *g = NULL;
    size_t r = 0, reached, i;
    int status = MH_LIST_ARGS(db, 3, out, count);
    if (status == MLHEAD_OK)
        status = mh_graph_role(db, 2, "role", role, &g, &r);
    if (status != MLHEAD_OK)
        return status;
    walk(g, r, (size_t)-1, &reached);
    if (reached > 1 && !(*out = alloc_array(reached - 1, sizeof **out)))
        return mh_fail(db, MLHEAD_NOMEM, "a list of roles: out of memory");
    for (i = 1; i < reached; i++) {
        (*out)[i - 1].role = g->roles[g->queue[i]];
        (*out)[i - 1].distance = (int)g->dist[g->queue[i]];
    }
    if (reached > 1)
        qsort(*out, reached - 1, sizeof **out, by_distance_then_title);
    *count = reached - 1;
    return mh_ok(db);
}

int mlhead_step_list(mlhead *db, mlhead_edge **out, size_t *count)
{
    struct mh_graph *g = NULL;
    size_t r, e, i = 0;
    const mlhead_role **order;
    int status = MH_LIST_ARGS(db, 2, out, count);
    if (status == MLHEAD_OK)
        status = mh_graph(db, &g);
    if (status != MLHEAD_OK)
        return status;
    order = alloc_array(g->n, sizeof *order);
    if (!order || (g->m && !(*out = alloc_array(g->m, sizeof **out)))) {
        free(order);
        return mh_fail(db, MLHEAD_NOMEM, "the list of steps: out of memory");
    }
    for (r = 0; r < g->n; r++)
        order[g->rank[r]] = &g->roles[r];
    for (r = 0; r < g->n; r++) {
        size_t u = (size_t)(order[r] - g->roles);
        for (e = g->out_at[u]; e < g->out_at[u + 1]; e++, i++) {
            (*out)[i].from = g->roles[u];
            (*out)[i].to = g->roles[g->out[e].role];
            (*out)[i].kind = g->out[e].kind;
            (*out)[i].note = g->out[e].note;
            (*out)[i].line = g->out[e].line;
        }
    }
    free(order);
    *count = g->m;
    return mh_ok(db);
}

int mlhead_role_names(mlhead *db, mlhead_role_name **out, size_t *count)
{
    struct mh_graph *g = NULL;
    size_t i;
    int status = MH_LIST_ARGS(db, 2, out, count);
    if (status == MLHEAD_OK)
        status = mh_graph(db, &g);
    if (status != MLHEAD_OK)
        return status;
    if (g->nnames && !(*out = alloc_array(g->nnames, sizeof **out)))
        return mh_fail(db, MLHEAD_NOMEM, "the list of names: out of memory");
    for (i = 0; i < g->nnames; i++) {
        (*out)[i].name = g->names[i].name;
        (*out)[i].kind = g->names[i].kind;
        (*out)[i].role = g->roles[g->names[i].role];
    }
    *count = g->nnames;
    return mh_ok(db);
}

const char *mlhead_name_kind_name(int kind)
{
    switch (kind) {
    case MLHEAD_NAME_TITLE: return "title";
    case MLHEAD_NAME_ALIAS: return "alias";
    case MLHEAD_NAME_SLUG: return "slug";
    default: return "unknown name kind";
    }
}
