/*
 * path.c - the career path from one role to another.
 *
 *   cc path.c $(pkg-config --cflags --libs mlhead) -o path
 *   ./path "ML Engineer" "Head of AI"
 */
#include <stdio.h>

#include <mlhead.h>

int main(int argc, char **argv)
{
    mlhead *db = NULL;
    mlhead_role *roles = NULL;
    size_t count, i;
    int status;

    if (argc != 3) {
        fprintf(stderr, "usage: %s FROM TO\n", argv[0]);
        return 2;
    }
    status = mlhead_open(NULL, &db);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "path: %s\n", mlhead_strerror(status));
        return 2;
    }
    status = mlhead_path(db, argv[1], argv[2], &roles, &count);
    if (status != MLHEAD_OK) {
        fprintf(stderr, "path: %s\n", mlhead_errmsg(db));
        mlhead_close(db);
        return 1;
    }
    for (i = 0; i < count; i++)
        printf("%zu. %s%s%s\n", i + 1, roles[i].title, roles[i].track ? "  - " : "",
               roles[i].track ? roles[i].track_title : "");
    mlhead_free(roles);
    mlhead_close(db);
    return 0;
}
