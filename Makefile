# libmlhead: build, test and install.  GNU make.  See README.
#
#   make              the database, both libraries, mlhead.pc, the command, the examples
#   make check        every cmocka test, then CHECKS (the command's test and the rest)
#   make install      PREFIX, DESTDIR, LIBDIR, INCLUDEDIR, DATADIR, MANDIR, BINDIR;
#                     the user's CPPFLAGS, CFLAGS and LDFLAGS are added to ours
#   make clean;  USE_WERROR=0 keeps warnings warnings;  make uninstall: mk/uninstall.mk
#   (-gdwarf-4: Debian 12's valgrind cannot read clang 14's default DWARF 5)
#
# The core.  The rest is in mk/*.mk, one job a file (mk/tests.mk: the test
# programs and make demo); each appends to CHECKS, PROGRAMS, FORMAT_SRC, PHONY.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR    ?= $(PREFIX)/share
MANDIR     ?= $(DATADIR)/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

CFLAGS     ?= -O2 -g -gdwarf-4
USE_WERROR ?= 1
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
JANSSON_CFLAGS := $(shell $(PKG_CONFIG) --cflags jansson)
JANSSON_LIBS   := $(shell $(PKG_CONFIG) --libs jansson)
CMOCKA_CFLAGS  = $(shell $(PKG_CONFIG) --cflags cmocka)
CMOCKA_LIBS    = $(shell $(PKG_CONFIG) --libs cmocka)

WARNINGS := -Wall -Wextra -Wpedantic -Wshadow -Wconversion \
            -Wstrict-prototypes -Wmissing-prototypes $(if $(filter 1,$(USE_WERROR)),-Werror)
BASE_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L $(WARNINGS) -Iinclude $(CPPFLAGS)
LIB_CFLAGS  := $(BASE_CFLAGS) -DMLHEAD_BUILDING -fPIC -fvisibility=hidden -Ilib $(SQLITE_CFLAGS)

# Schema, then the data, then the checks: plain SQL in file-name order.
SQL := $(sort $(wildcard schema/0*.sql)) $(sort $(wildcard seed/*.sql)) \
       $(sort $(wildcard schema/9*.sql))

LIB_OBJ  := $(patsubst lib/%.c,$(B)/obj/%.o,$(wildcard lib/*.c)) $(B)/obj/embedded.o \
            $(B)/obj/schema.o
CLI_OBJ  := $(patsubst cli/%.c,$(B)/cli/%.o,$(wildcard cli/*.c))
EXAMPLES := $(patsubst examples/%.c,$(B)/examples/%,$(wildcard examples/*.c))
TESTS    := $(patsubst test/%.c,$(B)/test/%,$(wildcard test/test_*.c))

# Filled in by this file and by mk/*.mk.
PROGRAMS  ?= $(B)/mlhead
CHECKS    :=
PHONY     := all check install clean FORCE
FORMAT_SRC = $(wildcard include/*.h lib/*.[ch] test/*.[ch] test/sql/*.c examples/*.c cli/*.[ch] \
                        bench/*.[ch] fuzz/*.[ch])

.DELETE_ON_ERROR:

all: $(B)/mlhead.db $(B)/mlhead $(B)/libmlhead.so $(B)/libmlhead.a $(B)/mlhead.pc $(EXAMPLES)

include $(sort $(wildcard mk/*.mk))

# ---- the database --------------------------------------------------------
# Fails on a violated constraint (sqlite3 -bail) or on any row the SQL
# prints, which is a broken consistency check (schema/900_checks.sql), then
# on integrity_check or foreign_key_check; VACUUM makes it small and
# repeatable.
sql_build = out=$$($(1) | $(SQLITE3) -bail $(2)) && \
	if [ -n "$$out" ]; then printf '%s: a consistency check fails:\n%s\n' $(2) "$$out" >&2; exit 1; fi

$(B)/mlhead.db: $(SQL)
	@mkdir -p $(B)
	rm -f $@.tmp
	$(call sql_build,cat $(SQL),$@.tmp)
	test "$$($(SQLITE3) $@.tmp 'PRAGMA integrity_check')" = ok
	test -z "$$($(SQLITE3) $@.tmp 'PRAGMA foreign_key_check')"
	$(SQLITE3) $@.tmp 'VACUUM'
	mv $@.tmp $@

# The copy compiled into the library, in two parts (tools/lean-copy.c):
# build/embedded.db holds the tables a salary question reads
# (EMBED_FIRST), build/embedded-rest.db every other.  Both are
# build/mlhead.db's rows without its views, indexes and every constraint
# but the primary keys: less for SQLite to parse, and a handle's first
# salary question parses only the first part (the rest is attached when
# a statement first needs it, lib/rows.c).  mlhead_open(path) checks
# files against build/schema.c, the full schema.
EMBED_FIRST := role role_alias salary_band_role salary_band

$(B)/tools/lean-copy: tools/lean-copy.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(SQLITE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(SQLITE_LIBS)

$(B)/embedded.db $(B)/embedded-rest.db &: $(B)/mlhead.db $(B)/tools/lean-copy Makefile
	$(B)/tools/lean-copy $< $(B)/embedded.db.tmp $(B)/embedded-rest.db.tmp $(EMBED_FIRST)
	mv $(B)/embedded-rest.db.tmp $(B)/embedded-rest.db
	mv $(B)/embedded.db.tmp $(B)/embedded.db

embed_array = echo 'const unsigned char $(1)[] = {'; \
	  od -An -v -tx1 $(2) | sed 's/\([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	  echo '};'; \
	  echo 'const size_t $(1)_size = sizeof $(1);'

$(B)/embedded.c: $(B)/embedded.db $(B)/embedded-rest.db
	{ echo '/* generated from $^ by make: do not edit */'; \
	  echo '#include "internal.h"'; \
	  $(call embed_array,mh_embedded_db,$(B)/embedded.db); \
	  $(call embed_array,mh_embedded_rest,$(B)/embedded-rest.db); } > $@

# ---- the libraries -------------------------------------------------------
$(B)/obj/%.o: lib/%.c $(wildcard lib/*.h) include/mlhead.h
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) $(CFLAGS) -c -o $@ $<

# The schema the build made and the checks it ran, compiled in: what
# mlhead_open() compares a file with and runs on it (lib/validate.c).
$(B)/schema.c: $(B)/mlhead.db schema/900_checks.sql schema/920_search_rows.sql tools/embed-sql.sh
	SQLITE3='$(SQLITE3)' sh tools/embed-sql.sh $(B)/mlhead.db schema/900_checks.sql \
	    schema/920_search_rows.sql > $@

# The generated sources (embedded.c, schema.c): no lib/ file has their name.
$(B)/obj/%.o: $(B)/%.c lib/internal.h include/mlhead.h
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) $(CFLAGS) -c -o $@ $<

# One relocatable object whose private mh_ names (only those: i386's PIC thunks
# stay as they are) are made local: a static link sees only the mlhead_ API.
$(B)/libmlhead.a: $(LIB_OBJ)
	rm -f $@
	$(LD) -r -o $(B)/obj/libmlhead.o $^
	$(OBJCOPY) --wildcard --localize-symbol='mh_*' $(B)/obj/libmlhead.o
	$(AR) rcs $@ $(B)/obj/libmlhead.o

# lib/mlhead.map gives each exported call the version that added it.
$(B)/libmlhead.so.$(VERSION): $(LIB_OBJ) lib/mlhead.map
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,--no-undefined -Wl,--version-script=lib/mlhead.map \
	    $(CFLAGS) $(LDFLAGS) -o $@ $(LIB_OBJ) $(SQLITE_LIBS)

$(B)/libmlhead.so: $(B)/libmlhead.so.$(VERSION)
	ln -sf libmlhead.so.$(VERSION) $(B)/$(SONAME)
	ln -sf $(SONAME) $@

# Directories under PREFIX are written ${prefix}/... (pkg-config
# --define-prefix); the stamp rebuilds it when the directories change.
under_prefix = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
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

# ---- the mlhead command and the examples (linked statically) ---------------
# -Ilib for lib/utf8.h alone; JSON through jansson (cli/json.c, shared with mcp/).
$(B)/cli/%.o: cli/%.c $(wildcard cli/*.h) include/mlhead.h lib/utf8.h
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) -Ilib $(JANSSON_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/mlhead: $(CLI_OBJ) $(CLI_LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(CLI_LIBS)

$(B)/examples/%: examples/%.c $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlhead.a $(SQLITE_LIBS)

check: all $(TESTS) $(CHECKS)
	sh test/run.sh $(TESTS)

# ---- install ---------------------------------------------------------------
# Each page of section 3 is also linked under every other name its NAME
# line gives (tools/man-names.sh): `man mlhead_close` finds mlhead_open's.
# PROGRAMS are the commands installed to BINDIR, those that are built.
MAN1 := $(wildcard man/*.1)
MAN3 := $(wildcard man/*.3)
man3_links = for page in $(MAN3); do for name in $$(sh tools/man-names.sh $$page); do \
    $(1) || exit 1; done; done

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
	$(call man3_links,ln -sf $${page#man/} $(DESTDIR)$(MANDIR)/man3/$$name.3)
	$(if $(wildcard $(PROGRAMS)),$(INSTALL) -d $(DESTDIR)$(BINDIR))
	$(if $(wildcard $(PROGRAMS)),$(INSTALL) -m 755 $(wildcard $(PROGRAMS)) $(DESTDIR)$(BINDIR)/)

clean:
	rm -rf $(B)

.PHONY: $(PHONY)
