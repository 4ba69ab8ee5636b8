# test/mcp/httpserver.py - what the HTTP suites share: start an MCP server
# that listens on port 0 and read its URL from the line it writes to stderr
# ("...: listening on http://ADDR:PORT/mcp"); POST one body and read the
# answer; a process's CPU time and resident memory.  Imported by hostile.py, load.py,
# conformance.py and bench/mcp/streamable.py.
import http.client
import json
import os
import re
import subprocess
import threading
import time
import urllib.parse

LISTENING = re.compile(rb"listening on (http://\S+)")
HEADERS = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}


class HTTPServer:
    """A server command run with its stderr watched; .url once it listens."""

    def __init__(self, cmd, wait=30):
        self.p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
        self.stderr = b""
        deadline = time.monotonic() + wait
        self.url = None
        while self.url is None:
            line = self.p.stderr.readline()
            if not line or time.monotonic() > deadline:
                self.p.kill()
                raise RuntimeError("%s: no listening line (stderr %r)" % (cmd[0], self.stderr))
            self.stderr += line
            m = LISTENING.search(line)
            if m:
                self.url = m.group(1).decode()
        # Keep reading stderr so that the server never blocks on it.
        self._drain = threading.Thread(target=self._read_rest, daemon=True)
        self._drain.start()
        u = urllib.parse.urlsplit(self.url)
        self.host, self.port, self.path = u.hostname, u.port, u.path
        self.pid = self.p.pid

    def _read_rest(self):
        for line in self.p.stderr:
            self.stderr += line

    def connection(self, timeout=30):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def post(self, body, headers=None, conn=None):
        """POSTs body (bytes); returns (status, headers, body bytes)."""
        own = conn is None
        c = conn or self.connection()
        try:
            try:
                c.request("POST", self.path, body=body, headers=dict(HEADERS, **(headers or {})))
            except (BrokenPipeError, ConnectionResetError):
                pass  # answered (413) and closed before the whole body went: read the answer
            r = c.getresponse()
            out = r.status, r.headers, r.read()
            if r.will_close:
                c.close()  # http.client reconnects on the next request
            return out
        except Exception:
            c.close()
            raise
        finally:
            if own:
                c.close()

    def rpc(self, method, params=None, id=1):
        """One request; returns the decoded JSON-RPC answer (status 200 asserted)."""
        m = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            m["params"] = params
        status, _, body = self.post(json.dumps(m).encode())
        if status != 200:
            raise RuntimeError("%s: HTTP %d %r" % (method, status, body[:200]))
        return json.loads(body)

    def alive(self):
        return self.p.poll() is None

    def stop(self, wait=30):
        """SIGTERM, then the exit status (the server must exit by itself)."""
        if self.alive():
            self.p.terminate()
        try:
            return self.p.wait(wait)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
            return "no exit %d s after SIGTERM" % wait


def cpu_seconds(pid):
    """User and system time of the whole process, every thread's, in seconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
