/*
 * suggest.c - "did you mean": the known names closest to one the user
 * typed, for roles, tracks, sections, headings and commands.
 *
 * Closeness is the edit distance between the lower-cased strings, less a
 * bonus for each word of three letters or more they share, so "machine
 * learning" finds "Head of Machine Learning" as well as a typo finds its
 * word.  Without a shared word, at most two letters in five may differ:
 * only names close enough to be a plausible intent are offered.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define SUGGEST_MAX 3
#define TYPED_MAX 128 /* longer input is no typo of a name */

static int lower(char c)
{
    return tolower((unsigned char)c);
}

/* Levenshtein distance, ignoring ASCII case; -1 when out of memory. */
static int distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i, j;
    int *row = lb < SIZE_MAX / sizeof *row - 1 ? malloc((lb + 1) * sizeof *row) : NULL, result;
    if (!row)
        return -1;
    for (j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (lower(a[i - 1]) != lower(b[j - 1]));
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    result = row[lb];
    free(row);
    return result;
}

/* Does `word` (len bytes) occur as a whole word of s, ignoring case? */
static int has_word(const char *s, const char *word, size_t len)
{
    while (*s) {
        size_t n = 0;
        while (s[n] && !isspace((unsigned char)s[n]))
            n++;
        if (n == len) {
            size_t k = 0;
            while (k < len && lower(s[k]) == lower(word[k]))
                k++;
            if (k == len)
                return 1;
        }
        s += n;
        while (isspace((unsigned char)*s))
            s++;
    }
    return 0;
}

static int shared_words(const char *typed, const char *name)
{
    int shared = 0;
    while (*typed) {
        size_t n = 0;
        while (typed[n] && !isspace((unsigned char)typed[n]))
            n++;
        if (n >= 3 && has_word(name, typed, n))
            shared++;
        typed += n;
        while (isspace((unsigned char)*typed))
            typed++;
    }
    return shared;
}

void names_add(struct names *ns, const char *name)
{
    if (!name || ns->nomem)
        return;
    if (ns->n == ns->cap) {
        size_t cap = ns->cap ? ns->cap * 2 : 32;
        const char **v = cap < ((size_t)-1) / sizeof *v ? realloc(ns->v, cap * sizeof *v) : NULL;
        if (!v) {
            ns->nomem = 1;
            return;
        }
        ns->v = v;
        ns->cap = cap;
    }
    ns->v[ns->n++] = name;
}

void names_free(struct names *ns)
{
    free(ns->v);
    ns->v = NULL;
    ns->n = ns->cap = 0;
}

void suggest(struct cli *c, const char *typed, const struct names *ns)
{
    const char *const *names = ns->v;
    size_t n = ns->n;
    const char *best[SUGGEST_MAX];
    int score[SUGGEST_MAX];
    size_t found = 0, i, k;
    size_t len = strlen(typed);
    (void)c; /* stderr only: the JSON error is already out */
    if (ns->nomem || len == 0 || len > TYPED_MAX)
        return;
    for (i = 0; i < n; i++) {
        int d = distance(typed, names[i]), s;
        int words = shared_words(typed, names[i]);
        if (d < 0)
            return;
        /* A typo changes two letters in five at most ("roels", "salaries"). */
        if (words == 0 && (size_t)d * 5 > 2 * (len > strlen(names[i]) ? len : strlen(names[i])))
            continue;
        s = d - 8 * words;
        for (k = 0; k < found; k++)
            if (strcmp(best[k], names[i]) == 0)
                break;
        if (k < found)
            continue;
        for (k = found; k > 0 && score[k - 1] > s; k--) {
            if (k < SUGGEST_MAX) {
                best[k] = best[k - 1];
                score[k] = score[k - 1];
            }
        }
        if (k < SUGGEST_MAX) {
            best[k] = names[i];
            score[k] = s;
            if (found < SUGGEST_MAX)
                found++;
        }
    }
    if (found == 0)
        return;
    fputs("mlhead: did you mean ", stderr);
    for (i = 0; i < found; i++) {
        fputs(i == 0 ? "\"" : i + 1 == found ? "\" or \"" : "\", \"", stderr);
        put_clean(stderr, best[i]);
    }
    fputs("\"?\n", stderr);
}

void suggest_role(struct cli *c, const char *typed)
{
    mlhead_role_name *all;
    struct names ns = {0};
    size_t n, i;
    if (mlhead_role_names(c->db, &all, &n) != MLHEAD_OK)
        return;
    for (i = 0; i < n; i++)
        if (all[i].kind != MLHEAD_NAME_SLUG)
            names_add(&ns, all[i].name);
    suggest(c, typed, &ns);
    names_free(&ns);
    mlhead_free(all);
}

int fail_role(struct cli *c, int status, const char *typed)
{
    int exit_status = cli_fail(c, status);
    if (status == MLHEAD_NOT_FOUND)
        suggest_role(c, typed);
    return exit_status;
}
