#!/usr/bin/env python3
# bench/mcp/streamable.py - `mlhead mcp --http` beside the reference server
# (reference.cjs --http: the TypeScript SDK's Streamable HTTP transport) in
# one run, driven the same way: wrk POSTs tools/call salary_range
# (test/mcp/salary.lua) over keep-alive connections to each in turn, at 1,
# 8 and 64 connections, SECONDS each after a one-second warm-up; requests
# per second, wrk's p50 and p99 latency, and the server's CPU time (user and
# system, all its threads) per request, which the load of the machine
# inflates less than it inflates a round trip.  The two must give the same
# facts and no request may fail, or the race means nothing.  Prints a
# Markdown table with the load average and whether each target is met.
#
# usage: python3 bench/mcp/streamable.py SECONDS -- MLHEAD_COMMAND... -- REFERENCE_COMMAND...
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "test", "mcp"))
from httpserver import HTTPServer, cpu_seconds  # noqa: E402

LUA = os.path.join(HERE, "..", "..", "test", "mcp", "salary.lua")
CONNS = (1, 8, 64)

seconds = int(sys.argv[1])
assert sys.argv[2] == "--", __doc__
rest = sys.argv[3:]
cut = rest.index("--")
names = ["mlhead mcp --http", "reference (SDK Streamable HTTP)"]
servers = [HTTPServer(rest[:cut]), HTTPServer(rest[cut + 1:])]

request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                      "params": {"name": "salary_range", "arguments": {"role": "Head of ML"}}})
tmp = tempfile.mkdtemp()
req_file = os.path.join(tmp, "request.json")
open(req_file, "w").write(request)

facts = []
for s in servers:
    status, _, body = s.post(request.encode())
    assert status == 200, (status, body)
    facts.append(json.loads(body)["result"]["structuredContent"]["salary"])
if facts[0] != facts[1]:
    sys.exit("the servers disagree on the facts: %r / %r" % tuple(facts))


def wrk(server, conns, secs):
    out = subprocess.run(["wrk", "-t%d" % min(conns, 2), "-c%d" % conns, "-d%ds" % secs,
                          "--timeout", "10s", "-s", LUA, server.url, "--", req_file],
                         check=True, stdout=subprocess.PIPE).stdout.decode()
    r = json.loads([x for x in out.splitlines() if x.startswith("{")][-1])
    errors = {k: r[k] for k in ("connect", "read", "write", "timeout", "status") if r[k]}
    if errors:
        sys.exit("%s at %d connections: errors %r" % (server.url, conns, errors))
    return r


load = []
results = {}
for conns in CONNS:
    for i, s in enumerate(servers):
        wrk(s, conns, 1)  # warm-up
        load.append(os.getloadavg()[0])
        cpu = cpu_seconds(s.pid)
        results[i, conns] = r = wrk(s, conns, seconds)
        r["cpu_us"] = (cpu_seconds(s.pid) - cpu) * 1e6 / r["requests"]
for s in servers:
    s.stop()

ms = lambda us: "%.2f ms" % (us / 1000)
print("MCP over Streamable HTTP, one run: wrk, tools/call salary_range, %d s per cell;" % seconds)
print("load average %.1f to %.1f on %d CPUs (wrk runs on the same machine)\n"
      % (min(load), max(load), os.cpu_count()))
print("| connections | server | req/s | p50 | p99 | server CPU per request |")
print("|---|---|---|---|---|---|")
for c in CONNS:
    for i, name in enumerate(names):
        r = results[i, c]
        print("| %d | %s | %.0f | %s | %s | %.0f us |" % (c, name, r["rps"], ms(r["p50"]),
                                                        ms(r["p99"]), r["cpu_us"]))
    print("| %d | mlhead / reference | %.1fx | | | %.1fx less |" % (
        c, results[0, c]["rps"] / results[1, c]["rps"],
        results[1, c]["cpu_us"] / results[0, c]["cpu_us"]))
a, b = results[0, 64], results[1, 64]
ratio = a["rps"] / b["rps"]
print("\ntargets at 64 connections: throughput >= 5x the reference's: %.1fx, %s;"
      % (ratio, "met" if ratio >= 5 else "NOT met"))
print("mlhead's p99 below the reference's p50: %s < %s, %s"
      % (ms(a["p99"]), ms(b["p50"]), "met" if a["p99"] < b["p50"] else "NOT met"))
