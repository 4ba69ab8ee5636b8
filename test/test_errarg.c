/*
 * test_errarg.c - mlhead_errarg(): the argument the last failure was
 * about, counting the call's parameters from 1 with the handle as 1, or 0.
 * Each call is made once with each of its arguments bad in turn.
 */
#include "helpers.h"

/* One failing call: its status and the argument it must name. */
struct bad_call {
    const char *what;
    int status;
    int arg;
};

static void check(mlhead *db, const struct bad_call *c, int status)
{
    if (status != c->status || mlhead_errarg(db) != c->arg)
        fail_msg("%s: status %d errarg %d, want %d and %d (%s)", c->what, status, mlhead_errarg(db),
                 c->status, c->arg, mlhead_errmsg(db));
}

static void each_bad_argument_is_named_by_its_position(void **state)
{
    mlhead *db = *state;
    mlhead_role role, *roles;
    mlhead_step *steps;
    mlhead_salary band, *bands;
    mlhead_category *cats;
    mlhead_item *items;
    mlhead_stat *stats;
    mlhead_track *tracks;
    mlhead_hit *hits;
    const char **aliases;
    mlhead_reach *reach;
    mlhead_edge *edges;
    mlhead_role_name *names;
    size_t n;
    char big[MLHEAD_NAME_MAX + 2];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
#define CASE(what, status, arg, call) check(db, &(struct bad_call){what, status, arg}, (call))
    CASE("edition_get out", MLHEAD_INVALID, 2, mlhead_edition_get(db, NULL));
    CASE("role_find name NULL", MLHEAD_INVALID, 2, mlhead_role_find(db, NULL, &role));
    CASE("role_find name blank", MLHEAD_EMPTY, 2, mlhead_role_find(db, "  ", &role));
    CASE("role_find name bad UTF-8", MLHEAD_INVALID, 2, mlhead_role_find(db, "\xff", &role));
    CASE("role_find name too long", MLHEAD_INVALID, 2, mlhead_role_find(db, big, &role));
    CASE("role_find unknown", MLHEAD_NOT_FOUND, 2, mlhead_role_find(db, "Astronaut", &role));
    CASE("role_find unknown (memo)", MLHEAD_NOT_FOUND, 2, mlhead_role_find(db, "Astronaut", &role));
    CASE("role_find out", MLHEAD_INVALID, 3, mlhead_role_find(db, "CDO", NULL));
    CASE("role_list track", MLHEAD_NOT_FOUND, 2, mlhead_role_list(db, "x", &roles, &n));
    CASE("role_list out", MLHEAD_INVALID, 3, mlhead_role_list(db, NULL, NULL, &n));
    CASE("role_list count", MLHEAD_INVALID, 4, mlhead_role_list(db, NULL, &roles, NULL));
    CASE("role_aliases name", MLHEAD_NOT_FOUND, 2, mlhead_role_aliases(db, "x", &aliases, &n));
    CASE("role_aliases out", MLHEAD_INVALID, 3, mlhead_role_aliases(db, "CDO", NULL, &n));
    CASE("role_aliases count", MLHEAD_INVALID, 4, mlhead_role_aliases(db, "CDO", &aliases, NULL));
    CASE("track_list out", MLHEAD_INVALID, 2, mlhead_track_list(db, NULL, &n));
    CASE("track_list count", MLHEAD_INVALID, 3, mlhead_track_list(db, &tracks, NULL));
    CASE("next_roles role", MLHEAD_EMPTY, 2, mlhead_next_roles(db, "", &steps, &n));
    CASE("next_roles count", MLHEAD_INVALID, 4, mlhead_next_roles(db, "CDO", &steps, NULL));
    CASE("path from NULL", MLHEAD_INVALID, 2, mlhead_path(db, NULL, "Head of AI", &roles, &n));
    CASE("path from unknown", MLHEAD_NOT_FOUND, 2, mlhead_path(db, "x", "Head of AI", &roles, &n));
    CASE("path to unknown", MLHEAD_NOT_FOUND, 3, mlhead_path(db, "ML Engineer", "x", &roles, &n));
    CASE("path to blank", MLHEAD_EMPTY, 3, mlhead_path(db, "ML Engineer", "\t", &roles, &n));
    CASE("path out", MLHEAD_INVALID, 4, mlhead_path(db, "ML Engineer", "Head of AI", NULL, &n));
    CASE("path count", MLHEAD_INVALID, 5,
         mlhead_path(db, "ML Engineer", "Head of AI", &roles, NULL));
    CASE("path backwards", MLHEAD_NO_PATH, 0,
         mlhead_path(db, "Head of AI", "ML Engineer", &roles, &n));
    CASE("path_steps from", MLHEAD_NOT_FOUND, 2,
         mlhead_path_steps(db, "x", "Head of AI", &steps, &n));
    CASE("path_steps to", MLHEAD_INVALID, 3,
         mlhead_path_steps(db, "ML Engineer", NULL, &steps, &n));
    CASE("path_steps count", MLHEAD_INVALID, 5,
         mlhead_path_steps(db, "ML Engineer", "Head of AI", &steps, NULL));
    CASE("prev_roles role", MLHEAD_NOT_FOUND, 2, mlhead_prev_roles(db, "x", &steps, &n));
    CASE("prev_roles out", MLHEAD_INVALID, 3, mlhead_prev_roles(db, "CDO", NULL, &n));
    CASE("reachable role", MLHEAD_EMPTY, 2, mlhead_reachable(db, " ", &reach, &n));
    CASE("reachable count", MLHEAD_INVALID, 4, mlhead_reachable(db, "CDO", &reach, NULL));
    CASE("step_list out", MLHEAD_INVALID, 2, mlhead_step_list(db, NULL, &n));
    CASE("step_list count", MLHEAD_INVALID, 3, mlhead_step_list(db, &edges, NULL));
    CASE("role_names out", MLHEAD_INVALID, 2, mlhead_role_names(db, NULL, &n));
    CASE("role_names count", MLHEAD_INVALID, 3, mlhead_role_names(db, &names, NULL));
    CASE("salary_range role", MLHEAD_NOT_FOUND, 2, mlhead_salary_range(db, "x", &band));
    CASE("salary_range out", MLHEAD_INVALID, 3, mlhead_salary_range(db, "CDO", NULL));
    CASE("salary_list out", MLHEAD_INVALID, 2, mlhead_salary_list(db, NULL, &n));
    CASE("salary_list count", MLHEAD_INVALID, 3, mlhead_salary_list(db, &bands, NULL));
    CASE("section_list out", MLHEAD_INVALID, 2, mlhead_section_list(db, NULL, &n));
    CASE("category_list section", MLHEAD_NOT_FOUND, 2, mlhead_category_list(db, "x", &cats, &n));
    CASE("category_list out", MLHEAD_INVALID, 3, mlhead_category_list(db, "challenges", NULL, &n));
    CASE("item_list section", MLHEAD_NOT_FOUND, 2, mlhead_item_list(db, "x", NULL, &items, &n));
    CASE("item_list category", MLHEAD_NOT_FOUND, 3,
         mlhead_item_list(db, "challenges", "x", &items, &n));
    CASE("item_list out", MLHEAD_INVALID, 4, mlhead_item_list(db, "challenges", NULL, NULL, &n));
    CASE("item_list count", MLHEAD_INVALID, 5,
         mlhead_item_list(db, "challenges", NULL, &items, NULL));
    CASE("best_practices category", MLHEAD_NOT_FOUND, 2,
         mlhead_best_practices(db, "x", &items, &n));
    CASE("best_practices out", MLHEAD_INVALID, 3, mlhead_best_practices(db, NULL, NULL, &n));
    CASE("best_practices count", MLHEAD_INVALID, 4, mlhead_best_practices(db, NULL, &items, NULL));
    CASE("stat_list out", MLHEAD_INVALID, 2, mlhead_stat_list(db, NULL, &n));
    CASE("stat_list count", MLHEAD_INVALID, 3, mlhead_stat_list(db, &stats, NULL));
    CASE("search query NULL", MLHEAD_INVALID, 2, mlhead_search(db, NULL, 0, &hits, &n));
    CASE("search query blank", MLHEAD_EMPTY, 2, mlhead_search(db, " ", 0, &hits, &n));
    CASE("search out", MLHEAD_INVALID, 4, mlhead_search(db, "ml", 0, NULL, &n));
    CASE("search count", MLHEAD_INVALID, 5, mlhead_search(db, "ml", 0, &hits, NULL));
    CASE("search_raw syntax", MLHEAD_SYNTAX, 2, mlhead_search_raw(db, "AND (", 0, &hits, &n));
    CASE("search_raw out", MLHEAD_INVALID, 4, mlhead_search_raw(db, "ml", 0, NULL, &n));
#undef CASE
}

static void the_roles_without_a_band_are_about_the_role(void **state)
{
    mlhead *db = *state;
    mlhead_role *roles;
    mlhead_salary band;
    size_t n, i, without = 0;
    assert_int_equal(mlhead_role_list(db, NULL, &roles, &n), MLHEAD_OK);
    for (i = 0; i < n; i++) {
        int status = mlhead_salary_range(db, roles[i].title, &band);
        assert_true(status == MLHEAD_OK || status == MLHEAD_NO_DATA);
        assert_int_equal(mlhead_errarg(db), status == MLHEAD_NO_DATA ? 2 : 0);
        without += status == MLHEAD_NO_DATA;
    }
    assert_true(without > 0);
    mlhead_free(roles);
}

static void a_success_after_a_failure_resets_it_to_zero(void **state)
{
    mlhead *db = *state;
    mlhead_role *roles;
    mlhead_role role;
    size_t n;
    assert_int_equal(mlhead_path(db, "ML Engineer", "x", &roles, &n), MLHEAD_NOT_FOUND);
    assert_int_equal(mlhead_errarg(db), 3);
    assert_int_equal(mlhead_role_find(db, "Head of ML", &role), MLHEAD_OK);
    assert_int_equal(mlhead_errarg(db), 0);
    assert_int_equal(mlhead_search(db, "x", 0, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(mlhead_errarg(db), 4);
    assert_int_equal(mlhead_path(db, "ML Engineer", "Head of ML", &roles, &n), MLHEAD_OK);
    assert_int_equal(mlhead_errarg(db), 0);
    mlhead_free(roles);
}

static void a_fresh_handle_and_a_null_one_give_zero(void **state)
{
    mlhead *db = NULL;
    (void)state;
    assert_int_equal(mlhead_errarg(NULL), 0);
    assert_int_equal(mlhead_open(NULL, &db), MLHEAD_OK);
    assert_int_equal(mlhead_errarg(db), 0);
    mlhead_close(db);
    /* the handle's own fault (a NULL handle) names no argument of its own */
    assert_int_equal(mlhead_role_find(NULL, "CDO", NULL), MLHEAD_INVALID);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(each_bad_argument_is_named_by_its_position, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(the_roles_without_a_band_are_about_the_role, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(a_success_after_a_failure_resets_it_to_zero, open_embedded,
                                        close_handle),
        cmocka_unit_test(a_fresh_handle_and_a_null_one_give_zero),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
