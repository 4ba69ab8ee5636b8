/*
 * prompts.c - the prompts: plan_career (from, to) and evaluate_offer
 * (role, usd), each a user message that tells the model which tools to
 * call and how to read their answers.  An unknown prompt or a missing or
 * extra argument is -32602, as the specification says.
 */
#include <string.h>

#include "mcp.h"

struct prompt {
    const char *name, *title, *description;
    const char *args[2], *about[2];
    const char *text; /* printf format taking the two arguments in order */
};

static const struct prompt prompts[] = {
    {"plan_career",
     "Plan a career move",
     "A plan to get from one AI/ML role to another, step by step, from the guide.",
     {"from", "to"},
     {"the role held now (title or alias)", "the role wanted (title or alias)"},
     "I am a %s and I want to become a %s. Call the career_path tool with these two roles to "
     "get the steps. For each step, call next_roles or salary_range where it helps, and "
     "list_items with section \"requirements\" and \"soft-skills\" for what the move asks of "
     "me. Give the plan as the guide states it, citing the guide line of each step; if a tool "
     "answers isError, use the names it suggests."},
    {"evaluate_offer",
     "Evaluate a salary offer",
     "Whether a yearly offer is below, within or above the guide's US band for a role.",
     {"role", "usd"},
     {"the role offered (title or alias)", "the offer in whole US dollars a year"},
     "I have been offered %2$s US dollars a year as %1$s. Call compare_offer with role and "
     "usd, then salary_range for the band. Report the verdicts as the tool gives them: a "
     "figure with bound at_least is only a floor, and cannot_tell means the guide lacks the "
     "figure, so do not claim more. Cite the guide line and the edition."},
};
#define NPROMPTS (sizeof prompts / sizeof prompts[0])

json_t *prompts_list(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    json_t *list = json_array();
    size_t i;
    (void)s, (void)params, (void)e;
    for (i = 0; i < NPROMPTS; i++)
        json_array_append_new(
            list, json_pack("{s:s, s:s, s:s, s:[{s:s, s:s, s:b}, {s:s, s:s, s:b}]}", "name",
                            prompts[i].name, "title", prompts[i].title, "description",
                            prompts[i].description, "arguments", "name", prompts[i].args[0],
                            "description", prompts[i].about[0], "required", 1, "name",
                            prompts[i].args[1], "description", prompts[i].about[1], "required", 1));
    return json_pack("{s:o}", "prompts", list);
}

json_t *prompts_get(struct mcp_server *s, json_t *params, struct mcp_err *e)
{
    const char *name = param_text(params, "name"), *key;
    json_t *args = json_object_get(params, "arguments"), *value, *result;
    const struct prompt *p = NULL;
    char text[2048];
    size_t i;
    int n;
    (void)s;
    for (i = 0; i < NPROMPTS; i++)
        if (strcmp(prompts[i].name, name) == 0)
            p = &prompts[i];
    if (!p)
        return mcp_fail(e, RPC_INVALID_PARAMS, "Unknown prompt: %.200s", name);
    for (i = 0; i < 2; i++) {
        if (!param_text(args, p->args[i]) || !*param_text(args, p->args[i]))
            return mcp_fail(e, RPC_INVALID_PARAMS, "Missing required argument '%s' of prompt %s",
                            p->args[i], p->name);
        /* a role's name or an amount: the text below holds two of them */
        if (strlen(param_text(args, p->args[i])) > MLHEAD_NAME_MAX)
            return mcp_fail(e, RPC_INVALID_PARAMS,
                            "Invalid params: argument '%s' of prompt %s is longer than %d bytes",
                            p->args[i], p->name, MLHEAD_NAME_MAX);
    }
    json_object_foreach(args, key, value)
    {
        if (strcmp(key, p->args[0]) != 0 && strcmp(key, p->args[1]) != 0)
            return mcp_fail(e, RPC_INVALID_PARAMS,
                            "Unknown argument '%.100s' of prompt %s (it takes %s, %s)", key,
                            p->name, p->args[0], p->args[1]);
    }
    n = snprintf(text, sizeof text, p->text, param_text(args, p->args[0]),
                 param_text(args, p->args[1]));
    if (n < 0 || (size_t)n >= sizeof text) /* cannot be, with the bound above */
        return mcp_fail(e, RPC_INTERNAL_ERROR, "Internal error: prompt %s does not fit", p->name);
    result = json_pack("{s:s, s:[{s:s, s:{s:s, s:o}}]}", "description", p->description, "messages",
                       "role", "user", "content", "type", "text", "text", mhj_text(text));
    return result;
}
