/*
 * property.h - the property every file the library accepts must have:
 * every answer of the public API equals what plain SQLite reads from that
 * same file.  property_check() compares, call by call and name by name
 * (every role, alias, track, section and heading the file holds): role
 * list/find/aliases/next/prev, path between every pair of roles (against
 * the fewest steps a recursive query counts), salary ranges and list,
 * sections, headings, items, texts, statistics, search and the edition.
 * Each answer is written as one line of text per row, and SQLite writes
 * the line it expects with printf().  No cmocka here: the cell fuzzer
 * (fuzz/fuzz_cells.c) holds every file it gets open to the same property
 * as test/test_property.c.
 */
#ifndef MLHEAD_TEST_PROPERTY_H
#define MLHEAD_TEST_PROPERTY_H

#include <setjmp.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlhead.h"

#define NONE "~" /* how a NULL string reads in a line */

/* A file open twice: by the library and by SQLite (read-only). */
struct prop {
    mlhead *db;
    sqlite3 *o;
    jmp_buf jump;   /* where a difference goes */
    char why[1024]; /* and what it was */
};

static void prop_fail(struct prop *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)))
__attribute__((noreturn));
static void prop_fail(struct prop *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->why, sizeof f->why, fmt, ap);
    va_end(ap);
    longjmp(f->jump, 1);
}

/* ---- lines ---- */

struct lines {
    char **v;
    size_t n, cap;
};

static void add(struct lines *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct lines *l, const char *fmt, ...)
{
    va_list ap;
    char *line;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v)
            abort();
    }
    va_start(ap, fmt);
    line = sqlite3_vmprintf(fmt, ap);
    va_end(ap);
    if (!line)
        abort();
    l->v[l->n++] = line;
}

static void clear(struct lines *l)
{
    size_t i;
    for (i = 0; i < l->n; i++)
        sqlite3_free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *s_(const char *s)
{
    return s ? s : NONE;
}

/* The lines sql writes, its ?1 .. ?n the texts of args (NULL ends them). */
static void query(struct prop *f, struct lines *out, const char *sql, const char *const *args)
{
    sqlite3_stmt *st = NULL;
    int i, rc;
    if (sqlite3_prepare_v2(f->o, sql, -1, &st, NULL) != SQLITE_OK)
        prop_fail(f, "%s: %s", sql, sqlite3_errmsg(f->o));
    for (i = 0; args && args[i]; i++)
        sqlite3_bind_text(st, i + 1, args[i], -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        add(out, "%s", s_((const char *)sqlite3_column_text(st, 0)));
    if (rc != SQLITE_DONE)
        prop_fail(f, "%s: %s", sql, sqlite3_errmsg(f->o));
    sqlite3_finalize(st);
}

/* The answer got (lines, or a status other than OK) against what sql
 * writes: the same lines in the same order (sorted first when unordered),
 * or no line at all where the call said MLHEAD_NOT_FOUND. */
static void expect(struct prop *f, const char *what, int status, struct lines *got, const char *sql,
                   const char *const *args, int unordered)
{
    struct lines want = {0};
    size_t i;
    query(f, &want, sql, args);
    if (status == MLHEAD_NOT_FOUND && want.n == 0) {
        clear(&want);
        clear(got);
        return;
    }
    if (status != MLHEAD_OK)
        prop_fail(f, "%s gave %s, SQLite has %zu rows", what, mlhead_strerror(status), want.n);
    if (unordered && got->n && want.n) {
        qsort(got->v, got->n, sizeof *got->v, by_text);
        qsort(want.v, want.n, sizeof *want.v, by_text);
    }
    for (i = 0; i < got->n && i < want.n; i++)
        if (strcmp(got->v[i], want.v[i]) != 0)
            prop_fail(f, "%s row %zu:\n  library %s\n  sqlite  %s", what, i, got->v[i], want.v[i]);
    if (got->n != want.n)
        prop_fail(f, "%s: %zu rows, SQLite %zu", what, got->n, want.n);
    clear(&want);
    clear(got);
}

/* ---- each answer as lines ---- */

#define ROLE_FMT "%s|%s|%s|%s|%s|%d|%d"
#define ROLE_SQL                                                                                   \
    "printf('%s|%s|%s|%s|%s|%d|%d', r.title, r.slug, ifnull(t.slug, '~'), ifnull(t.title, '~'),"   \
    " s.slug, ifnull(r.level, 0), r.line)"
#define ROLE_FROM                                                                                  \
    " FROM role r LEFT JOIN track t ON t.id = r.track_id JOIN section s ON s.id = r.section_id"
#define ROLE_ORDER " ORDER BY t.position IS NULL, t.position, r.level, r.title"

static void put_role(struct lines *l, const char *prefix, const mlhead_role *r)
{
    add(l, "%s" ROLE_FMT, prefix, r->title, r->slug, s_(r->track), s_(r->track_title), r->section,
        r->level, r->line);
}

static void roles_as_lines(struct lines *l, const mlhead_role *r, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        put_role(l, "", &r[i]);
}

/* A step as "title|kind|note|line", the kind 1 for a track's, 2 a move. */
#define STEP_FMT "%s|%d|%s|%d"

static void steps_as_lines(struct lines *l, const mlhead_step *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        add(l, STEP_FMT, s[i].role.title, (int)s[i].kind, s_(s[i].note), s[i].line);
}

/* Every step of the graph as (a, b, kind, note, line): a track's next
 * level, and the moves. */
#define STEPS_CTE                                                                                  \
    "WITH e(a, b, kind, note, line) AS (SELECT x.id, y.id, 1, tr.title, tr.line FROM role x"       \
    " JOIN role y ON y.track_id = x.track_id AND y.level = x.level + 1"                            \
    " JOIN track tr ON tr.id = x.track_id"                                                         \
    " UNION ALL SELECT from_role_id, to_role_id, 2, note, line FROM move) "

static void put_salary(struct lines *l, const mlhead_salary *s)
{
    add(l, "%s|%s|%s|%s|%s|%s|%d|%s %lld|%s %lld|%s %lld|%s %lld|%d|%d", s->role, s->band,
        s_(s->heading), s->market, s->currency, s->period, s->year, mlhead_bound_name(s->min.bound),
        (long long)s->min.usd, mlhead_bound_name(s->max.bound), (long long)s->max.usd,
        mlhead_bound_name(s->avg.bound), (long long)s->avg.usd,
        mlhead_bound_name(s->avg_high.bound), (long long)s->avg_high.usd, s->avg_is_range, s->line);
}

#define SALARY_SQL                                                                                 \
    "printf('%s|%s|%s|%s|%s|%s|%d|%s %lld|%s %lld|%s %lld|%s %lld|%d|%d', r.title, b.label,"       \
    " ifnull(b.heading, '~'), b.market, b.currency, b.period, b.year,"                             \
    " b.min_bound, ifnull(b.min_usd, -1), b.max_bound, ifnull(b.max_usd, -1),"                     \
    " b.avg_bound, ifnull(b.avg_usd, -1),"                                                         \
    " iif(b.avg_high_usd IS NULL, 'unknown', 'exact'), ifnull(b.avg_high_usd, -1),"                \
    " b.avg_high_usd IS NOT NULL, b.line)"

#define ITEM_SQL                                                                                   \
    "printf('%s|%s|%s|%d|%s|%s|%d', s.slug, ifnull(p.title, '~'), c.title, i.position,"            \
    " ifnull(i.term, '~'), i.text, i.line) FROM item i JOIN category c ON c.id = i.category_id"    \
    " LEFT JOIN category p ON p.id = c.parent_id JOIN section s ON s.id = c.section_id"

/* The items of heading ?2 (its slug or title) in section ?1 (its slug):
 * its own and its sub-headings'. */
#define HEADING_SQL                                                                                \
    "SELECT " ITEM_SQL " WHERE c.id IN (SELECT k.id FROM section x"                                \
    " JOIN category h ON h.section_id = x.id JOIN category k ON k.section_id = x.id"               \
    " WHERE x.slug = ?1 AND (h.slug = ?2 OR h.title = ?2)"                                         \
    " AND (k.id = h.id OR k.parent_id = h.id)) ORDER BY i.line"

static void items_as_lines(struct lines *l, const mlhead_item *it, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        add(l, "%s|%s|%s|%d|%s|%s|%d", it[i].section, s_(it[i].group), it[i].category,
            it[i].position, s_(it[i].term), it[i].text, it[i].line);
}

#define HIT_FMT "%d|%s|%s|%s|%d"
#define HIT_SQL "printf('%d|%s|%s|%s|%d', kind, section, ifnull(category, '~'), text, line)"

static void hits_as_lines(struct lines *l, const mlhead_hit *h, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        add(l, HIT_FMT, (int)h[i].kind, h[i].section, s_(h[i].category), h[i].text, h[i].line);
}

/* mlhead_search()'s ranking of one word ?1, as plain SQL: the tier (the
 * word starting the text ?2, the word whole ?3, else only its prefix ?1),
 * then the rowid (920_search_rows.sql stores the rows shortest first, then by
 * line); the rank is the tier times 1e6 plus the length of text and terms. */
#define SEARCH_TIER                                                                                \
    "CASE WHEN rowid IN (SELECT rowid FROM search WHERE search MATCH ?2) THEN 0"                   \
    " WHEN rowid IN (SELECT rowid FROM search WHERE search MATCH ?3) THEN 1 ELSE 3 END"
#define SEARCH_SQL(where)                                                                          \
    "SELECT " HIT_SQL " || printf('|%d', " SEARCH_TIER                                             \
    " * 1000000 + length(text) + length(terms))"                                                   \
    " FROM search WHERE search MATCH ?1" where " ORDER BY " SEARCH_TIER ", rowid"

static void ranked_hits_as_lines(struct lines *l, const mlhead_hit *h, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        add(l, HIT_FMT "|%.0f", (int)h[i].kind, h[i].section, s_(h[i].category), h[i].text,
            h[i].line, h[i].rank);
}

/* ---- the checks ---- */

static void check_edition_and_lists(struct prop *f)
{
    struct lines got = {0};
    mlhead_edition e;
    mlhead_role *roles = NULL;
    mlhead_track *tracks = NULL;
    mlhead_salary *bands = NULL;
    mlhead_section *sections = NULL;
    mlhead_stat *stats = NULL;
    size_t n = 0, i;
    int status;

    status = mlhead_edition_get(f->db, &e);
    if (status == MLHEAD_OK)
        add(&got, "%s|%s|%s|%s|%s|%d|%d", e.title, e.source, e.edition, e.market, e.currency,
            e.year, e.schema_version);
    expect(f, "mlhead_edition_get", status, &got,
           "SELECT printf('%s|%s|%s|%s|%s|%d|%d', title, source, edition, market, currency, year,"
           " (SELECT user_version FROM pragma_user_version)) FROM edition",
           NULL, 0);

    status = mlhead_role_list(f->db, NULL, &roles, &n);
    roles_as_lines(&got, roles, n);
    mlhead_free(roles);
    expect(f, "mlhead_role_list (all)", status, &got, "SELECT " ROLE_SQL ROLE_FROM ROLE_ORDER, NULL,
           0);

    status = mlhead_track_list(f->db, &tracks, &n);
    for (i = 0; i < n; i++)
        add(&got, "%s|%s|%d|%d", tracks[i].slug, tracks[i].title, tracks[i].steps, tracks[i].line);
    mlhead_free(tracks);
    expect(f, "mlhead_track_list", status, &got,
           "SELECT printf('%s|%s|%d|%d', slug, title,"
           " (SELECT count(*) FROM role WHERE track_id = t.id), line) FROM track t"
           " ORDER BY position",
           NULL, 0);

    status = mlhead_salary_list(f->db, &bands, &n);
    for (i = 0; i < n; i++)
        put_salary(&got, &bands[i]);
    mlhead_free(bands);
    expect(f, "mlhead_salary_list", status, &got,
           "SELECT " SALARY_SQL " FROM salary_band b JOIN salary_band_role br ON br.band_id = b.id"
           " JOIN role r ON r.id = br.role_id ORDER BY b.position, r.title",
           NULL, 0);

    status = mlhead_section_list(f->db, &sections, &n);
    for (i = 0; i < n; i++)
        add(&got, "%s|%s|%d|%d|%d", sections[i].slug, sections[i].title, sections[i].position,
            sections[i].items, sections[i].line);
    mlhead_free(sections);
    expect(f, "mlhead_section_list", status, &got,
           "SELECT printf('%s|%s|%d|%d|%d', slug, title, position, (SELECT count(*) FROM item i"
           " JOIN category c ON c.id = i.category_id WHERE c.section_id = s.id), line)"
           " FROM section s ORDER BY position",
           NULL, 0);

    status = mlhead_stat_list(f->db, &stats, &n);
    for (i = 0; i < n; i++)
        add(&got, "%s|%.6f|%s|%s|%s|%s|%s|%s|%d", stats[i].slug, stats[i].value,
            mlhead_unit_name(stats[i].unit), stats[i].basis, s_(stats[i].period),
            s_(stats[i].source), s_(stats[i].qualifier), stats[i].text, stats[i].line);
    mlhead_free(stats);
    expect(f, "mlhead_stat_list", status, &got,
           "SELECT printf('%s|%.6f|%s|%s|%s|%s|%s|%s|%d', m.slug, m.value, m.unit, m.basis,"
           " ifnull(m.period, '~'), ifnull(m.source, '~'), ifnull(m.qualifier, '~'), i.text,"
           " i.line) FROM market_stat m JOIN item i ON i.id = m.item_id ORDER BY m.position",
           NULL, 0);
}

/* Each track by its slug and by its title. */
static void check_tracks(struct prop *f)
{
    struct lines names = {0}, got = {0};
    size_t i, n = 0;
    query(f, &names, "SELECT slug FROM track UNION ALL SELECT title FROM track", NULL);
    for (i = 0; i < names.n; i++) {
        const char *args[] = {names.v[i], NULL};
        mlhead_role *roles = NULL;
        int status = mlhead_role_list(f->db, names.v[i], &roles, &n);
        roles_as_lines(&got, roles, n);
        mlhead_free(roles);
        expect(f, "mlhead_role_list (a track)", status, &got,
               "SELECT " ROLE_SQL ROLE_FROM " WHERE t.slug = ?1 OR t.title = ?1" ROLE_ORDER, args,
               0);
    }
    clear(&names);
}

/* Each role by every name it has; its aliases, its steps either way and
 * its salary band, by its title. */
static void check_roles(struct prop *f)
{
    struct lines names = {0}, got = {0};
    size_t i, j, n = 0;
    query(f, &names,
          "SELECT title FROM role UNION ALL SELECT slug FROM role"
          " UNION ALL SELECT alias FROM role_alias",
          NULL);
    for (i = 0; i < names.n; i++) {
        const char *args[] = {names.v[i], NULL};
        mlhead_role r;
        int status = mlhead_role_find(f->db, names.v[i], &r);
        if (status == MLHEAD_OK)
            put_role(&got, "", &r);
        expect(f, "mlhead_role_find", status, &got,
               "SELECT " ROLE_SQL ROLE_FROM " WHERE r.id = (SELECT id FROM role WHERE title = ?1"
               " UNION ALL SELECT role_id FROM role_alias WHERE alias = ?1"
               " UNION ALL SELECT id FROM role WHERE slug = ?1 LIMIT 1)",
               args, 0);
    }
    clear(&names);
    query(f, &names, "SELECT title FROM role", NULL);
    for (i = 0; i < names.n; i++) {
        const char *args[] = {names.v[i], NULL};
        const char **aliases = NULL;
        mlhead_step *steps = NULL;
        mlhead_salary band;
        int status = mlhead_role_aliases(f->db, names.v[i], &aliases, &n);
        for (j = 0; j < n; j++)
            add(&got, "%s", aliases[j]);
        mlhead_free(aliases);
        expect(f, "mlhead_role_aliases", status, &got,
               "SELECT alias FROM role_alias WHERE role_id ="
               " (SELECT id FROM role WHERE title = ?1) ORDER BY alias",
               args, 0);

        status = mlhead_next_roles(f->db, names.v[i], &steps, &n);
        steps_as_lines(&got, steps, n);
        mlhead_free(steps);
        expect(f, "mlhead_next_roles", status, &got,
               STEPS_CTE "SELECT printf('" STEP_FMT "', y.title, e.kind, e.note, e.line)"
                         " FROM e JOIN role x ON x.id = e.a JOIN role y ON y.id = e.b"
                         " WHERE x.title = ?1",
               args, 1);

        status = mlhead_prev_roles(f->db, names.v[i], &steps, &n);
        steps_as_lines(&got, steps, n);
        mlhead_free(steps);
        expect(f, "mlhead_prev_roles", status, &got,
               STEPS_CTE "SELECT printf('" STEP_FMT "', x.title, e.kind, e.note, e.line)"
                         " FROM e JOIN role x ON x.id = e.a JOIN role y ON y.id = e.b"
                         " WHERE y.title = ?1",
               args, 1);

        status = mlhead_salary_range(f->db, names.v[i], &band);
        if (status == MLHEAD_OK)
            put_salary(&got, &band);
        expect(f, "mlhead_salary_range", status == MLHEAD_NO_DATA ? MLHEAD_NOT_FOUND : status, &got,
               "SELECT " SALARY_SQL " FROM role r JOIN salary_band_role br ON br.role_id = r.id"
               " JOIN salary_band b ON b.id = br.band_id WHERE r.title = ?1",
               args, 0);
    }
    clear(&names);
}

/* A path between every two roles: it starts at one and ends at the other,
 * each of its steps is a step of the file, and it takes the fewest steps
 * the recursive query counts; none exactly when the query finds none. */
static void check_paths(struct prop *f)
{
    struct lines from = {0}, dist = {0}, edges = {0};
    size_t i, j, n = 0, k;
    query(f, &from, "SELECT title FROM role ORDER BY id", NULL);
    query(f, &edges,
          STEPS_CTE "SELECT x.title || char(1) || y.title FROM e JOIN role x ON x.id = e.a"
                    " JOIN role y ON y.id = e.b",
          NULL);
    if (edges.n)
        qsort(edges.v, edges.n, sizeof *edges.v, by_text);
    for (i = 0; i < from.n; i++) {
        const char *args[] = {from.v[i], NULL};
        query(f, &dist,
              STEPS_CTE ", walk(id, d) AS (SELECT id, 0 FROM role WHERE title = ?1"
                        " UNION SELECT e.b, walk.d + 1 FROM walk JOIN e ON e.a = walk.id"
                        " WHERE walk.d < (SELECT count(*) FROM role))"
                        " SELECT printf('%d|%s', ifnull((SELECT min(d) FROM walk WHERE id = r.id),"
                        " -1), r.title) FROM role r ORDER BY r.id",
              args);
        if (dist.n != from.n)
            prop_fail(f, "walk: %zu roles of %zu", dist.n, from.n);
        for (j = 0; j < from.n; j++) {
            mlhead_role *path = NULL;
            int want = atoi(dist.v[j]);
            int status = mlhead_path(f->db, from.v[i], from.v[j], &path, &n);
            if (want < 0) {
                if (status != MLHEAD_NO_PATH)
                    prop_fail(f, "path %s -> %s gave %d, SQLite finds none", from.v[i], from.v[j],
                              status);
                continue;
            }
            if (status != MLHEAD_OK || n != (size_t)want + 1 ||
                strcmp(path[0].title, from.v[i]) != 0 || strcmp(path[n - 1].title, from.v[j]) != 0)
                prop_fail(f, "path %s -> %s: %s, %zu roles; SQLite: %d steps", from.v[i], from.v[j],
                          mlhead_strerror(status), n, want);
            for (k = 0; k + 1 < n; k++) {
                char *step = sqlite3_mprintf("%s\001%s", path[k].title, path[k + 1].title);
                if (!step)
                    abort();
                if (!bsearch(&step, edges.v, edges.n, sizeof *edges.v, by_text))
                    prop_fail(f, "path %s -> %s steps from %s to %s, no step of the file",
                              from.v[i], from.v[j], path[k].title, path[k + 1].title);
                sqlite3_free(step);
            }
            mlhead_free(path);
        }
        clear(&dist);
    }
    clear(&edges);
    clear(&from);
}

/* Each section's headings, items and texts; each heading's items. */
static void check_sections(struct prop *f)
{
    struct lines names = {0}, got = {0};
    size_t i, j, n = 0;
    query(f, &names, "SELECT slug FROM section UNION ALL SELECT title FROM section", NULL);
    for (i = 0; i < names.n; i++) {
        const char *args[] = {names.v[i], NULL};
        mlhead_category *cats = NULL;
        mlhead_item *items = NULL;
        mlhead_section_text t;
        int status = mlhead_category_list(f->db, names.v[i], &cats, &n);
        for (j = 0; j < n; j++)
            add(&got, "%s|%s|%s|%s|%d|%d|%d", cats[j].section, cats[j].slug, cats[j].title,
                s_(cats[j].group), cats[j].position, cats[j].items, cats[j].line);
        mlhead_free(cats);
        expect(f, "mlhead_category_list", status, &got,
               "SELECT printf('%s|%s|%s|%s|%d|%d|%d', s.slug, c.slug, c.title,"
               " ifnull(p.title, '~'), c.position, (SELECT count(*) FROM item i"
               " JOIN category k ON k.id = i.category_id WHERE k.id = c.id OR k.parent_id = c.id),"
               " c.line) FROM category c JOIN section s ON s.id = c.section_id"
               " LEFT JOIN category p ON p.id = c.parent_id"
               " WHERE s.slug = ?1 OR s.title = ?1 ORDER BY c.line",
               args, 0);

        status = mlhead_item_list(f->db, names.v[i], NULL, &items, &n);
        items_as_lines(&got, items, n);
        mlhead_free(items);
        expect(f, "mlhead_item_list (a section)", status, &got,
               "SELECT " ITEM_SQL " WHERE s.slug = ?1 OR s.title = ?1 ORDER BY i.line", args, 0);

        status = mlhead_section_text_get(f->db, names.v[i], &t);
        if (status == MLHEAD_OK)
            add(&got, "%s|%s|%s|%d|%s|%d", t.section, t.title, t.intro, t.intro_line, s_(t.closing),
                t.closing_line);
        expect(f, "mlhead_section_text_get", status, &got,
               "SELECT printf('%s|%s|%s|%d|%s|%d', slug, title, intro, intro_line,"
               " ifnull(closing, '~'), ifnull(closing_line, 0)) FROM section"
               " WHERE slug = ?1 OR title = ?1",
               args, 0);
    }
    clear(&names);
    /* every heading, by its slug and its title, under its section's slug */
    query(f, &names,
          "SELECT s.slug || char(1) || c.slug FROM category c JOIN section s ON s.id = c.section_id"
          " UNION ALL SELECT s.slug || char(1) || c.title FROM category c"
          " JOIN section s ON s.id = c.section_id",
          NULL);
    for (i = 0; i < names.n; i++) {
        char *heading = strchr(names.v[i], 1);
        mlhead_item *items = NULL;
        int status;
        *heading++ = '\0';
        {
            const char *args[] = {names.v[i], heading, NULL};
            status = mlhead_item_list(f->db, names.v[i], heading, &items, &n);
            items_as_lines(&got, items, n);
            mlhead_free(items);
            expect(f, "mlhead_item_list (a heading)", status, &got, HEADING_SQL, args, 0);
            if (strcmp(names.v[i], "best-practices") == 0) {
                status = mlhead_best_practices(f->db, heading, &items, &n);
                items_as_lines(&got, items, n);
                mlhead_free(items);
                expect(f, "mlhead_best_practices", status, &got, HEADING_SQL, args, 0);
            }
        }
    }
    clear(&names);
}

/* A word of the file (letters only, two or more) or NULL. */
static int plain_word(const char *w)
{
    size_t i;
    for (i = 0; w[i]; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return 0;
    return i >= 2;
}

/* Raw FTS5 queries give SQLite's own hits in its order; mlhead_search's
 * hits for one word are the rows whose text or terms have a word that
 * starts with it, in the order of SEARCH_SQL, all of them or the first
 * three, and mlhead_search_in's those of them in its section. */
static void check_search(struct prop *f, int words_max)
{
    struct lines words = {0}, got = {0}, sections = {0};
    size_t i, j, n = 0;
    char limit[16];
    const char *lim[] = {limit, NULL};
    snprintf(limit, sizeof limit, "%d", words_max);
    query(f, &words,
          "SELECT DISTINCT lower(substr(text, 1, instr(text || ' ', ' ') - 1)) FROM search"
          " ORDER BY rowid LIMIT ?1",
          lim);
    query(f, &sections, "SELECT slug FROM section ORDER BY position", NULL);
    for (i = 0; i < words.n; i++) {
        char match[160], start[160], whole[160];
        const char *args[] = {words.v[i], NULL}, *in[] = {match, start, whole, NULL, NULL};
        mlhead_hit *hits = NULL;
        int status;
        if (!plain_word(words.v[i]) || strlen(words.v[i]) > 64)
            continue;
        status = mlhead_search_raw(f->db, words.v[i], 0, &hits, &n);
        hits_as_lines(&got, hits, n);
        mlhead_free(hits);
        expect(f, "mlhead_search_raw", status == MLHEAD_EMPTY ? MLHEAD_OK : status, &got,
               "SELECT " HIT_SQL " FROM search WHERE search MATCH ?1 ORDER BY bm25(search), line",
               args, 0);

        snprintf(match, sizeof match, "{text terms} : (\"%s\"*)", words.v[i]);
        snprintf(start, sizeof start, "{text terms} : (^\"%s\")", words.v[i]);
        snprintf(whole, sizeof whole, "{text terms} : (\"%s\")", words.v[i]);
        status = mlhead_search(f->db, words.v[i], 0, &hits, &n);
        ranked_hits_as_lines(&got, hits, n);
        mlhead_free(hits);
        expect(f, "mlhead_search", status, &got, SEARCH_SQL(""), in, 0);
        status = mlhead_search(f->db, words.v[i], 3, &hits, &n);
        ranked_hits_as_lines(&got, hits, n);
        mlhead_free(hits);
        expect(f, "mlhead_search (3 hits)", status, &got, SEARCH_SQL("") " LIMIT 3", in, 0);

        for (j = 0; j < sections.n; j += 3) {
            in[3] = sections.v[j];
            status = mlhead_search_in(f->db, words.v[i], sections.v[j], 0, &hits, &n);
            ranked_hits_as_lines(&got, hits, n);
            mlhead_free(hits);
            expect(f, "mlhead_search_in", status == MLHEAD_EMPTY ? MLHEAD_OK : status, &got,
                   SEARCH_SQL(" AND section = ?4"), in, 0);
        }
    }
    clear(&words);
    clear(&sections);
}

/* Every check on db and o, search with the first words_max words of the
 * search rows: 1, or 0 with the first difference in why (the lists a
 * difference leaves behind are not freed: the caller stops). */
static int property_check(mlhead *db, sqlite3 *o, int words_max, char *why, size_t size)
{
    struct prop *f = calloc(1, sizeof *f);
    int ok = 0;
    if (!f)
        abort();
    f->db = db;
    f->o = o;
    if (setjmp(f->jump) == 0) {
        check_edition_and_lists(f);
        check_tracks(f);
        check_roles(f);
        check_paths(f);
        check_sections(f);
        check_search(f, words_max);
        ok = 1;
    } else {
        snprintf(why, size, "%s", f->why);
    }
    free(f);
    return ok;
}

#endif
