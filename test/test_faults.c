/*
 * test_faults.c - makes SQLite and malloc fail under every call of the
 * library, and checks each failure gives a documented status, leaves no
 * half answer and leaks nothing, and that the handle still answers right
 * afterwards.
 *
 * The test is linked with --wrap (see the Makefile's hardening block), so
 * the library's calls to sqlite3_prepare_v2/v3, sqlite3_step,
 * sqlite3_bind_*, sqlite3_deserialize, malloc, calloc and realloc come
 * here first.  SQLite's own allocations come through a counting allocator
 * installed with SQLITE_CONFIG_MALLOC, so "the Nth allocation" counts both
 * and SQLite's bytes still held after mlhead_close() must be zero (the
 * library's own are checked by the ASan and valgrind runs of this test).
 */
#include <sqlite3.h>
#include <stdio.h>

#include "helpers.h"
#include "ops.h"

/* ---- the injector ---- */

enum family { F_NONE, F_PREPARE, F_STEP, F_BIND, F_DESERIALIZE, F_ALLOC };
static const char *const family_names[] = {"none", "prepare",     "step",
                                           "bind", "deserialize", "allocation"};

static struct {
    enum family family; /* what fails */
    int code;           /* with this SQLite code */
    long at;            /* on this call of the family, counting from 1 */
    long calls;
    int fired;
} fault;

static long points_tried; /* injections that fired, for the closing figures */

/* The allocation loops fail every `stride`th allocation: 1 (all of them)
 * unless MLHEAD_FAULT_STRIDE says otherwise, as make check-valgrind does,
 * where each of the ~10,000 runs costs a hundred times more. */
static long stride = 1;

static void arm(enum family family, int code, long at)
{
    fault.family = family;
    fault.code = code;
    fault.at = at;
    fault.calls = 0;
    fault.fired = 0;
}

static int disarm(void)
{
    int fired = fault.fired;
    points_tried += fired;
    fault.family = F_NONE;
    return fired;
}

/* True when this call of the family is the one that must fail. */
static int injected(enum family family)
{
    if (fault.family != family || ++fault.calls != fault.at)
        return 0;
    fault.fired = 1;
    return 1;
}

int __real_sqlite3_prepare_v2(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
int __real_sqlite3_prepare_v3(sqlite3 *, const char *, int, unsigned, sqlite3_stmt **,
                              const char **);
int __real_sqlite3_step(sqlite3_stmt *);
int __real_sqlite3_bind_text(sqlite3_stmt *, int, const char *, int, void (*)(void *));
int __real_sqlite3_bind_int64(sqlite3_stmt *, int, sqlite3_int64);
int __real_sqlite3_bind_null(sqlite3_stmt *, int);
int __real_sqlite3_deserialize(sqlite3 *, const char *, unsigned char *, sqlite3_int64,
                               sqlite3_int64, unsigned);
void *__real_malloc(size_t);
void *__real_calloc(size_t, size_t);
void *__real_realloc(void *, size_t);

int __wrap_sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **st,
                              const char **tail);
int __wrap_sqlite3_prepare_v3(sqlite3 *db, const char *sql, int n, unsigned flags,
                              sqlite3_stmt **st, const char **tail);
int __wrap_sqlite3_step(sqlite3_stmt *st);
int __wrap_sqlite3_bind_text(sqlite3_stmt *st, int i, const char *s, int n, void (*d)(void *));
int __wrap_sqlite3_bind_int64(sqlite3_stmt *st, int i, sqlite3_int64 v);
int __wrap_sqlite3_bind_null(sqlite3_stmt *st, int i);
int __wrap_sqlite3_deserialize(sqlite3 *db, const char *schema, unsigned char *data,
                               sqlite3_int64 size, sqlite3_int64 cap, unsigned flags);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);

int __wrap_sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **st,
                              const char **tail)
{
    if (injected(F_PREPARE)) {
        *st = NULL; /* as SQLite leaves it on failure */
        return fault.code;
    }
    return __real_sqlite3_prepare_v2(db, sql, n, st, tail);
}

int __wrap_sqlite3_prepare_v3(sqlite3 *db, const char *sql, int n, unsigned flags,
                              sqlite3_stmt **st, const char **tail)
{
    if (injected(F_PREPARE)) {
        *st = NULL;
        return fault.code;
    }
    return __real_sqlite3_prepare_v3(db, sql, n, flags, st, tail);
}

int __wrap_sqlite3_step(sqlite3_stmt *st)
{
    return injected(F_STEP) ? fault.code : __real_sqlite3_step(st);
}

int __wrap_sqlite3_bind_text(sqlite3_stmt *st, int i, const char *s, int n, void (*d)(void *))
{
    return injected(F_BIND) ? fault.code : __real_sqlite3_bind_text(st, i, s, n, d);
}

int __wrap_sqlite3_bind_int64(sqlite3_stmt *st, int i, sqlite3_int64 v)
{
    return injected(F_BIND) ? fault.code : __real_sqlite3_bind_int64(st, i, v);
}

int __wrap_sqlite3_bind_null(sqlite3_stmt *st, int i)
{
    return injected(F_BIND) ? fault.code : __real_sqlite3_bind_null(st, i);
}

int __wrap_sqlite3_deserialize(sqlite3 *db, const char *schema, unsigned char *data,
                               sqlite3_int64 size, sqlite3_int64 cap, unsigned flags)
{
    if (injected(F_DESERIALIZE)) {
        /* as SQLite does when it fails: it owns the bytes it was given */
        if (flags & SQLITE_DESERIALIZE_FREEONCLOSE)
            sqlite3_free(data);
        return fault.code;
    }
    return __real_sqlite3_deserialize(db, schema, data, size, cap, flags);
}

void *__wrap_malloc(size_t size)
{
    return injected(F_ALLOC) ? NULL : __real_malloc(size);
}

void *__wrap_calloc(size_t n, size_t size)
{
    return injected(F_ALLOC) ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t size)
{
    return injected(F_ALLOC) ? NULL : __real_realloc(p, size);
}

/* SQLite's allocator: each block carries its size in front, so xSize works
 * and the bytes SQLite holds can be counted. */
#define HEADER 16
static sqlite3_int64 sqlite_bytes;

static void *sq_malloc(int n)
{
    unsigned char *p;
    if (injected(F_ALLOC) || !(p = __real_malloc((size_t)n + HEADER)))
        return NULL;
    memcpy(p, &n, sizeof n);
    sqlite_bytes += n;
    return p + HEADER;
}

static int sq_size(void *p)
{
    int n = 0;
    if (p)
        memcpy(&n, (unsigned char *)p - HEADER, sizeof n);
    return n;
}

static void sq_free(void *p)
{
    if (p) {
        sqlite_bytes -= sq_size(p);
        free((unsigned char *)p - HEADER);
    }
}

static void *sq_realloc(void *p, int n)
{
    unsigned char *q;
    int old = sq_size(p);
    if (injected(F_ALLOC) ||
        !(q = __real_realloc(p ? (unsigned char *)p - HEADER : NULL, (size_t)n + HEADER)))
        return NULL;
    memcpy(q, &n, sizeof n);
    sqlite_bytes += n - old;
    return q + HEADER;
}

static int sq_roundup(int n)
{
    return (n + 7) & ~7;
}

static int sq_init(void *unused)
{
    (void)unused;
    return SQLITE_OK;
}

static void sq_shutdown(void *unused)
{
    (void)unused;
}

/* ---- what every injection must satisfy ---- */

/* The status SQLite's code must become, or -1 where several are right. */
static int expected_status(enum family family, int code)
{
    if (family == F_ALLOC || code == SQLITE_NOMEM)
        return MLHEAD_NOMEM;
    if (family == F_PREPARE)
        return MLHEAD_CORRUPT; /* our own SQL failing: see mh_stmt() */
    switch (code) {
    case SQLITE_IOERR: return MLHEAD_IO;
    case SQLITE_CORRUPT: return MLHEAD_CORRUPT;
    case SQLITE_BUSY: return MLHEAD_SQLITE;
    default: return -1;
    }
}

static uint64_t reference[OPS_COUNT]; /* each op's clean answer */

static mlhead *open_clean(const char *path)
{
    mlhead *db = NULL;
    assert_int_equal(mlhead_open(path, &db), MLHEAD_OK);
    return db;
}

/*
 * Runs one op on a fresh handle, after op `before` (none if it is i), with
 * the fault armed at call `at`, and checks the outcome.  Returns 1 while
 * the fault still fired (so the caller tries the next call), 0 once the op
 * made fewer calls than `at`.
 */
static int run_op_after_with_fault(const char *path, size_t before, size_t i, enum family family,
                                   int code, long at)
{
    sqlite3_int64 held = sqlite_bytes; /* not 0 after a failed test's longjmp */
    mlhead *db = open_clean(path);
    uint64_t digest;
    int status, fired, want = expected_status(family, code);
    if (before != i)
        assert_int_equal(ops_run(&ops[before], db, NULL, &digest), MLHEAD_OK);
    arm(family, code, at);
    status = ops_run(&ops[i], db, NULL, &digest);
    fired = disarm();
    if (status == MLHEAD_OK
            ? digest != reference[i]
            : !ops_documented(ops[i].statuses, status) || (want >= 0 && status != want))
        fail_msg("%s, %s fails (%d) at call %ld: status %d (%s)%s", ops[i].name,
                 family_names[family], code, at, status, mlhead_strerror(status),
                 status == MLHEAD_OK ? " with a wrong answer" : "");
    if (!fired && status != MLHEAD_OK)
        fail_msg("%s failed with no fault: %s", ops[i].name, mlhead_errmsg(db));
    /* The handle still gives the right answer after the failure. */
    status = ops_run(&ops[i], db, NULL, &digest);
    if (status != MLHEAD_OK || digest != reference[i])
        fail_msg("%s after a %s fault at call %ld: status %d, %s", ops[i].name,
                 family_names[family], at, status, mlhead_errmsg(db));
    if (before != i &&
        (ops_run(&ops[before], db, NULL, &digest) != MLHEAD_OK || digest != reference[before]))
        fail_msg("%s after a %s fault in %s at call %ld: %s", ops[before].name,
                 family_names[family], ops[i].name, at, mlhead_errmsg(db));
    mlhead_close(db);
    if (sqlite_bytes != held)
        fail_msg("%s, %s fault at call %ld: SQLite holds %lld more bytes after close", ops[i].name,
                 family_names[family], at, (long long)(sqlite_bytes - held));
    return fired;
}

/* SQLite reads the schema on a handle's first query: some 1,800
 * allocations that the first op (the edition) fails one by one; the others
 * start on a handle that has read it. */
static int run_op_with_fault(size_t i, enum family family, int code, long at)
{
    return run_op_after_with_fault(NULL, i > 0 ? 0 : i, i, family, code, at);
}

static const int codes[] = {SQLITE_NOMEM, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_BUSY};
#define CODE_COUNT (sizeof codes / sizeof codes[0])

static void every_sqlite_call_of_every_query_can_fail(void **state)
{
    static const enum family families[] = {F_PREPARE, F_STEP, F_BIND};
    size_t i, f, c;
    long at;
    (void)state;
    for (i = 0; i < OPS_COUNT; i++)
        for (f = 0; f < 3; f++)
            for (c = 0; c < CODE_COUNT; c++)
                for (at = 1; run_op_with_fault(i, families[f], codes[c], at); at++)
                    ;
}

static void every_allocation_of_every_query_can_fail(void **state)
{
    size_t i;
    long at;
    (void)state;
    for (i = 0; i < OPS_COUNT; i++)
        for (at = 1; run_op_with_fault(i, F_ALLOC, SQLITE_NOMEM, at); at += stride)
            ;
}

/* A handle on a file makes its search table at its first search
 * (lib/validate.c, mh_search_index): whatever fails on the way gives a
 * documented status, and the next search makes the table and answers
 * right.  The allocations are sampled (every 37th, times the stride):
 * each run opens and checks the file anew. */
static void every_failure_of_a_files_first_search_leaves_a_working_handle(void **state)
{
    static const enum family families[] = {F_PREPARE, F_STEP, F_ALLOC};
    size_t search = OPS_COUNT, f, c;
    long at, tried = 0;
    (void)state;
    for (f = 0; f < OPS_COUNT; f++)
        if (strcmp(ops[f].name, "mlhead_search") == 0)
            search = f;
    assert_true(search < OPS_COUNT);
    for (f = 0; f < 3; f++)
        for (c = 0; c < (families[f] == F_ALLOC ? 1 : CODE_COUNT); c++)
            for (at = 1;
                 run_op_after_with_fault(TEST_DB, search, search, families[f], codes[c], at);
                 at += families[f] == F_ALLOC ? 37 * stride : 1)
                tried++;
    printf("faults: %ld failures of a file's first search\n", tried);
    assert_true(tried > 20);
}

/* A handle on the embedded data that has answered a salary question has
 * only the first part of the data (see lib/rows.c); the first call that
 * needs the rest attaches it.  Every failure on that way (the ATTACH, the
 * load of the rest, a prepare, any allocation) leaves a handle that
 * answers that call and the salary question right. */
static void every_failure_attaching_the_rest_leaves_a_working_handle(void **state)
{
    static const enum family families[] = {F_PREPARE, F_STEP, F_DESERIALIZE};
    size_t salary = 0, f, c;
    long at;
    (void)state;
    while (strcmp(ops[salary].name, "mlhead_salary_range") != 0)
        salary++;
    for (f = 0; f < 3; f++)
        for (c = 0; c < CODE_COUNT; c++)
            for (at = 1; run_op_after_with_fault(NULL, salary, 0, families[f], codes[c], at); at++)
                ;
    for (at = 1; run_op_after_with_fault(NULL, salary, 0, F_ALLOC, SQLITE_NOMEM, at); at += stride)
        ;
}

/* Opens with the fault at call `at`; 1 while the fault still fired. */
static int open_with_fault(const char *path, enum family family, int code, long at)
{
    static unsigned opens;
    sqlite3_int64 held = sqlite_bytes;
    mlhead *db = (mlhead *)&db;
    char msg[512] = "";
    /* Every other open through mlhead_open_msg(): its detail survives too. */
    int with_msg = opens++ % 2, status, fired, want = expected_status(family, code);
    arm(family, code, at);
    status = with_msg ? mlhead_open_msg(path, &db, msg, sizeof msg) : mlhead_open(path, &db);
    fired = disarm();
    if (status != MLHEAD_OK) {
        assert_null(db);
        if (with_msg && msg[0] == '\0')
            fail_msg("open_msg(%s) fails at call %ld with no detail", path ? path : "NULL", at);
        if (!ops_documented(OPS_OPEN, status) ||
            (family != F_PREPARE && want >= 0 && status != want))
            fail_msg("open(%s), %s fails (%d) at call %ld: %d (%s)", path ? path : "NULL",
                     family_names[family], code, at, status, mlhead_strerror(status));
    } else {
        uint64_t digest;
        assert_int_equal(ops_run(&ops[1], db, NULL, &digest), MLHEAD_OK);
        assert_true(digest == reference[1]);
        mlhead_close(db);
    }
    if (!fired)
        assert_int_equal(status, MLHEAD_OK);
    assert_int_equal(sqlite_bytes, held);
    return fired;
}

static void every_call_of_open_can_fail(void **state)
{
    static const enum family families[] = {F_PREPARE, F_STEP, F_DESERIALIZE};
    const char *paths[] = {NULL, TEST_DB};
    size_t p, f, c;
    long at;
    (void)state;
    for (p = 0; p < 2; p++)
        for (f = 0; f < 3; f++)
            for (c = 0; c < CODE_COUNT; c++)
                for (at = 1; open_with_fault(paths[p], families[f], codes[c], at); at++)
                    ;
}

static void every_allocation_of_open_can_fail(void **state)
{
    const char *paths[] = {NULL, TEST_DB};
    size_t p;
    long at;
    (void)state;
    for (p = 0; p < 2; p++)
        for (at = 1; open_with_fault(paths[p], F_ALLOC, SQLITE_NOMEM, at); at += stride)
            ;
}

/* The injector itself: a fault armed past the last call never fires, so
 * the loops above do end, and one armed at a call that happens does. */
static void the_injector_fires_exactly_once(void **state)
{
    mlhead *db = open_clean(NULL);
    uint64_t digest;
    (void)state;
    arm(F_STEP, SQLITE_IOERR, 1);
    assert_int_equal(ops_run(&ops[1], db, NULL, &digest), MLHEAD_IO);
    assert_int_equal(disarm(), 1);
    arm(F_STEP, SQLITE_IOERR, 1000);
    assert_int_equal(ops_run(&ops[1], db, NULL, &digest), MLHEAD_OK);
    assert_int_equal(disarm(), 0);
    mlhead_close(db);
}

static int setup(void **state)
{
    static const sqlite3_mem_methods counting = {sq_malloc,  sq_free, sq_realloc,  sq_size,
                                                 sq_roundup, sq_init, sq_shutdown, NULL};
    size_t i;
    mlhead *db;
    (void)state;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &counting) != SQLITE_OK ||
        sqlite3_initialize() != SQLITE_OK)
        return -1;
    db = open_clean(NULL);
    for (i = 0; i < OPS_COUNT; i++)
        if (ops_run(&ops[i], db, NULL, &reference[i]) != MLHEAD_OK)
            return -1;
    mlhead_close(db);
    return 0;
}

static int report(void **state)
{
    (void)state;
    printf("faults: %ld injection points tried over %zu queries and open, allocation stride %ld\n",
           points_tried, OPS_COUNT, stride);
    return 0;
}

int main(void)
{
    const char *s = getenv("MLHEAD_FAULT_STRIDE");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_injector_fires_exactly_once),
        cmocka_unit_test(every_call_of_open_can_fail),
        cmocka_unit_test(every_allocation_of_open_can_fail),
        cmocka_unit_test(every_sqlite_call_of_every_query_can_fail),
        cmocka_unit_test(every_allocation_of_every_query_can_fail),
        cmocka_unit_test(every_failure_attaching_the_rest_leaves_a_working_handle),
        cmocka_unit_test(every_failure_of_a_files_first_search_leaves_a_working_handle),
    };
    if (s && atol(s) > 1)
        stride = atol(s);
    return cmocka_run_group_tests(tests, setup, report);
}
