/*
 * table.c - text views of JSON rows: the aligned table (or the record of
 * "label  value" lines) a person reads, of the very values --json prints.
 *
 * Every cell comes from its row by the column's key, so a cell cannot
 * shift into the next column; a key the row lacks stops the print before
 * anything is written.  Columns align by display width; the last one is
 * left unpadded, so long sentences wrap naturally in the terminal.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The text of a value, as a person reads it; malloc'd. */
static char *value_text(const json_t *v, unsigned flags)
{
    char buf[64], *s = NULL, *part;
    size_t i, len;
    json_t *e;
    FILE *m;
    switch (json_typeof(v)) {
    case JSON_STRING: return strdup(json_string_value(v));
    case JSON_INTEGER:
        snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        break;
    case JSON_REAL: snprintf(buf, sizeof buf, "%g", json_real_value(v)); break;
    case JSON_OBJECT: fmt_figure(buf, sizeof buf, figure_of(v)); break;
    case JSON_ARRAY:
        if (json_array_size(v) == 0)
            return strdup("-");
        if (!(m = open_memstream(&s, &len)))
            return NULL;
        json_array_foreach(v, i, e)
        {
            int failed = !(part = value_text(e, flags)) || fprintf(m, i ? ", %s" : "%s", part) < 0;
            free(part);
            if (failed)
                break;
        }
        if (fclose(m) != 0 || i < json_array_size(v)) {
            free(s);
            return NULL;
        }
        return s;
    default: return strdup(flags & COL_FIGURE ? "unknown" : "-");
    }
    return strdup(buf);
}

static int shown(const struct column *col, int record)
{
    return record || !(col->flags & COL_RECORD);
}

/* The cells of rows as text, row-major; NULL on failure (see table_print). */
static char **cells_of(const json_t *rows, const struct view *v, size_t nrows, int *err,
                       const char **missing)
{
    char **cells = calloc(nrows * v->ncols + 1, sizeof *cells);
    size_t r, i;
    *err = -1;
    for (r = 0; cells && r < nrows; r++) {
        const json_t *row = v->record ? rows : json_array_get(rows, r);
        for (i = 0; i < v->ncols; i++) {
            const struct column *col = &v->cols[i];
            const json_t *cell = col->show ? row : json_object_get(row, col->key);
            char **slot = &cells[r * v->ncols + i];
            if (!shown(col, v->record))
                continue;
            if (!cell) {
                *err = -2;
                *missing = col->key;
            } else if ((*slot = col->show ? col->show(row) : value_text(cell, col->flags)) !=
                       NULL) {
                continue;
            }
            for (i = 0; i < nrows * v->ncols; i++)
                free(cells[i]);
            free(cells);
            return NULL;
        }
    }
    *err = cells ? 0 : -1;
    return cells;
}

/* A record's labels read as words: the headings' capitals lowered. */
static void put_label(FILE *out, const char *label, size_t width)
{
    size_t n = 0;
    for (; *label; label++, n++)
        fputc(*label >= 'A' && *label <= 'Z' ? *label - 'A' + 'a' : *label, out);
    fprintf(out, "%*s", (int)(width > n ? width - n : 0), "");
}

static void print_record(FILE *out, const struct view *v, char **cells)
{
    size_t i, width = 0;
    for (i = 0; i < v->ncols; i++)
        if (text_width(v->cols[i].label) > width)
            width = text_width(v->cols[i].label);
    for (i = 0; i < v->ncols; i++) {
        put_label(out, v->cols[i].label, width + 2);
        put_clean(out, cells[i]);
        fputc('\n', out);
    }
}

static int print_rows(FILE *out, const struct view *v, char **cells, size_t nrows)
{
    size_t r, i, last = 0, first = v->ncols;
    size_t *width = calloc(v->ncols + 1, sizeof *width);
    if (!width)
        return -1;
    for (i = 0; i < v->ncols; i++) {
        if (!shown(&v->cols[i], 0))
            continue;
        last = i;
        first = first == v->ncols ? i : first;
        width[i] = text_width(v->cols[i].label);
        for (r = 0; r < nrows; r++)
            if (text_width(cells[r * v->ncols + i]) > width[i])
                width[i] = text_width(cells[r * v->ncols + i]);
    }
    for (r = 0; r <= nrows; r++) { /* row 0 is the heading */
        for (i = 0; i < v->ncols; i++) {
            const char *s = r == 0 ? v->cols[i].label : cells[(r - 1) * v->ncols + i];
            int right = (v->cols[i].flags & COL_RIGHT) != 0;
            if (!shown(&v->cols[i], 0))
                continue;
            /* Grouping blanks the first column where it repeats the row above. */
            if (v->group && i == first && r > 1 && strcmp(s, cells[(r - 2) * v->ncols + i]) == 0)
                s = "";
            put_padded(out, s, i == last && !right ? 0 : width[i], right);
            fputs(i == last ? "\n" : "  ", out);
        }
    }
    free(width);
    return 0;
}

int table_print(FILE *out, const json_t *rows, const struct view *v, const char **missing)
{
    size_t nrows = v->record ? 1 : json_array_size(rows), i;
    int err = 0;
    char **cells = NULL;
    if (nrows > 0 && !json_is_null(rows) && !(cells = cells_of(rows, v, nrows, &err, missing)))
        return err;
    if (v->title) {
        put_clean(out, v->title);
        fputc('\n', out);
    }
    if (!cells) {
        fputs("(none)\n", out);
        return 0;
    }
    if (v->record)
        print_record(out, v, cells);
    else
        err = print_rows(out, v, cells, nrows);
    for (i = 0; i < nrows * v->ncols; i++)
        free(cells[i]);
    free(cells);
    return err;
}
