/*
 * bench/path/path.c - the graph walk: mlhead_path and mlhead_path_steps,
 * found and not found, in ns/op and allocations per call, beside
 * mlhead_salary_range's SQL path (a handle whose memo is full, so each
 * lookup steps SQLite); then crafted graphs: 1,000 roles each moving to
 * every other, and a chain of 100,000 steps.
 *
 * The allocation counter replaces malloc, calloc and realloc for the whole
 * process (glibc's __libc_* do the work), so SQLite's own allocations
 * count too.  Usage: path DB [WORKDIR]
 */
#define _GNU_SOURCE
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mlhead.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static unsigned long allocations;

void *malloc(size_t n)
{
    allocations++;
    return __libc_malloc(n);
}
void *calloc(size_t n, size_t size)
{
    allocations++;
    return __libc_calloc(n, size);
}
void *realloc(void *p, size_t n)
{
    allocations++;
    return __libc_realloc(p, n);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

enum question { PATH, PATH_STEPS, SALARY };

static int ask(mlhead *db, enum question q, const char *a, const char *b)
{
    mlhead_role *roles;
    mlhead_step *steps;
    mlhead_salary s;
    size_t n;
    int status;
    switch (q) {
    case PATH:
        status = mlhead_path(db, a, b, &roles, &n);
        if (status == MLHEAD_OK)
            free(roles);
        return status;
    case PATH_STEPS:
        status = mlhead_path_steps(db, a, b, &steps, &n);
        if (status == MLHEAD_OK)
            free(steps);
        return status;
    default: return mlhead_salary_range(db, a, &s);
    }
}

/* Median of 5 runs of `reps` calls: ns per call; allocations per call. */
static void row(const char *label, mlhead *db, enum question q, const char *a, const char *b,
                long reps, int want)
{
    double runs[5], t;
    unsigned long before;
    long i;
    int r, j, k, status = ask(db, q, a, b); /* the first call reads the graph */
    if (status != want) {
        printf("  %-52s status %d, not %d\n", label, status, want);
        return;
    }
    before = allocations;
    for (i = 0; i < 100; i++)
        ask(db, q, a, b);
    for (r = 0; r < 5; r++) {
        t = now();
        for (i = 0; i < reps; i++)
            ask(db, q, a, b);
        runs[r] = (now() - t) / (double)reps;
    }
    for (j = 0; j < 5; j++)
        for (k = j + 1; k < 5; k++)
            if (runs[k] < runs[j]) {
                t = runs[j];
                runs[j] = runs[k];
                runs[k] = t;
            }
    printf("  %-52s %12.0f ns/op %8.2f allocs/op\n", label, runs[2],
           (double)(allocations - before) / (double)(100 + 5 * reps));
}

/* A copy of db with sql applied through a statement run for i = 1 .. n. */
static const char *craft(const char *db, const char *out, const char *setup, const char *each,
                         int n)
{
    sqlite3 *src, *dst;
    sqlite3_backup *b;
    sqlite3_stmt *st;
    int i;
    remove(out);
    if (sqlite3_open_v2(db, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_open(out, &dst) != SQLITE_OK)
        return NULL;
    b = sqlite3_backup_init(dst, "main", src, "main");
    sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    sqlite3_close(src);
    sqlite3_exec(dst, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN", NULL, NULL,
                 NULL);
    if (setup && sqlite3_exec(dst, setup, NULL, NULL, NULL) != SQLITE_OK)
        return NULL;
    if (sqlite3_prepare_v2(dst, each, -1, &st, NULL) != SQLITE_OK)
        return NULL;
    for (i = 1; i <= n; i++) {
        sqlite3_bind_int(st, 1, i);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(dst, "COMMIT; VACUUM", NULL, NULL, NULL);
    sqlite3_close(dst);
    return out;
}

static void crafted(const char *label, const char *path, const char *from, const char *to,
                    long reps)
{
    mlhead *db;
    double t = now();
    if (!path || mlhead_open(path, &db) != MLHEAD_OK) {
        printf("  %s: cannot craft or open\n", label);
        return;
    }
    {
        char first[160];
        mlhead_role *roles;
        size_t n = 0;
        int status = mlhead_path(db, from, to, &roles, &n);
        if (status == MLHEAD_OK)
            free(roles);
        printf("  %-52s open + first path (reads the graph): %.1f ms, %zu roles\n", label,
               (now() - t) / 1e6, n);
        snprintf(first, sizeof first, "%s: path", label);
        row(first, db, PATH, from, to, reps, MLHEAD_OK);
        snprintf(first, sizeof first, "%s: no path", label);
        row(first, db, PATH, to, "Junior ML Engineer", reps, MLHEAD_NO_PATH);
    }
    mlhead_close(db);
}

int main(int argc, char **argv)
{
    const char *dbpath = argc > 1 ? argv[1] : "build/mlhead.db";
    const char *work = argc > 2 ? argv[2] : "build/bench";
    char all[512], chain[512], name[32];
    mlhead *db, *full;
    mlhead_salary s;
    int i;
    if (mlhead_open(NULL, &db) != MLHEAD_OK || mlhead_open(NULL, &full) != MLHEAD_OK)
        return 1;
    /* a memo that has stopped taking names: each lookup is the SQL path */
    for (i = 0; i < 600; i++) {
        snprintf(name, sizeof name, "no such role %d", i);
        mlhead_salary_range(full, name, &s);
    }
    printf("path (embedded data, 19 roles)\n");
    row("salary_range \"Head of ML\", memo full (SQL path)", full, SALARY, "Head of ML", NULL,
        200000, MLHEAD_OK);
    row("path, ML Engineer -> Head of AI (found, 5 roles)", db, PATH, "ML Engineer", "Head of AI",
        200000, MLHEAD_OK);
    row("path, Head of AI -> ML Engineer (no path)", db, PATH, "Head of AI", "ML Engineer", 200000,
        MLHEAD_NO_PATH);
    row("path_steps, ML Engineer -> Head of AI (found)", db, PATH_STEPS, "ML Engineer",
        "Head of AI", 200000, MLHEAD_OK);
    row("path_steps, Head of AI -> ML Engineer (no path)", db, PATH_STEPS, "Head of AI",
        "ML Engineer", 200000, MLHEAD_NO_PATH);
    mlhead_close(db);
    mlhead_close(full);

    snprintf(all, sizeof all, "%s/graph-all-1000.db", work);
    snprintf(chain, sizeof chain, "%s/graph-chain-100000.db", work);
    printf("crafted graphs\n");
    crafted("1,000 roles, each moving to every other",
            craft(dbpath, all,
                  "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000)"
                  " INSERT INTO role (id, slug, title, section_id, line)"
                  " SELECT 1000 + i, 'all-' || i, 'All ' || i, 6, 129 FROM c",
                  "INSERT INTO move SELECT 1000 + ?1, b.id, 4, 101, 'move' FROM role b"
                  " WHERE b.id > 1000 AND b.id <> 1000 + ?1",
                  1000),
            "all-1", "all-1000", 2000);
    crafted("a chain of 100,000 steps",
            craft(dbpath, chain,
                  "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100001)"
                  " INSERT INTO role (id, slug, title, section_id, line)"
                  " SELECT 1000 + i, 'chain-' || i, 'Chain ' || i, 6, 129 FROM c",
                  "INSERT INTO move VALUES (1000 + ?1, 1001 + ?1, 4, 101, 'on')", 100000),
            "chain-1", "chain-100001", 20);
    remove(all);
    remove(chain);
    return 0;
}
