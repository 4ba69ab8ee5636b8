/*
 * test_open.c - mlhead_open() and mlhead_close(), statuses and messages,
 * the version: the embedded data, a database file, and every kind of bad
 * file (missing, a directory, not SQLite, empty, someone else's SQLite,
 * ours with the wrong identity, ours truncated).  Bad files are written in
 * a temporary directory made for the run and removed at the end; the real
 * database file must come out of the whole run byte for byte unchanged.
 */
#include <stdio.h>
#include <unistd.h>

#include <sqlite3.h>

#include "helpers.h"
/* The handle's work counter, for the one test that must age a handle. */
#include "../lib/internal.h"

/* A file's bytes. */
struct bytes {
    unsigned char *data;
    size_t size;
};

/* What the group shares: the real database's bytes before the run and the
 * temporary directory bad files go in. */
struct fixture {
    struct bytes original;
    char dir[64];
};

static struct bytes read_all(const char *path)
{
    struct bytes b = {NULL, 0};
    b.data = file_read(path, &b.size);
    assert_non_null(b.data);
    return b;
}

static void write_all(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (size)
        assert_int_equal(fwrite(data, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
}

/* The path of file `name` in the run's temporary directory. */
static const char *temp_path(const struct fixture *fx, const char *name)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", fx->dir, name);
    return path;
}

static int setup(void **state)
{
    struct fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    strcpy(fx->dir, "/tmp/mlhead-test-open-XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    fx->original = read_all(TEST_DB);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *fx = *state;
    static const char *const names[] = {"text.db",  "empty.db",      "foreign.db",   "version.db",
                                        "appid.db", "short-page.db", "short-byte.db"};
    size_t i;
    for (i = 0; i < sizeof names / sizeof *names; i++)
        unlink(temp_path(fx, names[i]));
    if (rmdir(fx->dir) != 0)
        return -1;
    free(fx->original.data);
    free(fx);
    return 0;
}

/* Opens path, expecting `want`: on failure *out must be NULL. */
static void open_fails(const char *path, int want)
{
    mlhead *db = (mlhead *)POISON_PTR;
    int got = mlhead_open(path, &db);
    if (got != want)
        fail_msg("%s: got %d (%s), want %d", path ? path : "(null)", got, mlhead_strerror(got),
                 want);
    assert_null(db);
}

static void embedded_data_opens_and_answers(void **state)
{
    mlhead *db = NULL;
    mlhead_role r;
    (void)state;
    assert_int_equal(mlhead_open(NULL, &db), MLHEAD_OK);
    assert_non_null(db);
    assert_string_equal(mlhead_errmsg(db), mlhead_strerror(MLHEAD_OK));
    assert_int_equal(mlhead_role_find(db, "Head of ML", &r), MLHEAD_OK);
    assert_string_equal(r.title, "Head of Machine Learning");
    mlhead_close(db);
}

static void database_file_opens_by_path_and_answers(void **state)
{
    mlhead *db = NULL;
    mlhead_role r;
    (void)state;
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    assert_non_null(db);
    assert_int_equal(mlhead_role_find(db, "CDO", &r), MLHEAD_OK);
    assert_string_equal(r.title, "Chief Data Officer");
    mlhead_close(db);
}

/* A handle on a file answers however long it lives.  Open bounds the work
 * of the statements that check the file; that bound once stayed in place
 * and added up over every later call, so a handle failed ("interrupted")
 * some 565,000 searches on, an hour into a server's life.  Spending the
 * bound by calls takes minutes, so the test spends it by hand: what the
 * handle did before must not count against what it does next. */
static void a_file_handle_answers_however_long_it_lives(void **state)
{
    mlhead *db = NULL;
    mlhead_salary s;
    mlhead_salary *bands = NULL;
    mlhead_hit *hits = NULL;
    size_t n = 0;
    (void)state;
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    db->work = db->work_max;
    assert_int_equal(mlhead_salary_range(db, "Head of ML", &s), MLHEAD_OK);
    assert_int_equal(mlhead_search(db, "governance", 3, &hits, &n), MLHEAD_OK);
    assert_int_equal(n, 3);
    mlhead_free(hits);
    db->work = db->work_max;
    /* every hit: more than the thousand steps a bound's check comes in */
    assert_int_equal(mlhead_search_raw(db, "a* OR e* OR i* OR o* OR s* OR t*", 0, &hits, &n),
                     MLHEAD_OK);
    assert_true(n > 100);
    mlhead_free(hits);
    db->work = db->work_max;
    assert_int_equal(mlhead_salary_list(db, &bands, &n), MLHEAD_OK);
    assert_true(n > 0);
    mlhead_free(bands);
    mlhead_close(db);
}

static void close_of_null_does_nothing(void **state)
{
    (void)state;
    mlhead_close(NULL);
}

static void every_status_has_its_own_nonempty_name(void **state)
{
    int a, b;
    (void)state;
    for (a = MLHEAD_OK; a <= MLHEAD_BUSY; a++) {
        const char *name = mlhead_strerror(a);
        assert_non_null(name);
        assert_true(strlen(name) > 0);
        assert_string_not_equal(name, "unknown status");
        for (b = MLHEAD_OK; b < a; b++)
            assert_string_not_equal(name, mlhead_strerror(b));
    }
}

static void unknown_status_codes_are_named_unknown_status(void **state)
{
    const int codes[] = {-1, MLHEAD_BUSY + 1, 1000, -2147483647 - 1, 2147483647};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof codes / sizeof *codes; i++)
        assert_string_equal(mlhead_strerror(codes[i]), "unknown status");
}

static void errmsg_of_null_is_a_static_message(void **state)
{
    const char *msg = mlhead_errmsg(NULL);
    (void)state;
    assert_non_null(msg);
    assert_true(strlen(msg) > 0);
}

static void errmsg_after_success_names_ok_again(void **state)
{
    mlhead *db = NULL;
    mlhead_role r;
    (void)state;
    assert_int_equal(mlhead_open(NULL, &db), MLHEAD_OK);
    assert_int_equal(mlhead_role_find(db, "Chief Happiness Officer", &r), MLHEAD_NOT_FOUND);
    assert_string_not_equal(mlhead_errmsg(db), mlhead_strerror(MLHEAD_OK));
    assert_int_equal(mlhead_role_find(db, "CDO", &r), MLHEAD_OK);
    assert_string_equal(mlhead_errmsg(db), mlhead_strerror(MLHEAD_OK));
    mlhead_close(db);
}

static void version_is_the_header_version(void **state)
{
    (void)state;
    assert_string_equal(mlhead_version(), MLHEAD_VERSION);
}

static void open_without_out_or_with_empty_path_is_invalid(void **state)
{
    (void)state;
    assert_int_equal(mlhead_open(NULL, NULL), MLHEAD_INVALID);
    assert_int_equal(mlhead_open(TEST_DB, NULL), MLHEAD_INVALID);
    open_fails("", MLHEAD_INVALID);
}

static void missing_file_directory_and_device_are_io_errors(void **state)
{
    struct fixture *fx = *state;
    open_fails(temp_path(fx, "no-such-file.db"), MLHEAD_IO);
    open_fails(fx->dir, MLHEAD_IO);
    /* a device is no regular file */
    open_fails("/dev/null", MLHEAD_IO);
}

static void text_file_is_not_mlhead(void **state)
{
    struct fixture *fx = *state;
    static const char text[] = "This is not an SQLite database, only some words in a file "
                               "long enough to hold a whole header and then some more.\n";
    write_all(temp_path(fx, "text.db"), text, sizeof text - 1);
    open_fails(temp_path(fx, "text.db"), MLHEAD_NOT_MLHEAD);
}

static void empty_file_is_not_mlhead(void **state)
{
    struct fixture *fx = *state;
    write_all(temp_path(fx, "empty.db"), "", 0);
    open_fails(temp_path(fx, "empty.db"), MLHEAD_NOT_MLHEAD);
}

static void foreign_sqlite_database_is_not_mlhead(void **state)
{
    struct fixture *fx = *state;
    sqlite3 *other = NULL;
    const char *path = temp_path(fx, "foreign.db");
    assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other,
                                  "CREATE TABLE role (id INTEGER PRIMARY KEY, title TEXT);"
                                  "INSERT INTO role (title) VALUES ('Head of ML');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_close(other), SQLITE_OK);
    open_fails(path, MLHEAD_NOT_MLHEAD);
}

/* Writes a copy of the real database with 4 big-endian bytes at `offset`
 * replaced by `value`, and expects it to open as not ours. */
static void patched_copy_is_not_mlhead(const struct fixture *fx, const char *name, size_t offset,
                                       uint32_t value)
{
    struct bytes copy = fx->original;
    unsigned char *data = malloc(copy.size);
    assert_non_null(data);
    memcpy(data, copy.data, copy.size);
    data[offset] = (unsigned char)(value >> 24);
    data[offset + 1] = (unsigned char)(value >> 16);
    data[offset + 2] = (unsigned char)(value >> 8);
    data[offset + 3] = (unsigned char)value;
    write_all(temp_path(fx, name), data, copy.size);
    free(data);
    open_fails(temp_path(fx, name), MLHEAD_NOT_MLHEAD);
}

static void our_database_with_another_schema_version_is_not_mlhead(void **state)
{
    struct fixture *fx = *state;
    /* the header's user_version is big-endian at offset 60 */
    assert_int_equal(fx->original.data[63], MLHEAD_SCHEMA_VERSION);
    patched_copy_is_not_mlhead(fx, "version.db", 60, MLHEAD_SCHEMA_VERSION + 1);
}

static void our_database_with_another_application_id_is_not_mlhead(void **state)
{
    struct fixture *fx = *state;
    /* the header's application_id is big-endian at offset 68: "MLHD" */
    assert_memory_equal(fx->original.data + 68, "MLHD", 4);
    patched_copy_is_not_mlhead(fx, "appid.db", 68, 0x53514C31);
}

/* Writes the real database less its last `cut` bytes; expects CORRUPT. */
static void truncated_copy_is_corrupt(const struct fixture *fx, const char *name, size_t cut)
{
    mlhead *db = (mlhead *)POISON_PTR;
    write_all(temp_path(fx, name), fx->original.data, fx->original.size - cut);
    assert_int_equal(mlhead_open(temp_path(fx, name), &db), MLHEAD_CORRUPT);
    assert_null(db);
}

static void our_database_one_page_short_is_corrupt(void **state)
{
    struct fixture *fx = *state;
    /* the page size is the big-endian 2 bytes at offset 16 */
    size_t page = (size_t)fx->original.data[16] << 8 | fx->original.data[17];
    assert_true(page >= 512 && fx->original.size % page == 0);
    truncated_copy_is_corrupt(fx, "short-page.db", page);
}

static void our_database_one_byte_short_is_corrupt(void **state)
{
    truncated_copy_is_corrupt(*state, "short-byte.db", 1);
}

static void same_file_opened_twice_gives_independent_handles(void **state)
{
    mlhead *a = NULL, *b = NULL;
    mlhead_role r;
    (void)state;
    assert_int_equal(mlhead_open(TEST_DB, &a), MLHEAD_OK);
    assert_int_equal(mlhead_open(TEST_DB, &b), MLHEAD_OK);
    assert_ptr_not_equal(a, b);
    /* a failure on one handle leaves the other's message alone */
    assert_int_equal(mlhead_role_find(a, "Chief Happiness Officer", &r), MLHEAD_NOT_FOUND);
    assert_string_equal(mlhead_errmsg(b), mlhead_strerror(MLHEAD_OK));
    /* closing one leaves the other working */
    mlhead_close(a);
    assert_int_equal(mlhead_role_find(b, "Head of ML", &r), MLHEAD_OK);
    assert_string_equal(r.title, "Head of Machine Learning");
    mlhead_close(b);
}

/* Runs last: nothing above wrote to the database it opened. */
static void database_file_is_unchanged_by_the_run(void **state)
{
    struct fixture *fx = *state;
    struct bytes now = read_all(TEST_DB);
    assert_int_equal(now.size, fx->original.size);
    assert_memory_equal(now.data, fx->original.data, now.size);
    free(now.data);
}

/* mlhead_open_msg() keeps what mlhead_open() loses with its handle. */
static void open_msg_keeps_the_detail_of_a_failure(void **state)
{
    char msg[512], tiny[8];
    mlhead *db = (mlhead *)&db;
    (void)state;
    assert_int_equal(mlhead_open_msg("/nonexistent/x.db", &db, msg, sizeof msg), MLHEAD_IO);
    assert_null(db);
    assert_string_equal(msg, "/nonexistent/x.db: No such file or directory");
    /* cut to fit, always NUL-terminated */
    assert_int_equal(mlhead_open_msg("/nonexistent/x.db", &db, tiny, sizeof tiny), MLHEAD_IO);
    assert_string_equal(tiny, "/nonexi");
    assert_int_equal(mlhead_open_msg("/", &db, msg, sizeof msg), MLHEAD_IO);
    assert_string_equal(msg, "/: is a directory");
    assert_int_equal(mlhead_open_msg("/dev/null", &db, msg, sizeof msg), MLHEAD_IO);
    assert_string_equal(msg, "/dev/null: not a regular file");
    assert_int_equal(mlhead_open_msg("", &db, msg, sizeof msg), MLHEAD_INVALID);
    assert_string_equal(msg, "path is empty");
    assert_int_equal(mlhead_open_msg(NULL, NULL, msg, sizeof msg), MLHEAD_INVALID);
    assert_string_equal(msg, "out is NULL");
    /* names and quotes are copied, never interpreted */
    assert_int_equal(mlhead_open_msg("/nonexistent/%s%n'; DROP TABLE role", &db, msg, sizeof msg),
                     MLHEAD_IO);
    assert_string_equal(msg, "/nonexistent/%s%n'; DROP TABLE role: No such file or directory");
    assert_null(db);
}

static void open_msg_on_success_says_not_an_error(void **state)
{
    char msg[64];
    mlhead *db = NULL;
    (void)state;
    assert_int_equal(mlhead_open_msg(TEST_DB, &db, msg, sizeof msg), MLHEAD_OK);
    assert_non_null(db);
    assert_string_equal(msg, "not an error");
    mlhead_close(db);
    db = NULL;
    assert_int_equal(mlhead_open_msg(NULL, &db, msg, sizeof msg), MLHEAD_OK);
    assert_string_equal(msg, "not an error");
    mlhead_close(db);
}

static void open_msg_takes_no_buffer_only_with_size_zero(void **state)
{
    mlhead *db = (mlhead *)&db;
    char untouched[4] = "abc";
    (void)state;
    assert_int_equal(mlhead_open_msg(NULL, &db, NULL, 5), MLHEAD_INVALID);
    assert_null(db);
    assert_int_equal(mlhead_open_msg(NULL, &db, NULL, 0), MLHEAD_OK);
    mlhead_close(db);
    assert_int_equal(mlhead_open_msg("/nonexistent", &db, untouched, 0), MLHEAD_IO);
    assert_string_equal(untouched, "abc");
    assert_null(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(embedded_data_opens_and_answers),
        cmocka_unit_test(open_msg_keeps_the_detail_of_a_failure),
        cmocka_unit_test(open_msg_on_success_says_not_an_error),
        cmocka_unit_test(open_msg_takes_no_buffer_only_with_size_zero),
        cmocka_unit_test(database_file_opens_by_path_and_answers),
        cmocka_unit_test(a_file_handle_answers_however_long_it_lives),
        cmocka_unit_test(close_of_null_does_nothing),
        cmocka_unit_test(every_status_has_its_own_nonempty_name),
        cmocka_unit_test(unknown_status_codes_are_named_unknown_status),
        cmocka_unit_test(errmsg_of_null_is_a_static_message),
        cmocka_unit_test(errmsg_after_success_names_ok_again),
        cmocka_unit_test(version_is_the_header_version),
        cmocka_unit_test(open_without_out_or_with_empty_path_is_invalid),
        cmocka_unit_test(missing_file_directory_and_device_are_io_errors),
        cmocka_unit_test(text_file_is_not_mlhead),
        cmocka_unit_test(empty_file_is_not_mlhead),
        cmocka_unit_test(foreign_sqlite_database_is_not_mlhead),
        cmocka_unit_test(our_database_with_another_schema_version_is_not_mlhead),
        cmocka_unit_test(our_database_with_another_application_id_is_not_mlhead),
        cmocka_unit_test(our_database_one_page_short_is_corrupt),
        cmocka_unit_test(our_database_one_byte_short_is_corrupt),
        cmocka_unit_test(same_file_opened_twice_gives_independent_handles),
        cmocka_unit_test(database_file_is_unchanged_by_the_run),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
