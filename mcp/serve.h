/*
 * serve.h - the entries the mlhead command calls: serve MCP on stdio, or
 * over HTTP.  Apart from mcp.h so that the command's files need no JSON
 * library.
 */
#ifndef MLHEAD_MCP_SERVE_H
#define MLHEAD_MCP_SERVE_H

#include <stddef.h>
#include <stdio.h>

#include "mlhead.h"

/* Serves until EOF on in.  Returns 0; 1 (said on log) when the tools
 * cannot be described or out cannot be written. */
int mcp_serve(mlhead *db, FILE *in, FILE *out, FILE *log);

/* How `mlhead mcp --http` listens, and whom it answers. */
#define MCP_HTTP_ALLOWED_MAX 16
struct mcp_http {
    char addr[64];                             /* a numeric IPv4 or IPv6 address ("127.0.0.1") */
    unsigned port;                             /* 0: any free port */
    unsigned timeout;                          /* seconds a connection may stay idle */
    unsigned threads;                          /* worker threads, each with its own handle */
    unsigned connections;                      /* connections open at once, at most */
    const char *origins[MCP_HTTP_ALLOWED_MAX]; /* --allow-origin, beside loopback's */
    size_t norigins;
    const char *hosts[MCP_HTTP_ALLOWED_MAX]; /* --allow-host, beside loopback's */
    size_t nhosts;
};

/* Serves HTTP until SIGTERM or SIGINT, then drains the requests in flight.
 * db is the first worker's handle; the others open db_path (NULL: the
 * embedded data).  Returns 0; 1 (said on log) when it cannot start. */
int mcp_serve_http(mlhead *db, const char *db_path, const struct mcp_http *h, FILE *log);

#endif
