/*
 * test_salary.c - mlhead_salary_range() and mlhead_salary_list(): every band
 * of the guide exactly, each figure's bound, and every bad input.
 */
#include "helpers.h"

static void assert_figure(mlhead_figure f, mlhead_bound bound, int64_t usd)
{
    assert_int_equal(f.bound, bound);
    assert_int_equal(f.usd, usd);
}

static mlhead_salary salary_of(mlhead *db, const char *role)
{
    mlhead_salary s;
    assert_int_equal(mlhead_salary_range(db, role, &s), MLHEAD_OK);
    assert_string_equal(s.market, "US");
    assert_string_equal(s.currency, "USD");
    assert_string_equal(s.period, "year");
    assert_int_equal(s.year, 2024);
    return s;
}

static void head_of_ml_is_exact_with_one_average(void **state)
{
    mlhead_salary s = salary_of(*state, "Head of Machine Learning");
    assert_string_equal(s.role, "Head of Machine Learning");
    assert_string_equal(s.band, "Head of Machine Learning");
    assert_string_equal(s.heading, "Head of Machine Learning");
    assert_figure(s.min, MLHEAD_EXACT, 188000);
    assert_figure(s.max, MLHEAD_EXACT, 330000);
    assert_figure(s.avg, MLHEAD_EXACT, 259000);
    assert_int_equal(s.avg_is_range, 0);
    assert_figure(s.avg_high, MLHEAD_UNKNOWN, -1);
    assert_int_equal(s.line, 131);
}

static void head_of_data_science_keeps_both_ends_of_its_average(void **state)
{
    mlhead_salary s = salary_of(*state, "Head of Data Science");
    assert_figure(s.min, MLHEAD_EXACT, 110000);
    assert_figure(s.max, MLHEAD_EXACT, 330000);
    assert_int_equal(s.avg_is_range, 1);
    assert_figure(s.avg, MLHEAD_EXACT, 224539);
    assert_figure(s.avg_high, MLHEAD_EXACT, 273280);
}

static void director_of_ai_research_is_open_ended_with_unknown_min(void **state)
{
    mlhead_salary s = salary_of(*state, "Director of AI Research");
    assert_figure(s.min, MLHEAD_UNKNOWN, -1);
    assert_figure(s.max, MLHEAD_AT_LEAST, 644261);
    assert_figure(s.avg, MLHEAD_AT_LEAST, 266395);
    assert_int_equal(s.avg_is_range, 0);
}

static void director_of_data_science_has_only_an_average(void **state)
{
    mlhead_salary s = salary_of(*state, "Director of Data Science");
    assert_figure(s.min, MLHEAD_UNKNOWN, -1);
    assert_figure(s.max, MLHEAD_UNKNOWN, -1);
    assert_figure(s.avg, MLHEAD_EXACT, 253919);
}

static void one_band_serves_cdo_and_vp_of_data_science(void **state)
{
    const char *names[] = {"Chief Data Officer", "VP of Data Science", "CDO", "vp data science"};
    size_t i;
    for (i = 0; i < 4; i++) {
        mlhead_salary s = salary_of(*state, names[i]);
        assert_string_equal(s.band, "Chief Data Officer or VP of Data Science");
        assert_string_equal(s.heading, "Executive-Level Positions");
        assert_figure(s.min, MLHEAD_EXACT, 266395);
        assert_figure(s.max, MLHEAD_AT_LEAST, 644261);
        assert_figure(s.avg, MLHEAD_UNKNOWN, -1);
    }
    assert_string_equal(salary_of(*state, "CDO").role, "Chief Data Officer");
    assert_string_equal(salary_of(*state, "vp data science").role, "VP of Data Science");
}

static void alias_case_and_spaces_find_the_same_band(void **state)
{
    const char *names[] = {"head of ml", "  HEAD   OF\tML  ", "Head of ML", "ML Head",
                           "AI Machine Learning Head"};
    size_t i;
    for (i = 0; i < 5; i++) {
        mlhead_salary s = salary_of(*state, names[i]);
        assert_string_equal(s.role, "Head of Machine Learning");
        assert_figure(s.avg, MLHEAD_EXACT, 259000);
    }
}

static void known_role_without_band_is_no_data(void **state)
{
    mlhead *db = *state;
    mlhead_salary s;
    const char *roles[] = {"Head of AI", "Machine Learning Engineer", "Junior ML Engineer"};
    size_t i;
    for (i = 0; i < 3; i++) {
        memset(&s, 0x5a, sizeof s);
        assert_int_equal(mlhead_salary_range(db, roles[i], &s), MLHEAD_NO_DATA);
        assert_null(s.role);
        assert_int_equal(s.min.bound, MLHEAD_UNKNOWN);
        assert_non_null(strstr(mlhead_errmsg(db), "no salary band"));
        /* asked twice: the memoized answer is the same */
        assert_int_equal(mlhead_salary_range(db, roles[i], &s), MLHEAD_NO_DATA);
    }
    assert_int_equal(mlhead_salary_range(db, " head of  AI", &s), MLHEAD_NO_DATA);
    assert_string_equal(mlhead_errmsg(db), "the guide gives no salary band for \"head of AI\"");
}

static void unknown_role_is_not_found(void **state)
{
    mlhead *db = *state;
    mlhead_salary s;
    assert_int_equal(mlhead_salary_range(db, "Chief Happiness Officer", &s), MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(db), "Chief Happiness Officer"));
    assert_null(s.role);
    assert_int_equal(mlhead_salary_range(db, "CHIEF happiness officer", &s), MLHEAD_NOT_FOUND);
    assert_string_equal(mlhead_errmsg(db), "no role named \"CHIEF happiness officer\"");
}

static void null_arguments_are_invalid(void **state)
{
    mlhead *db = *state;
    mlhead_salary s;
    assert_int_equal(mlhead_salary_range(NULL, "CDO", &s), MLHEAD_INVALID);
    assert_int_equal(mlhead_salary_range(db, NULL, &s), MLHEAD_INVALID);
    assert_int_equal(mlhead_salary_range(db, "CDO", NULL), MLHEAD_INVALID);
    assert_int_equal(mlhead_salary_list(NULL, NULL, NULL), MLHEAD_INVALID);
}

static void hostile_names_get_their_status(void **state)
{
    mlhead *db = *state;
    mlhead_salary s;
    size_t i;
    for (i = 0; i < HOSTILE_COUNT; i++) {
        int got = mlhead_salary_range(db, hostile_names[i].text, &s);
        if (got != hostile_names[i].status)
            fail_msg("%s: got %d, want %d", hostile_names[i].label, got, hostile_names[i].status);
        assert_null(s.role);
    }
}

static void overlong_names_are_invalid_and_long_blank_is_empty(void **state)
{
    mlhead *db = *state;
    mlhead_salary s;
    char *big = hostile_long(100 * 1024, 'a');
    char *blank = hostile_long(100 * 1024, ' ');
    char *padded = hostile_long(100 * 1024, ' ');
    memcpy(padded + 50 * 1024, "CDO", 3);
    assert_int_equal(mlhead_salary_range(db, big, &s), MLHEAD_INVALID);
    assert_non_null(strstr(mlhead_errmsg(db), "longer than"));
    assert_int_equal(mlhead_salary_range(db, blank, &s), MLHEAD_EMPTY);
    /* white space is folded before the length counts */
    assert_int_equal(mlhead_salary_range(db, padded, &s), MLHEAD_OK);
    assert_string_equal(s.role, "Chief Data Officer");
    free(big);
    free(blank);
    free(padded);
}

static void list_has_every_band_in_order(void **state)
{
    mlhead *db = *state;
    mlhead_salary *all;
    size_t n, i;
    const char *roles[] = {"Head of Machine Learning", "Head of Data Science",
                           "Director of AI Research",  "Director of Data Science",
                           "Chief Data Officer",       "VP of Data Science"};
    assert_int_equal(mlhead_salary_list(db, &all, &n), MLHEAD_OK);
    assert_int_equal(n, 6);
    for (i = 0; i < n; i++) {
        mlhead_salary one;
        assert_string_equal(all[i].role, roles[i]);
        assert_int_equal(mlhead_salary_range(db, roles[i], &one), MLHEAD_OK);
        assert_memory_equal(&one, &all[i], sizeof one);
    }
    mlhead_free(all);
}

static void no_figure_is_ever_zero(void **state)
{
    mlhead_salary *all;
    size_t n, i;
    assert_int_equal(mlhead_salary_list(*state, &all, &n), MLHEAD_OK);
    for (i = 0; i < n; i++) {
        mlhead_figure f[] = {all[i].min, all[i].max, all[i].avg, all[i].avg_high};
        size_t k;
        for (k = 0; k < 4; k++) {
            assert_int_not_equal(f[k].usd, 0);
            assert_true((f[k].bound == MLHEAD_UNKNOWN) == (f[k].usd == -1));
        }
    }
    mlhead_free(all);
}

static void strings_outlive_the_list(void **state)
{
    mlhead_salary *all;
    size_t n;
    const char *band;
    assert_int_equal(mlhead_salary_list(*state, &all, &n), MLHEAD_OK);
    band = all[4].band;
    mlhead_free(all);
    assert_string_equal(band, "Chief Data Officer or VP of Data Science");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(head_of_ml_is_exact_with_one_average),
        cmocka_unit_test(head_of_data_science_keeps_both_ends_of_its_average),
        cmocka_unit_test(director_of_ai_research_is_open_ended_with_unknown_min),
        cmocka_unit_test(director_of_data_science_has_only_an_average),
        cmocka_unit_test(one_band_serves_cdo_and_vp_of_data_science),
        cmocka_unit_test(alias_case_and_spaces_find_the_same_band),
        cmocka_unit_test(known_role_without_band_is_no_data),
        cmocka_unit_test(unknown_role_is_not_found),
        cmocka_unit_test(null_arguments_are_invalid),
        cmocka_unit_test(hostile_names_get_their_status),
        cmocka_unit_test(overlong_names_are_invalid_and_long_blank_is_empty),
        cmocka_unit_test(list_has_every_band_in_order),
        cmocka_unit_test(no_figure_is_ever_zero),
        cmocka_unit_test(strings_outlive_the_list),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
