/*
 * lists.c - the guide's lists through one mechanism: section > heading
 * (> heading) > item.  Responsibilities, requirements, skills, strategies,
 * soft skills, best practices, challenges, trends, market outlook, salary
 * factors and the AI/ML concepts are all rows of the same three tables, so
 * one call serves them all; best practices get their named wrapper.  The
 * market statistics live here too: numbers with their unit and basis; and
 * each section's own prose, its intro and closing paragraphs.
 */
#include <string.h>

#include "internal.h"

/* name is argument number arg of the public call (mlhead_errarg). */
static int section_id(mlhead *db, int arg, const char *name, sqlite3_int64 *id)
{
    return mh_lookup_id(db, MH_SECTION_FIND, MH_SECTION_ID_BY_NAME, arg, "section", name, 0, id);
}

static int category_id(mlhead *db, sqlite3_int64 section, int arg, const char *name,
                       sqlite3_int64 *id)
{
    static const char sql[] =
        "SELECT id FROM category WHERE section_id = ?2 AND (slug = ?1 OR title = ?1)";
    return mh_lookup_id(db, MH_CATEGORY_FIND, sql, arg, "heading", name, section, id);
}

static int read_section(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_section *s = row;
    const char **const texts[] = {&s->slug, &s->title};
    s->position = mh_col_int(st, 2);
    s->items = mh_col_int(st, 3);
    s->line = mh_col_int(st, 4);
    return MH_COL_TEXTS(db, st, 0, texts);
}

int mlhead_section_list(mlhead *db, mlhead_section **out, size_t *count)
{
    static const char sql[] =
        "SELECT s.slug, s.title, s.position,"
        " (SELECT count(*) FROM item i JOIN category c ON c.id = i.category_id"
        "  WHERE c.section_id = s.id), s.line"
        " FROM section s ORDER BY s.position";
    int status = MH_LIST_ARGS(db, 2, out, count);
    if (status == MLHEAD_OK)
        *out =
            mh_list(db, MH_SECTION_LIST, sql, NULL, 0, sizeof **out, read_section, count, &status);
    return status;
}

static int read_section_text(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_section_text *t = row;
    const char **const texts[] = {&t->section, &t->title, &t->intro, &t->closing};
    int status = MH_COL_TEXTS(db, st, 0, texts);
    t->intro_line = mh_col_int(st, 4);
    t->closing_line = t->closing ? mh_col_int(st, 5) : 0;
    if (status == MLHEAD_OK && (!t->section || !t->title || !t->intro))
        status = mh_fail(db, MLHEAD_CORRUPT, "a section has no slug, title or intro");
    return status;
}

int mlhead_section_text_get(mlhead *db, const char *section, mlhead_section_text *out)
{
    static const char sql[] =
        "SELECT slug, title, intro, closing, intro_line, closing_line FROM section WHERE id = ?1";
    sqlite3_stmt *st = NULL;
    sqlite3_int64 id;
    int status;
    if (out)
        memset(out, 0, sizeof *out);
    if (!db)
        return MLHEAD_INVALID;
    if (!out)
        return mh_fail_arg(db, 3, MLHEAD_INVALID, "out is NULL");
    status = section_id(db, 2, section, &id);
    if (status == MLHEAD_OK)
        status = mh_stmt(db, MH_SECTION_TEXT, sql, &st);
    if (status == MLHEAD_OK)
        status = mh_bind_id(db, st, 1, id);
    if (status == MLHEAD_OK)
        status = mh_row(db, st, read_section_text, out, sizeof *out);
    return mh_done(db, status);
}

static int read_category(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_category *c = row;
    const char **const texts[] = {&c->section, &c->slug, &c->title, &c->group};
    c->position = mh_col_int(st, 4);
    c->items = mh_col_int(st, 5);
    c->line = mh_col_int(st, 6);
    return MH_COL_TEXTS(db, st, 0, texts);
}

int mlhead_category_list(mlhead *db, const char *section, mlhead_category **out, size_t *count)
{
    static const char sql[] =
        "SELECT s.slug, c.slug, c.title, p.title, c.position,"
        " (SELECT count(*) FROM item i JOIN category k ON k.id = i.category_id"
        "  WHERE k.id = c.id OR k.parent_id = c.id), c.line"
        " FROM category c JOIN section s ON s.id = c.section_id"
        " LEFT JOIN category p ON p.id = c.parent_id"
        " WHERE c.section_id = ?1 ORDER BY c.line";
    sqlite3_int64 id;
    int status = MH_LIST_ARGS(db, 3, out, count);
    if (status == MLHEAD_OK)
        status = section_id(db, 2, section, &id);
    if (status == MLHEAD_OK)
        *out =
            mh_list(db, MH_CATEGORY_LIST, sql, &id, 1, sizeof **out, read_category, count, &status);
    return status;
}

static int read_item(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_item *it = row;
    const char **const texts[] = {&it->section, &it->group, &it->category, &it->term, &it->text};
    int status = MH_COL_TEXTS(db, st, 0, texts);
    it->position = mh_col_int(st, 5);
    it->line = mh_col_int(st, 6);
    if (status == MLHEAD_OK && !it->text)
        status = mh_fail(db, MLHEAD_CORRUPT, "an item has no text");
    return status;
}

/* The items of a section, or of one heading.  For mlhead_errarg():
 * section is argument number sarg of the public call (0: not one of its
 * arguments), category argument carg, out and count the two after it. */
static int items(mlhead *db, int sarg, const char *section, int carg, const char *category,
                 mlhead_item **out, size_t *count)
{
    /* A section's items, or one heading's: two statements, no id read
     * as "all". */
#define ITEMS(where)                                                                               \
    "SELECT s.slug, p.title, c.title, i.term, i.text, i.position, i.line"                          \
    " FROM item i JOIN category c ON c.id = i.category_id"                                         \
    " LEFT JOIN category p ON p.id = c.parent_id"                                                  \
    " JOIN section s ON s.id = c.section_id WHERE c.section_id = ?1" where " ORDER BY i.line"
    static const char section_sql[] = ITEMS("");
    static const char heading_sql[] = ITEMS(" AND (c.id = ?2 OR c.parent_id = ?2)");
#undef ITEMS
    sqlite3_int64 ids[2] = {0, 0}; /* section, heading */
    int status = MH_LIST_ARGS(db, carg + 1, out, count);
    if (status == MLHEAD_OK)
        status = section_id(db, sarg, section, &ids[0]);
    if (status == MLHEAD_OK && category)
        status = category_id(db, ids[0], carg, category, &ids[1]);
    if (status == MLHEAD_OK)
        *out = category ? mh_list(db, MH_ITEM_LIST_HEADING, heading_sql, ids, 2, sizeof **out,
                                  read_item, count, &status)
                        : mh_list(db, MH_ITEM_LIST, section_sql, ids, 1, sizeof **out, read_item,
                                  count, &status);
    return status;
}

int mlhead_item_list(mlhead *db, const char *section, const char *category, mlhead_item **out,
                     size_t *count)
{
    return items(db, 2, section, 3, category, out, count);
}

/* As mlhead_item_list(db, "best-practices", ...), one argument fewer. */
int mlhead_best_practices(mlhead *db, const char *category, mlhead_item **out, size_t *count)
{
    return items(db, 0, "best-practices", 2, category, out, count);
}

static int read_stat(mlhead *db, sqlite3_stmt *st, void *row)
{
    mlhead_stat *s = row;
    const char **const texts[] = {&s->slug,   &s->basis,     &s->period,
                                  &s->source, &s->qualifier, &s->text};
    const char *unit = (const char *)sqlite3_column_text(st, 6);
    /* The type before any conversion: SQLite leaves it undefined after. */
    int type = sqlite3_column_type(st, 7), u, status = MH_COL_TEXTS(db, st, 0, texts);
    s->value = sqlite3_column_double(st, 7);
    if (status == MLHEAD_OK && ((type != SQLITE_FLOAT && type != SQLITE_INTEGER) ||
                                !(s->value >= -MLHEAD_STAT_MAX && s->value <= MLHEAD_STAT_MAX)))
        status =
            mh_fail(db, MLHEAD_CORRUPT, "a statistic is not a number within +-%g", MLHEAD_STAT_MAX);
    s->line = mh_col_int(st, 8);
    for (u = MLHEAD_PERCENT; unit && u <= MLHEAD_USD; u++)
        if (strcmp(unit, mlhead_unit_name(u)) == 0)
            s->unit = (mlhead_unit)u;
    if (status == MLHEAD_OK && s->unit == 0)
        status = mh_fail(db, MLHEAD_CORRUPT, "a statistic has an unknown unit");
    return status;
}

int mlhead_stat_list(mlhead *db, mlhead_stat **out, size_t *count)
{
    static const char sql[] =
        "SELECT m.slug, m.basis, m.period, m.source, m.qualifier, i.text,"
        " m.unit, m.value, i.line FROM market_stat m JOIN item i ON i.id = m.item_id"
        " ORDER BY m.position";
    int status = MH_LIST_ARGS(db, 2, out, count);
    if (status == MLHEAD_OK)
        *out = mh_list(db, MH_STAT_LIST, sql, NULL, 0, sizeof **out, read_stat, count, &status);
    return status;
}
