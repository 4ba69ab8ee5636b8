/*
 * test_search.c - mlhead_search() and mlhead_search_raw(): ranking on known
 * queries, stemming and prefixes, every kind of text found, and every
 * hostile query through both entry points; mlhead_search_in(); the figures
 * and the prose found; the share of test/search.tsv that ranks first.
 */
#include <sqlite3.h>

#include "helpers.h"

/* Hits for a query that must succeed; the caller frees them. */
static mlhead_hit *hits(mlhead *db, const char *query, size_t limit, size_t *n)
{
    mlhead_hit *h = NULL;
    int status = mlhead_search(db, query, limit, &h, n);
    if (status != MLHEAD_OK)
        fail_msg("search \"%s\": %d %s", query, status, mlhead_errmsg(db));
    return h;
}

/* Whether any hit's text equals `text`. */
static int has_text(const mlhead_hit *h, size_t n, const char *text)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (strcmp(h[i].text, text) == 0)
            return 1;
    return 0;
}

static void stemming_finds_ethical_and_ethics_from_ethic(void **state)
{
    size_t n, i;
    mlhead_hit *h = hits(*state, "ethic", 0, &n);
    assert_true(n >= 10);
    assert_true(has_text(h, n, "Ethical AI and governance knowledge"));
    assert_true(has_text(h, n, "Understanding of AI ethics and responsible development practices"));
    for (i = 0; i < n; i++) {
        assert_non_null(strstr(h[i].snippet, "["));
        assert_non_null(strstr(h[i].snippet, "]"));
        if (i > 0)
            assert_true(h[i - 1].rank <= h[i].rank);
    }
    mlhead_free(h);
}

static void a_prefix_finds_governance(void **state)
{
    size_t n;
    mlhead_hit *h = hits(*state, "gov", 0, &n);
    assert_true(has_text(h, n, "Compliance and Governance"));
    assert_true(has_text(h, n, "AI ethics and governance positions"));
    mlhead_free(h);
}

static void case_and_extra_spaces_do_not_matter(void **state)
{
    size_t a, b, i;
    mlhead_hit *x = hits(*state, "talent retention", 0, &a);
    mlhead_hit *y = hits(*state, "  TALENT\t  Retention ", 0, &b);
    assert_int_equal(a, b);
    for (i = 0; i < a; i++)
        assert_ptr_equal(x[i].text, y[i].text);
    assert_string_equal(x[0].text, "Talent Retention");
    assert_int_equal(x[0].kind, MLHEAD_HIT_HEADING);
    assert_string_equal(x[0].section, "challenges");
    assert_string_equal(x[0].category, "Organizational and Leadership Challenges");
    mlhead_free(x);
    mlhead_free(y);
}

static void every_kind_of_text_is_found(void **state)
{
    struct {
        const char *query;
        mlhead_hit_kind kind;
        const char *text;
        const char *category;
    } want[] = {
        {"narrow ai", MLHEAD_HIT_ITEM, "Narrow AI: Current technology focusing on specific tasks",
         "Types of AI"},
        {"cdo", MLHEAD_HIT_ROLE, "CDO", "Chief Data Officer"},
        {"principal scientist", MLHEAD_HIT_ROLE, "Principal Scientist", NULL},
        {"global gdp", MLHEAD_HIT_STAT, "boost to global GDP", "Economic Impact"},
        {"data officer", MLHEAD_HIT_SALARY, "Chief Data Officer or VP of Data Science",
         "Executive-Level Positions"},
        {"executive", MLHEAD_HIT_HEADING, "Executive-Level Positions", NULL},
        {"soft skills", MLHEAD_HIT_HEADING, "Essential Soft Skills", NULL},
    };
    size_t k;
    for (k = 0; k < sizeof want / sizeof want[0]; k++) {
        size_t n, i, found = 0;
        mlhead_hit *h = hits(*state, want[k].query, 0, &n);
        for (i = 0; i < n; i++) {
            if (h[i].kind == want[k].kind && strcmp(h[i].text, want[k].text) == 0) {
                found = 1;
                if (want[k].category)
                    assert_string_equal(h[i].category, want[k].category);
                else
                    assert_null(h[i].category);
                assert_true(h[i].line > 0);
            }
        }
        if (!found)
            fail_msg("\"%s\" did not find \"%s\"", want[k].query, want[k].text);
        mlhead_free(h);
    }
}

static void the_best_match_comes_first(void **state)
{
    size_t n;
    mlhead_hit *h = hits(*state, "budget management", 0, &n);
    assert_string_equal(h[0].text, "Budget Management");
    mlhead_free(h);
    h = hits(*state, "head of machine learning", 0, &n);
    assert_string_equal(h[0].text, "Head of Machine Learning");
    mlhead_free(h);
}

static void limit_caps_the_hits(void **state)
{
    size_t all, three, i;
    mlhead_hit *a = hits(*state, "ai", 0, &all);
    mlhead_hit *b = hits(*state, "ai", 3, &three);
    assert_true(all > 3);
    assert_int_equal(three, 3);
    /* the same first three; snippets are made anew for each search */
    for (i = 0; i < 3; i++) {
        assert_ptr_equal(a[i].text, b[i].text);
        assert_int_equal(a[i].line, b[i].line);
        assert_true(a[i].rank == b[i].rank);
        assert_non_null(b[i].snippet);
    }
    mlhead_free(a);
    mlhead_free(b);
}

/* Within a tier (rank / 1e6) hits come shortest first (rank: the length
 * of text and terms, in characters, which 920_search_rows.sql stores the rows
 * in), then by line. */
static void a_tier_comes_shortest_first_then_by_line(void **state)
{
    const char *queries[] = {"data", "ai", "machine learning", "gov", "salary", "lead"};
    size_t k, n, i;
    for (k = 0; k < sizeof queries / sizeof queries[0]; k++) {
        mlhead_hit *h = hits(*state, queries[k], 0, &n);
        assert_true(n > 1);
        for (i = 0; i < n; i++) {
            double tier = (double)(long)(h[i].rank / 1e6), length = h[i].rank - tier * 1e6;
            size_t chars = 0;
            const char *c;
            for (c = h[i].text; *c; c++)
                chars += ((unsigned char)*c & 0xc0) != 0x80;
            assert_true(tier >= 0 && tier <= 3);
            assert_true(length >= (double)chars); /* text and terms */
            if (i > 0 && h[i - 1].rank == h[i].rank)
                assert_true(h[i - 1].line <= h[i].line);
            if (i > 0)
                assert_true(h[i - 1].rank <= h[i].rank);
        }
        mlhead_free(h);
    }
}

/* The search stops at the tier that fills the limit: any limit gives the
 * first hits of the whole list, whichever tier it ends in. */
static void any_limit_gives_the_first_hits_of_all(void **state)
{
    const char *queries[] = {"data",    "ai",  "governance",       "machine learning",
                             "head of", "gov", "talent retention", "259k",
                             "a"};
    const char *sections[] = {NULL, "challenges", "salary"};
    size_t q, s, limit, n, all, i;
    for (q = 0; q < sizeof queries / sizeof queries[0]; q++)
        for (s = 0; s < sizeof sections / sizeof sections[0]; s++) {
            mlhead_hit *a, *b;
            if (sections[s])
                assert_int_equal(mlhead_search_in(*state, queries[q], sections[s], 0, &a, &all),
                                 MLHEAD_OK);
            else
                a = hits(*state, queries[q], 0, &all);
            for (limit = 1; limit <= all + 1; limit += limit < 8 ? 1 : 7) {
                if (sections[s])
                    assert_int_equal(
                        mlhead_search_in(*state, queries[q], sections[s], limit, &b, &n),
                        MLHEAD_OK);
                else
                    b = hits(*state, queries[q], limit, &n);
                assert_int_equal(n, limit < all ? limit : all);
                for (i = 0; i < n; i++) {
                    assert_ptr_equal(a[i].text, b[i].text);
                    assert_int_equal(a[i].line, b[i].line);
                    assert_true(a[i].rank == b[i].rank);
                }
                mlhead_free(b);
            }
            mlhead_free(a);
        }
}

/* What the ranking rests on: build/mlhead.db (and so the copy the library
 * embeds) stores its search rows shortest first, then by line. */
static void the_build_stores_search_rows_shortest_first_then_by_line(void **state)
{
    sqlite3 *o = NULL;
    sqlite3_stmt *st = NULL;
    (void)state;
    assert_int_equal(sqlite3_open_v2(TEST_DB, &o, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(o,
                           "SELECT count(*), sum(w > 0) FROM (SELECT (length(text) + length(terms),"
                           " line) > (lead(length(text) + length(terms)) OVER w,"
                           " lead(line) OVER w) AS w FROM search WINDOW w AS (ORDER BY rowid))",
                           -1, &st, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_true(sqlite3_column_int(st, 0) > 300);
    assert_int_equal(sqlite3_column_int(st, 1), 0);
    sqlite3_finalize(st);
    sqlite3_close(o);
}

static void no_match_is_ok_with_no_hits(void **state)
{
    size_t n = 99;
    mlhead_hit *h = hits(*state, "zebra", 0, &n);
    assert_null(h);
    assert_int_equal(n, 0);
}

/* Operators a person might type are words, never syntax. */
static void fts_syntax_in_a_plain_query_is_only_words(void **state)
{
    const char *queries[] = {"\"",
                             "\"ethic",
                             "ethic\"",
                             "AND",
                             "ethic AND",
                             "OR ethic",
                             "NOT",
                             "NEAR(",
                             "NEAR(ethic gov)",
                             "-x",
                             "col:x",
                             "text:gov",
                             "*",
                             "ethic*",
                             "(",
                             ")",
                             "((ethic)",
                             "^ethic",
                             "{text}:x",
                             "'; DROP TABLE role; --",
                             "\"\"\"\"",
                             "+",
                             "ethic -",
                             ":"};
    size_t k;
    for (k = 0; k < sizeof queries / sizeof queries[0]; k++) {
        mlhead_hit *h = NULL;
        size_t n;
        int status = mlhead_search(*state, queries[k], 0, &h, &n);
        if (status != MLHEAD_OK)
            fail_msg("\"%s\": %d %s", queries[k], status, mlhead_errmsg(*state));
        mlhead_free(h);
    }
}

static void raw_syntax_errors_are_reported_with_the_parsers_words(void **state)
{
    mlhead *db = *state;
    /* and FTS5's special queries, which give a row of no text */
    const char *bad[] = {"NEAR(", "\"ethic", "(ethic", "ethic AND", "nosuch:x", "*",
                         ")",     "*id",     "*reads", " *id",      "* id"};
    size_t k;
    for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        mlhead_hit *h = (mlhead_hit *)1;
        size_t n = 7;
        int status = mlhead_search_raw(db, bad[k], 0, &h, &n);
        if (status != MLHEAD_SYNTAX)
            fail_msg("\"%s\": %d, want MLHEAD_SYNTAX", bad[k], status);
        assert_null(h);
        assert_int_equal(n, 0);
        assert_non_null(strstr(mlhead_errmsg(db), "search syntax: "));
    }
    /* the handle still answers afterwards */
    mlhead_free(hits(db, "ethic", 1, &k));
}

static void raw_queries_use_fts5_operators(void **state)
{
    mlhead_hit *h;
    size_t n, i;
    assert_int_equal(mlhead_search_raw(*state, "governance NOT ethical", 0, &h, &n), MLHEAD_OK);
    assert_true(n > 0);
    for (i = 0; i < n; i++)
        assert_null(strstr(h[i].text, "Ethical"));
    mlhead_free(h);
    assert_int_equal(mlhead_search_raw(*state, "\"talent retention\"", 0, &h, &n), MLHEAD_OK);
    assert_int_equal(n, 1);
    mlhead_free(h);
}

static void bad_arguments_get_their_status(void **state)
{
    mlhead *db = *state;
    mlhead_hit *h;
    size_t n, i;
    char *big = hostile_long(100 * 1024, 'x');
    char *blank = hostile_long(100 * 1024, ' ');
    int (*fn[2])(mlhead *, const char *, size_t, mlhead_hit **, size_t *) = {mlhead_search,
                                                                             mlhead_search_raw};
    for (i = 0; i < 2; i++) {
        assert_int_equal(fn[i](NULL, "x", 0, &h, &n), MLHEAD_INVALID);
        assert_int_equal(fn[i](db, NULL, 0, &h, &n), MLHEAD_INVALID);
        assert_int_equal(fn[i](db, "x", 0, NULL, &n), MLHEAD_INVALID);
        assert_int_equal(fn[i](db, "x", 0, &h, NULL), MLHEAD_INVALID);
        assert_int_equal(fn[i](db, "", 0, &h, &n), MLHEAD_EMPTY);
        assert_int_equal(fn[i](db, blank, 0, &h, &n), MLHEAD_EMPTY);
        assert_int_equal(fn[i](db, big, 0, &h, &n), MLHEAD_INVALID);
        assert_null(h);
        assert_int_equal(n, 0);
    }
    free(big);
    free(blank);
}

static void hostile_strings_never_fail_the_plain_search(void **state)
{
    size_t i;
    for (i = 0; i < HOSTILE_COUNT; i++) {
        mlhead_hit *h = NULL;
        size_t n;
        int status = mlhead_search(*state, hostile_names[i].text, 0, &h, &n);
        int want =
            hostile_names[i].status == MLHEAD_NOT_FOUND ? MLHEAD_OK : hostile_names[i].status;
        if (status != want)
            fail_msg("%s: got %d, want %d", hostile_names[i].label, status, want);
        mlhead_free(h);
        /* raw syntax may reject them, but only with a documented status */
        status = mlhead_search_raw(*state, hostile_names[i].text, 0, &h, &n);
        assert_true(status == want || status == MLHEAD_SYNTAX);
        mlhead_free(h);
    }
}

/* ---- the ranking people expect: test/search.tsv ---- */

static mlhead_hit_kind kind_named(const char *name)
{
    static const char *const names[] = {"item", "heading", "role", "stat", "salary", "prose"};
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return (mlhead_hit_kind)(i + 1);
    fail_msg("test/search.tsv: unknown kind \"%s\"", name);
    return MLHEAD_HIT_ITEM;
}

static void most_queries_people_type_rank_the_right_hit_first(void **state)
{
    FILE *f = fopen("test/search.tsv", "r");
    char buf[512];
    size_t queries = 0, first = 0;
    assert_non_null(f);
    while (fgets(buf, sizeof buf, f)) {
        char *query = buf, *kind, *line;
        mlhead_hit *h;
        size_t n;
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        kind = strchr(query, '\t');
        assert_non_null(kind);
        *kind++ = '\0';
        line = strchr(kind, '\t');
        assert_non_null(line);
        *line++ = '\0';
        queries++;
        assert_int_equal(mlhead_search(*state, query, 1, &h, &n), MLHEAD_OK);
        if (n == 1 && h[0].kind == kind_named(kind) && h[0].line == atoi(line))
            first++;
        else
            print_message("search: \"%s\" ranks first %s\n", query,
                          n ? h[0].text : "nothing (no hit)");
        mlhead_free(h);
    }
    fclose(f);
    assert_true(queries >= 50);
    print_message("search: %zu of %zu queries of test/search.tsv rank the expected hit first"
                  " (%.1f %%)\n",
                  first, queries, 100.0 * (double)first / (double)queries);
    assert_true(first * 10 >= queries * 9);
}

static void a_one_letter_word_is_no_prefix(void **state)
{
    size_t n, all, i;
    mlhead_hit *h = hits(*state, "C++", 0, &n);
    assert_int_equal(n, 0); /* no word "c" in the guide; no word starting with c */
    mlhead_free(hits(*state, "ai", 0, &all));
    h = hits(*state, "a", 0, &n); /* before the snippets are read: they last one search */
    assert_true(n > 0 && n < all);
    for (i = 0; i < n; i++) /* only the word "a": the snippet marks it alone */
        assert_true(strstr(h[i].snippet, "[a]") || strstr(h[i].snippet, "[A]"));
    mlhead_free(h);
    /* a one-letter word inside a longer query still counts */
    h = hits(*state, "5g", 0, &n);
    assert_true(n >= 1);
    assert_string_equal(h[0].text, "Synergy with 5G technology driving IoT applications");
    mlhead_free(h);
}

static void whole_words_rank_above_prefixes(void **state)
{
    size_t n, i, whole = 0;
    /* "data" is a word of many texts and a prefix of "datasets" */
    mlhead_hit *h = hits(*state, "data", 0, &n);
    for (i = 0; i < n; i++) {
        int is_whole = strstr(h[i].snippet, "[data]") || strstr(h[i].snippet, "[Data]");
        if (is_whole)
            assert_int_equal(i, whole++); /* every whole-word hit before any other */
    }
    assert_true(whole > 0 && whole < n);
    assert_non_null(strstr(h[n - 1].text, "datasets"));
    mlhead_free(h);
}

static void salary_figures_find_their_band(void **state)
{
    const char *queries[] = {"259,000", "259000", "259k", "$259,000", "188k", "330,000"};
    size_t k, n;
    for (k = 0; k < sizeof queries / sizeof queries[0]; k++) {
        mlhead_hit *h = hits(*state, queries[k], 0, &n);
        if (n == 0 || h[0].kind != MLHEAD_HIT_SALARY)
            fail_msg("\"%s\" does not find a band first", queries[k]);
        if (strcmp(queries[k], "330,000") != 0) /* two bands reach $330,000 */
            assert_string_equal(h[0].text, "Head of Machine Learning");
        mlhead_free(h);
    }
    mlhead_free(hits(*state, "644k", 0, &n));
    assert_int_equal(n, 2); /* Director of AI Research, the executives */
}

static void the_guides_prose_is_found(void **state)
{
    size_t n;
    mlhead_hit *h = hits(*state, "transformative impact", 0, &n);
    assert_true(n >= 1);
    assert_int_equal(h[0].kind, MLHEAD_HIT_PROSE);
    assert_string_equal(h[0].section, "industry-trends");
    assert_int_equal(h[0].line, 191);
    assert_null(h[0].category);
    assert_true(strncmp(h[0].text, "These trends highlight", 22) == 0);
    mlhead_free(h);
    h = hits(*state, "key responsibilities include", 0, &n);
    assert_int_equal(n, 1);
    assert_int_equal(h[0].line, 21);
    mlhead_free(h);
}

static void search_in_keeps_to_one_section_by_slug_or_title(void **state)
{
    mlhead_hit *h, *t;
    size_t n, m, i, all;
    mlhead_free(hits(*state, "data", 0, &all));
    assert_int_equal(mlhead_search_in(*state, "data", "challenges", 0, &h, &n), MLHEAD_OK);
    assert_true(n > 0 && n < all);
    for (i = 0; i < n; i++)
        assert_string_equal(h[i].section, "challenges");
    assert_int_equal(mlhead_search_in(*state, "data", " common   CHALLENGES", 0, &t, &m),
                     MLHEAD_OK);
    assert_int_equal(n, m);
    for (i = 0; i < n; i++)
        assert_ptr_equal(h[i].text, t[i].text);
    mlhead_free(h);
    mlhead_free(t);
    assert_int_equal(mlhead_search_in(*state, "data", "challenges", 2, &h, &n), MLHEAD_OK);
    assert_int_equal(n, 2);
    mlhead_free(h);
    /* a word of the section's slug finds nothing by the slug alone */
    assert_int_equal(mlhead_search_in(*state, "overview", "overview", 0, &h, &n), MLHEAD_OK);
    for (i = 0; i < n; i++)
        assert_true(strstr(h[i].snippet, "[Overview]") || strstr(h[i].snippet, "[overview]"));
    mlhead_free(h);
    assert_int_equal(mlhead_search_in(*state, "zebra", "salary", 0, &h, &n), MLHEAD_OK);
    assert_null(h);
    assert_int_equal(n, 0);
}

static int search_in_call(mlhead *db, const char *section)
{
    mlhead_hit *h = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_search_in(db, "data", section, 0, &h, &n);
    return list_outcome(status, h, n);
}

static void search_in_bad_arguments_get_their_status(void **state)
{
    mlhead *db = *state;
    mlhead_hit *h = POISON_PTR;
    size_t n = POISON_COUNT;
    check_hostile_names(db, "mlhead_search_in section", search_in_call);
    assert_int_equal(search_in_call(db, "Types of AI"), MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(db), "no section named \"Types of AI\""));
    assert_list_fails(mlhead_search_in(db, "data", NULL, 0, &h, &n), MLHEAD_INVALID, h, n);
    assert_non_null(strstr(mlhead_errmsg(db), "section is NULL"));
    h = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_search_in(db, NULL, "salary", 0, &h, &n), MLHEAD_INVALID, h, n);
    h = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_search_in(db, "  ", "salary", 0, &h, &n), MLHEAD_EMPTY, h, n);
    h = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_search_in(db, "\xff", "salary", 0, &h, &n), MLHEAD_INVALID, h, n);
    h = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_search_in(NULL, "data", "salary", 0, &h, &n), MLHEAD_INVALID, h, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_search_in(db, "data", "salary", 0, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    h = POISON_PTR;
    assert_int_equal(mlhead_search_in(db, "data", "salary", 0, &h, NULL), MLHEAD_INVALID);
    assert_null(h);
    /* hostile queries within a section, as in the plain search */
    for (n = 0; n < HOSTILE_COUNT; n++) {
        size_t c;
        int want =
            hostile_names[n].status == MLHEAD_NOT_FOUND ? MLHEAD_OK : hostile_names[n].status;
        int got = mlhead_search_in(db, hostile_names[n].text, "salary", 0, &h, &c);
        if (got != want)
            fail_msg("%s: got %d, want %d", hostile_names[n].label, got, want);
        mlhead_free(h);
    }
}

static void raw_column_filters_on_section_and_kind_work(void **state)
{
    mlhead_hit *h;
    size_t n, i;
    assert_int_equal(mlhead_search_raw(*state, "section:challenges", 0, &h, &n), MLHEAD_OK);
    assert_true(n > 20);
    for (i = 0; i < n; i++)
        assert_string_equal(h[i].section, "challenges");
    mlhead_free(h);
    assert_int_equal(mlhead_search_raw(*state, "kind:5", 0, &h, &n), MLHEAD_OK);
    assert_int_equal(n, 5);
    for (i = 0; i < n; i++)
        assert_int_equal(h[i].kind, MLHEAD_HIT_SALARY);
    mlhead_free(h);
    assert_int_equal(
        mlhead_search_raw(*state, "section:\"best-practices\" AND text:data", 0, &h, &n),
        MLHEAD_OK);
    assert_true(n >= 1);
    for (i = 0; i < n; i++)
        assert_string_equal(h[i].section, "best-practices");
    mlhead_free(h);
    /* category and line are not searchable: FTS5 says so */
    assert_int_equal(mlhead_search_raw(*state, "line:131", 0, &h, &n), MLHEAD_OK);
    assert_int_equal(n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stemming_finds_ethical_and_ethics_from_ethic),
        cmocka_unit_test(a_prefix_finds_governance),
        cmocka_unit_test(case_and_extra_spaces_do_not_matter),
        cmocka_unit_test(every_kind_of_text_is_found),
        cmocka_unit_test(the_best_match_comes_first),
        cmocka_unit_test(limit_caps_the_hits),
        cmocka_unit_test(a_tier_comes_shortest_first_then_by_line),
        cmocka_unit_test(any_limit_gives_the_first_hits_of_all),
        cmocka_unit_test(the_build_stores_search_rows_shortest_first_then_by_line),
        cmocka_unit_test(no_match_is_ok_with_no_hits),
        cmocka_unit_test(fts_syntax_in_a_plain_query_is_only_words),
        cmocka_unit_test(raw_syntax_errors_are_reported_with_the_parsers_words),
        cmocka_unit_test(raw_queries_use_fts5_operators),
        cmocka_unit_test(bad_arguments_get_their_status),
        cmocka_unit_test(hostile_strings_never_fail_the_plain_search),
        cmocka_unit_test(most_queries_people_type_rank_the_right_hit_first),
        cmocka_unit_test(a_one_letter_word_is_no_prefix),
        cmocka_unit_test(whole_words_rank_above_prefixes),
        cmocka_unit_test(salary_figures_find_their_band),
        cmocka_unit_test(the_guides_prose_is_found),
        cmocka_unit_test(search_in_keeps_to_one_section_by_slug_or_title),
        cmocka_unit_test(search_in_bad_arguments_get_their_status),
        cmocka_unit_test(raw_column_filters_on_section_and_kind_work),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
