/*
 * salary.c - print the US salary band (2024) of a role.
 *
 *   cc salary.c $(pkg-config --cflags --libs mlhead) -o salary
 *   ./salary "Head of ML"
 *
 * Shows how to read each figure's bound: an exact figure, an open-ended
 * one ("$644,261+", a floor) and one the guide does not give ("unknown").
 */
#include <inttypes.h>
#include <stdio.h>

#include <mlhead.h>

static void print_figure(const char *label, mlhead_figure f)
{
    printf("  %-8s ", label);
    if (f.bound == MLHEAD_UNKNOWN)
        printf("unknown\n");
    else
        printf("$%" PRId64 "%s\n", f.usd, f.bound == MLHEAD_AT_LEAST ? " or higher" : "");
}

int main(int argc, char **argv)
{
    mlhead *db = NULL;
    mlhead_salary s;
    int status;

    if (argc != 2) {
        fprintf(stderr, "usage: %s ROLE\n", argv[0]);
        return 2;
    }
    status = mlhead_open(NULL, &db);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "salary: %s\n", mlhead_strerror(status));
        return 2;
    }
    status = mlhead_salary_range(db, argv[1], &s);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "salary: %s\n", mlhead_errmsg(db));
        mlhead_close(db);
        return 1;
    }
    printf("%s (%s, %s %d, per %s)\n", s.role, s.market, s.currency, s.year, s.period);
    print_figure("minimum", s.min);
    print_figure("maximum", s.max);
    if (s.avg_is_range)
        printf("  average  $%" PRId64 " - $%" PRId64 "\n", s.avg.usd, s.avg_high.usd);
    else
        print_figure("average", s.avg);
    mlhead_close(db);
    return 0;
}
