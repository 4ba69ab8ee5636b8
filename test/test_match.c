/*
 * test_match.c - mlhead_role_match() and mlhead_match(): the typed names of
 * test/names.tsv (top-1 and top-3 accuracy printed; top-1 must be at least
 * 95 %), tracks, sections and headings through the same mechanism, and
 * every bad input.
 */
#include "helpers.h"

#ifndef TEST_NAMES
#define TEST_NAMES "test/names.tsv"
#endif

static void typed_names_find_the_role_they_mean(void **state)
{
    FILE *f = fopen(TEST_NAMES, "r");
    char line[512];
    int total = 0, top1 = 0, top3 = 0;
    assert_non_null(f);
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t'), *want;
        mlhead_role_match_hit *m;
        size_t n, i;
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        want = tab + 1;
        want[strcspn(want, "\r\n")] = '\0';
        total++;
        assert_int_equal(mlhead_role_match(*state, line, 3, &m, &n), MLHEAD_OK);
        assert_true(n <= 3);
        for (i = 0; i < n; i++) {
            if (strcmp(m[i].role.title, want) == 0) {
                top1 += i == 0;
                top3++;
                break;
            }
        }
        if (n == 0 || strcmp(m[0].role.title, want) != 0)
            printf("names: \"%s\" -> %s (%.2f), not %s\n", line, n ? m[0].role.title : "nothing",
                   n ? m[0].score : 0.0, want);
        mlhead_free(m);
    }
    fclose(f);
    printf("names: %d typed names, top-1 %d (%.1f %%), top-3 %d (%.1f %%)\n", total, top1,
           100.0 * top1 / total, top3, 100.0 * top3 / total);
    assert_true(total >= 200);
    assert_true(top1 * 100 >= total * 95);
}

/* The handle keeps the roles' names cut into words after the first call:
 * every later call, on any text, answers as a new handle would. */
static void later_calls_answer_as_a_first_call_does(void **state)
{
    static const char *const texts[] = {"head of ml", "princpal scientist", "cdo", "VP AI products",
                                        "zzz",        "head of ml"};
    size_t t;
    for (t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        mlhead *fresh;
        mlhead_role_match_hit *a, *b;
        size_t na, nb, i;
        assert_int_equal(mlhead_open(NULL, &fresh), MLHEAD_OK);
        assert_int_equal(mlhead_role_match(fresh, texts[t], 0, &a, &na), MLHEAD_OK);
        assert_int_equal(mlhead_role_match(*state, texts[t], 0, &b, &nb), MLHEAD_OK);
        assert_int_equal(na, nb);
        for (i = 0; i < na; i++) {
            assert_string_equal(a[i].role.title, b[i].role.title);
            assert_true(a[i].score == b[i].score);
            assert_string_equal(a[i].name, b[i].name);
        }
        mlhead_free(a);
        mlhead_free(b);
        mlhead_close(fresh);
    }
}

static void exact_names_score_one_and_say_what_matched(void **state)
{
    mlhead_role_match_hit *m;
    size_t n;
    assert_int_equal(mlhead_role_match(*state, "  head OF ml ", 0, &m, &n), MLHEAD_OK);
    assert_true(n >= 1);
    assert_string_equal(m[0].role.title, "Head of Machine Learning");
    assert_true(m[0].score == 1.0);
    assert_int_equal(m[0].matched, MLHEAD_NAME_ALIAS);
    assert_string_equal(m[0].name, "Head of ML");
    if (n > 1)
        assert_true(m[1].score < 1.0 && m[1].score <= m[0].score);
    mlhead_free(m);
    assert_int_equal(mlhead_role_match(*state, "vp-of-data-science", 1, &m, &n), MLHEAD_OK);
    assert_int_equal(n, 1);
    assert_int_equal(m[0].matched, MLHEAD_NAME_SLUG);
    assert_string_equal(m[0].role.title, "VP of Data Science");
    mlhead_free(m);
    assert_int_equal(mlhead_role_match(*state, "Chief Data Officer", 1, &m, &n), MLHEAD_OK);
    assert_int_equal(m[0].matched, MLHEAD_NAME_TITLE);
    mlhead_free(m);
}

static void a_typo_is_close_but_not_certain(void **state)
{
    mlhead_role_match_hit *m;
    size_t n, i;
    assert_int_equal(mlhead_role_match(*state, "hed of machin lerning", 0, &m, &n), MLHEAD_OK);
    assert_true(n >= 1);
    assert_string_equal(m[0].role.title, "Head of Machine Learning");
    assert_true(m[0].score < 1.0 && m[0].score > 0.5);
    for (i = 1; i < n; i++)
        assert_true(m[i].score <= m[i - 1].score);
    mlhead_free(m);
}

static void nothing_close_is_ok_with_no_candidates(void **state)
{
    mlhead_role_match_hit *m = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_int_equal(mlhead_role_match(*state, "zzzzqqq xxyyx", 0, &m, &n), MLHEAD_OK);
    assert_null(m);
    assert_int_equal(n, 0);
    m = POISON_PTR;
    assert_int_equal(mlhead_role_match(*state, "'; DROP TABLE role; --", 0, &m, &n), MLHEAD_OK);
    mlhead_free(m);
}

static void limit_bounds_the_list(void **state)
{
    mlhead_role_match_hit *m;
    size_t n, all;
    assert_int_equal(mlhead_role_match(*state, "senior engineer", 0, &m, &all), MLHEAD_OK);
    mlhead_free(m);
    assert_true(all >= 2);
    assert_int_equal(mlhead_role_match(*state, "senior engineer", 1, &m, &n), MLHEAD_OK);
    assert_int_equal(n, 1);
    mlhead_free(m);
}

static void tracks_sections_and_headings_match_the_same_way(void **state)
{
    mlhead_match_hit *m;
    size_t n;
    assert_int_equal(mlhead_match(*state, MLHEAD_MATCH_TRACK, "ml engneering track", 1, &m, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 1);
    assert_string_equal(m[0].slug, "ml-engineering");
    assert_null(m[0].section);
    mlhead_free(m);
    assert_int_equal(mlhead_match(*state, MLHEAD_MATCH_SECTION, "best practises", 1, &m, &n),
                     MLHEAD_OK);
    assert_string_equal(m[0].slug, "best-practices");
    mlhead_free(m);
    assert_int_equal(mlhead_match(*state, MLHEAD_MATCH_SECTION, "challenges common", 1, &m, &n),
                     MLHEAD_OK);
    assert_string_equal(m[0].slug, "challenges");
    mlhead_free(m);
    assert_int_equal(
        mlhead_match(*state, MLHEAD_MATCH_CATEGORY, "efective communication", 1, &m, &n),
        MLHEAD_OK);
    assert_string_equal(m[0].title, "Effective Communication");
    assert_string_equal(m[0].section, "best-practices");
    mlhead_free(m);
    assert_int_equal(mlhead_match(*state, MLHEAD_MATCH_CATEGORY, "talent-retention", 1, &m, &n),
                     MLHEAD_OK);
    assert_int_equal(m[0].matched, MLHEAD_NAME_SLUG);
    assert_true(m[0].score == 1.0);
    mlhead_free(m);
    assert_int_equal(mlhead_match(*state, MLHEAD_MATCH_ROLE, "VP DS", 1, &m, &n), MLHEAD_OK);
    assert_string_equal(m[0].title, "VP of Data Science");
    assert_string_equal(m[0].slug, "vp-of-data-science");
    mlhead_free(m);
}

static int role_match_call(mlhead *db, const char *name)
{
    mlhead_role_match_hit *m = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_role_match(db, name, 0, &m, &n);
    return list_outcome(status, m, n);
}

static int match_call(mlhead *db, const char *name)
{
    mlhead_match_hit *m = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_match(db, MLHEAD_MATCH_CATEGORY, name, 0, &m, &n);
    return list_outcome(status, m, n);
}

/* Unknown names are no failure here: valid text that names nothing is OK. */
static void hostile_texts_are_safe(void **state)
{
    char *big = hostile_long(100 * 1024, 'a');
    size_t i;
    for (i = 0; i < HOSTILE_COUNT; i++) {
        int want =
            hostile_names[i].status == MLHEAD_NOT_FOUND ? MLHEAD_OK : hostile_names[i].status;
        int got = role_match_call(*state, hostile_names[i].text);
        if (got != want)
            fail_msg("mlhead_role_match, %s: got %d, want %d", hostile_names[i].label, got, want);
        got = match_call(*state, hostile_names[i].text);
        if (got != want)
            fail_msg("mlhead_match, %s: got %d, want %d", hostile_names[i].label, got, want);
    }
    assert_int_equal(role_match_call(*state, big), MLHEAD_INVALID);
    assert_int_equal(match_call(*state, big), MLHEAD_INVALID);
    free(big);
}

static void null_arguments_and_bad_kinds_are_invalid(void **state)
{
    mlhead *db = *state;
    mlhead_role_match_hit *m = POISON_PTR;
    mlhead_match_hit *h = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_role_match(NULL, "MLE", 0, &m, &n), MLHEAD_INVALID, m, n);
    assert_list_fails(mlhead_role_match(db, NULL, 0, &m, &n), MLHEAD_INVALID, m, n);
    assert_int_equal(mlhead_role_match(db, "MLE", 0, NULL, &n), MLHEAD_INVALID);
    m = POISON_PTR;
    assert_int_equal(mlhead_role_match(db, "MLE", 0, &m, NULL), MLHEAD_INVALID);
    assert_null(m);
    assert_list_fails(mlhead_match(NULL, MLHEAD_MATCH_TRACK, "x", 0, &h, &n), MLHEAD_INVALID, h, n);
    assert_list_fails(mlhead_match(db, MLHEAD_MATCH_TRACK, NULL, 0, &h, &n), MLHEAD_INVALID, h, n);
    assert_list_fails(mlhead_match(db, (mlhead_match_what)0, "research", 0, &h, &n), MLHEAD_INVALID,
                      h, n);
    assert_non_null(strstr(mlhead_errmsg(db), "what"));
    assert_list_fails(mlhead_match(db, (mlhead_match_what)99, "research", 0, &h, &n),
                      MLHEAD_INVALID, h, n);
    assert_int_equal(mlhead_match(db, MLHEAD_MATCH_TRACK, "x", 0, NULL, &n), MLHEAD_INVALID);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(typed_names_find_the_role_they_mean, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(later_calls_answer_as_a_first_call_does, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(exact_names_score_one_and_say_what_matched, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(a_typo_is_close_but_not_certain, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(nothing_close_is_ok_with_no_candidates, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(limit_bounds_the_list, open_embedded, close_handle),
        cmocka_unit_test_setup_teardown(tracks_sections_and_headings_match_the_same_way,
                                        open_embedded, close_handle),
        cmocka_unit_test_setup_teardown(hostile_texts_are_safe, open_embedded, close_handle),
        cmocka_unit_test_setup_teardown(null_arguments_and_bad_kinds_are_invalid, open_embedded,
                                        close_handle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
