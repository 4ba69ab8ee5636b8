/*
 * schema.c - checks a value against the subset of JSON Schema that the
 * server's own schemas use: type (one or a list), properties, required,
 * additionalProperties (false, or a schema), enum, minimum, maximum,
 * minLength, maxLength (in characters), items.  The schemas a client sees
 * in tools/list are the ones checked here, so they cannot disagree.
 */
#include <stdlib.h>
#include <string.h>

#include "mcp.h"

json_t *json_quoted(const char *text)
{
    size_t n = strlen(text), i;
    char *copy = malloc(n + 1);
    json_t *v;
    if (!copy)
        return NULL;
    for (i = 0; i <= n; i++)
        copy[i] = text[i] == '\'' ? '"' : text[i];
    v = json_loads(copy, 0, NULL);
    free(copy);
    return v;
}

static const char *type_of(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "object";
    case JSON_ARRAY: return "array";
    case JSON_STRING: return "string";
    case JSON_INTEGER: return "integer";
    case JSON_REAL: return "number";
    case JSON_TRUE:
    case JSON_FALSE: return "boolean";
    case JSON_NULL: return "null";
    }
    return "null";
}

static int type_is(const char *want, const json_t *v)
{
    const char *have = type_of(v);
    return strcmp(want, have) == 0 || (strcmp(want, "number") == 0 && json_is_integer(v));
}

static int type_matches(const json_t *type, const json_t *v)
{
    size_t i;
    json_t *t;
    if (!type)
        return 1;
    if (json_is_string(type))
        return type_is(json_string_value(type), v);
    json_array_foreach(type, i, t)
    {
        if (type_is(json_string_value(t), v))
            return 1;
    }
    return 0;
}

static size_t characters(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static int in_enum(const json_t *choices, const json_t *v)
{
    size_t i;
    json_t *c;
    json_array_foreach(choices, i, c)
    {
        if (json_equal(c, v))
            return 1;
    }
    return 0;
}

static int check(const json_t *schema, const json_t *v, const char *where, char *why, size_t size);

/* "role, usd", or "none": what a model may send instead. */
static void allowed_names(const json_t *props, char *out, size_t size)
{
    const char *key;
    json_t *unused;
    size_t used = 0;
    snprintf(out, size, "none");
    json_object_foreach((json_t *)props, key, unused)
    {
        int n = snprintf(out + used, size - used, "%s%s", used ? ", " : "", key);
        if (n < 0 || (size_t)n >= size - used)
            break;
        used += (size_t)n;
    }
}

static int check_object(const json_t *schema, const json_t *v, const char *where, char *why,
                        size_t size)
{
    const json_t *props = json_object_get(schema, "properties");
    const json_t *extra = json_object_get(schema, "additionalProperties");
    const char *key;
    json_t *member, *req;
    size_t i;
    json_array_foreach(json_object_get(schema, "required"), i, req)
    {
        if (!json_object_get(v, json_string_value(req))) {
            snprintf(why, size, "%s'%s' is required", where, json_string_value(req));
            return 1;
        }
    }
    json_object_foreach((json_t *)v, key, member)
    {
        const json_t *sub = json_object_get(props, key);
        char inner[160];
        snprintf(inner, sizeof inner, "'%.100s': ", key);
        if (!sub && json_is_false(extra)) {
            char names[200];
            allowed_names(props, names, sizeof names);
            snprintf(why, size, "%sunknown argument '%.60s' (allowed: %s)", where, key, names);
            return 1;
        }
        if (!sub && json_is_object(extra))
            sub = extra;
        if (sub && check(sub, member, inner, why, size))
            return 1;
    }
    return 0;
}

static int check(const json_t *schema, const json_t *v, const char *where, char *why, size_t size)
{
    const json_t *type = json_object_get(schema, "type"), *limit, *choices;
    if (!type_matches(type, v)) {
        snprintf(why, size, "%smust be of type %s, not %s", where,
                 json_is_string(type) ? json_string_value(type) : "as the schema says", type_of(v));
        return 1;
    }
    choices = json_object_get(schema, "enum");
    if (choices && !in_enum(choices, v)) {
        snprintf(why, size, "%snot one of the allowed values", where);
        return 1;
    }
    if (json_is_number(v)) {
        limit = json_object_get(schema, "minimum");
        if (limit && json_number_value(v) < json_number_value(limit)) {
            snprintf(why, size, "%smust be at least %g", where, json_number_value(limit));
            return 1;
        }
        limit = json_object_get(schema, "maximum");
        if (limit && json_number_value(v) > json_number_value(limit)) {
            snprintf(why, size, "%smust be at most %g", where, json_number_value(limit));
            return 1;
        }
    }
    if (json_is_string(v)) {
        size_t n = characters(json_string_value(v));
        limit = json_object_get(schema, "minLength");
        if (limit && n < (size_t)json_integer_value(limit)) {
            snprintf(why, size, "%smust have at least %lld character(s)", where,
                     (long long)json_integer_value(limit));
            return 1;
        }
        limit = json_object_get(schema, "maxLength");
        if (limit && n > (size_t)json_integer_value(limit)) {
            snprintf(why, size, "%smust have at most %lld characters", where,
                     (long long)json_integer_value(limit));
            return 1;
        }
    }
    if (json_is_array(v) && json_object_get(schema, "items")) {
        size_t i;
        json_t *item;
        json_array_foreach((json_t *)v, i, item)
        {
            if (check(json_object_get(schema, "items"), item, where, why, size))
                return 1;
        }
    }
    if (json_is_object(v))
        return check_object(schema, v, where, why, size);
    return 0;
}

int schema_check(const json_t *schema, const json_t *value, char *why, size_t size)
{
    if (!schema) {
        snprintf(why, size, "out of memory");
        return 1;
    }
    return check(schema, value, "", why, size);
}
