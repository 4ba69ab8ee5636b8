/*
 * suggest.c - "did you mean": for roles, tracks, sections and headings the
 * library's matcher (mlhead_match()) ranks the candidates; the command's
 * own names are the one list it ranks itself, by edit distance, where at
 * most two letters in five may differ ("roels", "salaries").
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define SUGGEST_MAX 3
#define TYPED_MAX 128 /* longer input is no typo of a command */

/* "mlhead: did you mean "a", "b" or "c"?" */
static void print_names(const char *const *names, size_t found)
{
    size_t i;
    if (found == 0)
        return;
    fputs("mlhead: did you mean ", stderr);
    for (i = 0; i < found; i++) {
        fputs(i == 0 ? "\"" : i + 1 == found ? "\" or \"" : "\", \"", stderr);
        put_clean(stderr, names[i]);
    }
    fputs("\"?\n", stderr);
}

/* The closest names; a heading's only in section (its slug) if not NULL. */
static void suggest(struct cli *c, mlhead_match_what what, const char *typed, const char *section)
{
    mlhead_match_hit *hits;
    const char *names[SUGGEST_MAX];
    size_t n, i, k, found = 0;
    if (mlhead_match(c->db, what, typed, 0, &hits, &n) != MLHEAD_OK)
        return;
    for (i = 0; i < n && found < SUGGEST_MAX; i++) {
        if (section && hits[i].section && strcmp(section, hits[i].section) != 0)
            continue;
        for (k = 0; k < found && strcmp(names[k], hits[i].name) != 0; k++)
            ;
        if (k == found)
            names[found++] = hits[i].name;
    }
    print_names(names, found);
    mlhead_free(hits);
}

int fail_name(struct cli *c, int status, mlhead_match_what what, const char *typed)
{
    int exit_status = cli_fail(c, status);
    if (status == MLHEAD_NOT_FOUND)
        suggest(c, what, typed, NULL);
    return exit_status;
}

int fail_heading(struct cli *c, int status, const char *section, const char *typed)
{
    mlhead_section_text in = {0};
    int exit_status = cli_fail(c, status);
    if (status == MLHEAD_NOT_FOUND && mlhead_section_text_get(c->db, section, &in) == MLHEAD_OK)
        suggest(c, MLHEAD_MATCH_CATEGORY, typed, in.section);
    return exit_status;
}

/* Levenshtein distance, ignoring ASCII case; both strings short. */
static size_t distance(const char *a, const char *b)
{
    size_t row[TYPED_MAX + 1], la = strlen(a), lb = strlen(b), i, j;
    for (j = 0; j <= lb; j++)
        row[j] = j;
    for (i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best =
                diag + (tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]));
            best = up + 1 < best ? up + 1 : best;
            best = row[j - 1] + 1 < best ? row[j - 1] + 1 : best;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

void suggest_command(const char *typed, const char *const *names, size_t n)
{
    const char *best[SUGGEST_MAX];
    size_t score[SUGGEST_MAX], found = 0, len = strlen(typed), i, k;
    if (len == 0 || len > TYPED_MAX)
        return;
    for (i = 0; i < n; i++) {
        size_t d = distance(typed, names[i]),
               longer = len > strlen(names[i]) ? len : strlen(names[i]);
        if (d * 5 > 2 * longer)
            continue;
        for (k = found; k > 0 && score[k - 1] > d; k--)
            if (k < SUGGEST_MAX) {
                best[k] = best[k - 1];
                score[k] = score[k - 1];
            }
        if (k < SUGGEST_MAX) {
            best[k] = names[i];
            score[k] = d;
            found += found < SUGGEST_MAX;
        }
    }
    print_names(best, found);
}
