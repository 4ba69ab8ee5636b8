#!/usr/bin/env python3
# test/mcp/transport.py - `mlhead mcp --http` over 127.0.0.1: the round trip
# (the same answers as over stdio), the statuses of the transport (404,
# 405, 400, 406, 413, 415, 202), its security defaults (Origin and Host
# checks, the size limit read no further than it must, slow clients timed
# out, the connection limit, nothing of the request echoed into a header),
# the option errors, and SIGTERM draining a request in flight to exit 0.
# Each server listens on port 0 and says its port on stderr.
#
# usage: python3 test/mcp/transport.py [RUNNER...] SERVER_COMMAND...
import json
import os
import signal
import socket
import shutil
import subprocess
import tempfile
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from httpserver import HTTPServer  # noqa: E402

CMD = sys.argv[1:]
MAX = 1024 * 1024  # MCP_MESSAGE_MAX in mcp/mcp.h
TIMEOUT = 2        # --http-timeout given to the servers under test
HEADERS = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
INIT = {"protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "http-test", "version": "1"}}
failures = []
count = 0


def msg(method, params=None, id=1):
    m = {"jsonrpc": "2.0", "method": method}
    if id is not None:
        m["id"] = id
    if params is not None:
        m["params"] = params
    return json.dumps(m).encode()


SALARY = msg("tools/call", {"name": "salary_range", "arguments": {"role": "head of ml"}}, id=7)


class Server(HTTPServer):
    """The server under test on port 0, with the short idle timeout."""

    def __init__(self, *options):
        HTTPServer.__init__(self, CMD + ["--http", "0", "--http-timeout", str(TIMEOUT)]
                            + list(options), wait=60)
        first = self.stderr.decode()
        assert first == "mlhead mcp: listening on %s\n" % self.url, first
        assert self.url == "http://127.0.0.1:%d/mcp" % self.port, self.url

    def send(self, body, headers=HEADERS, path="/mcp", method="POST"):
        """Any method and path, these headers only; (status, lower-cased headers, body)."""
        c = self.connection()
        c.request(method, path, body=body, headers=headers)
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def raw(self, data, wait=30):
        """Sends bytes on a fresh connection; returns all it gets until closed."""
        s = socket.create_connection(("127.0.0.1", self.port), timeout=wait)
        s.sendall(data)
        try:
            return read_response(s)
        finally:
            s.close()


def read_response(s):
    """Reads from socket s until a whole response or the end; returns the bytes."""
    got = b""
    while not response_complete(got):
        piece = s.recv(65536)
        if not piece:
            break
        got += piece
    return got


def response_complete(data):
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def status_of(data):
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.") else None


def case(name, fn):
    global count
    count += 1
    try:
        fn()
    except Exception as e:  # a failed assertion, a refused connection, a timeout
        failures.append("%s: %s: %s" % (name, type(e).__name__, e))


def expect_status(srv, name, want, body=None, headers=HEADERS, **kw):
    def run():
        status, hdrs, data = srv.send(body if body is not None else msg("ping"), headers, **kw)
        assert status == want, "status %d, want %d: %r" % (status, want, data[:200])
        if want >= 400:
            # Every refusal says why as a JSON-RPC error without id.
            e = json.loads(data)
            assert e["id"] is None and e["error"]["message"], e
            assert hdrs.get("content-type") == "application/json", hdrs
    case(name, run)


def with_headers(**changes):
    h = dict(HEADERS)
    for k, v in changes.items():
        k = k.replace("_", "-")
        if v is None:
            h.pop(k, None)
        else:
            h[k] = v
    return h


def stdio_answer(line):
    p = subprocess.run(CMD, input=msg("initialize", INIT, id=0) + b"\n" + line + b"\n",
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
    return json.loads(p.stdout.splitlines()[1])


main = Server("--allow-origin", "https://app.example.com", "--http-threads", "2")


# ---- the round trip: the same answers as stdio gives ----
def round_trip():
    status, hdrs, data = main.send(msg("initialize", INIT))
    assert status == 200 and hdrs["content-type"] == "application/json", (status, hdrs)
    r = json.loads(data)
    assert r["id"] == 1 and r["result"]["protocolVersion"] == "2025-11-25", r
    assert "mcp-session-id" not in hdrs, "a stateless server issues no session id"
    status, _, data = main.send(msg("notifications/initialized", id=None))
    assert status == 202 and data == b"", (status, data)
    status, _, data = main.send(msg("tools/list", id=2))
    names = [t["name"] for t in json.loads(data)["result"]["tools"]]
    assert status == 200 and "salary_range" in names, names
    status, _, data = main.send(SALARY)
    got = json.loads(data)
    assert status == 200 and got == stdio_answer(SALARY), got
    band = got["result"]["structuredContent"]["salary"]
    assert band["role"] == "Head of Machine Learning" and band["min"]["usd"] > 0, band


case("initialize, tools/list, tools/call salary_range as over stdio", round_trip)


def no_initialize_needed():
    status, _, data = main.send(SALARY, with_headers(MCP_Protocol_Version="2025-11-25"))
    assert status == 200 and json.loads(data)["result"]["structuredContent"], data[:200]


case("a request needs no initialize before it (stateless)", no_initialize_needed)


def initialize_twice():
    for _ in range(2):
        status, _, data = main.send(msg("initialize", dict(INIT, protocolVersion="2025-06-18")))
        assert status == 200 and json.loads(data)["result"]["protocolVersion"] == "2025-06-18"


case("initialize may come again: each request stands alone", initialize_twice)


def version_header_selects():
    bad = msg("tools/call", {"name": "salary_range", "arguments": {}}, id=3)
    _, _, data = main.send(bad, with_headers(MCP_Protocol_Version="2025-06-18"))
    assert json.loads(data)["error"]["code"] == -32602, data  # 2025-06-18: a protocol error
    _, _, data = main.send(bad, with_headers(MCP_Protocol_Version="2025-11-25"))
    assert json.loads(data)["result"]["isError"] is True, data  # 2025-11-25: a tool error


case("MCP-Protocol-Version chooses the version the request is answered at",
     version_header_selects)

expect_status(main, "a notification: 202", 202, msg("notifications/cancelled", {}, id=None))
expect_status(main, "a response from the client: 202", 202,
              json.dumps({"jsonrpc": "2.0", "id": 5, "result": {}}).encode())
expect_status(main, "a parse error: 400", 400, b"{not json")
expect_status(main, "an empty body: 400", 400, b"")
expect_status(main, "a batch: 400", 400, b"[" + msg("ping") + b"]")
expect_status(main, "a method not found is a response: 200", 200, msg("nope/nope"))

# ---- methods and paths ----
expect_status(main, "GET /mcp: 405 (no SSE stream)", 405, b"", method="GET")
expect_status(main, "DELETE /mcp: 405 (no sessions)", 405, b"", method="DELETE")
expect_status(main, "PUT /mcp: 405", 405, method="PUT")
expect_status(main, "another path: 404", 404, path="/")
expect_status(main, "/mcp/ is another path: 404", 404, path="/mcp/")
expect_status(main, "/mcpx: 404", 404, path="/mcpx")


def allow_header():
    status, hdrs, _ = main.send(b"", method="GET")
    assert status == 405 and hdrs.get("allow") == "POST, OPTIONS", hdrs


case("405 says Allow: POST, OPTIONS", allow_header)


# ---- CORS, for the origins allowed ----
def cors():
    status, hdrs, data = main.send(b"", with_headers(Origin="https://app.example.com"),
                                   method="OPTIONS")
    assert status == 204 and data == b"", (status, data)
    assert hdrs.get("access-control-allow-origin") == "https://app.example.com", hdrs
    assert hdrs.get("access-control-allow-methods") == "POST", hdrs
    assert "mcp-protocol-version" in hdrs.get("access-control-allow-headers", "").lower(), hdrs
    assert hdrs.get("vary") == "Origin", hdrs
    status, hdrs, _ = main.send(msg("ping"), with_headers(Origin="http://localhost:3000"))
    assert status == 200 and hdrs.get("access-control-allow-origin") == "http://localhost:3000"
    status, hdrs, _ = main.send(msg("ping"))
    assert status == 200 and "access-control-allow-origin" not in hdrs, hdrs
    status, hdrs, _ = main.send(b"", with_headers(Origin="http://evil.example"), method="OPTIONS")
    assert status == 403 and "access-control-allow-origin" not in hdrs, hdrs
    status, hdrs, _ = main.send(b"", method="OPTIONS")
    assert status == 204 and "access-control-allow-origin" not in hdrs, hdrs


case("CORS: a preflight and an answer name an allowed Origin, never a refused one", cors)

# ---- Origin and Host (DNS rebinding) ----
for origin, want in [("http://evil.example", 403), ("http://localhost.evil.example", 403),
                     ("http://127.0.0.1.evil.example:80", 403), ("null", 403),
                     ("http://localhost:abc", 403), ("file://", 403),
                     ("https://app.example.com.evil", 403), ("http://app.example.com", 403),
                     ("http://localhost", 200), ("http://localhost:3000", 200),
                     ("https://127.0.0.1:8443", 200), ("http://[::1]:9", 200),
                     ("https://app.example.com", 200), ("HTTPS://APP.EXAMPLE.COM", 200)]:
    expect_status(main, "Origin %s: %d" % (origin, want), want, headers=with_headers(Origin=origin))
for host, want in [("evil.example.com", 403), ("evil.example.com:%d" % main.port, 403),
                   ("localhost.evil.example", 403), ("127.0.0.2", 403),
                   ("localhost:%d" % main.port, 200), ("127.0.0.1", 200), ("[::1]:1", 200)]:
    expect_status(main, "Host %s: %d" % (host, want), want, headers=with_headers(Host=host))

# ---- media types and the version header ----
for accept, want in [(None, 406), ("application/json", 406), ("text/event-stream", 406),
                     ("application/json, text/event-stream;q=0", 406), ("text/html", 406),
                     ("*/*", 200), ("application/*, text/*", 200),
                     ("text/event-stream ; q=0.5 , application/json", 200)]:
    expect_status(main, "Accept %s: %d" % (accept, want), want, headers=with_headers(Accept=accept))
for ctype, want in [(None, 415), ("text/plain", 415), ("application/jsonx", 415),
                    ("application/x-www-form-urlencoded", 415),
                    ("application/json; charset=utf-8", 200), ("Application/JSON", 200)]:
    expect_status(main, "Content-Type %s: %d" % (ctype, want), want,
                  headers=with_headers(Content_Type=ctype))
for version, want in [("2099-01-01", 400), ("2000-01-01", 400), ("invalid-protocol-version", 400),
                      ("2025-03-26", 400), ("2025-06-18", 200), ("2025-11-25", 200)]:
    expect_status(main, "MCP-Protocol-Version %s: %d" % (version, want), want,
                  headers=with_headers(MCP_Protocol_Version=version))


# ---- the size limit ----
def at_the_limit():
    body = msg("ping")
    body = body + b" " * (MAX - len(body))
    status, _, data = main.send(body)
    assert status == 200 and json.loads(data)["result"] == {}, (status, data[:200])


case("a body of exactly the limit is answered", at_the_limit)


def head(length_line, extra=b""):
    return (b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Accept: application/json, text/event-stream\r\n" + length_line + b"\r\n" + extra)


def over_by_length():
    # Only 100 bytes of the announced body are sent: the answer must not wait for more.
    got = main.raw(head(b"Content-Length: %d\r\n" % (MAX + 1), b"{" * 100), wait=10)
    assert status_of(got) == 413, got[:200]


case("Content-Length over the limit: 413 before the body is read", over_by_length)


def over_by_chunks():
    # No answer can go before a chunked body ends: the server closes the
    # connection once the body passes the limit, before the client is done.
    s = socket.create_connection(("127.0.0.1", main.port), timeout=10)
    s.sendall(head(b"Transfer-Encoding: chunked\r\n"))
    chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
    # 32 MiB: more than the limit and both sockets' buffers can take, so
    # a server that read on would take it all.
    sent, cut = 0, False
    try:
        for _ in range(32 * MAX // 65536):
            s.sendall(chunk)
            sent += 65536
    except OSError:
        cut = True
    got = b""
    try:
        got = s.recv(65536)
    except OSError:
        pass
    s.close()
    assert got == b"", got[:200]
    assert cut, "the server read all %d bytes" % sent


case("a chunked body that grows over the limit: the connection is closed", over_by_chunks)


def chunked_within():
    body = msg("ping", id="chunked")
    got = main.raw(head(b"Transfer-Encoding: chunked\r\n", b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n"
                        % (5, body[:5], len(body) - 5, body[5:])))
    assert status_of(got) == 200, got[:200]
    assert json.loads(got.partition(b"\r\n\r\n")[2])["id"] == "chunked", got


case("a chunked body within the limit is answered", chunked_within)


def mhd_too_large():
    status, _, _ = main.send(b"{}", with_headers(Content_Length="99999999999999999999999"))
    assert status == 413, status


case("a Content-Length past any number: 413", mhd_too_large)


# ---- slow clients ----
def slow_client():
    s = socket.create_connection(("127.0.0.1", main.port), timeout=TIMEOUT + 20)
    s.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")  # and no more
    start = time.time()
    status, _, _ = main.send(msg("ping"))  # others are answered meanwhile
    assert status == 200
    closed = s.recv(100) == b""  # blocks until the server drops it
    waited = time.time() - start
    s.close()
    assert closed, "the server answered half a request"
    assert TIMEOUT - 0.5 <= waited <= TIMEOUT + 15, "dropped after %.1f s" % waited


case("a client that stops half-way through its headers is dropped after the timeout",
     slow_client)


def slow_body():
    s = socket.create_connection(("127.0.0.1", main.port), timeout=TIMEOUT + 20)
    s.sendall(head(b"Content-Length: 100\r\n", b'{"jsonrpc":'))
    start = time.time()
    got = s.recv(4096)
    waited = time.time() - start
    s.close()
    assert got == b"" or status_of(got) is None or status_of(got) >= 400, got[:200]
    assert waited >= TIMEOUT - 0.5, "dropped after %.1f s" % waited


case("a client that stops half-way through its body is dropped after the timeout", slow_body)


# ---- nothing of the request in a response header ----
def no_echo():
    evil = "1\r\nSet-Cookie: pwned=1\r\nX-Injected: 1"
    body = json.dumps({"jsonrpc": "2.0", "id": evil, "method": "ping"}).encode()
    got = main.raw(head(b"Content-Length: %d\r\nMcp-Session-Id: abc\r\nX-Echo: "
                        b"a\rSet-Cookie: b\r\n" % len(body), body))
    headers, _, payload = got.partition(b"\r\n\r\n")
    assert status_of(got) in (200, 400), got[:300]
    lowered = headers.lower()
    for word in (b"set-cookie", b"x-injected", b"mcp-session-id", b"pwned", b"x-echo"):
        assert word not in lowered, "echoed into a header: %r" % headers
    if status_of(got) == 200:
        assert json.loads(payload)["id"] == evil, payload


case("CR/LF in an id or a header reaches no response header", no_echo)


def no_echo_path():
    got = main.raw(b"GET /mcp%0d%0aSet-Cookie:%20x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert status_of(got) == 404 and b"set-cookie" not in got.lower(), got[:300]


case("CR/LF encoded in the path reaches no header", no_echo_path)


def bare_cr_header():
    got = main.raw(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\rX-Injected: 1\r\n"
                   b"Content-Length: 2\r\n\r\n{}")
    assert b"x-injected" not in got.lower().partition(b"\r\n\r\n")[0], got[:300]


case("a bare CR inside a header is not taken as a new header line", bare_cr_header)


def huge_header():
    got = main.raw(head(b"Content-Length: 2\r\nX-Big: %s\r\n" % (b"a" * 100000), b"{}"))
    assert status_of(got) == 431, got[:200]


case("headers over libmicrohttpd's per-connection memory: 431", huge_header)


def isolated():
    # Requests at both versions at once, on every thread: each answered at
    # its own header's version, whatever the thread served before.
    bad = msg("tools/call", {"name": "salary_range", "arguments": {}}, id=3)
    wrong = []

    def worker(version):
        for _ in range(25):
            _, _, data = main.send(bad, with_headers(MCP_Protocol_Version=version))
            r = json.loads(data)
            if ("error" in r) != (version == "2025-06-18"):
                wrong.append((version, r))
    threads = [threading.Thread(target=worker, args=(v,))
               for v in ("2025-06-18", "2025-11-25") * 4]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong, wrong[:2]


case("concurrent requests at two versions: each answered at its own", isolated)


def still_up():
    status, _, _ = main.send(SALARY)
    assert status == 200 and main.p.poll() is None


case("after all of that the server still answers", still_up)


# ---- the connection limit ----
def connection_limit():
    srv = Server("--http-connections", "3", "--http-threads", "1", "--http-timeout", "60")
    held = [socket.create_connection(("127.0.0.1", srv.port), timeout=10) for _ in range(3)]
    time.sleep(0.3)
    extra = socket.create_connection(("127.0.0.1", srv.port), timeout=1.5)
    body = msg("ping")
    extra.sendall(head(b"Content-Length: %d\r\n" % len(body), body))
    try:
        got = extra.recv(100)
    except socket.timeout:
        got = None
    assert got is None, "a fourth connection was served at once: %r" % got
    for s in held:
        s.close()
    extra.settimeout(10)
    got = read_response(extra)
    extra.close()
    assert status_of(got) == 200, "not served once the others closed: %r" % got[:200]
    srv.p.send_signal(signal.SIGINT)
    code = srv.p.wait(timeout=60)
    assert code == 0, "SIGINT: exit %r" % code


case("the connection limit: one over it waits, served once another closes; SIGINT exits 0",
     connection_limit)


def ipv6():
    srv = HTTPServer(CMD + ["--http", "[::1]:0"], wait=60)
    try:
        assert srv.url == "http://[::1]:%d/mcp" % srv.port, srv.url
        assert srv.rpc("ping")["result"] == {}
    finally:
        code = srv.stop(60)
    assert code == 0, "exit %r" % code


case("--http [::1]:0 listens on IPv6 loopback and says so", ipv6)


# ---- SIGTERM drains a request in flight ----
def drain():
    srv = Server()
    body = SALARY
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=30)
    s.sendall(head(b"Content-Length: %d\r\n" % len(body), body[:10]))
    time.sleep(0.5)
    srv.p.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    assert srv.p.poll() is None, "exited with a request in flight"
    try:
        late = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
        late.close()
        raise AssertionError("still accepting new connections while draining")
    except ConnectionRefusedError:
        pass
    s.sendall(body[10:])
    got = read_response(s)
    s.close()
    assert status_of(got) == 200, got[:200]
    assert b"\r\nconnection: close\r\n" in got.partition(b"\r\n\r\n")[0].lower() + b"\r\n", got
    answer = json.loads(got.partition(b"\r\n\r\n")[2])
    assert answer["id"] == 7 and "result" in answer, answer
    code = srv.p.wait(timeout=60)
    assert code == 0, "exit %r; stderr %r" % (code, srv.stderr[-2000:])


case("SIGTERM: the request in flight completes, then exit 0", drain)


# ---- option errors: status 2 and a message, nothing served ----
def refused(args, words, env=None, why=""):
    def run():
        p = subprocess.run(CMD + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120,
                           env=dict(os.environ, **env) if env else None)
        err = p.stderr.decode()
        assert p.returncode == 2, "exit %r: %r" % (p.returncode, err)
        assert words in err and p.stdout == b"", err
    case("mcp %s%s: exit 2" % (" ".join(args), why), run)


refused(["--http"], "--http needs [ADDR:]PORT")
refused(["--http", "65536"], "--http needs [ADDR:]PORT")
refused(["--http", "1.2.3:80"], "not a numeric IPv4 or IPv6 address")
refused(["--http", "127.0.0.1:%d" % main.port], "cannot listen on 127.0.0.1:%d" % main.port)
refused(["--http-timeout", "5"], "go with --http only")
refused(["--http", "0", "--http-timeout", "0"], "--http-timeout needs SECONDS")
refused(["--http", "0", "--http-threads", "65"], "--http-threads needs N")
refused(["--http", "0", "--http-connections", "x"], "--http-connections needs N")
refused(["--http", "0", "--allow-origin", "a b"], "--allow-origin needs an ORIGIN")
refused(["--http", "0", "--allow-host"], "--allow-host needs a HOST")
refused(["--http", "0", "extra"], "unknown option or operand \"extra\"")

# libmicrohttpd is loaded for --http only: a library that cannot be
# loaded is refused with the loader's words, and the stdio server (like
# every other command) starts without loading it at all.
BOGUS = tempfile.mkdtemp(prefix="mlhead-mhd-")
open(os.path.join(BOGUS, "libmicrohttpd.so.12"), "wb").close()
refused(["--http", "0"], "--http needs libmicrohttpd: ", {"LD_LIBRARY_PATH": BOGUS},
        " with a libmicrohttpd that cannot load")
shutil.rmtree(BOGUS)


def stdio_loads_no_http():
    p = subprocess.run(CMD, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120,
                       env=dict(os.environ, LD_DEBUG="files"))
    err = p.stderr.decode(errors="replace")
    assert p.returncode == 0, "exit %r: %r" % (p.returncode, err[-2000:])
    assert "libc.so" in err, "LD_DEBUG said nothing: %r" % err[-500:]
    assert "libmicrohttpd" not in err, "the stdio server loaded libmicrohttpd"


case("mcp over stdio starts without loading libmicrohttpd", stdio_loads_no_http)


def main_stops():
    code = main.stop(60)
    assert code == 0, "exit %r" % code
    said = main.stderr.decode(errors="replace")
    assert "ERROR SUMMARY" not in said and "runtime error" not in said, said[-2000:]


case("SIGTERM on an idle server: exit 0", main_stops)

for f in failures:
    print("FAIL", f)
print("test/mcp/transport.py: %d cases, %d failed" % (count, len(failures)))
sys.exit(1 if failures else 0)
