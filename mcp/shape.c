/*
 * shape.c - the library's structs as JSON values, in the shapes the
 * command's --json writes: a figure is {"usd": N, "bound": "exact" |
 * "at_least"} or null (never 0), every record keeps its guide line.
 * A string from a crafted --db that is not UTF-8 comes out with U+FFFD
 * in place of each bad byte, so every answer is valid JSON.
 */
#include <stdlib.h>
#include <string.h>

#include "mcp.h"
#include "utf8.h"

json_t *js_text(const char *s)
{
    json_t *v;
    char *clean, *w;
    const char *r;
    if (!s)
        return json_null();
    v = json_string(s);
    if (v)
        return v;
    clean = malloc(strlen(s) * 3 + 1);
    if (!clean)
        return NULL;
    for (r = s, w = clean; *r;) {
        size_t n = mh_utf8_length((const unsigned char *)r);
        if (n == 0) {
            memcpy(w, "\xEF\xBF\xBD", 3);
            w += 3;
            r++;
        } else {
            memcpy(w, r, n);
            w += n;
            r += n;
        }
    }
    *w = '\0';
    v = json_string(clean);
    free(clean);
    return v;
}

static const char *bound_name(mlhead_bound b)
{
    return b == MLHEAD_AT_LEAST ? "at_least" : "exact";
}

json_t *js_figure(mlhead_figure f)
{
    if (f.bound == MLHEAD_UNKNOWN)
        return json_null();
    return json_pack("{s:I, s:s}", "usd", (json_int_t)f.usd, "bound", bound_name(f.bound));
}

json_t *js_role(const mlhead_role *r)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:i}", "title", js_text(r->title), "slug",
                     js_text(r->slug), "track", js_text(r->track), "track_title",
                     js_text(r->track_title), "level",
                     r->level > 0 ? json_integer(r->level) : json_null(), "section",
                     js_text(r->section), "line", r->line);
}

json_t *js_step(const mlhead_step *st)
{
    return json_pack("{s:o, s:o, s:s, s:o, s:i}", "title", js_text(st->role.title), "slug",
                     js_text(st->role.slug), "kind",
                     st->kind == MLHEAD_STEP_TRACK ? "track" : "move", "note", js_text(st->note),
                     "line", st->line);
}

json_t *js_salary(const mlhead_salary *s)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:i, s:o, s:o, s:o, s:o, s:o, s:i}", "role",
                     js_text(s->role), "band", js_text(s->band), "heading", js_text(s->heading),
                     "market", js_text(s->market), "currency", js_text(s->currency), "year",
                     s->year, "period", js_text(s->period), "min", js_figure(s->min), "max",
                     js_figure(s->max), "avg", js_figure(s->avg), "avg_high",
                     js_figure(s->avg_high), "line", s->line);
}

json_t *js_track(const mlhead_track *t)
{
    return json_pack("{s:o, s:o, s:i, s:i}", "slug", js_text(t->slug), "title", js_text(t->title),
                     "steps", t->steps, "line", t->line);
}

json_t *js_item(const mlhead_item *it)
{
    return json_pack("{s:o, s:o, s:o, s:i, s:o, s:o, s:i}", "section", js_text(it->section),
                     "group", js_text(it->group), "category", js_text(it->category), "position",
                     it->position, "term", js_text(it->term), "text", js_text(it->text), "line",
                     it->line);
}

static const char *unit_name(mlhead_unit u)
{
    switch (u) {
    case MLHEAD_PERCENT: return "percent";
    case MLHEAD_PERCENTAGE_POINTS: return "percentage_points";
    case MLHEAD_COUNT: return "count";
    case MLHEAD_USD: return "usd";
    }
    return "count";
}

json_t *js_stat(const mlhead_stat *st)
{
    return json_pack("{s:o, s:f, s:s, s:o, s:o, s:o, s:o, s:o, s:i}", "slug", js_text(st->slug),
                     "value", st->value, "unit", unit_name(st->unit), "basis", js_text(st->basis),
                     "period", js_text(st->period), "source", js_text(st->source), "qualifier",
                     js_text(st->qualifier), "text", js_text(st->text), "line", st->line);
}

static const char *hit_name(mlhead_hit_kind k)
{
    switch (k) {
    case MLHEAD_HIT_ITEM: return "item";
    case MLHEAD_HIT_HEADING: return "heading";
    case MLHEAD_HIT_ROLE: return "role";
    case MLHEAD_HIT_STAT: return "stat";
    case MLHEAD_HIT_SALARY: return "salary";
    }
    return "item";
}

json_t *js_hit(const mlhead_hit *h)
{
    return json_pack("{s:s, s:o, s:o, s:o, s:o, s:f, s:i}", "kind", hit_name(h->kind), "section",
                     js_text(h->section), "category", js_text(h->category), "text",
                     js_text(h->text), "snippet", js_text(h->snippet), "rank", h->rank, "line",
                     h->line);
}

json_t *js_edition(const mlhead_edition *e)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:i, s:i}", "title", js_text(e->title), "source",
                     js_text(e->source), "edition", js_text(e->edition), "market",
                     js_text(e->market), "currency", js_text(e->currency), "year", e->year,
                     "schema_version", e->schema_version);
}

json_t *js_section(const mlhead_section *s)
{
    return json_pack("{s:o, s:o, s:i, s:i, s:i}", "slug", js_text(s->slug), "title",
                     js_text(s->title), "position", s->position, "items", s->items, "line",
                     s->line);
}
