/*
 * dispatch.c - the MCP protocol over JSON-RPC 2.0, whatever carries it:
 * checks each message's envelope, keeps the session's lifecycle
 * (initialize, then the rest), negotiates the protocol version, and routes
 * a request to its method.  A method's params are checked against its own
 * schema by the validator the tools use (schema.c), so a malformed request
 * gets -32602 with the reason, the same way everywhere.
 */
#include <string.h>

#include "mcp.h"

/* Newest first: the answer to a version we do not speak is the first. */
static const char *const versions[] = {"2025-11-25", "2025-06-18"};

/* ---- the methods that are the protocol itself ---- */

static json_t *do_initialize(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    const char *asked = param_text(params, "protocolVersion");
    if (s->initialized)
        return mcp_fail(e, RPC_INVALID_REQUEST, "already initialized: initialize comes once");
    s->version = mcp_version_known(asked);
    if (!s->version)
        s->version = versions[0];
    s->initialized = 1;
    mcp_log(s, LOG_INFO, "client asked for %s; speaking %s", asked, s->version);
    return json_pack(
        "{s:s, s:{s:{s:b}, s:{s:b, s:b}, s:{s:b}, s:{}, s:{}}, s:{s:s, s:s, s:s}, s:s}",
        "protocolVersion", s->version, "capabilities", "tools", "listChanged", 0, "resources",
        "subscribe", 0, "listChanged", 0, "prompts", "listChanged", 0, "completions", "logging",
        "serverInfo", "name", "mlhead", "title", "libmlhead: the AI/ML leadership career guide",
        "version", MLHEAD_VERSION, "instructions",
        "Offline reference data from one guide to AI/ML leadership careers (US market, 2024): "
        "roles and their aliases, career tracks and the steps between roles, salary bands, "
        "responsibilities, requirements, skills, best practices, challenges, trends and market "
        "figures. Every answer cites the guide line(s) it comes from and the data edition. "
        "When a role name is not known, the error lists the closest names: retry with one.");
}

static json_t *do_ping(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    (void)s, (void)params, (void)e;
    return json_object();
}

static json_t *do_set_level(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    int level = mcp_level_find(param_text(params, "level"));
    (void)e;
    if (level >= 0) /* the params schema allows only the eight names */
        s->level = (enum mcp_level)level;
    return json_object();
}

static json_t *do_tools_list(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    (void)params, (void)e;
    return json_pack("{s:O}", "tools", s->tools);
}

typedef json_t *(*method_fn)(struct mcp_server *s, json_t *params, struct mcp_err *e);

struct method {
    const char *name;
    method_fn run;
    const char *params; /* its params' schema, ' for " */
};

#define NO_PARAMS "{'type':'object'}"
#define CURSOR "{'type':'object','properties':{'cursor':{'type':'string'}}}"

static const struct method methods[] = {
    {"initialize", do_initialize,
     "{'type':'object','required':['protocolVersion','capabilities','clientInfo'],"
     "'properties':{'protocolVersion':{'type':'string'},'capabilities':{'type':'object'},"
     "'clientInfo':{'type':'object','required':['name','version'],'properties':{"
     "'name':{'type':'string'},'version':{'type':'string'}}}}}"},
    {"ping", do_ping, NO_PARAMS},
    {"logging/setLevel", do_set_level,
     "{'type':'object','required':['level'],'properties':{'level':{'type':'string','enum':["
     "'debug','info','notice','warning','error','critical','alert','emergency']}}}"},
    {"tools/list", do_tools_list, CURSOR},
    {"tools/call", tools_call,
     "{'type':'object','required':['name'],'properties':{'name':{'type':'string'},"
     "'arguments':{'type':'object'}}}"},
    {"resources/list", resources_list, CURSOR},
    {"resources/templates/list", resources_templates, CURSOR},
    {"resources/read", resources_read,
     "{'type':'object','required':['uri'],'properties':{'uri':{'type':'string'}}}"},
    {"prompts/list", prompts_list, CURSOR},
    {"prompts/get", prompts_get,
     "{'type':'object','required':['name'],'properties':{'name':{'type':'string'},"
     "'arguments':{'type':'object','additionalProperties':{'type':'string'}}}}"},
    {"completion/complete", completion_complete,
     "{'type':'object','required':['ref','argument'],'properties':{"
     "'ref':{'type':'object','required':['type'],'properties':{'type':{'type':'string',"
     "'enum':['ref/prompt','ref/resource']},'name':{'type':'string'},'uri':{'type':'string'}}},"
     "'argument':{'type':'object','required':['name','value'],'properties':{"
     "'name':{'type':'string'},'value':{'type':'string'}}},"
     "'context':{'type':'object','properties':{'arguments':{'type':'object',"
     "'additionalProperties':{'type':'string'}}}}}}"},
};
#define NMETHODS (sizeof methods / sizeof methods[0])

int mcp_server_init(struct mcp_server *s, mlhead *db, FILE *log)
{
    size_t i;
    memset(s, 0, sizeof *s);
    s->db = db;
    s->log = log;
    s->level = LOG_WARNING;
    s->params = json_array();
    for (i = 0; i < NMETHODS; i++)
        if (json_array_append_new(s->params, json_quoted(methods[i].params)) != 0)
            return -1;
    if (mlhead_edition_get(db, &s->edition) != MLHEAD_OK)
        return -1;
    s->tools = tools_build(s);
    return s->tools ? 0 : -1;
}

void mcp_server_free(struct mcp_server *s)
{
    json_decref(s->tools);
    json_decref(s->params);
    s->tools = s->params = NULL;
}

static const struct method *find_method(const char *name)
{
    size_t i;
    for (i = 0; i < NMETHODS; i++)
        if (strcmp(methods[i].name, name) == 0)
            return &methods[i];
    return NULL;
}

/* A notification: acted on if known, never answered. */
static void notified(struct mcp_server *s, const char *method)
{
    if (strcmp(method, "notifications/initialized") == 0 && !s->initialized)
        mcp_log(s, LOG_WARNING, "notifications/initialized before initialize: ignored");
    else if (strncmp(method, "notifications/", 14) != 0)
        mcp_log(s, LOG_WARNING, "a request without an id (%s) is a notification: no answer",
                method);
}

static int member_allowed(const char *key)
{
    return strcmp(key, "jsonrpc") == 0 || strcmp(key, "id") == 0 || strcmp(key, "method") == 0 ||
           strcmp(key, "params") == 0;
}

/* The envelope of a request or notification; NULL when it is sound. */
static const char *envelope_fault(json_t *msg, json_t *id)
{
    const char *key;
    json_t *value;
    json_t *params = json_object_get(msg, "params");
    if (!json_is_string(json_object_get(msg, "jsonrpc")) ||
        strcmp(json_string_value(json_object_get(msg, "jsonrpc")), "2.0") != 0)
        return "Invalid Request: \"jsonrpc\" must be \"2.0\"";
    if (id && !json_is_string(id) && !json_is_integer(id))
        return "Invalid Request: \"id\" must be a string or an integer";
    if (!json_is_string(json_object_get(msg, "method")))
        return "Invalid Request: \"method\" must be a string";
    if (params && !json_is_object(params) && !json_is_array(params))
        return "Invalid Request: \"params\" must be an object";
    json_object_foreach(msg, key, value)
    {
        if (!member_allowed(key))
            return "Invalid Request: a request has only jsonrpc, id, method and params";
    }
    return NULL;
}

static json_t *request(struct mcp_server *s, json_t *id, const char *name, json_t *params)
{
    const struct method *m = find_method(name);
    struct mcp_err e;
    json_t *result, *empty = NULL;
    char why[256];
    int bad;
    if (!m) {
        char text[300];
        snprintf(text, sizeof text, "Method not found: %.200s", name);
        return rpc_error(id, RPC_METHOD_NOT_FOUND, text, NULL);
    }
    if (!s->initialized && m->run != do_initialize && m->run != do_ping)
        return rpc_error(id, RPC_INVALID_REQUEST,
                         "Invalid Request: not initialized (send initialize first)", NULL);
    if (!params)
        params = empty = json_object();
    if (json_is_array(params)) {
        json_decref(empty);
        return rpc_error(id, RPC_INVALID_PARAMS, "Invalid params: params must be an object", NULL);
    }
    bad = schema_check(json_array_get(s->params, (size_t)(m - methods)), params, why, sizeof why);
    if (bad) {
        char text[300];
        json_decref(empty);
        snprintf(text, sizeof text, "Invalid params: %s", why);
        return rpc_error(id, RPC_INVALID_PARAMS, text, NULL);
    }
    memset(&e, 0, sizeof e);
    result = m->run(s, params, &e);
    json_decref(empty);
    if (result)
        return rpc_result(id, result);
    if (!e.code)
        return rpc_error(id, RPC_INTERNAL_ERROR, "Internal error: out of memory", NULL);
    return rpc_error(id, e.code, e.message, e.data);
}

json_t *mcp_dispatch(struct mcp_server *s, json_t *msg)
{
    json_t *id, *method;
    const char *fault;
    if (json_is_array(msg))
        return rpc_error(NULL, RPC_INVALID_REQUEST,
                         "Invalid Request: JSON-RPC batches are not part of MCP since "
                         "2025-06-18; send one message per line",
                         NULL);
    if (!json_is_object(msg))
        return rpc_error(NULL, RPC_INVALID_REQUEST, "Invalid Request: a message is an object",
                         NULL);
    id = json_object_get(msg, "id");
    method = json_object_get(msg, "method");
    if (!method) {
        /* A response: this server sends no requests, so none is awaited. */
        if (id && (json_object_get(msg, "result") || json_object_get(msg, "error"))) {
            mcp_log(s, LOG_WARNING, "a response to no request: ignored");
            return NULL;
        }
        return rpc_error(json_is_string(id) || json_is_integer(id) ? id : NULL, RPC_INVALID_REQUEST,
                         "Invalid Request: no \"method\"", NULL);
    }
    fault = envelope_fault(msg, id);
    if (fault)
        return rpc_error(json_is_string(id) || json_is_integer(id) ? id : NULL, RPC_INVALID_REQUEST,
                         fault, NULL);
    if (!id) {
        notified(s, json_string_value(method));
        return NULL;
    }
    if (strncmp(json_string_value(method), "notifications/", 14) == 0)
        return rpc_error(id, RPC_INVALID_REQUEST,
                         "Invalid Request: a notification carries no \"id\"", NULL);
    return request(s, id, json_string_value(method), json_object_get(msg, "params"));
}

const char *mcp_version_known(const char *name)
{
    size_t i;
    for (i = 0; name && i < sizeof versions / sizeof versions[0]; i++)
        if (strcmp(name, versions[i]) == 0)
            return versions[i];
    return NULL;
}

json_t *mcp_dispatch_text(struct mcp_server *s, const char *text, size_t len)
{
    json_error_t err;
    json_t *msg, *reply;
    char why[300];
    if (len > MCP_MESSAGE_MAX) {
        snprintf(why, sizeof why, "Invalid Request: the message is over the limit of %d bytes",
                 MCP_MESSAGE_MAX);
        return rpc_error(NULL, RPC_INVALID_REQUEST, why, NULL);
    }
    msg = json_loadb(text, len, MCP_JSON_FLAGS, &err);
    if (!msg) {
        snprintf(why, sizeof why, "Parse error: %s (at byte %d)", err.text, err.position);
        mcp_log(s, LOG_NOTICE, "%s", why);
        return rpc_error(NULL, RPC_PARSE_ERROR, why, NULL);
    }
    reply = mcp_dispatch(s, msg);
    json_decref(msg);
    return reply;
}
