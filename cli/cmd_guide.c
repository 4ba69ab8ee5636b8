/*
 * cmd_guide.c - the subcommands about the guide's contents: salary,
 * practices, list, stats, search and info.
 */
#include <stdlib.h>

#include "cli.h"

static const char salary_title[] = "US salary bands, 2024 (USD per year)";

static const struct column salary_cols[] = {
    {"role", "ROLE", COL_BOTH},
    {"band", "BAND", COL_JSON | COL_RECORD},
    {"heading", "HEADING", COL_JSON | COL_RECORD},
    {"min", "MINIMUM", COL_BOTH | COL_RIGHT},
    {"max", "MAXIMUM", COL_BOTH | COL_RIGHT},
    {"average", "AVERAGE", COL_TEXT | COL_RIGHT},
    {"avg", "AVG", COL_JSON},
    {"avg_high", "AVG HIGH", COL_JSON},
    {"market", "MARKET", COL_JSON},
    {"currency", "CURRENCY", COL_JSON},
    {"year", "YEAR", COL_JSON},
    {"period", "PERIOD", COL_JSON},
    {"line", "LINE", COL_JSON},
};

static void add_salary(struct table *t, const mlhead_salary *s)
{
    char avg[80];
    tab_text(t, s->role);
    tab_text(t, s->band);
    tab_text(t, s->heading);
    tab_figure(t, s->min);
    tab_figure(t, s->max);
    tab_text(t, fmt_average(avg, sizeof avg, s));
    tab_figure(t, s->avg);
    tab_figure(t, s->avg_high);
    tab_text(t, s->market);
    tab_text(t, s->currency);
    tab_int(t, s->year);
    tab_text(t, s->period);
    tab_int(t, s->line);
}

int cmd_salary(struct cli *c, int argc, char **argv)
{
    struct table t;
    mlhead_salary one, *all = &one;
    size_t n = 1, i;
    int status;
    if (argc == 1)
        status = mlhead_salary_range(c->db, argv[0], &one);
    else
        status = mlhead_salary_list(c->db, &all, &n);
    if (status != MLHEAD_OK)
        return fail_role(c, status, argc == 1 ? argv[0] : "");
    tab_init(&t, "salary", salary_title, salary_cols, NCOLS(salary_cols));
    t.record = argc == 1;
    for (i = 0; i < n; i++)
        add_salary(&t, &all[i]);
    if (all != &one)
        mlhead_free(all);
    return report_print(c, &t, 1);
}

/* ---- the guide's lists ---- */

static const struct column item_cols[] = {
    {"section", "SECTION", COL_JSON},  {"group", "GROUP", COL_JSON},
    {"category", "HEADING", COL_BOTH}, {"position", "#", COL_JSON},
    {"term", "TERM", COL_JSON},        {"text", "TEXT", COL_JSON},
    {"item", "ITEM", COL_TEXT},        {"line", "LINE", COL_JSON},
};

static int print_items(struct cli *c, mlhead_item *items, size_t n)
{
    struct table t;
    size_t i;
    tab_init(&t, "items", NULL, item_cols, NCOLS(item_cols));
    t.group = 1;
    for (i = 0; i < n; i++) {
        tab_text(&t, items[i].section);
        tab_text(&t, items[i].group);
        tab_text(&t, items[i].category);
        tab_int(&t, items[i].position);
        tab_text(&t, items[i].term);
        tab_text(&t, items[i].text);
        if (items[i].term)
            tab_textf(&t, "%s: %s", items[i].term, items[i].text);
        else
            tab_text(&t, items[i].text);
        tab_int(&t, items[i].line);
    }
    mlhead_free(items);
    return report_print(c, &t, 1);
}

/* Offers the sections (section NULL) or one section's headings closest to
 * a name that was not found. */
static void suggest_list_name(struct cli *c, const char *section, const char *typed)
{
    mlhead_section *sections = NULL;
    mlhead_category *cats = NULL;
    const char **names;
    size_t n = 0, i;
    int status = section ? mlhead_category_list(c->db, section, &cats, &n)
                         : mlhead_section_list(c->db, &sections, &n);
    names = status == MLHEAD_OK ? malloc(2 * n * sizeof *names + 1) : NULL;
    for (i = 0; names && i < n; i++) {
        names[2 * i] = section ? cats[i].title : sections[i].title;
        names[2 * i + 1] = section ? cats[i].slug : sections[i].slug;
    }
    if (names)
        suggest(typed, names, 2 * n);
    free(names);
    mlhead_free(sections);
    mlhead_free(cats);
}

/* Lists a section's items (or one heading's); on failure says why and
 * offers the closest section or heading. */
static int list_items(struct cli *c, const char *section, const char *category)
{
    mlhead_item *items;
    size_t n;
    mlhead_category *cats;
    int status = mlhead_item_list(c->db, section, category, &items, &n), exit_status;
    if (status == MLHEAD_OK)
        return print_items(c, items, n);
    exit_status = cli_fail(c, status);
    if (status != MLHEAD_NOT_FOUND)
        return exit_status;
    /* The section is known when the heading alone is missing. */
    if (category && mlhead_category_list(c->db, section, &cats, &n) == MLHEAD_OK) {
        mlhead_free(cats);
        suggest_list_name(c, section, category);
    } else {
        suggest_list_name(c, NULL, section);
    }
    return exit_status;
}

int cmd_practices(struct cli *c, int argc, char **argv)
{
    return list_items(c, "best-practices", argc ? argv[0] : NULL);
}

static const struct column section_cols[] = {
    {"slug", "SECTION", COL_BOTH},
    {"title", "TITLE", COL_BOTH},
    {"items", "ITEMS", COL_BOTH | COL_RIGHT},
    {"position", "#", COL_JSON},
    {"line", "LINE", COL_JSON},
};

int cmd_list(struct cli *c, int argc, char **argv)
{
    struct table t;
    mlhead_section *sections;
    size_t n, i;
    int status;
    if (argc > 0)
        return list_items(c, argv[0], argc > 1 ? argv[1] : NULL);
    status = mlhead_section_list(c->db, &sections, &n);
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    tab_init(&t, "sections", NULL, section_cols, NCOLS(section_cols));
    for (i = 0; i < n; i++) {
        tab_text(&t, sections[i].slug);
        tab_text(&t, sections[i].title);
        tab_int(&t, sections[i].items);
        tab_int(&t, sections[i].position);
        tab_int(&t, sections[i].line);
    }
    mlhead_free(sections);
    return report_print(c, &t, 1);
}

/* ---- market statistics ---- */

static const char *unit_name(mlhead_unit u)
{
    switch (u) {
    case MLHEAD_PERCENT: return "percent";
    case MLHEAD_PERCENTAGE_POINTS: return "percentage_points";
    case MLHEAD_COUNT: return "count";
    case MLHEAD_USD: return "usd";
    }
    return "unknown";
}

/* A value with its unit, as a person writes it: "40%", "$25,000,000,000". */
static void add_stat_value(struct table *t, const mlhead_stat *s)
{
    char money[64];
    switch (s->unit) {
    case MLHEAD_PERCENT: tab_textf(t, "%g%%", s->value); return;
    case MLHEAD_PERCENTAGE_POINTS: tab_textf(t, "%g points", s->value); return;
    case MLHEAD_COUNT:
        /* fmt_money groups the digits; the count has no dollar sign. */
        tab_text(t, fmt_money(money, sizeof money, (int64_t)s->value) + 1);
        return;
    case MLHEAD_USD: tab_text(t, fmt_money(money, sizeof money, (int64_t)s->value)); return;
    }
    tab_textf(t, "%g", s->value);
}

int cmd_stats(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {
        {"slug", "SLUG", COL_JSON},
        {"value", "VALUE", COL_JSON},
        {"shown", "VALUE", COL_TEXT | COL_RIGHT},
        {"unit", "UNIT", COL_JSON},
        {"qualifier", "HEDGE", COL_BOTH},
        {"basis", "WHAT", COL_BOTH},
        {"period", "WHEN", COL_BOTH},
        {"source", "SOURCE", COL_BOTH},
        {"text", "TEXT", COL_JSON},
        {"line", "LINE", COL_JSON},
    };
    struct table t;
    mlhead_stat *stats;
    size_t n, i;
    int status = mlhead_stat_list(c->db, &stats, &n);
    (void)argc, (void)argv;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    tab_init(&t, "stats", NULL, cols, NCOLS(cols));
    for (i = 0; i < n; i++) {
        tab_text(&t, stats[i].slug);
        tab_real(&t, stats[i].value);
        add_stat_value(&t, &stats[i]);
        tab_text(&t, unit_name(stats[i].unit));
        tab_text(&t, stats[i].qualifier);
        tab_text(&t, stats[i].basis);
        tab_text(&t, stats[i].period);
        tab_text(&t, stats[i].source);
        tab_text(&t, stats[i].text);
        tab_int(&t, stats[i].line);
    }
    mlhead_free(stats);
    return report_print(c, &t, 1);
}

/* ---- search ---- */

static const char *hit_kind(mlhead_hit_kind k)
{
    switch (k) {
    case MLHEAD_HIT_ITEM: return "item";
    case MLHEAD_HIT_HEADING: return "heading";
    case MLHEAD_HIT_ROLE: return "role";
    case MLHEAD_HIT_STAT: return "stat";
    case MLHEAD_HIT_SALARY: return "salary";
    case MLHEAD_HIT_PROSE: return "prose";
    }
    return "unknown";
}

int cmd_search(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {
        {"line", "LINE", COL_BOTH | COL_RIGHT},
        {"kind", "KIND", COL_JSON},
        {"section", "SECTION", COL_BOTH},
        {"category", "HEADING", COL_JSON},
        {"text", "TEXT", COL_JSON},
        {"snippet", "MATCH", COL_BOTH},
        {"rank", "RANK", COL_JSON},
    };
    struct table t;
    mlhead_hit *hits;
    size_t n, i, limit = c->limit == LIMIT_UNSET ? LIMIT_DEFAULT : c->limit;
    int status = c->raw ? mlhead_search_raw(c->db, argv[0], limit, &hits, &n)
                        : mlhead_search(c->db, argv[0], limit, &hits, &n);
    (void)argc;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    tab_init(&t, "hits", NULL, cols, NCOLS(cols));
    for (i = 0; i < n; i++) {
        tab_int(&t, hits[i].line);
        tab_text(&t, hit_kind(hits[i].kind));
        tab_text(&t, hits[i].section);
        tab_text(&t, hits[i].category);
        tab_text(&t, hits[i].text);
        tab_text(&t, hits[i].snippet);
        tab_real(&t, hits[i].rank);
    }
    mlhead_free(hits);
    if (n > 0)
        return report_print(c, &t, 1);
    /* Nothing matched: JSON still gets its (empty) answer; text gets none. */
    status = c->json ? report_print(c, &t, 1) : (tab_free(&t), EXIT_ANSWERED);
    if (status != EXIT_ANSWERED)
        return status;
    fputs("mlhead: nothing matches \"", stderr);
    put_clean(stderr, argv[0]);
    fputs("\"\n", stderr);
    return EXIT_NOT_FOUND;
}

/* ---- info ---- */

int cmd_info(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {
        {"title", "TITLE", COL_BOTH},           {"source", "SOURCE", COL_BOTH},
        {"edition", "EDITION", COL_BOTH},       {"market", "MARKET", COL_BOTH},
        {"currency", "CURRENCY", COL_BOTH},     {"year", "YEAR", COL_BOTH},
        {"schema_version", "SCHEMA", COL_BOTH}, {"library_version", "LIBRARY", COL_BOTH},
        {"cli_version", "MLHEAD", COL_BOTH},    {"database", "DATABASE", COL_BOTH},
    };
    struct table t;
    mlhead_edition e;
    int status = mlhead_edition_get(c->db, &e);
    (void)argc, (void)argv;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    tab_init(&t, "info", NULL, cols, NCOLS(cols));
    t.record = 1;
    tab_text(&t, e.title);
    tab_text(&t, e.source);
    tab_text(&t, e.edition);
    tab_text(&t, e.market);
    tab_text(&t, e.currency);
    tab_int(&t, e.year);
    tab_int(&t, e.schema_version);
    tab_text(&t, mlhead_version());
    tab_text(&t, MLHEAD_VERSION);
    tab_text(&t, c->db_path ? c->db_path : "(embedded)");
    return report_print(c, &t, 1);
}
