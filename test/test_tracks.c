/*
 * test_tracks.c - mlhead_track_list(), mlhead_next_roles() and
 * mlhead_path(): the three tracks of the guide (lines 84-95) with their
 * steps in the guide's order, the moves it states (line 56, line 101), the
 * shortest paths, and every bad input with empty outputs.
 */
#include "helpers.h"

/* The guide's tracks, lines 84-95: slug, title, heading line, steps. */
static const struct {
    const char *slug, *title;
    int line;
    const char *steps[4];
} tracks[] = {
    {"research",
     "AI Research Track",
     84,
     {"AI Research Scientist", "Senior Research Scientist", "Principal Scientist",
      "Chief Research Scientist"}},
    {"ml-engineering",
     "Machine Learning Engineering Track",
     88,
     {"Machine Learning Engineer", "Senior ML Engineer", "ML Engineering Manager",
      "Head of Machine Learning"}},
    {"ai-product-management",
     "AI Product Management Track",
     92,
     {"AI Product Manager", "Senior Product Manager", "Director of Product Management",
      "VP of AI Products"}},
};

static void track_list_is_the_guides_three_tracks_in_order(void **state)
{
    mlhead_track *t;
    size_t n, i;
    assert_int_equal(mlhead_track_list(*state, &t, &n), MLHEAD_OK);
    assert_int_equal(n, 3);
    for (i = 0; i < n; i++) {
        assert_string_equal(t[i].slug, tracks[i].slug);
        assert_string_equal(t[i].title, tracks[i].title);
        assert_int_equal(t[i].line, tracks[i].line);
        assert_int_equal(t[i].steps, 4);
    }
    mlhead_free(t);
}

/* Each step's title is written on the guide line the step gives, and the
 * steps sharing a line come in the order that line names them. */
static void each_track_lists_its_steps_as_the_guide_writes_them(void **state)
{
    struct guide g = guide_read();
    size_t i, k;
    for (i = 0; i < 3; i++) {
        char heading[64];
        mlhead_role *steps;
        size_t n;
        const char *prev_at = NULL;
        int prev_line = 0;
        snprintf(heading, sizeof heading, "- %s:", tracks[i].title);
        assert_string_equal(g.line[tracks[i].line], heading);
        assert_int_equal(mlhead_role_list(*state, tracks[i].slug, &steps, &n), MLHEAD_OK);
        assert_int_equal(n, 4);
        for (k = 0; k < n; k++) {
            const char *at;
            assert_string_equal(steps[k].title, tracks[i].steps[k]);
            assert_int_equal(steps[k].level, (int)k + 1);
            assert_true(steps[k].line > tracks[i].line && steps[k].line <= tracks[i].line + 3);
            at = strstr(g.line[steps[k].line], steps[k].title);
            if (!at)
                fail_msg("\"%s\" is not on guide line %d", steps[k].title, steps[k].line);
            assert_true(steps[k].line >= prev_line);
            if (steps[k].line == prev_line)
                assert_true(at > prev_at);
            prev_line = steps[k].line;
            prev_at = at;
        }
        mlhead_free(steps);
    }
    guide_free(&g);
}

/* Asserts the steps up from `role` are exactly `to` (count `want`), each of
 * `kind`, stated on guide line `line`. */
static void assert_next(mlhead *db, const char *role, size_t want, const char *const *to,
                        mlhead_step_kind kind, int line, const char *note)
{
    mlhead_step *s;
    size_t n, i;
    assert_int_equal(mlhead_next_roles(db, role, &s, &n), MLHEAD_OK);
    assert_int_equal(n, want);
    for (i = 0; i < n; i++) {
        assert_string_equal(s[i].role.title, to[i]);
        assert_int_equal(s[i].kind, kind);
        assert_int_equal(s[i].line, line);
        assert_string_equal(s[i].note, note);
    }
    mlhead_free(s);
}

static void next_role_on_a_track_is_its_next_step(void **state)
{
    size_t i, k;
    for (i = 0; i < 3; i++)
        for (k = 0; k < 3; k++)
            assert_next(*state, tracks[i].steps[k], 1, &tracks[i].steps[k + 1], MLHEAD_STEP_TRACK,
                        tracks[i].line, tracks[i].title);
}

static void top_of_each_track_moves_to_head_of_ai(void **state)
{
    const char *head_of_ai[] = {"Head of AI"};
    size_t i;
    for (i = 0; i < 3; i++)
        assert_next(*state, tracks[i].steps[3], 1, head_of_ai, MLHEAD_STEP_MOVE, 101,
                    "Transitioning to Head of AI");
}

static void junior_ml_engineer_moves_to_ml_engineering_manager(void **state)
{
    const char *manager[] = {"ML Engineering Manager"};
    assert_next(*state, "Junior ML Engineer", 1, manager, MLHEAD_STEP_MOVE, 56,
                "Typically advances from Junior ML Engineer to ML Engineering Manager");
}

static void head_of_ai_is_the_top_with_no_step_up(void **state)
{
    mlhead_step *s = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_int_equal(mlhead_next_roles(*state, "head of artificial intelligence", &s, &n),
                     MLHEAD_OK);
    assert_null(s);
    assert_int_equal(n, 0);
}

/* Asserts the path from `from` to `to` is exactly `want` (count n). */
static void assert_path(mlhead *db, const char *from, const char *to, size_t want,
                        const char *const *roles)
{
    mlhead_role *p;
    size_t n, i;
    assert_int_equal(mlhead_path(db, from, to, &p, &n), MLHEAD_OK);
    assert_int_equal(n, want);
    for (i = 0; i < n; i++)
        assert_string_equal(p[i].title, roles[i]);
    mlhead_free(p);
}

static void path_from_ml_engineer_to_head_of_ml_is_the_whole_track(void **state)
{
    assert_path(*state, "ML Engineer", "Head of Machine Learning", 4, tracks[1].steps);
}

static void path_from_junior_ml_engineer_to_head_of_ai_takes_both_moves(void **state)
{
    const char *roles[] = {"Junior ML Engineer", "ML Engineering Manager",
                           "Head of Machine Learning", "Head of AI"};
    assert_path(*state, "junior ml engineer", "Head of AI", 4, roles);
}

static void path_from_a_track_start_to_head_of_ai_climbs_the_track(void **state)
{
    const char *roles[] = {"AI Research Scientist", "Senior Research Scientist",
                           "Principal Scientist", "Chief Research Scientist", "Head of AI"};
    assert_path(*state, "Research Scientist", "Head of AI", 5, roles);
}

static void path_from_a_role_to_itself_is_that_role(void **state)
{
    const char *roles[] = {"Head of Machine Learning"};
    assert_path(*state, "Head of ML", "head of machine learning", 1, roles);
}

/* Runs mlhead_path() expecting failure `want` with empty outputs. */
static void path_fails(mlhead *db, const char *from, const char *to, int want)
{
    mlhead_role *p = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_path(db, from, to, &p, &n), want, p, n);
}

static void path_backwards_is_no_path(void **state)
{
    path_fails(*state, "Head of Machine Learning", "ML Engineer", MLHEAD_NO_PATH);
    path_fails(*state, "Head of AI", "Junior ML Engineer", MLHEAD_NO_PATH);
}

static void path_across_tracks_is_no_path(void **state)
{
    path_fails(*state, "AI Research Scientist", "AI Product Manager", MLHEAD_NO_PATH);
    path_fails(*state, "Machine Learning Engineer", "Chief Research Scientist", MLHEAD_NO_PATH);
    /* no step leads into the salary bands' roles */
    path_fails(*state, "Junior ML Engineer", "CDO", MLHEAD_NO_PATH);
}

static void path_with_unknown_name_on_either_side_is_not_found_and_names_it(void **state)
{
    path_fails(*state, "Chief Happiness Officer", "Head of AI", MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(*state), "Chief Happiness Officer"));
    path_fails(*state, "Head of AI", "Chief Fun Officer", MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(*state), "Chief Fun Officer"));
}

static void next_roles_of_unknown_role_is_not_found(void **state)
{
    mlhead_step *s = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_next_roles(*state, "Chief Happiness Officer", &s, &n),
                      MLHEAD_NOT_FOUND, s, n);
    assert_non_null(strstr(mlhead_errmsg(*state), "Chief Happiness Officer"));
}

/* ---- every string-taking call, fed hostile names ---- */

static int next_call(mlhead *db, const char *name)
{
    mlhead_step *s = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_next_roles(db, name, &s, &n);
    return list_outcome(status, s, n);
}

static int path_call(mlhead *db, const char *from, const char *to)
{
    mlhead_role *p = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_path(db, from, to, &p, &n);
    return list_outcome(status, p, n);
}

static int path_from_call(mlhead *db, const char *name)
{
    return path_call(db, name, "Head of AI");
}

static int path_to_call(mlhead *db, const char *name)
{
    return path_call(db, "Head of ML", name);
}

static void hostile_names_get_their_status_from_every_track_call(void **state)
{
    check_hostile_names(*state, "mlhead_next_roles", next_call);
    check_hostile_names(*state, "mlhead_path from", path_from_call);
    check_hostile_names(*state, "mlhead_path to", path_to_call);
}

static void null_arguments_are_invalid_and_leave_outputs_empty(void **state)
{
    mlhead *db = *state;
    mlhead_track *t = POISON_PTR;
    mlhead_step *s = POISON_PTR;
    mlhead_role *p = POISON_PTR;
    size_t n = POISON_COUNT;

    assert_list_fails(mlhead_track_list(NULL, &t, &n), MLHEAD_INVALID, t, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_track_list(db, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    t = POISON_PTR;
    assert_int_equal(mlhead_track_list(db, &t, NULL), MLHEAD_INVALID);
    assert_null(t);

    n = POISON_COUNT;
    assert_list_fails(mlhead_next_roles(NULL, "Head of ML", &s, &n), MLHEAD_INVALID, s, n);
    s = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_next_roles(db, NULL, &s, &n), MLHEAD_INVALID, s, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_next_roles(db, "Head of ML", NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    s = POISON_PTR;
    assert_int_equal(mlhead_next_roles(db, "Head of ML", &s, NULL), MLHEAD_INVALID);
    assert_null(s);

    path_fails(NULL, "ML Engineer", "Head of AI", MLHEAD_INVALID);
    path_fails(db, NULL, "Head of AI", MLHEAD_INVALID);
    path_fails(db, "ML Engineer", NULL, MLHEAD_INVALID);
    n = POISON_COUNT;
    assert_int_equal(mlhead_path(db, "ML Engineer", "Head of AI", NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    p = POISON_PTR;
    assert_int_equal(mlhead_path(db, "ML Engineer", "Head of AI", &p, NULL), MLHEAD_INVALID);
    assert_null(p);
}

/* Which of the two names was bad is in the message. */
static void path_messages_name_the_bad_argument(void **state)
{
    mlhead *db = *state;
    mlhead_role *roles;
    size_t n;
    assert_int_equal(mlhead_path(db, NULL, "CDO", &roles, &n), MLHEAD_INVALID);
    assert_non_null(strstr(mlhead_errmsg(db), "(from)"));
    assert_int_equal(mlhead_path(db, "CDO", "   ", &roles, &n), MLHEAD_EMPTY);
    assert_non_null(strstr(mlhead_errmsg(db), "(to)"));
    assert_int_equal(mlhead_path(db, "CDO", "nobody", &roles, &n), MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(db), "(to)"));
    assert_non_null(strstr(mlhead_errmsg(db), "nobody"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(track_list_is_the_guides_three_tracks_in_order),
        cmocka_unit_test(each_track_lists_its_steps_as_the_guide_writes_them),
        cmocka_unit_test(next_role_on_a_track_is_its_next_step),
        cmocka_unit_test(top_of_each_track_moves_to_head_of_ai),
        cmocka_unit_test(junior_ml_engineer_moves_to_ml_engineering_manager),
        cmocka_unit_test(head_of_ai_is_the_top_with_no_step_up),
        cmocka_unit_test(path_from_ml_engineer_to_head_of_ml_is_the_whole_track),
        cmocka_unit_test(path_from_junior_ml_engineer_to_head_of_ai_takes_both_moves),
        cmocka_unit_test(path_from_a_track_start_to_head_of_ai_climbs_the_track),
        cmocka_unit_test(path_from_a_role_to_itself_is_that_role),
        cmocka_unit_test(path_backwards_is_no_path),
        cmocka_unit_test(path_across_tracks_is_no_path),
        cmocka_unit_test(path_with_unknown_name_on_either_side_is_not_found_and_names_it),
        cmocka_unit_test(next_roles_of_unknown_role_is_not_found),
        cmocka_unit_test(hostile_names_get_their_status_from_every_track_call),
        cmocka_unit_test(null_arguments_are_invalid_and_leave_outputs_empty),
        cmocka_unit_test(path_messages_name_the_bad_argument),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
