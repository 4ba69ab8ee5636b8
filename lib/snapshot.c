/*
 * snapshot.c - reading a database file once, whole, into memory.
 *
 * A handle answers from its own copy of the file, deserialized into an
 * in-memory SQLite connection as the embedded copy is: so every answer of
 * a handle comes from one version of the file, whatever another process
 * does to it later (writes in place, truncates, deletes, renames over it),
 * and SQLite never opens the file, so it never creates a -journal, -wal or
 * -shm file beside it.
 *
 * The path is opened once (O_NONBLOCK, so a FIFO swapped in cannot block)
 * and every check is on that descriptor (fstat), so nothing can be swapped
 * between a check and the read.  While it reads, it holds SQLite's own
 * shared lock on the file (an open-file-description lock where the system
 * has them, which closing our descriptor drops without touching any lock
 * the caller's own SQLite connections hold), so no SQLite writer changes
 * the file in the middle; and it checks the header did not change while
 * it read.  What a read-only reader cannot settle itself is MLHEAD_BUSY:
 * a writer holding the file past MLHEAD_BUSY_MS, a hot journal that only a
 * read-write open can roll back, a WAL file that holds changes not yet
 * copied into the database.
 *
 * On Windows (a build with _WIN32: mingw-w64 or MSVC) the read seeks and
 * reads the descriptor, which is this call's own, instead of pread(2); and
 * it takes no lock, as any system without open-file-description locks
 * takes none: a writer is seen only by the length and the header compared
 * after the read (MLHEAD_BUSY, retried as above), and a hot journal is
 * taken for one whether or not a writer still holds RESERVED.
 */
#define _GNU_SOURCE /* F_OFD_SETLK */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

#include "internal.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifndef O_NONBLOCK
#define O_NONBLOCK 0
#endif
#ifndef O_BINARY
#define O_BINARY 0 /* Windows reads text mode unless told; POSIX has one mode */
#endif

#define MH_APPLICATION_ID 0x4D4C4844 /* "MLHD" */
#define MH_HEADER 100

/* SQLite's lock bytes (os_unix.c): a reader holds one byte of the shared
 * range; a writer takes RESERVED, then PENDING, then all of the range. */
#define MH_PENDING_BYTE 0x40000000
#define MH_RESERVED_BYTE (MH_PENDING_BYTE + 1)
#define MH_SHARED_FIRST (MH_PENDING_BYTE + 2)
#define MH_SHARED_SIZE 510

#define MH_RETRY_MS 10
#define MH_READ_CHUNK (1u << 30) /* the most one read(2)/_read asks for */

static unsigned get16(const unsigned char *p)
{
    return (unsigned)p[0] << 8 | p[1];
}

static unsigned long get32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static void sleep_ms(long ms)
{
#ifdef _WIN32
    Sleep((DWORD)ms);
#else
    struct timespec ts = {0, ms * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
#endif
}

/* Reads the first n bytes of the file; 0 or an errno.  pread(2) leaves the
 * descriptor's offset alone; Windows, which has no pread, seeks back to
 * the start of the descriptor (this call's own) and reads on. */
static int read_start(int fd, unsigned char *buf, size_t n)
{
    size_t done = 0;
#ifdef _WIN32
    if (_lseeki64(fd, 0, SEEK_SET) != 0)
        return errno;
#endif
    while (done < n) {
        size_t want = n - done < MH_READ_CHUNK ? n - done : MH_READ_CHUNK;
#ifdef _WIN32
        int got = _read(fd, buf + done, (unsigned)want);
#else
        ssize_t got = pread(fd, buf + done, want, (off_t)done);
#endif
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return got < 0 ? errno : EIO; /* shorter than fstat said */
        done += (size_t)got;
    }
    return 0;
}

#ifdef F_OFD_SETLK
static int lock_range(int fd, short type, off_t start, off_t len)
{
    struct flock lk;
    memset(&lk, 0, sizeof lk);
    lk.l_type = type;
    lk.l_whence = SEEK_SET;
    lk.l_start = start;
    lk.l_len = len;
    return fcntl(fd, F_OFD_SETLK, &lk);
}

/* Whether another holds a lock on the byte that conflicts with ours. */
static int locked_by_other(int fd, off_t byte)
{
    struct flock lk;
    memset(&lk, 0, sizeof lk);
    lk.l_type = F_WRLCK;
    lk.l_whence = SEEK_SET;
    lk.l_start = byte;
    lk.l_len = 1;
    return fcntl(fd, F_OFD_GETLK, &lk) == 0 && lk.l_type != F_UNLCK;
}

/* SQLite's way to a shared lock: PENDING shared, the range, PENDING off.
 * 1 when held, 0 when a writer has the file. */
static int lock_shared(int fd)
{
    int held;
    if (lock_range(fd, F_RDLCK, MH_PENDING_BYTE, 1) != 0)
        return 0;
    held = lock_range(fd, F_RDLCK, MH_SHARED_FIRST, MH_SHARED_SIZE) == 0;
    lock_range(fd, F_UNLCK, MH_PENDING_BYTE, 1);
    return held;
}
#else
static int lock_shared(int fd)
{
    (void)fd;
    return 1; /* no lock: the header comparison after the read remains */
}

static int locked_by_other(int fd, off_t byte)
{
    (void)fd;
    (void)byte;
    return 0;
}
#endif

/* The header of a file whose identity says it is ours must be one SQLite
 * reads as it was written: anything else is damage (MLHEAD_CORRUPT). */
static int check_header(mlhead *db, const char *path, const unsigned char *h, off_t size)
{
    static const char magic[16] = "SQLite format 3";
    unsigned long page = get16(h + 16) == 1 ? 65536 : get16(h + 16);
    unsigned long app, version, pages;
    if (size < 72 || memcmp(h, magic, sizeof magic) != 0)
        return mh_fail(db, MLHEAD_NOT_MLHEAD, "%s: not an SQLite database", path);
    app = get32(h + 68);
    version = get32(h + 60);
    if (app != MH_APPLICATION_ID)
        return mh_fail(db, MLHEAD_NOT_MLHEAD, "application_id is %lu, not %d (\"MLHD\")", app,
                       MH_APPLICATION_ID);
    if (version != MLHEAD_SCHEMA_VERSION)
        return mh_fail(db, MLHEAD_NOT_MLHEAD, "schema version %lu, this library reads %d", version,
                       MLHEAD_SCHEMA_VERSION);
    if (size < MH_HEADER)
        return mh_fail(db, MLHEAD_CORRUPT, "file is %lld bytes, shorter than its header",
                       (long long)size);
    if (page < 512 || page > 65536 || (page & (page - 1)) != 0)
        return mh_fail(db, MLHEAD_CORRUPT, "header: page size %lu", page);
    if (h[18] < 1 || h[18] > 2 || h[19] < 1 || h[19] > 2)
        return mh_fail(db, MLHEAD_CORRUPT, "header: file format %u/%u", h[18], h[19]);
    if (h[21] != 64 || h[22] != 32 || h[23] != 32)
        return mh_fail(db, MLHEAD_CORRUPT, "header: payload fractions %u/%u/%u", h[21], h[22],
                       h[23]);
    if (page - h[20] < 480)
        return mh_fail(db, MLHEAD_CORRUPT, "header: %u reserved bytes per page", h[20]);
    if (get32(h + 44) < 1 || get32(h + 44) > 4)
        return mh_fail(db, MLHEAD_CORRUPT, "header: schema format %lu", get32(h + 44));
    if (get32(h + 56) == 2 || get32(h + 56) == 3) /* a valid file, of another build */
        return mh_fail(db, MLHEAD_NOT_MLHEAD,
                       "text encoding UTF-16%s: this library reads the UTF-8 files its build makes",
                       get32(h + 56) == 2 ? "le" : "be");
    if (get32(h + 56) != 1)
        return mh_fail(db, MLHEAD_CORRUPT, "header: text encoding %lu, not UTF-8", get32(h + 56));
    pages = get32(h + 28);
    if (get32(h + 92) != get32(h + 24) || (sqlite3_int64)pages * (sqlite3_int64)page != size)
        return mh_fail(db, MLHEAD_CORRUPT, "file is %lld bytes, its header says %lld",
                       (long long)size, (long long)pages * (long long)page);
    return MLHEAD_OK;
}

/* The file path + suffix: its size, -1 if there is none, and its first
 * byte (0 if it has none).  Opened as the file itself is, never blocking
 * (a FIFO under that name is read as empty). */
static off_t beside(const char *path, const char *suffix, unsigned char *first)
{
    size_t n = strlen(path);
    char *name = malloc(n + strlen(suffix) + 1);
    struct stat sb;
    off_t size = -1;
    int fd = -1;
    *first = 0;
    if (!name)
        return 0;
    memcpy(name, path, n);
    strcpy(name + n, suffix);
    fd = open(name, O_RDONLY | O_BINARY | O_NONBLOCK | O_CLOEXEC);
    free(name);
    if (fd < 0)
        return -1;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
        size = sb.st_size;
        if (size > 0 && read_start(fd, first, 1) != 0)
            *first = 0;
    } else {
        size = 0;
    }
    close(fd);
    return size;
}

/* A -journal is hot when it begins with a header (a first byte that is not
 * 0, as SQLite tells) and no writer holds RESERVED: the file may be half
 * written until a read-write open rolls it back.  A journal a writer left
 * in PERSIST mode, its header zeroed, is not.  A WAL file with frames may
 * hold changes the file lacks: only the writers' -shm tells whether they
 * were copied back, and a reader that maps it may create it.  So such a
 * file waits for a checkpoint (one that left its frames in place, as
 * persist_wal does, too). */
static int check_beside(mlhead *db, const char *path, int fd, const unsigned char *h)
{
    unsigned char first;
    if (h[18] == 2 && beside(path, "-wal", &first) > 0)
        return mh_fail(db, MLHEAD_BUSY,
                       "%s is in WAL mode and %s-wal is not empty: it may hold changes not yet "
                       "in the file; retry when its writer has closed, or checkpoint it (sqlite3 "
                       "FILE 'PRAGMA wal_checkpoint(TRUNCATE)')",
                       path, path);
    if (beside(path, "-journal", &first) > 0 && first != 0 &&
        !locked_by_other(fd, MH_RESERVED_BYTE))
        return mh_fail(db, MLHEAD_BUSY,
                       "%s-journal: a hot journal left by a writer that did not finish; open the "
                       "file once read-write to roll it back (sqlite3 FILE 'PRAGMA quick_check'), "
                       "then retry",
                       path);
    return MLHEAD_OK;
}

/* One try at reading the whole file under a shared lock: MLHEAD_OK with
 * the bytes, MLHEAD_BUSY to try again, or a final status. */
static int read_once(mlhead *db, const char *path, int fd, unsigned char **out, off_t *out_size)
{
    unsigned char head[MH_HEADER], again[MH_HEADER];
    unsigned char *bytes = NULL;
    struct stat sb, after;
    int err, status;
    if (!lock_shared(fd))
        return mh_fail(db, MLHEAD_BUSY, "%s: a writer holds the file", path);
    if (fstat(fd, &sb) != 0)
        return mh_fail(db, MLHEAD_IO, "%s: %s", path, strerror(errno));
    memset(head, 0, sizeof head);
    err = read_start(fd, head, sb.st_size < MH_HEADER ? (size_t)sb.st_size : MH_HEADER);
    if (err)
        return mh_fail(db, MLHEAD_IO, "%s: %s", path, strerror(err));
    status = check_header(db, path, head, sb.st_size);
    if (status == MLHEAD_OK)
        status = check_beside(db, path, fd, head);
    if (status == MLHEAD_OK && (unsigned long long)sb.st_size > MLHEAD_FILE_MAX)
        status = mh_fail(db, MLHEAD_IO, "%s: %lld bytes, more than the %llu a handle holds", path,
                         (long long)sb.st_size, (unsigned long long)MLHEAD_FILE_MAX);
    if (status == MLHEAD_OK && !(bytes = sqlite3_malloc64((sqlite3_uint64)sb.st_size)))
        status =
            mh_fail(db, MLHEAD_NOMEM, "%s: %lld bytes: out of memory", path, (long long)sb.st_size);
    if (status == MLHEAD_OK && (err = read_start(fd, bytes, (size_t)sb.st_size)) != 0)
        status = mh_fail(db, MLHEAD_IO, "%s: %s", path, strerror(err));
    /* Without a lock, or with a writer that ignores it, the header and
     * the length after the read tell whether it changed under us. */
    if (status == MLHEAD_OK &&
        (fstat(fd, &after) != 0 || after.st_size != sb.st_size ||
         read_start(fd, again, MH_HEADER) != 0 || memcmp(again, bytes, MH_HEADER) != 0 ||
         memcmp(head, bytes, MH_HEADER) != 0))
        status = mh_fail(db, MLHEAD_BUSY, "%s: changed while it was read", path);
    if (status != MLHEAD_OK) {
        sqlite3_free(bytes);
        return status;
    }
    *out = bytes;
    *out_size = sb.st_size;
    return MLHEAD_OK;
}

int mh_snapshot_read(mlhead *db, const char *path, unsigned char **out, sqlite3_int64 *out_size)
{
    struct stat sb;
    off_t size = 0;
    int waited, status = MLHEAD_BUSY;
    int fd = open(path, O_RDONLY | O_BINARY | O_NONBLOCK | O_CLOEXEC);
    *out = NULL;
    *out_size = 0;
    if (fd < 0)
        return mh_fail(db, MLHEAD_IO, "%s: %s", path, strerror(errno));
    if (fstat(fd, &sb) != 0)
        status = mh_fail(db, MLHEAD_IO, "%s: %s", path, strerror(errno));
    else if (S_ISDIR(sb.st_mode))
        status = mh_fail(db, MLHEAD_IO, "%s: is a directory", path);
    else if (!S_ISREG(sb.st_mode))
        status = mh_fail(db, MLHEAD_IO, "%s: not a regular file", path);
    for (waited = 0; status == MLHEAD_BUSY && waited <= MLHEAD_BUSY_MS; waited += MH_RETRY_MS) {
        if (waited > 0)
            sleep_ms(MH_RETRY_MS);
        status = read_once(db, path, fd, out, &size);
    }
    if (status == MLHEAD_BUSY) {
        size_t n = strlen(db->errmsg);
        snprintf(db->errmsg + n, sizeof db->errmsg - n, " (waited %d ms)", MLHEAD_BUSY_MS);
    }
    close(fd); /* drops our locks, and only ours */
    *out_size = size;
    return status;
}

int mh_snapshot_load(mlhead *db, unsigned char *bytes, sqlite3_int64 size)
{
    int rc =
        sqlite3_open_v2(":memory:", &db->sql, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_free(bytes);
        return mh_sqlite_fail(db, rc, "opening a connection");
    }
    /* The copy in memory has no WAL beside it (check_beside made sure
     * none held anything): SQLite reads it as a rollback-journal file. */
    bytes[18] = bytes[19] = 1;
    /* Read-write in memory, so that integrity_check checks CHECK
     * constraints too; nothing is ever written back, there is no file. */
    rc = sqlite3_deserialize(db->sql, "main", bytes, size, size,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc == SQLITE_ERROR && sqlite3_errcode(db->sql) == SQLITE_NOMEM)
        rc = SQLITE_NOMEM;
    return rc == SQLITE_OK ? MLHEAD_OK : mh_sqlite_fail(db, rc, "loading the file");
}
