/*
 * mlhead.c - the mlhead command: options, the table of subcommands, the
 * database it opens, and how a failure becomes a message and an exit
 * status (0 answered, 1 not found, 2 usage or database error).
 *
 * Options may come before or after the subcommand; "--" ends them, so a
 * search for "-x" is `mlhead search -- -x`.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum command_flags {
    JOIN = 1,        /* the operands are the words of one name: joined */
    TAKES_SVG = 2,   /* --svg */
    TAKES_RAW = 4,   /* --raw */
    TAKES_LIMIT = 8, /* --limit */
    OWN_OPTIONS = 16 /* options the command does not know go to it (after its name) */
};

struct command {
    const char *name;
    const char *args;
    int min, max; /* operands it takes; max -1: any number */
    unsigned flags;
    command_fn run;
    const char *help;
};

static const struct command commands[] = {
    {"salary", "[ROLE]", 0, -1, JOIN, cmd_salary, "one role's salary band, or the table of all"},
    {"roles", "", 0, 0, 0, cmd_roles, "every role, by track and level"},
    {"match", "TEXT", 1, -1, JOIN | TAKES_LIMIT, cmd_match,
     "the roles a typed name may mean, best first"},
    {"role", "ROLE", 1, -1, JOIN, cmd_role, "a role: its track, aliases, next steps"},
    {"tracks", "", 0, 0, 0, cmd_tracks, "the career tracks"},
    {"track", "NAME", 1, -1, JOIN, cmd_track, "the steps of one track"},
    {"next", "ROLE", 1, -1, JOIN, cmd_next, "the steps up from a role"},
    {"prev", "ROLE", 1, -1, JOIN, cmd_prev, "the steps that lead to a role"},
    {"path", "FROM [to] TO", 2, -1, 0, cmd_path, "the shortest chain of steps, each with its kind"},
    {"offer", "ROLE AMOUNT", 2, -1, 0, cmd_offer,
     "an offer against a role's band: below, within..."},
    {"practices", "[CATEGORY]", 0, -1, JOIN, cmd_practices, "the best practices"},
    {"list", "[SECTION [CATEGORY]]", 0, -1, 0, cmd_list,
     "the guide's sections, or a section's items"},
    {"stats", "", 0, 0, 0, cmd_stats, "market figures with unit and basis"},
    {"search", "QUERY", 1, -1, JOIN | TAKES_RAW | TAKES_LIMIT, cmd_search,
     "full-text search of the whole guide"},
    {"info", "", 0, 0, 0, cmd_info, "edition, schema and library versions"},
    {"chart", "", 0, 0, TAKES_SVG, cmd_chart, "the salary bands as a range chart"},
    {"graph", "", 0, 0, 0, cmd_graph, "the tracks and moves as Graphviz DOT"},
    {"mcp", "[--http [ADDR:]PORT]", 0, -1, OWN_OPTIONS, cmd_mcp,
     "serve the guide to AI assistants over MCP (stdio, or HTTP)"},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out)
{
    size_t i;
    fputs("usage: mlhead [--db PATH] [--json] COMMAND [ARGS]\n"
          "       mlhead --help | --version\n\ncommands:\n",
          out);
    for (i = 0; i < NCOMMANDS; i++) {
        char head[64];
        snprintf(head, sizeof head, "%s %s", commands[i].name, commands[i].args);
        fprintf(out, "  %-30s %s\n", head, commands[i].help);
    }
    fputs("\noptions:\n"
          "  --db PATH        read this mlhead.db instead of the embedded data\n"
          "  --json           print JSON\n"
          "  --raw            search: the query is FTS5 syntax (AND, OR, NEAR, \"...\", x*)\n"
          "  --limit N        search, match: at most N answers (default 20 and 5; 0: all)\n"
          "  --svg FILE       chart: also write the chart as SVG to FILE\n"
          "  -h, --help       this help\n"
          "  -V, --version    the versions of mlhead and its library\n"
          "\nexit status: 0 answered, 1 not found, 2 usage or database error\n"
          "see mlhead(1)\n",
          out);
}

/* The value of an option: "--opt=VALUE" or the next argument. */
static const char *option_value(int argc, char **argv, int *i, const char *name)
{
    size_t len = strlen(name);
    if (argv[*i][len] == '=')
        return argv[*i] + len + 1;
    if (*i + 1 >= argc)
        return NULL;
    return argv[++*i];
}

static int is_option(const char *arg, const char *name)
{
    size_t len = strlen(name);
    return strncmp(arg, name, len) == 0 && (arg[len] == '\0' || arg[len] == '=');
}

static int parse_limit(const char *s, size_t *out)
{
    char *end;
    unsigned long v;
    if (!s || !*s || *s == '-')
        return 0;
    v = strtoul(s, &end, 10);
    if (*end || v > 100000)
        return 0;
    *out = (size_t)v;
    return 1;
}

static const struct command *command_named(const char *name)
{
    size_t i;
    for (i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

/* The command named name takes options of its own. */
static int own_options(const char *name)
{
    const struct command *cmd = command_named(name);
    return cmd && (cmd->flags & OWN_OPTIONS);
}

/* Moves the operands to the front of argv; returns their count, or -1. */
static int parse_options(struct cli *c, int argc, char **argv, int *help, int *version)
{
    int i, n = 0, options_done = 0;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (options_done || a[0] != '-' || a[1] == '\0') {
            argv[n++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            options_done = 1;
        } else if (strcmp(a, "--json") == 0) {
            c->json = 1;
        } else if (strcmp(a, "--raw") == 0) {
            c->raw = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            *help = 1;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            *version = 1;
        } else if (is_option(a, "--db")) {
            if (!(c->db_path = option_value(argc, argv, &i, "--db"))) {
                cli_error(c, "--db needs a PATH");
                return -1;
            }
        } else if (is_option(a, "--svg")) {
            if (!(c->svg = option_value(argc, argv, &i, "--svg")) || !*c->svg) {
                cli_error(c, "--svg needs a FILE");
                return -1;
            }
        } else if (is_option(a, "--limit")) {
            if (!parse_limit(option_value(argc, argv, &i, "--limit"), &c->limit)) {
                cli_error(c, "--limit needs a whole number from 0 to 100000");
                return -1;
            }
        } else if (n > 0 && own_options(argv[0])) {
            argv[n++] = argv[i]; /* the command's own, such as mcp --http */
        } else {
            cli_error(c, "unknown option \"%s\" (a query starting with - goes after --)", a);
            return -1;
        }
    }
    return n;
}

/* The command by name; NULL, said with the closest names. */
static const struct command *find_command(struct cli *c, const char *name)
{
    const char *names[NCOMMANDS];
    const struct command *cmd = command_named(name);
    size_t i;
    if (cmd)
        return cmd;
    for (i = 0; i < NCOMMANDS; i++)
        names[i] = commands[i].name;
    cli_error(c, "unknown command \"%s\"; see mlhead --help", name);
    suggest_command(name, names, NCOMMANDS);
    return NULL;
}

/* Options that belong to one subcommand only are an error elsewhere. */
static int check_usage(struct cli *c, const struct command *cmd, int nargs)
{
    if (c->svg && !(cmd->flags & TAKES_SVG))
        return cli_error(c, "--svg goes with chart only");
    if (c->raw && !(cmd->flags & TAKES_RAW))
        return cli_error(c, "--raw goes with search only");
    if (c->limit != LIMIT_UNSET && !(cmd->flags & TAKES_LIMIT))
        return cli_error(c, "--limit goes with search and match only");
    if (nargs < cmd->min || (cmd->max >= 0 && nargs > cmd->max))
        return cli_error(c, "usage: mlhead %s %s", cmd->name, cmd->args);
    return EXIT_ANSWERED;
}

static int run(struct cli *c, const struct command *cmd, int argc, char **argv)
{
    char *joined = NULL, detail[512];
    int status = mlhead_open_msg(c->db_path, &c->db, detail, sizeof detail);
    if (status != MLHEAD_OK) {
        const char *word = mlhead_strerror(status);
        if (c->db_path)
            return cli_say(c, EXIT_USAGE, word, "--db \"%s\": %s: %s", c->db_path, word, detail);
        return cli_say(c, EXIT_USAGE, word, "the embedded data: %s: %s", word, detail);
    }
    /* `mlhead salary head of ml` asks for one name of three words. */
    if ((cmd->flags & JOIN) && argc > 1) {
        joined = words_join(argv, argc);
        argv = &joined;
        argc = 1;
    }
    status = argc == 1 && !argv[0] ? cli_error(c, "out of memory") : cmd->run(c, argc, argv);
    free(joined);
    mlhead_close(c->db);
    c->db = NULL;
    if (fflush(c->out) != 0 || ferror(c->out))
        return cli_error(c, "cannot write the output");
    return status;
}

int main(int argc, char **argv)
{
    struct cli c;
    const struct command *cmd;
    int help = 0, version = 0, n, status;
    memset(&c, 0, sizeof c);
    c.out = stdout;
    c.limit = LIMIT_UNSET;
    n = parse_options(&c, argc, argv, &help, &version);
    if (n < 0)
        return EXIT_USAGE;
    if (help) {
        usage(stdout);
        return EXIT_ANSWERED;
    }
    if (version) {
        printf("mlhead %s (libmlhead %s)\n", MLHEAD_VERSION, mlhead_version());
        return EXIT_ANSWERED;
    }
    if (n == 0) {
        usage(stderr);
        return EXIT_USAGE;
    }
    cmd = find_command(&c, argv[0]);
    if (!cmd)
        return EXIT_USAGE;
    status = check_usage(&c, cmd, n - 1);
    if (status != EXIT_ANSWERED)
        return status;
    return run(&c, cmd, n - 1, argv + 1);
}
