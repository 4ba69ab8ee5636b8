/*
 * practices.c - the guide's best practices for a head of AI, all of them or
 * those of one heading.
 *
 *   cc practices.c $(pkg-config --cflags --libs mlhead) -o practices
 *   ./practices "Effective Communication"
 */
#include <stdio.h>
#include <string.h>

#include <mlhead.h>

int main(int argc, char **argv)
{
    mlhead *db = NULL;
    mlhead_item *items = NULL;
    size_t count, i;
    int status;

    if (argc > 2) {
        fprintf(stderr, "usage: %s [CATEGORY]\n", argv[0]);
        return 2;
    }
    status = mlhead_open(NULL, &db);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "practices: %s\n", mlhead_strerror(status));
        return 2;
    }
    status = mlhead_best_practices(db, argc == 2 ? argv[1] : NULL, &items, &count);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "practices: %s\n", mlhead_errmsg(db));
        mlhead_close(db);
        return 1;
    }
    for (i = 0; i < count; i++) {
        if (i == 0 || strcmp(items[i].category, items[i - 1].category) != 0)
            printf("%s%s\n", i ? "\n" : "", items[i].category);
        printf("  - %s\n", items[i].text);
    }
    mlhead_free(items);
    mlhead_close(db);
    return 0;
}
