/*
 * mhd.c - libmicrohttpd, loaded on first use (see mhd.h).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "mhd.h"

#ifndef MHD_SONAME
#define MHD_SONAME "libmicrohttpd.so.12"
#endif

static struct mhd api;

/* Sets *slot to the library's name; 0 when it lacks it.  A function pointer
 * is copied from dlsym's object pointer, as POSIX allows and ISO C does
 * not spell. */
static int take(void *lib, const char *name, void *slot, size_t size, char *err, size_t esize)
{
    void *p = dlsym(lib, name);
    if (!p || size != sizeof p) {
        snprintf(err, esize, "%s has no %s", MHD_SONAME, name);
        return 0;
    }
    memcpy(slot, &p, size);
    return 1;
}

#define TAKE(f) take(lib, "MHD_" #f, &api.f, sizeof api.f, err, size)

const struct mhd *mhd_load(char *err, size_t size)
{
    void *lib;
    if (api.start_daemon)
        return &api;
    lib = dlopen(MHD_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char *why = dlerror();
        snprintf(err, size, "%s", why ? why : "cannot load " MHD_SONAME);
        return NULL;
    }
    if (TAKE(quiesce_daemon) && TAKE(stop_daemon) && TAKE(get_daemon_info) &&
        TAKE(lookup_connection_value) && TAKE(create_response_from_buffer) &&
        TAKE(add_response_header) && TAKE(queue_response) && TAKE(destroy_response) &&
        TAKE(start_daemon))
        return &api; /* start_daemon last: it says the table is whole */
    memset(&api, 0, sizeof api);
    dlclose(lib);
    return NULL;
}
