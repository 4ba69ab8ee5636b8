/*
 * serve.h - the one entry the mlhead command calls: serve MCP on stdio.
 * Apart from mcp.h so that the command's files need no JSON library.
 */
#ifndef MLHEAD_MCP_SERVE_H
#define MLHEAD_MCP_SERVE_H

#include <stdio.h>

#include "mlhead.h"

/* Serves until EOF on in.  Returns 0; 1 (said on log) when the tools
 * cannot be described or out cannot be written. */
int mcp_serve(mlhead *db, FILE *in, FILE *out, FILE *log);

#endif
