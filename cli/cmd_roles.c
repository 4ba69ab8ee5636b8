/*
 * cmd_roles.c - the subcommands about roles and careers: roles, role,
 * tracks, track, next and path.  A role is always shown through the same
 * columns (ROLE_COLUMNS), whichever command lists it.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define ROLE_COLUMNS                                                                               \
    {"title", "ROLE", 0, NULL}, {"track_title", "TRACK", 0, NULL},                                 \
    {                                                                                              \
        "level", "LEVEL", COL_RIGHT, NULL                                                          \
    }

static const struct column role_cols[] = {ROLE_COLUMNS};
static const struct view roles_view = {NULL, NULL, role_cols, NCOLS(role_cols), 0, 0};

static const struct column step_cols[] = {{"title", "NEXT ROLE", 0, NULL},
                                          {"note", "HOW", 0, NULL}};

int cmd_roles(struct cli *c, int argc, char **argv)
{
    mlhead_role *roles;
    size_t n;
    int status = mlhead_role_list(c->db, NULL, &roles, &n);
    (void)argc, (void)argv;
    return REPORT_LIST(c, status, roles, n, mhj_roles, &roles_view);
}

int cmd_role(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {ROLE_COLUMNS, {"aliases", "ALSO CALLED", 0, NULL}};
    static const struct view views[] = {{"role", NULL, cols, NCOLS(cols), 1, 0},
                                        {"next", "Next steps:", step_cols, NCOLS(step_cols), 0, 0}};
    mlhead_role r;
    mlhead_step *steps = NULL;
    const char **aliases = NULL;
    size_t nsteps = 0, naliases = 0;
    json_t *role, *answer;
    int status = mlhead_role_find(c->db, argv[0], &r);
    (void)argc;
    if (status == MLHEAD_OK)
        status = mlhead_role_aliases(c->db, r.title, &aliases, &naliases);
    if (status == MLHEAD_OK)
        status = mlhead_next_roles(c->db, r.title, &steps, &nsteps);
    if (status != MLHEAD_OK) {
        mlhead_free(aliases);
        return fail_role(c, status, argv[0]);
    }
    role = mhj_role(&r);
    mhj_set(role, "aliases", mhj_names(aliases, naliases));
    answer = json_pack("{s:o, s:o}", "role", role, "next", mhj_steps(steps, nsteps));
    mlhead_free(aliases);
    mlhead_free(steps);
    return report_print(c, answer, views, 2);
}

/* The steps next to one role: up (next) or down (prev). */
static int print_steps(struct cli *c, const char *role, const struct view *view,
                       int (*list)(mlhead *, const char *, mlhead_step **, size_t *))
{
    mlhead_step *steps;
    size_t n;
    int status = list(c->db, role, &steps, &n);
    return status == MLHEAD_OK ? report_list(c, mhj_steps(steps, n), steps, view)
                               : fail_role(c, status, role);
}

int cmd_next(struct cli *c, int argc, char **argv)
{
    static const struct view view = {NULL, NULL, step_cols, NCOLS(step_cols), 0, 0};
    (void)argc;
    return print_steps(c, argv[0], &view, mlhead_next_roles);
}

int cmd_prev(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"title", "PREVIOUS ROLE", 0, NULL},
                                         {"note", "HOW", 0, NULL}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    (void)argc;
    return print_steps(c, argv[0], &view, mlhead_prev_roles);
}

int cmd_tracks(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"title", "TRACK", 0, NULL},
                                         {"slug", "SLUG", 0, NULL},
                                         {"steps", "STEPS", COL_RIGHT, NULL}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_track *tracks;
    size_t n;
    int status = mlhead_track_list(c->db, &tracks, &n);
    (void)argc, (void)argv;
    return REPORT_LIST(c, status, tracks, n, mhj_tracks, &view);
}

int cmd_track(struct cli *c, int argc, char **argv)
{
    mlhead_role *roles;
    size_t n;
    int status = mlhead_role_list(c->db, argv[0], &roles, &n), exit_status;
    (void)argc;
    if (status == MLHEAD_OK)
        return report_list(c, mhj_roles(roles, n), roles, &roles_view);
    exit_status = cli_fail(c, status);
    if (status == MLHEAD_NOT_FOUND)
        suggest(c, MLHEAD_MATCH_TRACK, argv[0]);
    return exit_status;
}

static int names_role(struct cli *c, char **words, int n)
{
    mlhead_role r;
    char *name = words_join(words, n);
    int found = name && mlhead_role_find(c->db, name, &r) == MLHEAD_OK;
    free(name);
    return found;
}

/* Where FROM ends among the words: before a word "to"; else the first
 * split where both halves name a role; else where one half does, so the
 * library's message names the other. */
static int path_split(struct cli *c, int argc, char **argv, int *skip)
{
    int k, from_only = 0, to_only = 0;
    *skip = 0;
    for (k = 1; k < argc - 1; k++)
        if (strcmp(argv[k], "to") == 0) {
            *skip = 1;
            return k;
        }
    for (k = 1; k < argc; k++) {
        int from = names_role(c, argv, k), to = names_role(c, argv + k, argc - k);
        if (from && to)
            return k;
        from_only = from_only ? from_only : from ? k : 0;
        to_only = to_only ? to_only : to ? k : 0;
    }
    return from_only ? from_only : to_only ? to_only : 1;
}

int cmd_path(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"step", "STEP", COL_RIGHT, NULL},
                                         {"title", "ROLE", 0, NULL},
                                         {"kind", "KIND", 0, NULL},
                                         {"note", "HOW", 0, NULL}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_step *steps;
    size_t n, i;
    json_t *answer;
    int skip, k = path_split(c, argc, argv, &skip), status;
    char *from = words_join(argv, k), *to = words_join(argv + k + skip, argc - k - skip);
    if (!from || !to) {
        status = cli_error(c, "out of memory");
        goto done;
    }
    status = mlhead_path_steps(c->db, from, to, &steps, &n);
    if (status != MLHEAD_OK) {
        int exit_status = cli_fail(c, status);
        /* mlhead_path_steps(db, from, to, ...): argument 3 is `to`. */
        if (status == MLHEAD_NOT_FOUND)
            suggest(c, MLHEAD_MATCH_ROLE, mlhead_errarg(c->db) == 3 ? to : from);
        status = exit_status;
        goto done;
    }
    answer = mhj_steps(steps, n);
    for (i = 0; i < n; i++)
        mhj_set(json_array_get(answer, i), "step", json_integer((json_int_t)i + 1));
    mlhead_free(steps);
    status = report_print(c, answer, &view, 1);
done:
    free(from);
    free(to);
    return status;
}

int cmd_match(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"title", "ROLE", 0, NULL},
                                         {"score", "SCORE", COL_RIGHT, NULL},
                                         {"matched", "BY", 0, NULL},
                                         {"name", "NAME", 0, NULL}};
    static const struct view view = {NULL, NULL, cols, NCOLS(cols), 0, 0};
    mlhead_role_match_hit *hits;
    size_t n, limit = c->limit == LIMIT_UNSET ? MATCH_DEFAULT : c->limit;
    json_t *answer;
    int status = mlhead_role_match(c->db, argv[0], limit, &hits, &n);
    (void)argc;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    answer = mhj_role_matches(hits, n);
    mlhead_free(hits);
    status = report_print(c, answer, &view, 1);
    return status == EXIT_ANSWERED && n == 0
               ? cli_say(c, EXIT_NOT_FOUND, "not found", "no role is close to \"%s\"", argv[0])
               : status;
}
