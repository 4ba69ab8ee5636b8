/*
 * process.c - whole programs run again and again: the mlhead command and
 * the sqlite3 shell answering the same question.  Wall time comes from
 * the row that runs them; peak memory from GNU time.
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "bench.h"

extern char **environ;

/* Runs argv with its output to /dev/null (and stderr to err_path, if
 * set); returns its wait status, or -1. */
static int spawn_wait(char *const *argv, const char *err_path)
{
    posix_spawn_file_actions_t fa;
    pid_t pid;
    int status = -1;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    if (err_path)
        posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0 ||
        waitpid(pid, &status, 0) != pid)
        status = -1;
    posix_spawn_file_actions_destroy(&fa);
    return status;
}

uint64_t bench_run_process(void *ctx, size_t i)
{
    const struct process *p = ctx;
    (void)i;
    return (uint64_t)spawn_wait(p->argv, NULL);
}

/*
 * The peak resident set of one run, as GNU time (%M) reports it, or -1.
 * Not from our own wait4(): Linux carries the spawning process's peak
 * into its child's across exec, so a child of this big benchmark would
 * report the benchmark's size; time's own child starts small.
 */
static long peak_kib(char *const *argv)
{
    char *args[64], out[512], line[64];
    long kib = -1;
    int k = 0;
    FILE *f;
    snprintf(out, sizeof out, "%s/time.out", bench_dir());
    args[k++] = "time";
    args[k++] = "-f";
    args[k++] = "%M";
    while (*argv && k < 63)
        args[k++] = *argv++;
    args[k] = NULL;
    if (spawn_wait(args, out) == 0 && (f = fopen(out, "r"))) {
        while (fgets(line, sizeof line, f)) /* the last line is time's */
            kib = strtol(line, NULL, 10);
        fclose(f);
    }
    remove(out);
    return kib > 0 ? kib : -1;
}

/* Each whole process: wall time (its row), peak memory, and both as a
 * ratio to the first process (the sqlite3 shell in `make bench`). */
void bench_report_processes(const struct process *procs, int nproc, const struct bench_row *rows,
                            int nrows)
{
    double first_ns = 0;
    long first_kib = 0;
    int i, r;
    if (nproc)
        printf("\nwhole processes: wall ms (median), peak RSS KiB (GNU time), ratios to the"
               " first\n");
    for (i = 0; i < nproc; i++) {
        long kib = peak_kib(procs[i].argv);
        double ns = 0;
        for (r = 0; r < nrows; r++)
            if (rows[r].ctx == &procs[i])
                ns = rows[r].ns;
        if (i == 0) {
            first_ns = ns;
            first_kib = kib;
        }
        printf("  %-34s %8.2f %8ld", procs[i].name, ns / 1e6, kib);
        if (i > 0 && first_ns > 0 && first_kib > 0)
            printf("   time %.2fx, memory %.2fx", ns / first_ns, (double)kib / (double)first_kib);
        printf("\n");
    }
}
