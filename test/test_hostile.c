/*
 * test_hostile.c - every hostile string of test/helpers.h, and three of a
 * megabyte, through every function that takes a string (each op of
 * test/ops.h that takes a name, and mlhead_open() as a path), on the
 * embedded data and on the database file; then proves the file is
 * byte-for-byte what it was, by its SHA-256, and that nothing was written
 * beside it.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "helpers.h"
#include "ops.h"
#include "sha256.h"

static char db_path[PATH_MAX]; /* TEST_DB made absolute: the test runs in an empty dir */
static char db_sha[65];
static char workdir[] = "/tmp/mlhead-hostile-XXXXXX";
static long tried; /* strings x functions, for the closing figures */

/* Whether an op's answer is right for a text a name lookup answers
 * `status` to: the same status, except that valid text naming nothing is
 * "not found" to a lookup and a search with no hits (or, raw, a syntax
 * error) to a search. */
static int answers_right(const struct op *op, int status, int got)
{
    if (status == MLHEAD_NOT_FOUND)
        return ops_documented(op->unknown, got);
    return got == status;
}

static void feed(mlhead *db, const char *label, const char *text, int status)
{
    size_t i;
    for (i = 0; i < OPS_COUNT; i++) {
        uint64_t digest;
        int got;
        if (!ops[i].arg)
            continue;
        got = ops_run(&ops[i], db, text, &digest);
        tried++;
        if (!answers_right(&ops[i], status, got))
            fail_msg("%s(%s): got %d (%s), want %d", ops[i].name, label, got, mlhead_errmsg(db),
                     status);
        if (got != MLHEAD_OK)
            assert_string_not_equal(mlhead_errmsg(db), mlhead_strerror(MLHEAD_OK));
        if ((got == MLHEAD_INVALID || got == MLHEAD_EMPTY || got == MLHEAD_NOT_FOUND) &&
            mlhead_errarg(db) != ops[i].arg_no)
            fail_msg("%s(%s): errarg %d, want %d", ops[i].name, label, mlhead_errarg(db),
                     ops[i].arg_no);
    }
}

/* A path that names no file is MLHEAD_IO, "" is MLHEAD_INVALID. */
static void open_path(const char *label, const char *path)
{
    mlhead *db = (mlhead *)&db;
    int want = *path ? MLHEAD_IO : MLHEAD_INVALID, got = mlhead_open(path, &db);
    tried++;
    if (got != want)
        fail_msg("mlhead_open(%s): got %d, want %d", label, got, want);
    assert_null(db);
}

static void feed_all(mlhead *db)
{
    char *big = hostile_long(1 << 20, 'a'), *blank = hostile_long(1 << 20, ' ');
    char *junk = hostile_long(1 << 20, '\xff');
    size_t i;
    for (i = 0; i < HOSTILE_COUNT; i++)
        feed(db, hostile_names[i].label, hostile_names[i].text, hostile_names[i].status);
    feed(db, "1 MB of letters", big, MLHEAD_INVALID);
    feed(db, "1 MB of spaces", blank, MLHEAD_EMPTY);
    feed(db, "1 MB of 0xff", junk, MLHEAD_INVALID);
    free(big);
    free(blank);
    free(junk);
}

static void hostile_names_on_the_embedded_data(void **state)
{
    mlhead *db = NULL;
    (void)state;
    assert_int_equal(mlhead_open(NULL, &db), MLHEAD_OK);
    feed_all(db);
    mlhead_close(db);
}

static void hostile_names_on_the_database_file(void **state)
{
    mlhead *db = NULL;
    (void)state;
    assert_int_equal(mlhead_open(db_path, &db), MLHEAD_OK);
    feed_all(db);
    /* after all that the handle still answers */
    {
        mlhead_salary s;
        assert_int_equal(mlhead_salary_range(db, "CDO", &s), MLHEAD_OK);
        assert_string_equal(s.role, "Chief Data Officer");
    }
    mlhead_close(db);
}

/* A megabyte of blanks around one word folds to a short query; passed on
 * raw it must still not read as damage. */
static void a_padded_query_is_a_query(void **state)
{
    char *padded = hostile_long(1 << 20, ' ');
    mlhead *db = NULL;
    size_t i;
    (void)state;
    memcpy(padded + (1 << 19), "head", 4);
    assert_int_equal(mlhead_open(NULL, &db), MLHEAD_OK);
    for (i = 0; i < OPS_COUNT; i++) {
        uint64_t digest;
        int got;
        if (strncmp(ops[i].name, "mlhead_search", 13) != 0)
            continue;
        got = ops_run(&ops[i], db, padded, &digest);
        tried++;
        /* a section name (mlhead_search_in) that names nothing: NOT_FOUND */
        if (got != MLHEAD_OK && got != MLHEAD_INVALID && !(ops[i].unknown & OPS_BIT(got)))
            fail_msg("%s(1 MB of blanks around a word): got %d (%s)", ops[i].name, got,
                     mlhead_errmsg(db));
    }
    mlhead_close(db);
    free(padded);
}

static void hostile_paths_cannot_be_opened(void **state)
{
    char *big = hostile_long(1 << 20, 'a');
    size_t i;
    (void)state;
    for (i = 0; i < HOSTILE_COUNT; i++)
        open_path(hostile_names[i].label, hostile_names[i].text);
    open_path("1 MB path", big);
    free(big);
}

static int setup(void **state)
{
    char cwd[PATH_MAX - 64];
    (void)state;
    if (TEST_DB[0] == '/')
        snprintf(db_path, sizeof db_path, "%s", TEST_DB);
    else if (getcwd(cwd, sizeof cwd))
        snprintf(db_path, sizeof db_path, "%s/%s", cwd, TEST_DB);
    if (!*db_path || sha256_file(db_path, db_sha) != 0 || !mkdtemp(workdir) || chdir(workdir) != 0)
        return -1;
    return 0;
}

/* The file is unchanged, and no journal, WAL or anything else appeared
 * beside it or in the working directory. */
static int teardown(void **state)
{
    static const char *const beside[] = {"-journal", "-wal", "-shm"};
    char sha[65], other[PATH_MAX + 16];
    size_t i;
    (void)state;
    if (sha256_file(db_path, sha) != 0 || strcmp(sha, db_sha) != 0) {
        fprintf(stderr, "%s changed: sha256 %s, was %s\n", db_path, sha, db_sha);
        return -1;
    }
    for (i = 0; i < 3; i++) {
        snprintf(other, sizeof other, "%s%s", db_path, beside[i]);
        if (access(other, F_OK) == 0)
            return -1;
    }
    if (chdir("/") != 0 || rmdir(workdir) != 0) /* fails if anything was created */
        return -1;
    printf("hostile: %ld string x function calls, %s sha256 %s unchanged\n", tried, TEST_DB, sha);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hostile_names_on_the_embedded_data),
        cmocka_unit_test(hostile_names_on_the_database_file),
        cmocka_unit_test(hostile_paths_cannot_be_opened),
        cmocka_unit_test(a_padded_query_is_a_query),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
