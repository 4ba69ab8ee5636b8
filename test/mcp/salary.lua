-- test/mcp/salary.lua - the wrk script of the HTTP load test and benchmark:
-- every connection POSTs the same JSON-RPC request (tools/call salary_range)
-- to the MCP endpoint.  With an expected answer it compares every response
-- with it, byte for byte, and counts those that differ or are not 200.
-- At the end it writes one JSON line: requests, errors (socket errors,
-- timeouts, non-2xx), wrong answers, requests per second, latency in us.
--
-- usage: wrk ... -s test/mcp/salary.lua URL -- REQUEST_FILE [EXPECTED_FILE]
local threads = {}

local function slurp(path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    wrk.method = "POST"
    wrk.body = slurp(args[1])
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/json, text/event-stream"
    wrong = 0
    checked = 0
    if args[2] then
        expected = slurp(args[2])
    else
        response = nil  -- nothing to compare: wrk skips the call
    end
end

function response(status, headers, body)
    checked = checked + 1
    if status ~= 200 or body ~= expected then
        wrong = wrong + 1
    end
end

function done(summary, latency, requests)
    local wrong_total, checked_total = 0, 0
    for _, t in ipairs(threads) do
        wrong_total = wrong_total + t:get("wrong")
        checked_total = checked_total + t:get("checked")
    end
    local e = summary.errors
    io.write(string.format(
        '{"requests":%d,"seconds":%.3f,"rps":%.1f,"connect":%d,"read":%d,"write":%d,' ..
        '"timeout":%d,"status":%d,"checked":%d,"wrong":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\n',
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        e.connect, e.read, e.write, e.timeout, e.status, checked_total, wrong_total,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
