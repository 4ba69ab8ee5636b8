/*
 * tools.c - the tools: the library's questions, each with a description
 * written for a model, an inputSchema (checked by schema.c before the tool
 * runs), an outputSchema its structuredContent follows, and read-only
 * annotations.  Every answer carries "provenance": the edition of the data
 * and each guide line the answer rests on.  A tool that runs and fails (an
 * unknown role, no path) answers isError with the library's message and,
 * for a name, the closest known names.
 *
 * Bad arguments: under 2025-06-18 a JSON-RPC -32602; under 2025-11-25 a
 * tool execution error (isError), so the model sees why (SEP-1303).  An
 * unknown tool is -32602 under both.
 */
#include <stdlib.h>
#include <string.h>

#include "mcp.h"

/* ---- pieces of the schemas (JSON with ' for ") ---- */

#define STR "{'type':'string'}"
#define STR_OR_NULL "{'type':['string','null']}"
#define INT "{'type':'integer'}"
#define NAME(what)                                                                                 \
    "{'type':'string','minLength':1,'maxLength':256,'description':'" what                          \
    " as the guide or a person writes it: a title or an alias, any case'}"
#define FIGURE                                                                                     \
    "{'type':['object','null'],'required':['usd','bound'],'additionalProperties':false,"           \
    "'properties':{'usd':" INT ",'bound':{'type':'string','enum':'bounds'}}}"
#define ROLE                                                                                       \
    "{'type':'object','required':['title','slug','track','level','line'],'properties':{"           \
    "'title':" STR ",'slug':" STR ",'track':" STR_OR_NULL ",'track_title':" STR_OR_NULL            \
    ",'level':{'type':['integer','null']},'section':" STR_OR_NULL ",'line':" INT "}}"
#define STEP                                                                                       \
    "{'type':'object','required':['title','slug','kind','note','line'],'properties':{"             \
    "'title':" STR ",'slug':" STR ",'kind':{'type':'string','enum':'step_kinds'}"                  \
    ",'note':" STR_OR_NULL ",'line':" INT "}}"
#define SALARY                                                                                     \
    "{'type':'object','required':['role','band','min','max','avg','avg_high','line'],"             \
    "'properties':{'role':" STR ",'band':" STR ",'heading':" STR ",'market':" STR                  \
    ",'currency':" STR ",'year':" INT ",'period':" STR ",'min':" FIGURE ",'max':" FIGURE           \
    ",'avg':" FIGURE ",'avg_high':" FIGURE ",'line':" INT "}}"
#define TRACK                                                                                      \
    "{'type':'object','required':['slug','title','steps','line'],'properties':{'slug':" STR        \
    ",'title':" STR ",'steps':" INT ",'line':" INT "}}"
#define ITEM                                                                                       \
    "{'type':'object','required':['section','category','text','line'],'properties':{"              \
    "'section':" STR ",'group':" STR_OR_NULL ",'category':" STR ",'position':" INT                 \
    ",'term':" STR_OR_NULL ",'text':" STR ",'line':" INT "}}"
#define STAT                                                                                       \
    "{'type':'object','required':['slug','value','unit','basis','text','line'],"                   \
    "'properties':{'slug':" STR ",'value':{'type':['number','null']},'unit':{'type':'string',"     \
    "'enum':'units'},'basis':" STR ",'period':" STR_OR_NULL ",'source':" STR_OR_NULL               \
    ",'qualifier':" STR_OR_NULL ",'text':" STR ",'line':" INT "}}"
#define HIT                                                                                        \
    "{'type':'object','required':['kind','section','text','snippet','line'],'properties':{"        \
    "'kind':{'type':'string','enum':'hit_kinds'},'section'"                                        \
    ":" STR_OR_NULL ",'category':" STR_OR_NULL ",'text':" STR ",'snippet':" STR                    \
    ",'rank':{'type':['number','null']},'line':" INT "}}"
#define EDITION                                                                                    \
    "{'type':'object','required':['title','edition','market','currency','year'],"                  \
    "'properties':{'title':" STR ",'source':" STR ",'edition':" STR ",'market':" STR               \
    ",'currency':" STR ",'year':" INT ",'schema_version':" INT "}}"
#define PROVENANCE                                                                                 \
    "{'type':'object','required':['edition','guide','lines'],'properties':{'edition':" STR         \
    ",'guide':" STR ",'lines':{'type':'array','items':" INT "}}}"
#define LIST(x) "{'type':'array','items':" x "}"
/* An output: its members, then the provenance every answer has. */
#define OUTPUT(required, props)                                                                    \
    "{'type':'object','required':[" required ",'provenance'],'properties':{" props                 \
    ",'provenance':" PROVENANCE "}}"
#define INPUT(required, props)                                                                     \
    "{'type':'object','required':[" required "],'additionalProperties':false,"                     \
    "'properties':{" props "}}"
#define NO_INPUT "{'type':'object','additionalProperties':false,'properties':{}}"
/* "enum":"tracks" and its kin are filled from the database, "enum":"bounds"
 * and its kin from the library's own names (fill_enums). */
#define CLOSED(set, what) "{'type':'string','enum':'" set "','description':'" what "'}"

/* What a tool found: its structured answer, or a failed call's status. */
typedef int (*tool_fn)(struct mcp_server *s, json_t *args, json_t *out);

struct tool {
    const char *name, *title, *description, *input, *output;
    tool_fn run;
    /* The arguments given as the library call's 2nd and 3rd (what
     * mlhead_errarg() reports), and what kind of name each is: a name the
     * call cannot find gets the closest ones in its error. */
    const char *named[2];
    mlhead_match_what what[2];
};

#define NO_NAMES                                                                                   \
    {NULL, NULL},                                                                                  \
    {                                                                                              \
        0, 0                                                                                       \
    }
#define ROLE_ARG(a)                                                                                \
    {a, NULL},                                                                                     \
    {                                                                                              \
        MLHEAD_MATCH_ROLE, 0                                                                       \
    }

/* Puts a library list into out[key] through its builder; frees the list. */
#define PUT_LIST(out, key, list, n, builder)                                                       \
    do {                                                                                           \
        mhj_set((out), (key), builder((list), (n)));                                               \
        mlhead_free(list);                                                                         \
    } while (0)

static const char *arg(json_t *args, const char *key)
{
    return param_text(args, key);
}

static int t_salary_range(struct mcp_server *s, json_t *args, json_t *out)
{
    mlhead_salary sal;
    int st = mlhead_salary_range(s->db, arg(args, "role"), &sal);
    if (st == MLHEAD_OK)
        json_object_set_new(out, "salary", mhj_salary(&sal));
    return st;
}

static int t_compare_offer(struct mcp_server *s, json_t *args, json_t *out)
{
    mlhead_salary sal;
    mlhead_offer offer;
    int st = mlhead_salary_range(s->db, arg(args, "role"), &sal);
    if (st != MLHEAD_OK)
        return st;
    st = mlhead_salary_compare(&sal, json_integer_value(json_object_get(args, "usd")), &offer);
    if (st != MLHEAD_OK)
        return st;
    json_object_set_new(out, "salary", mhj_salary(&sal));
    mhj_set(out, "offer", mhj_offer(&offer));
    return MLHEAD_OK;
}

static int t_find_role(struct mcp_server *s, json_t *args, json_t *out)
{
    mlhead_role_match_hit *hits;
    json_t *limit = json_object_get(args, "limit"), *list;
    size_t n, i;
    int st = mlhead_role_match(s->db, arg(args, "name"),
                               limit ? (size_t)json_integer_value(limit) : 5, &hits, &n);
    if (st != MLHEAD_OK)
        return st;
    list = json_array();
    for (i = 0; i < n; i++)
        json_array_append_new(
            list, json_pack("{s:o, s:f, s:s, s:o}", "role", mhj_role(&hits[i].role), "score",
                            hits[i].score, "matched", mlhead_name_kind_name((int)hits[i].matched),
                            "name", mhj_text(hits[i].name)));
    mlhead_free(hits);
    mhj_set(out, "matches", list);
    return MLHEAD_OK;
}

/* A role and the steps a list call gives for it (next or previous). */
static int role_steps(struct mcp_server *s, json_t *args, json_t *out, const char *key,
                      int (*list)(mlhead *, const char *, mlhead_step **, size_t *))
{
    mlhead_role role;
    mlhead_step *steps = NULL;
    size_t n = 0;
    int st = mlhead_role_find(s->db, arg(args, "role"), &role);
    if (st == MLHEAD_OK)
        st = list(s->db, arg(args, "role"), &steps, &n);
    if (st != MLHEAD_OK)
        return st;
    json_object_set_new(out, "role", mhj_role(&role));
    PUT_LIST(out, key, steps, n, mhj_steps);
    return MLHEAD_OK;
}

static int t_next_roles(struct mcp_server *s, json_t *args, json_t *out)
{
    return role_steps(s, args, out, "next", mlhead_next_roles);
}

static int t_career_path(struct mcp_server *s, json_t *args, json_t *out)
{
    mlhead_step *steps;
    size_t n;
    int st = mlhead_path_steps(s->db, arg(args, "from"), arg(args, "to"), &steps, &n);
    if (st != MLHEAD_OK)
        return st;
    /* The first element is `from` itself (MLHEAD_STEP_START): a role, not a step. */
    json_object_set_new(out, "from", mhj_role(&steps[0].role));
    mhj_set(out, "steps", mhj_steps(steps + 1, n - 1));
    mlhead_free(steps);
    return MLHEAD_OK;
}

static int t_previous_roles(struct mcp_server *s, json_t *args, json_t *out)
{
    return role_steps(s, args, out, "previous", mlhead_prev_roles);
}

/* A tool that answers one library list under one key. */
#define LIST_TOOL(fn, type, key, builder, call)                                                    \
    static int fn(struct mcp_server *s, json_t *args, json_t *out)                                 \
    {                                                                                              \
        type *list;                                                                                \
        size_t n;                                                                                  \
        int st = (call);                                                                           \
        (void)args;                                                                                \
        if (st == MLHEAD_OK)                                                                       \
            PUT_LIST(out, key, list, n, builder);                                                  \
        return st;                                                                                 \
    }

LIST_TOOL(t_list_roles, mlhead_role, "roles", mhj_roles,
          mlhead_role_list(s->db, arg(args, "track"), &list, &n))
LIST_TOOL(t_list_tracks, mlhead_track, "tracks", mhj_tracks, mlhead_track_list(s->db, &list, &n))
LIST_TOOL(t_best_practices, mlhead_item, "items", mhj_items,
          mlhead_best_practices(s->db, arg(args, "category"), &list, &n))
LIST_TOOL(t_list_items, mlhead_item, "items", mhj_items,
          mlhead_item_list(s->db, arg(args, "section"), arg(args, "category"), &list, &n))
LIST_TOOL(t_market_stats, mlhead_stat, "stats", mhj_stats, mlhead_stat_list(s->db, &list, &n))

/* The hits of the query, in one section when one is given. */
static int search(struct mcp_server *s, json_t *args, mlhead_hit **hits, size_t *n)
{
    json_t *limit = json_object_get(args, "limit");
    const char *section = arg(args, "section");
    size_t most = limit ? (size_t)json_integer_value(limit) : 10;
    return section ? mlhead_search_in(s->db, arg(args, "query"), section, most, hits, n)
                   : mlhead_search(s->db, arg(args, "query"), most, hits, n);
}

LIST_TOOL(t_search, mlhead_hit, "hits", mhj_hits, search(s, args, &list, &n))

static int t_edition(struct mcp_server *s, json_t *args, json_t *out)
{
    (void)s, (void)args, (void)out;
    return MLHEAD_OK; /* every answer has the edition: see answer() */
}

static const struct tool tools[] = {
    {"salary_range", "Salary range of a role",
     "The US salary band (2024, USD per year) of an AI/ML leadership role, found by its title "
     "or an alias (\"Head of ML\", \"CDO\"). Each figure is {usd, bound}: bound \"exact\" is "
     "the figure as stated, \"at_least\" means the guide gives only a floor (\"$644,261+\"); "
     "null means the guide gives no figure. Never read null as 0.",
     INPUT("'role'", "'role':" NAME("the role")), OUTPUT("'salary'", "'salary':" SALARY),
     t_salary_range, ROLE_ARG("role")},
    {"compare_offer", "Compare a salary offer with a role's band",
     "Compares a yearly offer in whole US dollars with the guide's band for a role. The "
     "verdicts for the range and for the average are below, within, above, at_least_floor "
     "(at or above a floor the guide gives: it cannot say more) or cannot_tell (the guide "
     "lacks the figure). Report the verdict as given; do not guess past it.",
     INPUT("'role','usd'",
           "'role':" NAME(
               "the role") ",'usd':{'type':'integer','minimum':0,"
                           "'maximum':1000000000,'description':'the offer, whole USD a year'}"),
     OUTPUT("'salary','offer'",
            "'salary':" SALARY ",'offer':{'type':'object','required':['usd','range','average'],"
            "'properties':{'usd':" INT ",'range':" STR ",'average':" STR "}}"),
     t_compare_offer, ROLE_ARG("role")},
    {"career_path",
     "Career path between two roles",
     "The shortest chain of steps from one role to another along the guide's career tracks "
     "and stated moves: the starting role, then each step in order with the role reached, "
     "its kind (track: the next step of a track; move: another move the guide states), the "
     "guide's note and line. No steps when from and to are one role. Fails with isError "
     "when no steps lead there (the guide's moves go up, not down).",
     INPUT("'from','to'", "'from':" NAME("the starting role") ",'to':" NAME("the target role")),
     OUTPUT("'from','steps'", "'from':" ROLE ",'steps':" LIST(STEP)),
     t_career_path,
     {"from", "to"},
     {MLHEAD_MATCH_ROLE, MLHEAD_MATCH_ROLE}},
    {"find_role", "Find a role by a name as typed",
     "Ranks the roles a typed name may mean, best first, with a score from 0 to 1 (1: the "
     "name as the guide or an alias writes it): typos, word order, plurals and the usual "
     "abbreviations (sr, vp, ml, ds, pm, mgr) are forgiven. Use it when a role name is "
     "uncertain, then pass a title to the other tools.",
     INPUT("'name'",
           "'name':" NAME("the name") ",'limit':{'type':'integer','minimum':1,"
                                      "'maximum':50,'description':'most candidates (default 5)'}"),
     OUTPUT("'matches'",
            "'matches':{'type':'array','items':{'type':'object','required':['role','score',"
            "'matched','name'],'properties':{'role':" ROLE ",'score':{'type':'number'},"
            "'matched':{'type':'string','enum':['title','alias','slug']},'name':" STR "}}}"),
     t_find_role, NO_NAMES},
    {"next_roles", "Next roles up from a role",
     "The roles one step up from a role: the next step of its track, then every other move "
     "the guide states, each with its kind (track or move), the guide's note and line. An "
     "empty list means the role is at the top.",
     INPUT("'role'", "'role':" NAME("the role")),
     OUTPUT("'role','next'", "'role':" ROLE ",'next':" LIST(STEP)), t_next_roles, ROLE_ARG("role")},
    {"previous_roles", "Roles that lead to a role",
     "The steps that lead to a role: for each, the role it comes from, its kind (track or "
     "move), the guide's note and line; track steps first. An empty list means nothing in the "
     "guide leads there.",
     INPUT("'role'", "'role':" NAME("the role")),
     OUTPUT("'role','previous'", "'role':" ROLE ",'previous':" LIST(STEP)), t_previous_roles,
     ROLE_ARG("role")},
    {"list_roles",
     "List the roles",
     "Every role of the guide by track and level, or those of one track.",
     INPUT("", "'track':" CLOSED("tracks", "a track slug; leave out for every role")),
     OUTPUT("'roles'", "'roles':" LIST(ROLE)),
     t_list_roles,
     {"track", NULL},
     {MLHEAD_MATCH_TRACK, 0}},
    {"list_tracks", "List the career tracks",
     "The career tracks of the guide (research, ML engineering, AI product management) with "
     "their number of steps.",
     NO_INPUT, OUTPUT("'tracks'", "'tracks':" LIST(TRACK)), t_list_tracks, NO_NAMES},
    {"best_practices",
     "Best practices for a head of AI",
     "The guide's best practices for leading AI/ML, all of them or those under one heading.",
     INPUT("", "'category':" CLOSED("practices", "a heading slug; leave out for all")),
     OUTPUT("'items'", "'items':" LIST(ITEM)),
     t_best_practices,
     {"category", NULL},
     {MLHEAD_MATCH_CATEGORY, 0}},
    {"list_items",
     "Items of a section of the guide",
     "The items of one section of the guide (responsibilities, requirements, skills, trends, "
     "challenges...), all of them or those under one heading given by slug or title.",
     INPUT("'section'",
           "'section':" CLOSED(
               "sections",
               "the section slug") ",'category':{"
                                   "'type':'string','minLength':1,'maxLength':256,'description':"
                                   "'a heading of that section, by slug or title'}"),
     OUTPUT("'items'", "'items':" LIST(ITEM)),
     t_list_items,
     {"section", "category"},
     {MLHEAD_MATCH_SECTION, MLHEAD_MATCH_CATEGORY}},
    {"market_stats", "AI/ML job market figures",
     "The guide's market figures, each with its unit (percent, percentage_points, count, usd) "
     "and what it measures, so a percentage is never read as a headcount.",
     NO_INPUT, OUTPUT("'stats'", "'stats':" LIST(STAT)), t_market_stats, NO_NAMES},
    {"search",
     "Search the guide",
     "Full-text search of the whole guide: items, headings, roles and aliases, market figures "
     "and salary bands. Words match as prefixes, ignoring case and English endings; every word "
     "must match. Best hits first, each with a snippet marking the matches in [ and ]. Give "
     "section to search one section only.",
     INPUT("'query'",
           "'query':{'type':'string','minLength':1,'maxLength':1024,'description':"
           "'plain words, not a query language'},'section':" CLOSED(
               "sections",
               "only this section (its slug); leave out for all") ",'limit':"
                                                                  "{'type':'integer','minimum':1,'"
                                                                  "maximum':100,'description':"
                                                                  "'most hits (default 10)'}"),
     OUTPUT("'hits'", "'hits':" LIST(HIT)),
     t_search,
     {NULL, "section"},
     {0, MLHEAD_MATCH_SECTION}},
    {"edition", "Edition of the data",
     "The guide the data comes from, the data edition, market, currency and reference year.",
     NO_INPUT, OUTPUT("'edition'", "'edition':" EDITION), t_edition, NO_NAMES},
};
#define NTOOLS (sizeof tools / sizeof tools[0])

/* ---- the closed sets, from the database the server reads ---- */

/* The names of the values a structured answer can hold, as the library
 * names them; an unknown figure is null, and a path's start is "from". */
static json_t *names_of(const char *set)
{
    static const int bounds[] = {MLHEAD_EXACT, MLHEAD_AT_LEAST};
    static const int steps[] = {MLHEAD_STEP_TRACK, MLHEAD_STEP_MOVE};
    static const int hits[] = {MLHEAD_HIT_ITEM, MLHEAD_HIT_HEADING, MLHEAD_HIT_ROLE,
                               MLHEAD_HIT_STAT, MLHEAD_HIT_SALARY,  MLHEAD_HIT_PROSE};
    static const int units[] = {MLHEAD_PERCENT, MLHEAD_PERCENTAGE_POINTS, MLHEAD_COUNT, MLHEAD_USD};
    static const struct {
        const char *set;
        const char *(*name)(int);
        const int *values;
        size_t n;
    } sets[] = {{"bounds", mlhead_bound_name, bounds, sizeof bounds / sizeof *bounds},
                {"step_kinds", mlhead_step_kind_name, steps, sizeof steps / sizeof *steps},
                {"hit_kinds", mlhead_hit_kind_name, hits, sizeof hits / sizeof *hits},
                {"units", mlhead_unit_name, units, sizeof units / sizeof *units}};
    size_t i, j;
    for (i = 0; i < sizeof sets / sizeof *sets; i++) {
        if (strcmp(set, sets[i].set) == 0) {
            json_t *arr = json_array();
            for (j = 0; arr && j < sets[i].n; j++)
                json_array_append_new(arr, json_string(sets[i].name(sets[i].values[j])));
            return arr;
        }
    }
    return NULL;
}

/* The slugs of a list whose rows are `size` bytes apart. */
static json_t *slugs(const char *const *first, size_t n, size_t size)
{
    json_t *arr = json_array();
    size_t i;
    for (i = 0; arr && i < n; i++)
        json_array_append_new(
            arr, mhj_text(*(const char *const *)(const void *)((const char *)first + i * size)));
    return arr;
}

static json_t *enum_of(struct mcp_server *s, const char *set)
{
    json_t *arr = names_of(set);
    mlhead_track *t = NULL;
    mlhead_section *sec = NULL;
    mlhead_category *c = NULL;
    size_t n = 0;
    int status;
    if (arr)
        return arr;
    /* an empty list is an empty enum; a failed one fails the schema */
    if (strcmp(set, "tracks") == 0) {
        if (mlhead_track_list(s->db, &t, &n) == MLHEAD_OK)
            arr = slugs(n ? &t->slug : NULL, n, sizeof *t);
    } else if (strcmp(set, "sections") == 0) {
        if (mlhead_section_list(s->db, &sec, &n) == MLHEAD_OK)
            arr = slugs(n ? &sec->slug : NULL, n, sizeof *sec);
    } else if ((status = mlhead_category_list(s->db, "best-practices", &c, &n)) == MLHEAD_OK) {
        arr = slugs(n ? &c->slug : NULL, n, sizeof *c);
    } else if (status == MLHEAD_NOT_FOUND) {
        arr = json_null(); /* a valid file may name the section otherwise: no enum */
    }
    mlhead_free(t);
    mlhead_free(sec);
    mlhead_free(c);
    return arr;
}

/* Fills every "enum" given by a set's name, at any depth of a schema; drops one
 * whose set the file has not (no section "best-practices"). */
static int fill_enums(struct mcp_server *s, json_t *schema)
{
    const char *key;
    json_t *member;
    size_t i;
    if (json_is_array(schema)) {
        json_array_foreach(schema, i, member)
        {
            if (fill_enums(s, member) != 0)
                return -1;
        }
        return 0;
    }
    void *tmp;
    json_object_foreach_safe(schema, tmp, key, member)
    {
        if (strcmp(key, "enum") == 0 && json_is_string(member)) {
            json_t *values = enum_of(s, json_string_value(member));
            if (!values || (json_is_null(values) ? json_object_del(schema, key)
                                                 : json_object_set_new(schema, key, values)) != 0)
                return -1;
        } else if (fill_enums(s, member) != 0) {
            return -1;
        }
    }
    return 0;
}

json_t *tools_build(struct mcp_server *s)
{
    json_t *list = json_array();
    size_t i;
    for (i = 0; i < NTOOLS; i++) {
        json_t *in = json_quoted(tools[i].input), *out = json_quoted(tools[i].output);
        if (!in || !out || fill_enums(s, in) != 0 || fill_enums(s, out) != 0) {
            json_decref(in);
            json_decref(out);
            json_decref(list);
            return NULL;
        }
        json_array_append_new(list,
                              json_pack("{s:s, s:s, s:s, s:o, s:o, s:{s:b, s:b, s:b, s:b}}", "name",
                                        tools[i].name, "title", tools[i].title, "description",
                                        tools[i].description, "inputSchema", in, "outputSchema",
                                        out, "annotations", "readOnlyHint", 1, "destructiveHint", 0,
                                        "idempotentHint", 1, "openWorldHint", 0));
    }
    return list;
}

/* ---- answers ---- */

struct lines {
    json_int_t *v;
    size_t n, cap;
    int nomem;
};

/* Every "line" member anywhere in the answer: its provenance. */
static void collect_lines(const json_t *v, struct lines *l)
{
    const char *key;
    json_t *member;
    size_t i;
    json_array_foreach((json_t *)v, i, member)
    {
        collect_lines(member, l);
    }
    json_object_foreach((json_t *)v, key, member)
    {
        if (strcmp(key, "line") != 0 || !json_is_integer(member)) {
            collect_lines(member, l);
            continue;
        }
        if (l->n == l->cap) {
            size_t cap = l->cap ? l->cap * 2 : 16;
            json_int_t *bigger = realloc(l->v, cap * sizeof *bigger);
            if (!bigger) {
                l->nomem = 1;
                return;
            }
            l->v = bigger;
            l->cap = cap;
        }
        l->v[l->n++] = json_integer_value(member);
    }
}

static int by_value(const void *a, const void *b)
{
    json_int_t x = *(const json_int_t *)a, y = *(const json_int_t *)b;
    return (x > y) - (x < y);
}

/* {"edition", "guide", "lines": [each line once, in order]} */
static json_t *provenance(const json_t *answer, const mlhead_edition *ed)
{
    struct lines l = {NULL, 0, 0, 0};
    json_t *lines = json_array();
    size_t i;
    collect_lines(answer, &l);
    if (l.n)
        qsort(l.v, l.n, sizeof *l.v, by_value);
    for (i = 0; i < l.n; i++)
        if (i == 0 || l.v[i] != l.v[i - 1])
            json_array_append_new(lines, json_integer(l.v[i]));
    free(l.v);
    if (l.nomem) {
        json_decref(lines);
        return NULL;
    }
    return json_pack("{s:o, s:o, s:o}", "edition", mhj_text(ed->edition), "guide",
                     mhj_text(ed->title), "lines", lines);
}

static json_t *text_block(const char *text)
{
    return json_pack("[{s:s, s:o}]", "type", "text", "text", mhj_text(text));
}

/* isError: the message, and what the model can try instead. */
static json_t *tool_error(const char *message)
{
    return json_pack("{s:o, s:b}", "content", text_block(message), "isError", 1);
}

/* A failed call: the library's message, and for a name it cannot find the
 * closest names the matcher knows, to retry with. */
static json_t *failed(struct mcp_server *s, const struct tool *t, json_t *args, int status)
{
    char text[1200];
    int pos = mlhead_errarg(s->db) - 2, used;
    const char *key = pos == 0 || pos == 1 ? t->named[pos] : NULL;
    json_t *names, *name;
    size_t i;
    used = snprintf(text, sizeof text, "%s", mlhead_errmsg(s->db));
    if (status != MLHEAD_NOT_FOUND || !key || !arg(args, key))
        return tool_error(text);
    names = match_names(s, t->what[pos], arg(args, key), arg(args, "section"), 0, 5);
    json_array_foreach(names, i, name)
    {
        size_t left = sizeof text - (size_t)used;
        int n = i ? snprintf(text + used, left, ", \"%s\"", json_string_value(name))
                  : snprintf(text + used, left, ". Closest names for '%s': \"%s\"", key,
                             json_string_value(name));
        if (n < 0 || (size_t)n >= left)
            break;
        used += n;
    }
    json_decref(names);
    return tool_error(text);
}

static json_t *answer(struct mcp_server *s, const struct tool *t, json_t *args)
{
    json_t *out = json_object(), *prov, *result;
    char *text;
    int st = t->run(s, args, out);
    if (st != MLHEAD_OK) {
        json_decref(out);
        mcp_log(s, LOG_INFO, "%s: %s", t->name, mlhead_errmsg(s->db));
        return failed(s, t, args, st);
    }
    if (t->run == t_edition)
        json_object_set_new(out, "edition", mhj_edition(&s->edition));
    prov = provenance(out, &s->edition);
    if (!prov) {
        json_decref(out);
        return NULL;
    }
    json_object_set_new(out, "provenance", prov);
    text = json_dumps(out, JSON_COMPACT);
    result = text ? json_pack("{s:o, s:o}", "content", text_block(text), "structuredContent", out)
                  : NULL;
    if (!result && !text)
        json_decref(out);
    free(text);
    return result;
}

json_t *tools_call(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    const char *name = param_text(params, "name");
    json_t *args = json_object_get(params, "arguments"), *schema = NULL, *empty = NULL, *item;
    char why[256];
    size_t i, which = NTOOLS;
    for (i = 0; i < NTOOLS; i++)
        if (strcmp(tools[i].name, name) == 0)
            which = i;
    if (which == NTOOLS)
        return mcp_fail(e, RPC_INVALID_PARAMS, "Unknown tool: %.200s", name);
    json_array_foreach(s->tools, i, item)
    {
        if (strcmp(json_string_value(json_object_get(item, "name")), name) == 0)
            schema = json_object_get(item, "inputSchema");
    }
    if (!args)
        args = empty = json_object();
    if (schema_check(schema, args, why, sizeof why)) {
        char text[400];
        json_decref(empty);
        snprintf(text, sizeof text, "Invalid arguments for tool %s: %s", name, why);
        if (strcmp(s->version, "2025-06-18") == 0)
            return mcp_fail(e, RPC_INVALID_PARAMS, "%s", text);
        return tool_error(text);
    }
    item = answer(s, &tools[which], args);
    json_decref(empty);
    return item;
}
