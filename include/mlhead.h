/*
 * mlhead.h - the whole public API of libmlhead.
 *
 * libmlhead answers questions about the career of an AI / machine-learning
 * leader (roles and their aliases, career tracks, US salary bands for 2024,
 * responsibilities, requirements, skills, best practices, challenges,
 * trends and market figures) from an SQLite database built from one guide.
 * The database is compiled into the library; an updated edition can be
 * opened from a file instead.
 *
 * CONVENTIONS
 *
 * Status.  Every call that can fail returns an int status: MLHEAD_OK (0) or
 * one of the other mlhead_status codes.  mlhead_strerror() names any code;
 * mlhead_errmsg() gives the detail of a handle's most recent call, and
 * mlhead_errarg() which of its arguments it failed about.
 *
 * Names.  Every name argument (a role, track, section, category) must be
 * valid UTF-8 of at most MLHEAD_NAME_MAX bytes once white space is
 * trimmed and runs of it folded to one space.  Matching ignores ASCII case
 * and extra white space: "  head   OF ml " finds "Head of Machine
 * Learning".  A NULL name gives MLHEAD_INVALID, an empty or all-blank one
 * MLHEAD_EMPTY, invalid UTF-8 or an over-long one MLHEAD_INVALID, and an
 * unknown one MLHEAD_NOT_FOUND.
 *
 * Output.  Results are typed structs filled through out-parameters.  On
 * any status but MLHEAD_OK, single-row outputs are left zeroed and list
 * outputs are set to NULL / 0, so a failed call never leaves half an
 * answer.  A list is an array of `*count` structs that the caller owns and
 * releases with mlhead_free(); an empty list is NULL with count 0.
 *
 * Reading.  Besides the statuses its own comment lists, any call that
 * reads the database may return MLHEAD_IO when reading the file fails
 * (a handle opened on a file that is later truncated or on a failing disk).
 *
 * Ownership of strings.  Every `const char *` inside a result points into
 * memory owned by the handle and stays valid, unchanged, until
 * mlhead_close() on that handle, even after the array holding it is freed.
 * Never free or modify them.  A NULL string means "the guide gives none".
 * The one exception is a search hit's snippet, made for each query: it
 * lasts until the next search on the handle, so searching never grows it.
 *
 * Figures.  A salary figure carries a bound: MLHEAD_EXACT, MLHEAD_AT_LEAST
 * (open-ended: "$644,261+", "or higher"; the figure is a floor) or
 * MLHEAD_UNKNOWN (the guide gives no figure; usd is -1, never 0).
 *
 * ABI
 *
 * Programs allocate the public structs themselves (mlhead_salary s;) and
 * index the lists they are given by their own sizeof (out[i]).  So no
 * field may be added to, removed from or moved within a public struct, and
 * no enum value renumbered, without a new SONAME (libmlhead.so.2): a
 * program built against 1.0 and run with a larger struct would read every
 * element but the first at the wrong place.  A minor release (1.1, 1.2,
 * ...) only adds: new calls, new structs, enum values under unused numbers; new
 * data about an existing thing comes through a new call, never a new
 * field.  Every 1.0 contract holds in every 1.x, mlhead_open() setting
 * *out to NULL on failure included.
 *
 * THREAD SAFETY
 *
 * A handle may be used by one thread at a time.  Separate handles are
 * independent and may be used from different threads at once, including
 * several handles over the embedded data, which all handles share
 * read-only.  mlhead_strerror(), mlhead_version() and the calls that name
 * an enum (mlhead_bound_name() and the rest) may be called from any thread
 * at any time.  The library keeps no global mutable state, reads no
 * environment variables and prints nothing.
 *
 * Exactly what may be shared between threads: the embedded data (by every
 * handle, read-only); a result list, which may be handed to another thread
 * and freed there; and the strings of any result, which never change or
 * move and may be read from any thread until mlhead_close() on their
 * handle (a snippet: until the next search on it).  What may not: one handle used by two threads at
 * once, its mlhead_errmsg() included, or mlhead_close() while another thread still reads its
 * strings.  Each handle has its own SQLite connection, opened with SQLITE_OPEN_NOMUTEX, so SQLite
 * must be built thread-safe (sqlite3_threadsafe() not 0, as distributions ship it).
 */
#ifndef MLHEAD_H
#define MLHEAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MLHEAD_VERSION_MAJOR 1
#define MLHEAD_VERSION_MINOR 1
#define MLHEAD_VERSION_PATCH 0
#define MLHEAD_VERSION "1.1.0"

/* The schema version (PRAGMA user_version) this library reads. */
#define MLHEAD_SCHEMA_VERSION 1

/* The largest salary figure a database may hold.  A file with a larger
 * one, or with a statistic that is not a finite number within
 * +-MLHEAD_STAT_MAX, is MLHEAD_CORRUPT, so callers may compute with any
 * figure they are given. */
#define MLHEAD_USD_MAX 1000000000
#define MLHEAD_STAT_MAX 1e15

/* The longest name, in bytes after white space is folded, a lookup takes. */
#define MLHEAD_NAME_MAX 256

/* (1.1) How long mlhead_open() waits, in milliseconds, for another
 * program's write to the file to finish before it gives MLHEAD_BUSY. */
#define MLHEAD_BUSY_MS 1000

/* (1.1) The largest file mlhead_open() takes, in bytes (1 GiB): a handle
 * holds its whole file in memory. */
#define MLHEAD_FILE_MAX 1073741824

/* Windows: the DLL exports its calls (the build defines MLHEAD_BUILDING),
 * a program imports them; define MLHEAD_STATIC to link the static library. */
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(MLHEAD_BUILDING)
#define MLHEAD_API __declspec(dllexport)
#elif defined(MLHEAD_STATIC)
#define MLHEAD_API
#else
#define MLHEAD_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define MLHEAD_API __attribute__((visibility("default")))
#else
#define MLHEAD_API
#endif

/* Status codes.  New codes are only ever added at the end. */
typedef enum mlhead_status {
    MLHEAD_OK = 0,     /* success */
    MLHEAD_NOT_FOUND,  /* no role, track, section or category by that name */
    MLHEAD_NO_DATA,    /* the name is known, but the guide gives no such
                          data (a role without a salary band) */
    MLHEAD_NO_PATH,    /* both roles are known; no steps lead from one to
                          the other */
    MLHEAD_EMPTY,      /* a text argument is empty or only white space */
    MLHEAD_INVALID,    /* a NULL pointer, invalid UTF-8, an over-long name */
    MLHEAD_NOMEM,      /* out of memory */
    MLHEAD_IO,         /* the file cannot be opened or read: missing, a
                          directory, no permission, a read error */
    MLHEAD_NOT_MLHEAD, /* the file is not an mlhead database, or one of
                          another schema version */
    MLHEAD_CORRUPT,    /* an mlhead database that is damaged: truncated,
                          failing SQLite's quick_check, a table or column
                          missing, a value out of its domain */
    MLHEAD_SQLITE,     /* SQLite failed in another way; see mlhead_errmsg() */
    MLHEAD_SYNTAX,     /* a raw search query is not valid FTS5 syntax;
                          mlhead_errmsg() has the parser's message */
    MLHEAD_BUSY        /* (1.1) the file is in the middle of a change by
                          another program: a writer held it for more than
                          MLHEAD_BUSY_MS, or it has a hot journal or a WAL
                          file with changes; the message says what to do */
} mlhead_status;

/* An open database.  Opaque; one thread at a time (see THREAD SAFETY). */
typedef struct mlhead mlhead;

/*
 * Opens a database read-only.
 *
 * @param path  NULL for the data compiled into the library (no file is
 *              read), or the path of an mlhead.db file, which is opened as
 *              untrusted input (see OPENING A FILE below).  A relative
 *              path of any length opens as it would for open(2); a name
 *              such as "file:x.db" or ":memory:" is a file name, no URI.
 * @param[out] out  receives the handle; set to NULL on failure.
 * @return MLHEAD_OK; MLHEAD_INVALID if out is NULL or path is "";
 *         MLHEAD_IO if the file is missing, a directory, not a regular
 *         file (a FIFO, a device), unreadable, or larger than
 *         MLHEAD_FILE_MAX; MLHEAD_NOT_MLHEAD if it is not an SQLite file,
 *         has another application_id or schema version, is UTF-16, or its
 *         schema is not exactly this library's; MLHEAD_CORRUPT if it is one of ours
 *         but damaged or breaks a rule of the schema; MLHEAD_BUSY if
 *         another program is changing it; MLHEAD_NOMEM; MLHEAD_SQLITE.
 *         mlhead_open_msg() gives the detail of a failure.
 *
 * OPENING A FILE.  The file is opened once, checked to be a regular file
 * through that descriptor, and read whole into memory under SQLite's
 * shared lock; the handle answers from that copy until mlhead_close().
 * So every answer of a handle comes from one version of the file,
 * whatever another program does to it afterwards (writes, truncates,
 * deletes or replaces it): a later change is seen only by a new handle.
 * The handle's memory is the size of the file.  The library never writes:
 * no -journal, -wal or -shm file appears beside the file, nor anywhere.
 * A writer holding the file is waited for up to MLHEAD_BUSY_MS, then
 * MLHEAD_BUSY.  A hot journal (a writer that died in the middle of a
 * change) or a WAL-mode file whose -wal file still holds changes is
 * MLHEAD_BUSY at once: only a read-write open can settle them, and the
 * message says how.
 *
 * Then the copy is checked, and nothing of the file runs before its
 * schema is known to be ours:
 *   - identity: the SQLite header, application_id, user_version, and a
 *     length equal to page count times page size; a damaged header on a
 *     file whose identity says ours is MLHEAD_CORRUPT;
 *   - schema: every table, column, constraint, index and the search
 *     table with its options exactly as this library was built, nothing
 *     more (no trigger, no other table; a view only if it is one of the
 *     build's own views, unchanged), else MLHEAD_NOT_MLHEAD;
 *   - content: SQLite's integrity_check (with NOT NULL, CHECK and
 *     UNIQUE), the search index's settings (the build's, no rank or page
 *     size of the file's), the foreign keys, the build's consistency checks, each
 *     value of the type its column declares, and every text valid UTF-8
 *     of at most 65,536 bytes, else MLHEAD_CORRUPT, with a message that
 *     names the table, the row and the rule.
 * The work of each of these statements is bounded in proportion to the
 * size of the file.  Opening costs about the time to read and check the
 * whole file (BENCHMARKS.md: a few ms for the guide's data).  The file's
 * search rows and their index are never read: the handle's first search
 * (mlhead_search(), mlhead_search_in(), mlhead_search_raw()) makes them
 * anew from the checked tables, by the build's own statements
 * (schema/920_search_rows.sql), under the same bound, so a hit always
 * says what the tables say.  That costs the call about a search index's
 * build (BENCHMARKS.md), and can fail only as MLHEAD_NOMEM or
 * MLHEAD_CORRUPT; a later search tries again.
 *
 * The handle is the caller's; release it with mlhead_close().
 */
MLHEAD_API int mlhead_open(const char *path, mlhead **out);

/*
 * (1.1) mlhead_open(), keeping the detail of a failure, which
 * mlhead_open() loses with its handle.
 *
 * @param path, out  as for mlhead_open(); *out is NULL on failure.
 * @param[out] buf  receives the message as a NUL-terminated string, cut to
 *                  size - 1 bytes: on failure what went wrong ("x.db: No
 *                  such file or directory", "table role row 12: ..."), on
 *                  success mlhead_strerror(MLHEAD_OK).  May be NULL only
 *                  when size is 0, and is then left alone.
 * @param size  the size of buf in bytes; 512 holds every message whole.
 * @return what mlhead_open() returns, and MLHEAD_INVALID if buf is NULL
 *         with size > 0 (then nothing is opened).
 *
 * Thread rules as for mlhead_open(): buf is the caller's.
 */
MLHEAD_API int mlhead_open_msg(const char *path, mlhead **out, char *buf, size_t size);

/*
 * Closes a handle and frees everything it owns, including every string any
 * result from it pointed to.  NULL is a no-op.  Closing a handle twice is
 * undefined, as with free().
 */
MLHEAD_API void mlhead_close(mlhead *db);

/*
 * Frees a list any call of this library returned through `*out` with a
 * `*count` (the mlhead_*_list() calls, mlhead_role_aliases(),
 * mlhead_next_roles(), mlhead_path(), mlhead_best_practices(),
 * mlhead_search(), mlhead_search_in() and mlhead_search_raw()).  NULL is a no-op.  The strings
 * the list pointed to stay valid until mlhead_close().
 */
MLHEAD_API void mlhead_free(void *list);

/*
 * Returns a static, human-readable name for a status code, for any int
 * (unknown codes give "unknown status").  Never NULL; never free it.
 */
MLHEAD_API const char *mlhead_strerror(int status);

/*
 * Returns the detail of the most recent call on the handle that took it:
 * which argument was bad, which name was not found, what SQLite said.
 * After a successful call it is mlhead_strerror(MLHEAD_OK).  NULL gives a
 * static message.  The string belongs to the handle and is overwritten by
 * its next call.
 */
MLHEAD_API const char *mlhead_errmsg(const mlhead *db);

/*
 * Returns which argument the most recent call on the handle failed about,
 * counting that call's parameters from 1 with the handle as 1: after
 * mlhead_path(db, from, to, &out, &count), 2 means `from` (NULL, empty,
 * invalid UTF-8, over-long or not found), 3 `to`, 4 out, 5 count.  It is
 * 0 after a success and after a failure that is about no one argument
 * (MLHEAD_NO_PATH, MLHEAD_NOMEM, MLHEAD_CORRUPT, MLHEAD_IO, MLHEAD_SQLITE,
 * and the handle's own faults), and for a NULL db.
 *
 * The statuses that name an argument: MLHEAD_INVALID and MLHEAD_EMPTY for
 * the argument that is NULL, empty, over-long or not valid UTF-8;
 * MLHEAD_NOT_FOUND for the name that finds nothing; MLHEAD_NO_DATA for the
 * role mlhead_salary_range() finds without a band; MLHEAD_SYNTAX and an
 * over-long query for mlhead_search_raw()'s query.  mlhead_best_practices()
 * counts its own parameters (its category is 2), never those of the
 * mlhead_item_list() it resembles.  Calls without a handle
 * (mlhead_open(), mlhead_salary_compare(), mlhead_figure_format()) set
 * nothing.  Same thread rule as mlhead_errmsg().
 */
MLHEAD_API int mlhead_errarg(const mlhead *db);

/* Returns MLHEAD_VERSION of the library actually linked.  Static string. */
MLHEAD_API const char *mlhead_version(void);

/* ------------------------------------------------------------------ */
/* The edition of the data                                             */

typedef struct mlhead_edition {
    const char *title;    /* what the guide covers */
    const char *source;   /* the guide the data was transcribed from, by title */
    const char *edition;  /* data edition, e.g. "2024.1" */
    const char *market;   /* market of the salary figures: "US" */
    const char *currency; /* ISO 4217 code: "USD" */
    int year;             /* reference year of the figures: 2024 */
    int schema_version;   /* PRAGMA user_version of the database */
} mlhead_edition;

/*
 * Fills *out with the edition of the data the handle reads.
 * @return MLHEAD_OK; MLHEAD_INVALID if db or out is NULL; MLHEAD_CORRUPT
 *         if the edition row is missing; MLHEAD_NOMEM; MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_edition_get(mlhead *db, mlhead_edition *out);

/* ------------------------------------------------------------------ */
/* Roles                                                               */

typedef struct mlhead_role {
    const char *title;       /* canonical title, as the guide writes it */
    const char *slug;        /* stable ASCII key: "head-of-machine-learning" */
    const char *track;       /* slug of the role's career track, or NULL */
    const char *track_title; /* that track's title, or NULL */
    int level;               /* 1-based step within the track; 0 if none */
    const char *section;     /* slug of the guide section that names it */
    int line;                /* line of the guide that names it */
} mlhead_role;

/*
 * Finds a role by its title, one of its aliases ("Head of ML", "CDO") or
 * its slug ("head-of-machine-learning").  Every call that takes a role
 * takes any of the three (1.1: slugs).
 * @param name  see CONVENTIONS, Names.
 * @return MLHEAD_OK; MLHEAD_NOT_FOUND; MLHEAD_EMPTY; MLHEAD_INVALID (db,
 *         name or out NULL; name not UTF-8 or too long); MLHEAD_NOMEM;
 *         MLHEAD_CORRUPT; MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_role_find(mlhead *db, const char *name, mlhead_role *out);

/*
 * Lists roles: all of them (track NULL), ordered by track and level, then
 * the roles outside every track by title; or the steps of one track (by
 * slug or title), in order.
 * @return MLHEAD_OK; MLHEAD_NOT_FOUND (no such track); MLHEAD_EMPTY;
 *         MLHEAD_INVALID; MLHEAD_NOMEM; MLHEAD_CORRUPT; MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_role_list(mlhead *db, const char *track, mlhead_role **out, size_t *count);

/*
 * Lists the aliases of a role found by name, alphabetically.  *out is an
 * array of `*count` string pointers (free the array with mlhead_free(),
 * never the strings).  A role with no alias gives MLHEAD_OK and count 0.
 * @return as mlhead_role_find().
 */
MLHEAD_API int mlhead_role_aliases(mlhead *db, const char *name, const char ***out, size_t *count);

/* What kind of name found a role (1.1). */
typedef enum mlhead_name_kind {
    MLHEAD_NAME_TITLE = 1, /* the role's canonical title */
    MLHEAD_NAME_ALIAS = 2, /* one of its aliases */
    MLHEAD_NAME_SLUG = 3   /* its slug */
} mlhead_name_kind;

/*
 * Returns a static name for a name kind: "title", "alias", "slug";
 * "unknown name kind" for any other int.  Never NULL; any thread.
 */
MLHEAD_API const char *mlhead_name_kind_name(int kind);

typedef struct mlhead_role_name {
    const char *name;      /* as the guide writes it */
    mlhead_name_kind kind; /* title, alias or slug */
    mlhead_role role;      /* the role it finds */
} mlhead_role_name;

/*
 * Lists every name that finds a role, in one call (1.1): each role's
 * title, aliases and slug, ordered by the role's title, then title before
 * aliases before slug, aliases alphabetically.  The list is the caller's
 * (mlhead_free()); its strings are the handle's.
 * @return MLHEAD_OK; MLHEAD_INVALID (db, out or count NULL); MLHEAD_NOMEM;
 *         MLHEAD_CORRUPT (a name or alias that no lookup could take, or that
 *         names no role); MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_role_names(mlhead *db, mlhead_role_name **out, size_t *count);

/* ------------------------------------------------------------------ */
/* Names as people type them (1.1)                                     */

typedef struct mlhead_role_match_hit {
    mlhead_role role;         /* the candidate */
    double score;             /* 0 .. 1: 1 only for a name the lookups find
                                 as typed (case and spaces aside) */
    mlhead_name_kind matched; /* which kind of name scored best */
    const char *name;         /* that name, as the guide writes it */
} mlhead_role_match_hit;

/*
 * Ranks the roles a typed text may mean, best first: "hed of machin
 * lerning", "ML head", "VP DS", "sr. ML eng", "vice president of AI
 * products".  Words are compared whatever their order, case or plural,
 * the usual abbreviations of job titles are spelled out ("sr", "vp",
 * "ml", "ds", "pm", "hd", "mgr", ...), small words ("of", "the") are
 * dropped and each word may carry a typo; a missing or extra word lowers
 * the score, never to nothing.  Each role appears once, with its best name;
 * candidates scoring below about a third are left out; ties go by the
 * data's order.  The same mechanism serves mlhead_match().
 * @param text   under the name rules (see CONVENTIONS, Names).
 * @param limit  the most candidates; 0 for all that score.
 * @return MLHEAD_OK, with count 0 when nothing is close; MLHEAD_EMPTY;
 *         MLHEAD_INVALID (db, text, out or count NULL; text not UTF-8 or
 *         too long); MLHEAD_NOMEM; MLHEAD_CORRUPT; MLHEAD_SQLITE.  The list
 *         is the caller's (mlhead_free()); its strings are the handle's.
 *         One thread at a time per handle.
 */
MLHEAD_API int mlhead_role_match(mlhead *db, const char *text, size_t limit,
                                 mlhead_role_match_hit **out, size_t *count);

/* What mlhead_match() ranks. */
typedef enum mlhead_match_what {
    MLHEAD_MATCH_ROLE = 1,    /* roles: titles, aliases, slugs */
    MLHEAD_MATCH_TRACK = 2,   /* career tracks: titles, slugs */
    MLHEAD_MATCH_SECTION = 3, /* the guide's sections: titles, slugs */
    MLHEAD_MATCH_CATEGORY = 4 /* the headings of every section: titles, slugs */
} mlhead_match_what;

typedef struct mlhead_match_hit {
    const char *slug;         /* the candidate's slug */
    const char *title;        /* its title */
    const char *section;      /* slug of the section it lies in (a role's, a
                                 heading's), or NULL for tracks and sections */
    double score;             /* as mlhead_role_match_hit's */
    mlhead_name_kind matched; /* which kind of name scored best */
    const char *name;         /* that name, as the guide writes it */
} mlhead_match_hit;

/*
 * As mlhead_role_match(), for any of the tables mlhead_match_what names:
 * candidates best first, each with its slug and title (pass either back to
 * the call that takes such a name).  A heading's title may occur in two
 * sections; each is its own candidate, with its section.
 * @return as mlhead_role_match(), and MLHEAD_INVALID for a `what` not in
 *         the enum.
 */
MLHEAD_API int mlhead_match(mlhead *db, mlhead_match_what what, const char *text, size_t limit,
                            mlhead_match_hit **out, size_t *count);

/* ------------------------------------------------------------------ */
/* Career tracks and progression                                       */

typedef struct mlhead_track {
    const char *slug;  /* "research", "ml-engineering", "ai-product-management" */
    const char *title; /* "AI Research Track", ... */
    int steps;         /* number of roles on the track */
    int line;          /* line of the guide that heads it */
} mlhead_track;

/*
 * Lists the career tracks in the guide's order.
 * @return MLHEAD_OK; MLHEAD_INVALID; MLHEAD_NOMEM; MLHEAD_CORRUPT;
 *         MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_track_list(mlhead *db, mlhead_track **out, size_t *count);

typedef enum mlhead_step_kind {
    MLHEAD_STEP_START = 0, /* 1.1: the first step of mlhead_path_steps():
                              the role the path starts from; its note is
                              NULL and its line the role's own line */
    MLHEAD_STEP_TRACK = 1, /* the next step on a career track */
    MLHEAD_STEP_MOVE = 2   /* another move the guide states */
} mlhead_step_kind;

/*
 * Returns a static name for a step kind: "start" (MLHEAD_STEP_START),
 * "track" (MLHEAD_STEP_TRACK), "move" (MLHEAD_STEP_MOVE); "unknown step
 * kind" for any other int.
 * Never NULL; never free it; any thread.
 */
MLHEAD_API const char *mlhead_step_kind_name(int kind);

typedef struct mlhead_step {
    mlhead_role role; /* the role the step leads to */
    mlhead_step_kind kind;
    const char *note; /* the track's title, or the guide's words for
                         the move */
    int line;         /* line of the guide that states the step */
} mlhead_step;

/*
 * Lists the roles one step up from a role: the next step of its track and
 * every other move the guide states, track steps first.  A role at the top
 * gives MLHEAD_OK with count 0.
 * @return as mlhead_role_find().
 */
MLHEAD_API int mlhead_next_roles(mlhead *db, const char *role, mlhead_step **out, size_t *count);

/*
 * Lists the steps that lead to a role (1.1): for each, the role it comes
 * from (in `role`), its kind, note and line; track steps first, then by
 * the title of the role they come from.  A role nothing leads to gives
 * MLHEAD_OK with count 0.
 * @return as mlhead_role_find().
 */
MLHEAD_API int mlhead_prev_roles(mlhead *db, const char *role, mlhead_step **out, size_t *count);

/*
 * Finds the shortest chain of steps from one role to another.  *out holds
 * the roles in order, `from` first and `to` last (count 1 when they are the
 * same role).  The walk is breadth first over the graph the handle reads
 * once (on its first graph call): it visits each role at most once, has no
 * depth limit (a chain as long as the number of roles is found), and a
 * call allocates nothing but its result.  Among chains of one length, it
 * takes the one whose steps come first in mlhead_next_roles() order.
 * @return MLHEAD_OK; MLHEAD_NO_PATH when both are known but no steps lead
 *         from `from` to `to`; otherwise as mlhead_role_find() (for either
 *         name; mlhead_errmsg() names the argument, "from" or "to").
 */
MLHEAD_API int mlhead_path(mlhead *db, const char *from, const char *to, mlhead_role **out,
                           size_t *count);

/*
 * As mlhead_path(), but each element is a step (1.1): the role reached,
 * the kind of the step that reached it, its note and its line.  The first
 * element is `from` itself, with kind MLHEAD_STEP_START, note NULL and
 * the line of the role; count 1 when from and to are the same role.
 * @return as mlhead_path().
 */
MLHEAD_API int mlhead_path_steps(mlhead *db, const char *from, const char *to, mlhead_step **out,
                                 size_t *count);

typedef struct mlhead_reach {
    mlhead_role role; /* a role reachable from the one asked about */
    int distance;     /* the fewest steps to it, 1 or more */
} mlhead_reach;

/*
 * Lists every role reachable from a role by one or more steps (1.1),
 * nearest first, then by title; the role itself is never listed, even
 * when a cycle leads back to it.  A role at the top gives MLHEAD_OK with
 * count 0.
 * @return as mlhead_role_find().
 */
MLHEAD_API int mlhead_reachable(mlhead *db, const char *role, mlhead_reach **out, size_t *count);

typedef struct mlhead_edge {
    mlhead_role from;      /* where the step starts */
    mlhead_role to;        /* where it leads */
    mlhead_step_kind kind; /* MLHEAD_STEP_TRACK or MLHEAD_STEP_MOVE */
    const char *note;      /* as mlhead_step's */
    int line;              /* line of the guide that states the step */
} mlhead_edge;

/*
 * Lists every step of the graph in one call (1.1): track steps and moves,
 * ordered by the title of the role they start from, then as
 * mlhead_next_roles() orders them.  The list is the caller's
 * (mlhead_free()); its strings are the handle's.
 * @return MLHEAD_OK; MLHEAD_INVALID (db, out or count NULL); MLHEAD_NOMEM;
 *         MLHEAD_CORRUPT (a step that names no role); MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_step_list(mlhead *db, mlhead_edge **out, size_t *count);

/* ------------------------------------------------------------------ */
/* Salaries                                                            */

typedef enum mlhead_bound {
    MLHEAD_UNKNOWN = 0, /* the guide gives no figure; usd is -1 */
    MLHEAD_EXACT = 1,   /* the figure as stated */
    MLHEAD_AT_LEAST = 2 /* open-ended ("$644,261+"): the figure is a floor */
} mlhead_bound;

/*
 * Returns a static name for a bound, as the database stores it: "exact",
 * "at_least", "unknown" (MLHEAD_UNKNOWN); "unknown bound" for any int
 * outside the enum.  Never NULL; never free it; any thread.  These calls
 * take an int, so that a value from anywhere (a binding, a message) may be
 * asked; clang's -Wsign-conversion wants an enum cast to it:
 * mlhead_bound_name((int)f.bound).
 */
MLHEAD_API const char *mlhead_bound_name(int bound);

typedef struct mlhead_figure {
    mlhead_bound bound;
    int64_t usd; /* whole currency units, 1 .. MLHEAD_USD_MAX; -1 when
                    bound is UNKNOWN */
} mlhead_figure;

typedef struct mlhead_salary {
    const char *role;       /* canonical title of the role */
    const char *band;       /* the band as the guide labels it; one band may
                               serve two titles ("Chief Data Officer or VP of
                               Data Science") */
    const char *heading;    /* the guide's heading above the band: the role's
                               title, or "Executive-Level Positions" */
    const char *market;     /* "US" */
    const char *currency;   /* "USD" */
    int year;               /* 2024 */
    const char *period;     /* "year": every figure is per year */
    mlhead_figure min;      /* low end of the range */
    mlhead_figure max;      /* high end of the range */
    mlhead_figure avg;      /* the average, or the low end of an average range */
    mlhead_figure avg_high; /* the high end of an average range; bound
                               MLHEAD_UNKNOWN when avg_is_range is 0 */
    int avg_is_range;       /* 1 when the guide gives the average as a range */
    int line;               /* line of the guide that heads the band */
} mlhead_salary;

/*
 * Fills *out with the US salary band (2024) of a role found by title or
 * alias.
 * @return MLHEAD_OK; MLHEAD_NO_DATA when the role is known but the guide
 *         gives it no band; otherwise as mlhead_role_find().
 */
MLHEAD_API int mlhead_salary_range(mlhead *db, const char *role, mlhead_salary *out);

/*
 * Lists every role that has a band, in the guide's order of the bands (two
 * entries share a band where one band serves two titles).
 * @return MLHEAD_OK; MLHEAD_INVALID; MLHEAD_NOMEM; MLHEAD_CORRUPT;
 *         MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_salary_list(mlhead *db, mlhead_salary **out, size_t *count);

/*
 * Offers against a band (1.1).  A figure of a band says only what the
 * guide says: an MLHEAD_EXACT figure is that end of the range; an
 * MLHEAD_AT_LEAST figure ("$644,261+") says that end is the figure or
 * more; an MLHEAD_UNKNOWN figure says nothing.  A verdict is given only
 * when those facts prove it, so none claims more than the guide does.
 * For a span lo .. hi (the range min .. max; the average avg .. avg_high,
 * or the one figure avg as both ends):
 */
typedef enum mlhead_offer_verdict {
    MLHEAD_OFFER_CANNOT_TELL = 0,   /* the figures the answer rests on are
                                       unknown, or a floor leaves it open */
    MLHEAD_OFFER_BELOW = 1,         /* less than a known low end (exact or a
                                       floor: the low end is at least that) */
    MLHEAD_OFFER_WITHIN = 2,        /* at or above an exact low end and at
                                       or below a known high end (exact, or a
                                       floor, which the high end reaches) */
    MLHEAD_OFFER_ABOVE = 3,         /* more than an exact high end */
    MLHEAD_OFFER_AT_LEAST_FLOOR = 4 /* at or above a high end given only as
                                       a floor, with the low end exact (or
                                       one figure, "$266,395+"): within or
                                       above, the guide cannot say which */
} mlhead_offer_verdict;

typedef struct mlhead_offer {
    int64_t usd;                  /* the amount compared */
    mlhead_offer_verdict range;   /* against min .. max */
    mlhead_offer_verdict average; /* against avg, or avg .. avg_high */
} mlhead_offer;

/*
 * Compares an amount (whole dollars a year) with a band, for the range
 * and for the average.  No handle: a pure function of its arguments.
 * Unknown figures give MLHEAD_OFFER_CANNOT_TELL wherever the answer
 * rests on them (an unknown average: always).
 *
 * Cases, for a span lo .. hi, first match wins:
 *   lo known (exact or floor) and usd < lo        BELOW
 *   hi exact and usd > hi                         ABOVE
 *   lo exact, hi known and usd <= hi              WITHIN
 *   hi a floor, usd >= hi, lo exact or one figure AT_LEAST_FLOOR
 *   anything else                                 CANNOT_TELL
 *
 * @param band  a band as mlhead_salary_range() or mlhead_salary_list()
 *              fill it (only its figures and avg_is_range are read).
 * @param usd   the amount, 0 .. MLHEAD_USD_MAX.
 * @param[out] out  receives the verdicts; on failure usd 0 and both
 *              verdicts MLHEAD_OFFER_CANNOT_TELL.
 * @return MLHEAD_OK; MLHEAD_INVALID if band or out is NULL, usd is out of
 *         0 .. MLHEAD_USD_MAX, or the band is not one the library gives (a
 *         bound outside the enum, a figure that disagrees with its bound,
 *         avg_is_range not 0 or 1 or disagreeing with avg_high).
 * Any thread; reads only *band.
 */
MLHEAD_API int mlhead_salary_compare(const mlhead_salary *band, int64_t usd, mlhead_offer *out);

/*
 * Returns a static name for a verdict: "below", "within", "above",
 * "at_least_floor", "cannot_tell"; "unknown verdict" for any other int.
 * Never NULL; any thread.
 */
MLHEAD_API const char *mlhead_offer_verdict_name(int verdict);

/*
 * Writes a figure as the guide does, like snprintf: "$188,000" (exact),
 * "$644,261+" (a floor) or "unknown", NUL-terminated and cut to fit size.
 * @param buf   where to write; may be NULL only when size is 0 (to ask
 *              for the length).
 * @return the length the whole text needs, without its NUL (at most 15);
 *         -1, with buf "" where size allows, when the figure is not one
 *         the library gives (a bound outside the enum, usd outside
 *         1 .. MLHEAD_USD_MAX for a known bound, usd not -1 for an
 *         unknown one) or buf is NULL with size > 0.
 * Any thread.
 */
MLHEAD_API int mlhead_figure_format(mlhead_figure f, char *buf, size_t size);

/* ------------------------------------------------------------------ */
/* The guide's lists: sections, headings and their items                */

typedef struct mlhead_section {
    const char *slug;  /* "overview", "responsibilities", "requirements",
                          "career-development", "market-demand", "salary",
                          "industry-trends", "soft-skills",
                          "best-practices", "challenges" */
    const char *title; /* the guide's heading: "Core Responsibilities" */
    int position;      /* 1..10 in the guide's order */
    int items;         /* number of items in the section */
    int line;
} mlhead_section;

typedef struct mlhead_category {
    const char *section; /* slug of its section */
    const char *slug;    /* "strategic-vision-and-alignment" */
    const char *title;   /* "Strategic Vision and Alignment" */
    const char *group;   /* title of the heading above it (the challenges'
                            "Technical Challenges"), or NULL */
    int position;        /* 1-based, within its section or group */
    int items;           /* items under it, its sub-headings' included */
    int line;
} mlhead_category;

typedef struct mlhead_item {
    const char *section;  /* slug of its section */
    const char *group;    /* title of the heading above its category, or NULL */
    const char *category; /* title of its heading */
    int position;         /* 1-based, within its category */
    const char *term;     /* the label before a colon ("Narrow AI"), or NULL */
    const char *text;     /* the item's words */
    int line;             /* line of the guide */
} mlhead_item;

/* Lists the guide's sections in order.  Statuses as mlhead_track_list(). */
MLHEAD_API int mlhead_section_list(mlhead *db, mlhead_section **out, size_t *count);

/*
 * Lists the headings of a section (by slug or title) in the guide's order,
 * groups before the headings under them.
 * @return MLHEAD_OK; MLHEAD_NOT_FOUND (no such section); as
 *         mlhead_role_find() for a bad name.
 */
MLHEAD_API int mlhead_category_list(mlhead *db, const char *section, mlhead_category **out,
                                    size_t *count);

/*
 * Lists the items of a section (by slug or title) in the guide's order:
 * all of them when category is NULL, or those under one heading (by slug
 * or title; a group gives the items of every heading under it).
 * @return MLHEAD_OK; MLHEAD_NOT_FOUND (no such section or heading; the
 *         message says which); as mlhead_role_find() for a bad name.
 */
MLHEAD_API int mlhead_item_list(mlhead *db, const char *section, const char *category,
                                mlhead_item **out, size_t *count);

/*
 * The best practices for a head of AI: mlhead_item_list() on the
 * "best-practices" section.  category NULL lists all twelve headings'
 * items; otherwise one heading, by slug or title.  The list is the
 * caller's (mlhead_free()); its strings are the handle's.
 * @return MLHEAD_OK; MLHEAD_NOT_FOUND (no such heading, or a file with no
 *         section of that slug: mlhead_errarg() 0); MLHEAD_EMPTY;
 *         MLHEAD_INVALID (db, out or count NULL; category not UTF-8 or too
 *         long); MLHEAD_NOMEM; MLHEAD_CORRUPT; MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_best_practices(mlhead *db, const char *category, mlhead_item **out,
                                     size_t *count);

/*
 * A section's own prose (new in 1.1): the paragraph under its title and
 * the paragraph that ends it.  The guide writes the closing paragraph on
 * the line of the section's last bullet, after the bullet's words; that
 * item (mlhead_item_list()) stops where the bullet ends, and its words are
 * here instead, with the same line.
 */
typedef struct mlhead_section_text {
    const char *section; /* slug of the section */
    const char *title;   /* its title */
    const char *intro;   /* the paragraph under the title, never NULL */
    int intro_line;      /* its line of the guide */
    const char *closing; /* the paragraph that ends the section, or NULL
                            where the guide ends it on a bare bullet (an
                            edition may; this guide closes every section) */
    int closing_line;    /* its line (that of the section's last item);
                            0 when closing is NULL */
} mlhead_section_text;

/*
 * Fills *out with the intro and closing paragraphs of a section, found by
 * slug or title ("best-practices", "Best Practices").  Every string is the
 * handle's, until mlhead_close(); *out is the caller's.
 * @param section  see CONVENTIONS, Names.
 * @return MLHEAD_OK; MLHEAD_NOT_FOUND (no such section); MLHEAD_EMPTY;
 *         MLHEAD_INVALID (db, section or out NULL; section not UTF-8 or
 *         too long); MLHEAD_NOMEM; MLHEAD_CORRUPT (a section without its
 *         intro); MLHEAD_SQLITE.  On failure *out is zeroed.
 */
MLHEAD_API int mlhead_section_text_get(mlhead *db, const char *section, mlhead_section_text *out);

/* ------------------------------------------------------------------ */
/* Market statistics                                                   */

typedef enum mlhead_unit {
    MLHEAD_PERCENT = 1,           /* value is a percentage: 40 means 40 % */
    MLHEAD_PERCENTAGE_POINTS = 2, /* a change of a rate, in points */
    MLHEAD_COUNT = 3,             /* a number of things (jobs) */
    MLHEAD_USD = 4                /* US dollars */
} mlhead_unit;

/*
 * Returns a static name for a unit, as the database stores it: "percent",
 * "percentage_points", "count", "usd"; "unknown unit" for any other int.
 * Never NULL; never free it; any thread.
 */
MLHEAD_API const char *mlhead_unit_name(int unit);

typedef struct mlhead_stat {
    const char *slug; /* "ai-ml-job-openings-rise" */
    double value;
    mlhead_unit unit;
    const char *basis;     /* what the number measures */
    const char *period;    /* when, as the guide says it, or NULL */
    const char *source;    /* who says so, where the guide names it, or NULL */
    const char *qualifier; /* the guide's hedge ("predicted"), or NULL */
    const char *text;      /* the guide's item that states it */
    int line;
} mlhead_stat;

/* Lists the market statistics in the guide's order.  Statuses as
 * mlhead_track_list(). */
MLHEAD_API int mlhead_stat_list(mlhead *db, mlhead_stat **out, size_t *count);

/* ------------------------------------------------------------------ */
/* Full-text search                                                    */

typedef enum mlhead_hit_kind {
    MLHEAD_HIT_ITEM = 1,    /* an item of a list */
    MLHEAD_HIT_HEADING = 2, /* a section or a heading */
    MLHEAD_HIT_ROLE = 3,    /* a role's title or one of its aliases */
    MLHEAD_HIT_STAT = 4,    /* a market statistic */
    MLHEAD_HIT_SALARY = 5,  /* a salary band's label; its figures are
                               searchable ("259,000", "259k") */
    MLHEAD_HIT_PROSE = 6    /* a section's intro or closing paragraph (new
                               in 1.1: a program written for 1.0 should
                               treat a kind it does not know as text) */
} mlhead_hit_kind;

/*
 * Returns a static name for a hit kind: "item", "heading", "role", "stat",
 * "salary", "prose"; "unknown hit kind" for any other int.  Never NULL; never free
 * it; any thread.
 */
MLHEAD_API const char *mlhead_hit_kind_name(int kind);

typedef struct mlhead_hit {
    mlhead_hit_kind kind;
    const char *section;  /* slug of the section it lies in */
    const char *category; /* title of the heading it lies under; for an
                             alias, the title of its role; else NULL */
    const char *text;     /* the matched text in full */
    const char *snippet;  /* the text, or an excerpt of it with "...": at
                             most 12 words, where most matches lie, with
                             each match inside [ and ]; unlike every other
                             string, valid only until the next search call
                             on the handle (or its close) */
    double rank;          /* lower is a better match: for
                             mlhead_search(), the length of the row's
                             text and searchable terms in characters, plus
                             1e6 for each tier below the first it ranks
                             the hit in; for mlhead_search_raw(), the bm25
                             score (hits come in the order of rank) */
    int line;             /* line of the guide */
} mlhead_hit;

/*
 * Searches every text of the database: items, headings, role titles and
 * aliases, market statistics, salary bands with their figures ("259,000",
 * "259000" and "259k" find the band of $259,000) and each section's intro
 * and closing paragraphs.  Matching ignores case, stems English words
 * ("ethics" finds "ethical") and takes each word of two or more letters
 * as a prefix ("gov" finds "governance"); a one-letter word matches only
 * itself, so "C++" or "a" do not expand to every word that starts so.
 * Every word must match.  Any valid UTF-8 is a valid query: it is never
 * read as FTS5 syntax.  Hits come best first, in four tiers: the words
 * as one phrase that starts the text ("neural networks" finds "Neural
 * Networks: ..." first), the words as a phrase anywhere, every word
 * whole, and last the hits that need a prefix; within a tier the shortest
 * text first (before 1.1: by bm25), then by line.  The search stops at
 * the tier that fills the limit, so a small limit costs little on any
 * size of database.
 * @param limit  the most hits to return; 0 for all of them.
 * @return MLHEAD_OK (possibly with count 0); MLHEAD_EMPTY for an empty or
 *         all-blank query; MLHEAD_INVALID (NULL argument, invalid UTF-8,
 *         a query over 1024 bytes); MLHEAD_NOMEM; MLHEAD_CORRUPT;
 *         MLHEAD_SQLITE.
 */
MLHEAD_API int mlhead_search(mlhead *db, const char *query, size_t limit, mlhead_hit **out,
                             size_t *count);

/*
 * As mlhead_search(), within one section (new in 1.1), found by slug or
 * title ("challenges", "Common Challenges"): only hits whose section it
 * is.  The list and its snippets are owned as mlhead_search()'s.
 * @param section  see CONVENTIONS, Names.
 * @return as mlhead_search(), and MLHEAD_NOT_FOUND when no section has
 *         that name; MLHEAD_EMPTY and MLHEAD_INVALID also for a bad
 *         section name (mlhead_errmsg() names the argument).
 */
MLHEAD_API int mlhead_search_in(mlhead *db, const char *query, const char *section, size_t limit,
                                mlhead_hit **out, size_t *count);

/*
 * As mlhead_search(), but the query is FTS5 syntax, for those who want
 * its operators (AND, OR, NOT, NEAR, "phrases", prefix*, column filters).
 * The columns a filter may name: text (what a hit shows), terms (words
 * that find a hit but are not shown: a band's figures and the names of
 * its roles), section (the section's slug: section:challenges,
 * section:"best-practices") and kind (mlhead_hit_kind as a number:
 * kind:5).  A word without a filter may match in any of them.
 * @return as mlhead_search(), and MLHEAD_SYNTAX when FTS5 cannot parse
 *         the query; mlhead_errmsg() then has its message.
 */
MLHEAD_API int mlhead_search_raw(mlhead *db, const char *fts_query, size_t limit, mlhead_hit **out,
                                 size_t *count);

#ifdef __cplusplus
}
#endif

#endif /* MLHEAD_H */
