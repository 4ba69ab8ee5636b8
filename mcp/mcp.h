/*
 * mcp.h - what the files of the MCP server share: the server's state, the
 * error record every handler fills, and each file's entry points.
 *
 * A transport only moves messages: it hands one message (text, or already
 * parsed) to the dispatcher and writes back what it returns, if anything.
 * So stdio and any later transport answer alike.
 */
#ifndef MLHEAD_MCP_H
#define MLHEAD_MCP_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

#include "../cli/json.h" /* the builders from library structs, shared with --json */
#include "mlhead.h"

/* JSON-RPC 2.0 error codes, and the one MCP adds for resources. */
enum {
    RPC_PARSE_ERROR = -32700,
    RPC_INVALID_REQUEST = -32600,
    RPC_METHOD_NOT_FOUND = -32601,
    RPC_INVALID_PARAMS = -32602,
    RPC_INTERNAL_ERROR = -32603,
    MCP_RESOURCE_NOT_FOUND = -32002
};

/* How every transport parses a message's text (jansson's flags). */
#define MCP_JSON_FLAGS (JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)

/* The largest message a transport accepts, in bytes (its newline aside). */
#define MCP_MESSAGE_MAX (1024 * 1024)

/* Log levels of logging/setLevel (RFC 5424 order, debug lowest). */
enum mcp_level {
    LOG_DEBUG,
    LOG_INFO,
    LOG_NOTICE,
    LOG_WARNING,
    LOG_ERROR,
    LOG_CRITICAL,
    LOG_ALERT,
    LOG_EMERGENCY
};

struct mcp_server {
    mlhead *db;
    int initialized;        /* initialize has been answered */
    const char *version;    /* the negotiated protocol version, or NULL */
    enum mcp_level level;   /* least level written to stderr */
    json_t *tools;          /* tools/list's array, built once */
    json_t *params;         /* each method's params schema, parsed once */
    mlhead_edition edition; /* every answer's provenance names it */
    FILE *log;              /* stderr */
};

/* Why a handler could not answer: a JSON-RPC error. */
struct mcp_err {
    int code;
    char message[512];
    json_t *data; /* owned; NULL for none */
};

/* ---- rpc.c: envelopes, the error record, the log ---- */

/* Sets the error and returns NULL, for `return mcp_fail(...)`. */
json_t *mcp_fail(struct mcp_err *e, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Says a line on the log when level is at least the server's level. */
void mcp_log(struct mcp_server *s, enum mcp_level level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* JSON-RPC envelopes; they take ownership of result and data. */
json_t *rpc_result(json_t *id, json_t *result);
json_t *rpc_error(json_t *id, int code, const char *message, json_t *data);
/* The level named `name` ("debug" .. "emergency"), or -1. */
int mcp_level_find(const char *name);
/* A string member of params, or NULL (the caller's schema made it one). */
const char *param_text(const json_t *params, const char *key);

/* ---- dispatch.c: the protocol, transport-agnostic ---- */

int mcp_server_init(struct mcp_server *s, mlhead *db, FILE *log);
void mcp_server_free(struct mcp_server *s);
/* One parsed message (borrowed): the response to write, or NULL for none. */
json_t *mcp_dispatch(struct mcp_server *s, json_t *msg);
/* One message as text: parses it, then mcp_dispatch(). */
json_t *mcp_dispatch_text(struct mcp_server *s, const char *text, size_t len);
/* The protocol version named, as the server keeps it, or NULL when it is
 * not one this server speaks. */
const char *mcp_version_known(const char *name);

/* ---- stdio.c: newline-delimited messages on two streams ---- */

/* Serves until EOF on in.  Returns 0, or 1 when out cannot be written. */
int mcp_stdio(struct mcp_server *s, FILE *in, FILE *out);

/* ---- guard.c: the HTTP transport's checks of a request's headers ---- */

/* Each takes the header's value, NULL when absent, and returns 1 when the
 * request may go on.  allowed lists what --allow-origin / --allow-host
 * add to the loopback names ("*": anything); bound is the address listened on. */
int guard_origin(const char *origin, const char *const *allowed, size_t n);
int guard_host(const char *host, const char *bound, const char *const *allowed, size_t n);
/* Accept admits both application/json and text/event-stream. */
int guard_accept(const char *accept);
/* Content-Type is application/json, with or without parameters. */
int guard_json_type(const char *type);

/* ---- schema.c: the JSON Schema subset the tools' inputSchema use ---- */

/* 0 when value matches schema; else 1 with why ("missing 'role'"). */
int schema_check(const json_t *schema, const json_t *value, char *why, size_t size);
/* Parses a schema or result template written with ' for " (static text). */
json_t *json_quoted(const char *text);

/* ---- tools.c, resources.c, prompts.c, complete.c: the methods ---- */

json_t *tools_build(struct mcp_server *s); /* the tools/list array */
json_t *tools_call(struct mcp_server *s, json_t *params, struct mcp_err *e);
json_t *resources_list(struct mcp_server *s, json_t *params, struct mcp_err *e);
json_t *resources_templates(struct mcp_server *s, json_t *params, struct mcp_err *e);
json_t *resources_read(struct mcp_server *s, json_t *params, struct mcp_err *e);
json_t *prompts_list(struct mcp_server *s, json_t *params, struct mcp_err *e);
json_t *prompts_get(struct mcp_server *s, json_t *params, struct mcp_err *e);
json_t *completion_complete(struct mcp_server *s, json_t *params, struct mcp_err *e);

/* Names the library's matcher ranks closest to typed, at most limit, as
 * a JSON array of titles (or slugs), each once; for headings, only those
 * of section (a slug or title) when it names one.  Empty when nothing is
 * close or typed is blank. */
json_t *match_names(struct mcp_server *s, mlhead_match_what what, const char *typed,
                    const char *section, int slugs, size_t limit);

#endif
