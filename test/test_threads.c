/*
 * test_threads.c - 8 threads x 200 cycles of open / lookups / search / close,
 * each thread with its own handles over the one embedded copy, all at once;
 * every answer must be the one a single thread gets.  Meanwhile every
 * thread also reads the strings of one list made by the main thread,
 * which the header allows (they never change or move while their handle
 * is open).  `make check-tsan` runs it under ThreadSanitizer.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>

#include "helpers.h"
#include "ops.h"

#define THREADS 8
#define CYCLES 200

static uint64_t reference[OPS_COUNT];
static size_t lookup, search;           /* the ops of mlhead_role_find and mlhead_search */
static const mlhead_role *shared_roles; /* a list of the main thread's handle */
static size_t shared_count;

struct worker {
    pthread_t thread;
    unsigned seed;
    long wrong; /* answers that differ from the single-threaded ones */
};

static void *work(void *arg)
{
    struct worker *w = arg;
    int cycle;
    for (cycle = 0; cycle < CYCLES; cycle++) {
        mlhead *db = NULL;
        size_t k, i;
        if (mlhead_open(NULL, &db) != MLHEAD_OK) {
            w->wrong++;
            continue;
        }
        /* Every cycle a lookup and a search, and two more ops that
         * change from cycle to cycle, so all of them run at once. */
        for (k = 0; k < 4; k++) {
            uint64_t digest;
            i = k == 0 ? lookup : k == 1 ? search : (w->seed + (unsigned)cycle * 2 + k) % OPS_COUNT;
            if (ops_run(&ops[i], db, NULL, &digest) != MLHEAD_OK || digest != reference[i])
                w->wrong++;
        }
        i = (unsigned)cycle % shared_count;
        if (strlen(shared_roles[i].title) == 0)
            w->wrong++;
        mlhead_close(db);
    }
    return NULL;
}

static void threads_with_their_own_handles_agree(void **state)
{
    struct worker workers[THREADS];
    mlhead *db = NULL;
    mlhead_role *roles;
    size_t i;
    (void)state;
    assert_int_not_equal(sqlite3_threadsafe(), 0); /* the header's requirement */
    assert_int_equal(mlhead_open(NULL, &db), MLHEAD_OK);
    for (i = 0; i < OPS_COUNT; i++) {
        assert_int_equal(ops_run(&ops[i], db, NULL, &reference[i]), MLHEAD_OK);
        if (strcmp(ops[i].name, "mlhead_role_find") == 0)
            lookup = i;
        if (strcmp(ops[i].name, "mlhead_search") == 0)
            search = i;
    }
    assert_int_not_equal(search, 0);
    assert_int_equal(mlhead_role_list(db, NULL, &roles, &shared_count), MLHEAD_OK);
    shared_roles = roles;
    for (i = 0; i < THREADS; i++) {
        workers[i].seed = (unsigned)i * 5;
        workers[i].wrong = 0;
        assert_int_equal(pthread_create(&workers[i].thread, NULL, work, &workers[i]), 0);
    }
    for (i = 0; i < THREADS; i++) {
        assert_int_equal(pthread_join(workers[i].thread, NULL), 0);
        assert_int_equal(workers[i].wrong, 0);
    }
    mlhead_free(roles);
    mlhead_close(db);
    printf("threads: %d threads x %d cycles agree\n", THREADS, CYCLES);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(threads_with_their_own_handles_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
