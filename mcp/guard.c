/*
 * guard.c - what the HTTP transport checks in a request's headers before
 * it reads the body: the Origin and Host it comes from (DNS-rebinding
 * protection), the media types it accepts and sends.  Each check takes
 * the header's text (NULL when absent) and answers yes or no; none keeps
 * or copies what it reads.
 */
#include <string.h>
#include <strings.h>

#include "mcp.h"

/* The names of this machine's loopback interface, as a Host or an
 * Origin's host gives them. */
static int loopback(const char *name, size_t len)
{
    static const char *const names[] = {"localhost", "127.0.0.1", "[::1]"};
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (len == strlen(names[i]) && strncasecmp(name, names[i], len) == 0)
            return 1;
    return 0;
}

/* host[:port] -> the length of host; 0 when the port is not digits. */
static size_t host_part(const char *s)
{
    size_t len = strlen(s), at;
    const char *colon;
    if (s[0] == '[') {
        const char *close = strchr(s, ']');
        if (!close)
            return 0;
        at = (size_t)(close - s) + 1;
        if (s[at] == '\0')
            return at;
        if (s[at] != ':')
            return 0;
        colon = s + at;
    } else {
        colon = strchr(s, ':');
        if (!colon)
            return len;
        at = (size_t)(colon - s);
    }
    if (colon[1] == '\0' || strspn(colon + 1, "0123456789") != strlen(colon + 1))
        return 0;
    return at;
}

static int listed(const char *value, size_t len, const char *const *allowed, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (strcmp(allowed[i], "*") == 0 ||
            (strlen(allowed[i]) == len && strncasecmp(allowed[i], value, len) == 0))
            return 1;
    return 0;
}

int guard_origin(const char *origin, const char *const *allowed, size_t n)
{
    const char *rest;
    size_t len;
    if (!origin)
        return 1; /* not a browser: nothing to rebind */
    if (listed(origin, strlen(origin), allowed, n))
        return 1;
    if (strncasecmp(origin, "http://", 7) == 0)
        rest = origin + 7;
    else if (strncasecmp(origin, "https://", 8) == 0)
        rest = origin + 8;
    else
        return 0; /* "null", file:, a typo: not ours */
    len = host_part(rest);
    return len > 0 && loopback(rest, len);
}

int guard_host(const char *host, const char *bound, const char *const *allowed, size_t n)
{
    size_t len;
    if (!host)
        return 1; /* HTTP/1.0 sends none; a browser always does */
    if (listed(host, strlen(host), allowed, n))
        return 1;
    len = host_part(host);
    if (len == 0)
        return 0;
    if (loopback(host, len) || listed(host, len, allowed, n))
        return 1;
    /* The address it listens on, when a client names it by number. */
    if (host[0] == '[')
        return len - 2 == strlen(bound) && strncasecmp(host + 1, bound, len - 2) == 0;
    return len == strlen(bound) && strncmp(host, bound, len) == 0;
}

/* Does the media range at s (up to its ',') admit type/sub?  "type/sub",
 * "type/x" and "x/x" do, unless their q is 0. */
static int range_admits(const char *s, size_t len, const char *type, const char *sub)
{
    const char *slash, *semi, *q;
    size_t tlen, slen;
    while (len > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    slash = memchr(s, '/', len);
    semi = memchr(s, ';', len);
    if (!slash || (semi && semi < slash))
        return 0;
    tlen = (size_t)(slash - s);
    slen = (size_t)((semi ? semi : s + len) - slash - 1);
    while (slen > 0 && (slash[slen] == ' ' || slash[slen] == '\t'))
        slen--;
    if (!((tlen == 1 && *s == '*') || (tlen == strlen(type) && strncasecmp(s, type, tlen) == 0)))
        return 0;
    if (!((slen == 1 && slash[1] == '*') ||
          (slen == strlen(sub) && strncasecmp(slash + 1, sub, slen) == 0)))
        return 0;
    for (q = semi; q && q < s + len; q = memchr(q + 1, ';', (size_t)(s + len - q - 1))) {
        const char *p = q + 1;
        while (*p == ' ' || *p == '\t')
            p++;
        if ((p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
            p += 2;
            while (*p == '0' || *p == '.')
                p++;
            if (p >= s + len || *p == ',' || *p == ';' || *p == ' ')
                return 0; /* q=0, q=0.0, q=0.000: not acceptable */
        }
    }
    return 1;
}

static int accepts(const char *accept, const char *type, const char *sub)
{
    while (*accept) {
        const char *comma = strchr(accept, ',');
        size_t len = comma ? (size_t)(comma - accept) : strlen(accept);
        if (range_admits(accept, len, type, sub))
            return 1;
        accept += len + (comma ? 1 : 0);
    }
    return 0;
}

int guard_accept(const char *accept)
{
    return accept && accepts(accept, "application", "json") &&
           accepts(accept, "text", "event-stream");
}

int guard_json_type(const char *type)
{
    size_t len = strlen("application/json");
    if (!type || strncasecmp(type, "application/json", len) != 0)
        return 0;
    type += len;
    while (*type == ' ' || *type == '\t')
        type++;
    return *type == '\0' || *type == ';';
}
