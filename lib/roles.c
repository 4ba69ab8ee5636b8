/*
 * roles.c - roles and their aliases, the career tracks, and the steps
 * between roles.
 *
 * A name finds a role through its title or an alias (both compare with
 * NOCASE, and the name is folded first).  Steps are the tracks' own
 * (consecutive levels) plus the table of other moves; the shortest path
 * between two roles is one recursive CTE over them, breadth first, with a
 * depth bound so a crafted database with a cycle still ends.
 */
#include <string.h>

#include "internal.h"

int mh_read_role_at(mlhead *db, sqlite3_stmt *st, int col, mlhead_role *out)
{
    const char **const texts[] = {&out->title, &out->slug, &out->track, &out->track_title,
                                  &out->section};
    int status = MH_COL_TEXTS(db, st, col, texts);
    out->level = mh_col_int(st, col + 5);
    out->line = mh_col_int(st, col + 6);
    if (status == MLHEAD_OK && !out->title)
        status = mh_fail(db, MLHEAD_CORRUPT, "a role has no title");
    return status;
}

static int read_role(mlhead *db, sqlite3_stmt *st, void *row)
{
    return mh_read_role_at(db, st, 0, row);
}

int mh_find_role_id(mlhead *db, int arg, const char *what, const char *name, sqlite3_int64 *id)
{
    /* From the role table, not a bare scalar subquery: that answers one
     * row holding NULL for an unknown name, never "not found". */
    static const char sql[] = "SELECT id FROM role WHERE id = " MH_ROLE_ID_BY_NAME;
    return mh_lookup_id(db, MH_ROLE_FIND_ID, sql, arg, what, name, 0, id);
}

int mlhead_role_find(mlhead *db, const char *name, mlhead_role *out)
{
    static const char sql[] =
        "SELECT " MH_ROLE_COLUMNS " FROM role r" MH_ROLE_JOINS " WHERE r.id = " MH_ROLE_ID_BY_NAME;
    struct mh_name key;
    int status = mh_cached_row(db, MH_ROLE_FIND, sql, read_role, 2, name, out, sizeof *out, &key);
    if (status == MLHEAD_NOT_FOUND)
        return mh_fail_arg(db, 2, status, "no role named \"%s\"", key.text);
    return mh_done(db, status);
}

static int track_id(mlhead *db, const char *name, sqlite3_int64 *id)
{
    static const char sql[] = "SELECT id FROM track WHERE slug = ?1 OR title = ?1";
    return mh_lookup_id(db, MH_TRACK_FIND, sql, 2, "track", name, 0, id);
}

int mlhead_role_list(mlhead *db, const char *track, mlhead_role **out, size_t *count)
{
    static const char sql[] = "SELECT " MH_ROLE_COLUMNS " FROM role r" MH_ROLE_JOINS
                              " WHERE ?1 IS NULL OR r.track_id = ?1"
                              " ORDER BY t.position IS NULL, t.position, r.level, r.title";
    sqlite3_int64 id = 0;
    int status = mh_list_args(db, 3, out, count);
    if (status == MLHEAD_OK && track)
        status = track_id(db, track, &id);
    return status ? status
                  : mh_list(db, MH_ROLE_LIST, sql, &id, 1, sizeof **out, read_role, out, count);
}

/* A list about one role found by name; the statement's ?1 is its id. */
static int role_rows(mlhead *db, const char *name, enum mh_stmt id, const char *sql, size_t size,
                     mh_row_fn read, void *out, size_t *count)
{
    sqlite3_int64 role;
    int status = mh_list_args(db, 3, out, count);
    if (status == MLHEAD_OK)
        status = mh_find_role_id(db, 2, "role", name, &role);
    return status ? status : mh_list(db, id, sql, &role, 1, size, read, out, count);
}

static int read_alias(mlhead *db, sqlite3_stmt *st, void *row)
{
    return mh_col_text(db, st, 0, row);
}

int mlhead_role_aliases(mlhead *db, const char *name, const char ***out, size_t *count)
{
    static const char sql[] = "SELECT alias FROM role_alias WHERE role_id = ?1 ORDER BY alias";
    return role_rows(db, name, MH_ROLE_ALIASES, sql, sizeof **out, read_alias, out, count);
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
    return mh_list(db, MH_TRACK_LIST, sql, NULL, 0, sizeof **out, read_track, out, count);
}

static int read_step(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_step *s = row;
    int status = mh_read_role_at(db, st, 0, &s->role);
    if (status == MLHEAD_OK)
        status = mh_col_text(db, st, 8, &s->note);
    s->kind = sqlite3_column_int(st, 7) == 1 ? MLHEAD_STEP_TRACK : MLHEAD_STEP_MOVE;
    s->line = mh_col_int(st, 9);
    return status;
}

/* The steps out of role ?1: kind 1 = the track's next level, 2 = a move. */
#define STEPS_FROM                                                                                 \
    "SELECT b.id AS to_id, 1 AS kind, tr.title AS note, tr.line AS line"                           \
    " FROM role a JOIN role b ON b.track_id = a.track_id AND b.level = a.level + 1"                \
    " JOIN track tr ON tr.id = a.track_id WHERE a.id = ?1"                                         \
    " UNION ALL SELECT to_role_id, 2, note, line FROM move WHERE from_role_id = ?1"

int mlhead_next_roles(mlhead *db, const char *role, mlhead_step **out, size_t *count)
{
    static const char sql[] = "SELECT " MH_ROLE_COLUMNS ", n.kind, n.note, n.line"
                              " FROM (" STEPS_FROM ") n JOIN role r ON r.id = n.to_id" MH_ROLE_JOINS
                              " ORDER BY n.kind, r.title";
    return role_rows(db, role, MH_NEXT_ROLES, sql, sizeof **out, read_step, out, count);
}

/*
 * Breadth first from ?1.  `walk` holds each (role, depth) once - UNION, not
 * UNION ALL - so its size is bounded by roles x depth, never by the number
 * of paths, and it only visits roles reachable from ?1.  `back` then walks
 * from ?2 at its least depth to a predecessor one level up, the smallest
 * id first so the answer is the same every time.  The depth bound keeps a
 * crafted database with a cycle finite.
 */
#define IS_STEP(a, b)                                                                              \
    "(EXISTS (SELECT 1 FROM move m WHERE m.from_role_id = " a ".id AND m.to_role_id = " b ".id)"   \
    " OR (" b ".track_id = " a ".track_id AND " b ".level = " a ".level + 1))"

int mlhead_path(mlhead *db, const char *from, const char *to, mlhead_role **out, size_t *count)
{
    static const char sql[] =
        "WITH RECURSIVE"
        " walk(id, depth) AS ("
        "  SELECT ?1, 0"
        "  UNION SELECT b.id, w.depth + 1 FROM walk w JOIN role a ON a.id = w.id"
        "   JOIN role b ON b.track_id = a.track_id AND b.level = a.level + 1"
        "   WHERE w.depth < 32 AND w.id <> ?2"
        "  UNION SELECT m.to_role_id, w.depth + 1 FROM walk w"
        "   JOIN move m ON m.from_role_id = w.id WHERE w.depth < 32 AND w.id <> ?2),"
        " back(id, depth) AS ("
        "  SELECT * FROM (SELECT id, depth FROM walk WHERE id = ?2 ORDER BY depth LIMIT 1)"
        "  UNION ALL SELECT (SELECT w.id FROM walk w JOIN role a ON a.id = w.id"
        "    JOIN role b ON b.id = k.id WHERE w.depth = k.depth - 1 AND " IS_STEP(
            "a", "b") "    ORDER BY w.id LIMIT 1), k.depth - 1 FROM back k WHERE k.depth > 0)"
                      " SELECT " MH_ROLE_COLUMNS
                      " FROM back JOIN role r ON r.id = back.id" MH_ROLE_JOINS
                      " ORDER BY back.depth";
    sqlite3_int64 ids[2];
    int status = mh_list_args(db, 4, out, count);
    if (status == MLHEAD_OK)
        status = mh_find_role_id(db, 2, "role (from)", from, &ids[0]);
    if (status == MLHEAD_OK)
        status = mh_find_role_id(db, 3, "role (to)", to, &ids[1]);
    if (status == MLHEAD_OK)
        status = mh_list(db, MH_PATH, sql, ids, 2, sizeof **out, read_role, out, count);
    if (status == MLHEAD_OK && *count == 0)
        status = mh_fail(db, MLHEAD_NO_PATH, "no steps lead from \"%s\" to \"%s\"", from, to);
    return status;
}
