#!/usr/bin/env python3
# test/mcp/conformance.py - the MCP conformance suite's server scenarios
# against an MCP server over Streamable HTTP.  Starts the server (its
# command listens on port 0 and names its URL on stderr), runs every active
# server scenario with the committed expected failures, then stops the
# server with SIGTERM, which must exit 0.  The suite itself fails the run on
# a failure not in the file and on a listed scenario that now passes; this
# script also refuses a file that lists one of the scenarios every server
# must pass.
#
# usage: python3 test/mcp/conformance.py NODE SUITE_JS EXPECTED_FAILURES -- SERVER_COMMAND...
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from httpserver import HTTPServer  # noqa: E402

MUST_PASS = ["server-initialize", "ping", "tools-list", "resources-list", "prompts-list",
             "logging-set-level", "dns-rebinding-protection"]

node, suite, expected = sys.argv[1:4]
assert sys.argv[4] == "--", __doc__
cmd = sys.argv[5:]

listed = re.findall(r"^\s*-\s*(\S+)", open(expected).read(), re.M)
bad = sorted(set(listed) & set(MUST_PASS))
if bad:
    sys.exit("%s lists scenarios every server must pass: %s" % (expected, ", ".join(bad)))

server = HTTPServer(cmd)
with tempfile.TemporaryDirectory() as tmp:  # the suite may write results/ under its cwd
    run = subprocess.run([os.path.abspath(node), os.path.abspath(suite), "server", "--url", server.url,
                          "--expected-failures", os.path.abspath(expected)],
                         cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out = run.stdout.decode(errors="replace")
alive = server.alive()
status = server.stop()
# The summary and the baseline's verdict; the whole log on a failure.
summary = out[out.find("=== SUMMARY ==="):] if "=== SUMMARY ===" in out else out
print(out if run.returncode else summary.rstrip())
problems = []
if run.returncode:
    problems.append("the suite exited %d" % run.returncode)
for s in MUST_PASS:
    if not re.search(r"^✓ %s: [1-9]\d* passed, 0 failed" % re.escape(s), out, re.M):
        problems.append("scenario %s did not pass" % s)
if not alive:
    problems.append("the server died during the suite")
if status != 0:
    problems.append("the server's exit after SIGTERM: %r" % status)
for p in problems:
    print("FAIL", p)
print("test/mcp/conformance.py: %d scenarios listed as expected failures, %d problems"
      % (len(listed), len(problems)))
sys.exit(1 if problems else 0)
