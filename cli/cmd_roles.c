/*
 * cmd_roles.c - the subcommands about roles and careers: roles, role,
 * tracks, track, next and path.  A role is always shown through the same
 * columns (ROLE_COLUMNS and add_role), whichever command lists it.
 */
#include <stdlib.h>

#include "cli.h"

/* One column a line; clang-format would reflow the macro's list. */
/* clang-format off */
#define ROLE_COLUMNS                                 \
    {"title", "ROLE", COL_BOTH},                     \
    {"slug", "SLUG", COL_JSON},                      \
    {"track", "TRACK", COL_JSON},                    \
    {"track_title", "TRACK", COL_BOTH},              \
    {"level", "LEVEL", COL_BOTH | COL_RIGHT},        \
    {"section", "SECTION", COL_JSON},                \
    {"line", "LINE", COL_JSON}
/* clang-format on */

static const struct column role_cols[] = {ROLE_COLUMNS};

static void add_role(struct table *t, const mlhead_role *r)
{
    tab_text(t, r->title);
    tab_text(t, r->slug);
    tab_text(t, r->track);
    tab_text(t, r->track_title);
    if (r->level > 0)
        tab_int(t, r->level);
    else
        tab_null(t);
    tab_text(t, r->section);
    tab_int(t, r->line);
}

static int print_roles(struct cli *c, const char *title, mlhead_role *roles, size_t n)
{
    struct table t;
    size_t i;
    tab_init(&t, "roles", title, role_cols, NCOLS(role_cols));
    for (i = 0; i < n; i++)
        add_role(&t, &roles[i]);
    mlhead_free(roles);
    return report_print(c, &t, 1);
}

int cmd_roles(struct cli *c, int argc, char **argv)
{
    mlhead_role *roles;
    size_t n;
    int status = mlhead_role_list(c->db, NULL, &roles, &n);
    (void)argc, (void)argv;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    return print_roles(c, NULL, roles, n);
}

static const struct column step_cols[] = {
    {"title", "NEXT ROLE", COL_BOTH}, {"slug", "SLUG", COL_JSON}, {"kind", "KIND", COL_JSON},
    {"note", "HOW", COL_BOTH},        {"line", "LINE", COL_JSON},
};

static void add_steps(struct table *t, const mlhead_step *steps, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        tab_text(t, steps[i].role.title);
        tab_text(t, steps[i].role.slug);
        tab_text(t, steps[i].kind == MLHEAD_STEP_TRACK ? "track" : "move");
        tab_text(t, steps[i].note);
        tab_int(t, steps[i].line);
    }
}

int cmd_role(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {ROLE_COLUMNS, {"aliases", "ALSO CALLED", COL_BOTH}};
    struct table t[2];
    mlhead_role r;
    mlhead_step *steps = NULL;
    const char **aliases = NULL;
    size_t nsteps = 0, naliases = 0;
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
    tab_init(&t[0], "role", NULL, cols, NCOLS(cols));
    t[0].record = 1;
    add_role(&t[0], &r);
    tab_list(&t[0], aliases, naliases);
    tab_init(&t[1], "next", "Next steps:", step_cols, NCOLS(step_cols));
    add_steps(&t[1], steps, nsteps);
    mlhead_free(aliases);
    mlhead_free(steps);
    return report_print(c, t, 2);
}

int cmd_next(struct cli *c, int argc, char **argv)
{
    struct table t;
    mlhead_step *steps;
    size_t n;
    int status = mlhead_next_roles(c->db, argv[0], &steps, &n);
    (void)argc;
    if (status != MLHEAD_OK)
        return fail_role(c, status, argv[0]);
    tab_init(&t, "next", NULL, step_cols, NCOLS(step_cols));
    add_steps(&t, steps, n);
    mlhead_free(steps);
    return report_print(c, &t, 1);
}

static const struct column track_cols[] = {
    {"title", "TRACK", COL_BOTH},
    {"slug", "SLUG", COL_BOTH},
    {"steps", "STEPS", COL_BOTH | COL_RIGHT},
    {"line", "LINE", COL_JSON},
};

int cmd_tracks(struct cli *c, int argc, char **argv)
{
    struct table t;
    mlhead_track *tracks;
    size_t n, i;
    int status = mlhead_track_list(c->db, &tracks, &n);
    (void)argc, (void)argv;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    tab_init(&t, "tracks", NULL, track_cols, NCOLS(track_cols));
    for (i = 0; i < n; i++) {
        tab_text(&t, tracks[i].title);
        tab_text(&t, tracks[i].slug);
        tab_int(&t, tracks[i].steps);
        tab_int(&t, tracks[i].line);
    }
    mlhead_free(tracks);
    return report_print(c, &t, 1);
}

/* Offers the tracks' titles and slugs closest to a name not found. */
static void suggest_track(struct cli *c, const char *typed)
{
    mlhead_track *tracks;
    const char **names;
    size_t n, i;
    if (mlhead_track_list(c->db, &tracks, &n) != MLHEAD_OK)
        return;
    names = malloc(2 * n * sizeof *names + 1);
    for (i = 0; names && i < n; i++) {
        names[2 * i] = tracks[i].title;
        names[2 * i + 1] = tracks[i].slug;
    }
    if (names)
        suggest(typed, names, 2 * n);
    free(names);
    mlhead_free(tracks);
}

int cmd_track(struct cli *c, int argc, char **argv)
{
    mlhead_role *roles;
    size_t n;
    int status = mlhead_role_list(c->db, argv[0], &roles, &n), exit_status;
    (void)argc;
    if (status == MLHEAD_OK)
        return print_roles(c, NULL, roles, n);
    exit_status = cli_fail(c, status);
    if (status == MLHEAD_NOT_FOUND)
        suggest_track(c, argv[0]);
    return exit_status;
}

int cmd_path(struct cli *c, int argc, char **argv)
{
    static const struct column cols[] = {{"step", "STEP", COL_BOTH | COL_RIGHT}, ROLE_COLUMNS};
    struct table t;
    mlhead_role *roles, r;
    size_t n, i;
    int status = mlhead_path(c->db, argv[0], argv[1], &roles, &n);
    (void)argc;
    if (status != MLHEAD_OK) {
        int exit_status = cli_fail(c, status);
        /* The message said which name is unknown; the suggestion needs it
         * too, and asking the library again must follow the message. */
        if (status == MLHEAD_NOT_FOUND)
            suggest_role(c, mlhead_role_find(c->db, argv[0], &r) == MLHEAD_NOT_FOUND ? argv[0]
                                                                                     : argv[1]);
        return exit_status;
    }
    tab_init(&t, "path", NULL, cols, NCOLS(cols));
    for (i = 0; i < n; i++) {
        tab_int(&t, (int64_t)i + 1);
        add_role(&t, &roles[i]);
    }
    mlhead_free(roles);
    return report_print(c, &t, 1);
}
