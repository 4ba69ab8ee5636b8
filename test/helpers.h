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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mlhead.h"

#ifndef TEST_DB
#define TEST_DB "build/mlhead.db"
#endif
#ifndef TEST_GUIDE
#define TEST_GUIDE "seed/guide.txt"
#endif

/* A whole file's bytes, malloc'd, its length in *size; NULL when it cannot
 * be read (no cmocka here, so a setup can fail with it). */
static inline unsigned char *file_read(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    unsigned char *data = NULL;
    long n = 0;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)n)) != NULL && fread(data, 1, (size_t)n, f) != (size_t)n) {
        free(data);
        data = NULL;
    }
    if (data)
        *size = (size_t)n;
    if (f)
        fclose(f);
    return data;
}

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
    {"byte order mark", "\357\273\277CDO", MLHEAD_NOT_FOUND}, /* octal: C is a hex digit */
    {"zero-width space", "CDO\xe2\x80\x8b", MLHEAD_NOT_FOUND},
    {"right-to-left override", "\342\200\256ODC", MLHEAD_NOT_FOUND},
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

/* What a list output holds before a call, so a call that forgets to empty
 * it on failure is caught: a pointer no call returns, and a count. */
#define POISON_PTR ((void *)&hostile_names)
#define POISON_COUNT ((size_t)77)

/* A failed call gave `want` and left its list output empty (NULL / 0). */
static inline void assert_failed_empty(int got, int want, const void *list, size_t count)
{
    assert_int_equal(got, want);
    assert_null(list);
    assert_int_equal(count, 0);
}

/* Runs a list call and asserts it failed with `want`, leaving list and
 * count empty; a macro so the outputs are read after the call. */
#define assert_list_fails(call, want, list, count)                                                 \
    do {                                                                                           \
        int got_ = (call);                                                                         \
        assert_failed_empty(got_, (want), (list), (count));                                        \
    } while (0)

/* Ends a list call fed a hostile name: a failure must have left the list
 * empty, a success's list is freed.  Returns the call's status. */
static inline int list_outcome(int status, void *list, size_t count)
{
    if (status != MLHEAD_OK)
        assert_failed_empty(status, status, list, count);
    else
        mlhead_free(list);
    return status;
}

/* Every byte of a single-row output is zero. */
static inline void assert_zeroed(const void *p, size_t size)
{
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < size; i++)
        if (b[i] != 0)
            fail_msg("byte %zu of the output is 0x%02x, not zero", i, b[i]);
}

/* One string-taking call under test: runs it with `name` and asserts its
 * outputs are empty unless it returned MLHEAD_OK; returns its status. */
typedef int (*name_call)(mlhead *db, const char *name);

/* Feeds every hostile name, and a 100 KB one, to `call`: each must give
 * its status (and the call itself checks the outputs stay empty). */
static inline void check_hostile_names(mlhead *db, const char *what, name_call call)
{
    char *big = hostile_long(100 * 1024, 'a');
    size_t i;
    for (i = 0; i < HOSTILE_COUNT; i++) {
        int got = call(db, hostile_names[i].text);
        if (got != hostile_names[i].status)
            fail_msg("%s, %s: got %d, want %d", what, hostile_names[i].label, got,
                     hostile_names[i].status);
    }
    assert_int_equal(call(db, big), MLHEAD_INVALID);
    assert_non_null(strstr(mlhead_errmsg(db), "longer than"));
    free(big);
}

/* The guide as lines: line[1] .. line[count] as the editor numbers them,
 * without their line ends. */
struct guide {
    char **line;
    size_t count;
};

static inline struct guide guide_read(void)
{
    struct guide g = {NULL, 0};
    FILE *f = fopen(TEST_GUIDE, "r");
    char *buf = NULL;
    size_t cap = 0;
    ssize_t len;
    assert_non_null(f);
    g.line = calloc(1, sizeof *g.line); /* line[0] unused */
    assert_non_null(g.line);
    while ((len = getline(&buf, &cap, f)) >= 0) {
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            buf[--len] = '\0';
        g.line = realloc(g.line, (g.count + 2) * sizeof *g.line);
        assert_non_null(g.line);
        g.line[++g.count] = strdup(buf);
        assert_non_null(g.line[g.count]);
    }
    free(buf);
    fclose(f);
    return g;
}

static inline void guide_free(struct guide *g)
{
    size_t i;
    for (i = 1; i <= g->count; i++)
        free(g->line[i]);
    free(g->line);
    g->line = NULL;
    g->count = 0;
}

#endif
