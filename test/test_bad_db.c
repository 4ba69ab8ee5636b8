/*
 * test_bad_db.c - mlhead_open() on files it did not write: missing, a
 * directory, a device, empty, cut short at every interesting length, 1,000
 * seeded random corruptions of the real database, a foreign SQLite
 * database, ours with a wrong application_id or user_version, a table or
 * a column missing, values out of their domain, a WAL-mode copy.
 *
 * All are generated here, in a temporary directory, from TEST_DB.  Each
 * must give its documented status (cannot open / not ours / corrupt) or
 * open; an open one must then answer every query (test/ops.h) with a
 * documented status and no half answer.  Nothing may be written beside
 * any of them.  The ASan and valgrind runs of this test make "no crash"
 * mean no memory error either.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "ops.h"
#include "variants.h"

#define CORRUPTIONS 1000

static char dir[] = "/tmp/mlhead-bad-XXXXXX";
static unsigned char *real; /* TEST_DB's bytes */
static size_t real_size;
static int tally[MLHEAD_BUSY + 1]; /* open statuses of the random corruptions */

static char *path_of(const char *name)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

static const char *write_file(const char *name, const void *bytes, size_t n)
{
    const char *path = path_of(name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
    return path;
}

/* Nothing is ever written beside a database the library reads. */
static void assert_nothing_beside(const char *path)
{
    static const char *const beside[] = {"-journal", "-wal", "-shm"};
    char other[300];
    size_t i;
    for (i = 0; i < 3; i++) {
        snprintf(other, sizeof other, "%s%s", path, beside[i]);
        if (access(other, F_OK) == 0)
            fail_msg("%s appeared", other);
    }
}

/* The names in the test directory, sorted, one per line. */
static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void listing(char *out, size_t size)
{
    char *names[64];
    size_t n = 0, i;
    struct dirent *e;
    DIR *d = opendir(dir);
    assert_non_null(d);
    while ((e = readdir(d)) != NULL && n < 64)
        names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    out[0] = '\0';
    for (i = 0; i < n; i++) {
        size_t len = strlen(out);
        snprintf(out + len, size - len, "%s\n", names[i]);
        free(names[i]);
    }
}

/* Every query on an open handle: a documented status, never half an
 * answer.  Returns how many answered MLHEAD_OK. */
static size_t query_everything(mlhead *db, const char *what)
{
    size_t i, ok = 0;
    for (i = 0; i < OPS_COUNT; i++) {
        uint64_t digest;
        int status = ops_run(&ops[i], db, NULL, &digest);
        if (!ops_documented(ops[i].statuses, status))
            fail_msg("%s: %s gave %d (%s)", what, ops[i].name, status, mlhead_errmsg(db));
        ok += status == MLHEAD_OK;
    }
    return ok;
}

/* Opens path: the status, after the handle (if any) answered everything. */
static int open_and_query(const char *path, const char *what)
{
    mlhead *db = (mlhead *)&db;
    int status = mlhead_open(path, &db);
    if (!ops_documented(OPS_OPEN, status) || status == MLHEAD_INVALID)
        fail_msg("%s: open gave %d", what, status);
    if (status == MLHEAD_OK) {
        query_everything(db, what);
        mlhead_close(db);
    } else {
        assert_null(db);
    }
    assert_nothing_beside(path);
    return status;
}

static void expect_open(const char *path, const char *what, int want)
{
    int got = open_and_query(path, what);
    if (got != want)
        fail_msg("%s: open gave %d (%s), want %d (%s)", what, got, mlhead_strerror(got), want,
                 mlhead_strerror(want));
}

static void missing_directory_and_device_cannot_be_opened(void **state)
{
    mlhead *db = NULL;
    (void)state;
    assert_int_equal(mlhead_open(path_of("no-such-file.db"), &db), MLHEAD_IO);
    assert_int_equal(mlhead_open(dir, &db), MLHEAD_IO);
    assert_int_equal(mlhead_open("/dev/null", &db), MLHEAD_IO);
    assert_null(db);
}

/* SQLite may read a name starting "file:" as a URI, and ":memory:" as an
 * empty database; the library opens the file by that name all the same. */
static void a_name_that_looks_like_a_uri_is_a_file_name(void **state)
{
    char cwd[256];
    mlhead *db = NULL;
    (void)state;
    write_file("file:ours.db", real, real_size);
    write_file("file:other.db?mode=memory", "not a database", 14);
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(dir), 0);
    assert_int_equal(mlhead_open("file:ours.db", &db), MLHEAD_OK);
    mlhead_close(db);
    assert_int_equal(mlhead_open("file:other.db?mode=memory", &db), MLHEAD_NOT_MLHEAD);
    /* nor is a file named ":memory:" an empty in-memory database */
    write_file(":memory:", real, real_size);
    assert_int_equal(mlhead_open(":memory:", &db), MLHEAD_OK);
    mlhead_close(db);
    db = NULL;
    assert_int_equal(chdir(cwd), 0);
    assert_null(db);
}

static void empty_and_tiny_files_are_not_ours(void **state)
{
    (void)state;
    expect_open(write_file("empty.db", "", 0), "0 bytes", MLHEAD_NOT_MLHEAD);
    expect_open(write_file("one.db", "S", 1), "1 byte", MLHEAD_NOT_MLHEAD);
}

/* One byte is no database of ours; from 99 bytes on, the header names it
 * ours (application_id is at byte 68) and its length betrays it. */
static void truncated_files_are_caught(void **state)
{
    const size_t cuts[] = {1, 99, 100, 4096, real_size / 2, real_size - 1};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        char what[64];
        snprintf(what, sizeof what, "cut at %zu bytes", cuts[i]);
        expect_open(write_file("cut.db", real, cuts[i]), what,
                    cuts[i] < 72 ? MLHEAD_NOT_MLHEAD : MLHEAD_CORRUPT);
    }
}

static uint64_t rng = 0x6d6c68656164; /* fixed seed: every run tries the same files */

static uint64_t next_random(void)
{
    rng ^= rng << 13; /* xorshift64 */
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* One corruption of the real bytes: a few random bytes, a run of zeros or
 * of 0xff, or one bit, anywhere; every fourth one spares the first page
 * so the damage gets past the header checks to quick_check and the
 * queries. */
static void corrupt(unsigned char *bytes, size_t n, int round)
{
    size_t from = round % 4 == 0 ? 4096 : 0;
    size_t at = from + (size_t)(next_random() % (n - from)), len, i;
    switch (next_random() % 4) {
    case 0:
        for (i = 1 + next_random() % 8; i > 0; i--)
            bytes[from + next_random() % (n - from)] = (unsigned char)next_random();
        break;
    case 1:
    case 2:
        len = 1 + next_random() % 64;
        memset(bytes + at, round % 2 ? 0 : 0xff, at + len > n ? n - at : len);
        break;
    default: bytes[at] ^= (unsigned char)(1u << (next_random() % 8)); break;
    }
}

static void random_corruptions_never_crash(void **state)
{
    unsigned char *copy = malloc(real_size);
    int round;
    (void)state;
    assert_non_null(copy);
    for (round = 0; round < CORRUPTIONS; round++) {
        char what[64];
        memcpy(copy, real, real_size);
        corrupt(copy, real_size, round);
        snprintf(what, sizeof what, "corruption %d", round);
        tally[open_and_query(write_file("random.db", copy, real_size), what)]++;
    }
    free(copy);
    printf("bad databases: %d random corruptions: %d open, %d not ours, %d corrupt, %d other\n",
           CORRUPTIONS, tally[MLHEAD_OK], tally[MLHEAD_NOT_MLHEAD], tally[MLHEAD_CORRUPT],
           CORRUPTIONS - tally[MLHEAD_OK] - tally[MLHEAD_NOT_MLHEAD] - tally[MLHEAD_CORRUPT]);
}

/* A copy of the real database with some SQL applied to it. */
static const char *altered(const char *name, const char *sql)
{
    const char *path = write_file(name, real, real_size);
    sqlite3 *w = NULL;
    char *err = NULL;
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    if (sqlite3_exec(w, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("altering %s: %s", name, err);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    return path;
}

static void a_foreign_database_is_not_ours(void **state)
{
    const char *path = path_of("foreign.db");
    sqlite3 *w = NULL;
    (void)state;
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(
        sqlite3_exec(w, "CREATE TABLE t(x); INSERT INTO t VALUES (1)", NULL, NULL, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    expect_open(path, "a foreign database", MLHEAD_NOT_MLHEAD);
}

/* A UTF-16 database with our identity is a file of another build, not a
 * damaged one: a damaged encoding is any other value (below). */
static void a_utf16_database_is_not_ours(void **state)
{
    const char *path = path_of("utf16.db");
    char msg[256] = "";
    sqlite3 *w = NULL;
    mlhead *db = NULL;
    (void)state;
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(
        sqlite3_exec(w,
                     "PRAGMA encoding = 'UTF-16le'; PRAGMA application_id = 1296844868;"
                     " PRAGMA user_version = 1; CREATE TABLE t(x)",
                     NULL, NULL, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    assert_int_equal(mlhead_open_msg(path, &db, msg, sizeof msg), MLHEAD_NOT_MLHEAD);
    assert_null(db);
    assert_non_null(strstr(msg, "UTF-16"));
}

static void wrong_application_id_or_version_is_not_ours(void **state)
{
    (void)state;
    expect_open(altered("appid.db", "PRAGMA application_id = 1"), "application_id 1",
                MLHEAD_NOT_MLHEAD);
    expect_open(altered("version.db", "PRAGMA user_version = 2"), "user_version 2",
                MLHEAD_NOT_MLHEAD);
    expect_open(altered("version0.db", "PRAGMA user_version = 0"), "user_version 0",
                MLHEAD_NOT_MLHEAD);
}

/* Opens path, which must open, and checks one query's status. */
static void expect_query(const char *path, size_t op, int want)
{
    mlhead *db = NULL;
    uint64_t digest;
    int got;
    assert_int_equal(mlhead_open(path, &db), MLHEAD_OK);
    got = ops_run(&ops[op], db, NULL, &digest);
    if (got != want)
        fail_msg("%s: %s gave %d (%s), want %d", path, ops[op].name, got, mlhead_errmsg(db), want);
    query_everything(db, path);
    mlhead_close(db);
    assert_nothing_beside(path);
}

static size_t op_named(const char *name)
{
    size_t i;
    for (i = 0; i < OPS_COUNT; i++)
        if (strcmp(ops[i].name, name) == 0)
            return i;
    fail_msg("no op %s", name);
    return 0;
}

/* A copy of the real database without its views, then some SQL. */
static const char *without_views(const char *name)
{
    const char *path = write_file(name, real, real_size);
    sqlite3 *w = NULL;
    sqlite3_stmt *st = NULL;
    char drops[4096] = "";
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(w, "SELECT name FROM sqlite_schema WHERE type = 'view'", -1, &st, NULL),
        SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        size_t n = strlen(drops);
        snprintf(drops + n, sizeof drops - n, "DROP VIEW \"%s\";", sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_exec(w, drops, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    return path;
}

static const char *bare_altered(const char *name, const char *sql)
{
    const char *path = without_views(name);
    sqlite3 *w = NULL;
    char *err = NULL;
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    if (sqlite3_exec(w, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("altering %s: %s", name, err);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    return path;
}

/* A schema that is not exactly the library's is not ours, whatever its
 * identity says: each is refused before anything of the file runs. */
static void a_schema_not_ours_is_not_mlhead(void **state)
{
    static const struct {
        const char *what, *sql;
    } cases[] = {
        {"a table missing", "DROP TABLE move"},
        {"a column missing", "ALTER TABLE item DROP COLUMN term"},
        {"an extra column", "ALTER TABLE role ADD COLUMN x TEXT"},
        {"an extra table", "CREATE TABLE extra (x)"},
        {"an index missing", "DROP INDEX role_alias_role"},
        {"an extra index", "CREATE INDEX extra ON role (line)"},
        {"a trigger", "CREATE TRIGGER t AFTER INSERT ON role BEGIN SELECT 1; END"},
        {"an extra view", "CREATE VIEW extra AS SELECT 1"},
        {"a view of ours changed", "CREATE VIEW ladder AS SELECT 1 AS track"},
        {"role as a recursive view",
         "PRAGMA foreign_keys = OFF; DROP TABLE role; CREATE VIEW role AS"
         " WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
         " SELECT x AS id, 'r' || x AS slug, 'R' || x AS title, NULL AS track_id, NULL AS level,"
         " 1 AS section_id, 1 AS line FROM c"},
        {"role as a view of randomblob",
         "PRAGMA foreign_keys = OFF; DROP TABLE role; CREATE VIEW role AS SELECT 1 AS id,"
         " hex(randomblob(8)) AS slug, hex(randomblob(8)) AS title, NULL AS track_id,"
         " NULL AS level, 1 AS section_id, 1 AS line"},
        {"role without its primary key",
         "PRAGMA foreign_keys = OFF; CREATE TABLE r2 AS SELECT * FROM role; DROP TABLE role;"
         " ALTER TABLE r2 RENAME TO role"},
        {"search as FTS4", "DROP TABLE search; CREATE VIRTUAL TABLE search USING fts4(text, kind,"
                           " section, category, line)"},
        {"search as a plain table",
         "DROP TABLE search; CREATE TABLE search (text, kind, section, category, line)"},
        {"search with detail=none",
         "DROP TABLE search; CREATE VIRTUAL TABLE search USING fts5(text, kind UNINDEXED,"
         " section UNINDEXED, category UNINDEXED, line UNINDEXED, detail = none)"},
        {"search as an rtree",
         "DROP TABLE search; CREATE VIRTUAL TABLE search USING rtree(id, a, b)"},
        /* would take minutes to open if quick_check ran first */
        {"a slow generated column",
         "CREATE TABLE slow (x, y AS (instr(printf('%.*c', 100000000, 'x'), 'y')) VIRTUAL);"
         " WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 50)"
         " INSERT INTO slow (x) SELECT i FROM c"},
        {"statistics of ANALYZE", "ANALYZE"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_open(bare_altered("schema.db", cases[i].sql), cases[i].what, MLHEAD_NOT_MLHEAD);
    /* the views are for people; a file may leave them all out */
    expect_open(without_views("noview.db"), "no views", MLHEAD_OK);
}

/* Our schema, with a row that breaks one of its rules: each is corrupt,
 * and the message names the table and the rule. */
static void a_broken_rule_is_corrupt(void **state)
{
    static const struct {
        const char *what, *sql, *says;
    } cases[] = {
        {"a CHECK broken",
         "PRAGMA ignore_check_constraints = ON; UPDATE role SET level = 0"
         " WHERE slug = 'ai-research-scientist'",
         "table role row"},
        {"a bound out of its domain",
         "PRAGMA ignore_check_constraints = ON; UPDATE salary_band SET min_bound = 'bogus'",
         "salary_band"},
        {"a unit out of its domain",
         "PRAGMA ignore_check_constraints = ON; UPDATE market_stat SET unit = 'furlongs'",
         "market_stat"},
        {"the edition row missing", "PRAGMA ignore_check_constraints = ON; DELETE FROM edition",
         "the edition row is missing"},
        {"a dangling foreign key",
         "PRAGMA foreign_keys = OFF; UPDATE role_alias SET role_id = 99999"
         " WHERE alias = (SELECT min(alias) FROM role_alias)",
         "table role_alias row"},
        {"an alias that repeats a title",
         "INSERT INTO role_alias (alias, role_id, origin) SELECT 'Head of AI', id, 'common'"
         " FROM role WHERE slug = 'ai-research-scientist'",
         "alias equals a role title"},
        {"invalid UTF-8", "UPDATE item SET text = CAST(x'41c0af' AS TEXT) WHERE id = 1",
         "not valid UTF-8"},
        {"a NUL inside a text", "UPDATE item SET text = CAST(x'410042' AS TEXT) WHERE id = 1",
         "not valid UTF-8"},
        {"a blob for a text", "UPDATE item SET text = x'4142' WHERE id = 1", "another type"},
        {"a text for a number",
         "PRAGMA ignore_check_constraints = ON;"
         " UPDATE item SET line = 'x' WHERE id = 1",
         "item"},
        {"an over-long text", "UPDATE item SET text = printf('%.70000c', 'x') WHERE id = 1",
         "longer than"},
        {"an over-long name",
         "UPDATE role SET title = printf('%.300c', 'x')"
         " WHERE slug = 'ai-research-scientist'",
         "longer than 256"},
        {"a gap in a track", "UPDATE role SET level = 7 WHERE slug = 'ai-research-scientist'",
         "track levels have a gap"},
        {"an item past its section's end", "UPDATE item SET line = 9999 WHERE id = 1",
         "table item row 1: item outside its section: line 9999"},
        {"an item on its heading's line",
         "UPDATE item SET line = (SELECT line FROM category WHERE id = item.category_id)"
         " WHERE id = 1",
         "table item row 1: item outside its section: line"},
        {"a move above its section",
         "UPDATE move SET line = 10 WHERE from_role_id = 1 AND to_role_id = 8",
         "move outside its section: line 10"},
        /* names a lookup folds before it compares could never be found */
        {"an empty slug", "UPDATE category SET slug = '' WHERE title = 'Effective Communication'",
         "a name a lookup cannot find"},
        {"a blank at the end of a slug", "UPDATE track SET slug = slug || ' '",
         "a name a lookup cannot find"},
        {"another search index format", "UPDATE search_config SET v = 5 WHERE k = 'version'",
         "table search_config: the search index's settings are not the build's"},
        {"a search index setting of its own", "INSERT INTO search_config VALUES ('pgsz', 100000)",
         "table search_config: the search index's settings are not the build's"},
        {"a rank of its own", "INSERT INTO search_config VALUES ('rank', 'bm25(1000.0)')",
         "table search_config: the search index's settings are not the build's"},
        {"a tab inside a title",
         "UPDATE section SET title = replace(title, ' ', char(9)) WHERE slug = 'best-practices'",
         "a name a lookup cannot find"},
        {"two blanks in a heading's title",
         "UPDATE category SET title = replace(title, ' ', '  ')"
         " WHERE slug = 'effective-communication'",
         "column title: a name a lookup cannot find"},
        {"a blank at the start of a section's slug",
         "UPDATE section SET slug = ' ' || slug WHERE slug = 'best-practices'",
         "column slug: a name a lookup cannot find"},
        {"a line break inside an alias",
         "UPDATE role_alias SET alias = replace(alias, ' ', char(13, 10)) WHERE alias = 'Head of "
         "ML'",
         "column alias: a name a lookup cannot find"},
        {"a slash in a section's slug",
         "UPDATE section SET slug = 'soft/skills' WHERE slug = 'soft-skills'",
         "column slug: a slug is not lowercase ASCII words joined by single hyphens"},
        {"a capital in a role's slug",
         "UPDATE role SET slug = 'Head-of-AI' WHERE slug = 'head-of-ai'",
         "column slug: a slug is not lowercase"},
        {"two hyphens in a row in a statistic's slug",
         "UPDATE market_stat SET slug = 'a--b' WHERE position = 1", "column slug: a slug is not"},
        {"an over-long slug of a track",
         "UPDATE track SET slug = printf('%.257c', 'x') WHERE id = (SELECT min(id) FROM track)",
         "column slug: a name is longer than 256 bytes"},
        /* a name a lookup folds and compares under NOCASE finds one row */
        {"a heading's title that is another heading's slug",
         "UPDATE category SET title = 'EFFECTIVE-COMMUNICATION'"
         " WHERE slug = 'addressing-challenges'",
         "title equals a heading slug: EFFECTIVE-COMMUNICATION"},
        {"a role's title that is another role's slug",
         "UPDATE role SET title = 'Head-of-AI' WHERE slug = 'principal-scientist'",
         "title equals a role slug: Head-of-AI"},
        {"an alias that is another role's slug",
         "INSERT INTO role_alias (alias, role_id, origin) SELECT 'HEAD-OF-AI', id, 'common'"
         " FROM role WHERE slug = 'principal-scientist'",
         "alias equals a role slug: HEAD-OF-AI"},
        {"a track's title that is another track's slug",
         "UPDATE track SET title = 'Research' WHERE slug = 'ml-engineering'",
         "title equals a track slug: Research"},
        {"a section's title that is another section's slug",
         "UPDATE section SET title = 'Challenges' WHERE slug = 'best-practices'",
         "title equals a section slug: Challenges"},
        {"a search index of no structure", "DELETE FROM search_data WHERE id = 10",
         "the search index's structure cannot be read"},
        {"a search index structure of no bytes",
         "UPDATE search_data SET block = NULL WHERE id = 10",
         "the search index's structure cannot be read"},
        {"a band whose roles have more names than its search row takes",
         "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 300)"
         " INSERT INTO role_alias (alias, role_id, origin)"
         " SELECT 'Alias ' || n || ' ' || printf('%.240c', 'q'), id, 'common'"
         " FROM k, role WHERE slug = 'head-of-machine-learning'",
         "its roles have more names than its search row takes"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        char msg[512];
        mlhead *db = (mlhead *)&db;
        int got = mlhead_open_msg(altered("rule.db", cases[i].sql), &db, msg, sizeof msg);
        if (got != MLHEAD_CORRUPT || !strstr(msg, cases[i].says))
            fail_msg("%s: open gave %d (%s), want %d with \"%s\"", cases[i].what, got, msg,
                     MLHEAD_CORRUPT, cases[i].says);
        assert_null(db);
    }
}

/* A name shared only with its own row, or with a heading of another
 * section, finds what it names: the file opens and answers. */
static void a_name_of_its_own_row_or_another_section_opens(void **state)
{
    mlhead *db = NULL;
    mlhead_item *items = NULL;
    mlhead_role role;
    size_t n = 0;
    (void)state;
    assert_int_equal(
        mlhead_open(altered("rule.db", "UPDATE category SET title = 'technical-challenges'"
                                       " WHERE slug = 'addressing-challenges';"
                                       " INSERT INTO role_alias (alias, role_id, origin)"
                                       " SELECT 'Head-of-AI', id, 'common' FROM role"
                                       " WHERE slug = 'head-of-ai'"),
                    &db),
        MLHEAD_OK);
    assert_int_equal(mlhead_item_list(db, "best-practices", "Technical-Challenges", &items, &n),
                     MLHEAD_OK);
    assert_true(n > 0);
    assert_string_equal(items[0].category, "technical-challenges");
    mlhead_free(items);
    assert_int_equal(mlhead_item_list(db, "challenges", "technical-challenges", &items, &n),
                     MLHEAD_OK);
    assert_true(n > 0);
    assert_string_equal(items[0].group, "Technical Challenges");
    mlhead_free(items);
    assert_int_equal(mlhead_role_find(db, "head-of-ai", &role), MLHEAD_OK);
    assert_string_equal(role.title, "Head of AI");
    query_everything(db, "a name of its own row");
    mlhead_close(db);
}

/* A band the guide gives no figure for is found by its word "salary" and
 * its roles' names all the same (its search terms were once NULL). */
static void a_band_without_figures_is_found(void **state)
{
    mlhead *db = NULL;
    mlhead_hit *h = NULL;
    size_t want = 0, n = 0;
    (void)state;
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    assert_int_equal(mlhead_search(db, "salary", 0, &h, &want), MLHEAD_OK);
    mlhead_free(h);
    mlhead_close(db);
    assert_true(want > 0);
    assert_int_equal(
        mlhead_open(altered("rule.db", "UPDATE salary_band SET avg_usd = NULL, avg_bound ="
                                       " 'unknown' WHERE min_usd IS NULL AND max_usd IS NULL"
                                       " AND avg_high_usd IS NULL"),
                    &db),
        MLHEAD_OK);
    assert_int_equal(mlhead_search(db, "salary", 0, &h, &n), MLHEAD_OK);
    mlhead_free(h);
    mlhead_close(db);
    assert_int_equal(n, want);
}

/* A new item of the text the SQL expression text gives, under the last
 * heading, after the guide's end; the one hit the query finds, searched
 * (raw: mlhead_search_raw), into hit (its snippet lasts until db closes). */
static mlhead *one_hit_on_a_new_item(const char *text, const char *query, int raw, mlhead_hit **hit)
{
    char *sql = sqlite3_mprintf(
        "INSERT INTO item (category_id, position, term, text, line)"
        " SELECT c, (SELECT max(position) + 1 FROM item WHERE category_id = c), NULL, (%s),"
        " (SELECT max(line) + 1 FROM item)"
        " FROM (SELECT category_id AS c FROM item ORDER BY line DESC LIMIT 1)",
        text);
    mlhead *db = NULL;
    size_t n = 0;
    assert_non_null(sql);
    assert_int_equal(mlhead_open(altered("rule.db", sql), &db), MLHEAD_OK);
    sqlite3_free(sql);
    assert_int_equal(raw ? mlhead_search_raw(db, query, 0, hit, &n)
                         : mlhead_search(db, query, 1, hit, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 1);
    return db;
}

/* A text that matches a word 32,768 times (the longest text a file may
 * hold) gives the snippet of its first 12 tokens, each marked, and
 * "..." after them: lib/snippet.c reads the matches once, where FTS5's
 * snippet() took some 10 s over every pair of them. */
static void a_text_of_many_matches_gives_a_short_snippet(void **state)
{
    mlhead_hit *h = NULL;
    mlhead *db = one_hit_on_a_new_item(
        "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 32768)"
        " SELECT substr(group_concat('x', ' '), 1, 65535) FROM k",
        "x", 0, &h);
    (void)state;
    assert_string_equal(h[0].snippet, "[x] [x] [x] [x] [x] [x] [x] [x] [x] [x] [x] [x]...");
    mlhead_free(h);
    mlhead_close(db);
}

/* The snippet is the first window that holds the most whole matches:
 * here the first 12 of 20 tokens, as FTS5's snippet() gives it (the window
 * was once the last: phrases of two tokens beside those of one made the
 * count of every earlier window short). */
static void a_snippet_is_the_first_window_of_most_matches(void **state)
{
    mlhead_hit *h = NULL;
    mlhead *db =
        one_hit_on_a_new_item("'qa qb qa qb qa qb qa qb qa qb qa qb qa qb qa qb qa qb qa qb'",
                              "\"qa qb\" OR \"qb qa\" OR qa OR qb", 1, &h);
    (void)state;
    assert_string_equal(h[0].snippet, "[qa qb qa qb qa qb qa qb qa qb qa qb]...");
    mlhead_free(h);
    mlhead_close(db);
}

/* The headings of every section are matched, the 35th's as the first's
 * (matching once kept the names of the first 31 sections only). */
static void a_heading_of_a_late_section_is_matched(void **state)
{
    static const char sql[] =
        "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 25)"
        " INSERT INTO section (id, position, slug, title, line, intro, intro_line)"
        " SELECT 1000 + n, 100 + n, 'extra-' || n, 'Extra Section ' || n, 1000 + 10 * n,"
        " 'Intro ' || n, 1001 + 10 * n FROM k;"
        " INSERT INTO category (id, section_id, parent_id, position, slug, title, line)"
        " SELECT 5000 + id, id, NULL, 1, 'zebra-heading-' || (id - 1000),"
        " 'Zebra Heading ' || (id - 1000), line + 2 FROM section WHERE id > 1000;"
        " INSERT INTO item (id, category_id, position, term, text, line)"
        " SELECT 9000 + id, id, 1, NULL, 'Zebra item ' || id, line + 1 FROM category"
        " WHERE id > 5000";
    mlhead *db = NULL;
    mlhead_match_hit *hits = NULL;
    size_t n = 0;
    (void)state;
    assert_int_equal(mlhead_open(altered("rule.db", sql), &db), MLHEAD_OK);
    assert_int_equal(mlhead_match(db, MLHEAD_MATCH_CATEGORY, "Zebra Heading 25", 1, &hits, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 1);
    assert_string_equal(hits[0].title, "Zebra Heading 25");
    assert_string_equal(hits[0].section, "extra-25");
    mlhead_free(hits);
    mlhead_close(db);
}

/* The last section has no end: an item and the closing words on a line
 * past 10^9 (under INT_MAX, the widest line) lie inside it (the checks
 * once took 10^9 for its end). */
static void lines_past_a_billion_lie_in_the_last_section(void **state)
{
    (void)state;
    expect_open(altered("rule.db", "UPDATE section SET closing_line = 2000000000"
                                   " WHERE id = (SELECT id FROM section ORDER BY line DESC"
                                   " LIMIT 1);"
                                   " UPDATE item SET line = 2000000000 WHERE line ="
                                   " (SELECT max(line) FROM item)"),
                "lines past 10^9", MLHEAD_OK);
}

/* The message of a broken rule names the table, the row and the rule:
 * a CHECK of a table with rowids and of one without, and a consistency
 * check of the build's. */
static void a_broken_rule_names_its_table_row_and_rule(void **state)
{
    static const struct {
        const char *sql, *row_sql;
    } cases[] = {
        {"PRAGMA ignore_check_constraints = ON; UPDATE role SET level = 0"
         " WHERE slug = 'ai-research-scientist'",
         "SELECT 'table role row ' || id || ': CHECK (level > 0) fails' FROM role"
         " WHERE slug = 'ai-research-scientist'"},
        {"PRAGMA ignore_check_constraints = ON; UPDATE role_alias SET line = NULL"
         " WHERE alias = (SELECT min(alias) FROM role_alias WHERE origin = 'guide')",
         "SELECT 'table role_alias row ' || min(alias)"
         " || ': CHECK ((origin = ''guide'') = (line IS NOT NULL)) fails'"
         " FROM role_alias WHERE origin = 'guide' AND line IS NULL"},
        {"PRAGMA ignore_check_constraints = ON; UPDATE move SET to_role_id = from_role_id"
         " WHERE (from_role_id, to_role_id) = (SELECT from_role_id, to_role_id FROM move"
         " ORDER BY 1, 2 LIMIT 1)",
         "SELECT 'table move row ' || from_role_id || '-' || to_role_id"
         " || ': CHECK (from_role_id <> to_role_id) fails' FROM move"
         " WHERE from_role_id = to_role_id"},
        {"UPDATE role SET level = 7 WHERE slug = 'ai-research-scientist'",
         "SELECT 'table track row ' || track_id || ': track levels have a gap: ' || t.slug"
         " FROM role JOIN track t ON t.id = track_id WHERE role.slug = 'ai-research-scientist'"},
        {"UPDATE category SET title = 'Effective-Communication'"
         " WHERE slug = 'addressing-challenges'",
         "SELECT 'table category row ' || id || ': title equals a heading slug:"
         " Effective-Communication' FROM category WHERE slug = 'addressing-challenges'"},
        {"INSERT INTO role_alias (alias, role_id, origin) SELECT 'head-of-ai', id, 'common'"
         " FROM role WHERE slug = 'principal-scientist'",
         "SELECT 'table role_alias row head-of-ai: alias equals a role slug: head-of-ai'"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        char msg[512], want[512];
        mlhead *db = (mlhead *)&db;
        const char *path = altered("rule.db", cases[i].sql);
        sqlite3 *r = NULL;
        sqlite3_stmt *st = NULL;
        assert_int_equal(sqlite3_open_v2(path, &r, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
        assert_int_equal(sqlite3_prepare_v2(r, cases[i].row_sql, -1, &st, NULL), SQLITE_OK);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        assert_non_null(sqlite3_column_text(st, 0));
        snprintf(want, sizeof want, "%s", (const char *)sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sqlite3_close(r);
        assert_int_equal(mlhead_open_msg(path, &db, msg, sizeof msg), MLHEAD_CORRUPT);
        assert_null(db);
        if (!strstr(msg, want))
            fail_msg("the message \"%s\" does not say \"%s\"", msg, want);
    }
}

/* Figures a caller computes with: huge, negative, zero, not whole, or text,
 * each past the CHECKs a crafted file need not obey. */
static void numbers_out_of_their_range_are_corrupt(void **state)
{
    static const char *const figures[] = {
        "max_usd = 1000000001",
        "max_usd = 9223372036854775807",
        "min_usd = -9223372036854775807",
        "min_usd = 0",
        "avg_usd = 2.5",
        "avg_usd = 'lots'",
        "avg_high_usd = 1e15",
    };
    static const char *const stats[] = {"value = 1e300", "value = -1e16", "value = 'many'"};
    char sql[160];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof figures / sizeof *figures; i++) {
        snprintf(sql, sizeof sql, "PRAGMA ignore_check_constraints = ON; UPDATE salary_band SET %s",
                 figures[i]);
        expect_open(altered("figure.db", sql), figures[i], MLHEAD_CORRUPT);
    }
    for (i = 0; i < sizeof stats / sizeof *stats; i++) {
        snprintf(sql, sizeof sql, "PRAGMA ignore_check_constraints = ON; UPDATE market_stat SET %s",
                 stats[i]);
        expect_open(altered("stat.db", sql), stats[i], MLHEAD_CORRUPT);
    }
    /* a line, position or level wider than the int a caller gets it in */
    expect_open(altered("wide.db", "UPDATE category SET line = 216172817597595904 WHERE id ="
                                   " (SELECT min(id) FROM category)"),
                "a category line past INT_MAX", MLHEAD_CORRUPT);
    expect_open(altered("wide.db", "UPDATE category SET position = 4294967296 WHERE id ="
                                   " (SELECT max(id) FROM category)"),
                "a category position past INT_MAX", MLHEAD_CORRUPT);
    /* the largest figure allowed still reads */
    expect_query(
        altered("max.db", "UPDATE salary_band SET max_usd = 1000000000 WHERE max_usd IS NOT NULL"),
        op_named("mlhead_salary_list"), MLHEAD_OK);
}

/* Damage to a header whose application_id and user_version say "ours". */
static void a_damaged_header_of_ours_is_corrupt(void **state)
{
    static const struct {
        const char *what;
        size_t at;
        unsigned char byte;
    } cases[] = {
        {"page size 3", 16, 0}, /* with byte 17 = 3 below */
        {"read version 3", 18, 3},  {"write version 3", 19, 3}, {"payload fraction 65", 21, 65},
        {"schema format 9", 47, 9}, {"text encoding 7", 59, 7}, {"page count one more", 31, 0},
    };
    unsigned char *copy = malloc(real_size);
    size_t i;
    (void)state;
    assert_non_null(copy);
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        memcpy(copy, real, real_size);
        copy[cases[i].at] = cases[i].byte;
        if (i == 0)
            copy[17] = 3;
        if (cases[i].at == 31)
            copy[31] = (unsigned char)(real[31] + 1);
        expect_open(write_file("header.db", copy, real_size), cases[i].what, MLHEAD_CORRUPT);
    }
    free(copy);
}

/* A WAL-mode copy needs a -shm file a read-only open may not create. */
/* The path of a file in the test directory, in the caller's buffer
 * (path_of()'s is reused by the next call). */
static const char *keep_path(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", dir, name);
    return buf;
}

/* A WAL-mode copy with no -wal file opens, and nothing appears beside it. */
static void a_wal_mode_copy_opens_and_writes_nothing(void **state)
{
    char path[300];
    (void)state;
    keep_path(path, sizeof path, "wal.db");
    altered("wal.db", "PRAGMA journal_mode = WAL");
    assert_int_not_equal(access(path, F_OK), -1);
    expect_open(path, "WAL mode", MLHEAD_OK);
}

/* A WAL file with changes not yet in the database: a writer still has it
 * open.  The handle would miss them, so the open says so. */
static void a_wal_file_with_changes_is_busy(void **state)
{
    char path[300], msg[512];
    sqlite3 *w = NULL;
    mlhead *db = (mlhead *)&db;
    (void)state;
    keep_path(path, sizeof path, "wal.db");
    write_file("wal.db", real, real_size);
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(sqlite3_exec(w,
                                  "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                  " UPDATE salary_band SET min_usd = min_usd + 1 WHERE id = 1",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(mlhead_open_msg(path, &db, msg, sizeof msg), MLHEAD_BUSY);
    assert_null(db);
    assert_non_null(strstr(msg, "wal_checkpoint"));
    assert_int_equal(sqlite3_close(w), SQLITE_OK); /* checkpoints, removes the -wal */
    expect_open(path, "WAL mode after its writer closed", MLHEAD_OK);
}

/* A writer holding the file: waited for, then MLHEAD_BUSY; once it has
 * finished, the file opens. */
static void a_file_a_writer_holds_is_busy(void **state)
{
    char path[300], msg[512];
    sqlite3 *w = NULL;
    mlhead *db = (mlhead *)&db;
    (void)state;
    keep_path(path, sizeof path, "busy.db");
    write_file("busy.db", real, real_size);
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(sqlite3_exec(w, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(mlhead_open_msg(path, &db, msg, sizeof msg), MLHEAD_BUSY);
    assert_null(db);
    assert_non_null(strstr(msg, "a writer holds the file"));
    assert_int_equal(sqlite3_exec(w, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
    expect_open(path, "after the writer", MLHEAD_OK);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
}

/* A hot journal: a writer died in the middle of a change, so the file may
 * be half written until a read-write open rolls it back.  Made by copying
 * the file and its journal while a change is under way. */
static void a_hot_journal_is_busy_and_says_what_to_do(void **state)
{
    char path[300], journal[300], hot[300], hot_journal[300], msg[512];
    sqlite3 *w = NULL;
    mlhead *db = (mlhead *)&db;
    FILE *in, *out;
    int c;
    (void)state;
    keep_path(path, sizeof path, "writer.db");
    keep_path(journal, sizeof journal, "writer.db-journal");
    keep_path(hot, sizeof hot, "hot.db");
    keep_path(hot_journal, sizeof hot_journal, "hot.db-journal");
    write_file("writer.db", real, real_size);
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(sqlite3_exec(w,
                                  "PRAGMA cache_size = 1; BEGIN;"
                                  " UPDATE item SET text = text || ' (changed)'",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(access(journal, F_OK), 0);
    for (c = 0; c < 2; c++) {
        in = fopen(c ? journal : path, "rb");
        out = fopen(c ? hot_journal : hot, "wb");
        assert_non_null(in);
        assert_non_null(out);
        while ((c & 2) == 0) {
            int byte = getc(in);
            if (byte == EOF)
                break;
            putc(byte, out);
        }
        fclose(in);
        assert_int_equal(fclose(out), 0);
    }
    assert_int_equal(sqlite3_exec(w, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    assert_int_equal(mlhead_open_msg(hot, &db, msg, sizeof msg), MLHEAD_BUSY);
    assert_null(db);
    assert_non_null(strstr(msg, "hot journal"));
    assert_non_null(strstr(msg, "roll it back"));
    assert_int_equal(access(hot_journal, F_OK), 0); /* left as it was */
}

/* A journal a writer left in PERSIST mode has its header zeroed: it is
 * not hot (SQLite itself reads the file without it), and the file opens. */
static void a_journal_left_in_persist_mode_is_not_hot(void **state)
{
    char path[300], journal[300];
    sqlite3 *w = NULL;
    mlhead *db = NULL;
    struct stat sb, after;
    (void)state;
    keep_path(path, sizeof path, "persist.db");
    keep_path(journal, sizeof journal, "persist.db-journal");
    write_file("persist.db", real, real_size);
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(sqlite3_exec(w,
                                  "PRAGMA journal_mode = PERSIST;"
                                  " UPDATE edition SET title = title || 'x';"
                                  " UPDATE edition SET title = substr(title, 1, length(title) - 1)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    assert_int_equal(stat(journal, &sb), 0);
    assert_true(sb.st_size > 0);
    assert_int_equal(mlhead_open(path, &db), MLHEAD_OK);
    mlhead_close(db);
    assert_int_equal(stat(journal, &after), 0); /* left as it was */
    assert_int_equal(after.st_size, sb.st_size);
}

/* A FIFO, and a symbolic link to one, are no files: refused at once. */
static void a_fifo_is_not_a_file_and_never_blocks(void **state)
{
    char fifo[300], link[300];
    mlhead *db = (mlhead *)&db;
    (void)state;
    keep_path(fifo, sizeof fifo, "fifo.db");
    keep_path(link, sizeof link, "link.db");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(symlink(fifo, link), 0);
    assert_int_equal(mlhead_open(fifo, &db), MLHEAD_IO);
    assert_int_equal(mlhead_open(link, &db), MLHEAD_IO);
    assert_null(db);
}

/* A relative path longer than SQLite's 512-byte limit opens all the same. */
static void a_long_relative_path_opens(void **state)
{
    char cwd[4096], rel[1200] = "", sub[1300];
    mlhead *db = NULL;
    int i;
    (void)state;
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(dir), 0);
    for (i = 0; i < 10; i++) {
        strcat(rel, "a-directory-with-a-rather-long-name-to-make-the-path-long-0123456789-");
        rel[strlen(rel) - 1] = (char)('0' + i);
        assert_int_equal(mkdir(rel, 0700), 0);
        strcat(rel, "/");
    }
    snprintf(sub, sizeof sub, "%sours.db", rel);
    write_file("long.db", real, real_size);
    assert_int_equal(rename("long.db", sub), 0);
    assert_true(strlen(sub) > 512);
    assert_int_equal(mlhead_open(sub, &db), MLHEAD_OK);
    mlhead_close(db);
    assert_int_equal(unlink(sub), 0);
    for (i = 9; i >= 0; i--) {
        rel[strlen(rel) - 1] = '\0';
        assert_int_equal(rmdir(rel), 0);
        *(strrchr(rel, '/') ? strrchr(rel, '/') + 1 : rel) = '\0';
    }
    assert_int_equal(chdir(cwd), 0);
}

/* What a handle answers, as one digest per query. */
static void answers(mlhead *db, uint64_t *digests)
{
    size_t i;
    for (i = 0; i < OPS_COUNT; i++)
        if (ops_run(&ops[i], db, NULL, &digests[i]) != MLHEAD_OK)
            digests[i] = 0;
}

/* Whatever happens to the file after open, a handle answers from the
 * version it opened: the same answers before and after. */
static void a_change_under_a_handle_changes_no_answer(void **state)
{
    static const char *const changes[] = {"write in place", "truncate", "delete", "rename over"};
    char path[300], other[300];
    size_t c;
    (void)state;
    keep_path(path, sizeof path, "live.db");
    keep_path(other, sizeof other, "other.db");
    for (c = 0; c < 4; c++) {
        uint64_t before[OPS_COUNT], after[OPS_COUNT];
        mlhead *db = NULL;
        mlhead_salary band;
        sqlite3 *w = NULL;
        write_file("live.db", real, real_size);
        assert_int_equal(mlhead_open(path, &db), MLHEAD_OK);
        assert_int_equal(mlhead_salary_range(db, "head of ml", &band), MLHEAD_OK);
        answers(db, before);
        if (c == 0) {
            assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
            assert_int_equal(sqlite3_exec(w,
                                          "UPDATE salary_band SET min_usd = 190000 WHERE id ="
                                          " (SELECT band_id FROM salary_band_role JOIN role"
                                          " ON role.id = role_id WHERE role.slug ="
                                          " 'head-of-machine-learning')",
                                          NULL, NULL, NULL),
                             SQLITE_OK);
            assert_int_equal(sqlite3_close(w), SQLITE_OK);
        } else if (c == 1) {
            assert_int_equal(truncate(path, 0), 0);
        } else if (c == 2) {
            assert_int_equal(unlink(path), 0);
        } else {
            write_file("other.db", "not a database", 14);
            assert_int_equal(rename(other, path), 0);
        }
        answers(db, after);
        if (memcmp(before, after, sizeof before) != 0)
            fail_msg("%s: the answers changed", changes[c]);
        mlhead_close(db);
    }
    unlink(path);
}

/* A copy of the real database made into one of the valid variants. */
static const char *variant(const char *name, int (*make)(sqlite3 *, char *, size_t))
{
    const char *path = write_file(name, real, real_size);
    sqlite3 *w = NULL;
    char err[1024];
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    if (!make(w, err, sizeof err))
        fail_msg("making %s: %s", name, err);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);
    return path;
}

static sqlite3_int64 sql_int(const char *path, const char *sql)
{
    sqlite3 *r = NULL;
    sqlite3_stmt *st = NULL;
    sqlite3_int64 v;
    assert_int_equal(sqlite3_open_v2(path, &r, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(r, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(r);
    return v;
}

/* Ids are data: a file whose rows are numbered from 0 or below, or in
 * the reverse order, keeps every rule and answers every query exactly as
 * the guide's own file does (no id means "no filter"). */
static void renumbered_ids_answer_as_the_guide(void **state)
{
    uint64_t want[OPS_COUNT], got[OPS_COUNT];
    mlhead *db = NULL;
    mlhead_role *roles = NULL;
    mlhead_item *items = NULL;
    const char **aliases = NULL;
    mlhead_step *steps = NULL;
    mlhead_category *categories = NULL;
    sqlite3 *w = NULL;
    size_t n = 0, i, grouped;
    char path[300];
    (void)state;
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    answers(db, want);
    mlhead_close(db);

    keep_path(path, sizeof path, "zero.db");
    variant("zero.db", variant_zero_ids);
    assert_int_equal(sql_int(path, "SELECT id FROM track WHERE slug = 'ml-engineering'"), 0);
    assert_int_equal(sql_int(path, "SELECT id FROM role WHERE slug = 'head-of-machine-learning'"),
                     0);
    assert_true(sql_int(path, "SELECT min(id) FROM role") < 0);
    assert_int_equal(mlhead_open(path, &db), MLHEAD_OK);
    assert_int_equal(mlhead_role_list(db, "ml-engineering", &roles, &n), MLHEAD_OK);
    assert_int_equal(n, sql_int(path, "SELECT count(*) FROM role r JOIN track t"
                                      " ON t.id = r.track_id WHERE t.slug = 'ml-engineering'"));
    for (i = 0; i < n; i++)
        assert_string_equal(roles[i].track, "ml-engineering");
    mlhead_free(roles);
    assert_int_equal(mlhead_best_practices(db, "Effective Communication", &items, &n), MLHEAD_OK);
    assert_int_equal(n, 2);
    mlhead_free(items);
    /* The group 0's headings stand at positions its top-level neighbours
     * hold too: the file opens, and the group has its headings' items. */
    assert_int_equal(sql_int(path, "SELECT id FROM category WHERE title = 'Technical Challenges'"),
                     0);
    assert_int_equal(sql_int(path, "SELECT count(*) FROM category c JOIN category t"
                                   " ON t.section_id = c.section_id AND t.parent_id IS NULL"
                                   " AND t.position = c.position WHERE c.parent_id = 0"),
                     3);
    assert_int_equal(mlhead_item_list(db, "challenges", "Technical Challenges", &items, &n),
                     MLHEAD_OK);
    assert_int_equal(n, sql_int(path, "SELECT count(*) FROM item i JOIN category c"
                                      " ON c.id = i.category_id WHERE c.parent_id = 0"));
    for (i = 0; i < n; i++) {
        assert_string_equal(items[i].group, "Technical Challenges");
        assert_true(i == 0 || items[i].line > items[i - 1].line);
    }
    mlhead_free(items);
    assert_int_equal(mlhead_category_list(db, "challenges", &categories, &n), MLHEAD_OK);
    for (i = 0, grouped = 0; i < n; i++)
        grouped += categories[i].group && strcmp(categories[i].group, "Technical Challenges") == 0;
    assert_int_equal(grouped, 3);
    mlhead_free(categories);
    assert_int_equal(mlhead_role_aliases(db, "Head of ML", &aliases, &n), MLHEAD_OK);
    assert_int_equal(n, sql_int(path, "SELECT count(*) FROM role_alias WHERE role_id = 0"));
    assert_true(n > 0);
    mlhead_free(aliases);
    assert_int_equal(mlhead_next_roles(db, "Head of ML", &steps, &n), MLHEAD_OK);
    assert_true(n > 0);
    mlhead_free(steps);
    assert_int_equal(mlhead_path(db, "Head of ML", "Head of AI", &roles, &n), MLHEAD_OK);
    assert_string_equal(roles[0].slug, "head-of-machine-learning");
    assert_string_equal(roles[n - 1].title, "Head of AI");
    mlhead_free(roles);
    answers(db, got);
    mlhead_close(db);
    for (i = 0; i < OPS_COUNT; i++)
        if (got[i] != want[i])
            fail_msg("ids from 0: %s answers otherwise than the guide's file", ops[i].name);
    /* and two headings at one position, under the group 0 or at the top,
     * are still refused */
    assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
    assert_int_equal(sqlite3_exec(w,
                                  "UPDATE category SET position = 1"
                                  " WHERE title = 'Data Quality and Availability'",
                                  NULL, NULL, NULL),
                     SQLITE_CONSTRAINT);
    assert_int_equal(sqlite3_exec(w,
                                  "UPDATE category SET position = 1"
                                  " WHERE title = 'Scalability and Complexity'",
                                  NULL, NULL, NULL),
                     SQLITE_CONSTRAINT);
    assert_int_equal(sqlite3_close(w), SQLITE_OK);

    variant("reversed.db", variant_reverse_ids);
    assert_int_equal(mlhead_open(path_of("reversed.db"), &db), MLHEAD_OK);
    answers(db, got);
    mlhead_close(db);
    for (i = 0; i < OPS_COUNT; i++)
        if (got[i] != want[i])
            fail_msg("ids reversed: %s answers otherwise than the guide's file", ops[i].name);
}

/* The file's search table is never read: the first search makes a new
 * one from the other tables.  A file whose search rows lie, are missing,
 * out of the build's order or of no kind, whose index pages are zeroed or
 * whose document sizes are half gone, keeps every rule and gives every
 * answer the guide's file gives, searches included. */
static void the_search_rows_of_a_file_are_never_read(void **state)
{
    static const struct {
        const char *what, *sql;
    } cases[] = {
        {"a damaged search index", "UPDATE search_data SET block = zeroblob(length(block))"
                                   " WHERE id > 1; DELETE FROM search_docsize WHERE id % 2 = 0"},
        {"a search row of no kind",
         "UPDATE search SET kind = NULL WHERE rowid = (SELECT min(rowid) FROM search)"},
        {"a search row of another section",
         "UPDATE search SET section = 'elsewhere' WHERE rowid = (SELECT min(rowid) FROM search)"},
        {"search rows out of the build's order",
         "UPDATE search SET text = text || ' and a longer text than the next row has'"
         " WHERE rowid = (SELECT min(rowid) FROM search)"},
        {"a search row without a line",
         "UPDATE search SET line = NULL WHERE rowid = (SELECT min(rowid) FROM search)"},
        {"search rows of an empty text",
         "INSERT INTO search_content VALUES (-3, '', '', 1, 'best-practices', NULL, 0),"
         " (-2, '', '', 1, 'best-practices', NULL, 0), (-1, 'a', '', 1, 'best-practices', NULL, "
         "0)"},
        {"a search row that no table holds",
         "INSERT INTO search (text, terms, kind, section, category, line) VALUES"
         " ('Governance of a role the guide never names', 'governance data ai', 3,"
         " 'challenges', NULL, 1)"},
        {"a search row that says otherwise than its table",
         "UPDATE search SET text = 'Head of ML: 1 USD', terms = 'salary head ml'"
         " WHERE kind = 5"},
        {"no search rows", "DELETE FROM search"},
    };
    uint64_t want[OPS_COUNT], got[OPS_COUNT];
    mlhead *db = NULL;
    size_t i, j;
    (void)state;
    assert_int_equal(mlhead_open(TEST_DB, &db), MLHEAD_OK);
    answers(db, want);
    mlhead_close(db);
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        int status = mlhead_open(altered("rows.db", cases[i].sql), &db);
        if (status != MLHEAD_OK)
            fail_msg("%s: open gave %d, want %d", cases[i].what, status, MLHEAD_OK);
        answers(db, got);
        mlhead_close(db);
        for (j = 0; j < OPS_COUNT; j++)
            if (got[j] != want[j])
                fail_msg("%s: %s answers otherwise than the guide's file", cases[i].what,
                         ops[j].name);
    }
}

/* A search with more hits than a text of SQLite may list by their rowids
 * (60,000 rowids: over SQLITE_LIMIT_LENGTH as one JSON text) answers
 * every hit, with no limit and with one: the rows of the earlier tiers
 * are passed over in C, and read back a bounded number at a time.  The
 * hits are items of a heading after the guide's end, in its last
 * section, as bench/scale.sql adds them. */
static void a_search_with_many_hits_gives_them_all(void **state)
{
    static const char sql[] =
        "INSERT INTO category (id, section_id, parent_id, position, slug, title, line)"
        " VALUES (100000, (SELECT id FROM section ORDER BY line DESC LIMIT 1), NULL, 1000,"
        " 'many-hits', 'Many Hits', 20000000);"
        " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)"
        " INSERT INTO item (category_id, position, term, text, line)"
        " SELECT 100000, i, NULL, printf('zq alpha %05d', i), 20000000 + i FROM n";
    static const struct {
        const char *query;
        size_t limit, want;
    } cases[] = {{"zq", 0, 60000},
                 {"zq alpha", 0, 60000},
                 {"zq alpha", 60000, 60000},
                 {"zq alpha", 59999, 59999},
                 {"zq", 20, 20}};
    mlhead *db = NULL;
    size_t i;
    (void)state;
    assert_int_equal(mlhead_open(altered("many.db", sql), &db), MLHEAD_OK);
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        mlhead_hit *hits = NULL;
        size_t n = 0;
        int status = mlhead_search(db, cases[i].query, cases[i].limit, &hits, &n);
        if (status != MLHEAD_OK || n != cases[i].want)
            fail_msg("search \"%s\" limit %zu: %d (%s), %zu hits, want %zu", cases[i].query,
                     cases[i].limit, status, mlhead_errmsg(db), n, cases[i].want);
        assert_int_equal(hits[0].line, 20000001);
        assert_int_equal(strncmp(hits[n - 1].text, "zq alpha ", 9), 0);
        mlhead_free(hits);
    }
    mlhead_close(db);
}

/* Opening and closing leaves the directory as it was: no file appears. */
static void the_directory_is_unchanged_after_open_and_close(void **state)
{
    char before[4096], after[4096];
    mlhead *db = NULL;
    (void)state;
    write_file("list.db", real, real_size);
    assert_int_equal(mlhead_open(path_of("list.db"), &db), MLHEAD_OK);
    listing(before, sizeof before);
    query_everything(db, "listing");
    mlhead_close(db);
    listing(after, sizeof after);
    assert_string_equal(before, after);
}

static int setup(void **state)
{
    (void)state;
    real = file_read(TEST_DB, &real_size);
    return real && mkdtemp(dir) ? 0 : -1;
}

/* Removes the directory and the files the tests made in it. */
static int teardown(void **state)
{
    static const char *const made[] = {"empty.db",
                                       "one.db",
                                       "cut.db",
                                       "random.db",
                                       "foreign.db",
                                       "utf16.db",
                                       "appid.db",
                                       "version.db",
                                       "version0.db",
                                       "no-table.db",
                                       "no-column.db",
                                       "bound.db",
                                       "unit.db",
                                       "edition.db",
                                       "wal.db",
                                       "wal.db-wal",
                                       "wal.db-shm",
                                       "file:ours.db",
                                       "file:other.db?mode=memory",
                                       ":memory:",
                                       "figure.db",
                                       "stat.db",
                                       "wide.db",
                                       "max.db",
                                       "schema.db",
                                       "noview.db",
                                       "rule.db",
                                       "header.db",
                                       "busy.db",
                                       "writer.db",
                                       "hot.db",
                                       "hot.db-journal",
                                       "fifo.db",
                                       "link.db",
                                       "live.db",
                                       "list.db",
                                       "zero.db",
                                       "reversed.db",
                                       "rows.db",
                                       "many.db",
                                       "persist.db",
                                       "persist.db-journal"};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof made / sizeof *made; i++)
        unlink(path_of(made[i]));
    free(real);
    if (rmdir(dir) != 0) { /* anything else that appeared */
        char left[4096];
        listing(left, sizeof left);
        fprintf(stderr, "left in %s:\n%s", dir, left);
        return -1;
    }
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(missing_directory_and_device_cannot_be_opened),
        cmocka_unit_test(empty_and_tiny_files_are_not_ours),
        cmocka_unit_test(a_name_that_looks_like_a_uri_is_a_file_name),
        cmocka_unit_test(truncated_files_are_caught),
        cmocka_unit_test(a_foreign_database_is_not_ours),
        cmocka_unit_test(a_utf16_database_is_not_ours),
        cmocka_unit_test(wrong_application_id_or_version_is_not_ours),
        cmocka_unit_test(a_schema_not_ours_is_not_mlhead),
        cmocka_unit_test(a_broken_rule_is_corrupt),
        cmocka_unit_test(a_broken_rule_names_its_table_row_and_rule),
        cmocka_unit_test(a_name_of_its_own_row_or_another_section_opens),
        cmocka_unit_test(a_heading_of_a_late_section_is_matched),
        cmocka_unit_test(a_band_without_figures_is_found),
        cmocka_unit_test(a_text_of_many_matches_gives_a_short_snippet),
        cmocka_unit_test(a_snippet_is_the_first_window_of_most_matches),
        cmocka_unit_test(lines_past_a_billion_lie_in_the_last_section),
        cmocka_unit_test(numbers_out_of_their_range_are_corrupt),
        cmocka_unit_test(a_damaged_header_of_ours_is_corrupt),
        cmocka_unit_test(a_wal_mode_copy_opens_and_writes_nothing),
        cmocka_unit_test(a_wal_file_with_changes_is_busy),
        cmocka_unit_test(a_file_a_writer_holds_is_busy),
        cmocka_unit_test(a_hot_journal_is_busy_and_says_what_to_do),
        cmocka_unit_test(a_journal_left_in_persist_mode_is_not_hot),
        cmocka_unit_test(a_fifo_is_not_a_file_and_never_blocks),
        cmocka_unit_test(a_long_relative_path_opens),
        cmocka_unit_test(a_change_under_a_handle_changes_no_answer),
        cmocka_unit_test(the_directory_is_unchanged_after_open_and_close),
        cmocka_unit_test(renumbered_ids_answer_as_the_guide),
        cmocka_unit_test(random_corruptions_never_crash),
        cmocka_unit_test(the_search_rows_of_a_file_are_never_read),
        cmocka_unit_test(a_search_with_many_hits_gives_them_all),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
