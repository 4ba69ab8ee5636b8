/*
 * serve.c - `mlhead mcp`: the MCP server on stdin and stdout, or with
 * --http over HTTP, over the database the command opened (--db PATH, or
 * the embedded data).  This file reads the subcommand's own options; the
 * transports are stdio.c and http.c.
 *
 * A subcommand rather than a program of its own: the server is one more
 * way to ask the same questions, it shares the command's --db handling and
 * its install, and an MCP client's configuration names one binary.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/cli.h"
#include "serve.h"

/* The value of "--name=VALUE" or "--name VALUE"; NULL when arg is not
 * that option.  *missing is set when the value is absent. */
static const char *value_of(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t len = strlen(name);
    if (strncmp(argv[*i], name, len) != 0)
        return NULL;
    if (argv[*i][len] == '=')
        return argv[*i] + len + 1;
    if (argv[*i][len] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return "";
    }
    return argv[++*i];
}

static int whole(const char *s, unsigned lo, unsigned hi, unsigned *out)
{
    char *end;
    unsigned long v;
    if (!s || *s < '0' || *s > '9')
        return 0;
    v = strtoul(s, &end, 10);
    if (*end || v < lo || v > hi)
        return 0;
    *out = (unsigned)v;
    return 1;
}

/* Printable ASCII only: a value that is compared with request headers. */
static int header_safe(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s <= ' ' || *s > '~')
            return 0;
    return 1;
}

/* [ADDR:]PORT, ADDR an IPv4 address, [IPv6] or localhost. */
static int listen_at(struct mcp_http *h, const char *text)
{
    const char *colon = strrchr(text, ':'), *port = colon ? colon + 1 : text;
    size_t len = colon ? (size_t)(colon - text) : 0;
    if (!whole(port, 0, 65535, &h->port))
        return 0;
    if (!colon)
        return 1;
    if (len >= 2 && text[0] == '[' && text[len - 1] == ']') {
        text++;
        len -= 2;
    }
    if (len == 0 || len >= sizeof h->addr)
        return 0;
    memcpy(h->addr, text, len);
    h->addr[len] = '\0';
    if (strcmp(h->addr, "localhost") == 0)
        strcpy(h->addr, "127.0.0.1");
    return 1;
}

static int add_allowed(const char **list, size_t *n, const char *value)
{
    if (*n == MCP_HTTP_ALLOWED_MAX || !header_safe(value))
        return 0;
    list[(*n)++] = value;
    return 1;
}

/* The options that take a whole number, and where it goes. */
struct number_option {
    const char *name;
    unsigned lo, hi;
    size_t at; /* offsetof(struct mcp_http, ...) */
    const char *need;
};

static const struct number_option numbers[] = {
    {"--http-timeout", 1, 3600, offsetof(struct mcp_http, timeout),
     "--http-timeout needs SECONDS from 1 to 3600"},
    {"--http-threads", 1, 64, offsetof(struct mcp_http, threads),
     "--http-threads needs N from 1 to 64"},
    {"--http-connections", 1, 65536, offsetof(struct mcp_http, connections),
     "--http-connections needs N from 1 to 65536"},
};
#define NNUMBERS (sizeof numbers / sizeof numbers[0])

/* One option other than --http at argv[*i]: NULL when taken, else why
 * not; *known is 0 when it is no option of mcp's. */
static const char *other_option(int argc, char **argv, int *i, struct mcp_http *h, int *known)
{
    int missing = 0;
    const char *v;
    size_t k;
    *known = 1;
    for (k = 0; k < NNUMBERS; k++)
        if ((v = value_of(argc, argv, i, numbers[k].name, &missing)))
            return !missing && whole(v, numbers[k].lo, numbers[k].hi,
                                     (unsigned *)(void *)((char *)h + numbers[k].at))
                       ? NULL
                       : numbers[k].need;
    if ((v = value_of(argc, argv, i, "--allow-origin", &missing)))
        return !missing && add_allowed(h->origins, &h->norigins, v)
                   ? NULL
                   : "--allow-origin needs an ORIGIN (scheme://host[:port], or *) of "
                     "printable characters, at most 16 times";
    if ((v = value_of(argc, argv, i, "--allow-host", &missing)))
        return !missing && add_allowed(h->hosts, &h->nhosts, v)
                   ? NULL
                   : "--allow-host needs a HOST (a name, host:port, or *) of printable "
                     "characters, at most 16 times";
    *known = 0;
    return NULL;
}

/* Reads the options; 0, or EXIT_USAGE said on stderr. */
static int parse(struct cli *c, int argc, char **argv, struct mcp_http *h, int *http)
{
    int i, others = 0;
    for (i = 0; i < argc; i++) {
        const char *opt = argv[i], *v, *bad;
        int missing = 0, known;
        if ((v = value_of(argc, argv, &i, "--http", &missing))) {
            *http = 1;
            bad = missing || !listen_at(h, v)
                      ? "--http needs [ADDR:]PORT: a port from 0 to 65535, after a numeric "
                        "address (127.0.0.1, [::1]) or localhost"
                      : NULL;
        } else {
            bad = other_option(argc, argv, &i, h, &known);
            if (!known)
                return cli_error(c, "mcp: unknown option or operand \"%s\"; see mlhead --help",
                                 opt);
            others = 1;
        }
        if (bad)
            return cli_error(c, "mcp: %s", bad);
    }
    if (others && !*http)
        return cli_error(c, "mcp: --http-timeout, --http-threads, --http-connections, "
                            "--allow-origin and --allow-host go with --http only");
    return 0;
}

int cmd_mcp(struct cli *c, int argc, char **argv)
{
    struct mcp_http h;
    int http = 0, status;
    memset(&h, 0, sizeof h);
    strcpy(h.addr, "127.0.0.1");
    h.timeout = 10;
    h.threads = 4;
    h.connections = 256;
    status = parse(c, argc, argv, &h, &http);
    if (status)
        return status;
    if (http)
        return mcp_serve_http(c->db, c->db_path, &h, stderr) ? EXIT_USAGE : EXIT_ANSWERED;
    return mcp_serve(c->db, stdin, c->out, stderr) ? EXIT_USAGE : EXIT_ANSWERED;
}
