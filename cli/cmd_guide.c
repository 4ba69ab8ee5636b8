/*
 * cmd_guide.c - the subcommands about the guide's contents: salary,
 * practices, list, stats, search and info.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static char *show_average(const json_t *row)
{
    char buf[96];
    return strdup(fmt_average(buf, sizeof buf, figure_of(json_object_get(row, "avg")),
                              figure_of(json_object_get(row, "avg_high"))));
}

int cmd_salary(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {
        {"role", "ROLE", 0, NULL},
        {"band", "BAND", COL_RECORD, NULL},
        {"heading", "HEADING", COL_RECORD, NULL},
        {"min", "MINIMUM", COL_RIGHT | COL_FIGURE, NULL},
        {"max", "MAXIMUM", COL_RIGHT | COL_FIGURE, NULL},
        {"average", "AVERAGE", COL_RIGHT, show_average},
    };
    char title[128];
    struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_salary one, *all = &one;
    size_t n = 1;
    json_t *answer;
    int status =
        argc == 1 ? mlhead_salary_range(c->db, argv[0], &one) : mlhead_salary_list(c->db, &all, &n);
    if (status != MLHEAD_OK)
        return fail_role(c, status, argc == 1 ? argv[0] : "");
    view.title = salary_title(c, title, sizeof title);
    view.record = argc == 1;
    answer = argc == 1 ? mhj_salary(&one) : mhj_salaries(all, n);
    if (all != &one)
        mlhead_free(all);
    return report_print(c, answer, &view, 1);
}

static char *show_usd(const json_t *row)
{
    char buf[40];
    return strdup(
        fmt_grouped(buf, sizeof buf, json_number_value(json_object_get(row, "usd")), "$"));
}

/* `mlhead offer head of ml $250k`: the last word is the amount. */
int cmd_offer(struct cli *c, int argc, char **argv)
{
    static const struct column band_cols[] = {
        {"role", "ROLE", 0, NULL},
        {"min", "MINIMUM", COL_FIGURE, NULL},
        {"max", "MAXIMUM", COL_FIGURE, NULL},
        {"average", "AVERAGE", 0, show_average},
    };
    static const struct column offer_cols[] = {
        {"usd", "OFFER", 0, show_usd},
        {"range", "AGAINST THE RANGE", 0, NULL},
        {"average", "AGAINST THE AVERAGE", 0, NULL},
    };
    char title[128];
    struct view views[] = {{"salary", NULL, band_cols, NCOLS(band_cols), 1, 0},
                           {"offer", NULL, offer_cols, NCOLS(offer_cols), 1, 0}};
    mlhead_salary band;
    mlhead_offer offer;
    int64_t usd;
    char *role;
    int status;
    if (parse_usd(argv[argc - 1], &usd) != 0)
        return cli_error(c,
                         "\"%s\" is no amount: write 250000, $250,000, 250k or 0.25m (at most %d)",
                         argv[argc - 1], MLHEAD_USD_MAX);
    role = words_join(argv, argc - 1);
    if (!role)
        return cli_error(c, "out of memory");
    status = mlhead_salary_range(c->db, role, &band);
    if (status == MLHEAD_OK)
        status = mlhead_salary_compare(&band, usd, &offer);
    if (status != MLHEAD_OK)
        status = fail_role(c, status, role);
    free(role);
    if (status != MLHEAD_OK)
        return status;
    views[0].title = salary_title(c, title, sizeof title);
    return report_print(
        c, json_pack("{s:o, s:o}", "salary", mhj_salary(&band), "offer", mhj_offer(&offer)), views,
        2);
}

/* ---- the guide's lists ---- */

/* "Narrow AI: ..." where the item has a term. */
static char *show_item(const json_t *row)
{
    const char *term = json_string_value(json_object_get(row, "term"));
    const char *text = json_string_value(json_object_get(row, "text"));
    char *s;
    size_t n;
    if (!term)
        return strdup(text ? text : "");
    n = strlen(term) + strlen(text ? text : "") + 3;
    s = malloc(n);
    if (s)
        snprintf(s, n, "%s: %s", term, text ? text : "");
    return s;
}

/* Lists a section's items (or one heading's); on failure says why and
 * offers the closest section or heading. */
static int list_items(struct cli *c, const char *section, const char *category)
{
    static const struct column cols[] = {{"category", "HEADING", 0, NULL},
                                         {"text", "ITEM", 0, show_item}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 1};
    mlhead_item *items;
    size_t n;
    int status = mlhead_item_list(c->db, section, category, &items, &n);
    /* mlhead_item_list(db, section, category, ...): argument 3 is the heading. */
    int heading = mlhead_errarg(c->db) == 3;
    if (status == MLHEAD_OK)
        return report_list(c, mhj_items(items, n), items, &view);
    return heading ? fail_heading(c, status, section, category)
                   : fail_name(c, status, MLHEAD_MATCH_SECTION, section);
}

int cmd_practices(struct cli *c, int argc, char **argv)
{
    return list_items(c, "best-practices", argc ? argv[0] : NULL);
}

int cmd_list(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"slug", "SECTION", 0, NULL},
                                         {"title", "TITLE", 0, NULL},
                                         {"items", "ITEMS", COL_RIGHT, NULL}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_section *sections;
    size_t n;
    int status;
    if (argc > 0) {
        /* A section is one word (its slug); the heading may take several. */
        char *category = argc > 1 ? words_join(argv + 1, argc - 1) : NULL;
        status = argc > 1 && !category ? cli_error(c, "out of memory")
                                       : list_items(c, argv[0], category);
        free(category);
        return status;
    }
    status = mlhead_section_list(c->db, &sections, &n);
    return REPORT_LIST(c, status, sections, n, mhj_sections, &view);
}

/* ---- market statistics ---- */

/* A value with its unit, as a person writes it: "40%", "$25,000,000,000". */
static char *show_stat(const json_t *row)
{
    char buf[64];
    const char *unit = json_string_value(json_object_get(row, "unit"));
    double v = json_number_value(json_object_get(row, "value"));
    if (!unit)
        snprintf(buf, sizeof buf, "%g", v);
    else if (strcmp(unit, mlhead_unit_name(MLHEAD_PERCENT)) == 0)
        snprintf(buf, sizeof buf, "%g%%", v);
    else if (strcmp(unit, mlhead_unit_name(MLHEAD_PERCENTAGE_POINTS)) == 0)
        snprintf(buf, sizeof buf, "%g points", v);
    else
        fmt_grouped(buf, sizeof buf, v, strcmp(unit, mlhead_unit_name(MLHEAD_USD)) == 0 ? "$" : "");
    return strdup(buf);
}

int cmd_stats(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {
        {"value", "VALUE", COL_RIGHT, show_stat},
        {"qualifier", "HEDGE", 0, NULL},
        {"basis", "WHAT", 0, NULL},
        {"period", "WHEN", 0, NULL},
        {"source", "SOURCE", 0, NULL},
    };
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_stat *stats;
    size_t n;
    int status = mlhead_stat_list(c->db, &stats, &n);
    (void)argc, (void)argv;
    return REPORT_LIST(c, status, stats, n, mhj_stats, &view);
}

/* ---- search ---- */

int cmd_search(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"line", "LINE", COL_RIGHT, NULL},
                                         {"section", "SECTION", 0, NULL},
                                         {"snippet", "MATCH", 0, NULL}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_hit *hits;
    size_t n, limit = c->limit == LIMIT_UNSET ? LIMIT_DEFAULT : c->limit;
    json_t *answer;
    int status = c->raw ? mlhead_search_raw(c->db, argv[0], limit, &hits, &n)
                        : mlhead_search(c->db, argv[0], limit, &hits, &n);
    (void)argc;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    answer = mhj_hits(hits, n);
    mlhead_free(hits);
    /* Nothing matched: JSON still gets its (empty) answer; text gets none. */
    if (n > 0 || c->json)
        status = report_print(c, answer, &view, 1);
    else
        json_decref(answer);
    if (n > 0 || status != EXIT_ANSWERED)
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
        {"title", "TITLE", 0, NULL},           {"source", "SOURCE", 0, NULL},
        {"edition", "EDITION", 0, NULL},       {"market", "MARKET", 0, NULL},
        {"currency", "CURRENCY", 0, NULL},     {"year", "YEAR", 0, NULL},
        {"schema_version", "SCHEMA", 0, NULL}, {"library_version", "LIBRARY", 0, NULL},
        {"cli_version", "MLHEAD", 0, NULL},    {"database", "DATABASE", 0, NULL},
    };
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 1, 0};
    mlhead_edition e;
    json_t *answer;
    int status = mlhead_edition_get(c->db, &e);
    (void)argc, (void)argv;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    answer = mhj_edition(&e);
    mhj_set(answer, "library_version", mhj_text(mlhead_version()));
    mhj_set(answer, "cli_version", mhj_text(MLHEAD_VERSION));
    mhj_set(answer, "database", mhj_text(c->db_path ? c->db_path : "(embedded)"));
    return report_print(c, answer, &view, 1);
}
