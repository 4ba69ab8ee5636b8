/*
 * table.c - the one shape every answer of the mlhead command takes: a
 * table of typed cells (or a single record), and its text rendering.
 *
 * Cells are appended in column order; a row is complete every ncols cells.
 * A failed allocation marks the table instead of stopping mid-row, so the
 * caller checks once, when printing.  Text output aligns columns by their
 * display width and leaves the last column unpadded, so long sentences
 * wrap naturally in the terminal.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void tab_init(struct table *t, const char *name, const char *title, const struct column *cols,
              size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->name = name;
    t->title = title;
    t->cols = cols;
    t->ncols = ncols;
}

/* The next cell, cleared; NULL (and the table marked) when out of memory. */
static struct cell *next_cell(struct table *t)
{
    if (t->ncells == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        struct cell *cells = realloc(t->cells, cap * sizeof *cells);
        if (!cells) {
            t->nomem = 1;
            return NULL;
        }
        t->cells = cells;
        t->cap = cap;
    }
    memset(&t->cells[t->ncells], 0, sizeof t->cells[0]);
    return &t->cells[t->ncells++];
}

void tab_null(struct table *t)
{
    next_cell(t);
}

void tab_text(struct table *t, const char *s)
{
    struct cell *c = next_cell(t);
    if (!c || !s)
        return;
    c->text = malloc(strlen(s) + 1);
    if (!c->text) {
        t->nomem = 1;
        return;
    }
    strcpy(c->text, s);
    c->kind = CELL_TEXT;
}

void tab_textf(struct table *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    tab_text(t, buf);
}

void tab_int(struct table *t, int64_t v)
{
    struct cell *c = next_cell(t);
    if (c) {
        c->kind = CELL_INT;
        c->num = v;
    }
}

void tab_real(struct table *t, double v)
{
    struct cell *c = next_cell(t);
    if (c) {
        c->kind = CELL_REAL;
        c->real = v;
    }
}

void tab_figure(struct table *t, mlhead_figure f)
{
    struct cell *c = next_cell(t);
    if (c) {
        c->kind = CELL_FIGURE;
        c->num = f.usd;
        c->bound = f.bound;
    }
}

void tab_list(struct table *t, const char *const *items, size_t n)
{
    struct cell *c = next_cell(t);
    if (!c)
        return;
    c->kind = CELL_LIST;
    if (n == 0)
        return;
    c->list = malloc(n * sizeof *c->list);
    if (!c->list) {
        c->kind = CELL_NULL;
        t->nomem = 1;
        return;
    }
    memcpy(c->list, items, n * sizeof *c->list);
    c->nlist = n;
}

size_t tab_rows(const struct table *t)
{
    return t->ncols ? t->ncells / t->ncols : 0;
}

void tab_free(struct table *t)
{
    size_t i;
    for (i = 0; i < t->ncells; i++) {
        free(t->cells[i].text);
        free(t->cells[i].list);
    }
    free(t->cells);
    t->cells = NULL;
    t->ncells = t->cap = 0;
}

/* The text of a cell, as a person reads it. */
static const char *cell_text(const struct cell *c, char *buf, size_t size)
{
    size_t i, used = 0;
    mlhead_figure f;
    switch (c->kind) {
    case CELL_TEXT: return c->text;
    case CELL_INT: snprintf(buf, size, "%lld", (long long)c->num); return buf;
    case CELL_REAL: snprintf(buf, size, "%g", c->real); return buf;
    case CELL_FIGURE:
        f.bound = c->bound;
        f.usd = c->num;
        return fmt_figure(buf, size, f);
    case CELL_LIST:
        buf[0] = '\0';
        for (i = 0; i < c->nlist && used + 3 < size; i++)
            used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "", c->list[i]);
        return c->nlist ? buf : "-";
    case CELL_NULL: break;
    }
    return "-";
}

static int shown(const struct column *col, int record)
{
    return (col->flags & COL_TEXT) || (record && (col->flags & COL_RECORD));
}

/* A record's labels read as words: the headings' capitals lowered. */
static void put_label(FILE *out, const char *label, size_t width)
{
    size_t n = 0;
    for (; *label; label++, n++)
        fputc(*label >= 'A' && *label <= 'Z' ? *label - 'A' + 'a' : *label, out);
    fprintf(out, "%*s", (int)(width > n ? width - n : 0), "");
}

static void print_record(FILE *out, const struct table *t)
{
    char buf[1024];
    size_t i, width = 0;
    for (i = 0; i < t->ncols; i++)
        if (shown(&t->cols[i], 1) && text_width(t->cols[i].label) > width)
            width = text_width(t->cols[i].label);
    for (i = 0; i < t->ncols && i < t->ncells; i++) {
        if (!shown(&t->cols[i], t->record))
            continue;
        put_label(out, t->cols[i].label, width + 2);
        put_clean(out, cell_text(&t->cells[i], buf, sizeof buf));
        fputc('\n', out);
    }
}

/* Grouping blanks the first shown column where it repeats the row above. */
static int same_as_above(const struct table *t, size_t row, size_t col, size_t first)
{
    const struct cell *a, *b;
    if (!t->group || col != first || row == 0)
        return 0;
    a = &t->cells[row * t->ncols + col];
    b = &t->cells[(row - 1) * t->ncols + col];
    return a->kind == CELL_TEXT && b->kind == CELL_TEXT && strcmp(a->text, b->text) == 0;
}

/* Returns 0, or -1 when out of memory. */
static int print_rows(FILE *out, const struct table *t)
{
    char buf[1024];
    size_t rows = tab_rows(t), r, i, last = 0, first = t->ncols;
    size_t *width = calloc(t->ncols, sizeof *width);
    if (!width)
        return -1;
    for (i = 0; i < t->ncols; i++) {
        if (!shown(&t->cols[i], t->record))
            continue;
        last = i;
        if (first == t->ncols)
            first = i;
        width[i] = text_width(t->cols[i].label);
        for (r = 0; r < rows; r++) {
            size_t w = text_width(cell_text(&t->cells[r * t->ncols + i], buf, sizeof buf));
            if (w > width[i])
                width[i] = w;
        }
    }
    for (r = 0; r <= rows; r++) { /* row 0 is the heading */
        for (i = 0; i < t->ncols; i++) {
            const char *s;
            if (!shown(&t->cols[i], t->record))
                continue;
            if (r == 0)
                s = t->cols[i].label;
            else if (same_as_above(t, r - 1, i, first))
                s = "";
            else
                s = cell_text(&t->cells[(r - 1) * t->ncols + i], buf, sizeof buf);
            put_padded(out, s, i == last && !(t->cols[i].flags & COL_RIGHT) ? 0 : width[i],
                       (t->cols[i].flags & COL_RIGHT) != 0);
            fputs(i == last ? "\n" : "  ", out);
        }
    }
    free(width);
    return 0;
}

int report_print(struct cli *c, struct table *tabs, size_t n)
{
    size_t i;
    int status = EXIT_ANSWERED;
    for (i = 0; i < n; i++)
        if (tabs[i].nomem)
            status = cli_error("out of memory");
    for (i = 0; status == EXIT_ANSWERED && i < n; i++) {
        if (c->json) {
            if (n > 1) {
                fputs(i == 0 ? "{\n" : ",\n", c->out);
                json_string(c->out, tabs[i].name);
                fputs(": ", c->out);
            }
            json_table(c->out, &tabs[i]);
            if (n > 1 && i == n - 1)
                fputs("\n}", c->out);
            if (i == n - 1)
                fputc('\n', c->out);
            continue;
        }
        if (i > 0)
            fputc('\n', c->out);
        if (tabs[i].title) {
            put_clean(c->out, tabs[i].title);
            fputc('\n', c->out);
        }
        if (tabs[i].record)
            print_record(c->out, &tabs[i]);
        else if (tab_rows(&tabs[i]) == 0)
            fputs("(none)\n", c->out);
        else if (print_rows(c->out, &tabs[i]) != 0)
            status = cli_error("out of memory");
    }
    for (i = 0; i < n; i++)
        tab_free(&tabs[i]);
    return status;
}
