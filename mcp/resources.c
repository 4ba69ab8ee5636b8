/*
 * resources.c - the guide as resources: each section as markdown
 * (mlhead://section/{slug}), the salary table (mlhead://salary), the
 * edition (mlhead://edition), and a role by the template
 * mlhead://role/{slug} (JSON: title, aliases, track, band, steps in and
 * out).  Every text cites its guide lines.  An unknown URI is -32002 with
 * the URI in data, as both protocol versions say.
 */
#include <stdlib.h>
#include <string.h>

#include "mcp.h"

#define SECTION_URI "mlhead://section/"
#define ROLE_URI "mlhead://role/"
#define TRACK_URI "mlhead://track/"

static json_t *resource(const char *uri, const char *name, const char *title,
                        const char *description, const char *mime)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:s}", "uri", mhj_text(uri), "name", mhj_text(name),
                     "title", mhj_text(title), "description", mhj_text(description), "mimeType",
                     mime);
}

json_t *resources_list(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    mlhead_section *sec;
    size_t n, i;
    json_t *list;
    (void)params;
    if (mlhead_section_list(s->db, &sec, &n) != MLHEAD_OK)
        return mcp_fail(e, RPC_INTERNAL_ERROR, "Internal error: %s", mlhead_errmsg(s->db));
    list = json_array();
    for (i = 0; i < n; i++) {
        char uri[300], about[300];
        snprintf(uri, sizeof uri, SECTION_URI "%s", sec[i].slug);
        snprintf(about, sizeof about, "The guide's section \"%s\" as markdown (%d items)",
                 sec[i].title, sec[i].items);
        json_array_append_new(list,
                              resource(uri, sec[i].slug, sec[i].title, about, "text/markdown"));
    }
    mlhead_free(sec);
    json_array_append_new(list, resource("mlhead://salary", "salary", "Salary table",
                                         "Every role's US salary band (2024) as a markdown "
                                         "table, with the guide line of each band",
                                         "text/markdown"));
    json_array_append_new(list, resource("mlhead://edition", "edition", "Edition of the data",
                                         "The guide, edition, market, currency and year",
                                         "application/json"));
    return json_pack("{s:o}", "resources", list);
}

static json_t *template(const char *uri, const char *name, const char *title,
                        const char *description, const char *mime)
{
    return json_pack("{s:s, s:s, s:s, s:s, s:s}", "uriTemplate", uri, "name", name, "title", title,
                     "description", description, "mimeType", mime);
}

json_t *resources_templates(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    (void)s, (void)params, (void)e;
    return json_pack(
        "{s:[o, o, o, o]}", "resourceTemplates",
        template(ROLE_URI "{slug}", "role", "A role of the guide",
                 "A role by slug (see list_roles): its title, aliases, track and level, salary "
                 "band, and the steps that lead to it and from it, each with its guide line",
                 "application/json"),
        template(TRACK_URI "{slug}", "track", "A career track",
                 "A career track by slug: its roles in order, each with its guide line",
                 "text/markdown"),
        template(SECTION_URI "{slug}", "section", "A section of the guide",
                 "A section of the guide by slug, as markdown, each item with its guide line",
                 "text/markdown"),
        template(SECTION_URI "{section}/{heading}", "heading", "A heading of a section",
                 "The items under one heading of a section (heading by slug or title)",
                 "text/markdown"));
}

/* ---- the texts ---- */

/* A section, or its items under one heading (category not NULL). */
static char *section_markdown(struct mcp_server *s, const mlhead_section *sec, const char *category)
{
    mlhead_item *items;
    size_t n, i, size;
    char *text = NULL;
    const char *heading = NULL, *group = NULL;
    FILE *f;
    if (mlhead_item_list(s->db, sec->slug, category, &items, &n) != MLHEAD_OK)
        return NULL;
    f = open_memstream(&text, &size);
    if (!f) {
        mlhead_free(items);
        return NULL;
    }
    fprintf(f, "# %s\n\n(guide line %d)\n", sec->title, sec->line);
    for (i = 0; i < n; i++) {
        const mlhead_item *it = &items[i];
        if (it->group && (!group || strcmp(group, it->group) != 0))
            fprintf(f, "\n## %s\n", it->group);
        group = it->group;
        if (!heading || strcmp(heading, it->category) != 0)
            fprintf(f, "\n%s %s\n\n", it->group ? "###" : "##", it->category);
        heading = it->category;
        if (it->term)
            fprintf(f, "- **%s**: %s (line %d)\n", it->term, it->text, it->line);
        else
            fprintf(f, "- %s (line %d)\n", it->text, it->line);
    }
    mlhead_free(items);
    if (fclose(f) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

static char *salary_markdown(struct mcp_server *s)
{
    mlhead_salary *bands;
    size_t n, i, size;
    char *text = NULL;
    FILE *f;
    if (mlhead_salary_list(s->db, &bands, &n) != MLHEAD_OK)
        return NULL;
    f = open_memstream(&text, &size);
    if (!f) {
        mlhead_free(bands);
        return NULL;
    }
    fputs("# Salary ranges (US, USD a year)\n\n"
          "A figure ending in + is a floor; unknown means the guide gives none.\n\n"
          "| role | band | min | max | average | line |\n|---|---|---|---|---|---|\n",
          f);
    for (i = 0; i < n; i++) {
        char lo[24], hi[24], avg[24], avg_hi[24];
        mlhead_figure_format(bands[i].min, lo, sizeof lo);
        mlhead_figure_format(bands[i].max, hi, sizeof hi);
        mlhead_figure_format(bands[i].avg, avg, sizeof avg);
        mlhead_figure_format(bands[i].avg_high, avg_hi, sizeof avg_hi);
        fprintf(f, "| %s | %s | %s | %s | %s%s%s | %d |\n", bands[i].role, bands[i].band, lo, hi,
                avg, bands[i].avg_is_range ? " - " : "", bands[i].avg_is_range ? avg_hi : "",
                bands[i].line);
    }
    mlhead_free(bands);
    if (fclose(f) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* The roles of the track with that slug; NULL when there is none. */
static char *track_markdown(struct mcp_server *s, const char *slug)
{
    mlhead_track *tracks;
    mlhead_role *roles;
    size_t nt, n, i, size;
    char *text = NULL;
    FILE *f = NULL;
    if (mlhead_track_list(s->db, &tracks, &nt) != MLHEAD_OK)
        return NULL;
    for (i = 0; i < nt && !f; i++) {
        if (strcmp(tracks[i].slug, slug) != 0 ||
            mlhead_role_list(s->db, slug, &roles, &n) != MLHEAD_OK)
            continue;
        f = open_memstream(&text, &size);
        if (f) {
            fprintf(f, "# %s\n\n(guide line %d)\n\n", tracks[i].title, tracks[i].line);
            for (size_t r = 0; r < n; r++)
                fprintf(f, "%d. %s (line %d)\n", roles[r].level, roles[r].title, roles[r].line);
        }
        mlhead_free(roles);
    }
    mlhead_free(tracks);
    if (f && fclose(f) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* The role with that slug, as JSON text; NULL when there is none. */
static char *role_json(struct mcp_server *s, const char *slug)
{
    mlhead_role *roles;
    mlhead_salary sal;
    mlhead_step *next;
    const char **aliases;
    size_t n, i, nnext, naliases;
    json_t *doc = NULL, *names;
    char *text;
    if (mlhead_role_list(s->db, NULL, &roles, &n) != MLHEAD_OK)
        return NULL;
    for (i = 0; i < n && !doc; i++) {
        if (strcmp(roles[i].slug, slug) != 0)
            continue;
        if (mlhead_role_aliases(s->db, roles[i].title, &aliases, &naliases) != MLHEAD_OK ||
            mlhead_next_roles(s->db, roles[i].title, &next, &nnext) != MLHEAD_OK)
            break;
        names = mhj_names(aliases, naliases);
        mlhead_free((void *)aliases);
        doc = json_pack(
            "{s:o, s:o, s:o, s:o}", "role", mhj_role(&roles[i]), "aliases", names, "salary",
            mlhead_salary_range(s->db, roles[i].title, &sal) == MLHEAD_OK ? mhj_salary(&sal)
                                                                          : json_null(),
            "next", mhj_steps(next, nnext));
        mlhead_free(next);
    }
    mlhead_free(roles);
    if (!doc)
        return NULL;
    text = json_dumps(doc, JSON_INDENT(2));
    json_decref(doc);
    return text;
}

static char *edition_json(struct mcp_server *s)
{
    mlhead_edition ed;
    json_t *doc;
    char *text;
    if (mlhead_edition_get(s->db, &ed) != MLHEAD_OK)
        return NULL;
    doc = mhj_edition(&ed);
    text = json_dumps(doc, JSON_INDENT(2));
    json_decref(doc);
    return text;
}

/* The text of a URI and its type; NULL when no resource has that URI. */
static char *read_uri(struct mcp_server *s, const char *uri, const char **mime)
{
    *mime = "text/markdown";
    if (strcmp(uri, "mlhead://salary") == 0)
        return salary_markdown(s);
    if (strncmp(uri, SECTION_URI, strlen(SECTION_URI)) == 0) {
        const char *slug = uri + strlen(SECTION_URI), *heading = strchr(slug, '/');
        size_t len = heading ? (size_t)(heading - slug) : strlen(slug);
        mlhead_section *sec;
        size_t n, i;
        char *text = NULL;
        if ((heading && !heading[1]) || mlhead_section_list(s->db, &sec, &n) != MLHEAD_OK)
            return NULL;
        for (i = 0; i < n; i++)
            if (strlen(sec[i].slug) == len && strncmp(sec[i].slug, slug, len) == 0)
                text = section_markdown(s, &sec[i], heading ? heading + 1 : NULL);
        mlhead_free(sec);
        return text;
    }
    if (strncmp(uri, TRACK_URI, strlen(TRACK_URI)) == 0)
        return track_markdown(s, uri + strlen(TRACK_URI));
    *mime = "application/json";
    if (strcmp(uri, "mlhead://edition") == 0)
        return edition_json(s);
    if (strncmp(uri, ROLE_URI, strlen(ROLE_URI)) == 0)
        return role_json(s, uri + strlen(ROLE_URI));
    return NULL;
}

json_t *resources_read(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    const char *uri = param_text(params, "uri"), *mime;
    char *text = read_uri(s, uri, &mime);
    json_t *result;
    if (!text) {
        mcp_fail(e, MCP_RESOURCE_NOT_FOUND, "Resource not found: %.300s", uri);
        e->data = json_pack("{s:s}", "uri", uri);
        return NULL;
    }
    result = json_pack("{s:[{s:s, s:s, s:o}]}", "contents", "uri", uri, "mimeType", mime, "text",
                       mhj_text(text));
    free(text);
    return result;
}
