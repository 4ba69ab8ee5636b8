/*
 * roles.c - roles, their aliases and the career tracks.
 *
 * A name finds a role through its title, an alias or its slug (compared
 * with NOCASE, the name folded first).  The steps between roles, and the
 * lists that start from a role found by name, go through graph.c.
 */
#include <string.h>

#include "internal.h"

static int read_role(mlhead *db, sqlite3_stmt *st, void *row)
{
    return mh_read_role_at(db, st, 0, row);
}

int mlhead_role_find(mlhead *db, const char *name, mlhead_role *out)
{
    static const char sql[] =
        "SELECT " MH_ROLE_COLUMNS " FROM role r" MH_ROLE_JOINS " WHERE r.id = " MH_ROLE_ID_BY_NAME;
    struct mh_name key;
    int status = mh_cached_row(db, MH_ROLE_FIND, sql, read_role, 2, name, out, sizeof *out, &key);
    if (status == MLHEAD_NOT_FOUND)
        return mh_fail_arg(db, 2, status, "no role named \"%s\"", mh_typed(db, &key));
    return mh_done(db, status);
}

static int track_id(mlhead *db, const char *name, sqlite3_int64 *id)
{
    static const char sql[] = "SELECT id FROM track WHERE slug = ?1 OR title = ?1";
    return mh_lookup_id(db, MH_TRACK_FIND, sql, 2, "track", name, 0, id);
}

int mlhead_role_list(mlhead *db, const char *track, mlhead_role **out, size_t *count)
{
    /* Every role, or one track's: two statements, no id read as "all". */
#define ROLE_LIST(where)                                                                           \
    "SELECT " MH_ROLE_COLUMNS " FROM role r" MH_ROLE_JOINS where                                   \
    " ORDER BY t.position IS NULL, t.position, r.level, r.title"
    static const char all_sql[] = ROLE_LIST("");
    static const char track_sql[] = ROLE_LIST(" WHERE r.track_id = ?1");
#undef ROLE_LIST
    sqlite3_int64 id = 0;
    int status = MH_LIST_ARGS(db, 3, out, count);
    if (status == MLHEAD_OK && track)
        status = track_id(db, track, &id);
    if (status == MLHEAD_OK)
        *out = track ? mh_list(db, MH_ROLE_LIST_TRACK, track_sql, &id, 1, sizeof **out, read_role,
                               count, &status)
                     : mh_list(db, MH_ROLE_LIST, all_sql, NULL, 0, sizeof **out, read_role, count,
                               &status);
    return status;
}

static int read_alias(mlhead *db, sqlite3_stmt *st, void *row)
{
    return mh_col_text(db, st, 0, row);
}

int mlhead_role_aliases(mlhead *db, const char *name, const char ***out, size_t *count)
{
    static const char sql[] = "SELECT alias FROM role_alias WHERE role_id = ?1 ORDER BY alias";
    sqlite3_int64 role;
    int status = MH_LIST_ARGS(db, 3, out, count);
    if (status == MLHEAD_OK)
        status = mh_find_role_id(db, 2, "role", name, &role);
    if (status == MLHEAD_OK)
        *out =
            mh_list(db, MH_ROLE_ALIASES, sql, &role, 1, sizeof **out, read_alias, count, &status);
    return status;
}

static int read_track(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_track *t = row;
    const char **const texts[] = {&t->slug, &t->title};
    t->steps = mh_col_int(st, 2);
    t->line = mh_col_int(st, 3);
    return MH_COL_TEXTS(db, st, 0, texts);
}

int mlhead_track_list(mlhead *db, mlhead_track **out, size_t *count)
{
    static const char sql[] =
        "SELECT t.slug, t.title, (SELECT count(*) FROM role r WHERE r.track_id = t.id), t.line"
        " FROM track t ORDER BY t.position";
    int status = MH_LIST_ARGS(db, 2, out, count);
    if (status == MLHEAD_OK)
        *out = mh_list(db, MH_TRACK_LIST, sql, NULL, 0, sizeof **out, read_track, count, &status);
    return status;
}
