# mk/hardening.mk - sanitizers, valgrind, threads, fuzzing and coverage.
#
# Each variant is this Makefile run again with its own B (build/asan,
# build/tsan, build/cov, build/fuzz), so no instrumented object ever mixes
# with build/.  The variants put their flags in CFLAGS only: the link lines
# take CFLAGS too, and LDFLAGS stays free for the per-test additions.
PHONY += check-asan check-valgrind check-tsan coverage fuzz fuzz-regress hardening

SAN_CFLAGS  := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
               -fno-sanitize-recover=all
TSAN_CFLAGS := -O1 -g -fsanitize=thread
COV_CFLAGS  := -O0 -g --coverage -fprofile-update=atomic
FUZZ_CC     ?= clang
FUZZ_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
               -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60
VALGRIND_FAULT_STRIDE ?= 10
# Test programs the sanitizer and valgrind legs run at once (test/run.sh):
# each program works in a directory of its own, and the machine has two
# cores.  Coverage runs them one by one, since all of them add to the same
# .gcda files.
HARDEN_JOBS ?= 2
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
# exitcode: a sanitizer's finding must not pass for the mlhead command's
# "not found" (exit 1), which make demo expects for its typo.
export ASAN_OPTIONS  := halt_on_error=1:abort_on_error=0:detect_leaks=1:exitcode=86
export UBSAN_OPTIONS := halt_on_error=1:print_stacktrace=1:exitcode=86
export TSAN_OPTIONS  := halt_on_error=1

# The cmocka programs of a variant's build directory.  The variants run
# these and the examples (make demo, the mlhead command included), not the
# command's own test: test/cli.sh runs it under valgrind, which an ASan
# binary refuses.
variant_tests = $(patsubst test/%.c,build/$(1)/test/%,$(wildcard test/test_*.c))

check-asan:
	$(MAKE) B=build/asan CFLAGS='$(SAN_CFLAGS)' all build/asan/mlhead $(call variant_tests,asan)
	JOBS=$(HARDEN_JOBS) sh test/run.sh $(call variant_tests,asan)
	sh examples/demo.sh build/asan/examples build/asan/mlhead

# Valgrind over the plain build: every test, then every example through
# demo.sh (sh itself is not traced, its children are).
check-valgrind: all $(TESTS) $(B)/mlhead
	MLHEAD_FAULT_STRIDE=$(VALGRIND_FAULT_STRIDE) RUNNER='$(VALGRIND)' JOBS=$(HARDEN_JOBS) \
	    sh test/run.sh $(TESTS)
	$(VALGRIND) --trace-children=yes --trace-children-skip='/bin/*,/usr/bin/*' \
	    sh examples/demo.sh $(B)/examples $(B)/mlhead

check-tsan:
	$(MAKE) B=build/tsan CFLAGS='$(TSAN_CFLAGS)' build/tsan/test/test_threads
	sh test/run.sh build/tsan/test/test_threads

# Line and branch coverage of lib/ by the whole test suite, with its gate.
COV_LINES    ?= 95
COV_BRANCHES ?= 85
coverage:
	rm -rf build/cov/obj/*.gcda
	$(MAKE) B=build/cov CFLAGS='$(COV_CFLAGS)' $(call variant_tests,cov)
	sh test/run.sh $(call variant_tests,cov)
	gcovr -r . --filter 'lib/' --exclude-unreachable-branches \
	    --fail-under-line $(COV_LINES) --fail-under-branch $(COV_BRANCHES) \
	    --print-summary --txt build/cov/coverage.txt build/cov

# libFuzzer: each harness in fuzz/ runs FUZZ_SECONDS from its seed corpus
# fuzz/<name>/ plus build/fuzz/<name>.seed/ (read only; new inputs go to
# build/fuzz/<name>.corpus).  fuzz_db's built seed is a tiny database made
# from build/mlhead.db by fuzz/tiny.sql, so it follows the schema.
# fuzz-regress replays every checked-in input, crashes found included.
FUZZERS := $(patsubst fuzz/%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZ_BIN := $(addprefix build/fuzz/bin/,$(FUZZERS))

# One sub-make brings the instrumented library up to date for every
# harness; it is asked each time, and a harness is linked again only when
# the archive or its own source is newer than it.
ifneq ($(B),build/fuzz)
build/fuzz/libmlhead.a: FORCE
	$(MAKE) B=build/fuzz CC=$(FUZZ_CC) CFLAGS='$(FUZZ_CFLAGS)' build/fuzz/libmlhead.a
endif

build/fuzz/bin/%: fuzz/%.c test/ops.h include/mlhead.h build/fuzz/libmlhead.a
	@mkdir -p $(@D)
	$(FUZZ_CC) $(BASE_CFLAGS) -Itest -Wno-conversion $(FUZZ_CFLAGS) -fsanitize=fuzzer \
	    $(FUZZ_DEFS) $(LDFLAGS) -o $@ $< build/fuzz/libmlhead.a $(SQLITE_LIBS)

# fuzz_cells changes the cells of fuzz_db's tiny seed database, and holds
# what opens to test/property.h.
build/fuzz/bin/fuzz_cells: test/property.h build/fuzz/fuzz_db.seed
build/fuzz/bin/fuzz_cells: FUZZ_DEFS = -DFUZZ_BASE=\"build/fuzz/fuzz_db.seed/tiny.db\"

build/fuzz/fuzz_names.seed build/fuzz/fuzz_cells.seed:
	mkdir -p $@

build/fuzz/fuzz_db.seed: $(B)/mlhead.db fuzz/tiny.sql
	rm -rf $@ && mkdir -p $@
	cp $(B)/mlhead.db $@/tiny.db
	$(SQLITE3) -bail $@/tiny.db < fuzz/tiny.sql

# The time: FUZZ_SECONDS for fuzz_cells, half of it for each of the other
# two, so that `make -j2 fuzz` takes FUZZ_SECONDS on two cores as it did
# with two harnesses (fuzz_cells beside fuzz_db, then fuzz_names).
fuzz_seconds = $(if $(filter fuzz_cells,$(1)),$(FUZZ_SECONDS),$$(( $(FUZZ_SECONDS) / 2 )))

fuzz-run-%: build/fuzz/bin/% build/fuzz/%.seed
	@mkdir -p build/fuzz/$*.corpus build/fuzz/crashes
	$< -max_total_time=$(call fuzz_seconds,$*) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/crashes/$*- build/fuzz/$*.corpus fuzz/$* build/fuzz/$*.seed

fuzz: $(addprefix fuzz-run-,$(FUZZERS))

fuzz-regress: $(FUZZ_BIN)
	for f in $(FUZZERS); do build/fuzz/bin/$$f fuzz/$$f/* || exit 1; done

# Everything above, as CI runs it.
hardening: check-asan check-valgrind check-tsan fuzz-regress fuzz coverage
