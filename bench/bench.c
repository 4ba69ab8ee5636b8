/*
 * bench.c - `make bench`: one table of what each call of libmlhead costs,
 * beside the same answers written by hand against the same database in the
 * same run - (a) one prepared statement reused, (b) prepare / step /
 * finalize per call, (c) a plain C hash table (the floor) - and the ratio
 * of each library row to them.  Then each question's cost on generated
 * databases of growing size, the heap one handle holds, what opening each
 * file by path costs beside what 1.0's open did, and whole-process runs.
 * This file holds the rows and the tables; timing.c times them,
 * callgrind.c counts their instructions, hand.c answers by hand, heap.c
 * and process.c report the rest.
 *
 * Usage: bench [--quick] [--only TEXT] [--db build/mlhead.db] [--lean FILE]
 *              [--scale FILE]... [--process NAME ARGV... --]...
 * --quick runs few, short batches (CI); --only keeps the groups of rows
 * one of whose names holds TEXT; --lean names the embedded copy's first
 * part, to show what the rest of the schema costs a first question.
 * Where valgrind is on the PATH the program runs itself once more under
 * callgrind to count instructions per operation (BENCH_CALLGRIND=0 skips
 * that).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bench.h"

#define MAX_FRESH 4096

/* A question and everything its rows need. */
struct question {
    mlhead *db;   /* a warm handle: statements prepared, memo filled */
    mlhead *full; /* a handle whose memo is full, so names go to SQL */
    struct hand *hand;
    const char *path;          /* the database file */
    const char *lib_path;      /* what the library opens: NULL, the embedded copy */
    const char *name;          /* the role, track, category or query asked about */
    const char *to;            /* the second role of a path */
    enum hand_question hand_q; /* what the hand-written rows ask */
    const char *hand_arg;      /* and bind: the name, or the FTS5 query */
    int owns_handles;          /* opened db and full (others share them) */
    mlhead *fresh[MAX_FRESH];  /* new handles, for a cold first call */
};

#define MAX_QUESTIONS 64
static struct question *questions[MAX_QUESTIONS];
static int nquestions;

static struct bench_row rows[MAX_ROWS];
static int nrows;
static int counted_rows; /* the rows before the generated databases' */

static struct bench_row *add(const char *name, enum bench_kind kind, int group,
                             uint64_t (*op)(void *, size_t), void *ctx)
{
    struct bench_row *r;
    if (nrows == MAX_ROWS) {
        fprintf(stderr, "bench: too many rows\n");
        exit(2);
    }
    r = &rows[nrows++];
    memset(r, 0, sizeof *r);
    r->name = name;
    r->kind = kind;
    r->group = group;
    r->op = op;
    r->ctx = ctx;
    return r;
}

/* ---- the library's operations --------------------------------------------- */

static uint64_t lib_open_embedded(void *ctx, size_t i)
{
    mlhead *db;
    int status = mlhead_open(NULL, &db);
    (void)ctx, (void)i;
    mlhead_close(db);
    return (uint64_t)status;
}

static uint64_t lib_open_path(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead *db;
    int status = mlhead_open(q->path, &db);
    (void)i;
    mlhead_close(db);
    return (uint64_t)status;
}

/* Opens q->path, searches it for q->name (a common word), closes: what a
 * first search costs on top of the open (an index built at the first
 * search, say) shows here.  The open's status, or the search's. */
static uint64_t lib_open_path_search(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead_hit *list;
    size_t count = 0;
    mlhead *db;
    int status = mlhead_open(q->path, &db);
    (void)i;
    if (status == MLHEAD_OK && (status = mlhead_search(db, q->name, 20, &list, &count)) == 0)
        mlhead_free(list);
    mlhead_close(db);
    bench_sink += count;
    return (uint64_t)status;
}

static uint64_t salary_on(mlhead *db, const char *name)
{
    mlhead_salary s;
    return bench_salary_value(mlhead_salary_range(db, name, &s), &s);
}

static uint64_t lib_open_first_salary(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead *db;
    uint64_t value = 0;
    (void)i;
    if (mlhead_open(NULL, &db) == MLHEAD_OK)
        value = salary_on(db, q->name);
    mlhead_close(db);
    return value;
}

static uint64_t lib_salary(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return salary_on(q->db, q->name);
}

static uint64_t lib_salary_sql(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return salary_on(q->full, q->name);
}

static uint64_t lib_salary_cold(void *ctx, size_t i)
{
    struct question *q = ctx;
    return salary_on(q->fresh[i], q->name);
}

static int open_fresh(void *ctx, size_t n)
{
    struct question *q = ctx;
    size_t i;
    if (n > MAX_FRESH)
        return -1;
    for (i = 0; i < n; i++)
        if (mlhead_open(q->lib_path, &q->fresh[i]) != MLHEAD_OK)
            return -1;
    return 0;
}

static void close_fresh(void *ctx, size_t n)
{
    struct question *q = ctx;
    size_t i;
    for (i = 0; i < n; i++) {
        mlhead_close(q->fresh[i]);
        q->fresh[i] = NULL;
    }
}

static uint64_t role_on(mlhead *db, const char *name)
{
    mlhead_role r;
    int status = mlhead_role_find(db, name, &r);
    return status == MLHEAD_OK ? (uint64_t)r.line : BENCH_NOT_FOUND + (uint64_t)status;
}

static uint64_t lib_open_first_role(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead *db;
    uint64_t value = 0;
    (void)i;
    if (mlhead_open(NULL, &db) == MLHEAD_OK)
        value = role_on(db, q->name);
    mlhead_close(db);
    return value;
}

static uint64_t lib_role_find(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return role_on(q->db, q->name);
}

static uint64_t lib_role_find_sql(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return role_on(q->full, q->name);
}

/* Every list call is reduced the same way: its status and length. */
static uint64_t list_value(int status, void *list, size_t count)
{
    mlhead_free(list);
    return status == MLHEAD_OK ? count : BENCH_NOT_FOUND + (uint64_t)status;
}

static uint64_t lib_track_steps(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead_role *list;
    size_t count;
    int status;
    (void)i;
    status = mlhead_role_list(q->db, q->name, &list, &count);
    return list_value(status, list, count);
}

static uint64_t lib_path(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead_role *list;
    size_t count;
    int status;
    (void)i;
    status = mlhead_path(q->db, q->name, q->to, &list, &count);
    return list_value(status, list, count);
}

static uint64_t lib_best_practices(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead_item *list;
    size_t count;
    int status;
    (void)i;
    status = mlhead_best_practices(q->db, q->name, &list, &count);
    return list_value(status, list, count);
}

static uint64_t lib_search(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead_hit *list;
    size_t count;
    int status;
    (void)i;
    status = mlhead_search(q->db, q->name, 20, &list, &count);
    return list_value(status, list, count);
}

static uint64_t lib_role_match(void *ctx, size_t i)
{
    const struct question *q = ctx;
    mlhead_role_match_hit *list;
    size_t count;
    int status;
    (void)i;
    status = mlhead_role_match(q->db, q->name, 5, &list, &count);
    return list_value(status, list, count);
}

/* ---- the same answers by hand ----------------------------------------------- */

/* The hand-written rows bind q->hand_arg to the question q->hand_q. */
static uint64_t hand_prepared_op(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return hand_prepared(q->hand, q->hand_q, q->hand_arg);
}

static uint64_t hand_oneshot_op(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return hand_oneshot(q->hand, q->hand_q, q->hand_arg);
}

static uint64_t hand_open_first_op(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return hand_open_first(q->path, HAND_SALARY, q->name);
}

static uint64_t hand_open_first_role_op(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return hand_open_first(q->path, HAND_ROLE, q->name);
}

static uint64_t hand_floor(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return hand_salary_floor(q->hand, q->name);
}

static uint64_t hand_open_1_0_op(void *ctx, size_t i)
{
    const struct question *q = ctx;
    (void)i;
    return hand_open_1_0(q->path);
}

/* ---- building the table ----------------------------------------------------- */

/* A handle on path whose memo has stopped taking names, so every lookup
 * of a name it has not seen runs its SQL (a prepared statement, reused). */
static mlhead *open_full(const char *path)
{
    char name[64];
    mlhead_salary s;
    mlhead_role r;
    mlhead *db;
    int i;
    if (mlhead_open(path, &db) != MLHEAD_OK)
        return NULL;
    /* twice the memo's bound (MH_MEMO_MAX, 512 names) of both lookups */
    for (i = 0; i < 1024; i++) {
        snprintf(name, sizeof name, "no such role %d", i);
        mlhead_salary_range(db, name, &s);
        mlhead_role_find(db, name, &r);
    }
    return db;
}

/* A question on a file; the library's warm handle reads the embedded copy
 * when embedded is set (the same bytes), the file otherwise.  Questions on
 * the same file share their handles: a large file takes seconds to open. */
static struct question *question(const char *path, int embedded, const char *name, const char *to,
                                 struct hand *hand)
{
    struct question *last = nquestions ? questions[nquestions - 1] : NULL;
    struct question *q = calloc(1, sizeof *q);
    if (!q || nquestions == MAX_QUESTIONS)
        exit(2);
    questions[nquestions++] = q;
    q->path = path;
    q->lib_path = embedded ? NULL : path;
    q->name = name;
    q->to = to;
    q->hand = hand;
    if (last && last->path == path && last->lib_path == q->lib_path) {
        q->db = last->db;
        q->full = last->full;
    } else if (mlhead_open(q->lib_path, &q->db) != MLHEAD_OK || !(q->full = open_full(path))) {
        fprintf(stderr, "bench: cannot open %s\n", path);
        exit(2);
    } else {
        q->owns_handles = 1;
    }
    return q;
}

/* A question on a file for the hand-written rows alone: no handles. */
static struct question *file_question(const char *path, const char *name)
{
    struct question *q = calloc(1, sizeof *q);
    if (!q || nquestions == MAX_QUESTIONS)
        exit(2);
    q->path = path;
    q->name = name;
    return questions[nquestions++] = q;
}

/* Closes what the questions opened: handles once, each file's hand once
 * (the questions on one file are consecutive). */
static void free_questions(void)
{
    int i;
    for (i = 0; i < nquestions; i++) {
        struct question *q = questions[i];
        if (q->owns_handles) {
            mlhead_close(q->db);
            mlhead_close(q->full);
        }
        if (i == 0 || questions[i - 1]->hand != q->hand)
            hand_close(q->hand);
    }
    for (i = 0; i < nquestions; i++)
        free(questions[i]);
    nquestions = 0;
}

/* Row names live here for the life of the program. */
static const char *label(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *label(const char *fmt, ...)
{
    static char arena[MAX_ROWS][80];
    static int used;
    va_list ap;
    if (used == MAX_ROWS)
        return "?";
    va_start(ap, fmt);
    vsnprintf(arena[used], sizeof arena[used], fmt, ap);
    va_end(ap);
    return arena[used++];
}

/* The rows of one salary question: the library three ways (its memo warm,
 * the first call on a new handle, its memo full so the SQL runs), then the
 * hand-written (a), (b) and (c). */
/* (a) and (b): the hand-written rows of a question. */
static void hand_rows(int group, struct question *q, enum hand_question hand_q, const char *arg)
{
    q->hand_q = hand_q;
    q->hand_arg = arg;
    add("  (a) prepared once, reused", BENCH_PREPARED, group, hand_prepared_op, q);
    add("  (b) prepare/step/finalize", BENCH_ONESHOT, group, hand_oneshot_op, q);
}

static void salary_rows(int group, const char *what, struct question *q)
{
    struct bench_row *cold;
    add(label("%s (memo warm)", what), BENCH_LIB, group, lib_salary, q);
    cold = add(label("%s (cold: 1st call)", what), BENCH_LIB, group, lib_salary_cold, q);
    cold->setup = open_fresh;
    cold->teardown = close_fresh;
    add(label("%s (memo full: SQL)", what), BENCH_LIB, group, lib_salary_sql, q);
    hand_rows(group, q, HAND_SALARY, q->name);
    add("  (c) C hash table (floor)", BENCH_FLOOR, group, hand_floor, q);
}

/* A search for one word: the library, then (a) and (b), which make the
 * FTS5 queries of its tiers from the word by hand. */
static void search_rows(int group, const char *what, struct question *q)
{
    add(what, BENCH_LIB, group, lib_search, q);
    hand_rows(group, q, HAND_SEARCH, q->name);
}

/* The groups of open_rows(), for print_opens(). */
#define MAX_OPENS 9
static int open_groups[MAX_OPENS];
static int nopens;

/* Opening a file by path: the library's open, which validates all of the
 * file; (a) what 1.0's open did, by hand; the open and a first search.
 * what names the file ("open build/mlhead.db", "N roles: open"). */
static void open_rows(int group, const char *path, const char *what)
{
    struct question *q = file_question(path, "governance");
    if (nopens < MAX_OPENS)
        open_groups[nopens++] = group;
    add(label("%s by path, validated", what), BENCH_LIB, group, lib_open_path, q);
    add("  (a) by hand: what 1.0's open did", BENCH_PREPARED, group, hand_open_1_0_op, q);
    add(label("%s + 1st search \"%s\"", what, q->name), BENCH_LIB, group, lib_open_path_search, q);
}

static const struct bench_row *find_kind(int group, enum bench_kind kind)
{
    int i;
    for (i = 0; i < nrows; i++)
        if (rows[i].group == group && rows[i].kind == kind)
            return &rows[i];
    return NULL;
}

/* Every row of a group must give the same answer, or the comparison lies. */
static int check_answers(void)
{
    int i, bad = 0;
    for (i = 0; i < nrows; i++) {
        const struct bench_row *a = find_kind(rows[i].group, BENCH_PREPARED);
        uint64_t mine, theirs;
        if (!a || rows[i].kind == BENCH_OTHER || a == &rows[i] || rows[i].group == 0)
            continue;
        if (rows[i].setup && rows[i].setup(rows[i].ctx, 1) != 0)
            return 1;
        mine = rows[i].op(rows[i].ctx, 0);
        if (rows[i].teardown)
            rows[i].teardown(rows[i].ctx, 1);
        theirs = a->op(a->ctx, 0);
        if (mine != theirs) {
            fprintf(stderr, "bench: \"%s\" answers %llu, its (a) row %llu\n", rows[i].name,
                    (unsigned long long)mine, (unsigned long long)theirs);
            bad = 1;
        }
    }
    return bad;
}

/* ---- the table ----------------------------------------------------------------- */

static void print_ratio(const struct bench_row *r, enum bench_kind kind, int inverse)
{
    const struct bench_row *base = find_kind(r->group, kind);
    if (r->kind != BENCH_LIB || !base || base->ns <= 0 || r->ns <= 0)
        printf(" %8s", "");
    else
        printf(" %7.2fx", inverse ? base->ns / r->ns : r->ns / base->ns);
}

/* The question a generated database's row asks: its name after "N roles: ". */
static const char *scale_question(const struct bench_row *r)
{
    const char *colon = strstr(r->name, ": ");
    return r->kind == BENCH_LIB && r->name[0] >= '1' && r->name[0] <= '9' && colon ? colon + 2
                                                                                   : NULL;
}

/* Each question on the generated databases: its cost at the largest size
 * over its cost at the smallest. */
static void print_scale(void)
{
    int i, j, first = 1;
    for (i = 0; i < nrows; i++) {
        const char *q = scale_question(&rows[i]);
        const struct bench_row *last = &rows[i];
        for (j = 0; q && j < i; j++)
            if (scale_question(&rows[j]) && strcmp(scale_question(&rows[j]), q) == 0)
                q = NULL; /* reported with its first row */
        if (!q)
            continue;
        for (j = i + 1; j < nrows; j++)
            if (scale_question(&rows[j]) && strcmp(scale_question(&rows[j]), q) == 0)
                last = &rows[j];
        if (last == &rows[i])
            continue; /* one size only */
        if (first)
            printf("\nscale: the largest generated database over the smallest\n");
        first = 0;
        printf("  %-40s %9.0f ns -> %9.0f ns  %6.2fx  (%.*s -> %.*s)\n", q, rows[i].ns, last->ns,
               last->ns / rows[i].ns, (int)strcspn(rows[i].name, " "), rows[i].name,
               (int)strcspn(last->name, " "), last->name);
    }
}

static struct bench_row *find_op(int group, uint64_t (*op)(void *, size_t))
{
    int i;
    for (i = 0; i < nrows; i++)
        if (rows[i].group == group && rows[i].op == op)
            return &rows[i];
    return NULL;
}

/* The rows of open_rows() again in ms, with the fastest batch, and the
 * peak of SQLite's heap in their batches (the copies of the file an open
 * makes; 1.0's page cache): BENCHMARKS.md's table. */
static void print_opens(void)
{
    int i, first = 1;
    for (i = 0; i < nopens; i++) {
        struct bench_row *lib = find_op(open_groups[i], lib_open_path);
        struct bench_row *hand = find_op(open_groups[i], hand_open_1_0_op);
        struct bench_row *search = find_op(open_groups[i], lib_open_path_search);
        const struct question *q = lib ? lib->ctx : NULL;
        struct stat sb;
        if (!q || !hand || !search || stat(q->path, &sb) != 0)
            continue;
        if (first) {
            printf("\nopen by path, ms: median (best) of the runs; (a) what 1.0's open did, by"
                   " hand;\n+search: the open and a 1st search; peak: SQLite's heap at its"
                   " highest in a run, MiB\n");
            printf("  %-28s %6s %4s %17s %17s %6s %17s %6s %6s %7s\n", "file", "MB", "runs",
                   "validated", "(a) 1.0's open", "ratio", "+search", "peak", "(a)", "+search");
            first = 0;
        }
        printf("  %-28s %6.1f %4d %8.2f (%6.2f) %8.2f (%6.2f) %5.2fx %8.2f (%6.2f)", q->path,
               (double)sb.st_size / 1e6, lib->batches, lib->ns / 1e6, lib->best / 1e6,
               hand->ns / 1e6, hand->best / 1e6, lib->ns / hand->ns, search->ns / 1e6,
               search->best / 1e6);
        printf(" %6.1f %6.1f %7.1f\n", lib->peak_kib / 1024, hand->peak_kib / 1024,
               search->peak_kib / 1024);
    }
}

static void print_table(void)
{
    int i;
    printf("%-48s %11s %10s %8s %8s %8s\n", "operation", "ns/op", "Ir/op", "vs (a)", "vs (c)",
           "(b)/lib");
    for (i = 0; i < nrows; i++) {
        const struct bench_row *r = &rows[i];
        if (i && r->group != rows[i - 1].group)
            printf("\n");
        printf("%-48s %11.0f ", r->name, r->ns);
        if (r->ir > 0)
            printf("%10.0f", r->ir);
        else
            printf("%10s", "-");
        print_ratio(r, BENCH_PREPARED, 0);
        print_ratio(r, BENCH_FLOOR, 0);
        print_ratio(r, BENCH_ONESHOT, 1);
        printf("\n");
    }
}

/* ---- the parts in other files --------------------------------------------------- */

const char *bench_dir(void)
{
    const char *dir = getenv("BENCH_DIR");
    return dir && *dir ? dir : "build/bench";
}

/* The callgrind run gets the arguments up to the first --scale or
 * --process: it times nothing and counts the rows on the guide's own data
 * only (valgrind would take minutes to open a generated database), which
 * are the first counted_rows rows here too. */
static void count_instructions(int argc, char **argv)
{
    int k;
    for (k = 0; k < argc; k++)
        if (strcmp(argv[k], "--scale") == 0 || strcmp(argv[k], "--process") == 0)
            break;
    bench_count_instructions(rows, counted_rows, argv, k);
}

/* ---- main ----------------------------------------------------------------------- */

struct options {
    int quick;
    const char *db;
    const char *lean; /* the file the library embeds, if given */
    const char *scale[8];
    int nscale;
    const char *words; /* a file with one text of 2,000 matches, if given */
    struct process proc[4];
    int nproc;
    char *count; /* set in the child run under callgrind */
    const char *only;
};

/* Keeps the groups that have a row whose name holds text. */
static void keep_only(const char *text)
{
    int i, j, kept = 0, counted = 0;
    for (i = 0; i < nrows; i++) {
        for (j = 0; j < nrows; j++)
            if (rows[j].group == rows[i].group && strstr(rows[j].name, text))
                break;
        if (j < nrows)
            rows[kept++] = rows[i];
        if (i + 1 == counted_rows)
            counted = kept;
    }
    nrows = kept;
    counted_rows = counted;
}

static void usage(void)
{
    fprintf(stderr, "usage: bench [--quick] [--only TEXT] [--db FILE] [--lean FILE]"
                    " [--words FILE] [--scale FILE]... [--process NAME ARGV... --]...\n");
    exit(2);
}

static void parse(int argc, char **argv, struct options *o)
{
    int i;
    o->db = "build/mlhead.db";
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0)
            o->quick = 1;
        else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            o->db = argv[++i];
        else if (strcmp(argv[i], "--lean") == 0 && i + 1 < argc)
            o->lean = argv[++i];
        else if (strcmp(argv[i], "--scale") == 0 && i + 1 < argc && o->nscale < 8)
            o->scale[o->nscale++] = argv[++i];
        else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            o->only = argv[++i];
        else if (strcmp(argv[i], "--words") == 0 && i + 1 < argc)
            o->words = argv[++i];
        else if (strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            o->count = argv[++i];
        else if (strcmp(argv[i], "--process") == 0 && i + 2 < argc && o->nproc < 4) {
            /* the program's own argv, ended by NULL where "--" ends it */
            char **args = calloc((size_t)argc, sizeof *args);
            int n = 0;
            o->proc[o->nproc].name = argv[++i];
            while (args && ++i < argc && strcmp(argv[i], "--") != 0)
                args[n++] = argv[i];
            if (!args || i >= argc || n == 0)
                usage();
            o->proc[o->nproc++].argv = args;
        } else
            usage();
    }
}

static void add_rows(struct options *o)
{
    struct hand *hand = hand_open(o->db);
    struct question *title, *alias, *unknown, *role, *track, *path, *practices, *search, *typed;
    int i, group = 1;
    if (!hand)
        exit(2);
    title = question(o->db, 1, "Head of Machine Learning", NULL, hand);
    alias = question(o->db, 1, "Head of ML", NULL, hand);
    unknown = question(o->db, 1, "Head of Nothing", NULL, hand);
    role = question(o->db, 1, "CDO", NULL, hand);
    track = question(o->db, 1, "AI Research Track", NULL, hand);
    path = question(o->db, 1, "Machine Learning Engineer", "Head of AI", hand);
    practices = question(o->db, 1, "Effective Communication", NULL, hand);
    search = question(o->db, 1, "governance", NULL, hand);
    typed = question(o->db, 1, "head of machine lerning", NULL, hand);

    add("open the embedded copy", BENCH_LIB, 0, lib_open_embedded, title);
    add("open embedded + 1st salary_range", BENCH_LIB, group, lib_open_first_salary, title);
    add("  (a) by hand: open file, prepare, step", BENCH_PREPARED, group, hand_open_first_op,
        title);
    if (o->lean)
        add("  the same, the embedded copy's first part (4 tables)", BENCH_OTHER, group,
            hand_open_first_op, file_question(o->lean, title->name));
    group++;
    /* a first question the first part cannot answer: the rest attached */
    add("open embedded + 1st role_find", BENCH_LIB, group, lib_open_first_role, role);
    add("  (a) by hand: open file, prepare, step", BENCH_PREPARED, group++, hand_open_first_role_op,
        role);

    salary_rows(group++, "salary_range, title", title);
    salary_rows(group++, "salary_range, alias", alias);
    salary_rows(group++, "salary_range, unknown role", unknown);

    add("role_find \"CDO\" (memo warm)", BENCH_LIB, group, lib_role_find, role);
    add("role_find \"CDO\" (memo full: SQL)", BENCH_LIB, group, lib_role_find_sql, role);
    hand_rows(group++, role, HAND_ROLE, role->name);
    add("role_list, a track's steps", BENCH_LIB, group++, lib_track_steps, track);
    add("path, ML Engineer -> Head of AI", BENCH_LIB, group++, lib_path, path);
    add("best_practices of a heading", BENCH_LIB, group, lib_best_practices, practices);
    hand_rows(group++, practices, HAND_PRACTICES, practices->name);
    search_rows(group++, "search \"governance\", 20 hits", search);
    add("role_match \"head of machine lerning\", 19 roles", BENCH_LIB, group++, lib_role_match,
        typed);

    open_rows(group++, o->db, label("open %s", o->db));
    /* A snippet of a text that matches 2,000 times: FTS5's snippet(), in
     * (a) and (b), scores a window at each match against every other. */
    if (o->words) {
        struct hand *h = hand_open(o->words);
        if (!h)
            exit(2);
        search_rows(group, "one text of 2,000 \"x\": search \"x\"",
                    question(o->words, 0, "x", NULL, h));
        /* the word 64 times: the same rows; FTS5 matches the phrase forms
         * 64 words at a time, the snippet weighs each word once */
        add("  the same, \"x\" typed 64 times", BENCH_LIB, group++, lib_search,
            question(o->words, 0,
                     "x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x"
                     " x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x",
                     NULL, h));
    }

    counted_rows = nrows;
    for (i = 0; i < o->nscale; i++) {
        struct hand *h = hand_open(o->scale[i]);
        struct question *q;
        if (!h)
            exit(2);
        q = question(o->scale[i], 0, "Head of Machine Learning", NULL, h);
        add(label("%zu roles: salary_range, title (SQL)", hand_roles(h)), BENCH_LIB, group,
            lib_salary_sql, q);
        hand_rows(group, q, HAND_SALARY, q->name);
        add("  (c) C hash table (floor)", BENCH_FLOOR, group++, hand_floor, q);
        add(label("%zu roles: role_find, title (SQL)", hand_roles(h)), BENCH_LIB, group++,
            lib_role_find_sql, q);
        q = question(o->scale[i], 0, "Machine Learning Engineer", "Head of AI", h);
        add(label("%zu roles: path, ML Engineer -> Head of AI", hand_roles(h)), BENCH_LIB, group++,
            lib_path, q);
        q = question(o->scale[i], 0, "governance", NULL, h);
        search_rows(group++, label("%zu items: search \"governance\"", hand_roles(h)), q);
        q = question(o->scale[i], 0, "t7z", NULL, h);
        search_rows(group++, label("%zu items: search \"t7z\" (1 in 1000)", hand_roles(h)), q);
        q = question(o->scale[i], 0, "t7", NULL, h);
        search_rows(group++, label("%zu items: search \"t7\" (111 in 1000)", hand_roles(h)), q);
        q = question(o->scale[i], 0, "head of machine lerning", NULL, h);
        add(label("%zu roles: role_match \"head of machine lerning\"", hand_roles(h)), BENCH_LIB,
            group++, lib_role_match, q);
    }
    for (i = 0; i < o->nscale; i++)
        open_rows(group++, o->scale[i], label("%zu roles: open", hand_file_roles(o->scale[i])));
    for (i = 0; i < o->nproc; i++)
        add(label("process: %s", o->proc[i].name), BENCH_OTHER, 900, bench_run_process, &o->proc[i])
            ->wall = 1;
}

int main(int argc, char **argv)
{
    static struct options o;
    struct bench_plan plan = {15, 1e6, 1u << 20, 20e9};
    int i, n;
    parse(argc, argv, &o);
    if (o.quick)
        plan = (struct bench_plan){3, 2e5, 1u << 14, 3e9};
    add_rows(&o);
    if (o.only)
        keep_only(o.only);
    if (o.count) {
        i = bench_counted_run(rows, nrows, o.count);
        free_questions();
        return i;
    }
    if (check_answers() != 0)
        return 1;
    for (i = 0; i < nrows; i += n) {
        for (n = 1; i + n < nrows && rows[i + n].group == rows[i].group; n++)
            ;
        fprintf(stderr, "bench: %s\n", rows[i].name);
        if (bench_time(&rows[i], n, &plan) != 0) {
            fprintf(stderr, "bench: %s: setup failed\n", rows[i].name);
            return 1;
        }
    }
    if (!getenv("BENCH_CALLGRIND") || strcmp(getenv("BENCH_CALLGRIND"), "0") != 0)
        count_instructions(argc, argv);

    printf("libmlhead %s, SQLite %s\n", mlhead_version(), sqlite3_libversion());
    printf("ns/op: median of %d batches, CPU time of the thread (wall time for a process);"
           " Ir/op: instructions, callgrind\n",
           plan.batches);
    printf("vs (a), vs (c): the row's time over that of (a) one prepared statement reused,"
           " (c) a C hash table;\n(b)/lib: how many times faster than (b)"
           " prepare/step/finalize per call\n\n");
    print_table();
    print_scale();
    printf("\nheap held by one handle, KiB (all of it: the library's and SQLite's)\n");
    printf("  %-34s %8s %8s %8s %8s %8s\n", "", "opened", "+salary", "+others", "sqlite", "closed");
    bench_report_heap("embedded copy", NULL);
    bench_report_heap(o.db, o.db);
    for (i = 0; i < o.nscale; i++)
        bench_report_heap(o.scale[i], o.scale[i]);
    print_opens();
    bench_report_processes(o.proc, o.nproc, rows, nrows);
    free_questions();
    for (i = 0; i < o.nproc; i++)
        free((void *)(uintptr_t)o.proc[i].argv);
    return 0;
}
