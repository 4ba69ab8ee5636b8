/*
 * fuzz_names.c - libFuzzer harness: the input, as a C string, is the name
 * given to every function that takes one (each op of test/ops.h that
 * takes text), on one handle over the embedded data.  Any status outside
 * the documented ones, or a failure that leaves half an answer, aborts;
 * ASan and UBSan catch the rest.  make fuzz runs it.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ops.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void check(const struct op *op, int status, mlhead *db)
{
    if (!ops_documented(op->statuses, status)) {
        fprintf(stderr, "%s: status %d (%s)\n", op->name, status, mlhead_errmsg(db));
        abort();
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static mlhead *db; /* one handle for the whole run, as an application keeps it */
    char *name = malloc(size + 1);
    size_t i;
    if (!name)
        return 0;
    memcpy(name, data, size);
    name[size] = '\0';
    if (!db && mlhead_open(NULL, &db) != MLHEAD_OK)
        abort();
    for (i = 0; i < OPS_COUNT; i++) {
        uint64_t digest;
        if (ops[i].arg)
            check(&ops[i], ops_run(&ops[i], db, name, &digest), db);
    }
    free(name);
    return 0;
}
