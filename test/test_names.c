/*
 * test_names.c - the library names its own enums: mlhead_bound_name(),
 * mlhead_unit_name(), mlhead_step_kind_name(), mlhead_hit_kind_name().
 * Where the database spells the same thing (a band's bound, a statistic's
 * unit, a step's kind in the progression view), the name the library gives
 * is the text the file holds, read here with plain SQLite.
 */
#include <limits.h>
#include <sqlite3.h>

#include "helpers.h"

typedef const char *(*name_fn)(int);

/* Every value of each enum, what it is called, and what any other int is. */
struct named {
    const char *call;
    name_fn name;
    int values[6];
    const char *names[6];
    size_t n;
    const char *other;
};

static const struct named enums[] = {
    {"mlhead_bound_name",
     mlhead_bound_name,
     {MLHEAD_UNKNOWN, MLHEAD_EXACT, MLHEAD_AT_LEAST},
     {"unknown", "exact", "at_least"},
     3,
     "unknown bound"},
    {"mlhead_unit_name",
     mlhead_unit_name,
     {MLHEAD_PERCENT, MLHEAD_PERCENTAGE_POINTS, MLHEAD_COUNT, MLHEAD_USD},
     {"percent", "percentage_points", "count", "usd"},
     4,
     "unknown unit"},
    {"mlhead_step_kind_name",
     mlhead_step_kind_name,
     {MLHEAD_STEP_START, MLHEAD_STEP_TRACK, MLHEAD_STEP_MOVE},
     {"start", "track", "move"},
     3,
     "unknown step kind"},
    {"mlhead_name_kind_name",
     mlhead_name_kind_name,
     {MLHEAD_NAME_TITLE, MLHEAD_NAME_ALIAS, MLHEAD_NAME_SLUG},
     {"title", "alias", "slug"},
     3,
     "unknown name kind"},
    {"mlhead_offer_verdict_name",
     mlhead_offer_verdict_name,
     {MLHEAD_OFFER_CANNOT_TELL, MLHEAD_OFFER_BELOW, MLHEAD_OFFER_WITHIN, MLHEAD_OFFER_ABOVE,
      MLHEAD_OFFER_AT_LEAST_FLOOR},
     {"cannot_tell", "below", "within", "above", "at_least_floor"},
     5,
     "unknown verdict"},
    {"mlhead_hit_kind_name",
     mlhead_hit_kind_name,
     {MLHEAD_HIT_ITEM, MLHEAD_HIT_HEADING, MLHEAD_HIT_ROLE, MLHEAD_HIT_STAT, MLHEAD_HIT_SALARY,
      MLHEAD_HIT_PROSE},
     {"item", "heading", "role", "stat", "salary", "prose"},
     6,
     "unknown hit kind"},
};

static void each_value_has_its_name_and_the_same_static_string_every_time(void **state)
{
    size_t e, i;
    (void)state;
    for (e = 0; e < sizeof enums / sizeof *enums; e++) {
        for (i = 0; i < enums[e].n; i++) {
            const char *a = enums[e].name(enums[e].values[i]);
            assert_non_null(a);
            assert_string_equal(a, enums[e].names[i]);
            assert_ptr_equal(a, enums[e].name(enums[e].values[i]));
        }
    }
}

static void names_of_one_enum_are_distinct(void **state)
{
    size_t e, i, j;
    (void)state;
    for (e = 0; e < sizeof enums / sizeof *enums; e++)
        for (i = 0; i < enums[e].n; i++)
            for (j = i + 1; j < enums[e].n; j++)
                assert_string_not_equal(enums[e].name(enums[e].values[i]),
                                        enums[e].name(enums[e].values[j]));
}

/* 0 where the enum has no 0, the value past the last, -1, INT_MIN, INT_MAX. */
static void any_other_int_is_named_unknown_never_null_never_a_valid_name(void **state)
{
    size_t e, i, k;
    (void)state;
    for (e = 0; e < sizeof enums / sizeof *enums; e++) {
        const struct named *d = &enums[e];
        int last = d->values[d->n - 1];
        int bad[] = {last + 1, last + 100, -1, INT_MIN, INT_MAX, d->values[0] == 0 ? -2 : 0};
        for (k = 0; k < sizeof bad / sizeof *bad; k++) {
            const char *a = d->name(bad[k]);
            assert_non_null(a);
            assert_string_equal(a, d->other);
            for (i = 0; i < d->n; i++)
                assert_string_not_equal(a, d->names[i]);
        }
    }
}

static sqlite3 *open_sql(void)
{
    sqlite3 *sql = NULL;
    assert_int_equal(sqlite3_open_v2(TEST_DB, &sql, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    return sql;
}

/* The rows of a query whose every row is one text, joined by '|'. */
static void sql_texts(sqlite3 *sql, const char *query, char *buf, size_t size)
{
    sqlite3_stmt *st = NULL;
    size_t used = 0;
    buf[0] = '\0';
    assert_int_equal(sqlite3_prepare_v2(sql, query, -1, &st, NULL), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int n = snprintf(buf + used, size - used, "%s|", (const char *)sqlite3_column_text(st, 0));
        assert_true(n > 0 && (size_t)n < size - used);
        used += (size_t)n;
    }
    sqlite3_finalize(st);
}

static void append(char *buf, size_t size, const char *text)
{
    size_t used = strlen(buf);
    int n = snprintf(buf + used, size - used, "%s|", text);
    assert_true(n > 0 && (size_t)n < size - used);
}

/* File: the bounds of TEST_DB's bands; library: the bounds its list gives. */
static void a_bands_bound_name_is_the_text_the_file_stores(void **state)
{
    char want[8192], got[8192] = "";
    mlhead *db = NULL;
    mlhead_salary *s;
    size_t n, i;
    sqlite3 *sql = open_sql();
    (void)state;
    sql_texts(sql,
              "SELECT b FROM (SELECT b.position AS p, r.title AS t, 1 AS k, min_bound AS b"
              " FROM salary_band b JOIN salary_band_role br ON br.band_id = b.id"
              " JOIN role r ON r.id = br.role_id UNION ALL"
              " SELECT b.position, r.title, 2, max_bound FROM salary_band b"
              " JOIN salary_band_role br ON br.band_id = b.id JOIN role r ON r.id = br.role_id"
              " UNION ALL SELECT b.position, r.title, 3, avg_bound FROM salary_band b"
              " JOIN salary_band_role br ON br.band_id = b.id JOIN role r ON r.id = br.role_id)"
              " ORDER BY p, t, k",
              want, sizeof want);
    sqlite3_close(sql);
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    assert_int_equal(mlhead_salary_list(db, &s, &n), MLHEAD_OK);
    assert_true(n > 0);
    for (i = 0; i < n; i++) {
        append(got, sizeof got, mlhead_bound_name(s[i].min.bound));
        append(got, sizeof got, mlhead_bound_name(s[i].max.bound));
        append(got, sizeof got, mlhead_bound_name(s[i].avg.bound));
    }
    assert_string_equal(got, want);
    /* every bound the enum has occurs in the guide's data */
    assert_non_null(strstr(got, "exact|"));
    assert_non_null(strstr(got, "at_least|"));
    assert_non_null(strstr(got, "unknown|"));
    mlhead_free(s);
    mlhead_close(db);
}

static void a_statistics_unit_name_is_the_text_the_file_stores(void **state)
{
    char want[4096], got[4096] = "";
    mlhead *db = NULL;
    mlhead_stat *st;
    size_t n, i;
    sqlite3 *sql = open_sql();
    (void)state;
    sql_texts(sql, "SELECT unit FROM market_stat ORDER BY position", want, sizeof want);
    sqlite3_close(sql);
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    assert_int_equal(mlhead_stat_list(db, &st, &n), MLHEAD_OK);
    assert_true(n > 0);
    for (i = 0; i < n; i++)
        append(got, sizeof got, mlhead_unit_name(st[i].unit));
    assert_string_equal(got, want);
    mlhead_free(st);
    mlhead_close(db);
}

/* The progression view spells each step's kind; every role's next steps,
 * counted by the library's name, give the view's counts by kind. */
static void a_steps_kind_name_is_the_progression_views_kind(void **state)
{
    char want[256], got[256];
    mlhead *db = NULL;
    mlhead_role *roles;
    size_t nroles, i, j, tracks = 0, moves = 0;
    sqlite3 *sql = open_sql();
    (void)state;
    sql_texts(sql,
              "SELECT kind || '=' || count(*) FROM progression GROUP BY kind ORDER BY kind DESC",
              want, sizeof want);
    sqlite3_close(sql);
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    assert_int_equal(mlhead_role_list(db, NULL, &roles, &nroles), MLHEAD_OK);
    for (i = 0; i < nroles; i++) {
        mlhead_step *steps;
        size_t n;
        assert_int_equal(mlhead_next_roles(db, roles[i].title, &steps, &n), MLHEAD_OK);
        for (j = 0; j < n; j++) {
            const char *kind = mlhead_step_kind_name(steps[j].kind);
            if (strcmp(kind, "track") == 0)
                tracks++;
            else if (strcmp(kind, "move") == 0)
                moves++;
            else
                fail_msg("a step of %s has kind %s", roles[i].title, kind);
        }
        mlhead_free(steps);
    }
    snprintf(got, sizeof got, "track=%zu|move=%zu|", tracks, moves);
    assert_string_equal(got, want);
    mlhead_free(roles);
    mlhead_close(db);
}

/* A search that finds every kind: each hit's kind has a name of the enum. */
static void every_hit_of_a_search_has_a_kind_name(void **state)
{
    mlhead *db = *state;
    mlhead_hit *hits;
    size_t n, i;
    assert_int_equal(mlhead_search(db, "head", 0, &hits, &n), MLHEAD_OK);
    assert_true(n > 0);
    for (i = 0; i < n; i++)
        assert_string_not_equal(mlhead_hit_kind_name(hits[i].kind), "unknown hit kind");
    mlhead_free(hits);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_value_has_its_name_and_the_same_static_string_every_time),
        cmocka_unit_test(names_of_one_enum_are_distinct),
        cmocka_unit_test(any_other_int_is_named_unknown_never_null_never_a_valid_name),
        cmocka_unit_test(a_bands_bound_name_is_the_text_the_file_stores),
        cmocka_unit_test(a_statistics_unit_name_is_the_text_the_file_stores),
        cmocka_unit_test(a_steps_kind_name_is_the_progression_views_kind),
        cmocka_unit_test_setup_teardown(every_hit_of_a_search_has_a_kind_name, open_embedded,
                                        close_handle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
