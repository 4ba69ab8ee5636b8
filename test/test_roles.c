/*
 * test_roles.c - mlhead_role_find(), mlhead_role_list() and
 * mlhead_role_aliases(): every title and alias finds its role (checked
 * against the tables themselves, read with plain SQLite), names fold case
 * and white space, each role's fields match the guide, lists come in the
 * guide's order, and every bad input gets its status with empty outputs.
 */
#include <sqlite3.h>

#include "helpers.h"

/* The guide's tracks, lines 84-95, then the roles outside every track by
 * title (Junior ML Engineer line 56, Head of AI line 101, the salary
 * bands' roles lines 131-144). */
static const char *const all_roles[] = {
    "AI Research Scientist",
    "Senior Research Scientist",
    "Principal Scientist",
    "Chief Research Scientist",
    "Machine Learning Engineer",
    "Senior ML Engineer",
    "ML Engineering Manager",
    "Head of Machine Learning",
    "AI Product Manager",
    "Senior Product Manager",
    "Director of Product Management",
    "VP of AI Products",
    "Chief Data Officer",
    "Director of AI Research",
    "Director of Data Science",
    "Head of AI",
    "Head of Data Science",
    "Junior ML Engineer",
    "VP of Data Science",
};
#define ROLE_COUNT (sizeof all_roles / sizeof *all_roles)

static mlhead_role find(mlhead *db, const char *name)
{
    mlhead_role r;
    int got = mlhead_role_find(db, name, &r);
    if (got != MLHEAD_OK)
        fail_msg("\"%s\": got %d (%s)", name, got, mlhead_errmsg(db));
    return r;
}

/* Runs `sql` on the database file and calls check(db, col0, col1) per row;
 * returns the number of rows. */
static size_t each_row(mlhead *db, const char *sql,
                       void (*check)(mlhead *, const char *, const char *))
{
    sqlite3 *raw = NULL;
    sqlite3_stmt *st = NULL;
    size_t rows = 0;
    assert_int_equal(sqlite3_open_v2(TEST_DB, &raw, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(raw, sql, -1, &st, NULL), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        check(db, (const char *)sqlite3_column_text(st, 0),
              (const char *)sqlite3_column_text(st, 1));
        rows++;
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return rows;
}

static void name_finds_title(mlhead *db, const char *name, const char *title)
{
    assert_string_equal(find(db, name).title, title);
}

static void every_title_finds_its_role(void **state)
{
    size_t i;
    for (i = 0; i < ROLE_COUNT; i++)
        assert_string_equal(find(*state, all_roles[i]).title, all_roles[i]);
    assert_int_equal(each_row(*state, "SELECT title, title FROM role", name_finds_title),
                     ROLE_COUNT);
}

static void every_alias_in_the_database_finds_its_role(void **state)
{
    size_t n = each_row(*state,
                        "SELECT a.alias, r.title FROM role_alias a JOIN role r ON r.id = a.role_id",
                        name_finds_title);
    assert_int_equal(n, 21);
}

static void aliases_from_the_guide_find_their_roles(void **state)
{
    name_finds_title(*state, "Head of ML", "Head of Machine Learning");
    name_finds_title(*state, "CDO", "Chief Data Officer");
    name_finds_title(*state, "ML Engineer", "Machine Learning Engineer");
    /* the guide's own words, lines 21 and 109 */
    name_finds_title(*state, "AI Machine Learning Head", "Head of Machine Learning");
    name_finds_title(*state, "Head of Artificial Intelligence & Machine Learning",
                     "Head of Machine Learning");
}

static void case_and_white_space_are_folded(void **state)
{
    const char *names[] = {"head of machine learning", "HEAD OF ML", "  Head   of\tML  ",
                           "\n head of ml\r\n", "hEaD oF mAcHiNe LeArNiNg"};
    size_t i;
    for (i = 0; i < sizeof names / sizeof *names; i++)
        name_finds_title(*state, names[i], "Head of Machine Learning");
    name_finds_title(*state, "cdo", "Chief Data Officer");
}

static void a_name_inside_another_word_is_not_folded_away(void **state)
{
    mlhead_role r;
    /* folding joins no words and drops none */
    assert_int_equal(mlhead_role_find(*state, "HeadofML", &r), MLHEAD_NOT_FOUND);
    assert_int_equal(mlhead_role_find(*state, "Head of M L", &r), MLHEAD_NOT_FOUND);
    assert_int_equal(mlhead_role_find(*state, "Head of ML.", &r), MLHEAD_NOT_FOUND);
}

static void senior_ml_engineer_is_level_two_of_ml_engineering(void **state)
{
    mlhead_role r = find(*state, "Senior ML Engineer");
    assert_string_equal(r.title, "Senior ML Engineer");
    assert_string_equal(r.slug, "senior-ml-engineer");
    assert_string_equal(r.track, "ml-engineering");
    assert_string_equal(r.track_title, "Machine Learning Engineering Track");
    assert_int_equal(r.level, 2);
    assert_string_equal(r.section, "career-development");
    assert_int_equal(r.line, 90);
}

static void roles_outside_tracks_have_no_track_and_level_zero(void **state)
{
    mlhead_role r = find(*state, "Head of AI");
    assert_null(r.track);
    assert_null(r.track_title);
    assert_int_equal(r.level, 0);
    assert_string_equal(r.section, "career-development");
    assert_int_equal(r.line, 101);
    r = find(*state, "Junior ML Engineer");
    assert_null(r.track);
    assert_string_equal(r.section, "requirements");
    assert_int_equal(r.line, 56);
    r = find(*state, "CDO");
    assert_null(r.track);
    assert_string_equal(r.section, "salary");
    assert_int_equal(r.line, 143);
}

static void track_tops_are_level_four_on_their_lines(void **state)
{
    mlhead_role r = find(*state, "Chief Research Scientist");
    assert_string_equal(r.track, "research");
    assert_int_equal(r.level, 4);
    assert_int_equal(r.line, 87);
    r = find(*state, "VP of AI Products");
    assert_string_equal(r.track, "ai-product-management");
    assert_int_equal(r.level, 4);
    assert_int_equal(r.line, 95);
}

static void list_of_all_roles_has_track_roles_first_in_order(void **state)
{
    mlhead_role *all;
    size_t n, i;
    assert_int_equal(mlhead_role_list(*state, NULL, &all, &n), MLHEAD_OK);
    assert_int_equal(n, ROLE_COUNT);
    for (i = 0; i < n; i++) {
        assert_string_equal(all[i].title, all_roles[i]);
        if (i < 12) {
            assert_int_equal(all[i].level, (int)(i % 4) + 1);
            assert_non_null(all[i].track);
        } else {
            assert_int_equal(all[i].level, 0);
            assert_null(all[i].track);
        }
    }
    mlhead_free(all);
}

/* The steps of one track, named any way, are the guide's four in order. */
static void assert_track_roles(mlhead *db, const char *track, const char *slug, size_t first)
{
    mlhead_role *steps;
    size_t n, i;
    assert_int_equal(mlhead_role_list(db, track, &steps, &n), MLHEAD_OK);
    assert_int_equal(n, 4);
    for (i = 0; i < n; i++) {
        assert_string_equal(steps[i].title, all_roles[first + i]);
        assert_string_equal(steps[i].track, slug);
        assert_int_equal(steps[i].level, (int)i + 1);
    }
    mlhead_free(steps);
}

static void list_of_one_track_by_slug_or_title_is_its_steps(void **state)
{
    assert_track_roles(*state, "research", "research", 0);
    assert_track_roles(*state, "AI Research Track", "research", 0);
    assert_track_roles(*state, "ml-engineering", "ml-engineering", 4);
    assert_track_roles(*state, "  machine LEARNING engineering track ", "ml-engineering", 4);
    assert_track_roles(*state, "AI-PRODUCT-MANAGEMENT", "ai-product-management", 8);
    assert_track_roles(*state, "AI Product Management Track", "ai-product-management", 8);
}

static void list_of_unknown_track_is_not_found(void **state)
{
    mlhead_role *l = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_role_list(*state, "Sales Track", &l, &n), MLHEAD_NOT_FOUND, l, n);
    assert_non_null(strstr(mlhead_errmsg(*state), "Sales Track"));
    /* a role's name is not a track's */
    l = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_role_list(*state, "Head of AI", &l, &n), MLHEAD_NOT_FOUND, l, n);
}

static void aliases_of_head_of_ml_are_listed_alphabetically(void **state)
{
    const char **names;
    size_t n;
    assert_int_equal(mlhead_role_aliases(*state, "head of ml", &names, &n), MLHEAD_OK);
    assert_int_equal(n, 4);
    assert_string_equal(names[0], "AI Machine Learning Head");
    assert_string_equal(names[1], "Head of Artificial Intelligence & Machine Learning");
    assert_string_equal(names[2], "Head of ML");
    assert_string_equal(names[3], "ML Head");
    mlhead_free(names);
}

static void role_without_aliases_lists_none(void **state)
{
    const char **names = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_int_equal(mlhead_role_aliases(*state, "Principal Scientist", &names, &n), MLHEAD_OK);
    assert_null(names);
    assert_int_equal(n, 0);
}

/* One alias row: the role's alias list, asked by its title, holds it. */
static void alias_is_listed_for_its_role(mlhead *db, const char *alias, const char *title)
{
    const char **names;
    size_t n, i, hits = 0;
    assert_int_equal(mlhead_role_aliases(db, title, &names, &n), MLHEAD_OK);
    for (i = 0; i < n; i++)
        hits += strcmp(names[i], alias) == 0;
    assert_int_equal(hits, 1);
    mlhead_free(names);
}

static void every_alias_is_listed_for_its_role(void **state)
{
    each_row(*state, "SELECT a.alias, r.title FROM role_alias a JOIN role r ON r.id = a.role_id",
             alias_is_listed_for_its_role);
}

static void aliases_of_unknown_role_is_not_found(void **state)
{
    const char **names = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_role_aliases(*state, "Chief Happiness Officer", &names, &n),
                      MLHEAD_NOT_FOUND, names, n);
}

/* ---- every string-taking call, fed hostile names ---- */

static int find_call(mlhead *db, const char *name)
{
    mlhead_role r;
    int status;
    memset(&r, 0x5a, sizeof r);
    status = mlhead_role_find(db, name, &r);
    if (status != MLHEAD_OK)
        assert_zeroed(&r, sizeof r);
    return status;
}

static int list_call(mlhead *db, const char *track)
{
    mlhead_role *l = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_role_list(db, track, &l, &n);
    return list_outcome(status, l, n);
}

static int aliases_call(mlhead *db, const char *name)
{
    const char **l = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_role_aliases(db, name, &l, &n);
    return list_outcome(status, l, n);
}

static void hostile_names_get_their_status_from_every_role_call(void **state)
{
    check_hostile_names(*state, "mlhead_role_find", find_call);
    check_hostile_names(*state, "mlhead_role_list", list_call);
    check_hostile_names(*state, "mlhead_role_aliases", aliases_call);
}

static void null_arguments_are_invalid_and_leave_outputs_empty(void **state)
{
    mlhead *db = *state;
    mlhead_role r, *l;
    const char **names;
    size_t n;

    memset(&r, 0x5a, sizeof r);
    assert_int_equal(mlhead_role_find(NULL, "CDO", &r), MLHEAD_INVALID);
    assert_zeroed(&r, sizeof r);
    memset(&r, 0x5a, sizeof r);
    assert_int_equal(mlhead_role_find(db, NULL, &r), MLHEAD_INVALID);
    assert_zeroed(&r, sizeof r);
    assert_int_equal(mlhead_role_find(db, "CDO", NULL), MLHEAD_INVALID);

    l = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_role_list(NULL, NULL, &l, &n), MLHEAD_INVALID, l, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_role_list(db, NULL, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    l = POISON_PTR;
    assert_int_equal(mlhead_role_list(db, "research", &l, NULL), MLHEAD_INVALID);
    assert_null(l);

    names = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_role_aliases(NULL, "CDO", &names, &n), MLHEAD_INVALID, names, n);
    names = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_role_aliases(db, NULL, &names, &n), MLHEAD_INVALID, names, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_role_aliases(db, "CDO", NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    names = POISON_PTR;
    assert_int_equal(mlhead_role_aliases(db, "CDO", &names, NULL), MLHEAD_INVALID);
    assert_null(names);
}

static void unknown_role_is_not_found_with_its_name_in_the_message(void **state)
{
    mlhead_role r;
    memset(&r, 0x5a, sizeof r);
    assert_int_equal(mlhead_role_find(*state, "Chief Happiness Officer", &r), MLHEAD_NOT_FOUND);
    assert_zeroed(&r, sizeof r);
    assert_non_null(strstr(mlhead_errmsg(*state), "Chief Happiness Officer"));
}

static void message_quotes_the_name_as_typed_not_folded(void **state)
{
    mlhead_role r;
    assert_int_equal(mlhead_role_find(*state, "ethics", &r), MLHEAD_NOT_FOUND);
    assert_string_equal(mlhead_errmsg(*state), "no role named \"ethics\"");
    /* the same folded name again: the remembered answer, the new spelling */
    assert_int_equal(mlhead_role_find(*state, "  Ethics\t", &r), MLHEAD_NOT_FOUND);
    assert_string_equal(mlhead_errmsg(*state), "no role named \"Ethics\"");
    assert_int_equal(mlhead_role_find(*state, "Chief  Ethics\nOFFICER", &r), MLHEAD_NOT_FOUND);
    assert_string_equal(mlhead_errmsg(*state), "no role named \"Chief Ethics OFFICER\"");
}

static void name_of_exactly_the_maximum_length_is_looked_up(void **state)
{
    mlhead_role r;
    char *at_max = hostile_long(MLHEAD_NAME_MAX, 'a');
    char *over = hostile_long(MLHEAD_NAME_MAX + 1, 'a');
    char *wide = hostile_long(MLHEAD_NAME_MAX, 'a');
    /* the last character a two-byte one: 255 + 2 bytes is one too many */
    wide[MLHEAD_NAME_MAX - 1] = '\xc3';
    wide = realloc(wide, MLHEAD_NAME_MAX + 2);
    assert_non_null(wide);
    wide[MLHEAD_NAME_MAX] = '\xa9';
    wide[MLHEAD_NAME_MAX + 1] = '\0';
    assert_int_equal(mlhead_role_find(*state, at_max, &r), MLHEAD_NOT_FOUND);
    assert_int_equal(mlhead_role_find(*state, over, &r), MLHEAD_INVALID);
    assert_int_equal(mlhead_role_find(*state, wide, &r), MLHEAD_INVALID);
    free(at_max);
    free(over);
    free(wide);
}

static void answers_stay_right_after_many_distinct_names(void **state)
{
    mlhead_role r;
    char name[32];
    int i;
    /* more names than the handle remembers answers for */
    for (i = 0; i < 2000; i++) {
        snprintf(name, sizeof name, "unknown role %d", i);
        assert_int_equal(mlhead_role_find(*state, name, &r), MLHEAD_NOT_FOUND);
        assert_non_null(strstr(mlhead_errmsg(*state), name));
    }
    for (i = 0; i < (int)ROLE_COUNT; i++)
        assert_string_equal(find(*state, all_roles[i]).title, all_roles[i]);
    assert_int_equal(mlhead_role_find(*state, "unknown role 7", &r), MLHEAD_NOT_FOUND);
    assert_int_equal(mlhead_role_find(*state, "unknown role 1999", &r), MLHEAD_NOT_FOUND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_title_finds_its_role),
        cmocka_unit_test(every_alias_in_the_database_finds_its_role),
        cmocka_unit_test(aliases_from_the_guide_find_their_roles),
        cmocka_unit_test(case_and_white_space_are_folded),
        cmocka_unit_test(a_name_inside_another_word_is_not_folded_away),
        cmocka_unit_test(senior_ml_engineer_is_level_two_of_ml_engineering),
        cmocka_unit_test(roles_outside_tracks_have_no_track_and_level_zero),
        cmocka_unit_test(track_tops_are_level_four_on_their_lines),
        cmocka_unit_test(list_of_all_roles_has_track_roles_first_in_order),
        cmocka_unit_test(list_of_one_track_by_slug_or_title_is_its_steps),
        cmocka_unit_test(list_of_unknown_track_is_not_found),
        cmocka_unit_test(aliases_of_head_of_ml_are_listed_alphabetically),
        cmocka_unit_test(role_without_aliases_lists_none),
        cmocka_unit_test(every_alias_is_listed_for_its_role),
        cmocka_unit_test(aliases_of_unknown_role_is_not_found),
        cmocka_unit_test(hostile_names_get_their_status_from_every_role_call),
        cmocka_unit_test(null_arguments_are_invalid_and_leave_outputs_empty),
        cmocka_unit_test(unknown_role_is_not_found_with_its_name_in_the_message),
        cmocka_unit_test(message_quotes_the_name_as_typed_not_folded),
        cmocka_unit_test(name_of_exactly_the_maximum_length_is_looked_up),
        cmocka_unit_test(answers_stay_right_after_many_distinct_names),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
