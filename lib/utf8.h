/*
 * utf8.h - the one UTF-8 decoder of the project, shared by the library
 * (checking names) and the mlhead command (printing untrusted text).
 * Header-only so neither exports it.
 */
#ifndef MLHEAD_UTF8_H
#define MLHEAD_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length of the valid UTF-8 sequence at s, or 0 if it is not one: no
 * overlong form, no surrogate, nothing above U+10FFFF.  Stops at a NUL. */
static inline size_t mh_utf8_length(const unsigned char *s)
{
    uint32_t cp;
    size_t n, i;
    if (s[0] < 0x80)
        return 1;
    /* The lead byte gives the length and the top bits of the code point;
     * C2..DF excludes the overlong two-byte forms. */
    if (s[0] >= 0xc2 && s[0] <= 0xdf) {
        n = 2;
        cp = s[0] & 0x1fu;
    } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
        n = 3;
        cp = s[0] & 0x0fu;
    } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        n = 4;
        cp = s[0] & 0x07u;
    } else {
        return 0;
    }
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0; /* also stops at the terminating NUL */
        cp = (cp << 6) | (s[i] & 0x3fu);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10ffff ||
        (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

#endif
