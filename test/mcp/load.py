#!/usr/bin/env python3
# test/mcp/load.py - an MCP server over Streamable HTTP under load and
# faults, on 127.0.0.1 only, stopping by itself.
#   load    wrk POSTs tools/call salary_range at 1, 8 and 64 connections,
#           SECONDS each (test/mcp/salary.lua): 0 socket errors, 0 timeouts,
#           0 non-2xx, and every answer byte for byte the expected one, which
#           is first checked against `mlhead --json salary ROLE`;
#   memory  the server's VmRSS, sampled every 50 ms during each run: the
#           most of the last second is at most RSS_SLACK_KIB above the most
#           of the first second (a leak of 100 bytes a request at 10,000
#           requests a second would grow it by 2 MB);
#   faults  a wrk killed mid-run, clients killed after half a request,
#           half-sent bodies held open then dropped, requests whose client
#           resets before the answer, 10,000 connections opened and dropped;
#           after each the server is up, answers correctly, and its RSS is
#           within FAULT_SLACK_KIB of what it was after the load;
#   exit    SIGTERM ends it with status 0.
# With --sanitized (a server built with ASan, whose quarantine holds freed
# memory so that RSS grows by design, or run by valgrind) memory is checked
# by the tool's leak report at exit instead: the exit status after SIGTERM,
# which the tool makes non-zero on a leak or an error, must still be 0.
#
# usage: python3 test/mcp/load.py [--sanitized] MLHEAD_CLI SECONDS -- SERVER_COMMAND...
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from httpserver import HTTPServer, rss_kib  # noqa: E402

RSS_SLACK_KIB = 1024
FAULT_SLACK_KIB = 8192
ROLE = "Head of ML"
LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "salary.lua")

args = sys.argv[1:]
sanitized = args[:1] == ["--sanitized"]
args = args[1:] if sanitized else args
cli, seconds = args[0], int(args[1])
assert args[2] == "--", __doc__
server = HTTPServer(args[3:])
failures = []
count = 0


def check(name, ok, detail=""):
    global count
    count += 1
    if not ok:
        failures.append("%s%s" % (name, ": " + detail if detail else ""))
    return ok


REQUEST = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                      "params": {"name": "salary_range", "arguments": {"role": ROLE}}}).encode()
truth = json.loads(subprocess.run([cli, "--json", "salary", ROLE], check=True,
                                  stdout=subprocess.PIPE).stdout)
status, _, EXPECTED = server.post(REQUEST)
got = json.loads(EXPECTED)
check("the first answer is the command's", status == 200 and
      got["result"]["structuredContent"]["salary"] == truth, "HTTP %d %r" % (status, got))


def answers_right(name):
    """The server is up and gives the expected answer, on a fresh connection."""
    try:
        s, _, body = server.post(REQUEST)
        return check(name, server.alive() and s == 200 and body == EXPECTED,
                     "HTTP %d %r" % (s, body[:200]))
    except OSError as e:
        return check(name, False, "%s (server %s)" % (e, "up" if server.alive() else "down"))


tmp = tempfile.mkdtemp()
req_file, want_file = os.path.join(tmp, "request.json"), os.path.join(tmp, "expected.json")
open(req_file, "wb").write(REQUEST)
open(want_file, "wb").write(EXPECTED)


def wrk(conns, secs):
    return subprocess.Popen(["wrk", "-t%d" % min(conns, 2), "-c%d" % conns, "-d%ds" % secs,
                             "--timeout", "5s", "-s", LUA, server.url, "--", req_file, want_file],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


# ---- load ------------------------------------------------------------------
for conns in (1, 8, 64):
    name = "%d connections, %d s" % (conns, seconds)
    samples = []
    w = wrk(conns, seconds)
    t0 = time.monotonic()
    while w.poll() is None:
        samples.append((time.monotonic() - t0, rss_kib(server.pid)))
        time.sleep(0.05)
    out, err = w.communicate()
    line = [x for x in out.decode().splitlines() if x.startswith("{")]
    if not check(name + ": wrk ran", w.returncode == 0 and line, err.decode()[-300:]):
        continue
    r = json.loads(line[-1])
    print("%s: %d requests, %.0f/s, p50 %d us, p99 %d us" % (name, r["requests"], r["rps"],
                                                             r["p50"], r["p99"]))
    errors = {k: r[k] for k in ("connect", "read", "write", "timeout", "status") if r[k]}
    check(name + ": no errors", not errors, repr(errors))
    check(name + ": every answer checked", r["requests"] > 0 and r["checked"] == r["requests"],
          "%d of %d" % (r["checked"], r["requests"]))
    check(name + ": no wrong answers", r["wrong"] == 0, "%d wrong" % r["wrong"])
    first = max(k for t, k in samples if t <= 1.0)
    last = max(k for t, k in samples if t >= samples[-1][0] - 1.0)
    print("%s: VmRSS %d KiB in the first second, %d KiB in the last" % (name, first, last))
    if not sanitized:
        check(name + ": RSS flat", last <= first + RSS_SLACK_KIB,
              "%d KiB -> %d KiB (slack %d)" % (first, last, RSS_SLACK_KIB))
    answers_right(name + ": answers after")
base_rss = rss_kib(server.pid)


def rss_bounded(name):
    now = rss_kib(server.pid)
    if not sanitized:
        check(name + ": RSS bounded", now <= base_rss + FAULT_SLACK_KIB,
              "%d KiB after the load, %d KiB now" % (base_rss, now))


def head(length):
    return ("POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
            "Accept: application/json, text/event-stream\r\nContent-Length: %d\r\n\r\n"
            % (server.path, server.host, server.port, length)).encode()


def connect():
    return socket.create_connection((server.host, server.port), timeout=10)


def reset(sock):
    """Closes with a TCP RST rather than a FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


# ---- faults ----------------------------------------------------------------
# A wrk killed mid-run: 64 connections gone at once, some mid-request.
w = wrk(64, 30)
time.sleep(1.0)
w.send_signal(signal.SIGKILL)
w.wait()
answers_right("wrk killed mid-run")
rss_bounded("wrk killed mid-run")

# Clients killed after sending half a request: processes that connect, send
# the headers and half the body, then are killed by SIGKILL.
half = head(len(REQUEST)) + REQUEST[:len(REQUEST) // 2]
script = ("import socket,sys,time\ns=socket.create_connection((%r,%d))\ns.sendall(%r)\n"
          "sys.stdout.write('sent\\n'); sys.stdout.flush(); time.sleep(60)\n"
          % (server.host, server.port, half))
kids = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        for _ in range(32)]
for k in kids:
    k.stdout.readline()
answers_right("while 32 clients hold half a request")
for k in kids:
    k.kill()
    k.wait()
answers_right("32 clients killed after half a request")

# Half-sent bodies: the headers promise more than comes, then the client
# closes (FIN), or resets; and half-sent headers.
for how in ("close", "reset"):
    socks = []
    for i in range(100):
        s = connect()
        s.sendall(half if i % 2 else head(len(REQUEST))[:20])
        socks.append(s)
    answers_right("while 100 half-sent requests are open (%s next)" % how)
    for s in socks:
        s.close() if how == "close" else reset(s)
    answers_right("100 half-sent requests, then %s" % how)

# Whole requests whose client resets before reading the answer (the
# server's write then meets a closed socket: no SIGPIPE may end it).
for _ in range(200):
    s = connect()
    s.sendall(head(len(REQUEST)) + REQUEST)
    reset(s)
answers_right("200 clients reset before their answer")

# 10,000 connections opened and dropped, 100 open at a time, every other
# one reset; none sends a byte.
for batch in range(100):
    socks = [connect() for _ in range(100)]
    for i, s in enumerate(socks):
        s.close() if i % 2 else reset(s)
answers_right("10,000 connections opened and dropped")
rss_bounded("after every fault")

# A keep-alive connection still serves many requests in a row.
c = server.connection()
right = sum(1 for _ in range(100) if server.post(REQUEST, conn=c)[2] == EXPECTED)
c.close()
check("100 requests on one connection after the faults", right == 100, "%d right" % right)

status = server.stop()
check("SIGTERM ends the server with 0", status == 0, "status %r, stderr %r" %
      (status, server.stderr[-300:]))
for f in failures:
    print("FAIL", f)
print("test/mcp/load.py: %d checks, %d failed" % (count, len(failures)))
sys.exit(1 if failures else 0)
