/*
 * bench.h - what the benchmark's files share: a row of the table, the one
 * function that times every row, and the hand-written SQLite and hash-table
 * answers the library is compared with.
 */
#ifndef MLHEAD_BENCH_H
#define MLHEAD_BENCH_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "mlhead.h"

#define MAX_ROWS 128 /* rows of the table */

/* What a row measures, so the table knows what to compare it with. */
enum bench_kind {
    BENCH_LIB,      /* the library */
    BENCH_PREPARED, /* (a) hand-written: one prepared statement, reused */
    BENCH_ONESHOT,  /* (b) hand-written: prepare / step / finalize per call */
    BENCH_FLOOR,    /* (c) a plain C hash table built from the same rows */
    BENCH_OTHER     /* another program or a one-off: no ratios */
};

/*
 * One row of the table.  op runs operation i of a batch; it returns a value
 * folded into a checksum so nothing is optimised away.  setup / teardown,
 * when set, run before and after each batch of n operations, untimed (to
 * open n fresh handles for a cold first call, say).
 */
struct bench_row {
    const char *name;
    enum bench_kind kind;
    int group; /* rows that answer the same question share a group */
    uint64_t (*op)(void *ctx, size_t i);
    int (*setup)(void *ctx, size_t n);
    void (*teardown)(void *ctx, size_t n);
    void *ctx;
    int wall;  /* time it by the wall clock (a whole process), not CPU time */
    double ns; /* median ns per operation, filled by bench_time() */
    double ir; /* instructions per operation from callgrind, or 0 */

    /* filled as the row is timed: ns per operation of the fastest batch, how
     * many batches were timed; the most SQLite's heap rose in one, KiB */
    double best;
    int batches;
    double peak_kib;
};

/* How hard bench_time() tries: the quick run is for CI. */
struct bench_plan {
    int batches;     /* batches per row; the median is reported */
    double batch_ns; /* a batch lasts at least this long */
    size_t max_ops;  /* and holds at most this many operations */

    double budget_ns; /* and fewer batches where a row's would last longer */
};

/* timing.c: the one way a row is measured */
int bench_time(struct bench_row *rows, int count, const struct bench_plan *plan);
double bench_batch(struct bench_row *row, size_t n);
extern volatile uint64_t bench_sink;

/* callgrind.c: instructions per operation, from a second run */
void bench_count_instructions(struct bench_row *rows, int nrows, char **argv, int argc);
int bench_counted_run(struct bench_row *rows, int nrows, char *list);

/* process.c: whole programs, and what they answer the same question with */
struct process {
    const char *name;
    char *const *argv;
};
uint64_t bench_run_process(void *process, size_t i);
void bench_report_processes(const struct process *procs, int nproc, const struct bench_row *rows,
                            int nrows);

/* heap.c */
void bench_report_heap(const char *label, const char *path);

/* bench.c: where files are written (BENCH_DIR, or build/bench) */
const char *bench_dir(void);

/* hand.c: the same answers as the library, written by hand */
struct hand;
struct hand *hand_open(const char *path);
void hand_close(struct hand *h);
size_t hand_roles(const struct hand *h);
enum hand_question { HAND_SALARY, HAND_ROLE, HAND_PRACTICES, HAND_SEARCH, HAND_QUESTIONS };
uint64_t hand_prepared(struct hand *h, enum hand_question q, const char *arg);
uint64_t hand_oneshot(struct hand *h, enum hand_question q, const char *arg);
/* Opens the file, answers once as hand_oneshot() does, closes: the first
 * statement on a connection makes SQLite parse the whole schema. */
uint64_t hand_open_first(const char *path, enum hand_question q, const char *arg);
uint64_t hand_salary_floor(struct hand *h, const char *role);
/* What mlhead_open(path) + mlhead_close() of 1.0 (commit e687245,
 * lib/handle.c) did, by hand: stat; sqlite3_open_v2 read-only; SQLite's
 * hardening for files from anywhere (defensive, no trusted schema, no
 * triggers or views, tight limits); application_id and user_version;
 * page_count * page_size against the file's length; PRAGMA quick_check(1);
 * a 512 KiB page cache; sqlite3_close.  0 when every check passed, as
 * the library's MLHEAD_OK. */
uint64_t hand_open_1_0(const char *path);
/* The roles of a file, for a row's name; 0 when it cannot be read. */
size_t hand_file_roles(const char *path);

/* The number every salary answer is reduced to, so the library, the SQL
 * and the hash table can be checked to agree: the average (or the floor
 * for an open-ended one), or a mark for "no such role". */
#define BENCH_NOT_FOUND UINT64_C(0xdead)
uint64_t bench_salary_value(int status, const mlhead_salary *s);

#endif
