/*
 * test_graph.c - the graph of roles walked in C: slugs wherever a role is
 * taken, mlhead_path_steps(), mlhead_prev_roles(), mlhead_reachable(),
 * mlhead_step_list() and mlhead_role_names() on the guide's data and every
 * bad input, then crafted files: a chain far longer than the old depth
 * limit of 32, and roles that each move to every other.
 */
#include <sqlite3.h>
#include <unistd.h>

#include "helpers.h"

static void every_role_call_takes_the_slug(void **state)
{
    mlhead *db = *state;
    mlhead_role r;
    mlhead_salary s;
    mlhead_step *steps;
    mlhead_role *path;
    const char **aliases;
    size_t n;
    assert_int_equal(mlhead_role_find(db, "head-of-machine-learning", &r), MLHEAD_OK);
    assert_string_equal(r.title, "Head of Machine Learning");
    assert_int_equal(mlhead_role_find(db, "  HEAD-of-AI ", &r), MLHEAD_OK);
    assert_string_equal(r.title, "Head of AI");
    assert_int_equal(mlhead_salary_range(db, "chief-data-officer", &s), MLHEAD_OK);
    assert_string_equal(s.role, "Chief Data Officer");
    assert_int_equal(mlhead_role_aliases(db, "chief-data-officer", &aliases, &n), MLHEAD_OK);
    assert_int_equal(n, 1);
    assert_string_equal(aliases[0], "CDO");
    mlhead_free(aliases);
    assert_int_equal(mlhead_next_roles(db, "junior-ml-engineer", &steps, &n), MLHEAD_OK);
    assert_int_equal(n, 1);
    mlhead_free(steps);
    assert_int_equal(mlhead_path(db, "machine-learning-engineer", "head-of-ai", &path, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 5);
    mlhead_free(path);
}

/* Every role's slug, read with SQL, finds that role through the library. */
static void every_slug_of_the_file_finds_its_role(void **state)
{
    sqlite3 *raw;
    sqlite3_stmt *st;
    int rows = 0;
    assert_int_equal(sqlite3_open_v2(TEST_DB, &raw, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(raw, "SELECT slug, title FROM role", -1, &st, NULL),
                     SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        mlhead_role r;
        assert_int_equal(mlhead_role_find(*state, (const char *)sqlite3_column_text(st, 0), &r),
                         MLHEAD_OK);
        assert_string_equal(r.title, (const char *)sqlite3_column_text(st, 1));
        rows++;
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    assert_int_equal(rows, 19);
}

static void path_steps_give_each_hop_its_kind(void **state)
{
    mlhead_step *s;
    size_t n;
    assert_int_equal(mlhead_path_steps(*state, "ML Engineer", "Head of AI", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 5);
    assert_string_equal(s[0].role.title, "Machine Learning Engineer");
    assert_int_equal(s[0].kind, MLHEAD_STEP_START);
    assert_null(s[0].note);
    assert_int_equal(s[0].line, s[0].role.line);
    assert_string_equal(s[1].role.title, "Senior ML Engineer");
    assert_int_equal(s[1].kind, MLHEAD_STEP_TRACK);
    assert_string_equal(s[1].note, "Machine Learning Engineering Track");
    assert_int_equal(s[1].line, 88);
    assert_string_equal(s[3].role.title, "Head of Machine Learning");
    assert_string_equal(s[4].role.title, "Head of AI");
    assert_int_equal(s[4].kind, MLHEAD_STEP_MOVE);
    assert_string_equal(s[4].note, "Transitioning to Head of AI");
    assert_int_equal(s[4].line, 101);
    mlhead_free(s);
    /* the move of line 56 is shorter than the track */
    assert_int_equal(mlhead_path_steps(*state, "Junior ML Engineer", "Head of ML", &s, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 3);
    assert_string_equal(s[1].role.title, "ML Engineering Manager");
    assert_int_equal(s[1].kind, MLHEAD_STEP_MOVE);
    assert_int_equal(s[1].line, 56);
    mlhead_free(s);
    assert_int_equal(mlhead_path_steps(*state, "CDO", "chief-data-officer", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 1);
    assert_int_equal(s[0].kind, MLHEAD_STEP_START);
    mlhead_free(s);
    s = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_path_steps(*state, "Head of AI", "ML Engineer", &s, &n),
                      MLHEAD_NO_PATH, s, n);
    assert_non_null(strstr(mlhead_errmsg(*state), "no steps lead"));
}

/* path and path_steps give the same roles for every pair of roles. */
static void path_and_path_steps_agree_on_every_pair(void **state)
{
    mlhead_role *all, *p;
    mlhead_step *s;
    size_t n, i, j, k, np, ns;
    int found = 0;
    assert_int_equal(mlhead_role_list(*state, NULL, &all, &n), MLHEAD_OK);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            int a = mlhead_path(*state, all[i].title, all[j].title, &p, &np);
            int b = mlhead_path_steps(*state, all[i].slug, all[j].slug, &s, &ns);
            assert_int_equal(a, b);
            if (a != MLHEAD_OK)
                continue;
            found++;
            assert_int_equal(np, ns);
            for (k = 0; k < np; k++)
                assert_string_equal(p[k].title, s[k].role.title);
            assert_string_equal(p[0].title, all[i].title);
            assert_string_equal(p[np - 1].title, all[j].title);
            mlhead_free(p);
            mlhead_free(s);
        }
    mlhead_free(all);
    /* 19 to themselves, plus every pair a chain of steps joins */
    assert_true(found > 19);
}

static void prev_roles_are_the_steps_into_a_role(void **state)
{
    mlhead_step *s;
    size_t n;
    assert_int_equal(mlhead_prev_roles(*state, "Head of AI", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 3);
    assert_string_equal(s[0].role.title, "Chief Research Scientist");
    assert_string_equal(s[1].role.title, "Head of Machine Learning");
    assert_string_equal(s[2].role.title, "VP of AI Products");
    assert_int_equal(s[0].kind, MLHEAD_STEP_MOVE);
    assert_int_equal(s[2].line, 101);
    mlhead_free(s);
    assert_int_equal(mlhead_prev_roles(*state, "ML Engineering Manager", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 2);
    assert_string_equal(s[0].role.title, "Senior ML Engineer");
    assert_int_equal(s[0].kind, MLHEAD_STEP_TRACK);
    assert_string_equal(s[1].role.title, "Junior ML Engineer");
    assert_int_equal(s[1].kind, MLHEAD_STEP_MOVE);
    mlhead_free(s);
    s = POISON_PTR;
    assert_int_equal(mlhead_prev_roles(*state, "Junior ML Engineer", &s, &n), MLHEAD_OK);
    assert_null(s);
    assert_int_equal(n, 0);
}

static void reachable_gives_each_role_its_distance(void **state)
{
    mlhead_reach *r;
    size_t n;
    assert_int_equal(mlhead_reachable(*state, "Junior ML Engineer", &r, &n), MLHEAD_OK);
    assert_int_equal(n, 3);
    assert_string_equal(r[0].role.title, "ML Engineering Manager");
    assert_int_equal(r[0].distance, 1);
    assert_string_equal(r[1].role.title, "Head of Machine Learning");
    assert_int_equal(r[1].distance, 2);
    assert_string_equal(r[2].role.title, "Head of AI");
    assert_int_equal(r[2].distance, 3);
    mlhead_free(r);
    assert_int_equal(mlhead_reachable(*state, "AI Product Manager", &r, &n), MLHEAD_OK);
    assert_int_equal(n, 4);
    assert_string_equal(r[3].role.title, "Head of AI");
    assert_int_equal(r[3].distance, 4);
    mlhead_free(r);
    r = POISON_PTR;
    assert_int_equal(mlhead_reachable(*state, "Head of AI", &r, &n), MLHEAD_OK);
    assert_null(r);
    assert_int_equal(n, 0);
}

static int sql_count(const char *sql)
{
    sqlite3 *raw;
    sqlite3_stmt *st;
    int n;
    assert_int_equal(sqlite3_open_v2(TEST_DB, &raw, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(raw, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return n;
}

static void step_list_is_every_step_and_agrees_with_next_roles(void **state)
{
    mlhead_edge *e;
    mlhead_step *s;
    size_t n, i, k, ns;
    int moves = 0;
    assert_int_equal(mlhead_step_list(*state, &e, &n), MLHEAD_OK);
    assert_int_equal((int)n, sql_count("SELECT (SELECT count(*) FROM move) + (SELECT count(*)"
                                       " FROM role a JOIN role b ON b.track_id = a.track_id"
                                       " AND b.level = a.level + 1)"));
    for (i = 0; i < n; i = k) {
        assert_int_equal(mlhead_next_roles(*state, e[i].from.title, &s, &ns), MLHEAD_OK);
        for (k = i; k < n && strcmp(e[k].from.title, e[i].from.title) == 0; k++) {
            assert_string_equal(e[k].to.title, s[k - i].role.title);
            assert_int_equal(e[k].kind, s[k - i].kind);
            assert_int_equal(e[k].line, s[k - i].line);
            moves += e[k].kind == MLHEAD_STEP_MOVE;
        }
        assert_int_equal(k - i, ns);
        mlhead_free(s);
        if (k < n)
            assert_true(sqlite3_stricmp(e[i].from.title, e[k].from.title) < 0);
    }
    assert_int_equal(moves, sql_count("SELECT count(*) FROM move"));
    mlhead_free(e);
}

static void role_names_are_every_title_alias_and_slug(void **state)
{
    mlhead_role_name *names;
    size_t n, i;
    int kinds[4] = {0, 0, 0, 0};
    assert_int_equal(mlhead_role_names(*state, &names, &n), MLHEAD_OK);
    assert_int_equal((int)n, sql_count("SELECT 2 * (SELECT count(*) FROM role)"
                                       " + (SELECT count(*) FROM role_alias)"));
    for (i = 0; i < n; i++) {
        mlhead_role r;
        assert_int_equal(mlhead_role_find(*state, names[i].name, &r), MLHEAD_OK);
        assert_string_equal(r.title, names[i].role.title);
        assert_true(names[i].kind >= MLHEAD_NAME_TITLE && names[i].kind <= MLHEAD_NAME_SLUG);
        kinds[names[i].kind]++;
        if (names[i].kind == MLHEAD_NAME_TITLE)
            assert_string_equal(names[i].name, names[i].role.title);
        if (names[i].kind == MLHEAD_NAME_SLUG)
            assert_string_equal(names[i].name, names[i].role.slug);
    }
    assert_int_equal(kinds[1], 19);
    assert_int_equal(kinds[3], 19);
    assert_int_equal(kinds[2], sql_count("SELECT count(*) FROM role_alias"));
    assert_string_equal(mlhead_name_kind_name(MLHEAD_NAME_TITLE), "title");
    assert_string_equal(mlhead_name_kind_name(MLHEAD_NAME_ALIAS), "alias");
    assert_string_equal(mlhead_name_kind_name(MLHEAD_NAME_SLUG), "slug");
    assert_string_equal(mlhead_name_kind_name(0), "unknown name kind");
    assert_string_equal(mlhead_name_kind_name(99), "unknown name kind");
    mlhead_free(names);
}

/* ---- bad input ---- */

static int path_steps_from(mlhead *db, const char *name)
{
    mlhead_step *s = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_path_steps(db, name, "Head of AI", &s, &n);
    return list_outcome(status, s, n);
}
static int path_steps_to(mlhead *db, const char *name)
{
    mlhead_step *s = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_path_steps(db, "ML Engineer", name, &s, &n);
    return list_outcome(status, s, n);
}
static int prev_call(mlhead *db, const char *name)
{
    mlhead_step *s = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_prev_roles(db, name, &s, &n);
    return list_outcome(status, s, n);
}
static int reach_call(mlhead *db, const char *name)
{
    mlhead_reach *r = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_reachable(db, name, &r, &n);
    return list_outcome(status, r, n);
}

static void hostile_names_get_their_status_from_every_graph_call(void **state)
{
    check_hostile_names(*state, "mlhead_path_steps from", path_steps_from);
    check_hostile_names(*state, "mlhead_path_steps to", path_steps_to);
    check_hostile_names(*state, "mlhead_prev_roles", prev_call);
    check_hostile_names(*state, "mlhead_reachable", reach_call);
}

static void unknown_names_are_not_found_and_named(void **state)
{
    mlhead *db = *state;
    assert_int_equal(path_steps_from(db, "Head of Nothing"), MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(db), "role (from)"));
    assert_int_equal(path_steps_to(db, "Head of Nothing"), MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(db), "role (to)"));
    assert_int_equal(prev_call(db, "head-of-nothing"), MLHEAD_NOT_FOUND);
    assert_non_null(strstr(mlhead_errmsg(db), "head-of-nothing"));
    assert_int_equal(reach_call(db, "x"), MLHEAD_NOT_FOUND);
}

static void null_arguments_are_invalid_and_leave_outputs_empty(void **state)
{
    mlhead *db = *state;
    mlhead_step *s = POISON_PTR;
    mlhead_reach *r = POISON_PTR;
    mlhead_edge *e = POISON_PTR;
    mlhead_role_name *names = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_path_steps(NULL, "MLE", "Head of AI", &s, &n), MLHEAD_INVALID, s, n);
    assert_int_equal(mlhead_path_steps(db, "MLE", "Head of AI", NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    s = POISON_PTR;
    assert_int_equal(mlhead_path_steps(db, "MLE", "Head of AI", &s, NULL), MLHEAD_INVALID);
    assert_null(s);
    assert_list_fails(mlhead_path_steps(db, NULL, "Head of AI", &s, &n), MLHEAD_INVALID, s, n);
    assert_list_fails(mlhead_path_steps(db, "MLE", NULL, &s, &n), MLHEAD_INVALID, s, n);
    assert_list_fails(mlhead_prev_roles(NULL, "MLE", &s, &n), MLHEAD_INVALID, s, n);
    assert_list_fails(mlhead_prev_roles(db, NULL, &s, &n), MLHEAD_INVALID, s, n);
    assert_int_equal(mlhead_prev_roles(db, "MLE", NULL, &n), MLHEAD_INVALID);
    assert_list_fails(mlhead_reachable(NULL, "MLE", &r, &n), MLHEAD_INVALID, r, n);
    assert_list_fails(mlhead_reachable(db, NULL, &r, &n), MLHEAD_INVALID, r, n);
    assert_int_equal(mlhead_reachable(db, "MLE", NULL, &n), MLHEAD_INVALID);
    assert_list_fails(mlhead_step_list(NULL, &e, &n), MLHEAD_INVALID, e, n);
    assert_int_equal(mlhead_step_list(db, NULL, &n), MLHEAD_INVALID);
    e = POISON_PTR;
    assert_int_equal(mlhead_step_list(db, &e, NULL), MLHEAD_INVALID);
    assert_null(e);
    assert_list_fails(mlhead_role_names(NULL, &names, &n), MLHEAD_INVALID, names, n);
    assert_int_equal(mlhead_role_names(db, NULL, &n), MLHEAD_INVALID);
    names = POISON_PTR;
    assert_int_equal(mlhead_role_names(db, &names, NULL), MLHEAD_INVALID);
    assert_null(names);
}

/* ---- crafted graphs ---- */

static char crafted_path[256];

/* A copy of the guide's database with `sql` applied. */
static const char *crafted(const char *sql)
{
    FILE *in = fopen(TEST_DB, "rb"), *out;
    char buf[65536], *err = NULL;
    size_t got;
    sqlite3 *w;
    /* beside TEST_DB: build/test/ exists only once the default build made it */
    snprintf(crafted_path, sizeof crafted_path, "%s.graph-%ld.db", TEST_DB, (long)getpid());
    out = fopen(crafted_path, "wb");
    assert_non_null(in);
    assert_non_null(out);
    while ((got = fread(buf, 1, sizeof buf, in)) > 0)
        assert_int_equal(fwrite(buf, 1, got, out), got);
    fclose(in);
    assert_int_equal(fclose(out), 0);
    assert_int_equal(sqlite3_open(crafted_path, &w), SQLITE_OK);
    if (sqlite3_exec(w, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("crafting: %s", err);
    sqlite3_close(w);
    return crafted_path;
}

/* 1,000 roles in a chain of moves after Head of AI: far past the old
 * depth limit of 32. */
static void a_chain_of_a_thousand_steps_is_found(void **state)
{
    mlhead *db;
    mlhead_step *s;
    mlhead_reach *r;
    size_t n;
    (void)state;
    assert_int_equal(
        mlhead_open(crafted("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                            " WHERE i < 1000) INSERT INTO role (id, slug, title, section_id, line)"
                            " SELECT 1000 + i, 'chain-' || i, 'Chain ' || i, 6, 129 FROM c;"
                            "INSERT INTO move SELECT 14, 1001, 4, 101, 'on' ;"
                            "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                            " WHERE i < 999) INSERT INTO move SELECT 1000 + i, 1001 + i, 4, 101,"
                            " 'on' FROM c;"),
                    &db),
        MLHEAD_OK);
    assert_int_equal(mlhead_path_steps(db, "MLE", "chain-1000", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 1005);
    assert_string_equal(s[4].role.title, "Head of AI");
    assert_string_equal(s[1004].role.title, "Chain 1000");
    mlhead_free(s);
    assert_int_equal(mlhead_reachable(db, "Head of AI", &r, &n), MLHEAD_OK);
    assert_int_equal(n, 1000);
    assert_int_equal(r[999].distance, 1000);
    mlhead_free(r);
    assert_list_fails(mlhead_path_steps(db, "chain-1000", "MLE", &s, &n), MLHEAD_NO_PATH, s, n);
    mlhead_close(db);
    unlink(crafted_path);
}

/* 60 roles, each moving to every other: cycles everywhere. */
static void roles_that_all_move_to_each_other_walk_each_once(void **state)
{
    mlhead *db;
    mlhead_step *s;
    mlhead_reach *r;
    size_t n, i;
    (void)state;
    assert_int_equal(
        mlhead_open(crafted("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                            " WHERE i < 60) INSERT INTO role (id, slug, title, section_id, line)"
                            " SELECT 1000 + i, 'ring-' || i, 'Ring ' || i, 6, 129 FROM c;"
                            "INSERT INTO move SELECT a.id, b.id, 4, 101, 'x' FROM role a, role b"
                            " WHERE a.id > 1000 AND b.id > 1000 AND a.id <> b.id;"),
                    &db),
        MLHEAD_OK);
    assert_int_equal(mlhead_path_steps(db, "ring-1", "ring-60", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 2);
    mlhead_free(s);
    assert_int_equal(mlhead_reachable(db, "ring-7", &r, &n), MLHEAD_OK);
    assert_int_equal(n, 59); /* never itself */
    for (i = 0; i < n; i++) {
        assert_int_equal(r[i].distance, 1);
        assert_string_not_equal(r[i].role.title, "Ring 7");
    }
    mlhead_free(r);
    assert_int_equal(mlhead_prev_roles(db, "ring-7", &s, &n), MLHEAD_OK);
    assert_int_equal(n, 59);
    mlhead_free(s);
    assert_list_fails(mlhead_path_steps(db, "ring-7", "Head of AI", &s, &n), MLHEAD_NO_PATH, s, n);
    mlhead_close(db);
    unlink(crafted_path);
}

/* For every pair of roles (every `stride`-th of each): a path is found
 * exactly when the second role is among the first's reachable ones (a
 * walk of the whole reach, which the components of the graph do not
 * shortcut), and it is as long as that role's distance. */
static void paths_agree_with_reachable(mlhead *db, size_t stride)
{
    mlhead_role *all, *p;
    mlhead_reach *r;
    size_t n, nr, np, i, j, k;
    int found = 0, none = 0;
    assert_int_equal(mlhead_role_list(db, NULL, &all, &n), MLHEAD_OK);
    for (i = 0; i < n; i += stride) {
        assert_int_equal(mlhead_reachable(db, all[i].slug, &r, &nr), MLHEAD_OK);
        for (j = 0; j < n; j += stride) {
            int want = i == j ? 0 : -1, status;
            for (k = 0; want < 0 && k < nr; k++)
                if (strcmp(r[k].role.title, all[j].title) == 0)
                    want = r[k].distance;
            status = mlhead_path(db, all[i].slug, all[j].slug, &p, &np);
            if (want < 0) {
                assert_int_equal(status, MLHEAD_NO_PATH);
                assert_non_null(strstr(mlhead_errmsg(db), "no steps lead from \""));
                none++;
                continue;
            }
            assert_int_equal(status, MLHEAD_OK);
            assert_int_equal(np, (size_t)want + 1);
            assert_string_equal(p[np - 1].title, all[j].title);
            mlhead_free(p);
            found++;
        }
        mlhead_free(r);
    }
    mlhead_free(all);
    assert_true(found > 0);
    assert_true(none > 0);
}

/* Chains of ten with moves back (cycles) and across (to a later chain),
 * and a few into the guide's roles: components of every kind.  `count`
 * roles after the guide's 19. */
static mlhead *open_mixed_graph(int count)
{
    char sql[1024];
    mlhead *db;
    snprintf(
        sql, sizeof sql,
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %d)"
        " INSERT INTO role (id, slug, title, section_id, line)"
        " SELECT 1000 + i, 'mixed-' || i, 'Mixed ' || i, 6, 129 FROM c;"
        "INSERT INTO move SELECT 1000 + i, 1001 + i, 4, 101, 'on' FROM"
        " (SELECT id - 1000 AS i FROM role WHERE id > 1000) WHERE i %% 10 <> 0 AND i < %d;"
        "INSERT INTO move SELECT 1000 + i, 995 + i, 4, 101, 'back' FROM"
        " (SELECT id - 1000 AS i FROM role WHERE id > 1000) WHERE i %% 7 = 0 AND i %% 10 > 5;"
        "INSERT INTO move SELECT 1000 + i, 1013 + i, 4, 101, 'across' FROM"
        " (SELECT id - 1000 AS i FROM role WHERE id > 1000) WHERE i %% 11 = 0 AND i + 13 <= %d;"
        "INSERT INTO move SELECT 1000 + i, 14, 4, 101, 'up' FROM"
        " (SELECT id - 1000 AS i FROM role WHERE id > 1000) WHERE i %% 97 = 0;",
        count, count, count);
    assert_int_equal(mlhead_open(crafted(sql), &db), MLHEAD_OK);
    return db;
}

/* Few components (219 roles): "no path" comes from the matrix of which
 * reaches which.  More components than the matrix is kept for (3,019
 * roles): the walk decides, pruned by the order of the components. */
static void no_path_from_the_components_agrees_with_a_walk(void **state)
{
    const int sizes[] = {200, 3000};
    const size_t strides[] = {1, 29};
    size_t k;
    (void)state;
    for (k = 0; k < 2; k++) {
        mlhead *db = open_mixed_graph(sizes[k]);
        paths_agree_with_reachable(db, strides[k]);
        mlhead_close(db);
        unlink(crafted_path);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(every_role_call_takes_the_slug, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(every_slug_of_the_file_finds_its_role, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(path_steps_give_each_hop_its_kind, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(path_and_path_steps_agree_on_every_pair, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(prev_roles_are_the_steps_into_a_role, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(reachable_gives_each_role_its_distance, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(step_list_is_every_step_and_agrees_with_next_roles,
                                        open_embedded, close_handle),
        cmocka_unit_test_setup_teardown(role_names_are_every_title_alias_and_slug, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(hostile_names_get_their_status_from_every_graph_call,
                                        open_embedded, close_handle),
        cmocka_unit_test_setup_teardown(unknown_names_are_not_found_and_named, open_embedded,
                                        close_handle),
        cmocka_unit_test_setup_teardown(null_arguments_are_invalid_and_leave_outputs_empty,
                                        open_embedded, close_handle),
        cmocka_unit_test(a_chain_of_a_thousand_steps_is_found),
        cmocka_unit_test(roles_that_all_move_to_each_other_walk_each_once),
        cmocka_unit_test(no_path_from_the_components_agrees_with_a_walk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
