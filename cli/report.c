/*
 * report.c - how an answer or a failure reaches the user: the answer as
 * JSON (--json) or through its text views; a failure as "mlhead: ..." on
 * stderr and, with --json, as {"error": {"status", "message"}} on stdout,
 * so a program reading stdout always gets JSON.  Exit statuses: 0
 * answered, 1 not found, 2 usage or database error.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "cli.h"

/* Prints a JSON value and a line break; steals it. */
static int print_json(struct cli *c, json_t *v)
{
    int failed = json_dumpf(v, c->out, JSON_INDENT(2) | JSON_REAL_PRECISION(17)) != 0;
    json_decref(v);
    fputc('\n', c->out);
    return failed ? cli_error(c, "cannot write the output") : EXIT_ANSWERED;
}

static int say(struct cli *c, int exit_status, const char *word, const char *msg)
{
    fputs("mlhead: ", stderr);
    put_clean(stderr, msg);
    fputc('\n', stderr);
    if (c->json)
        print_json(c, mhj_error(word, msg));
    return exit_status;
}

static int say_v(struct cli *c, int exit_status, const char *word, const char *fmt, va_list ap)
{
    char *msg = NULL;
    size_t len;
    FILE *m = open_memstream(&msg, &len);
    int failed = !m || vfprintf(m, fmt, ap) < 0;
    if (m && fclose(m) != 0)
        failed = 1;
    exit_status = say(c, exit_status, word, failed ? "out of memory" : msg);
    free(msg);
    return exit_status;
}

int cli_say(struct cli *c, int exit_status, const char *word, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    exit_status = say_v(c, exit_status, word, fmt, ap);
    va_end(ap);
    return exit_status;
}

int cli_error(struct cli *c, const char *fmt, ...)
{
    va_list ap;
    int exit_status;
    va_start(ap, fmt);
    exit_status = say_v(c, EXIT_USAGE, "usage", fmt, ap);
    va_end(ap);
    return exit_status;
}

int cli_fail(struct cli *c, int status)
{
    int exit_status =
        status == MLHEAD_NOT_FOUND || status == MLHEAD_NO_DATA || status == MLHEAD_NO_PATH
            ? EXIT_NOT_FOUND
            : EXIT_USAGE;
    return say(c, exit_status, mlhead_strerror(status), mlhead_errmsg(c->db));
}

int report_print(struct cli *c, json_t *answer, const struct view *views, size_t n)
{
    size_t i;
    const char *missing = NULL;
    if (!answer)
        return cli_error(c, "out of memory");
    if (c->json)
        return print_json(c, answer);
    for (i = 0; i < n; i++) {
        const json_t *rows = views[i].member ? json_object_get(answer, views[i].member) : answer;
        int err;
        if (i > 0)
            fputc('\n', c->out);
        err = rows ? table_print(c->out, rows, &views[i], &missing) : -2;
        if (err != 0) {
            json_decref(answer);
            return err == -1 ? cli_error(c, "out of memory")
                             : cli_error(c, "internal error: no \"%s\" in the answer",
                                         missing ? missing : views[i].member);
        }
    }
    json_decref(answer);
    return EXIT_ANSWERED;
}

int report_list(struct cli *c, json_t *answer, void *list, const struct view *view)
{
    mlhead_free(list);
    return report_print(c, answer, view, 1);
}

const char *salary_title(struct cli *c, char *buf, size_t size)
{
    mlhead_edition e;
    if (mlhead_edition_get(c->db, &e) != MLHEAD_OK)
        return "Salary bands";
    snprintf(buf, size, "%s salary bands, %d (%s per year)", e.market, e.year, e.currency);
    return buf;
}
