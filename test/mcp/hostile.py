#!/usr/bin/env python3
# test/mcp/hostile.py - malformed and hostile messages against `mlhead mcp`
# over stdio, each with the exact answer it must get (the error code, the
# id echoed, the words of the message), or with no answer at all.  After
# every one the server must still answer ping; at EOF it must exit 0, and
# nothing but JSON-RPC may reach stdout.
#
# With --http the same messages go to a server over Streamable HTTP, each
# as the body of its own POST (with MCP-Protocol-Version naming its
# session's version), and each answer's HTTP status is checked too: 202
# with no body for no answer, 400 for an error without an id, else 200
# with application/json.  The cases whose meaning differs over HTTP get
# their expectation in OVER_HTTP below; after the last, SIGTERM must end
# the server with 0.
#
# usage: python3 test/mcp/hostile.py [RUNNER...] SERVER_COMMAND...
#        python3 test/mcp/hostile.py --http [RUNNER...] SERVER_COMMAND...
#        (the command listens on port 0 and names its URL on stderr)
import json
import os
import subprocess
import sys

HTTP = sys.argv[1:2] == ["--http"]
CMD = sys.argv[2:] if HTTP else sys.argv[1:]
INIT = {"capabilities": {}, "clientInfo": {"name": "hostile", "version": "1"}}
NOANSWER = object()
failures = []
count = 0


def req(method, params=None, id=1, **extra):
    m = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        m["params"] = params
    m.update(extra)
    return json.dumps(m).encode()


def call(name, args, id=1):
    return req("tools/call", {"name": name, "arguments": args}, id)


def err(code, words, id=None):
    return ("error", code, words, id)


def ok(check=None, id=1):
    return ("result", check, id)


class Stdio:
    def __init__(self, version=None):
        self.p = subprocess.Popen(CMD, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        self.n = 0
        if version:
            r = self.send(req("initialize", dict(INIT, protocolVersion=version), id=0))
            assert r[0]["result"]["protocolVersion"] == version, r
            self.p.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')

    def send(self, line):
        """Sends one line, then a ping; returns the answers before the ping's."""
        self.n += 1
        tag = "ping-%d" % self.n
        self.p.stdin.write(line + b"\n")
        self.p.stdin.write(json.dumps({"jsonrpc": "2.0", "id": tag, "method": "ping"}).encode()
                           + b"\n")
        self.p.stdin.flush()
        out = []
        while True:
            raw = self.p.stdout.readline()
            if not raw:
                raise RuntimeError("the server stopped answering")
            msg = json.loads(raw)
            if msg.get("id") == tag:
                if msg.get("result") != {}:
                    raise RuntimeError("ping got %r" % msg)
                return out
            out.append(msg)

    def close(self):
        self.p.stdin.close()
        rest = self.p.stdout.read()
        return self.p.wait(), rest


class HTTPClient:
    """A client of the one HTTP server every session shares: each POST stands alone."""
    process = None

    def __init__(self, version=None):
        if HTTPClient.process is None:
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            from httpserver import HTTPServer
            HTTPClient.process = HTTPServer(CMD)
        self.http = HTTPClient.process
        self.headers = {"MCP-Protocol-Version": version} if version else {}
        self.conn = self.http.connection()
        self.n = 0
        if version:
            r = self.send(req("initialize", dict(INIT, protocolVersion=version), id=0))
            assert r[0]["result"]["protocolVersion"] == version, r
            assert self.send(b'{"jsonrpc":"2.0","method":"notifications/initialized"}') == []

    def post(self, body):
        return self.http.post(body, self.headers, conn=self.conn)

    def send(self, line):
        """POSTs one body, then a ping; the body's answers, if any."""
        self.n += 1
        self.status, headers, body = self.post(line)
        self.type = headers.get("Content-Type", "")
        out = [json.loads(body)] if body else []
        tag = "ping-%d" % self.n
        status, _, pong = self.post(json.dumps({"jsonrpc": "2.0", "id": tag, "method": "ping"})
                                    .encode())
        if status != 200 or json.loads(pong) != {"jsonrpc": "2.0", "id": tag, "result": {}}:
            raise RuntimeError("ping got HTTP %d %r" % (status, pong[:200]))
        return out

    def close(self):
        self.conn.close()
        if HTTPClient.process is None:
            return 0, b""
        status, HTTPClient.process = HTTPClient.process.stop(), None
        return status, b""


Server = HTTPClient if HTTP else Stdio


def http_status(want):
    """The HTTP status an answer comes with, by the rule in the header."""
    if want is NOANSWER:
        return 202
    if want[0] == "http":
        return want[1]
    return 400 if want[0] == "error" and want[3] is None else 200


def expect(server, name, line, want):
    global count
    count += 1
    if HTTP:
        want = OVER_HTTP.get(name, want)
    try:
        got = server.send(line)
        if HTTP:
            assert server.status == http_status(want), \
                "HTTP %d, want %d: %r" % (server.status, http_status(want), got)
            if want is not NOANSWER and want[0] == "http":
                return
            if got:
                assert server.type.startswith("application/json"), server.type
        if want is NOANSWER:
            assert got == [], "expected no answer, got %r" % got
            return
        assert len(got) == 1, "expected one answer, got %r" % got
        g = got[0]
        assert g.get("jsonrpc") == "2.0", g
        if want[0] == "error":
            _, code, words, id = want
            assert "error" in g and "result" not in g, g
            assert g["error"]["code"] == code, "code %r, want %r: %r" % (g["error"]["code"], code, g)
            assert words.lower() in g["error"]["message"].lower(), \
                "message %r lacks %r" % (g["error"]["message"], words)
            assert "id" in g and g["id"] == id and type(g["id"]) is type(id), \
                "id %r, want %r" % (g.get("id"), id)
        else:
            _, check, id = want
            assert "result" in g, g
            assert g["id"] == id and type(g["id"]) is type(id), "id %r, want %r" % (g["id"], id)
            if check:
                check(g["result"])
    except Exception as e:  # noqa: BLE001 - every failure is reported
        failures.append("%s: %s" % (name, e))


def tool_error(words):
    def check(r):
        assert r.get("isError") is True, r
        assert words.lower() in r["content"][0]["text"].lower(), r
    return check


def has(key, value):
    def check(r):
        assert r[key] == value, r
    return check


# Over HTTP every POST stands alone: there is no session to initialize
# first, so a request before initialize is answered as after it, and a
# second initialize is like the first.  A body over the limit is refused
# with 413 before it is read; an empty body is not JSON.
OVER_HTTP = {
    "tools/list before initialize": ok(lambda r: r["tools"], id=3),
    "tools/call before initialize": err(-32602, "'name' is required", 3),
    "resources/list before initialize": ok(lambda r: r["resources"], id=3),
    "resources/read before initialize": err(-32602, "'uri' is required", 3),
    "resources/templates/list before initialize": ok(lambda r: r["resourceTemplates"], id=3),
    "prompts/list before initialize": ok(lambda r: r["prompts"], id=3),
    "prompts/get before initialize": err(-32602, "'name' is required", 3),
    "logging/setLevel before initialize": err(-32602, "'level' is required", 3),
    "completion/complete before initialize": err(-32602, "'ref' is required", 3),
    "a second initialize": ok(has("protocolVersion", "2025-06-18"), id=11),
    "a 64 MiB line": ("http", 413),
    "1 MiB and one byte": ("http", 413),
    "an empty line": err(-32700, "parse error"),
    "a blank line": err(-32700, "parse error"),
    "a carriage return": err(-32700, "parse error"),
}

# ---- before initialize -------------------------------------------------------
s = Server()
for m in ["tools/list", "tools/call", "resources/list", "resources/read",
          "resources/templates/list", "prompts/list", "prompts/get", "logging/setLevel",
          "completion/complete"]:
    expect(s, "%s before initialize" % m, req(m, {}, id=3), err(-32600, "not initialized", 3))
expect(s, "ping before initialize", req("ping", id=4), ok(None, id=4))
expect(s, "initialize without protocolVersion", req("initialize", INIT, id=5),
       err(-32602, "'protocolVersion' is required", 5))
expect(s, "initialize without clientInfo",
       req("initialize", {"protocolVersion": "2025-06-18", "capabilities": {}}, id=6),
       err(-32602, "'clientInfo' is required", 6))
expect(s, "initialize with a numeric client name",
       req("initialize", dict(INIT, protocolVersion="2025-06-18",
                              clientInfo={"name": 1, "version": "1"}), id=7),
       err(-32602, "'name': must be of type string", 7))
expect(s, "initialize with capabilities as an array",
       req("initialize", dict(INIT, protocolVersion="2025-06-18", capabilities=[]), id=8),
       err(-32602, "'capabilities': must be of type object", 8))
expect(s, "initialize with a version number",
       req("initialize", dict(INIT, protocolVersion=20250618), id=9),
       err(-32602, "'protocolVersion': must be of type string", 9))
expect(s, "notifications/initialized before initialize",
       b'{"jsonrpc":"2.0","method":"notifications/initialized"}', NOANSWER)
expect(s, "an unknown version gets the latest",
       req("initialize", dict(INIT, protocolVersion="1999-01-01"), id=10),
       ok(has("protocolVersion", "2025-11-25"), id=10))
expect(s, "a second initialize", req("initialize", dict(INIT, protocolVersion="2025-06-18"), id=11),
       err(-32600, "already initialized", 11))
s.close()

# ---- one session per version -------------------------------------------------
old = Server("2025-06-18")
new = Server("2025-11-25")

# Parse errors: id null, -32700, whatever the version.
parse = {
    "not JSON": b"nonsense",
    "an open brace": b"{",
    "a missing value": b'{"a":}',
    "single quotes": b"{'jsonrpc':'2.0'}",
    "an unterminated string": b'{"jsonrpc":"2.0',
    "a trailing comma": b'{"jsonrpc":"2.0","id":1,"method":"ping",}',
    "garbage after the object": b'{"jsonrpc":"2.0","id":1,"method":"ping"} x',
    "two objects on a line": b'{"jsonrpc":"2.0","id":1,"method":"ping"}{"a":1}',
    "NaN": b"NaN",
    "Infinity": b'{"id":Infinity}',
    "a lone minus": b"-",
    "a leading zero": b'{"id":01}',
    "a bare dot number": b'{"id":.5}',
    "a truncated literal": b"tru",
    "a NUL byte alone": b"\x00",
    "a NUL byte in a string": b'{"jsonrpc":"2.0","id":1,"method":"pi\x00ng"}',
    "an escaped NUL": b'{"jsonrpc":"2.0","id":1,"method":"pi\\u0000ng"}',
    "a raw control character": b'{"jsonrpc":"2.0","id":1,"method":"pi\x01ng"}',
    "byte 0xFF": b"\xff",
    "invalid UTF-8 in a string": b'{"jsonrpc":"2.0","id":1,"method":"\xc3\x28"}',
    "an overlong UTF-8 slash": b'{"jsonrpc":"2.0","id":1,"method":"\xc0\xaf"}',
    "a UTF-8 surrogate": b'{"jsonrpc":"2.0","id":1,"method":"\xed\xa0\x80"}',
    "a lone surrogate escape": b'{"jsonrpc":"2.0","id":1,"method":"\\ud800"}',
    "a bad escape": b'{"jsonrpc":"2.0","id":1,"method":"\\q"}',
    "a duplicate key": b'{"jsonrpc":"2.0","id":1,"id":2,"method":"ping"}',
    "arrays 100,000 deep": b"[" * 100000 + b"]" * 100000,
    "objects 100,000 deep": b'{"a":' * 100000 + b"1" + b"}" * 100000,
    "an unclosed nesting 100,000 deep": b"[" * 100000,
    "an integer id past 64 bits": b'{"jsonrpc":"2.0","id":99999999999999999999,"method":"ping"}',
    "a real id past double": b'{"jsonrpc":"2.0","id":1e400,"method":"ping"}',
    "a UTF-8 byte order mark": b'\xef\xbb\xbf{"jsonrpc":"2.0","id":1,"method":"ping"}',
}
for name, line in parse.items():
    expect(old, name, line, err(-32700, "parse error"))

# Size: over 1 MiB is refused, whatever follows; at the limit it is served.
pad = lambda n: b'{"jsonrpc":"2.0","id":"big","method":"ping","params":{"_meta":{"x":"' + \
    b"a" * n + b'"}}}'
base = len(pad(0))
expect(old, "a 64 MiB line", b"x" * (64 << 20), err(-32600, "over the limit of 1048576 bytes"))
expect(old, "1 MiB and one byte", pad((1 << 20) + 1 - base), err(-32600, "over the limit"))
expect(old, "exactly 1 MiB", pad((1 << 20) - base), ok(id="big"))

# Invalid Request: -32600; the id is echoed when it is a valid one.
invalid = [
    ("a number", b"1", None, "a message is an object"),
    ("a string", b'"ping"', None, "a message is an object"),
    ("null", b"null", None, "a message is an object"),
    ("true", b"true", None, "a message is an object"),
    ("an empty object", b"{}", None, 'no "method"'),
    ("an id without a method", b'{"jsonrpc":"2.0","id":1}', 1, 'no "method"'),
    ("no jsonrpc", b'{"id":1,"method":"ping"}', 1, '"jsonrpc" must be "2.0"'),
    ("jsonrpc 1.0", b'{"jsonrpc":"1.0","id":1,"method":"ping"}', 1, '"jsonrpc" must be "2.0"'),
    ("jsonrpc as a number", b'{"jsonrpc":2.0,"id":1,"method":"ping"}', 1, '"jsonrpc" must be'),
    ("a numeric method", b'{"jsonrpc":"2.0","id":1,"method":7}', 1, '"method" must be a string'),
    ("a null method", b'{"jsonrpc":"2.0","id":1,"method":null}', 1, '"method" must be'),
    ("an array method", b'{"jsonrpc":"2.0","id":1,"method":["ping"]}', 1, '"method" must be'),
    ("a null id", b'{"jsonrpc":"2.0","id":null,"method":"ping"}', None, '"id" must be'),
    ("a true id", b'{"jsonrpc":"2.0","id":true,"method":"ping"}', None, '"id" must be'),
    ("a false id", b'{"jsonrpc":"2.0","id":false,"method":"ping"}', None, '"id" must be'),
    ("an object id", b'{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}', None, '"id" must be'),
    ("an array id", b'{"jsonrpc":"2.0","id":[1],"method":"ping"}', None, '"id" must be'),
    ("a fractional id", b'{"jsonrpc":"2.0","id":1.5,"method":"ping"}', None, '"id" must be'),
    ("an exponent id", b'{"jsonrpc":"2.0","id":1e3,"method":"ping"}', None, '"id" must be'),
    ("params as a string", b'{"jsonrpc":"2.0","id":1,"method":"ping","params":"x"}', 1,
     '"params" must be an object'),
    ("params as a number", b'{"jsonrpc":"2.0","id":1,"method":"ping","params":1}', 1,
     '"params" must be'),
    ("params null", b'{"jsonrpc":"2.0","id":1,"method":"ping","params":null}', 1,
     '"params" must be'),
    ("an extra member", b'{"jsonrpc":"2.0","id":1,"method":"ping","foo":1}', 1,
     "only jsonrpc, id, method and params"),
    ("result and method at once", b'{"jsonrpc":"2.0","id":1,"method":"ping","result":{}}', 1,
     "only jsonrpc"),
    ("a notification carrying an id",
     b'{"jsonrpc":"2.0","id":7,"method":"notifications/initialized"}', 7,
     'a notification carries no "id"'),
    ("a cancellation carrying an id",
     b'{"jsonrpc":"2.0","id":"c","method":"notifications/cancelled","params":{"requestId":1}}',
     "c", 'carries no "id"'),
]
for name, line, id, words in invalid:
    expect(old, name, line, err(-32600, words, id))
# Batches: gone from MCP since 2025-06-18, so refused under both versions.
for srv, v in ((old, "2025-06-18"), (new, "2025-11-25")):
    expect(srv, "an empty batch (%s)" % v, b"[]", err(-32600, "batches"))
    expect(srv, "a batch of two pings (%s)" % v,
           b'[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":2,"method":"ping"}]',
           err(-32600, "batches"))
    expect(srv, "a batch of one notification (%s)" % v,
           b'[{"jsonrpc":"2.0","method":"notifications/initialized"}]', err(-32600, "batches"))

# Ids of every allowed kind come back exactly.
for name, id in [("a string id", "abc"), ("an empty string id", ""), ("a unicode id", "ид-✓"),
                 ("id 0", 0), ("a negative id", -5), ("id 2^53", 9007199254740992),
                 ("id -2^53", -9007199254740992), ("id 2^63-1", 9223372036854775807),
                 ("an id with a quote", 'a"b\\c')]:
    expect(old, name, req("ping", id=id), ok(id=id))

# Unknown methods: -32601.
for m in ["foo", "", "tools/List", "rpc.discover", "initialized", "tools/list ",
          "resources/subscribe", "sampling/createMessage", "tasks/list"]:
    expect(old, "method %r" % m, req(m, {}, id=2), err(-32601, "method not found", 2))

# Notifications and responses get no answer.
for name, line in [
        ("notifications/initialized", b'{"jsonrpc":"2.0","method":"notifications/initialized"}'),
        ("notifications/cancelled",
         b'{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}'),
        ("an unknown notification", b'{"jsonrpc":"2.0","method":"notifications/whatever"}'),
        ("a request without an id", b'{"jsonrpc":"2.0","method":"tools/list"}'),
        ("a tool call without an id",
         b'{"jsonrpc":"2.0","method":"tools/call","params":{"name":"edition"}}'),
        ("a response", b'{"jsonrpc":"2.0","id":5,"result":{}}'),
        ("an error response", b'{"jsonrpc":"2.0","id":5,"error":{"code":1,"message":"x"}}'),
        ("an empty line", b""),
        ("a blank line", b"   \t "),
        ("a carriage return", b"\r")]:
    expect(old, name, line, NOANSWER)
expect(old, "a CRLF line", req("ping", id="crlf") + b"\r", ok(id="crlf"))

# Invalid params of the methods: -32602.
params = [
    ("tools/call without a name", "tools/call", {}, "'name' is required"),
    ("tools/call with a numeric name", "tools/call", {"name": 5}, "'name': must be of type string"),
    ("tools/call with array arguments", "tools/call", {"name": "edition", "arguments": []},
     "'arguments': must be of type object"),
    ("tools/call with string arguments", "tools/call", {"name": "edition", "arguments": "x"},
     "'arguments': must be"),
    ("an unknown tool", "tools/call", {"name": "rm_rf"}, "unknown tool: rm_rf"),
    ("resources/read without a uri", "resources/read", {}, "'uri' is required"),
    ("resources/read with a numeric uri", "resources/read", {"uri": 1}, "'uri': must be"),
    ("prompts/get without a name", "prompts/get", {}, "'name' is required"),
    ("prompts/get with a number argument", "prompts/get",
     {"name": "evaluate_offer", "arguments": {"role": "CDO", "usd": 5}}, "'usd': must be"),
    ("an unknown prompt", "prompts/get", {"name": "nope"}, "unknown prompt"),
    ("a prompt missing an argument", "prompts/get",
     {"name": "plan_career", "arguments": {"from": "CDO"}}, "missing required argument 'to'"),
    ("a prompt argument too long for its text", "prompts/get",
     {"name": "plan_career", "arguments": {"from": "\u00e9" * 1000 + "x", "to": "Head of AI"}},
     "argument 'from' of prompt plan_career is longer than 256 bytes"),
    ("a prompt with an extra argument", "prompts/get",
     {"name": "plan_career", "arguments": {"from": "a", "to": "b", "x": "c"}},
     "unknown argument 'x'"),
    ("setLevel without a level", "logging/setLevel", {}, "'level' is required"),
    ("setLevel to a level that is not one", "logging/setLevel", {"level": "loud"},
     "not one of the allowed values"),
    ("tools/list with a numeric cursor", "tools/list", {"cursor": 1}, "'cursor': must be"),
    ("completion without a ref", "completion/complete", {"argument": {"name": "a", "value": ""}},
     "'ref' is required"),
    ("completion of a tool", "completion/complete",
     {"ref": {"type": "ref/tool", "name": "x"}, "argument": {"name": "a", "value": ""}},
     "not one of the allowed values"),
    ("completion without a value", "completion/complete",
     {"ref": {"type": "ref/prompt", "name": "plan_career"}, "argument": {"name": "from"}},
     "'value' is required"),
    ("completion of a prompt without its name", "completion/complete",
     {"ref": {"type": "ref/prompt"}, "argument": {"name": "from", "value": "x"}},
     "ref/prompt needs 'name'"),
    ("completion of an unknown prompt", "completion/complete",
     {"ref": {"type": "ref/prompt", "name": "nope"}, "argument": {"name": "from", "value": "x"}},
     "no prompt named nope"),
    ("completion of an unknown template", "completion/complete",
     {"ref": {"type": "ref/resource", "uri": "mlhead://x/{y}"},
      "argument": {"name": "y", "value": "x"}}, "no resource template named"),
    ("completion of an argument a prompt lacks", "completion/complete",
     {"ref": {"type": "ref/prompt", "name": "plan_career"}, "argument": {"name": "via", "value": ""}},
     "has no argument 'via'"),
]
for name, method, p, words in params:
    expect(old, name, req(method, p, id=9), err(-32602, words, 9))
expect(old, "ping with array params", req("ping", [], id=9), err(-32602, "must be an object", 9))

# Resources the server does not have: -32002 with the uri.
for uri in ["mlhead://section/nope", "mlhead://role/nope", "mlhead://section/", "file:///etc/passwd",
            "mlhead://salary/extra", ""]:
    expect(old, "resource %r" % uri, req("resources/read", {"uri": uri}, id=4),
           err(-32002, "resource not found", 4))

# Bad tool arguments: -32602 under 2025-06-18, a tool error under 2025-11-25.
bad_args = [
    ("no role", "salary_range", {}, "'role' is required"),
    ("a numeric role", "salary_range", {"role": 5}, "'role': must be of type string"),
    ("a null role", "salary_range", {"role": None}, "'role': must be of type string"),
    ("an empty role", "salary_range", {"role": ""}, "at least 1 character"),
    ("a role of 257 characters", "salary_range", {"role": "x" * 257}, "at most 256"),
    ("an extra argument", "salary_range", {"role": "CDO", "x": 1}, "unknown argument 'x'"),
    ("usd as a string", "compare_offer", {"role": "CDO", "usd": "100"}, "'usd': must be of type integer"),
    ("usd fractional", "compare_offer", {"role": "CDO", "usd": 1.5}, "'usd': must be of type integer"),
    ("usd negative", "compare_offer", {"role": "CDO", "usd": -1}, "at least 0"),
    ("usd too large", "compare_offer", {"role": "CDO", "usd": 10 ** 12}, "at most"),
    ("a path without to", "career_path", {"from": "CDO"}, "'to' is required"),
    ("a track not in the set", "list_roles", {"track": "astrology"}, "not one of the allowed"),
    ("a section not in the set", "list_items", {"section": "gossip"}, "not one of the allowed"),
    ("a search section not in the set", "search", {"query": "ai", "section": "gossip"},
     "not one of the allowed"),
    ("search limit 0", "search", {"query": "ai", "limit": 0}, "at least 1"),
    ("search limit 101", "search", {"query": "ai", "limit": 101}, "at most 100"),
    ("arguments to a tool that takes none", "list_tracks", {"a": 1}, "allowed: none"),
]
for name, tool, a, words in bad_args:
    expect(old, name + " (2025-06-18)", call(tool, a, id=12), err(-32602, words, 12))
    expect(new, name + " (2025-11-25)", call(tool, a, id=12), ok(tool_error(words), id=12))
expect(new, "an unknown tool stays -32602 (2025-11-25)", call("nope", {}, id=13),
       err(-32602, "unknown tool", 13))

# Tools that run and fail: isError under both versions.
for srv in (old, new):
    expect(srv, "an unknown role", call("salary_range", {"role": "Head of Nothing"}),
           ok(tool_error("head of nothing")))
    expect(srv, "a role that is only blanks", call("next_roles", {"role": " \t "}),
           ok(tool_error("empty")))
    expect(srv, "SQL as a role", call("salary_range", {"role": "x' OR 1=1 --"}),
           ok(tool_error("no role")))
    expect(srv, "no path", call("career_path", {"from": "Head of AI", "to": "ML engineer"}),
           ok(tool_error("")))

for srv, v in ((old, "2025-06-18"), (new, "2025-11-25")):
    status, rest = srv.close()  # over HTTP, the last one sends SIGTERM
    count += 1
    if status != 0 or rest:
        failures.append("EOF (%s): exit %r, trailing output %r" % (v, status, rest[:200]))

for f in failures:
    print("FAIL", f)
print("test/mcp/hostile.py%s: %d cases, %d failed" % (" --http" if HTTP else "", count,
                                                       len(failures)))
sys.exit(1 if failures else 0)
