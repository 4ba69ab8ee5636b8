# mk/mcp.mk - the MCP server (mcp/), linked into the mlhead command as
# `mlhead mcp` (its HTTP transport on libmicrohttpd, through pkg-config),
# and its suites: the official TypeScript SDK's client
# (test/mcp/client.cjs), the hostile-message suite (test/mcp/hostile.py)
# and the HTTP transport's (test/mcp/transport.py, on 127.0.0.1 only).
# check-mcp-asan and check-mcp-valgrind run all three against an
# instrumented server.  The SDK comes as test/mcp/package-lock.json pins
# it (npm ci into build/mcp-node, once per lock).
MCP_OBJ := $(patsubst mcp/%.c,$(B)/mcp/%.o,$(wildcard mcp/*.c))
CLI_OBJ += $(MCP_OBJ)
# The HTTP library is not linked: mcp/mhd.c loads it (by the soname of the
# one built against) only when --http asks for it, so no other command
# pays for loading it and the TLS libraries it brings.
MHD_SONAME := $(shell objdump -p $$($(PKG_CONFIG) --variable=libdir libmicrohttpd)/libmicrohttpd.so \
	2>/dev/null | awk '$$1 == "SONAME" { print $$2 }')
MHD_CFLAGS := $(shell $(PKG_CONFIG) --cflags libmicrohttpd) \
	$(if $(MHD_SONAME),-DMHD_SONAME='"$(MHD_SONAME)"')
$(B)/mlhead: JANSSON_LIBS += -ldl -pthread
CHECKS += check-mcp
PHONY += check-mcp check-mcp-asan check-mcp-valgrind
FORMAT_SRC += $(wildcard mcp/*.[ch])

$(B)/mcp/%.o: mcp/%.c $(wildcard mcp/*.h) $(wildcard cli/*.h) include/mlhead.h lib/utf8.h
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -Ilib $(JANSSON_CFLAGS) $(MHD_CFLAGS) -pthread $(CFLAGS) -c -o $@ $<

$(B)/mcp-node/installed: test/mcp/package.json test/mcp/package-lock.json
	$(call npm_ci)

# MCP_RUNNER goes before the server's command line (valgrind, for one).
MCP_RUNNER ?=
mcp_suites = NODE_PATH=$(B)/mcp-node/node_modules node test/mcp/client.cjs $(B)/mlhead $(2) $(1) && \
	python3 test/mcp/hostile.py $(2) $(1) && \
	python3 test/mcp/transport.py $(2) $(1)

check-mcp: $(B)/mlhead $(B)/mcp-node/installed
	$(call mcp_suites,$(B)/mlhead mcp,)

check-mcp-asan:
	$(MAKE) B=build/asan CFLAGS='$(SAN_CFLAGS)' build/asan/mlhead
	$(MAKE) $(B)/mcp-node/installed
	$(call mcp_suites,build/asan/mlhead mcp,)

check-mcp-valgrind: $(B)/mlhead $(B)/mcp-node/installed
	$(call mcp_suites,$(B)/mlhead mcp,$(VALGRIND))

# The HTTP transport's suite against a ThreadSanitizer server: its thread
# pool, the per-thread workers and the drain on SIGTERM, race-checked (a
# report makes the server exit 66, which the suite counts as a failure).
PHONY += check-mcp-tsan
check-mcp-tsan:
	$(MAKE) B=build/tsan CFLAGS='$(TSAN_CFLAGS)' build/tsan/mlhead
	TSAN_OPTIONS='halt_on_error=1 exitcode=66' python3 test/mcp/transport.py build/tsan/mlhead mcp

# make bench-mcp: `mlhead mcp` beside a reference server written with the
# SDK's server side over better-sqlite3 (bench/mcp/), in one run: start-up
# to the first answer, per-call latency, peak RSS.  See BENCHMARKS.md.
PHONY += bench-mcp
BENCH_MCP_FLAGS ?=
bench-mcp: $(B)/mlhead $(B)/mlhead.db $(B)/mcp-node/installed $(B)/node/installed
	NODE_PATH=$(B)/mcp-node/node_modules:$(B)/node/node_modules node bench/mcp/driver.cjs \
	    $(BENCH_MCP_FLAGS) -- $(B)/mlhead mcp -- node bench/mcp/reference.cjs $(B)/mlhead.db
