/*
 * cli.h - what the files of the mlhead command share.  Floors, each using
 * only those below it:
 *
 *   mlhead.c             options, the command table, main
 *   cmd_*.c graph.c chart.c  one file per family of subcommands
 *   suggest.c            "did you mean": name lists and their ranking
 *   report.c             an answer or a failure, as text or as JSON
 *   table.c   json.c     text tables of JSON rows; structs as JSON
 *   text.c               UTF-8, display width, safe printing, numbers
 *
 * One mechanism for output: a subcommand builds its answer as JSON from
 * the library's structs (json.c); --json prints it, and text output is a
 * view of the same values (struct view), so the two cannot disagree.
 */
#ifndef MLHEAD_CLI_H
#define MLHEAD_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "json.h"
#include "mlhead.h"

/* Exit statuses, as the man page documents them. */
enum { EXIT_ANSWERED = 0, EXIT_NOT_FOUND = 1, EXIT_USAGE = 2 };

#define LIMIT_UNSET ((size_t)-1)
#define LIMIT_DEFAULT 20 /* search; match gives MATCH_DEFAULT */
#define MATCH_DEFAULT 5

/* The options and the open database of one run. */
struct cli {
    mlhead *db;
    const char *db_path; /* NULL: the embedded data */
    int json;
    int raw;         /* search: the query is FTS5 syntax */
    size_t limit;    /* search, match: most answers, 0 = all, LIMIT_UNSET */
    const char *svg; /* chart: also write an SVG to this file */
    FILE *out;
};

/* ---- text tables over JSON rows (table.c) ---- */

#define NCOLS(a) (sizeof a / sizeof a[0])

enum col_flags {
    COL_RIGHT = 1,  /* right-aligned (numbers) */
    COL_RECORD = 2, /* shown only when the view is one record */
    COL_FIGURE = 4  /* a figure: null reads "unknown" */
};

/* A column's text computed from its whole row; malloc'd, NULL when out of
 * memory. */
typedef char *(*show_fn)(const json_t *row);

struct column {
    const char *key;   /* the row's member shown, unless show is set */
    const char *label; /* text heading */
    unsigned flags;
    show_fn show;
};

struct view {
    const char *member; /* the answer's member it shows, NULL: the answer */
    const char *title;  /* text heading above it, or NULL */
    const struct column *cols;
    size_t ncols;
    int record; /* an object: "label  value" lines */
    int group;  /* the first column is left blank where it repeats */
};

/* Prints rows (an array of objects, or one object for a record view).
 * Returns 0; -1 out of memory; -2 when a row lacks a column's key, which
 * *missing then names: a view and its rows always agree, or nothing is
 * printed as if they did. */
int table_print(FILE *out, const json_t *rows, const struct view *v, const char **missing);

/* ---- answers and failures (report.c) ---- */

/* Prints the answer (stolen; NULL means out of memory) as JSON, or as
 * text through the views.  Returns an exit status. */
int report_print(struct cli *c, json_t *answer, const struct view *views, size_t n);
/* The same for a list: frees it (a library list), then prints the answer. */
int report_list(struct cli *c, json_t *answer, void *list, const struct view *view);
/* A list call's failure, or its rows through their builder (mhj_roles...). */
#define REPORT_LIST(c, status, list, n, builder, view)                                             \
    ((status) != MLHEAD_OK ? cli_fail(c, status) : report_list(c, builder(list, n), list, view))
/* Says why a library call failed (stderr; with --json also the error
 * object on stdout); returns the exit status. */
int cli_fail(struct cli *c, int status);
/* The same for the command's own failures ("mlhead: ...", printf-style),
 * with an exit status and the JSON status word; cli_error: a usage error. */
int cli_say(struct cli *c, int exit_status, const char *word, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define cli_error(c, ...) cli_say(c, EXIT_USAGE, "usage", __VA_ARGS__)

/* "MARKET salary bands, YEAR (CURRENCY per year)": each word from
 * the data's edition. */
const char *salary_title(struct cli *c, char *buf, size_t size);

/* ---- text (text.c) ---- */

size_t text_width(const char *s);         /* columns a string takes on a terminal */
void put_clean(FILE *out, const char *s); /* control bytes, bad UTF-8 as \xNN */
void put_padded(FILE *out, const char *s, size_t width, int right);
char *fmt_grouped(char *buf, size_t size, double v, const char *prefix); /* "-$5,000" */
char *fmt_figure(char *buf, size_t size, mlhead_figure f); /* "$644,261+", "unknown" */
char *fmt_average(char *buf, size_t size, mlhead_figure avg, mlhead_figure avg_high);
int parse_usd(const char *s, int64_t *out); /* "$250,000", "250k", "0.25m" */
mlhead_figure figure_of(const json_t *v);   /* mhj_figure() read back */
char *words_join(char **words, int n);      /* "a b c"; malloc'd */

/* ---- suggestions (suggest.c) ---- */

/* cli_fail() for a lookup of `typed`, a name of kind `what`; when it is
 * unknown, "did you mean" with the library's best candidates. */
int fail_name(struct cli *c, int status, mlhead_match_what what, const char *typed);
/* As fail_name, for a heading: the names offered are those of section. */
int fail_heading(struct cli *c, int status, const char *section, const char *typed);
#define fail_role(c, status, typed) fail_name(c, status, MLHEAD_MATCH_ROLE, typed)
/* The same for a command name, among the command's own (names[n]). */
void suggest_command(const char *typed, const char *const *names, size_t n);

/* ---- subcommands: each returns an exit status ---- */

typedef int (*command_fn)(struct cli *c, int argc, char **argv);

int cmd_salary(struct cli *c, int argc, char **argv);
int cmd_roles(struct cli *c, int argc, char **argv);
int cmd_role(struct cli *c, int argc, char **argv);
int cmd_tracks(struct cli *c, int argc, char **argv);
int cmd_track(struct cli *c, int argc, char **argv);
int cmd_next(struct cli *c, int argc, char **argv);
int cmd_match(struct cli *c, int argc, char **argv);
int cmd_prev(struct cli *c, int argc, char **argv);
int cmd_path(struct cli *c, int argc, char **argv);
int cmd_offer(struct cli *c, int argc, char **argv);
int cmd_practices(struct cli *c, int argc, char **argv);
int cmd_list(struct cli *c, int argc, char **argv);
int cmd_stats(struct cli *c, int argc, char **argv);
int cmd_search(struct cli *c, int argc, char **argv);
int cmd_info(struct cli *c, int argc, char **argv);
int cmd_chart(struct cli *c, int argc, char **argv);
int cmd_graph(struct cli *c, int argc, char **argv);
int cmd_mcp(struct cli *c, int argc, char **argv); /* mcp/serve.c */

#endif
