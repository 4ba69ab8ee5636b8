/*
 * test_property.c - on every file the library accepts, every answer of the
 * public API equals what plain SQLite reads from that same file.
 *
 * The files: the guide's own database, the valid variants of test/variants.h
 * (ids from 0, ids reversed, content renamed) and seeded random changes
 * that keep the rules, some of them on top of a variant.  For each, the
 * test opens the file with the library and with SQLite, and
 * property_check() (test/property.h) compares every answer.  SQLite reads
 * a copy in memory whose search table the build's own statements made
 * anew from its tables: the library never reads a file's search rows.
 */
#include <sqlite3.h>
#include <unistd.h>

#include "helpers.h"
#include "property.h"
#include "variants.h"

#define RANDOM_FILES 12

static char dir[] = "/tmp/mlhead-property-XXXXXX";
static unsigned char *real;
static size_t real_size;

/* The file at path, read by plain SQLite into memory, its search table
 * made from its tables as the build makes it. */
static sqlite3 *oracle(const char *path)
{
    sqlite3 *o = NULL, *file = NULL;
    sqlite3_backup *copy;
    char err[1024];
    assert_int_equal(sqlite3_open_v2(path, &file, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_open(":memory:", &o), SQLITE_OK);
    copy = sqlite3_backup_init(o, "main", file, "main");
    assert_non_null(copy);
    assert_int_equal(sqlite3_backup_step(copy, -1), SQLITE_DONE);
    assert_int_equal(sqlite3_backup_finish(copy), SQLITE_OK);
    assert_int_equal(sqlite3_close(file), SQLITE_OK);
    if (!variant_search_made(o, err, sizeof err))
        fail_msg("%s: making the search table: %s", path, err);
    return o;
}

/* Opens path both ways and checks every answer: 1, or 0 when the library
 * refused the file (allowed only if may_refuse). */
static int check_file(const char *path, const char *name, int may_refuse)
{
    mlhead *db = NULL;
    sqlite3 *o = NULL;
    char msg[1024];
    int status = mlhead_open_msg(path, &db, msg, sizeof msg);
    if (status != MLHEAD_OK) {
        if (!may_refuse)
            fail_msg("%s: open gave %s (%s)", name, mlhead_strerror(status), msg);
        return 0;
    }
    o = oracle(path);
    if (!property_check(db, o, 40, msg, sizeof msg))
        fail_msg("%s: %s", name, msg);
    sqlite3_close(o);
    mlhead_close(db);
    return 1;
}

static const char *path_of(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", dir, name);
    return buf;
}

/* A copy of the guide's file made into a variant, then changed at random
 * (seed 0: not). */
static const char *make(char *path, size_t size, const char *name,
                        int (*variant)(sqlite3 *, char *, size_t), uint64_t seed, int *applied)
{
    sqlite3 *w = NULL;
    char err[1024];
    FILE *out = fopen(path_of(path, size, name), "wb");
    assert_non_null(out);
    assert_int_equal(fwrite(real, 1, real_size, out), real_size);
    assert_int_equal(fclose(out), 0);
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    if (variant && !variant(w, err, sizeof err))
        fail_msg("making %s: %s", name, err);
    if (seed)
        *applied = variant_random_changes(w, seed, 8);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    return path;
}

static void the_guide_file_answers_as_sqlite_reads_it(void **state)
{
    (void)state;
    assert_int_equal(check_file(TEST_DB, "the guide's file", 0), 1);
}

static void valid_variants_answer_as_sqlite_reads_them(void **state)
{
    static const struct {
        const char *name;
        int (*make)(sqlite3 *, char *, size_t);
    } variants[] = {
        {"zero.db", variant_zero_ids},
        {"reversed.db", variant_reverse_ids},
        {"renamed.db", variant_renamed},
    };
    char path[300];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof variants / sizeof *variants; i++) {
        check_file(make(path, sizeof path, variants[i].name, variants[i].make, 0, NULL),
                   variants[i].name, 0);
        unlink(path);
    }
}

/* Seeded changes, alone or on a variant: every file that opens answers
 * as SQLite reads it; most of them open. */
static void random_valid_changes_answer_as_sqlite_reads_them(void **state)
{
    int (*const on[])(sqlite3 *, char *, size_t) = {NULL, variant_zero_ids, variant_renamed};
    char path[300], name[64];
    int i, opened = 0, applied = 0, total = 0;
    (void)state;
    for (i = 0; i < RANDOM_FILES; i++) {
        snprintf(name, sizeof name, "random-%d.db", i);
        make(path, sizeof path, name, on[i % 3], 0x5eed0000u + (uint64_t)i, &applied);
        total += applied;
        opened += check_file(path, name, 1);
        unlink(path);
    }
    printf("property: %d random files (%d changes applied), %d opened and answered as SQLite\n",
           RANDOM_FILES, total, opened);
    assert_true(total >= RANDOM_FILES * 4);
    assert_true(opened >= RANDOM_FILES / 2);
}

static int setup(void **state)
{
    (void)state;
    real = file_read(TEST_DB, &real_size);
    return real && mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(real);
    return rmdir(dir) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_guide_file_answers_as_sqlite_reads_it),
        cmocka_unit_test(valid_variants_answer_as_sqlite_reads_them),
        cmocka_unit_test(random_valid_changes_answer_as_sqlite_reads_them),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
