/*
 * graph.c - the career tracks and the other moves as a Graphviz DOT graph
 * (`mlhead graph | dot -Tpng > graph.png`), or as JSON nodes and edges.
 *
 * Each track is a cluster of its roles in order; a track step is a solid
 * edge, another move the guide states a dashed edge labelled with its
 * words.  Roles outside every track appear only when a move touches them.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct graph {
    mlhead_role *roles;
    size_t nroles;
    mlhead_edge *edges;
    size_t nedges;
    const char **end; /* edge_ends() */
    size_t ends;
};

/* A DOT quoted string, prefix then s: quotes and backslashes escaped, line
 * breaks and other control bytes dropped, so no label can end it early. */
static void dot_string(FILE *out, const char *prefix, const char *s)
{
    fprintf(out, "\"%s", prefix);
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        if ((unsigned char)*s >= 0x20)
            fputc(*s, out);
    }
    fputc('"', out);
}

static int by_slug(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The slugs at either end of an edge, sorted, so that finding whether a
 * role is in an edge takes a binary search, not a pass over every edge
 * (roles times moves).  NULL, with g->ends 0, when there is no edge. */
static int edge_ends(struct graph *g)
{
    size_t i;
    g->ends = 0;
    g->end = g->nedges ? calloc(g->nedges, 2 * sizeof *g->end) : NULL;
    if (g->nedges && !g->end)
        return -1;
    for (i = 0; i < g->nedges; i++) {
        /* The slug is the key; a crafted database may leave it out. */
        if (g->edges[i].from.slug)
            g->end[g->ends++] = g->edges[i].from.slug;
        if (g->edges[i].to.slug)
            g->end[g->ends++] = g->edges[i].to.slug;
    }
    if (g->ends)
        qsort(g->end, g->ends, sizeof *g->end, by_slug);
    return 0;
}

static int in_an_edge(const struct graph *g, const mlhead_role *r)
{
    return r->slug && g->ends && bsearch(&r->slug, g->end, g->ends, sizeof *g->end, by_slug);
}

static int load(struct cli *c, struct graph *g)
{
    int status = mlhead_role_list(c->db, NULL, &g->roles, &g->nroles);
    if (status == MLHEAD_OK)
        status = mlhead_step_list(c->db, &g->edges, &g->nedges);
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    return edge_ends(g) == 0 ? EXIT_ANSWERED : cli_error(c, "out of memory");
}

static void node(FILE *out, const mlhead_role *r, const char *indent)
{
    fputs(indent, out);
    dot_string(out, "", r->slug);
    fputs(" [label=", out);
    dot_string(out, "", r->title);
    fputs("];\n", out);
}

static void print_dot(FILE *out, const struct graph *g)
{
    size_t i;
    const char *track = NULL;
    fputs("digraph mlhead {\n"
          "  rankdir=LR;\n"
          "  fontname=\"sans-serif\";\n"
          "  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n"
          "  edge [fontname=\"sans-serif\", fontsize=10];\n",
          out);
    /* role_list orders by track then level, so each track is one run. */
    for (i = 0; i < g->nroles; i++) {
        const mlhead_role *r = &g->roles[i];
        if (track && (!r->track || strcmp(track, r->track) != 0)) {
            fputs("  }\n", out);
            track = NULL;
        }
        if (r->track && !track) {
            track = r->track;
            fputs("  subgraph ", out);
            dot_string(out, "cluster_", r->track);
            fputs(" {\n    label=", out);
            dot_string(out, "", r->track_title);
            fputs(";\n", out);
        }
        if (r->track)
            node(out, r, "    ");
        else if (in_an_edge(g, r))
            node(out, r, "  ");
    }
    if (track)
        fputs("  }\n", out);
    for (i = 0; i < g->nedges; i++) {
        const mlhead_edge *e = &g->edges[i];
        fputs("  ", out);
        dot_string(out, "", e->from.slug);
        fputs(" -> ", out);
        dot_string(out, "", e->to.slug);
        if (e->kind == MLHEAD_STEP_MOVE) {
            fputs(" [style=dashed, label=", out);
            dot_string(out, "", e->note);
            fputs("]", out);
        }
        fputs(";\n", out);
    }
    fputs("}\n", out);
}

/* {"nodes": [role...], "edges": [edge...]} */
static int print_json(struct cli *c, const struct graph *g)
{
    json_t *nodes = json_array();
    size_t i;
    for (i = 0; i < g->nroles; i++)
        if (g->roles[i].track || in_an_edge(g, &g->roles[i]))
            json_array_append_new(nodes, mhj_role(&g->roles[i]));
    return report_print(
        c, json_pack("{s:o, s:o}", "nodes", nodes, "edges", mhj_edges(g->edges, g->nedges)), NULL,
        0);
}

int cmd_graph(struct cli *c, int argc, char **argv)
{
    struct graph g;
    int status;
    (void)argc, (void)argv;
    memset(&g, 0, sizeof g);
    status = load(c, &g);
    if (status == EXIT_ANSWERED) {
        if (c->json)
            status = print_json(c, &g);
        else
            print_dot(c->out, &g);
    }
    mlhead_free(g.edges);
    free(g.end);
    mlhead_free(g.roles);
    return status;
}
