/*
 * json.h - the library's answers as JSON values (jansson's json_t): one
 * builder per struct of mlhead.h, shared by the mlhead command's --json and
 * the MCP server.  No state: each builder reads only its argument.
 *
 * Shapes:
 *   figure  {"usd": N, "bound": "exact" | "at_least"}, or null when the
 *           guide gives no figure (never 0);
 *   string  a NULL string is null; a byte that is not UTF-8 (a crafted
 *           --db) becomes U+FFFD, so every value can be dumped;
 *   lists   an array of the one-row builder's objects.
 *
 * Ownership: each builder returns a new reference (json_decref() it), or
 * NULL when out of memory.  A builder that takes a json_t steals it.
 */
#ifndef MLHEAD_CLI_JSON_H
#define MLHEAD_CLI_JSON_H

#include <jansson.h>
#include <stddef.h>

#include "mlhead.h"

json_t *mhj_text(const char *s);
json_t *mhj_edition(const mlhead_edition *e);
json_t *mhj_role(const mlhead_role *r);
json_t *mhj_salary(const mlhead_salary *s);
json_t *mhj_offer(const mlhead_offer *o); /* {"usd", "range", "average"}: verdict names */

/* Arrays of one object per row (the array of strings: ["...", ...]). */
json_t *mhj_names(const char *const *names, size_t n);
json_t *mhj_roles(const mlhead_role *v, size_t n);
json_t *mhj_steps(const mlhead_step *v, size_t n);
json_t *mhj_edges(const mlhead_edge *v, size_t n); /* "from", "to": slugs; titles, "kind" */
json_t *mhj_role_matches(const mlhead_role_match_hit *v, size_t n); /* the role, "score" ... */
json_t *mhj_tracks(const mlhead_track *v, size_t n);
json_t *mhj_salaries(const mlhead_salary *v, size_t n);
json_t *mhj_sections(const mlhead_section *v, size_t n);
json_t *mhj_items(const mlhead_item *v, size_t n);
json_t *mhj_stats(const mlhead_stat *v, size_t n);
json_t *mhj_hits(const mlhead_hit *v, size_t n);

/* {"error": {"status": mlhead_strerror(status) or `word`, "message": msg}}:
 * a failure, as the command's --json prints it. */
json_t *mhj_error(const char *status, const char *message);

/* Sets key to value in obj, stealing value; -1 (obj unchanged, value
 * released) when either is NULL or out of memory. */
int mhj_set(json_t *obj, const char *key, json_t *value);

#endif
