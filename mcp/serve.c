/*
 * serve.c - `mlhead mcp`: the MCP server on stdin and stdout, over the
 * database the command opened (--db PATH, or the embedded data).
 *
 * A subcommand rather than a program of its own: the server is one more
 * way to ask the same questions, it shares the command's --db handling and
 * its install, and an MCP client's configuration names one binary.
 */
#include "../cli/cli.h"
#include "mcp.h"

int cmd_mcp(struct cli *c, int argc, char **argv)
{
    struct mcp_server s;
    int failed;
    (void)argc, (void)argv;
    if (mcp_server_init(&s, c->db, stderr) != 0) {
        mcp_server_free(&s);
        return cli_error("mcp: cannot describe the tools: %s", mlhead_errmsg(c->db));
    }
    failed = mcp_stdio(&s, stdin, c->out);
    mcp_server_free(&s);
    return failed ? cli_error("mcp: cannot write to stdout") : EXIT_ANSWERED;
}
