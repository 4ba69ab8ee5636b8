/* internal.h - what the library's .c files share and users never see; nothing here is exported */
/*
 * The declarations are grouped by the file that defines them, in floor
 * order: each file calls only files above it in this list (error.c and
 * pool.c at the bottom), and tools/callgraph.sh fails the build on a
 * circle.
 */
#ifndef MLHEAD_INTERNAL_H
#define MLHEAD_INTERNAL_H

#include <sqlite3.h>
#include <stddef.h>

#include "mlhead.h"

#if defined(_WIN32) || defined(__CYGWIN__)
#define MH_HIDDEN /* a DLL exports only what MLHEAD_API marks dllexport */
#else
#define MH_HIDDEN __attribute__((visibility("hidden")))
#endif

/* a * b into *out; 0 when it does not fit a size_t.  Every size computed
 * from a count goes through here (libgit2's GIT_ERROR_CHECK_ALLOC_MULTIPLY). */
static inline int mh_size_mul(size_t a, size_t b, size_t *out)
{
    if (b && a > (size_t)-1 / b)
        return 0;
    *out = a * b;
    return 1;
}

/* One slot per SQL statement the library runs; each is prepared on first
 * use and kept for the life of the handle. */
enum mh_stmt {
    MH_EDITION,
    MH_ROLE_FIND,
    MH_ROLE_FIND_ID,
    MH_ROLE_LIST,
    MH_ROLE_LIST_TRACK,
    MH_ROLE_ALIASES,
    MH_TRACK_FIND,
    MH_TRACK_LIST,
    MH_GRAPH_ROLES,
    MH_GRAPH_STEPS,
    MH_GRAPH_NAMES,
    MH_SALARY,
    MH_SALARY_LIST,
    MH_SECTION_FIND,
    MH_SECTION_LIST,
    MH_CATEGORY_FIND,
    MH_CATEGORY_LIST,
    MH_ITEM_LIST,
    MH_ITEM_LIST_HEADING,
    MH_STAT_LIST,
    MH_SEARCH,
    MH_SEARCH_TIER,
    MH_SEARCH_RAW,
    MH_FTS5_API,
    MH_SECTION_TEXT,
    MH_STMT_COUNT
};

/* Interned strings: every text a result points to lives here until close. */
struct mh_pool {
    char **slots; /* open addressing; NULL = empty */
    size_t cap;   /* power of two */
    size_t used;
    struct mh_chunk *chunks;
};

/* Memo of name lookups: answers never go stale, the data is read-only. */
struct mh_memo;

/* The embedded data's rest (rows.c): loaded (or a file, which has none),
 * not attached yet, or attached without its data (a failed load). */
enum mh_rest { MH_REST_LOADED, MH_REST_DETACHED, MH_REST_EMPTY };

struct mlhead {
    sqlite3 *sql;
    enum mh_rest rest;
    sqlite3_stmt *stmt[MH_STMT_COUNT];
    struct mh_pool pool;    /* every string from the database, until close */
    struct mh_pool scratch; /* search snippets, until the next search */
    struct mh_memo *memo;
    struct mh_graph *graph;            /* graph.c: roles, steps and names, read once */
    struct mh_lexicon *role_words;     /* match.c: the roles' names cut into words, once */
    unsigned long long work, work_max; /* progress-handler calls: validate.c */
    int search_stale;  /* a file's search index, until the first search rebuilds it */
    int snippet_ready; /* mh_snippet is registered (snippet.c) */
    char errmsg[512];
    int errarg; /* mlhead_errarg(): the argument the last failure was about */
};

/* A folded name: trimmed, blanks folded to one space, ASCII lower case. */
struct mh_name {
    char text[MLHEAD_NAME_MAX + 1];
    size_t len;
    const char *typed; /* the caller's input, which mh_typed() quotes */
};

/* Reads the current row of a statement into one result struct. */
typedef int (*mh_row_fn)(mlhead *db, sqlite3_stmt *st, void *row);

/* error.c: statuses and messages (knows of a handle only its message) */
MH_HIDDEN int mh_fail(mlhead *db, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A failure about the call's argument number arg (the handle is 1): what
 * mlhead_errarg() answers.  mh_fail() and mh_ok() set it to 0. */
MH_HIDDEN int mh_fail_arg(mlhead *db, int arg, int status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The message as its pieces in turn, copied (cut to fit), never formatted:
 * for a failure that is an answer a caller asks often ("no path"). */
MH_HIDDEN int mh_fail_words(mlhead *db, int status, const char *const *words, size_t n);
MH_HIDDEN int mh_ok(mlhead *db);
MH_HIDDEN int mh_done(mlhead *db, int status);
MH_HIDDEN int mh_sqlite_fail(mlhead *db, int rc, const char *doing);

/* pool.c: interned and copied strings (knows no handle) */
MH_HIDDEN size_t mh_hash(const char *s, size_t len);
MH_HIDDEN const char *mh_intern(struct mh_pool *pool, const char *s, size_t len);
MH_HIDDEN const char *mh_copy(struct mh_pool *pool, const char *s, size_t len);
MH_HIDDEN void mh_pool_free(struct mh_pool *pool);

/* fold.c: names a user typed */
/* `in` is argument number arg of the public call (mh_fail_arg). */
MH_HIDDEN int mh_fold_into(mlhead *db, int arg, const char *what, const char *in, char *buf,
                           size_t max, size_t *out_len);
MH_HIDDEN int mh_fold(mlhead *db, int arg, const char *what, const char *in, struct mh_name *out);
/* The name as typed (trimmed, blanks folded, case kept), for a message:
 * it rewrites key->text, so it comes after the lookup. */
MH_HIDDEN const char *mh_typed(mlhead *db, struct mh_name *key);

/* rows.c: the statement cache, binding, stepping, the typed list path */
MH_HIDDEN int mh_stmt(mlhead *db, enum mh_stmt id, const char *sql, sqlite3_stmt **out);
MH_HIDDEN void mh_stmt_free(mlhead *db);
MH_HIDDEN int mh_col_text(mlhead *db, sqlite3_stmt *st, int col, const char **out);
/* Reads n text columns from `first` on into *dst[0], *dst[1], ... */
MH_HIDDEN int mh_col_texts(mlhead *db, sqlite3_stmt *st, int first, const char **const dst[],
                           size_t n);
#define MH_COL_TEXTS(db, st, first, dst)                                                           \
    mh_col_texts(db, st, first, dst, sizeof(dst) / sizeof(dst)[0])
MH_HIDDEN int mh_col_int(sqlite3_stmt *st, int col);
MH_HIDDEN int mh_bind_name(mlhead *db, sqlite3_stmt *st, int idx, const struct mh_name *name);
MH_HIDDEN int mh_bind_id(mlhead *db, sqlite3_stmt *st, int idx, sqlite3_int64 id);
/* The list path.  A list is made as a void * and each public call
 * assigns it to its own typed *out (`*out = mh_list(...)`): no T * is
 * ever written through a void **.  Both return NULL, with count 0 and
 * *status set, on failure, and NULL for an empty list. */
MH_HIDDEN void *mh_rows(mlhead *db, sqlite3_stmt *st, size_t size, mh_row_fn read, size_t *count,
                        int *status);
/* Runs a cached statement whose ?1..?nargs are args; ends the call (mh_done). */
MH_HIDDEN void *mh_list(mlhead *db, enum mh_stmt id, const char *sql, const sqlite3_int64 *args,
                        int nargs, size_t size, mh_row_fn read, size_t *count, int *status);
/* Checks the outputs every list call shares: out (given says it is not
 * NULL) is argument number arg of the public call, count the next; sets
 * *count to 0.  MH_LIST_ARGS() also empties the typed *out. */
MH_HIDDEN int mh_list_args(mlhead *db, int arg, int given, size_t *count);
#define MH_LIST_ARGS(db, arg, out, count)                                                          \
    ((out) ? (void)(*(out) = NULL) : (void)0, mh_list_args((db), (arg), (out) != NULL, (count)))
MH_HIDDEN int mh_row(mlhead *db, sqlite3_stmt *st, mh_row_fn read, void *row, size_t size);
MH_HIDDEN int mh_lookup_id(mlhead *db, enum mh_stmt id, const char *sql, int arg, const char *what,
                           const char *name, sqlite3_int64 scope, sqlite3_int64 *out);

/* memo.c: answers to name lookups, per handle */
/* name is argument number arg of the public call, out the next. */
MH_HIDDEN int mh_cached_row(mlhead *db, enum mh_stmt id, const char *sql, mh_row_fn read, int arg,
                            const char *name, void *out, size_t size, struct mh_name *key);
MH_HIDDEN void mh_memo_free(struct mh_memo *memo);

/* handle.c (open, close) and edition.c define only public calls. */

/* ---- the query files ---- */

/* The id of the role a folded name ?1 finds: title first, then alias. */
#define MH_ROLE_ID_BY_NAME                                                                         \
    "(SELECT id FROM role WHERE title = ?1"                                                        \
    " UNION ALL SELECT role_id FROM role_alias WHERE alias = ?1"                                   \
    " UNION ALL SELECT id FROM role WHERE slug = ?1 LIMIT 1)"

/* The id of the section a folded name ?1 finds, by slug or title (lists.c
 * and search.c share the statement MH_SECTION_FIND). */
#define MH_SECTION_ID_BY_NAME "SELECT id FROM section WHERE slug = ?1 OR title = ?1"

/* graph.c: the columns every role row has, in this order, their reader, and a role by name */
#define MH_ROLE_COLUMNS "r.title, r.slug, t.slug, t.title, s.slug, ifnull(r.level, 0), r.line"
#define MH_ROLE_JOINS                                                                              \
    " LEFT JOIN track t ON t.id = r.track_id JOIN section s ON s.id = r.section_id"
MH_HIDDEN int mh_read_role_at(mlhead *db, sqlite3_stmt *st, int col, mlhead_role *out);
MH_HIDDEN int mh_find_role_id(mlhead *db, int arg, const char *what, const char *name,
                              sqlite3_int64 *id);

/* snapshot.c: the file read once, whole, into memory */
MH_HIDDEN int mh_snapshot_read(mlhead *db, const char *path, unsigned char **out,
                               sqlite3_int64 *out_size);
/* Deserializes the bytes into db->sql, which then owns them (freed even
 * on failure). */
MH_HIDDEN int mh_snapshot_load(mlhead *db, unsigned char *bytes, sqlite3_int64 size);

/* validate.c: the checks an opened file passes */
#define MH_TEXT_MAX 65536 /* the longest text a file may hold, in bytes */
/* Checks the file of `size` bytes loaded in db->sql; every statement of it
 * runs under a bound on its work, lifted when it returns. */
MH_HIDDEN int mh_validate(mlhead *db, sqlite3_int64 size);
/* Before the first search of a handle on a file: the file's search index
 * is rebuilt from its checked content (never read as the file has it),
 * under the same bound.  Nothing to do for the embedded copy, or after. */
MH_HIDDEN int mh_search_index(mlhead *db);

/* snippet.c: mh_snippet(search), an FTS5 function of this connection, made
 * at the handle's first search */
MH_HIDDEN int mh_snippet_register(mlhead *db);

/* schema.c (generated from build/mlhead.db, schema/900_checks.sql and
 * schema/920_search_rows.sql by tools/embed-sql.sh): the schema this
 * library was built with, every sqlite_schema entry sorted by name, the
 * build's consistency checks and the statements that fill the search
 * table from the other tables */
struct mh_schema_entry {
    const char *type, *name, *tbl_name, *sql;
};
extern MH_HIDDEN const struct mh_schema_entry mh_schema[];
extern MH_HIDDEN const size_t mh_schema_count;
extern MH_HIDDEN const char mh_checks_sql[];
extern MH_HIDDEN const char mh_search_rows_sql[];

/* graph.c: the graph of roles, read once per handle (see graph.c) */
struct mh_graph;
MH_HIDDEN int mh_graph(mlhead *db, struct mh_graph **out);
MH_HIDDEN int mh_graph_role(mlhead *db, int arg, const char *what, const char *name,
                            struct mh_graph **g, size_t *role);
MH_HIDDEN void mh_graph_free(struct mh_graph *g);

/* match.c */
struct mh_lexicon;
MH_HIDDEN void mh_lexicon_free(struct mh_lexicon *x);

/* embedded.c (generated from build/mlhead.db): the embedded data's first
 * part, which a handle opens, and the rest, attached when needed (rows.c) */
extern MH_HIDDEN const unsigned char mh_embedded_db[];
extern MH_HIDDEN const size_t mh_embedded_db_size;
extern MH_HIDDEN const unsigned char mh_embedded_rest[];
extern MH_HIDDEN const size_t mh_embedded_rest_size;

#endif
