/*
 * callgrind.c - instructions per operation, stable on a noisy machine.
 *
 * The parent run starts this program again under valgrind's callgrind
 * (--collect-atstart=no) with --count and a number of operations per row;
 * that child counts only those operations (callgrind's client requests
 * around each batch), dumps the count under the row's name, and the parent
 * reads the dumps back and divides.  Without valgrind's header nothing is
 * counted and the table shows "-".
 */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#if defined(__has_include) && __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else /* no valgrind here: nothing is counted, the table shows "-" */
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS_AT(name) (void)(name)
#endif

#include "bench.h"

extern char **environ;

static size_t counted_ops(const struct bench_row *row)
{
    /* Enough operations to drown the cost of the toggles, few enough for
     * valgrind's pace (some 50 times slower): about 5 ms of native time,
     * one operation of a row slower than that (an open by path). */
    size_t n = row->ns > 0 ? (size_t)(5e6 / row->ns) : 2;
    return n < 1 ? 1 : n > 2000 ? 2000 : n;
}

static int count_batch(struct bench_row *row, size_t n)
{
    uint64_t sum = 0;
    size_t i;
    if (bench_batch(row, 1) < 0 || (row->setup && row->setup(row->ctx, n) != 0))
        return -1;
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
    for (i = 0; i < n; i++)
        sum += row->op(row->ctx, i);
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT(row->name);
    if (row->teardown)
        row->teardown(row->ctx, n);
    bench_sink += sum;
    return 0;
}

/* Reads the "summary:" count of one callgrind dump; -1 if it cannot. */
static double dump_count(const char *file)
{
    char line[256];
    double count = -1;
    FILE *f = fopen(file, "r");
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "summary: ", 9) == 0)
            count = strtod(line + 9, NULL);
    fclose(f);
    return count;
}

/* Runs argv (this program, with the arguments that build the same first
 * nrows rows) under callgrind, asking for n operations of each row (0
 * skips a row), and divides each dump's count by its n. */
void bench_count_instructions(struct bench_row *rows, int nrows, char **argv, int argc)
{
    static char list[MAX_ROWS * 12], outfile[512];
    char *args[128];
    size_t used = 0, n[MAX_ROWS];
    int i, k = 0, status;
    pid_t pid;
    if (argc + 8 > (int)(sizeof args / sizeof *args))
        return;
    for (i = 0; i < nrows; i++) {
        n[i] = rows[i].wall || rows[i].ns <= 0 ? 0 : counted_ops(&rows[i]);
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%zu", i ? "," : "", n[i]);
    }
    snprintf(outfile, sizeof outfile, "--callgrind-out-file=%s/callgrind.out", bench_dir());
    args[k++] = "valgrind";
    args[k++] = "--tool=callgrind";
    args[k++] = "--collect-atstart=no";
    args[k++] = "--quiet";
    args[k++] = outfile;
    for (i = 0; i < argc; i++)
        args[k++] = argv[i];
    args[k++] = "--count";
    args[k++] = list;
    args[k] = NULL;
    fprintf(stderr, "bench: counting instructions under callgrind\n");
    if (posix_spawnp(&pid, "valgrind", NULL, NULL, args, environ) != 0 ||
        waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench: the callgrind run failed; no instruction counts\n");
        return;
    }
    for (i = 0, k = 0; i < nrows; i++) {
        if (n[i] == 0)
            continue;
        snprintf(outfile, sizeof outfile, "%s/callgrind.out.%d", bench_dir(), ++k);
        rows[i].ir = dump_count(outfile) / (double)n[i];
        remove(outfile);
    }
    snprintf(outfile, sizeof outfile, "%s/callgrind.out", bench_dir());
    remove(outfile);
}

/* The child's side: n operations of each row, counted. */
int bench_counted_run(struct bench_row *rows, int nrows, char *list)
{
    int i;
    for (i = 0; i < nrows && list; i++) {
        size_t n = (size_t)strtoul(list, &list, 10);
        if (n && count_batch(&rows[i], n) != 0)
            return 1;
        list = *list == ',' ? list + 1 : NULL;
    }
    return 0;
}
