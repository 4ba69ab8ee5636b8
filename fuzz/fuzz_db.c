/*
 * fuzz_db.c - libFuzzer harness: the input is written to a file that
 * mlhead_open() then opens; when it opens, every query (test/ops.h) runs
 * on it.  A status outside the documented ones or half an answer aborts;
 * ASan and UBSan catch the rest.  make fuzz runs it, starting from a tiny
 * database built from build/mlhead.db by fuzz/tiny.sql.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ops.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void check(const char *what, unsigned statuses, int status, mlhead *db)
{
    if (!ops_documented(statuses, status) || status == MLHEAD_INVALID) {
        fprintf(stderr, "%s: status %d (%s)\n", what, status, mlhead_errmsg(db));
        abort();
    }
}

static char path[64]; /* one file per process, rewritten for every input */

static void remove_file(void)
{
    unlink(path);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    mlhead *db = NULL;
    FILE *f;
    size_t i;
    if (!*path) {
        snprintf(path, sizeof path, "/tmp/mlhead-fuzz-%ld.db", (long)getpid());
        atexit(remove_file);
    }
    f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    check("mlhead_open", OPS_OPEN, mlhead_open(path, &db), db);
    for (i = 0; db && i < OPS_COUNT; i++) {
        uint64_t digest;
        check(ops[i].name, ops[i].statuses, ops_run(&ops[i], db, NULL, &digest), db);
    }
    mlhead_close(db);
    return 0;
}
