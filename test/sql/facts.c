/*
 * facts.c - prints, through the C API, the facts that README's SQL
 * examples ask of the views, so test/sql/clients.sh can compare the two.
 *
 *   facts DB FACT      DB: a path, or "-" for the embedded data
 *
 * FACT is edition, salary, salary-usd, ladder, steps, find, roles, sections,
 * best-practices, challenges, market-stats, search, or all of them in turn.  Each
 * row is one line of tab-separated values in the form test/sql/rows.py
 * prints SQL answers: NULL as \N; a backslash, tab or newline inside text
 * as \\, \t, \n; integers in decimal; reals in fixed notation with the
 * fewest decimals that read back the same, ".0" when whole (as Python's
 * repr() and JavaScript print reals between 1e-4 and 1e16).  Figures are
 * shown as the salary view shows them: "$644,261+", "unknown".  Exit
 * status: 0, 1 on a failed call, 2 on bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mlhead.h>

static void text(const char *s, int last)
{
    if (!s) {
        fputs("\\N", stdout);
    } else {
        for (; *s; s++) {
            if (*s == '\\')
                fputs("\\\\", stdout);
            else if (*s == '\t')
                fputs("\\t", stdout);
            else if (*s == '\n')
                fputs("\\n", stdout);
            else
                putchar(*s);
        }
    }
    putchar(last ? '\n' : '\t');
}

static void integer(long long v, int last)
{
    printf("%lld%c", v, last ? '\n' : '\t');
}

/* Fixed notation with the fewest decimals that read back as v. */
static void real(double v, int last)
{
    char buf[400];
    int decimals;
    for (decimals = 0; decimals <= 17; decimals++) {
        snprintf(buf, sizeof buf, "%.*f", decimals, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    if (!strchr(buf, '.'))
        strcat(buf, ".0");
    text(buf, last);
}

/* "$188,000", "$644,261+" or "unknown", as the salary view prints them;
 * buf holds at least 40 bytes. */
static const char *money(mlhead_figure f, char *buf)
{
    return mlhead_figure_format(f, buf, 40) < 0 ? "?" : buf;
}

static int edition(mlhead *db)
{
    mlhead_edition e;
    int status = mlhead_edition_get(db, &e);
    if (status == MLHEAD_OK) {
        text(e.title, 0);
        text(e.source, 0);
        text(e.edition, 0);
        text(e.market, 0);
        text(e.currency, 0);
        integer(e.year, 1);
    }
    return status;
}

static int salary(mlhead *db)
{
    mlhead_salary *s;
    size_t n, i;
    char a[40], b[40], c[90];
    int status = mlhead_salary_list(db, &s, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        text(s[i].role, 0);
        text(s[i].band, 0);
        text(money(s[i].min, a), 0);
        text(money(s[i].max, b), 0);
        if (s[i].avg_is_range) {
            snprintf(c, sizeof c, "%s - %s", money(s[i].avg, a), money(s[i].avg_high, b));
            text(c, 0);
        } else {
            text(money(s[i].avg, a), 0);
        }
        text(s[i].currency, 0);
        text(s[i].market, 0);
        integer(s[i].year, 0);
        text(s[i].period, 0);
        integer(s[i].line, 1);
    }
    mlhead_free(status == MLHEAD_OK ? s : NULL);
    return status;
}

static int ladder(mlhead *db)
{
    mlhead_track *t;
    mlhead_role *r;
    size_t nt, nr, i, j;
    int status = mlhead_track_list(db, &t, &nt);
    for (i = 0; status == MLHEAD_OK && i < nt; i++) {
        status = mlhead_role_list(db, t[i].slug, &r, &nr);
        for (j = 0; status == MLHEAD_OK && j < nr; j++) {
            text(t[i].title, 0);
            integer(r[j].level, 0);
            text(r[j].title, 1);
        }
        mlhead_free(status == MLHEAD_OK ? r : NULL);
    }
    mlhead_free(status == MLHEAD_OK ? t : NULL);
    return status;
}

/* Every step, as the steps view has them: from, to, kind, note, line. */
static int steps(mlhead *db)
{
    mlhead_role *r;
    mlhead_step *s;
    size_t nr, ns, i, j;
    int status = mlhead_role_list(db, NULL, &r, &nr);
    for (i = 0; status == MLHEAD_OK && i < nr; i++) {
        status = mlhead_next_roles(db, r[i].title, &s, &ns);
        for (j = 0; status == MLHEAD_OK && j < ns; j++) {
            text(r[i].title, 0);
            text(s[j].role.title, 0);
            text(mlhead_step_kind_name((int)s[j].kind), 0);
            text(s[j].note, 0);
            integer(s[j].line, 1);
        }
        mlhead_free(status == MLHEAD_OK ? s : NULL);
    }
    mlhead_free(status == MLHEAD_OK ? r : NULL);
    return status;
}

static int find(mlhead *db)
{
    mlhead_role r;
    int status = mlhead_role_find(db, "head of ml", &r);
    if (status == MLHEAD_OK)
        text(r.title, 1);
    return status;
}

/* Each role with its aliases joined by ", ", as the roles view has them. */
static int roles(mlhead *db)
{
    mlhead_role *r;
    const char **a;
    size_t nr, na, i, j;
    char joined[1024];
    int status = mlhead_role_list(db, NULL, &r, &nr);
    for (i = 0; status == MLHEAD_OK && i < nr; i++) {
        status = mlhead_role_aliases(db, r[i].title, &a, &na);
        if (status != MLHEAD_OK)
            break;
        joined[0] = '\0';
        for (j = 0; j < na; j++) {
            if (j)
                strncat(joined, ", ", sizeof joined - strlen(joined) - 1);
            strncat(joined, a[j], sizeof joined - strlen(joined) - 1);
        }
        text(r[i].title, 0);
        text(na ? joined : NULL, 1);
        mlhead_free(a);
    }
    mlhead_free(status == MLHEAD_OK ? r : NULL);
    return status;
}

static int sections(mlhead *db)
{
    mlhead_section *s;
    size_t n, i;
    int status = mlhead_section_list(db, &s, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        integer(s[i].position, 0);
        text(s[i].slug, 0);
        text(s[i].title, 1);
    }
    mlhead_free(status == MLHEAD_OK ? s : NULL);
    return status;
}

static int best_practices(mlhead *db)
{
    mlhead_item *it;
    size_t n, i;
    int status = mlhead_best_practices(db, NULL, &it, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        text(it[i].category, 0);
        text(it[i].text, 1);
    }
    mlhead_free(status == MLHEAD_OK ? it : NULL);
    return status;
}

static int challenges(mlhead *db)
{
    mlhead_item *it;
    size_t n, i;
    int status = mlhead_item_list(db, "challenges", NULL, &it, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        text(it[i].section, 0);
        text(it[i].group, 0);
        text(it[i].category, 0);
        integer(it[i].position, 0);
        text(it[i].term, 0);
        text(it[i].text, 0);
        integer(it[i].line, 1);
    }
    mlhead_free(status == MLHEAD_OK ? it : NULL);
    return status;
}

static int market_stats(mlhead *db)
{
    mlhead_stat *st;
    size_t n, i;
    int status = mlhead_stat_list(db, &st, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        text(st[i].slug, 0);
        real(st[i].value, 0);
        text(mlhead_unit_name((int)st[i].unit), 0);
        text(st[i].basis, 1);
    }
    mlhead_free(status == MLHEAD_OK ? st : NULL);
    return status;
}

/* What a person typing "gov" finds: every hit's text. */
static int search(mlhead *db)
{
    mlhead_hit *h;
    size_t n, i;
    int status = mlhead_search(db, "gov", 0, &h, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++)
        text(h[i].text, 1);
    mlhead_free(status == MLHEAD_OK ? h : NULL);
    return status;
}

/* The salary_usd example: the bands whose maximum is at least $300,000,
 * with its bound's name. */
static int salary_usd(mlhead *db)
{
    mlhead_salary *s;
    size_t n, i;
    int status = mlhead_salary_list(db, &s, &n);
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        if (s[i].max.bound == MLHEAD_UNKNOWN || s[i].max.usd < 300000)
            continue;
        text(s[i].role, 0);
        integer(s[i].max.usd, 0);
        text(mlhead_bound_name(s[i].max.bound), 1);
    }
    mlhead_free(status == MLHEAD_OK ? s : NULL);
    return status;
}

static const struct fact {
    const char *name;
    int (*print)(mlhead *db);
} facts[] = {
    {"edition", edition},
    {"salary", salary},
    {"salary-usd", salary_usd},
    {"ladder", ladder},
    {"steps", steps},
    {"find", find},
    {"roles", roles},
    {"sections", sections},
    {"best-practices", best_practices},
    {"challenges", challenges},
    {"market-stats", market_stats},
    {"search", search},
};

int main(int argc, char **argv)
{
    mlhead *db = NULL;
    size_t i, n = sizeof facts / sizeof facts[0], first = 0, last = n;
    int status;

    if (argc != 3) {
        fprintf(stderr, "usage: %s DB|- FACT|all\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[2], "all") != 0) {
        for (first = 0; first < n && strcmp(argv[2], facts[first].name) != 0; first++)
            ;
        if (first == n) {
            fprintf(stderr, "facts: no fact called %s\n", argv[2]);
            return 2;
        }
        last = first + 1;
    }
    status = mlhead_open(strcmp(argv[1], "-") == 0 ? NULL : argv[1], &db);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "facts: %s: %s\n", argv[1], mlhead_strerror(status));
        return 1;
    }
    for (i = first; status == MLHEAD_OK && i < last; i++) {
        status = facts[i].print(db);
        if (status != MLHEAD_OK)
            fprintf(stderr, "facts: %s: %s\n", facts[i].name, mlhead_errmsg(db));
    }
    mlhead_close(db);
    return status == MLHEAD_OK ? 0 : 1;
}
