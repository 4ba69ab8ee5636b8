/*
 * salary.c - print the salary band of a role.
 *
 *   cc salary.c $(pkg-config --cflags --libs mlhead) -o salary
 *   ./salary "Head of ML"
 *
 * Shows each figure as the guide writes it, through mlhead_figure_format():
 * exact ("$188,000"), open-ended ("$644,261+", a floor) or "unknown".
 */
#include <stdio.h>

#include <mlhead.h>

static void print_figure(const char *label, mlhead_figure f)
{
    char text[32];
    mlhead_figure_format(f, text, sizeof text);
    printf("  %-8s %s\n", label, text);
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
    print_figure(s.avg_is_range ? "average from" : "average", s.avg);
    if (s.avg_is_range)
        print_figure("to", s.avg_high);
    mlhead_close(db);
    return 0;
}
