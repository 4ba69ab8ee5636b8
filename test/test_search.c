/*
 * test_search.c - mlhead_search() and mlhead_search_raw(): ranking on known
 * queries, stemming and prefixes, every kind of text found, and every
 * hostile query through both entry points.
 */
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
    const char *bad[] = {"NEAR(", "\"ethic", "(ethic", "ethic AND", "nosuch:x", "*", ")"};
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stemming_finds_ethical_and_ethics_from_ethic),
        cmocka_unit_test(a_prefix_finds_governance),
        cmocka_unit_test(case_and_extra_spaces_do_not_matter),
        cmocka_unit_test(every_kind_of_text_is_found),
        cmocka_unit_test(the_best_match_comes_first),
        cmocka_unit_test(limit_caps_the_hits),
        cmocka_unit_test(no_match_is_ok_with_no_hits),
        cmocka_unit_test(fts_syntax_in_a_plain_query_is_only_words),
        cmocka_unit_test(raw_syntax_errors_are_reported_with_the_parsers_words),
        cmocka_unit_test(raw_queries_use_fts5_operators),
        cmocka_unit_test(bad_arguments_get_their_status),
        cmocka_unit_test(hostile_strings_never_fail_the_plain_search),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
