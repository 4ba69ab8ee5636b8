/*
 * stdio.c - the stdio transport: one JSON-RPC message per line on stdin,
 * one answer per line on stdout, and nothing else on stdout (logs go to
 * stderr).  A line over MCP_MESSAGE_MAX is read to its end without being
 * kept, and answered with the size error; then serving goes on.  EOF ends
 * the session (exit status 0).
 */
#include <stdlib.h>
#include <string.h>

#include "mcp.h"
#include "serve.h"

static int write_reply(FILE *out, json_t *reply)
{
    int bad;
    if (!reply)
        return 0;
    /* JSON_COMPACT never writes a raw newline, which would split a message. */
    bad = json_dumpf(reply, out, JSON_COMPACT) != 0 || fputc('\n', out) == EOF || fflush(out) != 0;
    json_decref(reply);
    return bad;
}

/* Blank lines (a lone "\r" too) carry no message. */
static int blank(const char *line, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return 0;
    return 1;
}

int mcp_stdio(struct mcp_server *s, FILE *in, FILE *out)
{
    size_t cap = 64 * 1024, len = 0;
    char *line = malloc(cap);
    int ch, over = 0, failed = 0;
    if (!line)
        return 1;
    mcp_log(s, LOG_INFO, "serving MCP on stdio");
    while (!failed) {
        ch = getc_unlocked(in);
        if (ch != '\n' && ch != EOF) {
            if (len < MCP_MESSAGE_MAX + (size_t)1) {
                if (len == cap) {
                    char *bigger = realloc(line, cap * 2);
                    if (!bigger) {
                        over = 1; /* answered as too large: memory is the limit */
                        continue;
                    }
                    line = bigger;
                    cap *= 2;
                }
                line[len++] = (char)ch;
            } else {
                over = 1;
            }
            continue;
        }
        if (over || len > MCP_MESSAGE_MAX) {
            mcp_log(s, LOG_WARNING, "a message over %d bytes: refused", MCP_MESSAGE_MAX);
            failed = write_reply(out, mcp_dispatch_text(s, NULL, (size_t)MCP_MESSAGE_MAX + 1));
        } else if (!blank(line, len)) {
            failed = write_reply(out, mcp_dispatch_text(s, line, len));
        }
        len = 0;
        over = 0;
        if (ch == EOF)
            break;
    }
    free(line);
    mcp_log(s, LOG_INFO, failed ? "cannot write stdout: stopping" : "EOF: done");
    return failed;
}

int mcp_serve(mlhead *db, FILE *in, FILE *out, FILE *log)
{
    struct mcp_server s;
    int failed;
    if (mcp_server_init(&s, db, log) != 0) {
        fprintf(log, "mlhead mcp: cannot describe the tools: %s\n", mlhead_errmsg(db));
        mcp_server_free(&s);
        return 1;
    }
    failed = mcp_stdio(&s, in, out);
    mcp_server_free(&s);
    if (failed)
        fputs("mlhead mcp: cannot write to stdout\n", log);
    return failed;
}
