/*
 * http.c - the Streamable HTTP transport of MCP, on GNU libmicrohttpd.
 *
 * One endpoint, /mcp.  A POST carries one JSON-RPC message: a request is
 * answered 200 with its response as application/json; a notification or
 * a response is taken with 202 and no body; a body that is no message
 * gets 400 with the JSON-RPC error.  There is no SSE stream: GET, DELETE
 * and every other method get 405.
 *
 * Stateless: no session ids are issued (a client's Mcp-Session-Id is
 * ignored), and each request stands alone, as if its session had just
 * been initialized with the version its MCP-Protocol-Version header names
 * (2025-06-18, the oldest spoken, when it has none).  So initialize may
 * come any number of times, a request needs none before it, and any copy
 * of the server behind a load balancer answers any request alike.
 *
 * Threads: libmicrohttpd's pool, each thread with its own worker (library
 * handle and server state) taken on its first request, since a handle
 * serves one thread at a time.  SIGTERM or SIGINT stops accepting, lets
 * the requests in flight finish (for at most the idle timeout), then
 * stops; a second signal stops at once.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mcp.h"
#include "mhd.h"
#include "serve.h"

/* libmicrohttpd's calls, loaded by mcp_serve_http() before any thread. */
static const struct mhd *mhd;

struct worker {
    pthread_mutex_t lock; /* held while it answers (its thread's alone, in practice) */
    mlhead *db;           /* the command's for the first worker, else its own */
    struct mcp_server s;
    int ready; /* s holds what to free */
};

struct http {
    const struct mcp_http *opt;
    struct worker *workers;
    unsigned nworkers;
    atomic_uint next;     /* the worker the next new thread takes */
    atomic_int inflight;  /* requests begun and not yet completed */
    atomic_int draining;  /* a signal came: responses close their connection */
    int any_origin;       /* --allow-origin '*' */
    enum mcp_level level; /* each request starts at the server's log level */
};

/* One request while its body comes in. */
struct request {
    struct MHD_Connection *conn;
    char *body;
    size_t len, cap;
    const char *version; /* from MCP-Protocol-Version */
    const char *cors;    /* Access-Control-Allow-Origin to send, or NULL */
};

static struct worker *my_worker(struct http *h)
{
    static _Thread_local struct worker *mine;
    static _Thread_local struct http *of;
    if (of != h) {
        of = h;
        mine = &h->workers[atomic_fetch_add(&h->next, 1) % h->nworkers];
    }
    return mine;
}

/* Sends status with body (JSON, or none when NULL), which it takes. */
static enum MHD_Result send_json(struct http *h, struct request *r, unsigned status, json_t *body)
{
    char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;
    struct MHD_Response *res;
    enum MHD_Result queued;
    json_decref(body);
    if (body && !text)
        return MHD_NO; /* out of memory: drop the connection */
    res = mhd->create_response_from_buffer(text ? strlen(text) : 0, text ? text : (void *)"",
                                           text ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!res) {
        free(text);
        return MHD_NO;
    }
    if (text)
        mhd->add_response_header(res, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    mhd->add_response_header(res, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    mhd->add_response_header(res, "X-Content-Type-Options", "nosniff");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED || status == MHD_HTTP_NO_CONTENT)
        mhd->add_response_header(res, MHD_HTTP_HEADER_ALLOW, "POST, OPTIONS");
    if (r->cors) {
        mhd->add_response_header(res, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN, r->cors);
        mhd->add_response_header(res, MHD_HTTP_HEADER_VARY, "Origin");
    }
    if (r->cors && status == MHD_HTTP_NO_CONTENT) { /* the answer to a preflight */
        mhd->add_response_header(res, "Access-Control-Allow-Methods", "POST");
        mhd->add_response_header(res, "Access-Control-Allow-Headers",
                                 "Content-Type, Accept, MCP-Protocol-Version, Mcp-Session-Id, "
                                 "Last-Event-ID, Authorization");
        mhd->add_response_header(res, "Access-Control-Max-Age", "600");
    }
    if (atomic_load(&h->draining))
        mhd->add_response_header(res, MHD_HTTP_HEADER_CONNECTION, "close");
    queued = mhd->queue_response(r->conn, status, res);
    mhd->destroy_response(res);
    return queued;
}

/* A request refused by its HTTP: the status, with a JSON-RPC error
 * without id that says why in words of our own (never the request's). */
static enum MHD_Result refuse(struct http *h, struct request *r, unsigned status, int code,
                              const char *why)
{
    return send_json(h, r, status, rpc_error(NULL, code, why, NULL));
}

/* 413, sent before the body is read (the connection then closes). */
static enum MHD_Result too_large(struct http *h, struct request *r)
{
    char why[128];
    snprintf(why, sizeof why, "Content Too Large: a message is at most %d bytes", MCP_MESSAGE_MAX);
    return refuse(h, r, 413, RPC_INVALID_REQUEST, why);
}

static const char *header(struct MHD_Connection *conn, const char *name)
{
    return mhd->lookup_connection_value(conn, MHD_HEADER_KIND, name);
}

/* Over the limit by its Content-Length alone, before any byte is read. */
static int too_long(struct MHD_Connection *conn)
{
    const char *length = header(conn, MHD_HTTP_HEADER_CONTENT_LENGTH);
    char *end;
    unsigned long long n;
    if (!length)
        return 0;
    errno = 0;
    n = strtoull(length, &end, 10);
    return errno == ERANGE || n > MCP_MESSAGE_MAX;
}

/* The checks made once the headers are in; MHD_YES to read the body. */
static enum MHD_Result begin(struct http *h, struct MHD_Connection *conn, const char *url,
                             const char *method, struct request *r)
{
    const struct mcp_http *o = h->opt;
    const char *version = header(conn, "MCP-Protocol-Version");
    const char *origin = header(conn, MHD_HTTP_HEADER_ORIGIN);
    if (!guard_host(header(conn, MHD_HTTP_HEADER_HOST), o->addr, o->hosts, o->nhosts))
        return refuse(h, r, MHD_HTTP_FORBIDDEN, RPC_INVALID_REQUEST,
                      "Forbidden: the Host header names no host this server answers for "
                      "(see --allow-host)");
    if (!guard_origin(origin, o->origins, o->norigins))
        return refuse(h, r, MHD_HTTP_FORBIDDEN, RPC_INVALID_REQUEST,
                      "Forbidden: the Origin is not allowed (see --allow-origin)");
    /* CORS for an allowed browser origin: "*" when any is allowed, else
     * its own text, which the guard has just matched to a loopback origin
     * or to an --allow-origin value, so it holds no byte of its own. */
    if (origin)
        r->cors = h->any_origin ? "*" : origin;
    if (strcmp(url, "/mcp") != 0)
        return refuse(h, r, MHD_HTTP_NOT_FOUND, RPC_INVALID_REQUEST,
                      "Not Found: the MCP endpoint is /mcp");
    if (strcmp(method, MHD_HTTP_METHOD_OPTIONS) == 0)
        return send_json(h, r, MHD_HTTP_NO_CONTENT, NULL); /* a CORS preflight */
    if (strcmp(method, MHD_HTTP_METHOD_POST) != 0)
        return refuse(h, r, MHD_HTTP_METHOD_NOT_ALLOWED, RPC_INVALID_REQUEST,
                      "Method Not Allowed: POST a JSON-RPC message (this server opens no "
                      "SSE stream and keeps no session)");
    r->version = version ? mcp_version_known(version) : mcp_version_known("2025-06-18");
    if (!r->version)
        return refuse(h, r, MHD_HTTP_BAD_REQUEST, RPC_INVALID_REQUEST,
                      "Bad Request: unsupported MCP-Protocol-Version (this server speaks "
                      "2025-11-25 and 2025-06-18)");
    if (!guard_accept(header(conn, MHD_HTTP_HEADER_ACCEPT)))
        return refuse(h, r, MHD_HTTP_NOT_ACCEPTABLE, RPC_INVALID_REQUEST,
                      "Not Acceptable: the Accept header must list application/json and "
                      "text/event-stream");
    if (!guard_json_type(header(conn, MHD_HTTP_HEADER_CONTENT_TYPE)))
        return refuse(h, r, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, RPC_INVALID_REQUEST,
                      "Unsupported Media Type: the body must be application/json");
    if (too_long(conn))
        return too_large(h, r);
    return MHD_YES;
}

/* Takes a piece of the body; 0 when the whole would be over the limit. */
static int take(struct request *r, const char *data, size_t size)
{
    if (size > MCP_MESSAGE_MAX - r->len)
        return 0;
    if (r->len + size > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        char *bigger;
        while (cap < r->len + size)
            cap *= 2;
        bigger = realloc(r->body, cap);
        if (!bigger)
            return 0; /* memory is the limit: the connection closes */
        r->body = bigger;
        r->cap = cap;
    }
    memcpy(r->body + r->len, data, size);
    r->len += size;
    return 1;
}

/* Each request on its own: initialized unless it is initialize itself,
 * at the version its header names, at the server's log level. */
static void stateless(struct mcp_server *s, json_t *msg, const char *version, enum mcp_level level)
{
    const char *method = json_string_value(json_object_get(msg, "method"));
    s->initialized = !method || strcmp(method, "initialize") != 0;
    s->version = version;
    s->level = level;
}

/* No answer: 202.  A request's response, even an error, is 200; an error
 * about no request (the body is not one message) is the HTTP request's
 * fault: 400. */
static unsigned status_for(json_t *reply)
{
    if (!reply)
        return MHD_HTTP_ACCEPTED;
    if (json_object_get(reply, "error") && json_is_null(json_object_get(reply, "id")))
        return MHD_HTTP_BAD_REQUEST;
    return MHD_HTTP_OK;
}

static enum MHD_Result answer(struct http *h, struct request *r)
{
    struct worker *w = my_worker(h);
    const char *text = r->body ? r->body : ""; /* an empty body has no buffer */
    json_error_t err;
    json_t *msg, *reply;
    msg = json_loadb(text, r->len, MCP_JSON_FLAGS, &err);
    pthread_mutex_lock(&w->lock);
    stateless(&w->s, msg, r->version, h->level);
    /* Text that is no JSON: the dispatcher's parse error, said its way. */
    reply = msg ? mcp_dispatch(&w->s, msg) : mcp_dispatch_text(&w->s, text, r->len);
    pthread_mutex_unlock(&w->lock);
    json_decref(msg);
    return send_json(h, r, status_for(reply), reply);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *data,
                                  size_t *size, void **state)
{
    struct http *h = cls;
    struct request *r = *state;
    (void)version;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        *state = r;
        r->conn = conn;
        atomic_fetch_add(&h->inflight, 1);
        return begin(h, conn, url, method, r);
    }
    if (*size) {
        int taken = take(r, data, *size);
        *size = 0;
        /* A body without Content-Length (chunked) that passes the limit:
         * no answer can go before its end, so the connection is closed. */
        return taken ? MHD_YES : MHD_NO;
    }
    return answer(h, r);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **state,
                         enum MHD_RequestTerminationCode why)
{
    struct http *h = cls;
    struct request *r = *state;
    (void)conn, (void)why;
    if (!r)
        return;
    free(r->body);
    free(r);
    *state = NULL;
    atomic_fetch_sub(&h->inflight, 1);
}

static void workers_free(struct http *h)
{
    unsigned i;
    for (i = 0; i < h->nworkers; i++) {
        struct worker *w = &h->workers[i];
        if (w->ready)
            mcp_server_free(&w->s);
        if (i > 0)
            mlhead_close(w->db);
        pthread_mutex_destroy(&w->lock);
    }
    free(h->workers);
}

/* A worker a thread: the first on the command's handle, the others each
 * on one of its own.  0, or 1 said on log. */
static int workers_open(struct http *h, mlhead *db, const char *db_path, FILE *log)
{
    unsigned i;
    h->workers = calloc(h->opt->threads, sizeof *h->workers);
    if (!h->workers) {
        fputs("mlhead mcp: out of memory\n", log);
        return 1;
    }
    for (i = 0; i < h->opt->threads; i++) {
        struct worker *w = &h->workers[i];
        char detail[512];
        pthread_mutex_init(&w->lock, NULL);
        h->nworkers = i + 1;
        w->db = db;
        if (i > 0 && mlhead_open_msg(db_path, &w->db, detail, sizeof detail) != MLHEAD_OK) {
            fprintf(log, "mlhead mcp: cannot open a handle for thread %u: %s\n", i + 1, detail);
            return 1;
        }
        w->ready = 1;
        if (mcp_server_init(&w->s, w->db, log) != 0) {
            fprintf(log, "mlhead mcp: cannot describe the tools: %s\n", mlhead_errmsg(w->db));
            return 1;
        }
    }
    h->level = h->workers[0].s.level;
    return 0;
}

/* The address to listen on; 0 when opt->addr is no numeric address. */
static socklen_t address(const struct mcp_http *o, struct sockaddr_storage *ss)
{
    struct sockaddr_in *v4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)ss;
    memset(ss, 0, sizeof *ss);
    if (inet_pton(AF_INET, o->addr, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)o->port);
        return sizeof *v4;
    }
    if (inet_pton(AF_INET6, o->addr, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)o->port);
        return sizeof *v6;
    }
    return 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Waits for SIGTERM or SIGINT, then for the requests in flight. */
static void serve_until_signal(struct http *h, struct MHD_Daemon *d, const sigset_t *stop,
                               FILE *log)
{
    int sig = 0;
    double deadline;
    MHD_socket listener;
    while (sigwait(stop, &sig) != 0)
        ;
    /* No new connection from here.  The listening socket stops listening
     * at once (shutdown), so a client is refused rather than left in its
     * backlog; it is closed only once the daemon's threads, which may
     * still be taking it out of their epoll sets, have stopped. */
    listener = mhd->quiesce_daemon(d);
    if (listener != MHD_INVALID_SOCKET)
        shutdown(listener, SHUT_RDWR);
    atomic_store(&h->draining, 1);
    deadline = now() + h->opt->timeout;
    while (atomic_load(&h->inflight) > 0) {
        struct timespec tick = {0, 10 * 1000 * 1000};
        if (now() >= deadline) {
            fprintf(log, "mlhead mcp: %d request(s) still in flight after %u s: stopping\n",
                    atomic_load(&h->inflight), h->opt->timeout);
            break;
        }
        if (sigtimedwait(stop, NULL, &tick) > 0) {
            fputs("mlhead mcp: a second signal: stopping now\n", log);
            break;
        }
    }
    mhd->stop_daemon(d);
    if (listener != MHD_INVALID_SOCKET)
        close(listener);
}

int mcp_serve_http(mlhead *db, const char *db_path, const struct mcp_http *opt, FILE *log)
{
    struct http h;
    struct sockaddr_storage ss;
    socklen_t len = address(opt, &ss);
    struct MHD_Daemon *d;
    const union MHD_DaemonInfo *info;
    sigset_t stop;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC;
    /* libmicrohttpd shares the limit among its threads: at least one each. */
    unsigned limit = opt->connections < opt->threads ? opt->threads : opt->connections;
    char shown[sizeof opt->addr + 2];
    char why[300];
    size_t i;
    int failed;
    if (!len) {
        fprintf(log, "mlhead mcp: --http: \"%s\" is not a numeric IPv4 or IPv6 address\n",
                opt->addr);
        return 1;
    }
    if (!(mhd = mhd_load(why, sizeof why))) {
        fprintf(log, "mlhead mcp: --http needs libmicrohttpd: %s\n", why);
        return 1;
    }
    /* From here the two signals wait for sigwait(), in this thread and in
     * every thread started after: one that comes during start-up is
     * served once listening, as a drain of nothing. */
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    memset(&h, 0, sizeof h);
    h.opt = opt;
    for (i = 0; i < opt->norigins; i++)
        h.any_origin |= strcmp(opt->origins[i], "*") == 0;
    if (workers_open(&h, db, db_path, log)) {
        workers_free(&h);
        pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
        return 1;
    }
    signal(SIGPIPE, SIG_IGN);
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    snprintf(shown, sizeof shown, ss.ss_family == AF_INET6 ? "[%s]" : "%s", opt->addr);
    d = mhd->start_daemon(flags, (uint16_t)opt->port, NULL, NULL, on_request, &h,
                          MHD_OPTION_SOCK_ADDR, &ss, MHD_OPTION_THREAD_POOL_SIZE, opt->threads,
                          MHD_OPTION_CONNECTION_LIMIT, limit, MHD_OPTION_CONNECTION_TIMEOUT,
                          opt->timeout, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &h,
                          MHD_OPTION_END);
    failed = !d;
    if (failed) {
        fprintf(log, "mlhead mcp: cannot listen on %s:%u: %s\n", shown, opt->port, strerror(errno));
    } else {
        info = mhd->get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
        fprintf(log, "mlhead mcp: listening on http://%s:%u/mcp\n", shown,
                info ? (unsigned)info->port : opt->port);
        fflush(log);
        serve_until_signal(&h, d, &stop, log);
    }
    /* Once served, the signals stay blocked: one more that comes now must
     * not turn the exit 0 of a drain into a death by signal. */
    if (failed)
        pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    workers_free(&h);
    return failed;
}
