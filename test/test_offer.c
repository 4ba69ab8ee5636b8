/*
 * test_offer.c - mlhead_salary_compare(), mlhead_offer_verdict_name() and
 * mlhead_figure_format(): every combination of the bounds (exact, floor,
 * unknown for each end) with an amount below, at, inside and above, the
 * guide's own bands, and every bad input.
 */
#include "helpers.h"

enum {
    B = MLHEAD_OFFER_BELOW,
    W = MLHEAD_OFFER_WITHIN,
    A = MLHEAD_OFFER_ABOVE,
    F = MLHEAD_OFFER_AT_LEAST_FLOOR,
    C = MLHEAD_OFFER_CANNOT_TELL
};

static mlhead_figure fig(mlhead_bound bound, int64_t usd)
{
    mlhead_figure f;
    f.bound = bound;
    f.usd = bound == MLHEAD_UNKNOWN ? -1 : usd;
    return f;
}

static mlhead_salary band(mlhead_figure min, mlhead_figure max, mlhead_figure avg,
                          mlhead_figure avg_high)
{
    mlhead_salary s;
    memset(&s, 0, sizeof s);
    s.min = min;
    s.max = max;
    s.avg = avg;
    s.avg_high = avg_high;
    s.avg_is_range = avg_high.bound != MLHEAD_UNKNOWN;
    return s;
}

static const char *bound_label(mlhead_bound b)
{
    return b == MLHEAD_EXACT ? "exact" : b == MLHEAD_AT_LEAST ? "floor" : "unknown";
}

/* The amounts: below the low end, at it, inside, at the high end, above. */
static const int64_t amounts[5] = {50, 100, 150, 200, 250};

static void every_bound_pair_against_every_amount(void **state)
{
    static const mlhead_bound bounds[3] = {MLHEAD_EXACT, MLHEAD_AT_LEAST, MLHEAD_UNKNOWN};
    /* [low bound][high bound][amount], written out from the header's cases */
    static const int want[3][3][5] = {
        {{B, W, W, W, A}, {B, W, W, W, F}, {B, C, C, C, C}},
        {{B, C, C, C, A}, {B, C, C, C, C}, {B, C, C, C, C}},
        {{C, C, C, C, A}, {C, C, C, C, C}, {C, C, C, C, C}},
    };
    size_t lo, hi, i;
    (void)state;
    for (lo = 0; lo < 3; lo++)
        for (hi = 0; hi < 3; hi++)
            for (i = 0; i < 5; i++) {
                mlhead_salary s = band(fig(bounds[lo], 100), fig(bounds[hi], 200),
                                       fig(MLHEAD_UNKNOWN, 0), fig(MLHEAD_UNKNOWN, 0));
                mlhead_offer o;
                assert_int_equal(mlhead_salary_compare(&s, amounts[i], &o), MLHEAD_OK);
                if ((int)o.range != want[lo][hi][i])
                    fail_msg("low %s, high %s, %lld: %s, not %s", bound_label(bounds[lo]),
                             bound_label(bounds[hi]), (long long)amounts[i],
                             mlhead_offer_verdict_name(o.range),
                             mlhead_offer_verdict_name(want[lo][hi][i]));
                assert_int_equal(o.average, C); /* the average is unknown */
                assert_int_equal(o.usd, amounts[i]);
            }
}

static void an_average_of_one_figure_and_of_a_range(void **state)
{
    static const mlhead_bound bounds[3] = {MLHEAD_EXACT, MLHEAD_AT_LEAST, MLHEAD_UNKNOWN};
    /* one figure, 100: amounts 50, 100, 150 */
    static const int one[3][3] = {{B, W, A}, {B, F, F}, {C, C, C}};
    static const int range[5] = {B, W, W, W, A}; /* 100 .. 200, both exact */
    size_t b, i;
    mlhead_offer o;
    mlhead_salary s;
    (void)state;
    for (b = 0; b < 3; b++)
        for (i = 0; i < 3; i++) {
            s = band(fig(MLHEAD_UNKNOWN, 0), fig(MLHEAD_UNKNOWN, 0), fig(bounds[b], 100),
                     fig(MLHEAD_UNKNOWN, 0));
            assert_int_equal(mlhead_salary_compare(&s, amounts[i], &o), MLHEAD_OK);
            assert_int_equal(o.average, one[b][i]);
            assert_int_equal(o.range, C);
        }
    for (i = 0; i < 5; i++) {
        s = band(fig(MLHEAD_UNKNOWN, 0), fig(MLHEAD_UNKNOWN, 0), fig(MLHEAD_EXACT, 100),
                 fig(MLHEAD_EXACT, 200));
        assert_int_equal(mlhead_salary_compare(&s, amounts[i], &o), MLHEAD_OK);
        assert_int_equal(o.average, range[i]);
    }
}

static mlhead_offer offer_for(mlhead *db, const char *role, int64_t usd)
{
    mlhead_salary s;
    mlhead_offer o;
    assert_int_equal(mlhead_salary_range(db, role, &s), MLHEAD_OK);
    assert_int_equal(mlhead_salary_compare(&s, usd, &o), MLHEAD_OK);
    return o;
}

static void the_guides_bands(void **state)
{
    mlhead_offer o = offer_for(*state, "Head of ML", 250000);
    assert_int_equal(o.range, W);
    assert_int_equal(o.average, B); /* 259,000 */
    o = offer_for(*state, "Head of ML", 400000);
    assert_int_equal(o.range, A);
    assert_int_equal(o.average, A);
    o = offer_for(*state, "Head of Data Science", 250000);
    assert_int_equal(o.average, W); /* 224,539 - 273,280 */
    /* CDO: $266,395 - $644,261+, no average */
    o = offer_for(*state, "CDO", 700000);
    assert_int_equal(o.range, F);
    assert_int_equal(o.average, C);
    o = offer_for(*state, "CDO", 200000);
    assert_int_equal(o.range, B);
    /* Director of AI Research: unknown - $644,261+, average $266,395+ */
    o = offer_for(*state, "Director of AI Research", 700000);
    assert_int_equal(o.range, C);
    assert_int_equal(o.average, F);
    o = offer_for(*state, "Director of AI Research", 100000);
    assert_int_equal(o.range, C);
    assert_int_equal(o.average, B);
    /* Director of Data Science: only an average, 253,919 */
    o = offer_for(*state, "Director of Data Science", 253919);
    assert_int_equal(o.range, C);
    assert_int_equal(o.average, W);
}

static void bad_input_is_invalid_and_empties_the_offer(void **state)
{
    mlhead_salary s = band(fig(MLHEAD_EXACT, 100), fig(MLHEAD_EXACT, 200), fig(MLHEAD_EXACT, 150),
                           fig(MLHEAD_UNKNOWN, 0));
    mlhead_salary bad;
    mlhead_offer o;
    (void)state;
    assert_int_equal(mlhead_salary_compare(NULL, 100, &o), MLHEAD_INVALID);
    assert_int_equal(o.usd, 0);
    assert_int_equal(o.range, C);
    assert_int_equal(mlhead_salary_compare(&s, 100, NULL), MLHEAD_INVALID);
    memset(&o, 0x5a, sizeof o);
    assert_int_equal(mlhead_salary_compare(&s, -1, &o), MLHEAD_INVALID);
    assert_int_equal(o.usd, 0);
    assert_int_equal(o.average, C);
    assert_int_equal(mlhead_salary_compare(&s, (int64_t)MLHEAD_USD_MAX + 1, &o), MLHEAD_INVALID);
    assert_int_equal(mlhead_salary_compare(&s, INT64_MIN, &o), MLHEAD_INVALID);
    assert_int_equal(mlhead_salary_compare(&s, 0, &o), MLHEAD_OK);
    assert_int_equal(o.range, B);
    assert_int_equal(mlhead_salary_compare(&s, MLHEAD_USD_MAX, &o), MLHEAD_OK);
    assert_int_equal(o.range, A);
    bad = s;
    bad.min.bound = (mlhead_bound)7;
    assert_int_equal(mlhead_salary_compare(&bad, 100, &o), MLHEAD_INVALID);
    bad = s;
    bad.max.usd = 0; /* a known bound without a figure */
    assert_int_equal(mlhead_salary_compare(&bad, 100, &o), MLHEAD_INVALID);
    bad = s;
    bad.min = fig(MLHEAD_UNKNOWN, 0);
    bad.min.usd = 5; /* unknown with a figure */
    assert_int_equal(mlhead_salary_compare(&bad, 100, &o), MLHEAD_INVALID);
    bad = s;
    bad.avg_is_range = 1; /* a range without its high end */
    assert_int_equal(mlhead_salary_compare(&bad, 100, &o), MLHEAD_INVALID);
    bad = s;
    bad.avg_is_range = 2;
    assert_int_equal(mlhead_salary_compare(&bad, 100, &o), MLHEAD_INVALID);
    bad = s;
    bad.avg_high = fig(MLHEAD_EXACT, 300); /* a high end, avg_is_range 0 */
    assert_int_equal(mlhead_salary_compare(&bad, 100, &o), MLHEAD_INVALID);
}

static void verdicts_have_names(void **state)
{
    (void)state;
    assert_string_equal(mlhead_offer_verdict_name(MLHEAD_OFFER_BELOW), "below");
    assert_string_equal(mlhead_offer_verdict_name(MLHEAD_OFFER_WITHIN), "within");
    assert_string_equal(mlhead_offer_verdict_name(MLHEAD_OFFER_ABOVE), "above");
    assert_string_equal(mlhead_offer_verdict_name(MLHEAD_OFFER_AT_LEAST_FLOOR), "at_least_floor");
    assert_string_equal(mlhead_offer_verdict_name(MLHEAD_OFFER_CANNOT_TELL), "cannot_tell");
    assert_string_equal(mlhead_offer_verdict_name(-1), "unknown verdict");
    assert_string_equal(mlhead_offer_verdict_name(5), "unknown verdict");
}

static void figures_are_written_as_the_guide_writes_them(void **state)
{
    char buf[32];
    (void)state;
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_AT_LEAST, 644261), buf, sizeof buf), 9);
    assert_string_equal(buf, "$644,261+");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 188000), buf, sizeof buf), 8);
    assert_string_equal(buf, "$188,000");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_UNKNOWN, 0), buf, sizeof buf), 7);
    assert_string_equal(buf, "unknown");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 1), buf, sizeof buf), 2);
    assert_string_equal(buf, "$1");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 999), buf, sizeof buf), 4);
    assert_string_equal(buf, "$999");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 1000), buf, sizeof buf), 6);
    assert_string_equal(buf, "$1,000");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_AT_LEAST, MLHEAD_USD_MAX), buf, sizeof buf),
                     15);
    assert_string_equal(buf, "$1,000,000,000+");
}

static void a_short_buffer_is_cut_and_the_length_still_told(void **state)
{
    char buf[5];
    (void)state;
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_AT_LEAST, 644261), buf, sizeof buf), 9);
    assert_string_equal(buf, "$644");
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 188000), NULL, 0), 8);
    memset(buf, 'x', sizeof buf);
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 188000), buf, 0), 8);
    assert_int_equal(buf[0], 'x'); /* size 0 writes nothing */
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 188000), buf, 1), 8);
    assert_string_equal(buf, "");
}

static void bad_figures_write_nothing_and_give_minus_one(void **state)
{
    char buf[16];
    mlhead_figure f = fig(MLHEAD_EXACT, 0);
    (void)state;
    strcpy(buf, "x");
    assert_int_equal(mlhead_figure_format(f, buf, sizeof buf), -1);
    assert_string_equal(buf, "");
    f = fig(MLHEAD_EXACT, (int64_t)MLHEAD_USD_MAX + 1);
    assert_int_equal(mlhead_figure_format(f, buf, sizeof buf), -1);
    f = fig(MLHEAD_AT_LEAST, -5);
    assert_int_equal(mlhead_figure_format(f, buf, sizeof buf), -1);
    f = fig(MLHEAD_UNKNOWN, 0);
    f.usd = 10;
    assert_int_equal(mlhead_figure_format(f, buf, sizeof buf), -1);
    f.bound = (mlhead_bound)9;
    assert_int_equal(mlhead_figure_format(f, buf, sizeof buf), -1);
    assert_int_equal(mlhead_figure_format(fig(MLHEAD_EXACT, 5), NULL, 4), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_bound_pair_against_every_amount),
        cmocka_unit_test(an_average_of_one_figure_and_of_a_range),
        cmocka_unit_test_setup_teardown(the_guides_bands, open_embedded, close_handle),
        cmocka_unit_test(bad_input_is_invalid_and_empties_the_offer),
        cmocka_unit_test(verdicts_have_names),
        cmocka_unit_test(figures_are_written_as_the_guide_writes_them),
        cmocka_unit_test(a_short_buffer_is_cut_and_the_length_still_told),
        cmocka_unit_test(bad_figures_write_nothing_and_give_minus_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
