/*
 * rpc.c - what every file of the server answers with: the error record a
 * handler fills (mcp_fail), the JSON-RPC envelopes, a param's text, and
 * the log with its level names.  It calls no other file of mcp/ (the log's
 * text goes through the command's put_clean), so the
 * dispatcher and the handlers it routes to both stand on it.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/cli.h" /* put_clean */
#include "mcp.h"

static const char *const level_names[] = {"debug", "info",     "notice", "warning",
                                          "error", "critical", "alert",  "emergency"};

json_t *mcp_fail(struct mcp_err *e, int code, const char *fmt, ...)
{
    va_list ap;
    e->code = code;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    return NULL;
}

/* A line of the log: what a client sent may be in it (a method's name, a
 * role it asked for), so control bytes and bad UTF-8 are shown as \xNN,
 * as the command shows them: no client can forge a line or send the
 * terminal an escape. */
void mcp_log(struct mcp_server *s, enum mcp_level level, const char *fmt, ...)
{
    char small[512], *text = small;
    va_list ap, again;
    int n;
    if (level < s->level || !s->log)
        return;
    va_start(ap, fmt);
    va_copy(again, ap);
    n = vsnprintf(small, sizeof small, fmt, ap);
    if (n >= (int)sizeof small && (text = malloc((size_t)n + 1)) != NULL)
        vsnprintf(text, (size_t)n + 1, fmt, again);
    else
        text = small; /* out of memory: the line cut short */
    va_end(again);
    va_end(ap);
    flockfile(s->log); /* one line whole, whichever thread says it */
    fprintf(s->log, "mlhead mcp: %s: ", level_names[level]);
    put_clean(s->log, n < 0 ? "(a message that cannot be formatted)" : text);
    fputc('\n', s->log);
    funlockfile(s->log);
    if (text != small)
        free(text);
}

int mcp_level_find(const char *name)
{
    size_t i;
    for (i = 0; name && i < sizeof level_names / sizeof level_names[0]; i++)
        if (strcmp(name, level_names[i]) == 0)
            return (int)i;
    return -1;
}

json_t *rpc_result(json_t *id, json_t *result)
{
    return json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id, "result", result);
}

json_t *rpc_error(json_t *id, int code, const char *message, json_t *data)
{
    /* A parse error's text may quote the bad bytes: mhj_text() makes it valid. */
    json_t *err = json_pack("{s:i, s:o}", "code", code, "message", mhj_text(message));
    if (err && data)
        json_object_set_new(err, "data", data);
    else if (data)
        json_decref(data);
    return json_pack("{s:s, s:O?, s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "error",
                     err);
}

const char *param_text(const json_t *params, const char *key)
{
    return json_string_value(json_object_get(params, key));
}
