/*
 * timing.c - the one way a row of the table is measured.
 *
 * bench_time() times the rows of one group (the library and the hand-
 * written code answering the same question) in turns, batch by batch, and
 * keeps each row's median ns per operation: a batch grows until it lasts
 * plan->batch_ns, so the clock's resolution is irrelevant; taking turns
 * makes a slow spell of a shared machine hit every row of a comparison
 * alike, and the median shrugs off the batch it spoiled.  A group whose
 * operations are slow (opening a large file) gets fewer batches, so that
 * a row's last at most about plan->budget_ns; a group with no room there
 * for two is timed once, by the batches that sized it.  Setup and
 * teardown run outside the clock.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench.h"

volatile uint64_t bench_sink;

/* CPU time of this thread: what another process running on a shared
 * machine takes away does not count.  Wall time for whole processes. */
static double now_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Runs n operations of a row, returns the ns they took; -1 on setup
 * failure.  Keeps in row->peak_kib the most SQLite's heap rose during a
 * batch (read outside the clock). */
double bench_batch(struct bench_row *row, size_t n)
{
    clockid_t clock = row->wall ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID;
    uint64_t sum = 0;
    sqlite3_int64 before;
    double t0, t1, peak;
    size_t i;
    if (row->setup && row->setup(row->ctx, n) != 0)
        return -1;
    before = sqlite3_memory_used();
    sqlite3_memory_highwater(1);
    t0 = now_ns(clock);
    for (i = 0; i < n; i++)
        sum += row->op(row->ctx, i);
    t1 = now_ns(clock);
    peak = (double)(sqlite3_memory_highwater(0) - before) / 1024;
    row->peak_kib = peak > row->peak_kib ? peak : row->peak_kib;
    if (row->teardown)
        row->teardown(row->ctx, n);
    bench_sink += sum;
    return t1 - t0;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The batch size at which one batch of a row lasts plan->batch_ns; *ns,
 * how long the last batch tried took. */
static size_t batch_size(struct bench_row *row, const struct bench_plan *plan, double *ns)
{
    size_t n = 1;
    double t = bench_batch(row, 1); /* warms caches, prepares statements */
    while (t >= 0 && t < plan->batch_ns && n < plan->max_ops) {
        n = t < plan->batch_ns / 16 ? n * 8 : n * 2;
        if (n > plan->max_ops)
            n = plan->max_ops;
        t = bench_batch(row, n);
    }
    *ns = t;
    return t < 0 ? 0 : n;
}

int bench_time(struct bench_row *rows, int count, const struct bench_plan *plan)
{
    enum { MAX_BATCHES = 64, MAX_GROUP = 16 };
    static double per_op[MAX_GROUP][MAX_BATCHES];
    size_t n[MAX_GROUP];
    double took[MAX_GROUP], slowest = 0;
    int sized_only, b, r, batches = plan->batches < MAX_BATCHES ? plan->batches : MAX_BATCHES;
    if (count > MAX_GROUP)
        return -1;
    for (r = 0; r < count; r++) {
        if ((n[r] = batch_size(&rows[r], plan, &took[r])) == 0)
            return -1;
        slowest = took[r] > slowest ? took[r] : slowest;
    }
    /* not two batches in the budget: the sizing batches are the sample */
    sized_only = slowest * 2 > plan->budget_ns;
    if (sized_only) {
        batches = 1;
        for (r = 0; r < count; r++)
            per_op[r][0] = took[r] / (double)n[r];
    } else if (slowest * batches > plan->budget_ns) {
        batches = (int)(plan->budget_ns / slowest);
    }
    /* Round robin: a slow spell of the machine hits every row alike. */
    for (b = 0; b < batches && !sized_only; b++) {
        for (r = 0; r < count; r++) {
            double t = bench_batch(&rows[r], n[r]);
            if (t < 0)
                return -1;
            per_op[r][b] = t / (double)n[r];
        }
    }
    for (r = 0; r < count; r++) {
        qsort(per_op[r], (size_t)batches, sizeof **per_op, by_value);
        rows[r].ns = per_op[r][batches / 2];
        rows[r].best = per_op[r][0];
        rows[r].batches = batches;
    }
    return 0;
}
