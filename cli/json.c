/*
 * json.c - writes a table as JSON (RFC 8259): a record as an object, a
 * table as an array of objects, keyed by each column's key.
 *
 * Numbers stay numbers; a figure the guide does not give is null, never 0,
 * and a known one is {"usd": N, "bound": "exact" | "at_least"}.  Strings are
 * escaped in full (quote, backslash, every control character); a byte that
 * is not valid UTF-8 (a crafted --db) becomes U+FFFD, so the output is
 * always valid JSON.
 */
#include <math.h>

#include "cli.h"

void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    while (*s) {
        unsigned char ch = (unsigned char)*s;
        size_t n = utf8_valid(s);
        if (n == 0) {
            fputs("\\ufffd", out);
            s++;
            continue;
        }
        switch (ch) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (ch < 0x20 || ch == 0x7f)
                fprintf(out, "\\u%04x", ch);
            else
                fwrite(s, 1, n, out);
        }
        s += n;
    }
    fputc('"', out);
}

static void json_cell(FILE *out, const struct cell *c)
{
    size_t i;
    switch (c->kind) {
    case CELL_TEXT: json_string(out, c->text); return;
    case CELL_INT: fprintf(out, "%lld", (long long)c->num); return;
    case CELL_REAL:
        /* JSON has no NaN or infinity. */
        if (isfinite(c->real))
            fprintf(out, "%.17g", c->real);
        else
            fputs("null", out);
        return;
    case CELL_FIGURE:
        if (c->bound == MLHEAD_UNKNOWN)
            break;
        fprintf(out, "{\"usd\": %lld, \"bound\": \"%s\"}", (long long)c->num,
                c->bound == MLHEAD_AT_LEAST ? "at_least" : "exact");
        return;
    case CELL_LIST:
        fputc('[', out);
        for (i = 0; i < c->nlist; i++) {
            if (i)
                fputs(", ", out);
            json_string(out, c->list[i]);
        }
        fputc(']', out);
        return;
    case CELL_NULL: break;
    }
    fputs("null", out);
}

static void json_row(FILE *out, const struct table *t, size_t row, const char *indent)
{
    size_t i;
    int first = 1;
    fputc('{', out);
    for (i = 0; i < t->ncols; i++) {
        if (!(t->cols[i].flags & COL_JSON))
            continue;
        fprintf(out, "%s\n%s  ", first ? "" : ",", indent);
        first = 0;
        json_string(out, t->cols[i].key);
        fputs(": ", out);
        json_cell(out, &t->cells[row * t->ncols + i]);
    }
    fprintf(out, "\n%s}", indent);
}

void json_table(FILE *out, const struct table *t)
{
    size_t rows = tab_rows(t), r;
    if (t->record) {
        if (rows)
            json_row(out, t, 0, "");
        else
            fputs("null", out);
        return;
    }
    fputc('[', out);
    for (r = 0; r < rows; r++) {
        fputs(r ? ",\n  " : "\n  ", out);
        json_row(out, t, r, "  ");
    }
    fputs(rows ? "\n]" : "]", out);
}
