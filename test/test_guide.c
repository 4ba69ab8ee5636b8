/*
 * test_guide.c - the whole guide is in the database and reachable through
 * the API.  The test reads seed/guide.txt line by line and, knowing only
 * its shape (a section title, then one intro paragraph, then headings -
 * "Title" or "- Title:" - and "- " bullets), proves that each section,
 * heading and bullet is the row the API gives for that line, under the
 * right heading and group, in the right position; that the salary lines
 * are the figures mlhead_salary_list() gives, bound and all; that each
 * section's intro paragraph and closing paragraph (glued by the guide onto
 * its last bullet's line) are what mlhead_section_text_get() gives, the
 * item of that line stopping where its bullet ends; and that the database
 * holds nothing the guide does not (the counts match).  Every line of the
 * guide, prose included, is accounted for.  Also mlhead_edition_get().
 */
#include <ctype.h>

#include <sqlite3.h>

#include "helpers.h"

/* What the API gives, all of it, and which rows a guide line claimed. */
struct api {
    mlhead_section *sections;
    size_t nsections;
    mlhead_category *cats[16];
    size_t ncats[16];
    mlhead_item *items[16];
    size_t nitems[16];
    mlhead_salary *salaries;
    size_t nsalaries;
    mlhead_section_text texts[16];
};

/* Where the walk through the guide is. */
struct walk {
    const struct guide *g;
    const struct api *api;
    size_t section;      /* index into api->sections */
    const char *heading; /* title of the last heading */
    const char *group;   /* title of the open group, or NULL */
    int group_dashed;    /* its headings are "- Title:" lines */
    int top_position, sub_position, item_position;
    const mlhead_salary *band; /* the open salary band, or NULL */
    mlhead_salary want;        /* its figures as the guide writes them */
    size_t sections_seen, headings_seen, items_seen, salary_lines, intros, closings, bands_seen;
};

static void load_api(mlhead *db, struct api *a)
{
    size_t i;
    memset(a, 0, sizeof *a);
    assert_int_equal(mlhead_section_list(db, &a->sections, &a->nsections), MLHEAD_OK);
    assert_true(a->nsections <= 16);
    for (i = 0; i < a->nsections; i++) {
        assert_int_equal(mlhead_category_list(db, a->sections[i].slug, &a->cats[i], &a->ncats[i]),
                         MLHEAD_OK);
        assert_int_equal(
            mlhead_item_list(db, a->sections[i].slug, NULL, &a->items[i], &a->nitems[i]),
            MLHEAD_OK);
        assert_int_equal(mlhead_section_text_get(db, a->sections[i].slug, &a->texts[i]), MLHEAD_OK);
        assert_string_equal(a->texts[i].section, a->sections[i].slug);
        assert_string_equal(a->texts[i].title, a->sections[i].title);
    }
    assert_int_equal(mlhead_salary_list(db, &a->salaries, &a->nsalaries), MLHEAD_OK);
}

static void free_api(struct api *a)
{
    size_t i;
    for (i = 0; i < a->nsections; i++) {
        mlhead_free(a->cats[i]);
        mlhead_free(a->items[i]);
    }
    mlhead_free(a->sections);
    mlhead_free(a->salaries);
}

static int is_bullet(const char *line)
{
    return strncmp(line, "- ", 2) == 0;
}

/* "- Title:" */
static int is_dashed_heading(const char *line)
{
    size_t len = strlen(line);
    return is_bullet(line) && len > 3 && line[len - 1] == ':';
}

/* Line n of the guide is a heading: a dashed one, or a plain line (not
 * the title of the next section). */
static int is_heading(const struct walk *w, size_t n)
{
    size_t next = w->section + 1;
    if (n > w->g->count)
        return 0;
    if (next < w->api->nsections && (size_t)w->api->sections[next].line == n)
        return 0;
    return is_dashed_heading(w->g->line[n]) || !is_bullet(w->g->line[n]);
}

/* The last line of the current section, where the guide glues its closing
 * prose onto the last bullet. */
static int is_last_line_of_section(const struct walk *w, size_t n)
{
    size_t next = w->section + 1;
    if (next < w->api->nsections)
        return (size_t)w->api->sections[next].line == n + 1;
    return n == w->g->count;
}

static const mlhead_category *category_at(const struct walk *w, size_t n)
{
    size_t i;
    for (i = 0; i < w->api->ncats[w->section]; i++)
        if ((size_t)w->api->cats[w->section][i].line == n)
            return &w->api->cats[w->section][i];
    return NULL;
}

static const mlhead_item *item_at(const struct walk *w, size_t n)
{
    size_t i;
    for (i = 0; i < w->api->nitems[w->section]; i++)
        if ((size_t)w->api->items[w->section][i].line == n)
            return &w->api->items[w->section][i];
    return NULL;
}

static const mlhead_salary *band_at(const struct walk *w, size_t n)
{
    size_t i;
    for (i = 0; i < w->api->nsalaries; i++)
        if ((size_t)w->api->salaries[i].line == n)
            return &w->api->salaries[i];
    return NULL;
}

/* ---- salary lines ---- */

/* The dollar amounts of a line, with their bound: "$644,261+" and
 * "$644,261 or higher" are floors.  Returns how many (at most 2). */
static size_t amounts(const char *s, mlhead_figure out[2])
{
    size_t n = 0;
    while ((s = strchr(s, '$')) != NULL) {
        int64_t usd = 0;
        s++;
        assert_true(isdigit((unsigned char)*s));
        for (; isdigit((unsigned char)*s) || *s == ','; s++)
            if (*s != ',')
                usd = usd * 10 + (*s - '0');
        assert_true(n < 2);
        out[n].usd = usd;
        out[n].bound =
            *s == '+' || strncmp(s, " or higher", 10) == 0 ? MLHEAD_AT_LEAST : MLHEAD_EXACT;
        n++;
    }
    return n;
}

static void assert_same_figure(mlhead_figure got, mlhead_figure want, const char *what, int line)
{
    if (got.bound != want.bound || got.usd != want.usd)
        fail_msg("band of line %d, %s: got %lld (bound %d), the guide says %lld (bound %d)", line,
                 what, (long long)got.usd, got.bound, (long long)want.usd, want.bound);
}

static void open_band(struct walk *w, const mlhead_salary *band)
{
    static const mlhead_figure unknown = {MLHEAD_UNKNOWN, -1};
    w->band = band;
    w->want.min = w->want.max = w->want.avg = w->want.avg_high = unknown;
    w->want.avg_is_range = 0;
    w->bands_seen++;
}

/* Every entry of mlhead_salary_list() for the band (one band may serve two
 * roles) has the figures its lines gave, and names a role its label does. */
static void close_band(struct walk *w)
{
    size_t i, entries = 0;
    if (!w->band)
        return;
    for (i = 0; i < w->api->nsalaries; i++) {
        const mlhead_salary *s = &w->api->salaries[i];
        if (s->line != w->band->line)
            continue;
        entries++;
        assert_same_figure(s->min, w->want.min, "min", s->line);
        assert_same_figure(s->max, w->want.max, "max", s->line);
        assert_same_figure(s->avg, w->want.avg, "average", s->line);
        assert_same_figure(s->avg_high, w->want.avg_high, "average high", s->line);
        assert_int_equal(s->avg_is_range, w->want.avg_is_range);
        assert_non_null(strstr(s->band, s->role));
        assert_string_equal(s->market, "US");
        assert_string_equal(s->currency, "USD");
        assert_int_equal(s->year, 2024);
    }
    assert_true(entries >= 1);
    w->band = NULL;
}

/* A bullet under a band heading: a figure line or the band's label. */
static void salary_bullet(struct walk *w, const char *body)
{
    mlhead_figure a[2];
    size_t n = amounts(body, a);
    if (strncmp(body, "Average: ", 9) == 0) {
        assert_true(n >= 1);
        w->want.avg = a[0];
        if (n == 2) {
            w->want.avg_high = a[1];
            w->want.avg_is_range = 1;
        }
    } else if (strncmp(body, "Range: ", 7) == 0) {
        assert_int_equal(n, 2);
        w->want.min = a[0];
        w->want.max = a[1];
    } else if (strncmp(body, "Can reach up to ", 16) == 0) {
        assert_int_equal(n, 1);
        w->want.max = a[0];
    } else {
        assert_int_equal(n, 0);
        assert_string_equal(body, w->band->band);
    }
    if (strstr(body, "per year"))
        assert_string_equal(w->band->period, "year");
    w->salary_lines++;
}

/* A band heading the API does not give (the label is on the next line):
 * it must still be in the database, as salary_band.heading. */
static void assert_band_heading_stored(int line, const char *heading)
{
    sqlite3 *raw = NULL;
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_open_v2(TEST_DB, &raw, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(raw, "SELECT heading FROM salary_band WHERE line = ?", -1, &st, NULL),
        SQLITE_OK);
    sqlite3_bind_int(st, 1, line);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), heading);
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

/* ---- headings and bullets ---- */

static void heading(struct walk *w, size_t n)
{
    const char *line = w->g->line[n];
    int dashed = is_dashed_heading(line);
    char title[256];
    const mlhead_category *c;
    const mlhead_salary *band;
    size_t len = dashed ? strlen(line) - 3 : strlen(line);

    close_band(w);
    assert_true(len < sizeof title);
    memcpy(title, dashed ? line + 2 : line, len);
    title[len] = '\0';

    band = band_at(w, n);
    if (band && !category_at(w, n)) {
        /* "Executive-Level Positions" heads a band labelled on its next line */
        if (strcmp(band->band, title) != 0) {
            char label[300];
            snprintf(label, sizeof label, "- %s", band->band);
            assert_string_equal(w->g->line[n + 1], label);
            assert_band_heading_stored((int)n, title);
        }
        open_band(w, band);
        w->salary_lines++;
        return;
    }

    c = category_at(w, n);
    if (!c)
        fail_msg("guide line %zu, heading \"%s\": no heading of section %s on that line", n, title,
                 w->api->sections[w->section].slug);
    assert_string_equal(c->title, title);

    /* a heading directly followed by another opens a group; the group's
     * headings look like its first one */
    if (w->group && dashed != w->group_dashed)
        w->group = NULL;
    if (is_heading(w, n + 1) && !band_at(w, n + 1)) {
        w->group = NULL;
        assert_null(c->group);
        assert_int_equal(c->position, ++w->top_position);
        w->group = c->title;
        w->group_dashed = is_dashed_heading(w->g->line[n + 1]);
        w->sub_position = 0;
    } else if (w->group) {
        assert_non_null(c->group);
        assert_string_equal(c->group, w->group);
        assert_int_equal(c->position, ++w->sub_position);
    } else {
        assert_null(c->group);
        assert_int_equal(c->position, ++w->top_position);
    }
    w->heading = c->title;
    w->item_position = 0;
    w->headings_seen++;
}

static void bullet(struct walk *w, size_t n)
{
    const char *body = w->g->line[n] + 2;
    const mlhead_item *it;
    const mlhead_section_text *text;
    char want[1024];
    size_t len;

    if (w->band) {
        salary_bullet(w, body);
        return;
    }
    it = item_at(w, n);
    if (!it)
        fail_msg("guide line %zu, \"%s\": no item on that line", n, body);
    assert_non_null(w->heading);
    assert_string_equal(it->category, w->heading);
    if (w->group)
        assert_string_equal(it->group, w->group);
    else
        assert_null(it->group);
    assert_int_equal(it->position, ++w->item_position);
    assert_string_equal(it->section, w->api->sections[w->section].slug);

    if (it->term)
        snprintf(want, sizeof want, "%s: %s", it->term, it->text);
    else
        snprintf(want, sizeof want, "%s", it->text);
    len = strlen(want);
    text = &w->api->texts[w->section];
    if (is_last_line_of_section(w, n) && text->closing) {
        /* the guide's closing paragraph follows the bullet on its line: the
         * line is the item, one blank, the closing, nothing left over */
        if (strncmp(body, want, len) != 0 || body[len] != ' ' ||
            strcmp(body + len + 1, text->closing) != 0)
            fail_msg("guide line %zu: \"%s\" is not item \"%s\" then closing \"%s\"", n, body, want,
                     text->closing);
        assert_int_equal(text->closing_line, (int)n);
        w->closings++;
    } else if (strcmp(body, want) != 0) {
        fail_msg("guide line %zu: \"%s\" is not item \"%s\"", n, body, want);
    }
    w->items_seen++;
}

static void section_title(struct walk *w, size_t index, size_t n)
{
    close_band(w);
    w->section = index;
    w->heading = NULL;
    w->group = NULL;
    w->top_position = 0;
    assert_string_equal(w->api->sections[index].title, w->g->line[n]);
    assert_int_equal(w->api->sections[index].position, (int)index + 1);
    w->sections_seen++;
}

/* Walks the whole guide; fills in the counts of what it matched. */
static void walk_guide(const struct guide *g, const struct api *api, struct walk *w)
{
    size_t n, next = 0;
    memset(w, 0, sizeof *w);
    w->g = g;
    w->api = api;
    assert_int_equal(api->sections[0].line, 1);
    for (n = 1; n <= g->count; n++) {
        if (next < api->nsections && (size_t)api->sections[next].line == n) {
            const mlhead_section_text *text = &api->texts[next];
            section_title(w, next++, n);
            /* the paragraph under a section title is the section's intro */
            assert_true(n + 1 <= g->count && !is_bullet(g->line[n + 1]));
            assert_string_equal(text->intro, g->line[n + 1]);
            assert_int_equal(text->intro_line, (int)n + 1);
            w->intros++;
            n++;
        } else if (is_heading(w, n)) {
            heading(w, n);
        } else {
            bullet(w, n);
        }
    }
    close_band(w);
    assert_int_equal(next, api->nsections);
}

/* Every closing paragraph the API gives was found on its section's last
 * line; a section without one ends on a bare bullet. */
static void assert_closings_claimed(const struct api *api, const struct walk *w)
{
    size_t i, with = 0;
    for (i = 0; i < api->nsections; i++) {
        const mlhead_section_text *t = &api->texts[i];
        if (t->closing) {
            with++;
            assert_true(t->closing_line > t->intro_line);
        } else {
            assert_int_equal(t->closing_line, 0);
        }
    }
    assert_int_equal(w->closings, with);
}

static void every_line_of_the_guide_is_in_the_database(void **state)
{
    struct guide g = guide_read();
    struct api api;
    struct walk w;
    size_t i, cats = 0, items = 0;
    load_api(*state, &api);
    walk_guide(&g, &api, &w);

    for (i = 0; i < api.nsections; i++) {
        cats += api.ncats[i];
        items += api.nitems[i];
    }
    /* every row the API gives was claimed by exactly one guide line */
    assert_int_equal(w.sections_seen, 10);
    assert_int_equal(w.headings_seen, cats);
    assert_int_equal(w.items_seen, items);
    assert_int_equal(w.bands_seen, 5);
    assert_int_equal(w.salary_lines, 14); /* lines 131-144 */
    assert_int_equal(w.intros, 10);
    /* the guide closes every section */
    assert_int_equal(w.closings, 10);
    assert_closings_claimed(&api, &w);
    /* every line: a title, an intro, a heading, an item (the closings share
     * their item's line) or a salary line; none is left over */
    assert_int_equal(w.sections_seen + w.intros + w.headings_seen + w.items_seen + w.salary_lines,
                     g.count);
    assert_int_equal(g.count, 304);
    print_message("guide: %zu of %zu lines through the API: %zu titles, %zu intros, %zu headings,"
                  " %zu items (%zu with a closing paragraph), %zu salary lines\n",
                  w.sections_seen + w.intros + w.headings_seen + w.items_seen + w.salary_lines,
                  g.count, w.sections_seen, w.intros, w.headings_seen, w.items_seen, w.closings,
                  w.salary_lines);
    free_api(&api);
    guide_free(&g);
}

static void every_salary_entry_belongs_to_a_band_of_the_guide(void **state)
{
    struct guide g = guide_read();
    mlhead_salary *s;
    size_t n, i;
    assert_int_equal(mlhead_salary_list(*state, &s, &n), MLHEAD_OK);
    assert_int_equal(n, 6);
    for (i = 0; i < n; i++) {
        /* the band heads its guide line, or is the bullet under it */
        const char *head = g.line[s[i].line], *next = g.line[s[i].line + 1];
        assert_true(strcmp(head, s[i].band) == 0 ||
                    (is_bullet(next) && strcmp(next + 2, s[i].band) == 0));
        assert_true(s[i].line >= 131 && s[i].line <= 144);
    }
    mlhead_free(s);
    guide_free(&g);
}

static void edition_is_us_usd_2024_of_this_schema(void **state)
{
    mlhead_edition e;
    assert_int_equal(mlhead_edition_get(*state, &e), MLHEAD_OK);
    assert_string_equal(e.market, "US");
    assert_string_equal(e.currency, "USD");
    assert_int_equal(e.year, 2024);
    assert_int_equal(e.schema_version, MLHEAD_SCHEMA_VERSION);
    /* the guide by its title, not a path of this source tree */
    assert_string_equal(e.source, e.title);
    assert_null(strstr(e.source, ".txt"));
    assert_non_null(e.title);
    assert_non_null(e.edition);
}

static void edition_of_the_file_is_the_edition_embedded(void **state)
{
    mlhead *file = NULL;
    mlhead_edition a, b;
    assert_int_equal(mlhead_open(TEST_DB, &file), MLHEAD_OK);
    assert_int_equal(mlhead_edition_get(*state, &a), MLHEAD_OK);
    assert_int_equal(mlhead_edition_get(file, &b), MLHEAD_OK);
    assert_string_equal(a.edition, b.edition);
    assert_string_equal(a.title, b.title);
    assert_int_equal(a.schema_version, b.schema_version);
    mlhead_close(file);
}

static void edition_with_null_arguments_is_invalid_and_zeroed(void **state)
{
    mlhead_edition e;
    memset(&e, 0x5a, sizeof e);
    assert_int_equal(mlhead_edition_get(NULL, &e), MLHEAD_INVALID);
    assert_zeroed(&e, sizeof e);
    assert_int_equal(mlhead_edition_get(*state, NULL), MLHEAD_INVALID);
    assert_non_null(strstr(mlhead_errmsg(*state), "NULL"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_line_of_the_guide_is_in_the_database),
        cmocka_unit_test(every_salary_entry_belongs_to_a_band_of_the_guide),
        cmocka_unit_test(edition_is_us_usd_2024_of_this_schema),
        cmocka_unit_test(edition_of_the_file_is_the_edition_embedded),
        cmocka_unit_test(edition_with_null_arguments_is_invalid_and_zeroed),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
