/*
 * fuzz_cells.c - libFuzzer harness that changes the cells of a valid file
 * rather than its bytes.  The input is a list of changes, each five bytes
 * and a value:
 *
 *   table (one byte, of the file's tables, the search table's included),
 *   row (two bytes, the n-th row), column (one byte), kind (one byte: the
 *   low three bits say what the value is; bit 7 stores it past the CHECKs
 *   as a crafted file may), then the value: NULL, 0, an integer (8 bytes),
 *   the old value plus a small one (1 byte), a real (8 bytes), a text or
 *   a blob (a length byte, then that many bytes: any bytes, invalid UTF-8
 *   included), or the value of the same column in another row (1 byte).
 *
 * Each change is an UPDATE on a copy of the seed in memory (one that breaks
 * UNIQUE or NOT NULL is refused by SQLite and skipped); the copy is then
 * written to a file that mlhead_open() opens.  Open must give a documented
 * status; a file it opens must answer every query (test/ops.h) with a
 * documented status and no half answer, and every answer must equal what
 * plain SQLite reads from the same file (test/property.h), its search
 * table made from its tables as the build makes it (the library never
 * reads a file's search rows).  ASan and UBSan
 * catch the rest.  make fuzz starts it from the tiny database of
 * fuzz/tiny.sql (FUZZ_BASE) and the changes in fuzz/fuzz_cells/.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ops.h"
#include "property.h"
#include "variants.h"

#ifndef FUZZ_BASE
#error "FUZZ_BASE: the path of the valid file the changes start from"
#endif

#define MAX_CHANGES 8
#define MAX_TABLES 32
#define MAX_COLUMNS 32
#define SEARCH_WORDS 4 /* words property_check() searches for: each costs */

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

struct table {
    char name[64];
    char key[128]; /* rowid, or the columns of its primary key */
    char columns[MAX_COLUMNS][64];
    int ncolumns;
};

static unsigned char *base;
static size_t base_size;
static struct table tables[MAX_TABLES];
static int ntables;
static char path[64]; /* one file per process, rewritten for every input */

static void remove_file(void)
{
    unlink(path);
}

static void need(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_cells: %s\n", what);
        abort();
    }
}

/* The seed's bytes, and its tables and columns, read once. */
static void load_base(void)
{
    FILE *f = fopen(FUZZ_BASE, "rb");
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    long n = 0;
    need(f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0,
         "cannot read " FUZZ_BASE);
    base_size = (size_t)n;
    base = malloc(base_size);
    need(base && fread(base, 1, base_size, f) == base_size, "cannot read " FUZZ_BASE);
    fclose(f);
    need(sqlite3_open_v2(FUZZ_BASE, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK, "open base");
    need(sqlite3_prepare_v2(db,
                            "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema"
                            " WHERE type = 'table' AND name NOT LIKE 'search\\_%' ESCAPE '\\'"
                            " ORDER BY name",
                            -1, &st, NULL) == SQLITE_OK,
         "list tables");
    while (sqlite3_step(st) == SQLITE_ROW && ntables < MAX_TABLES) {
        struct table *t = &tables[ntables++];
        sqlite3_stmt *cols = NULL;
        snprintf(t->name, sizeof t->name, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(t->key, sizeof t->key, "rowid");
        need(sqlite3_prepare_v2(db, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY pk, cid",
                                -1, &cols, NULL) == SQLITE_OK,
             "list columns");
        sqlite3_bind_text(cols, 1, t->name, -1, SQLITE_STATIC);
        if (sqlite3_column_int(st, 1))
            t->key[0] = '\0';
        while (sqlite3_step(cols) == SQLITE_ROW && t->ncolumns < MAX_COLUMNS) {
            const char *name = (const char *)sqlite3_column_text(cols, 0);
            if (sqlite3_column_int(cols, 1) && strcmp(t->key, "rowid") != 0) {
                size_t len = strlen(t->key);
                snprintf(t->key + len, sizeof t->key - len, "%s\"%s\"", len ? ", " : "", name);
            }
            snprintf(t->columns[t->ncolumns++], sizeof t->columns[0], "%s", name);
        }
        sqlite3_finalize(cols);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    snprintf(path, sizeof path, "/tmp/mlhead-fuzz-cells-%ld.db", (long)getpid());
    atexit(remove_file);
}

/* The input, read from the front. */
struct input {
    const unsigned char *p;
    size_t left;
};

static int take(struct input *in, void *out, size_t n)
{
    if (in->left < n)
        return 0;
    memcpy(out, in->p, n);
    in->p += n;
    in->left -= n;
    return 1;
}

/* One change of the input on mem: 0 when the input has no more. */
static int change(sqlite3 *mem, struct input *in)
{
    unsigned char head[5], len = 0, bytes[255];
    const struct table *t;
    const char *col, *set;
    char *sql;
    sqlite3_stmt *st = NULL;
    int64_t i64 = 0;
    double real = 0;
    signed char delta = 0;
    if (!take(in, head, sizeof head))
        return 0;
    t = &tables[head[0] % ntables];
    col = t->columns[head[3] % t->ncolumns];
    switch (head[4] & 7) {
    case 2: set = "\"%w\" + ?1"; break;
    case 6: set = "(SELECT \"%w\" FROM \"%w\" LIMIT 1 OFFSET ?1)"; break;
    default: set = "?1"; break;
    }
    {
        char *value = sqlite3_mprintf(set, col, t->name);
        need(value != NULL, "out of memory");
        sql = sqlite3_mprintf("UPDATE \"%w\" SET \"%w\" = %s WHERE (%s) IN"
                              " (SELECT %s FROM \"%w\" LIMIT 1 OFFSET ?2)",
                              t->name, col, value, t->key, t->key, t->name);
        sqlite3_free(value);
    }
    need(sql != NULL, "out of memory");
    sqlite3_exec(mem,
                 head[4] & 0x80 ? "PRAGMA ignore_check_constraints = ON"
                                : "PRAGMA ignore_check_constraints = OFF",
                 NULL, NULL, NULL);
    if (sqlite3_prepare_v2(mem, sql, -1, &st, NULL) == SQLITE_OK) {
        switch (head[4] & 7) {
        case 0: sqlite3_bind_null(st, 1); break;
        case 1:
            if (take(in, &i64, sizeof i64))
                sqlite3_bind_int64(st, 1, i64);
            break;
        case 2:
        case 6:
            if (take(in, &delta, 1))
                sqlite3_bind_int(st, 1, (head[4] & 7) == 6 ? (unsigned char)delta : delta);
            break;
        case 3:
            if (take(in, &real, sizeof real))
                sqlite3_bind_double(st, 1, real);
            break;
        case 4:
        case 5:
            if (take(in, &len, 1) && take(in, bytes, len)) {
                if ((head[4] & 7) == 4)
                    sqlite3_bind_text(st, 1, (const char *)bytes, len, SQLITE_TRANSIENT);
                else
                    sqlite3_bind_blob(st, 1, bytes, len, SQLITE_TRANSIENT);
            }
            break;
        default: sqlite3_bind_int(st, 1, 0); break;
        }
        sqlite3_bind_int(st, 2, head[1] | head[2] << 8);
        sqlite3_step(st); /* a change SQLite refuses is no change */
    }
    sqlite3_finalize(st);
    sqlite3_free(sql);
    return 1;
}

static void check(const char *what, unsigned statuses, int status, mlhead *db)
{
    if (!ops_documented(statuses, status) || status == MLHEAD_INVALID) {
        fprintf(stderr, "%s: status %d (%s)\n", what, status, mlhead_errmsg(db));
        abort();
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    struct input in = {data, size};
    sqlite3 *mem = NULL, *o = NULL;
    unsigned char *copy, *bytes;
    sqlite3_int64 n = 0;
    mlhead *db = NULL;
    FILE *f;
    size_t i;
    int changes = 0;
    char why[1024];
    if (!base)
        load_base();
    copy = sqlite3_malloc64(base_size);
    need(copy && sqlite3_open(":memory:", &mem) == SQLITE_OK, "out of memory");
    memcpy(copy, base, base_size);
    need(sqlite3_deserialize(mem, "main", copy, (sqlite3_int64)base_size, (sqlite3_int64)base_size,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) ==
             SQLITE_OK,
         "deserialize");
    while (changes < MAX_CHANGES && change(mem, &in))
        changes++;
    bytes = sqlite3_serialize(mem, "main", &n, 0);
    need(bytes != NULL, "serialize");
    sqlite3_close(mem);
    f = fopen(path, "wb");
    need(f && fwrite(bytes, 1, (size_t)n, f) == (size_t)n && fclose(f) == 0, "write");

    check("mlhead_open", OPS_OPEN, mlhead_open(path, &db), db);
    for (i = 0; db && i < OPS_COUNT; i++) {
        uint64_t digest;
        check(ops[i].name, ops[i].statuses, ops_run(&ops[i], db, NULL, &digest), db);
    }
    if (db) {
        /* SQLite's side: the same bytes, which o now owns */
        need(sqlite3_open(":memory:", &o) == SQLITE_OK, "open copy");
        need(sqlite3_deserialize(o, "main", bytes, n, n,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) ==
                 SQLITE_OK,
             "deserialize copy");
        bytes = NULL;
        if (!variant_search_made(o, why, sizeof why)) {
            fprintf(stderr,
                    "a file the library opened whose search rows the build cannot make: %s\n", why);
            abort();
        }
        if (!property_check(db, o, SEARCH_WORDS, why, sizeof why)) {
            fprintf(stderr, "an answer differs from SQLite's: %s\n", why);
            abort();
        }
        sqlite3_close(o);
    }
    sqlite3_free(bytes);
    mlhead_close(db);
    return 0;
}
