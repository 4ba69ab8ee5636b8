/*
 * mhd.h - libmicrohttpd, loaded when the HTTP transport starts and not
 * before.  Linked into the command, it and the TLS libraries it brings
 * (GnuTLS and eight more) were loaded and initialised by every `mlhead`
 * run: more than twice the CPU of a whole salary answer.  The transport
 * makes its calls through this one table instead.
 */
#ifndef MLHEAD_MCP_MHD_H
#define MLHEAD_MCP_MHD_H

#include <microhttpd.h>
#include <stddef.h>

struct mhd {
    __typeof__(MHD_start_daemon) *start_daemon;
    __typeof__(MHD_quiesce_daemon) *quiesce_daemon;
    __typeof__(MHD_stop_daemon) *stop_daemon;
    __typeof__(MHD_get_daemon_info) *get_daemon_info;
    __typeof__(MHD_lookup_connection_value) *lookup_connection_value;
    __typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
    __typeof__(MHD_add_response_header) *add_response_header;
    __typeof__(MHD_queue_response) *queue_response;
    __typeof__(MHD_destroy_response) *destroy_response;
};

/* Loads the library (MHD_SONAME, the soname it was built against) and its
 * calls; NULL, with the loader's words in err, when it cannot.  The
 * library stays loaded until the process exits. */
const struct mhd *mhd_load(char *err, size_t size);

#endif
