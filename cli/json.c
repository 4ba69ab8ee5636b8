/*
 * json.c - the library's structs as jansson values (see json.h).  The
 * key names are the struct's field names, so the JSON reads as the header;
 * an enum is the name the library gives it (mlhead_bound_name() ...).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

json_t *mhj_text(const char *s)
{
    static const char replacement[] = "\xef\xbf\xbd"; /* U+FFFD */
    size_t len, i = 0, o = 0;
    char *copy;
    json_t *v;
    if (!s)
        return json_null();
    len = strlen(s);
    for (i = 0; i < len; i += mh_utf8_length((const unsigned char *)s + i))
        if (mh_utf8_length((const unsigned char *)s + i) == 0)
            break;
    if (i >= len)
        return json_stringn_nocheck(s, len);
    /* Each bad byte becomes three; len < SIZE_MAX / 3 since s is in memory. */
    copy = malloc(3 * len + 1);
    if (!copy)
        return NULL;
    for (i = 0; i < len;) {
        size_t n = mh_utf8_length((const unsigned char *)s + i);
        if (n == 0) {
            memcpy(copy + o, replacement, 3);
            o += 3;
            i++;
        } else {
            memcpy(copy + o, s + i, n);
            o += n;
            i += n;
        }
    }
    v = json_stringn_nocheck(copy, o);
    free(copy);
    return v;
}

/* JSON has no NaN or infinity. */
static json_t *real(double v)
{
    return isfinite(v) ? json_real(v) : json_null();
}

static json_t *mhj_figure(mlhead_figure f)
{
    if (f.bound == MLHEAD_UNKNOWN)
        return json_null();
    return json_pack("{s:I, s:s}", "usd", (json_int_t)f.usd, "bound",
                     mlhead_bound_name((int)f.bound));
}

/* A 1-based number where 0 means none: null. */
static json_t *ordinal(int v)
{
    return v > 0 ? json_integer(v) : json_null();
}

json_t *mhj_edition(const mlhead_edition *e)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:i, s:i}", "title", mhj_text(e->title), "source",
                     mhj_text(e->source), "edition", mhj_text(e->edition), "market",
                     mhj_text(e->market), "currency", mhj_text(e->currency), "year", e->year,
                     "schema_version", e->schema_version);
}

json_t *mhj_role(const mlhead_role *r)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:i}", "title", mhj_text(r->title), "slug",
                     mhj_text(r->slug), "track", mhj_text(r->track), "track_title",
                     mhj_text(r->track_title), "level", ordinal(r->level), "section",
                     mhj_text(r->section), "line", r->line);
}

static json_t *mhj_step(const mlhead_step *s)
{
    return json_pack("{s:o, s:o, s:s, s:o, s:i}", "title", mhj_text(s->role.title), "slug",
                     mhj_text(s->role.slug), "kind", mlhead_step_kind_name((int)s->kind), "note",
                     mhj_text(s->note), "line", s->line);
}

static json_t *mhj_edge(const mlhead_edge *e)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:s, s:o, s:i}", "from", mhj_text(e->from.slug), "to",
                     mhj_text(e->to.slug), "from_title", mhj_text(e->from.title), "to_title",
                     mhj_text(e->to.title), "kind", mlhead_step_kind_name((int)e->kind), "note",
                     mhj_text(e->note), "line", e->line);
}

static json_t *mhj_role_match(const mlhead_role_match_hit *h)
{
    json_t *v = mhj_role(&h->role);
    if (mhj_set(v, "score", real(h->score)) != 0 ||
        mhj_set(v, "matched", json_string(mlhead_name_kind_name((int)h->matched))) != 0 ||
        mhj_set(v, "name", mhj_text(h->name)) != 0) {
        json_decref(v);
        return NULL;
    }
    return v;
}

static json_t *mhj_track(const mlhead_track *t)
{
    return json_pack("{s:o, s:o, s:i, s:i}", "title", mhj_text(t->title), "slug", mhj_text(t->slug),
                     "steps", t->steps, "line", t->line);
}

json_t *mhj_salary(const mlhead_salary *s)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:i, s:o, s:i}", "role",
                     mhj_text(s->role), "band", mhj_text(s->band), "heading", mhj_text(s->heading),
                     "min", mhj_figure(s->min), "max", mhj_figure(s->max), "avg",
                     mhj_figure(s->avg), "avg_high", mhj_figure(s->avg_high), "market",
                     mhj_text(s->market), "currency", mhj_text(s->currency), "year", s->year,
                     "period", mhj_text(s->period), "line", s->line);
}

json_t *mhj_offer(const mlhead_offer *o)
{
    return json_pack("{s:I, s:s, s:s}", "usd", (json_int_t)o->usd, "range",
                     mlhead_offer_verdict_name((int)o->range), "average",
                     mlhead_offer_verdict_name((int)o->average));
}

static json_t *mhj_section(const mlhead_section *s)
{
    return json_pack("{s:o, s:o, s:i, s:i, s:i}", "slug", mhj_text(s->slug), "title",
                     mhj_text(s->title), "items", s->items, "position", s->position, "line",
                     s->line);
}

static json_t *mhj_item(const mlhead_item *i)
{
    return json_pack("{s:o, s:o, s:o, s:i, s:o, s:o, s:i}", "section", mhj_text(i->section),
                     "group", mhj_text(i->group), "category", mhj_text(i->category), "position",
                     i->position, "term", mhj_text(i->term), "text", mhj_text(i->text), "line",
                     i->line);
}

static json_t *mhj_stat(const mlhead_stat *s)
{
    return json_pack("{s:o, s:o, s:s, s:o, s:o, s:o, s:o, s:o, s:i}", "slug", mhj_text(s->slug),
                     "value", real(s->value), "unit", mlhead_unit_name((int)s->unit), "qualifier",
                     mhj_text(s->qualifier), "basis", mhj_text(s->basis), "period",
                     mhj_text(s->period), "source", mhj_text(s->source), "text", mhj_text(s->text),
                     "line", s->line);
}

static json_t *mhj_hit(const mlhead_hit *h)
{
    return json_pack("{s:i, s:s, s:o, s:o, s:o, s:o, s:o}", "line", h->line, "kind",
                     mlhead_hit_kind_name((int)h->kind), "section", mhj_text(h->section),
                     "category", mhj_text(h->category), "text", mhj_text(h->text), "snippet",
                     mhj_text(h->snippet), "rank", real(h->rank));
}

/* One array function per builder: the loop is written once. */
#define MHJ_LIST(name, type, one)                                                                  \
    json_t *name(const type *v, size_t n)                                                          \
    {                                                                                              \
        json_t *a = json_array();                                                                  \
        size_t i;                                                                                  \
        for (i = 0; a && i < n; i++)                                                               \
            if (json_array_append_new(a, one(&v[i])) != 0) {                                       \
                json_decref(a);                                                                    \
                return NULL;                                                                       \
            }                                                                                      \
        return a;                                                                                  \
    }

MHJ_LIST(mhj_roles, mlhead_role, mhj_role)
MHJ_LIST(mhj_steps, mlhead_step, mhj_step)
MHJ_LIST(mhj_edges, mlhead_edge, mhj_edge)
MHJ_LIST(mhj_role_matches, mlhead_role_match_hit, mhj_role_match)
MHJ_LIST(mhj_tracks, mlhead_track, mhj_track)
MHJ_LIST(mhj_salaries, mlhead_salary, mhj_salary)
MHJ_LIST(mhj_sections, mlhead_section, mhj_section)
MHJ_LIST(mhj_items, mlhead_item, mhj_item)
MHJ_LIST(mhj_stats, mlhead_stat, mhj_stat)
MHJ_LIST(mhj_hits, mlhead_hit, mhj_hit)

typedef const char *name;
static json_t *name_text(const name *s)
{
    return mhj_text(*s);
}
MHJ_LIST(mhj_names, name, name_text)

json_t *mhj_error(const char *status, const char *message)
{
    return json_pack("{s:{s:o, s:o}}", "error", "status", mhj_text(status), "message",
                     mhj_text(message));
}

int mhj_set(json_t *obj, const char *key, json_t *value)
{
    if (!obj || !value) {
        json_decref(value);
        return -1;
    }
    return json_object_set_new(obj, key, value);
}
