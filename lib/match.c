/*
 * match.c - names as people type them: ranked candidates for a role, a
 * track, a section or a heading.
 *
 * One mechanism for every table.  A text and each candidate name are cut
 * into words (letters and digits; anything else separates), lower-cased,
 * the words "of", "the", "and", "&", ... dropped, a plural's "s" dropped,
 * and the abbreviations of job titles spelled out ("sr" senior, "vp" vice
 * president, "ml" machine learning, "ds" data science, "hd" head).  Each
 * word of the text is paired with the closest unpaired word of the name
 * (the same word 1, a typo by edit distance, a prefix of three letters or
 * more 0.9), and the score is the Dice coefficient of the two word lists
 * weighted by those similarities, so word order, a missing or an extra word
 * each cost a fraction, never everything.  A name equal to the text once
 * folded scores 1.  Each target keeps its best-scoring name.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define WORDS_MAX 64 /* a name of MLHEAD_NAME_MAX bytes has at most 128, expanded less often */
#define WORD_MAX 32  /* longer words are compared on their first WORD_MAX bytes */
#define SCORE_MIN 0.34

struct words {
    int n;
    char w[WORDS_MAX][WORD_MAX + 1];
    unsigned char len[WORDS_MAX];
};

static const char *const stop_words[] = {"of", "the", "and", "for", "a", "an", "in", "to", "at"};

/* Abbreviations and short forms of job-title words, each with what it
 * spells out: general vocabulary of titles, not a list of this guide's
 * names. */
static const struct {
    const char *abbrev, *full;
} expansions[] = {
    {"sr", "senior"},
    {"snr", "senior"},
    {"jr", "junior"},
    {"jnr", "junior"},
    {"svp", "senior vp"},
    {"evp", "executive vp"},
    {"mle", "ml engineer"},
    {"cdo", "chief data officer"},
    {"hd", "head"},
    {"hod", "head"},
    {"dir", "director"},
    {"mgr", "manager"},
    {"mngr", "manager"},
    {"mgmt", "management"},
    {"eng", "engineer"},
    {"engr", "engineer"},
    {"engineering", "engineer"},
    {"sci", "scientist"},
    {"prod", "product"},
    {"res", "research"},
    {"researcher", "research scientist"},
    {"princ", "principal"},
    {"lrn", "learning"},
};

/* Phrases of title words that people also write as one abbreviation: the
 * phrase becomes the abbreviation, so both spellings weigh one word. */
static const struct {
    const char *first, *second, *abbrev;
} phrases[] = {
    {"machine", "learning", "ml"}, {"artificial", "intelligence", "ai"},
    {"vice", "president", "vp"},   {"data", "science", "ds"},
    {"product", "manager", "pm"},
};

static double word_similarity(const char *q, int qn, const char *c, int cn);

static int like(const char *w, size_t n, const char *word)
{
    return word_similarity(w, (int)n, word, (int)strlen(word)) >= 0.8;
}

static void contract(struct words *w)
{
    int i, j, k;
    for (i = 0; i + 1 < w->n; i++)
        for (k = 0; k < (int)(sizeof phrases / sizeof phrases[0]); k++) {
            if (!like(w->w[i], w->len[i], phrases[k].first) ||
                !like(w->w[i + 1], w->len[i + 1], phrases[k].second))
                continue;
            strcpy(w->w[i], phrases[k].abbrev);
            w->len[i] = (unsigned char)strlen(phrases[k].abbrev);
            for (j = i + 1; j + 1 < w->n; j++) {
                memcpy(w->w[j], w->w[j + 1], sizeof w->w[j]);
                w->len[j] = w->len[j + 1];
            }
            w->n--;
            break;
        }
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void add_word(struct words *w, const char *s, size_t len)
{
    size_t i;
    if (w->n >= WORDS_MAX)
        return;
    if (len > WORD_MAX)
        len = WORD_MAX;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        w->w[w->n][i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    w->w[w->n][len] = '\0';
    w->len[w->n] = (unsigned char)len;
    w->n++;
}

/* One word as typed: dropped, spelled out, or kept without its plural s. */
static void put_word(struct words *w, char *s, size_t len)
{
    size_t i, k;
    for (i = 0; i < len; i++)
        s[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
    for (i = 0; i < sizeof stop_words / sizeof stop_words[0]; i++)
        if (strlen(stop_words[i]) == len && memcmp(stop_words[i], s, len) == 0)
            return;
    if (len >= 3 && s[len - 1] == 's' && s[len - 2] != 's' && s[len - 2] != 'u' &&
        s[len - 2] != 'i')
        len--; /* "products", "managers"; not "boss", "status", "analysis" */
    for (i = 0; i < sizeof expansions / sizeof expansions[0]; i++) {
        const char *full = expansions[i].full;
        if (strlen(expansions[i].abbrev) != len || memcmp(expansions[i].abbrev, s, len) != 0)
            continue;
        while (*full) {
            k = strcspn(full, " ");
            add_word(w, full, k);
            full += k + (full[k] == ' ');
        }
        return;
    }
    add_word(w, s, len);
}

static void split_words(const char *text, struct words *w)
{
    char word[MLHEAD_NAME_MAX + 1];
    size_t len = 0, segment = 0;
    const unsigned char *s = (const unsigned char *)text;
    w->n = 0;
    for (;; s++) {
        if (*s && is_word_byte(*s)) {
            if (len < MLHEAD_NAME_MAX)
                word[len++] = (char)*s;
            segment++;
            continue;
        }
        if (*s == '.' && segment == 1) {
            segment = 0; /* "C.D.O.", "M.L.": letters with dots are one word */
            continue;
        }
        segment = 0;
        if (len)
            put_word(w, word, len);
        len = 0;
        if (!*s)
            break;
    }
    contract(w);
}

/* Optimal string alignment distance (a swap of two letters is one edit). */
static int edits(const char *a, int n, const char *b, int m)
{
    int d[WORD_MAX + 1][WORD_MAX + 1], i, j;
    for (i = 0; i <= n; i++)
        d[i][0] = i;
    for (j = 0; j <= m; j++)
        d[0][j] = j;
    for (i = 1; i <= n; i++)
        for (j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1], v = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < v)
                v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[n][m];
}

/* How alike a typed word is to a word of a name: 0 .. 1. */
static double word_similarity(const char *q, int qn, const char *c, int cn)
{
    int longer = qn > cn ? qn : cn, d;
    double sim;
    if (qn == cn && memcmp(q, c, (size_t)qn) == 0)
        return 1.0;
    if (qn >= 3 && qn < cn && memcmp(q, c, (size_t)qn) == 0)
        return 0.9;
    if (qn < 2 || cn < 2 || longer < 3)
        return 0.0; /* "ai" is not a typo of "vp"; "mll" may be one of "ml" */
    d = edits(q, qn, c, cn);
    sim = 1.0 - (double)d / longer;
    return d <= (longer >= 8 ? 2 : 1) ? sim : 0.0;
}

struct candidate {
    const char *name;
    mlhead_name_kind kind;
    size_t target;
};

/* How many names hold each word: a word most names share ("scientist",
 * "ai") tells less than one few hold ("principal", "chief"), so each word
 * weighs log(1 + names / names holding it).  Open addressing over copies
 * of the words; a word no name holds weighs the most. */
struct df {
    char (*word)[WORD_MAX + 1];
    unsigned *count;
    size_t cap;
    double names;
};

static size_t df_slot(const struct df *d, const char *w)
{
    size_t i = mh_hash(w, strlen(w)) & (d->cap - 1);
    while (d->word[i][0] && strcmp(d->word[i], w) != 0)
        i = (i + 1) & (d->cap - 1);
    return i;
}

/* ln(y) for y >= 1, without libm: halve to [1, 2), then the atanh series. */
static double ln(double y)
{
    double t, t2, k = 0;
    while (y >= 2) {
        y /= 2;
        k += 0.6931471805599453;
    }
    t = (y - 1) / (y + 1);
    t2 = t * t;
    return k + 2 * t * (1 + t2 / 3 + t2 * t2 / 5 + t2 * t2 * t2 / 7);
}

static double weight(const struct df *d, const char *w)
{
    size_t i = df_slot(d, w);
    unsigned c = d->word[i][0] ? d->count[i] : 0;
    return ln(1.0 + d->names / (c ? c : 0.5));
}

static int df_build(struct df *d, const struct candidate *cands, size_t n)
{
    struct words c;
    size_t i, cap = 64;
    int k, j;
    while (cap < n * 4)
        cap *= 2;
    d->cap = cap;
    d->names = (double)n;
    d->word = calloc(cap, sizeof *d->word);
    d->count = calloc(cap, sizeof *d->count);
    if (!d->word || !d->count)
        return 0;
    for (i = 0; i < n; i++) {
        split_words(cands[i].name, &c);
        for (k = 0; k < c.n; k++) {
            size_t at;
            for (j = 0; j < k && strcmp(c.w[j], c.w[k]) != 0; j++)
                ;
            if (j < k)
                continue; /* once per name */
            at = df_slot(d, c.w[k]);
            if (!d->word[at][0])
                memcpy(d->word[at], c.w[k], c.len[k] + 1u);
            d->count[at]++;
        }
    }
    return 1;
}

static void df_free(struct df *d)
{
    free(d->word);
    free(d->count);
}

static double score(const struct df *d, const struct words *q, const struct words *c)
{
    int used[WORDS_MAX] = {0}, i, j, best;
    double sum = 0, order = 0, qw = 0, cw = 0, wc[WORDS_MAX];
    int last = -1;
    if (q->n == 0 || c->n == 0)
        return 0.0;
    for (j = 0; j < c->n; j++)
        cw += wc[j] = weight(d, c->w[j]);
    for (i = 0; i < q->n; i++) {
        double top = 0.0;
        best = -1;
        for (j = 0; j < c->n; j++) {
            double s;
            if (used[j])
                continue;
            s = word_similarity(q->w[i], q->len[i], c->w[j], c->len[j]);
            if (s > top) {
                top = s;
                best = j;
            }
        }
        if (best >= 0) {
            /* a typo weighs as the word it stands for */
            used[best] = 1;
            sum += top * wc[best];
            qw += wc[best];
            order += best > last ? 1 : 0;
            last = best;
        } else {
            qw += weight(d, q->w[i]);
        }
    }
    /* word order costs a little, so "head ML" still prefers "Head of ML" */
    return (2.0 * sum / (qw + cw)) * (0.97 + 0.03 * order / q->n);
}

/* ---- the one ranking ---- */

struct ranked {
    size_t target;
    double score;
    const struct candidate *by;
};

static int by_score(const void *x, const void *y)
{
    const struct ranked *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return a->target < b->target ? -1 : a->target > b->target;
}

/* Ranks the targets 0 .. ntargets-1 by their best name; fills best[] and
 * returns how many score at least SCORE_MIN. */
static size_t rank(const struct df *d, const struct mh_name *key, const struct candidate *cands,
                   size_t n, struct ranked *best, size_t ntargets)
{
    struct words q, c;
    struct mh_name folded;
    size_t i, kept = 0;
    split_words(key->text, &q);
    for (i = 0; i < ntargets; i++) {
        best[i].target = i;
        best[i].score = 0;
        best[i].by = NULL;
    }
    for (i = 0; i < n; i++) {
        double s;
        size_t k;
        /* a name the lookup would find scores 1 */
        for (k = 0; cands[i].name[k] && k < MLHEAD_NAME_MAX; k++) {
            unsigned char ch = (unsigned char)cands[i].name[k];
            folded.text[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
        }
        folded.text[k] = '\0';
        if (strcmp(folded.text, key->text) == 0) {
            s = 1.0;
        } else {
            split_words(cands[i].name, &c);
            s = score(d, &q, &c);
            if (s > 0.99)
                s = 0.99; /* only the name itself is certain */
        }
        if (s > best[cands[i].target].score ||
            (s == best[cands[i].target].score && !best[cands[i].target].by)) {
            best[cands[i].target].score = s;
            best[cands[i].target].by = &cands[i];
        }
    }
    qsort(best, ntargets, sizeof *best, by_score);
    while (kept < ntargets && best[kept].score >= SCORE_MIN)
        kept++;
    return kept;
}

static int ranked(mlhead *db, const struct mh_name *key, const struct candidate *cands, size_t n,
                  struct ranked *best, size_t ntargets, size_t *kept)
{
    struct df d;
    int ok = df_build(&d, cands, n);
    if (ok)
        *kept = rank(&d, key, cands, n, best, ntargets);
    df_free(&d);
    return ok ? MLHEAD_OK : mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
}

/* ---- the candidates of each table ---- */

struct pool_of_names {
    struct candidate *cands;
    size_t n;
    mlhead_match_hit *targets; /* one per target: what a hit reports */
    size_t ntargets;
    void *lists[32]; /* the lists the names point into, freed after (headings: of
                        the first 31 sections) */
    size_t nlists;
};

static void names_free(struct pool_of_names *p)
{
    size_t i;
    for (i = 0; i < p->nlists; i++)
        mlhead_free(p->lists[i]);
    free(p->cands);
    free(p->targets);
}

static int names_grow(mlhead *db, struct pool_of_names *p, size_t more_targets)
{
    size_t nt = p->ntargets + more_targets;
    struct candidate *c = NULL;
    mlhead_match_hit *t = NULL;
    if (nt < (size_t)-1 / (2 * sizeof *c)) {
        c = realloc(p->cands, nt * 2 * sizeof *c + 1);
        if (c)
            p->cands = c;
        t = c ? realloc(p->targets, nt * sizeof *t + 1) : NULL;
        if (t)
            p->targets = t;
    }
    return c && t ? MLHEAD_OK : mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
}

/* A target known by its title and its slug. */
static void add_target(struct pool_of_names *p, const char *slug, const char *title,
                       const char *section)
{
    mlhead_match_hit *t = &p->targets[p->ntargets];
    memset(t, 0, sizeof *t);
    t->slug = slug;
    t->title = title;
    t->section = section;
    p->cands[p->n++] = (struct candidate){title, MLHEAD_NAME_TITLE, p->ntargets};
    p->cands[p->n++] = (struct candidate){slug, MLHEAD_NAME_SLUG, p->ntargets};
    p->ntargets++;
}

static int gather(mlhead *db, mlhead_match_what what, struct pool_of_names *p)
{
    size_t n = 0, i;
    int status;
    memset(p, 0, sizeof *p);
    if (what == MLHEAD_MATCH_ROLE) {
        mlhead_role_name *names;
        status = mlhead_role_names(db, &names, &n);
        if (status == MLHEAD_OK) {
            p->lists[p->nlists++] = names;
            status = names_grow(db, p, n);
        }
        for (i = 0; status == MLHEAD_OK && i < n; i++) {
            if (i == 0 || names[i].role.title != names[i - 1].role.title) {
                mlhead_match_hit *t = &p->targets[p->ntargets++];
                memset(t, 0, sizeof *t);
                t->slug = names[i].role.slug;
                t->title = names[i].role.title;
                t->section = names[i].role.section;
            }
            p->cands[p->n++] = (struct candidate){names[i].name, names[i].kind, p->ntargets - 1};
        }
        return status;
    }
    if (what == MLHEAD_MATCH_TRACK) {
        mlhead_track *t;
        status = mlhead_track_list(db, &t, &n);
        if (status != MLHEAD_OK)
            return status;
        p->lists[p->nlists++] = t;
        status = names_grow(db, p, n);
        if (status == MLHEAD_OK)
            for (i = 0; i < n; i++)
                add_target(p, t[i].slug, t[i].title, NULL);
        return status;
    }
    if (what == MLHEAD_MATCH_SECTION || what == MLHEAD_MATCH_CATEGORY) {
        mlhead_section *s;
        size_t k;
        status = mlhead_section_list(db, &s, &n);
        if (status != MLHEAD_OK)
            return status;
        p->lists[p->nlists++] = s;
        if (what == MLHEAD_MATCH_SECTION) {
            status = names_grow(db, p, n);
            for (i = 0; status == MLHEAD_OK && i < n; i++)
                add_target(p, s[i].slug, s[i].title, NULL);
            return status;
        }
        for (k = 0; k < n && p->nlists < sizeof p->lists / sizeof p->lists[0]; k++) {
            mlhead_category *c;
            size_t nc;
            status = mlhead_category_list(db, s[k].slug, &c, &nc);
            if (status == MLHEAD_NOT_FOUND)
                return mh_fail(db, MLHEAD_CORRUPT, "section \"%s\" is listed but not found",
                               s[k].slug);
            if (status != MLHEAD_OK)
                return status;
            p->lists[p->nlists++] = c;
            status = names_grow(db, p, nc);
            for (i = 0; status == MLHEAD_OK && i < nc; i++)
                add_target(p, c[i].slug, c[i].title, c[i].section);
            if (status != MLHEAD_OK)
                return status;
        }
        return MLHEAD_OK;
    }
    return mh_fail_arg(db, 2, MLHEAD_INVALID, "what is %d, not one of mlhead_match_what",
                       (int)what);
}

int mlhead_match(mlhead *db, mlhead_match_what what, const char *text, size_t limit,
                 mlhead_match_hit **out, size_t *count)
{
    struct mh_name key;
    struct pool_of_names p;
    struct ranked *best = NULL;
    size_t kept = 0, i;
    /* out and count come after the text and the limit */
    int status = MH_LIST_ARGS(db, 5, out, count);
    if (status == MLHEAD_OK)
        status = mh_fold(db, 3, "text", text, &key);
    if (status != MLHEAD_OK)
        return status;
    status = gather(db, what, &p);
    if (status == MLHEAD_OK && p.ntargets && !(best = malloc(p.ntargets * sizeof *best)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    if (status == MLHEAD_OK && p.ntargets)
        status = ranked(db, &key, p.cands, p.n, best, p.ntargets, &kept);
    if (limit && kept > limit)
        kept = limit;
    if (status == MLHEAD_OK && kept && !(*out = malloc(kept * sizeof **out)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    for (i = 0; status == MLHEAD_OK && i < kept; i++) {
        (*out)[i] = p.targets[best[i].target];
        (*out)[i].score = best[i].score;
        (*out)[i].matched = best[i].by->kind;
        (*out)[i].name = best[i].by->name;
    }
    free(best);
    names_free(&p);
    if (status != MLHEAD_OK)
        return status;
    *count = kept;
    return mh_ok(db);
}

int mlhead_role_match(mlhead *db, const char *text, size_t limit, mlhead_role_match_hit **out,
                      size_t *count)
{
    struct mh_name key;
    mlhead_role_name *names = NULL;
    struct candidate *cands = NULL;
    struct ranked *best = NULL;
    size_t n = 0, i, nroles = 0, kept = 0;
    int status = MH_LIST_ARGS(db, 4, out, count);
    if (status == MLHEAD_OK)
        status = mh_fold(db, 2, "text", text, &key);
    if (status == MLHEAD_OK)
        status = mlhead_role_names(db, &names, &n);
    if (status == MLHEAD_OK && n &&
        (!(cands = malloc(n * sizeof *cands)) || !(best = malloc(n * sizeof *best))))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    /* names come grouped by role: a role's number is its group's */
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        if (i == 0 || names[i].role.title != names[i - 1].role.title)
            nroles++;
        cands[i] = (struct candidate){names[i].name, names[i].kind, nroles - 1};
    }
    if (status == MLHEAD_OK && n)
        status = ranked(db, &key, cands, n, best, nroles, &kept);
    if (limit && kept > limit)
        kept = limit;
    if (status == MLHEAD_OK && kept && !(*out = malloc(kept * sizeof **out)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    for (i = 0; status == MLHEAD_OK && i < kept; i++) {
        const mlhead_role_name *by = &names[best[i].by - cands];
        (*out)[i].role = by->role;
        (*out)[i].score = best[i].score;
        (*out)[i].matched = by->kind;
        (*out)[i].name = by->name;
    }
    free(best);
    free(cands);
    mlhead_free(names);
    if (status != MLHEAD_OK)
        return status;
    *count = kept;
    return mh_ok(db);
}
