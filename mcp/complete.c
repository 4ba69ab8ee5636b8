/*
 * complete.c - completion/complete: candidates for a prompt's argument or a
 * resource template's variable, ranked by the library's name matcher
 * (mlhead_match), so "hed of ml" completes as the tools would read it.
 * Roles, tracks, sections and headings each come from their own table; an
 * argument that takes no name (an amount) completes to nothing.  Also the
 * "did you mean" of a failed tool: the same matcher, the same ranking.
 */
#include <string.h>

#include "mcp.h"

/* Completion's cap, as the specification sets it. */
#define MAX_VALUES 100

/* What a prompt argument or template variable names. */
struct slot {
    const char *ref;  /* a prompt's name or a template's URI */
    const char *name; /* the argument or variable */
    mlhead_match_what what;
    int slugs; /* complete to slugs (URIs) rather than titles (prose) */
};

static const struct slot slots[] = {
    {"plan_career", "from", MLHEAD_MATCH_ROLE, 0},
    {"plan_career", "to", MLHEAD_MATCH_ROLE, 0},
    {"evaluate_offer", "role", MLHEAD_MATCH_ROLE, 0},
    {"evaluate_offer", "usd", 0, 0},
    {"mlhead://role/{slug}", "slug", MLHEAD_MATCH_ROLE, 1},
    {"mlhead://track/{slug}", "slug", MLHEAD_MATCH_TRACK, 1},
    {"mlhead://section/{slug}", "slug", MLHEAD_MATCH_SECTION, 1},
    {"mlhead://section/{section}/{heading}", "section", MLHEAD_MATCH_SECTION, 1},
    {"mlhead://section/{section}/{heading}", "heading", MLHEAD_MATCH_CATEGORY, 1},
};
#define NSLOTS (sizeof slots / sizeof slots[0])

/* A value the array holds already. */
static int listed(json_t *values, const char *value)
{
    size_t i;
    json_t *v;
    json_array_foreach(values, i, v)
    {
        if (strcmp(json_string_value(v), value) == 0)
            return 1;
    }
    return 0;
}

json_t *match_names(struct mcp_server *s, mlhead_match_what what, const char *typed,
                    const char *section, int slugs, size_t limit)
{
    mlhead_match_hit *hits;
    mlhead_section_text in = {0};
    size_t n, i;
    json_t *values = json_array();
    /* a heading lies in a section, as typed (slug or title): an unknown
     * one leaves every section's */
    if (what == MLHEAD_MATCH_CATEGORY && section &&
        mlhead_section_text_get(s->db, section, &in) != MLHEAD_OK)
        in.section = NULL;
    if (mlhead_match(s->db, what, typed, 0, &hits, &n) != MLHEAD_OK)
        return values; /* blank or over-long text: nothing to offer */
    for (i = 0; i < n && json_array_size(values) < limit; i++) {
        const char *value = slugs ? hits[i].slug : hits[i].title;
        if (in.section && hits[i].section && strcmp(in.section, hits[i].section) != 0)
            continue;
        if (!listed(values, value))
            json_array_append_new(values, mhj_text(value));
    }
    mlhead_free(hits);
    return values;
}

json_t *completion_complete(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    json_t *ref = json_object_get(params, "ref"), *arg = json_object_get(params, "argument");
    const char *type = param_text(ref, "type"), *key = param_text(arg, "name");
    const char *target =
        strcmp(type, "ref/prompt") == 0 ? param_text(ref, "name") : param_text(ref, "uri");
    const char *section =
        param_text(json_object_get(json_object_get(params, "context"), "arguments"), "section");
    const struct slot *slot = NULL;
    int known = 0;
    size_t i;
    json_t *values;
    if (!target)
        return mcp_fail(e, RPC_INVALID_PARAMS, "Invalid params: %s needs '%s'", type,
                        strcmp(type, "ref/prompt") == 0 ? "name" : "uri");
    for (i = 0; i < NSLOTS; i++) {
        if (strcmp(slots[i].ref, target) != 0)
            continue;
        known = 1;
        if (strcmp(slots[i].name, key) == 0)
            slot = &slots[i];
    }
    if (!known)
        return mcp_fail(e, RPC_INVALID_PARAMS, "Invalid params: no %s named %.200s",
                        strcmp(type, "ref/prompt") == 0 ? "prompt" : "resource template", target);
    if (!slot)
        return mcp_fail(e, RPC_INVALID_PARAMS, "Invalid params: %.200s has no argument '%.100s'",
                        target, key);
    values = slot->what ? match_names(s, slot->what, param_text(arg, "value"), section, slot->slugs,
                                      MAX_VALUES)
                        : json_array();
    return json_pack("{s:{s:o, s:I, s:b}}", "completion", "values", values, "total",
                     (json_int_t)json_array_size(values), "hasMore", 0);
}
