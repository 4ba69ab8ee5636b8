/* answers.c - the C API's own answers, printed as JSON, for the Python
 * binding's tests to compare with: one struct per line, each field under
 * its C name with its raw value (enums as numbers, usd -1 when unknown).
 *
 *   answers [--db PATH] CALL [ARG...]     an ARG of "-" is NULL
 *
 * A failed call prints {"status":N,"message":"...","argument":N}.  Exit 0 whenever the
 * call was made, 2 on a usage error. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlhead.h"

/* The JSON emitter: `first` says whether the open object has a field yet. */
static int first;

static void key(const char *k)
{
    if (k)
        printf("%s\"%s\":", first ? "" : ",", k);
    first = 0;
}

static void begin(const char *k)
{
    key(k);
    putchar('{');
    first = 1;
}

static void end(void)
{
    putchar('}');
    first = 0;
}

static void str(const char *k, const char *s)
{
    key(k);
    if (!s) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

static void num(const char *k, long long v)
{
    key(k);
    printf("%lld", v);
}

static void real(const char *k, double v)
{
    key(k);
    printf("%.17g", v);
}

static void figure(const char *k, mlhead_figure f)
{
    begin(k);
    num("bound", f.bound);
    num("usd", f.usd);
    end();
}

static void role(const char *k, const mlhead_role *r)
{
    begin(k);
    str("title", r->title);
    str("slug", r->slug);
    str("track", r->track);
    str("track_title", r->track_title);
    num("level", r->level);
    str("section", r->section);
    num("line", r->line);
    end();
}

static void print_role(const void *p)
{
    role(NULL, p);
}

static void print_alias(const void *p)
{
    str(NULL, *(const char *const *)p);
}

static void print_step(const void *p)
{
    const mlhead_step *s = p;
    begin(NULL);
    role("role", &s->role);
    num("kind", s->kind);
    str("note", s->note);
    num("line", s->line);
    end();
}

static void print_role_name(const void *p)
{
    const mlhead_role_name *n = p;
    begin(NULL);
    str("name", n->name);
    num("kind", n->kind);
    role("role", &n->role);
    end();
}

static void print_reach(const void *p)
{
    const mlhead_reach *r = p;
    begin(NULL);
    role("role", &r->role);
    num("distance", r->distance);
    end();
}

static void print_edge(const void *p)
{
    const mlhead_edge *e = p;
    begin(NULL);
    role("from", &e->from);
    role("to", &e->to);
    num("kind", e->kind);
    str("note", e->note);
    num("line", e->line);
    end();
}

static void print_role_match(const void *p)
{
    const mlhead_role_match_hit *m = p;
    begin(NULL);
    role("role", &m->role);
    real("score", m->score);
    num("matched", m->matched);
    str("name", m->name);
    end();
}

static void print_match(const void *p)
{
    const mlhead_match_hit *m = p;
    begin(NULL);
    str("slug", m->slug);
    str("title", m->title);
    str("section", m->section);
    real("score", m->score);
    num("matched", m->matched);
    str("name", m->name);
    end();
}

static void print_track(const void *p)
{
    const mlhead_track *t = p;
    begin(NULL);
    str("slug", t->slug);
    str("title", t->title);
    num("steps", t->steps);
    num("line", t->line);
    end();
}

static void print_salary(const void *p)
{
    const mlhead_salary *s = p;
    begin(NULL);
    str("role", s->role);
    str("band", s->band);
    str("heading", s->heading);
    str("market", s->market);
    str("currency", s->currency);
    num("year", s->year);
    str("period", s->period);
    figure("min", s->min);
    figure("max", s->max);
    figure("avg", s->avg);
    figure("avg_high", s->avg_high);
    num("avg_is_range", s->avg_is_range);
    num("line", s->line);
    end();
}

static void print_section(const void *p)
{
    const mlhead_section *s = p;
    begin(NULL);
    str("slug", s->slug);
    str("title", s->title);
    num("position", s->position);
    num("items", s->items);
    num("line", s->line);
    end();
}

static void print_section_text(const void *p)
{
    const mlhead_section_text *t = p;
    begin(NULL);
    str("section", t->section);
    str("title", t->title);
    str("intro", t->intro);
    num("intro_line", t->intro_line);
    str("closing", t->closing);
    num("closing_line", t->closing_line);
    end();
}

static void print_category(const void *p)
{
    const mlhead_category *c = p;
    begin(NULL);
    str("section", c->section);
    str("slug", c->slug);
    str("title", c->title);
    str("group", c->group);
    num("position", c->position);
    num("items", c->items);
    num("line", c->line);
    end();
}

static void print_item(const void *p)
{
    const mlhead_item *i = p;
    begin(NULL);
    str("section", i->section);
    str("group", i->group);
    str("category", i->category);
    num("position", i->position);
    str("term", i->term);
    str("text", i->text);
    num("line", i->line);
    end();
}

static void print_stat(const void *p)
{
    const mlhead_stat *s = p;
    begin(NULL);
    str("slug", s->slug);
    real("value", s->value);
    num("unit", s->unit);
    str("basis", s->basis);
    str("period", s->period);
    str("source", s->source);
    str("qualifier", s->qualifier);
    str("text", s->text);
    num("line", s->line);
    end();
}

static void print_hit(const void *p)
{
    const mlhead_hit *h = p;
    begin(NULL);
    num("kind", h->kind);
    str("section", h->section);
    str("category", h->category);
    str("text", h->text);
    str("snippet", h->snippet);
    real("rank", h->rank);
    num("line", h->line);
    end();
}

static void print_offer(const void *p)
{
    const mlhead_offer *o = p;
    begin(NULL);
    num("usd", o->usd);
    num("range", o->range);
    num("average", o->average);
    end();
}

/* The four figures of a band as mlhead_figure_format() writes them. */
static void print_formatted(const void *p)
{
    const mlhead_salary *s = p;
    const mlhead_figure *f[] = {&s->min, &s->max, &s->avg, &s->avg_high};
    const char *names[] = {"min", "max", "avg", "avg_high"};
    begin(NULL);
    for (size_t i = 0; i < 4; i++) {
        char buf[32];
        if (mlhead_figure_format(*f[i], buf, sizeof buf) < 0)
            return;
        str(names[i], buf);
    }
    end();
}

static void print_edition(const void *p)
{
    const mlhead_edition *e = p;
    begin(NULL);
    str("title", e->title);
    str("source", e->source);
    str("edition", e->edition);
    str("market", e->market);
    str("currency", e->currency);
    num("year", e->year);
    num("schema_version", e->schema_version);
    end();
}

/* Prints each of `count` structs of `size` bytes, one a line, then frees
 * the list (size 0: one struct of the caller's, not freed). */
static void print_list(void *list, size_t count, size_t size, void (*print)(const void *))
{
    for (size_t i = 0; i < count; i++) {
        print((const char *)list + i * size);
        putchar('\n');
    }
    if (size)
        mlhead_free(list);
}

static const char *arg(int argc, char **argv, int i)
{
    if (i >= argc || strcmp(argv[i], "-") == 0)
        return NULL;
    return argv[i];
}

static size_t limit(int argc, char **argv, int i)
{
    const char *s = arg(argc, argv, i);
    return s ? (size_t)strtoull(s, NULL, 10) : 0;
}

int main(int argc, char **argv)
{
    int i = 1;
    const char *path = NULL;
    if (argc > 2 && strcmp(argv[1], "--db") == 0) {
        path = argv[2];
        i = 3;
    }
    if (i >= argc)
        return 2;
    const char *call = argv[i];
    const char *a = arg(argc, argv, i + 1), *b = arg(argc, argv, i + 2);
    mlhead *db;
    char msg[512];
    int rc = mlhead_open_msg(path, &db, msg, sizeof msg);
    if (rc != MLHEAD_OK) {
        begin(NULL);
        num("status", rc);
        str("message", msg);
        num("argument", 0);
        end();
        putchar('\n');
        return 0;
    }
    size_t n = 0;
    union {
        mlhead_role role;
        mlhead_salary salary;
        mlhead_edition edition;
        mlhead_section_text text;
    } one;
    memset(&one, 0, sizeof one);
    if (strcmp(call, "role_find") == 0) {
        if ((rc = mlhead_role_find(db, a, &one.role)) == MLHEAD_OK)
            print_list(&one.role, 1, 0, print_role);
    } else if (strcmp(call, "salary_range") == 0) {
        if ((rc = mlhead_salary_range(db, a, &one.salary)) == MLHEAD_OK)
            print_list(&one.salary, 1, 0, print_salary);
    } else if (strcmp(call, "salary_compare") == 0) {
        mlhead_offer offer;
        if ((rc = mlhead_salary_range(db, a, &one.salary)) == MLHEAD_OK &&
            (rc = mlhead_salary_compare(&one.salary, b ? strtoll(b, NULL, 10) : 0, &offer)) ==
                MLHEAD_OK)
            print_list(&offer, 1, 0, print_offer);
    } else if (strcmp(call, "figure_format") == 0) {
        if ((rc = mlhead_salary_range(db, a, &one.salary)) == MLHEAD_OK)
            print_list(&one.salary, 1, 0, print_formatted);
    } else if (strcmp(call, "section_text") == 0) {
        if ((rc = mlhead_section_text_get(db, a, &one.text)) == MLHEAD_OK)
            print_list(&one.text, 1, 0, print_section_text);
    } else if (strcmp(call, "search_in") == 0) {
        mlhead_hit *l;
        if ((rc = mlhead_search_in(db, a, b, limit(argc, argv, i + 3), &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_hit);
    } else if (strcmp(call, "edition") == 0) {
        if ((rc = mlhead_edition_get(db, &one.edition)) == MLHEAD_OK)
            print_list(&one.edition, 1, 0, print_edition);
    } else if (strcmp(call, "role_list") == 0) {
        mlhead_role *l;
        if ((rc = mlhead_role_list(db, a, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_role);
    } else if (strcmp(call, "role_aliases") == 0) {
        const char **l;
        if ((rc = mlhead_role_aliases(db, a, &l, &n)) == MLHEAD_OK)
            print_list((void *)l, n, sizeof *l, print_alias);
    } else if (strcmp(call, "track_list") == 0) {
        mlhead_track *l;
        if ((rc = mlhead_track_list(db, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_track);
    } else if (strcmp(call, "next_roles") == 0) {
        mlhead_step *l;
        if ((rc = mlhead_next_roles(db, a, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_step);
    } else if (strcmp(call, "role_match") == 0) {
        mlhead_role_match_hit *l;
        if ((rc = mlhead_role_match(db, a, limit(argc, argv, i + 2), &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_role_match);
    } else if (strcmp(call, "match") == 0) {
        mlhead_match_hit *l;
        int what = a ? atoi(a) : 0;
        if ((rc = mlhead_match(db, (mlhead_match_what)what, b, limit(argc, argv, i + 3), &l, &n)) ==
            MLHEAD_OK)
            print_list(l, n, sizeof *l, print_match);
    } else if (strcmp(call, "role_names") == 0) {
        mlhead_role_name *l;
        if ((rc = mlhead_role_names(db, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_role_name);
    } else if (strcmp(call, "prev_roles") == 0) {
        mlhead_step *l;
        if ((rc = mlhead_prev_roles(db, a, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_step);
    } else if (strcmp(call, "path_steps") == 0) {
        mlhead_step *l;
        if ((rc = mlhead_path_steps(db, a, b, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_step);
    } else if (strcmp(call, "reachable") == 0) {
        mlhead_reach *l;
        if ((rc = mlhead_reachable(db, a, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_reach);
    } else if (strcmp(call, "step_list") == 0) {
        mlhead_edge *l;
        if ((rc = mlhead_step_list(db, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_edge);
    } else if (strcmp(call, "path") == 0) {
        mlhead_role *l;
        if ((rc = mlhead_path(db, a, b, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_role);
    } else if (strcmp(call, "salary_list") == 0) {
        mlhead_salary *l;
        if ((rc = mlhead_salary_list(db, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_salary);
    } else if (strcmp(call, "section_list") == 0) {
        mlhead_section *l;
        if ((rc = mlhead_section_list(db, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_section);
    } else if (strcmp(call, "category_list") == 0) {
        mlhead_category *l;
        if ((rc = mlhead_category_list(db, a, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_category);
    } else if (strcmp(call, "item_list") == 0) {
        mlhead_item *l;
        if ((rc = mlhead_item_list(db, a, b, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_item);
    } else if (strcmp(call, "best_practices") == 0) {
        mlhead_item *l;
        if ((rc = mlhead_best_practices(db, a, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_item);
    } else if (strcmp(call, "stat_list") == 0) {
        mlhead_stat *l;
        if ((rc = mlhead_stat_list(db, &l, &n)) == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_stat);
    } else if (strcmp(call, "search") == 0 || strcmp(call, "search_raw") == 0) {
        mlhead_hit *l;
        size_t max = limit(argc, argv, i + 2);
        rc = call[6] ? mlhead_search_raw(db, a, max, &l, &n) : mlhead_search(db, a, max, &l, &n);
        if (rc == MLHEAD_OK)
            print_list(l, n, sizeof *l, print_hit);
    } else {
        mlhead_close(db);
        return 2;
    }
    if (rc != MLHEAD_OK) {
        begin(NULL);
        num("status", rc);
        str("message", mlhead_errmsg(db));
        num("argument", mlhead_errarg(db));
        end();
        putchar('\n');
    }
    mlhead_close(db);
    return 0;
}
