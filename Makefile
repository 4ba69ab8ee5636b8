# libmlhead: build, test and install.  GNU make.  See README.
#
#   make              the database, both libraries, mlhead.pc, the examples
#   make check        every cmocka test
#   make demo         run the examples and the mlhead command on the embedded data
#   make install      PREFIX, DESTDIR, LIBDIR, INCLUDEDIR, DATADIR, MANDIR,
#                     BINDIR; the user's CFLAGS / LDFLAGS are added to ours
#   make uninstall, make clean

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR    ?= $(PREFIX)/share
MANDIR     ?= $(DATADIR)/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

CFLAGS     ?= -O2 -g
PKG_CONFIG ?= pkg-config
SQLITE3    ?= sqlite3
INSTALL    ?= install
OBJCOPY    ?= objcopy

# The version lives once, in the header.
version_part = $(shell sed -n 's/^\#define MLHEAD_VERSION_$(1) \([0-9][0-9]*\)$$/\1/p' include/mlhead.h)
MAJOR   := $(call version_part,MAJOR)
MINOR   := $(call version_part,MINOR)
PATCH   := $(call version_part,PATCH)
VERSION := $(MAJOR).$(MINOR).$(PATCH)
SONAME  := libmlhead.so.$(MAJOR)

B := build
SQLITE_CFLAGS := $(shell $(PKG_CONFIG) --cflags sqlite3)
SQLITE_LIBS   := $(shell $(PKG_CONFIG) --libs sqlite3)
CMOCKA_CFLAGS  = $(shell $(PKG_CONFIG) --cflags cmocka)
CMOCKA_LIBS    = $(shell $(PKG_CONFIG) --libs cmocka)

WARNINGS := -Wall -Wextra -Wpedantic -Werror -Wshadow -Wconversion \
            -Wstrict-prototypes -Wmissing-prototypes
BASE_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L $(WARNINGS) -Iinclude
LIB_CFLAGS  := $(BASE_CFLAGS) -fPIC -fvisibility=hidden -Ilib $(SQLITE_CFLAGS)

# Schema, then the data, then the checks: plain SQL in file-name order.
SQL := $(sort $(wildcard schema/0*.sql)) $(sort $(wildcard seed/*.sql)) \
       $(sort $(wildcard schema/9*.sql))

LIB_OBJ  := $(patsubst lib/%.c,$(B)/obj/%.o,$(wildcard lib/*.c)) $(B)/obj/embedded.o \
            $(B)/obj/schema.o
EXAMPLES := $(patsubst examples/%.c,$(B)/examples/%,$(wildcard examples/*.c))
TESTS    := $(patsubst test/%.c,$(B)/test/%,$(wildcard test/test_*.c))

.PHONY: all check demo install uninstall clean format format-check
.DELETE_ON_ERROR:

all: $(B)/mlhead.db $(B)/mlhead $(B)/libmlhead.so $(B)/libmlhead.a $(B)/mlhead.pc $(EXAMPLES)

# ---- the database --------------------------------------------------------
# Fails on a violated constraint or build check (sqlite3 -bail), then on
# integrity_check or foreign_key_check; VACUUM makes it small and repeatable.
$(B)/mlhead.db: $(SQL)
	@mkdir -p $(B)
	rm -f $@.tmp
	cat $(SQL) | $(SQLITE3) -bail $@.tmp
	test "$$($(SQLITE3) $@.tmp 'PRAGMA integrity_check')" = ok
	test -z "$$($(SQLITE3) $@.tmp 'PRAGMA foreign_key_check')"
	$(SQLITE3) $@.tmp 'VACUUM'
	mv $@.tmp $@

# The copy compiled into the library leaves out the views, which are for
# people at an SQLite prompt: the library turns views off, and parsing them
# was a third of the first query on a new handle.
$(B)/embedded.db: $(B)/mlhead.db
	rm -f $@.tmp
	cp $< $@.tmp
	$(SQLITE3) -bail $@.tmp "$$($(SQLITE3) $< "SELECT group_concat('DROP VIEW ' || name, ';') \
	    FROM sqlite_schema WHERE type = 'view'"); VACUUM"
	test "$$($(SQLITE3) $@.tmp 'PRAGMA integrity_check')" = ok
	mv $@.tmp $@

# Those bytes, compiled into the library as the default data.
$(B)/embedded.c: $(B)/embedded.db
	{ echo '/* generated from $< by make: do not edit */'; \
	  echo '#include "internal.h"'; \
	  echo 'const unsigned char mh_embedded_db[] = {'; \
	  od -An -v -tx1 $< | sed 's/\([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	  echo '};'; \
	  echo 'const size_t mh_embedded_db_size = sizeof mh_embedded_db;'; } > $@

# ---- the library ---------------------------------------------------------
$(B)/obj/%.o: lib/%.c lib/internal.h lib/utf8.h include/mlhead.h
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/obj/embedded.o: $(B)/embedded.c lib/internal.h include/mlhead.h
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) $(CFLAGS) -c -o $@ $<

# The schema the build made and the checks it ran, compiled in: what
# mlhead_open() compares a file with and runs on it (lib/validate.c).
$(B)/schema.c: $(B)/mlhead.db schema/900_checks.sql tools/embed-sql.sh
	SQLITE3='$(SQLITE3)' sh tools/embed-sql.sh $(B)/mlhead.db schema/900_checks.sql > $@

$(B)/obj/schema.o: $(B)/schema.c lib/internal.h include/mlhead.h
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) $(CFLAGS) -c -o $@ $<

# One relocatable object whose private mh_ names are made local, so a
# static link sees only the mlhead_ API, as the shared library exports it.
$(B)/libmlhead.a: $(LIB_OBJ)
	rm -f $@
	$(LD) -r -o $(B)/obj/libmlhead.o $^
	$(OBJCOPY) --localize-hidden $(B)/obj/libmlhead.o
	$(AR) rcs $@ $(B)/obj/libmlhead.o

$(B)/libmlhead.so.$(VERSION): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,--no-undefined $(CFLAGS) $(LDFLAGS) \
	    -o $@ $^ $(SQLITE_LIBS)

$(B)/libmlhead.so: $(B)/libmlhead.so.$(VERSION)
	ln -sf libmlhead.so.$(VERSION) $(B)/$(SONAME)
	ln -sf $(SONAME) $@

# Directories under PREFIX are written as ${prefix}/..., so the file also
# answers for a copy moved elsewhere (pkg-config --define-prefix).  The
# stamp rebuilds it whenever the directories given to make change.
under_prefix = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))

.PHONY: FORCE
FORCE:

$(B)/dirs.stamp: FORCE
	@mkdir -p $(B)
	@echo '$(PREFIX) $(LIBDIR) $(INCLUDEDIR) $(DATADIR)' | cmp -s - $@ || \
	    echo '$(PREFIX) $(LIBDIR) $(INCLUDEDIR) $(DATADIR)' > $@

$(B)/mlhead.pc: mlhead.pc.in include/mlhead.h $(B)/dirs.stamp
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(call under_prefix,$(LIBDIR))|' \
	    -e 's|@INCLUDEDIR@|$(call under_prefix,$(INCLUDEDIR))|' \
	    -e 's|@DATADIR@|$(call under_prefix,$(DATADIR))|' \
	    -e 's|@VERSION@|$(VERSION)|' $< > $@

# ---- examples and tests (linked statically against build/) -----------------
$(B)/examples/%: examples/%.c $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlhead.a $(SQLITE_LIBS)

$(B)/test/%: test/%.c test/helpers.h $(B)/libmlhead.a $(B)/mlhead.db
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CMOCKA_CFLAGS) -DTEST_DB=\"$(B)/mlhead.db\" -DTEST_GUIDE=\"seed/guide.txt\" -Wno-conversion $(CFLAGS) $(LDFLAGS) -o $@ $< \
	    $(B)/libmlhead.a $(SQLITE_LIBS) $(CMOCKA_LIBS)

check: all $(TESTS)
	sh test/run.sh $(TESTS)

# No circle of calls between lib/'s files (tools/callgraph.sh reads the objects).
.PHONY: check-floors
check: check-floors
check-floors: $(LIB_OBJ)
	sh test/callgraph.sh
	sh tools/callgraph.sh lib $(B)/obj

demo: $(EXAMPLES) $(B)/mlhead
	sh examples/demo.sh $(B)/examples $(B)/mlhead

# ---- install ---------------------------------------------------------------
# Man pages are man/NAME.SECTION; each page of section 3 is also linked under
# every other name its NAME line gives (tools/man-names.sh), so that
# `man mlhead_close` finds the page of mlhead_open.  PROGRAMS are the
# commands installed to BINDIR, those of them that are built.
PROGRAMS ?= $(B)/mlhead
MAN1 := $(wildcard man/*.1)
MAN3 := $(wildcard man/*.3)

install: all
	$(INSTALL) -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR) \
	    $(DESTDIR)$(DATADIR)/mlhead $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3
	$(INSTALL) -m 644 include/mlhead.h $(DESTDIR)$(INCLUDEDIR)/mlhead.h
	$(INSTALL) -m 755 $(B)/libmlhead.so.$(VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf libmlhead.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libmlhead.so
	$(INSTALL) -m 644 $(B)/libmlhead.a $(DESTDIR)$(LIBDIR)/libmlhead.a
	$(INSTALL) -m 644 $(B)/mlhead.pc $(DESTDIR)$(PKGCONFIGDIR)/mlhead.pc
	$(INSTALL) -m 644 $(B)/mlhead.db $(DESTDIR)$(DATADIR)/mlhead/mlhead.db
	$(if $(MAN1),$(INSTALL) -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1/)
	$(if $(MAN3),$(INSTALL) -m 644 $(MAN3) $(DESTDIR)$(MANDIR)/man3/)
	for page in $(MAN3); do \
	    for name in $$(sh tools/man-names.sh $$page); do \
	        ln -sf $${page#man/} $(DESTDIR)$(MANDIR)/man3/$$name.3 || exit 1; \
	    done; \
	done
	$(if $(wildcard $(PROGRAMS)),$(INSTALL) -d $(DESTDIR)$(BINDIR))
	$(if $(wildcard $(PROGRAMS)),$(INSTALL) -m 755 $(wildcard $(PROGRAMS)) $(DESTDIR)$(BINDIR)/)

uninstall:
	rm -f $(DESTDIR)$(INCLUDEDIR)/mlhead.h $(DESTDIR)$(PKGCONFIGDIR)/mlhead.pc \
	    $(DESTDIR)$(LIBDIR)/libmlhead.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
	    $(DESTDIR)$(LIBDIR)/libmlhead.so $(DESTDIR)$(LIBDIR)/libmlhead.a \
	    $(DESTDIR)$(DATADIR)/mlhead/mlhead.db \
	    $(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(MAN1)) \
	    $(patsubst man/%,$(DESTDIR)$(MANDIR)/man3/%,$(MAN3)) \
	    $(patsubst %,$(DESTDIR)$(BINDIR)/%,$(notdir $(PROGRAMS)))
	for page in $(MAN3); do \
	    for name in $$(sh tools/man-names.sh $$page); do \
	        rm -f $(DESTDIR)$(MANDIR)/man3/$$name.3; \
	    done; \
	done
	-rmdir $(DESTDIR)$(DATADIR)/mlhead 2>/dev/null

clean:
	rm -rf $(B)

# ---- style: .clang-format ----------------------------------------------------
FORMAT_SRC = $(wildcard include/*.h lib/*.[ch] test/*.[ch] test/sql/*.c examples/*.c cli/*.[ch] \
                        bench/*.[ch] fuzz/*.[ch])
format:
	clang-format -i $(FORMAT_SRC)

format-check:
	clang-format --dry-run -Werror $(FORMAT_SRC)

# ---- install checks ----
# What make install delivers, checked: only mlhead_ symbols exported, the
# header alone in C and C++, the man pages, the database in other SQLite
# clients, and installcheck (install, link through pkg-config alone, run,
# uninstall).  check-install runs them all.
.PHONY: check-install check-exports check-header check-man check-sql installcheck

check-install: check-exports check-header check-man check-sql installcheck

check-exports: $(B)/libmlhead.so $(B)/libmlhead.a
	CC='$(CC)' sh test/exports.sh $(B)/libmlhead.so.$(VERSION) $(B)/libmlhead.a

check-header: $(B)/libmlhead.so
	CC='$(CC)' CXX='$(CXX)' sh test/header.sh

check-man:
	sh test/man.sh

installcheck: all
	MAKE='$(MAKE)' CC='$(CC)' CFLAGS='$(CFLAGS)' LDFLAGS='$(LDFLAGS)' sh test/installcheck.sh

check-sql: $(B)/mlhead.db $(B)/test/sql/facts $(B)/node/installed
	NODE_PATH=$(B)/node/node_modules sh test/sql/clients.sh $(B)/mlhead.db $(B)/test/sql/facts

$(B)/test/sql/facts: test/sql/facts.c $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlhead.a $(SQLITE_LIBS)

# better-sqlite3 as the committed lock file pins it.  It compiles its own
# SQLite from source when no prebuilt binary can be fetched; -O0 saves a
# minute, and the few queries it answers come out the same.
$(B)/node/installed: test/sql/package.json test/sql/package-lock.json
	rm -rf $(B)/node
	mkdir -p $(B)/node
	cp test/sql/package.json test/sql/package-lock.json $(B)/node/
	cd $(B)/node && CFLAGS=-O0 CXXFLAGS=-O0 npm ci --no-audit --no-fund
	touch $@

# ---- command line tool ----
# build/mlhead, linked statically like the examples; its test runs every
# subcommand (test/cli.sh); `make pictures` renders doc/chart.png and
# doc/graph.png from the tool's own SVG and DOT.
CLI_OBJ := $(patsubst cli/%.c,$(B)/cli/%.o,$(wildcard cli/*.c))

.PHONY: check-cli pictures

# -Ilib for lib/utf8.h alone: the command shares the library's decoder.
$(B)/cli/%.o: cli/%.c cli/cli.h include/mlhead.h lib/utf8.h
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -Ilib $(CFLAGS) -c -o $@ $<

$(B)/mlhead: $(CLI_OBJ) $(B)/libmlhead.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libmlhead.a $(SQLITE_LIBS)

check: check-cli
check-cli: $(B)/mlhead $(B)/mlhead.db
	sh test/cli.sh $(B)/mlhead $(B)/mlhead.db

pictures: $(B)/mlhead
	$(B)/mlhead chart --svg $(B)/chart.svg > /dev/null
	rsvg-convert -o doc/chart.png $(B)/chart.svg
	$(B)/mlhead graph | dot -Tpng -o doc/graph.png

# ---- benchmarks ----
# make bench: the table of bench/bench.c, beside hand-written SQLite, on the
# embedded data and on generated databases of BENCH_SCALE roles each (CI:
# BENCH_SCALE="100 10000" BENCH_FLAGS=--quick).  See BENCHMARKS.md.
BENCH_SCALE ?= 100 10000 1000000
BENCH_FLAGS ?=
BENCH_DBS   := $(foreach n,$(BENCH_SCALE),$(B)/bench/scale-$(n).db)
BENCH_SALARY_SQL := SELECT b.min_usd, b.max_usd, b.avg_usd FROM role r \
    JOIN salary_band_role br ON br.role_id = r.id JOIN salary_band b ON b.id = br.band_id \
    WHERE r.id = (SELECT id FROM role WHERE title = 'Head of ML' \
    UNION ALL SELECT role_id FROM role_alias WHERE alias = 'Head of ML' LIMIT 1)
.PHONY: bench bench-build

# The guide's database plus N generated roles and items (bench/scale.sql),
# built the way $(B)/mlhead.db is, so the library opens it as its own.
$(B)/bench/scale-%.db: $(SQL) bench/scale.sql
	@mkdir -p $(@D)
	rm -f $@.tmp
	{ cat $(filter-out schema/9%,$(SQL)); echo '.parameter set $$n $*'; \
	  cat bench/scale.sql $(filter schema/9%,$(SQL)); } | $(SQLITE3) -bail $@.tmp
	mv $@.tmp $@

$(B)/bench/bench: $(wildcard bench/*.c) bench/bench.h $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(SQLITE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ \
	    $(filter %.c,$^) $(B)/libmlhead.a $(SQLITE_LIBS)

bench-build: $(B)/bench/bench

# build/mlhead.db without its views, which the library never reads: what
# they cost the first question on a connection (BENCHMARKS.md).
$(B)/bench/noview.db: $(B)/mlhead.db
	@mkdir -p $(@D)
	rm -f $@.tmp
	cp $< $@.tmp
	$(SQLITE3) $@.tmp "SELECT 'DROP VIEW ' || name || ';' FROM sqlite_schema WHERE type = 'view'" \
	    | $(SQLITE3) -bail $@.tmp
	$(SQLITE3) $@.tmp VACUUM
	mv $@.tmp $@

# The mlhead command, once cli/ exists, against the sqlite3 shell.
BENCH_CLI := $(if $(wildcard cli/*.c),$(B)/mlhead)

bench: $(B)/bench/bench $(B)/mlhead.db $(B)/bench/noview.db $(BENCH_DBS) $(BENCH_CLI)
	$(B)/bench/bench $(BENCH_FLAGS) --db $(B)/mlhead.db --noview $(B)/bench/noview.db \
	    $(foreach f,$(BENCH_DBS),--scale $(f)) \
	    --process "sqlite3 shell: one salary" $(SQLITE3) -readonly $(B)/mlhead.db "$(BENCH_SALARY_SQL)" -- \
	    $(if $(BENCH_CLI),--process "mlhead salary: one salary" $(BENCH_CLI) salary "Head of ML" --)

# ---- hardening ----
# Sanitizers, valgrind, threads, fault injection, fuzzing and coverage.
# Each variant is this Makefile run again with its own B (build/asan,
# build/tsan, build/cov, build/fuzz), so no instrumented object ever mixes
# with build/.  The variants put their flags in CFLAGS only: the link lines
# above take CFLAGS too, and LDFLAGS stays free for the per-test additions.
.PHONY: check-asan check-valgrind check-tsan coverage fuzz fuzz-lib fuzz-regress hardening

SAN_CFLAGS  := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
               -fno-sanitize-recover=all
TSAN_CFLAGS := -O1 -g -fsanitize=thread
COV_CFLAGS  := -O0 -g --coverage -fprofile-update=atomic
FUZZ_CC     ?= clang
FUZZ_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
               -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60
VALGRIND_FAULT_STRIDE ?= 10
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
# exitcode: a sanitizer's finding must not pass for the mlhead command's
# "not found" (exit 1), which make demo expects for its typo.
export ASAN_OPTIONS  := halt_on_error=1:abort_on_error=0:detect_leaks=1:exitcode=86
export UBSAN_OPTIONS := halt_on_error=1:print_stacktrace=1:exitcode=86
export TSAN_OPTIONS  := halt_on_error=1

# The fault tests take the library's calls into SQLite and malloc through
# their own wrappers; the shared op table (test/ops.h) feeds most suites.
FAULT_WRAP := $(foreach f,sqlite3_prepare_v2 sqlite3_prepare_v3 sqlite3_step \
                sqlite3_bind_text sqlite3_bind_int64 sqlite3_bind_null sqlite3_deserialize \
                malloc calloc realloc,-Wl,--wrap=$(f))
$(B)/test/test_faults: LDFLAGS += $(FAULT_WRAP)
$(B)/test/test_threads: LDFLAGS += -pthread
$(patsubst test/%.c,$(B)/test/%,$(wildcard test/test_*.c)): test/ops.h test/sha256.h

# The cmocka programs of a variant's build directory.  The variants run
# these and the examples (make demo, the mlhead command included), not the
# command's own test: test/cli.sh runs it under valgrind, which an ASan
# binary refuses.
variant_tests = $(patsubst test/%.c,build/$(1)/test/%,$(wildcard test/test_*.c))

check-asan:
	$(MAKE) B=build/asan CFLAGS='$(SAN_CFLAGS)' all build/asan/mlhead $(call variant_tests,asan)
	sh test/run.sh $(call variant_tests,asan)
	sh examples/demo.sh build/asan/examples build/asan/mlhead

# Valgrind over the plain build: every test, then every example through
# demo.sh (sh itself is not traced, its children are).
check-valgrind: all $(TESTS) $(B)/mlhead
	MLHEAD_FAULT_STRIDE=$(VALGRIND_FAULT_STRIDE) RUNNER='$(VALGRIND)' sh test/run.sh $(TESTS)
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

# One sub-make builds the instrumented library for every harness.
fuzz-lib:
	$(MAKE) B=build/fuzz CC=$(FUZZ_CC) CFLAGS='$(FUZZ_CFLAGS)' build/fuzz/libmlhead.a

build/fuzz/bin/%: fuzz/%.c test/ops.h include/mlhead.h fuzz-lib
	@mkdir -p $(@D)
	$(FUZZ_CC) $(BASE_CFLAGS) -Itest -Wno-conversion $(FUZZ_CFLAGS) -fsanitize=fuzzer \
	    -o $@ $< build/fuzz/libmlhead.a $(SQLITE_LIBS)

build/fuzz/fuzz_names.seed:
	mkdir -p $@

build/fuzz/fuzz_db.seed: $(B)/mlhead.db fuzz/tiny.sql
	rm -rf $@ && mkdir -p $@
	cp $(B)/mlhead.db $@/tiny.db
	$(SQLITE3) -bail $@/tiny.db < fuzz/tiny.sql

fuzz-run-%: build/fuzz/bin/% build/fuzz/%.seed
	@mkdir -p build/fuzz/$*.corpus build/fuzz/crashes
	$< -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/crashes/$*- build/fuzz/$*.corpus fuzz/$* build/fuzz/$*.seed

fuzz: $(addprefix fuzz-run-,$(FUZZERS))

fuzz-regress: $(FUZZ_BIN)
	for f in $(FUZZERS); do build/fuzz/bin/$$f fuzz/$$f/* || exit 1; done


# Everything above, as CI runs it.
hardening: check-asan check-valgrind check-tsan fuzz-regress fuzz coverage
