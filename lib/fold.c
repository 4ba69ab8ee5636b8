/* fold.c - names a user typed, checked and folded into the form lookups compare */
/*
 * Folding accepts only valid UTF-8 (no overlong forms, no surrogates, no
 * code point above U+10FFFF), trims ASCII white space, folds each run of it
 * into one space and lower-cases ASCII letters, which is what SQLite's
 * NOCASE collation compares.  It reads the whole input once, however long,
 * and rejects a folded text longer than its limit (MLHEAD_NAME_MAX bytes
 * for a name).
 */
#include <string.h>

#include "internal.h"
#include "utf8.h"

static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* lower = 0 keeps the case as typed: the form a message quotes. */
static int fold(mlhead *db, int arg, const char *what, const char *in, char *buf, size_t max,
                size_t *out_len, int lower)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t len = 0, pos = 0;
    int too_long = 0, pending_space = 0;
    *out_len = 0;
    buf[0] = '\0';
    if (!in)
        return mh_fail_arg(db, arg, MLHEAD_INVALID, "%s is NULL", what);
    while (s[pos]) {
        unsigned char c = s[pos];
        size_t n;
        if (c > ' ' && c < 0x7f && !pending_space && len < max) {
            /* printable ASCII inside a word, most of every name: the short way */
            buf[len++] = (char)(lower && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            pos++;
            continue;
        }
        if (is_blank(c)) {
            pending_space = len > 0;
            pos++;
            continue;
        }
        n = mh_utf8_length(s + pos);
        if (n == 0)
            return mh_fail_arg(db, arg, MLHEAD_INVALID, "%s is not valid UTF-8 (byte %lu)", what,
                               (unsigned long)pos);
        if (len + (size_t)pending_space + n > max)
            too_long = 1;
        if (!too_long) {
            if (pending_space)
                buf[len++] = ' ';
            memcpy(buf + len, s + pos, n);
            if (lower && n == 1 && c >= 'A' && c <= 'Z')
                buf[len] = (char)(c + ('a' - 'A'));
            len += n;
        }
        pending_space = 0;
        pos += n;
    }
    if (too_long)
        return mh_fail_arg(db, arg, MLHEAD_INVALID, "%s is longer than %lu bytes", what,
                           (unsigned long)max);
    if (len == 0)
        return mh_fail_arg(db, arg, MLHEAD_EMPTY, "%s is empty", what);
    buf[len] = '\0';
    *out_len = len;
    return MLHEAD_OK;
}

int mh_fold_into(mlhead *db, int arg, const char *what, const char *in, char *buf, size_t max,
                 size_t *out_len)
{
    return fold(db, arg, what, in, buf, max, out_len, 1);
}

int mh_fold(mlhead *db, int arg, const char *what, const char *in, struct mh_name *out)
{
    out->typed = in;
    return fold(db, arg, what, in, out->text, MLHEAD_NAME_MAX, &out->len, 1);
}

const char *mh_typed(mlhead *db, struct mh_name *key)
{
    size_t len;
    /* The input folded once already, so folding it again cannot fail. */
    if (key->typed)
        (void)fold(db, 0, "", key->typed, key->text, MLHEAD_NAME_MAX, &len, 0);
    return key->text;
}
