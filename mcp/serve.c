/*
 * serve.c - `mlhead mcp`: the MCP server on stdin and stdout, over the
 * database the command opened (--db PATH, or the embedded data).
 *
 * A subcommand rather than a program of its own: the server is one more
 * way to ask the same questions, it shares the command's --db handling and
 * its install, and an MCP client's configuration names one binary.
 */
#include "../cli/cli.h"
#include "serve.h"

int cmd_mcp(struct cli *c, int argc, char **argv)
{
    (void)argc, (void)argv;
    return mcp_serve(c->db, stdin, c->out, stderr) ? EXIT_USAGE : EXIT_ANSWERED;
}
