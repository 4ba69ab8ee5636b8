/*
 * text.c - how the mlhead command shows text: UTF-8 checking and display
 * width, printing untrusted strings safely, numbers and money, words.
 *
 * Strings come from the user's arguments and from a database that may be
 * crafted (--db), so nothing reaches a terminal raw: control bytes and
 * invalid UTF-8 are shown as \xNN escapes instead of being interpreted.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "utf8.h"

/* C0 controls, DEL and the C1 controls (U+0080..U+009F, which some
 * terminals obey as escape sequences) are never printed raw. */
static int is_control(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    return (n == 1 && (s[0] < 0x20 || s[0] == 0x7f)) || (n == 2 && s[0] == 0xc2 && s[1] < 0xa0);
}

/* One code point a column; an escaped byte takes four. */
size_t text_width(const char *s)
{
    size_t width = 0;
    while (*s) {
        size_t n = mh_utf8_length((const unsigned char *)s);
        width += n == 0 ? 4 : is_control(s, n) ? 4 * n : 1;
        s += n ? n : 1;
    }
    return width;
}

void put_clean(FILE *out, const char *s)
{
    while (*s) {
        size_t n = mh_utf8_length((const unsigned char *)s), i;
        if (n > 0 && !is_control(s, n)) {
            fwrite(s, 1, n, out);
            s += n;
            continue;
        }
        /* An invalid byte is escaped alone; the rest is read anew. */
        n = n ? n : 1;
        for (i = 0; i < n; i++)
            fprintf(out, "\\x%02x", (unsigned char)s[i]);
        s += n;
    }
}

void put_padded(FILE *out, const char *s, size_t width, int right)
{
    size_t w = text_width(s);
    size_t pad = w < width ? width - w : 0;
    if (right)
        fprintf(out, "%*s", (int)pad, "");
    put_clean(out, s);
    if (!right)
        fprintf(out, "%*s", (int)pad, "");
}

char *fmt_grouped(char *buf, size_t size, double v, const char *prefix)
{
    char digits[32];
    size_t len, i, o = 0;
    double mag = v < 0 ? -v : v;
    /* Only a whole number below 2^63 is grouped; anything else as %g. */
    if (!(mag < 9e18) || mag != (double)(int64_t)mag) {
        snprintf(buf, size, "%s%s%g", v < 0 ? "-" : "", prefix, mag);
        return buf;
    }
    len = (size_t)snprintf(digits, sizeof digits, "%" PRId64, (int64_t)mag);
    if (size < len + len / 3 + strlen(prefix) + 2) {
        snprintf(buf, size, "?");
        return buf;
    }
    if (v < 0)
        buf[o++] = '-';
    for (i = 0; prefix[i]; i++)
        buf[o++] = prefix[i];
    for (i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

char *fmt_figure(char *buf, size_t size, mlhead_figure f)
{
    if (mlhead_figure_format(f, buf, size) < 0)
        snprintf(buf, size, "?");
    return buf;
}

char *fmt_average(char *buf, size_t size, mlhead_figure avg, mlhead_figure avg_high)
{
    char low[32], high[32];
    if (avg_high.bound == MLHEAD_UNKNOWN)
        return fmt_figure(buf, size, avg);
    snprintf(buf, size, "%s - %s", fmt_figure(low, sizeof low, avg),
             fmt_figure(high, sizeof high, avg_high));
    return buf;
}

/* A whole amount of dollars as people write it: 250000, $250,000, 250k,
 * 0.25m.  Returns 0, or -1 for anything else or more than MLHEAD_USD_MAX. */
int parse_usd(const char *s, int64_t *out)
{
    int64_t whole = 0, frac = 0, scale = 1, mult = 1;
    int digits = 0, point = 0, group = 0, commas = 0, decimals = 0;
    if (*s == '$')
        s++;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9') {
            if (++digits > 12)
                return -1;
            group += !point;
            if (point) {
                decimals++;
                frac = frac * 10 + (*s - '0');
                scale *= 10;
            } else {
                whole = whole * 10 + (*s - '0');
            }
        } else if (*s == ',' && !point && (commas ? group == 3 : group >= 1 && group <= 3)) {
            commas++; /* "250,000": a comma between groups of three digits */
            group = 0;
        } else if (*s == '.' && !point) {
            point = 1;
        } else {
            break;
        }
    }
    if (commas && group != 3)
        return -1; /* "250,00" */
    if ((*s == 'k' || *s == 'K') && s[1] == '\0')
        mult = 1000;
    else if ((*s == 'm' || *s == 'M') && s[1] == '\0')
        mult = 1000000;
    if (mult != 1)
        s++;
    /* cents at most, but for 1.25k */
    if (*s || !digits || frac * mult % scale != 0 || (mult == 1 && decimals > 2))
        return -1;
    *out = whole * mult + frac * mult / scale;
    return *out > MLHEAD_USD_MAX ? -1 : 0;
}

mlhead_figure figure_of(const json_t *v)
{
    mlhead_figure f = {MLHEAD_UNKNOWN, -1};
    const char *bound = json_string_value(json_object_get(v, "bound"));
    if (bound && json_is_integer(json_object_get(v, "usd"))) {
        f.bound =
            strcmp(bound, mlhead_bound_name(MLHEAD_AT_LEAST)) == 0 ? MLHEAD_AT_LEAST : MLHEAD_EXACT;
        f.usd = json_integer_value(json_object_get(v, "usd"));
    }
    return f;
}

char *words_join(char **words, int n)
{
    char *s = NULL;
    size_t len;
    int i, failed = 0;
    FILE *m = open_memstream(&s, &len);
    if (!m)
        return NULL;
    for (i = 0; i < n && !failed; i++)
        failed = fprintf(m, i ? " %s" : "%s", words[i]) < 0;
    if (fclose(m) != 0 || failed) {
        free(s);
        return NULL;
    }
    return s;
}
