/*
 * heap.c - the heap one handle holds: glibc's bytes in use before and
 * after opening a handle, after a first question and after one of each
 * kind, SQLite's share among them, and what closing leaves behind.
 */
#include <malloc.h>
#include <stdio.h>

#include "bench.h"

/* A double, so that a close that frees what was there before shows as
 * a negative number, not as a wrapped size_t. */
static double heap_in_use(void)
{
    return (double)mallinfo2().uordblks;
}

/* Opens a handle, asks it a first question, then one of each kind, and
 * prints the heap it holds after each step, SQLite's share among it. */
void bench_report_heap(const char *label, const char *path)
{
    double base = heap_in_use(), opened, first, all, closed;
    sqlite3_int64 sql_base = sqlite3_memory_used(), sql_all;
    mlhead_salary s;
    mlhead_role r, *roles;
    mlhead_item *items;
    size_t count;
    mlhead *db;
    if (mlhead_open(path, &db) != MLHEAD_OK) {
        printf("  %s: cannot open\n", label);
        return;
    }
    opened = heap_in_use() - base;
    mlhead_salary_range(db, "Head of Machine Learning", &s);
    first = heap_in_use() - base;
    mlhead_salary_range(db, "Head of ML", &s);
    mlhead_role_find(db, "CDO", &r);
    if (mlhead_role_list(db, "AI Research Track", &roles, &count) == MLHEAD_OK)
        mlhead_free(roles);
    if (mlhead_path(db, "Machine Learning Engineer", "Head of AI", &roles, &count) == MLHEAD_OK)
        mlhead_free(roles);
    if (mlhead_best_practices(db, NULL, &items, &count) == MLHEAD_OK)
        mlhead_free(items);
    all = heap_in_use() - base;
    sql_all = sqlite3_memory_used() - sql_base;
    mlhead_close(db);
    closed = heap_in_use() - base;
    printf("  %-34s %8.1f %8.1f %8.1f %8.1f %8.1f\n", label, opened / 1024, first / 1024,
           all / 1024, (double)sql_all / 1024, closed / 1024);
}
