/*
 * cli.h - what the files of the mlhead command share: the run's state,
 * the table every subcommand fills (printed as aligned text or as JSON),
 * text helpers, name suggestions, and the subcommands themselves.
 *
 * One mechanism for output: a subcommand puts its answer in one or more
 * tables of typed cells; report_print() renders them either way, so text
 * and JSON can never disagree on the data.
 */
#ifndef MLHEAD_CLI_H
#define MLHEAD_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "mlhead.h"

/* Exit statuses, as the man page documents them. */
enum { EXIT_ANSWERED = 0, EXIT_NOT_FOUND = 1, EXIT_USAGE = 2 };

#define LIMIT_UNSET ((size_t)-1)
#define LIMIT_DEFAULT 20

/* The options and the open database of one run. */
struct cli {
    mlhead *db;
    const char *db_path; /* NULL: the embedded data */
    int json;
    int raw;         /* search: the query is FTS5 syntax */
    size_t limit;    /* search: most hits, 0 = all, LIMIT_UNSET */
    const char *svg; /* chart: also write an SVG to this file */
    FILE *out;
};

/* ---- tables (table.c) ---- */

#define NCOLS(a) (sizeof a / sizeof a[0])

enum col_flags {
    COL_TEXT = 1, /* shown in text output */
    COL_JSON = 2, /* written in JSON */
    COL_BOTH = 3,
    COL_RIGHT = 4, /* right-aligned in text output (numbers) */
    COL_RECORD = 8 /* shown in text output when the table is one record */
};

struct column {
    const char *key;   /* JSON member name */
    const char *label; /* text heading */
    unsigned flags;
};

enum cell_kind { CELL_NULL, CELL_TEXT, CELL_INT, CELL_REAL, CELL_FIGURE, CELL_LIST };

struct cell {
    enum cell_kind kind;
    char *text;         /* CELL_TEXT: owned copy */
    int64_t num;        /* CELL_INT, CELL_FIGURE (usd) */
    double real;        /* CELL_REAL */
    mlhead_bound bound; /* CELL_FIGURE */
    const char **list;  /* CELL_LIST: owned array of borrowed strings */
    size_t nlist;
};

struct table {
    const char *name;  /* JSON key when a report has several tables */
    const char *title; /* text heading above it, or NULL */
    const struct column *cols;
    size_t ncols;
    int record; /* one row: "label  value" lines / an object */
    int group;  /* text: repeat of the row above's first cell
                   is left blank */
    struct cell *cells;
    size_t ncells, cap;
    int nomem; /* a cell could not be stored */
};

void tab_init(struct table *t, const char *name, const char *title, const struct column *cols,
              size_t ncols);
void tab_text(struct table *t, const char *s); /* NULL: a null cell */
void tab_textf(struct table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tab_int(struct table *t, int64_t v);
void tab_real(struct table *t, double v);
void tab_figure(struct table *t, mlhead_figure f); /* unknown: "unknown", JSON null */
void tab_list(struct table *t, const char *const *items, size_t n);
void tab_null(struct table *t);
size_t tab_rows(const struct table *t);
void tab_free(struct table *t);

/* Prints the tables as text or JSON and frees them.  Returns an exit status. */
int report_print(struct cli *c, struct table *tabs, size_t n);

/* ---- JSON (json.c) ---- */

void json_string(FILE *out, const char *s);
void json_table(FILE *out, const struct table *t);

/* ---- text (text.c) ---- */

size_t utf8_valid(const char *s);         /* bytes of the valid sequence at s, or 0 */
size_t text_width(const char *s);         /* columns a string takes on a terminal */
void put_clean(FILE *out, const char *s); /* control bytes, bad UTF-8 as \xNN */
void put_padded(FILE *out, const char *s, size_t width, int right);
char *fmt_money(char *buf, size_t size, int64_t usd);      /* "$644,261" */
char *fmt_figure(char *buf, size_t size, mlhead_figure f); /* "$644,261+", "unknown" */
char *fmt_average(char *buf, size_t size, const mlhead_salary *s);

/* ---- errors and suggestions (mlhead.c, suggest.c) ---- */

/* Says on stderr why a library call failed; returns the exit status. */
int cli_fail(struct cli *c, int status);
/* Says "mlhead: ..." on stderr; returns EXIT_USAGE. */
int cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "did you mean" with the names closest to `typed`, if any is close. */
void suggest(const char *typed, const char *const *names, size_t n);
/* The same over every role title and alias. */
void suggest_role(struct cli *c, const char *typed);
/* cli_fail() for a role lookup, then suggestions when `typed` is unknown. */
int fail_role(struct cli *c, int status, const char *typed);

/* ---- subcommands: each returns an exit status ---- */

typedef int (*command_fn)(struct cli *c, int argc, char **argv);

int cmd_salary(struct cli *c, int argc, char **argv);
int cmd_roles(struct cli *c, int argc, char **argv);
int cmd_role(struct cli *c, int argc, char **argv);
int cmd_tracks(struct cli *c, int argc, char **argv);
int cmd_track(struct cli *c, int argc, char **argv);
int cmd_next(struct cli *c, int argc, char **argv);
int cmd_path(struct cli *c, int argc, char **argv);
int cmd_practices(struct cli *c, int argc, char **argv);
int cmd_list(struct cli *c, int argc, char **argv);
int cmd_stats(struct cli *c, int argc, char **argv);
int cmd_search(struct cli *c, int argc, char **argv);
int cmd_info(struct cli *c, int argc, char **argv);
int cmd_chart(struct cli *c, int argc, char **argv);
int cmd_graph(struct cli *c, int argc, char **argv);
int cmd_mcp(struct cli *c, int argc, char **argv); /* mcp/serve.c */

#endif
