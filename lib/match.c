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
#include <stdint.h>
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

/* The names of a table cut into words once (split_words is the costly
 * part of matching: for the roles the lexicon is kept by the handle, the
 * data never changes).  Each distinct word is kept once, with how much it
 * weighs: a word most names share ("scientist", "ai") tells less than one
 * few hold ("principal", "chief"), so it weighs log(1 + names / names
 * holding it); a word no name holds weighs the most.  Its letters as a
 * set of bits bound its edit distance to another word from below. */
struct vword {
    size_t text;      /* offset in chars */
    unsigned len;     /* bytes */
    unsigned count;   /* names holding it */
    uint64_t letters; /* bit (byte & 63) of each byte */
    double weight;
};

struct mh_lexicon {
    const struct candidate *cands;
    size_t n;
    size_t *at;     /* n + 1 offsets into words */
    size_t *words;  /* each name's words, as vocabulary numbers, in order */
    size_t *folded; /* each name's hash as a lookup folds it */
    struct vword *vocab;
    size_t nvocab, vocab_cap;
    char *chars;
    size_t nchars, chars_cap;
    size_t *slots; /* hash of the vocabulary: number + 1, 0 = empty */
    size_t cap;
    size_t *hit; /* a call's scratch: each word's row of similarities, or NONE */
    /* what the lexicon of the roles keeps for the handle */
    struct candidate *own_cands;
    mlhead_role_name *names;
    size_t ntargets;
};

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

static uint64_t letters_of(const char *w, size_t len)
{
    uint64_t m = 0;
    size_t i;
    for (i = 0; i < len; i++)
        m |= (uint64_t)1 << ((unsigned char)w[i] & 63);
    return m;
}

static int popcount64(uint64_t x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

static size_t vocab_slot(const struct mh_lexicon *x, const char *w, size_t len)
{
    size_t i = mh_hash(w, len) & (x->cap - 1);
    while (x->slots[i]) {
        const struct vword *v = &x->vocab[x->slots[i] - 1];
        if (v->len == len && memcmp(x->chars + v->text, w, len) == 0)
            break;
        i = (i + 1) & (x->cap - 1);
    }
    return i;
}

/* p with room for `need` elements of `size` bytes: p itself, or its copy
 * grown by realloc (*cap updated), or NULL (p stays as it was). */
static void *grown(void *p, size_t *cap, size_t need, size_t size)
{
    size_t c = *cap ? *cap : 64;
    while (c < need) {
        if (c > (size_t)-1 / 2 / size)
            return NULL;
        c *= 2;
    }
    if (c != *cap && !(p = realloc(p, c * size)))
        return NULL;
    *cap = c;
    return p;
}

/* The vocabulary number of a word, added if new. */
static int vocab_add(struct mh_lexicon *x, const char *w, size_t len, size_t *id)
{
    size_t i = vocab_slot(x, w, len);
    struct vword *v;
    char *chars;
    if (x->slots[i]) {
        *id = x->slots[i] - 1;
        return 1;
    }
    if (!(v = grown(x->vocab, &x->vocab_cap, x->nvocab + 1, sizeof *x->vocab)))
        return 0;
    x->vocab = v;
    if (!(chars = grown(x->chars, &x->chars_cap, x->nchars + len + 1, 1)))
        return 0;
    x->chars = chars;
    v = &x->vocab[x->nvocab];
    v->text = x->nchars;
    v->len = (unsigned)len;
    v->count = 0;
    v->letters = letters_of(w, len);
    memcpy(x->chars + x->nchars, w, len + 1);
    x->nchars += len + 1;
    x->slots[i] = ++x->nvocab;
    *id = x->nvocab - 1;
    return 1;
}

/* A name as a lookup folds it (ASCII lower case, at most MLHEAD_NAME_MAX
 * bytes), compared with the folded text: a name equal to it scores 1. */
static size_t fold_name(const char *name, struct mh_name *out)
{
    size_t k;
    for (k = 0; name[k] && k < MLHEAD_NAME_MAX; k++) {
        unsigned char ch = (unsigned char)name[k];
        out->text[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
    }
    out->text[k] = '\0';
    out->len = k;
    return mh_hash(out->text, k);
}

/* Whether a name whose hash matched the key's folds to the key itself. */
static int folds_to(const char *name, const struct mh_name *key)
{
    struct mh_name folded;
    fold_name(name, &folded);
    return strcmp(folded.text, key->text) == 0;
}

static void lexicon_free(struct mh_lexicon *x)
{
    if (!x)
        return;
    free(x->at);
    free(x->words);
    free(x->folded);
    free(x->vocab);
    free(x->chars);
    free(x->slots);
    free(x->hit);
    free(x->own_cands);
    mlhead_free(x->names);
    free(x);
}

void mh_lexicon_free(struct mh_lexicon *x)
{
    lexicon_free(x);
}

static struct mh_lexicon *lexicon_new(const struct candidate *cands, size_t n)
{
    struct mh_lexicon *x = calloc(1, sizeof *x);
    struct words c;
    struct mh_name folded;
    size_t i, nwords = 0, words_cap = 0, cap = 64, *ids;
    int k, j;
    if (!x)
        return NULL;
    x->cands = cands;
    x->n = n;
    while (cap < n * 4 + 64)
        cap *= 2;
    x->cap = cap;
    x->slots = calloc(cap, sizeof *x->slots);
    x->at = malloc((n + 1) * sizeof *x->at);
    x->folded = malloc((n ? n : 1) * sizeof *x->folded);
    if (!x->slots || !x->at || !x->folded) {
        lexicon_free(x);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        x->folded[i] = fold_name(cands[i].name, &folded);
        split_words(cands[i].name, &c);
        x->at[i] = nwords;
        if (!(ids = grown(x->words, &words_cap, nwords + (size_t)c.n + 1, sizeof *x->words))) {
            lexicon_free(x);
            return NULL;
        }
        x->words = ids;
        for (k = 0; k < c.n; k++) {
            size_t id;
            /* the vocabulary may fill its hash: at most 4 words a name
             * before it is grown */
            if (x->nvocab * 2 >= x->cap) {
                size_t *old = x->slots, oldcap = x->cap, s;
                x->cap *= 2;
                if (!(x->slots = calloc(x->cap, sizeof *x->slots))) {
                    x->slots = old;
                    lexicon_free(x);
                    return NULL;
                }
                for (s = 0; s < oldcap; s++)
                    if (old[s]) {
                        const struct vword *v = &x->vocab[old[s] - 1];
                        x->slots[vocab_slot(x, x->chars + v->text, v->len)] = old[s];
                    }
                free(old);
            }
            if (!vocab_add(x, c.w[k], c.len[k], &id)) {
                lexicon_free(x);
                return NULL;
            }
            x->words[nwords++] = id;
            for (j = 0; j < k && strcmp(c.w[j], c.w[k]) != 0; j++)
                ;
            if (j == k)
                x->vocab[id].count++; /* once per name */
        }
    }
    x->at[n] = nwords;
    if (!(x->hit = malloc((x->nvocab + 1) * sizeof *x->hit))) {
        lexicon_free(x);
        return NULL;
    }
    for (i = 0; i < x->nvocab; i++)
        x->vocab[i].weight = ln(1.0 + (double)n / x->vocab[i].count);
    return x;
}

/* The weight of a typed word: its own if a name holds it. */
static double typed_weight(const struct mh_lexicon *x, const char *w, size_t len)
{
    size_t i = vocab_slot(x, w, len);
    return x->slots[i] ? x->vocab[x->slots[i] - 1].weight : ln(1.0 + (double)x->n / 0.5);
}

/* word_similarity() where it can be more than 0: the same word, a prefix,
 * or few enough edits (each edit changes at most two bits of the set of
 * letters, and the length by at most one). */
static double similarity(const struct mh_lexicon *x, const char *q, int qn, uint64_t qletters,
                         const struct vword *v)
{
    int cn = (int)v->len, longer = qn > cn ? qn : cn, most = longer >= 8 ? 2 : 1;
    const char *c = x->chars + v->text;
    if ((qn == cn && memcmp(q, c, (size_t)qn) == 0) ||
        (qn >= 3 && qn < cn && memcmp(q, c, (size_t)qn) == 0))
        return word_similarity(q, qn, c, cn);
    if (qn - cn > most || cn - qn > most || popcount64(qletters ^ v->letters) > 2 * most)
        return 0.0;
    return word_similarity(q, qn, c, cn);
}

#define NONE ((size_t)-1)

/* score() of the typed words against name i, through the similarities of
 * each typed word to each word of the vocabulary: row hit[v] of sim (one
 * column per typed word), or none at all.  0 when no word of the name is
 * like any typed word. */
static double score_name(const struct mh_lexicon *x, const struct words *q, const double *sim,
                         const double *qweight, size_t i)
{
    const size_t *ids = x->words + x->at[i];
    int k, j, best, cn = (int)(x->at[i + 1] - x->at[i]), last = -1;
    uint64_t used = 0; /* bit j: word j of the name is paired (WORDS_MAX is 64) */
    double sum = 0, order = 0, qw = 0, cw = 0;
    for (j = 0; j < cn && x->hit[ids[j]] == NONE; j++)
        ;
    if (q->n == 0 || j == cn)
        return 0.0;
    for (j = 0; j < cn; j++)
        cw += x->vocab[ids[j]].weight;
    for (k = 0; k < q->n; k++) {
        double top = 0.0;
        best = -1;
        for (j = 0; j < cn; j++) {
            double s;
            if ((used >> j & 1) || x->hit[ids[j]] == NONE)
                continue;
            s = sim[x->hit[ids[j]] * (size_t)q->n + (size_t)k];
            if (s > top) {
                top = s;
                best = j;
            }
        }
        if (best >= 0) {
            /* a typo weighs as the word it stands for */
            double wc = x->vocab[ids[best]].weight;
            used |= (uint64_t)1 << best;
            sum += top * wc;
            qw += wc;
            order += best > last ? 1 : 0;
            last = best;
        } else {
            qw += qweight[k];
        }
    }
    /* word order costs a little, so "head ML" still prefers "Head of ML" */
    return (2.0 * sum / (qw + cw)) * (0.97 + 0.03 * order / q->n);
}

/* Fills x->hit and the rows of sim: for each word of the vocabulary like
 * at least one typed word, its similarity to each.  NULL when out of
 * memory. */
static double *similarities(struct mh_lexicon *x, const struct words *q)
{
    uint64_t letters[WORDS_MAX];
    double row[WORDS_MAX], *sim = malloc(64 * sizeof *sim), *grown;
    size_t v, nrows = 0, cap = sim ? 64 : 0;
    int w, any;
    if (!sim)
        return NULL;
    for (w = 0; w < q->n; w++)
        letters[w] = letters_of(q->w[w], q->len[w]);
    for (v = 0; v < x->nvocab; v++) {
        for (w = 0, any = 0; w < q->n; w++)
            any |= (row[w] = similarity(x, q->w[w], q->len[w], letters[w], &x->vocab[v])) > 0;
        x->hit[v] = NONE;
        if (!any)
            continue;
        if ((nrows + 1) * (size_t)q->n > cap) {
            if (!(grown = realloc(sim, 2 * cap * sizeof *sim))) {
                free(sim);
                return NULL;
            }
            sim = grown;
            cap *= 2;
        }
        memcpy(sim + nrows * (size_t)q->n, row, (size_t)q->n * sizeof *row);
        x->hit[v] = nrows++;
    }
    return sim;
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

/* Ranks the targets 0 .. ntargets-1 by their best name; fills best[] with
 * those that score at least SCORE_MIN, best first, and returns how many. */
static int rank(mlhead *db, struct mh_lexicon *x, const struct mh_name *key, struct ranked *best,
                size_t ntargets, size_t *kept)
{
    struct words q;
    size_t i, keyhash = mh_hash(key->text, key->len), k = 0;
    double *sim, qweight[WORDS_MAX];
    int w;
    split_words(key->text, &q);
    if (!(sim = similarities(x, &q)))
        return mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    for (w = 0; w < q.n; w++)
        qweight[w] = typed_weight(x, q.w[w], q.len[w]);
    for (i = 0; i < ntargets; i++) {
        best[i].target = i;
        best[i].score = 0;
        best[i].by = NULL;
    }
    for (i = 0; i < x->n; i++) {
        const struct candidate *c = &x->cands[i];
        double s;
        if (x->folded[i] == keyhash && folds_to(c->name, key)) {
            s = 1.0;
        } else {
            s = score_name(x, &q, sim, qweight, i);
            if (s > 0.99)
                s = 0.99; /* only the name itself is certain */
        }
        if (s > best[c->target].score || (s == best[c->target].score && !best[c->target].by)) {
            best[c->target].score = s;
            best[c->target].by = c;
        }
    }
    free(sim);
    /* only the kept ones are sorted: the order of the rest is never read */
    for (i = 0; i < ntargets; i++)
        if (best[i].score >= SCORE_MIN)
            best[k++] = best[i];
    qsort(best, k, sizeof *best, by_score);
    *kept = k;
    return MLHEAD_OK;
}

static int ranked(mlhead *db, const struct mh_name *key, const struct candidate *cands, size_t n,
                  struct ranked *best, size_t ntargets, size_t *kept)
{
    struct mh_lexicon *x = lexicon_new(cands, n);
    int status = x ? rank(db, x, key, best, ntargets, kept)
                   : mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    lexicon_free(x);
    return status;
}

/* ---- the candidates of each table ---- */

struct pool_of_names {
    struct candidate *cands;
    size_t n;
    mlhead_match_hit *targets; /* one per target: what a hit reports */
    size_t ntargets;
    void **lists; /* the lists the names point into, freed after: one per
                     section for the headings */
    size_t nlists, lists_cap;
};

static void names_free(struct pool_of_names *p)
{
    size_t i;
    for (i = 0; i < p->nlists; i++)
        mlhead_free(p->lists[i]);
    free(p->lists);
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
/* Keeps a list the names point into, to be freed with the pool (at once,
 * if it cannot be kept). */
static int keep_list(mlhead *db, struct pool_of_names *p, void *list)
{
    if (p->nlists == p->lists_cap) {
        size_t cap = p->lists_cap ? 2 * p->lists_cap : 16;
        void **grown =
            cap < (size_t)-1 / sizeof *grown ? realloc(p->lists, cap * sizeof *grown) : NULL;
        if (!grown) {
            mlhead_free(list);
            return mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
        }
        p->lists = grown;
        p->lists_cap = cap;
    }
    p->lists[p->nlists++] = list;
    return MLHEAD_OK;
}

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
        if (status == MLHEAD_OK && (status = keep_list(db, p, names)) == MLHEAD_OK)
            status = names_grow(db, p, n);
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
        if (status == MLHEAD_OK)
            status = keep_list(db, p, t);
        if (status != MLHEAD_OK)
            return status;
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
        if (status == MLHEAD_OK)
            status = keep_list(db, p, s);
        if (status != MLHEAD_OK)
            return status;
        if (what == MLHEAD_MATCH_SECTION) {
            status = names_grow(db, p, n);
            for (i = 0; status == MLHEAD_OK && i < n; i++)
                add_target(p, s[i].slug, s[i].title, NULL);
            return status;
        }
        for (k = 0; k < n; k++) {
            mlhead_category *c;
            size_t nc;
            status = mlhead_category_list(db, s[k].slug, &c, &nc);
            if (status == MLHEAD_NOT_FOUND)
                return mh_fail(db, MLHEAD_CORRUPT, "section \"%s\" is listed but not found",
                               s[k].slug);
            if (status == MLHEAD_OK)
                status = keep_list(db, p, c);
            if (status != MLHEAD_OK)
                return status;
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

/* The roles' names as a lexicon, made on the first call and kept: names
 * come grouped by role, so a role's number is its group's. */
static int role_words(mlhead *db, struct mh_lexicon **out)
{
    mlhead_role_name *names = NULL;
    struct candidate *cands = NULL;
    size_t n = 0, i, nroles = 0;
    int status = MLHEAD_OK;
    if (db->role_words) {
        *out = db->role_words;
        return MLHEAD_OK;
    }
    status = mlhead_role_names(db, &names, &n);
    if (status == MLHEAD_OK && !(cands = malloc((n ? n : 1) * sizeof *cands)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    for (i = 0; status == MLHEAD_OK && i < n; i++) {
        if (i == 0 || names[i].role.title != names[i - 1].role.title)
            nroles++;
        cands[i] = (struct candidate){names[i].name, names[i].kind, nroles - 1};
    }
    if (status == MLHEAD_OK && !(db->role_words = lexicon_new(cands, n)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    if (status != MLHEAD_OK) {
        free(cands);
        mlhead_free(names);
        return status;
    }
    db->role_words->own_cands = cands;
    db->role_words->names = names;
    db->role_words->ntargets = nroles;
    *out = db->role_words;
    return MLHEAD_OK;
}

int mlhead_role_match(mlhead *db, const char *text, size_t limit, mlhead_role_match_hit **out,
                      size_t *count)
{
    struct mh_name key;
    struct mh_lexicon *x = NULL;
    struct ranked *best = NULL;
    size_t i, kept = 0;
    int status = MH_LIST_ARGS(db, 4, out, count);
    if (status == MLHEAD_OK)
        status = mh_fold(db, 2, "text", text, &key);
    if (status == MLHEAD_OK)
        status = role_words(db, &x);
    if (status == MLHEAD_OK && x->ntargets && !(best = malloc(x->ntargets * sizeof *best)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    if (status == MLHEAD_OK && x->ntargets)
        status = rank(db, x, &key, best, x->ntargets, &kept);
    if (limit && kept > limit)
        kept = limit;
    if (status == MLHEAD_OK && kept && !(*out = malloc(kept * sizeof **out)))
        status = mh_fail(db, MLHEAD_NOMEM, "matching a name: out of memory");
    for (i = 0; status == MLHEAD_OK && i < kept; i++) {
        const mlhead_role_name *by = &x->names[best[i].by - x->cands];
        (*out)[i].role = by->role;
        (*out)[i].score = best[i].score;
        (*out)[i].matched = by->kind;
        (*out)[i].name = by->name;
    }
    free(best);
    if (status != MLHEAD_OK)
        return status;
    *count = kept;
    return mh_ok(db);
}
