/*
 * helpers.h - what every test program shares: cmocka, the fixtures that
 * open and close a handle, and the table of hostile strings every
 * string-taking function is fed.
 */
#ifndef MLHEAD_TEST_HELPERS_H
#define MLHEAD_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mlhead.h"

#ifndef TEST_DB
#define TEST_DB "build/mlhead.db"
#endif

/* setup / teardown: *state is an open handle on the embedded data. */
static inline int open_embedded(void **state)
{
    mlhead *db = NULL;
    if (mlhead_open(NULL, &db) != MLHEAD_OK)
        return -1;
    *state = db;
    return 0;
}

static inline int close_handle(void **state)
{
    mlhead_close(*state);
    *state = NULL;
    return 0;
}

/* A name no lookup can take, and the status it must give. */
struct hostile {
    const char *label;
    const char *text;
    int status;
};

/* Strings that must never crash, leak or match: each with the status any
 * name lookup gives it.  Long ones are built by hostile_long(). */
static const struct hostile hostile_names[] = {
    {"empty", "", MLHEAD_EMPTY},
    {"spaces", "     ", MLHEAD_EMPTY},
    {"white space", " \t\r\n\v\f ", MLHEAD_EMPTY},
    {"single quote", "'", MLHEAD_NOT_FOUND},
    {"double quote", "\"", MLHEAD_NOT_FOUND},
    {"sql injection", "'; DROP TABLE role; --", MLHEAD_NOT_FOUND},
    {"sql or", "x' OR '1'='1", MLHEAD_NOT_FOUND},
    {"like percent", "%", MLHEAD_NOT_FOUND},
    {"like underscore", "_", MLHEAD_NOT_FOUND},
    {"glob star", "*", MLHEAD_NOT_FOUND},
    {"fts and", "head AND ml", MLHEAD_NOT_FOUND},
    {"fts near", "NEAR(head ml)", MLHEAD_NOT_FOUND},
    {"fts column", "title:head", MLHEAD_NOT_FOUND},
    {"fts minus", "-head", MLHEAD_NOT_FOUND},
    {"parentheses", "((()", MLHEAD_NOT_FOUND},
    {"semicolon", ";", MLHEAD_NOT_FOUND},
    {"printf", "%s%s%s%n", MLHEAD_NOT_FOUND},
    {"right-to-left mark", "\xe2\x80\x8fHead of ML", MLHEAD_NOT_FOUND},
    {"non-breaking space", "Head\xc2\xa0of ML", MLHEAD_NOT_FOUND},
    {"lone continuation byte", "\x80", MLHEAD_INVALID},
    {"truncated sequence", "Head \xe2\x82", MLHEAD_INVALID},
    {"overlong slash", "\xc0\xaf", MLHEAD_INVALID},
    {"overlong nul", "\xe0\x80\x80", MLHEAD_INVALID},
    {"surrogate", "\xed\xa0\x80", MLHEAD_INVALID},
    {"above U+10FFFF", "\xf4\x90\x80\x80", MLHEAD_INVALID},
    {"byte 0xff", "\xff", MLHEAD_INVALID},
    {"emoji", "\xf0\x9f\x98\x80", MLHEAD_NOT_FOUND},
    /* the text after a NUL is never read: no API takes a length */
    {"nul inside", "Head of Nothing\0CDO", MLHEAD_NOT_FOUND},
    {"nul first", "\0CDO", MLHEAD_EMPTY},
    {"sql comment", "CDO; --", MLHEAD_NOT_FOUND},
    {"sql quote close", "Robert'); DROP TABLE item;--", MLHEAD_NOT_FOUND},
    {"sql double quote", "\"; DROP TABLE role; --", MLHEAD_NOT_FOUND},
    {"sql null", "NULL", MLHEAD_NOT_FOUND},
    {"backslash", "\\", MLHEAD_NOT_FOUND},
    {"like prefix", "Head%", MLHEAD_NOT_FOUND},
    {"like one char", "Head of M_", MLHEAD_NOT_FOUND},
    {"fts prefix", "head*", MLHEAD_NOT_FOUND},
    {"fts open quote", "\"head", MLHEAD_NOT_FOUND},
    {"fts or", "head OR ml", MLHEAD_NOT_FOUND},
    {"fts not", "NOT", MLHEAD_NOT_FOUND},
    {"fts caret", "^head", MLHEAD_NOT_FOUND},
    {"control bytes", "\x01\x1b[31mCDO", MLHEAD_NOT_FOUND},
    {"byte order mark", "\xef\xbb\xbf" "CDO", MLHEAD_NOT_FOUND},
    {"zero-width space", "CDO\xe2\x80\x8b", MLHEAD_NOT_FOUND},
    {"right-to-left override", "\xe2\x80\xae" "ODC", MLHEAD_NOT_FOUND},
    {"overlong 4-byte slash", "\xf0\x80\x80\xaf", MLHEAD_INVALID},
    {"modified UTF-8 nul", "\xc0\x80", MLHEAD_INVALID},
    {"lone lead byte at end", "CDO\xc3", MLHEAD_INVALID},
};
#define HOSTILE_COUNT (sizeof hostile_names / sizeof hostile_names[0])

/* A string of n copies of c (plus NUL); the caller frees it. */
static inline char *hostile_long(size_t n, char c)
{
    char *s = malloc(n + 1);
    assert_non_null(s);
    memset(s, c, n);
    s[n] = '\0';
    return s;
}

#endif
