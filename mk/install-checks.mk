# mk/install-checks.mk - what make install delivers, checked: only mlhead_
# symbols exported, the header alone in C and C++, the man pages, the
# database in other SQLite clients, and installcheck (install, link
# through pkg-config alone, run, uninstall).  check-install runs them all.
PHONY += check-install check-exports check-header check-man check-sql installcheck
# make check runs the export check too: a new call missing from
# lib/mlhead.map (or from mlhead.h) fails before it lands; and the man
# pages' check, so an example that does not compile and run fails it.
CHECKS += check-exports check-man

check-install: check-exports check-header check-man check-sql installcheck

check-exports: $(B)/libmlhead.so $(B)/libmlhead.a
	CC='$(CC)' sh test/exports.sh $(B)/libmlhead.so.$(VERSION) $(B)/libmlhead.a

check-header: $(B)/libmlhead.so
	CC='$(CC)' CXX='$(CXX)' sh test/header.sh

check-man: $(B)/libmlhead.a $(B)/mlhead
	CC='$(CC)' sh test/man.sh $(B)

installcheck: all
	MAKE='$(MAKE)' CC='$(CC)' CFLAGS='$(CPPFLAGS) $(CFLAGS)' LDFLAGS='$(LDFLAGS)' \
	    sh test/installcheck.sh

check-sql: $(B)/mlhead.db $(B)/test/sql/facts $(B)/node/installed
	NODE_PATH=$(B)/node/node_modules sh test/sql/clients.sh $(B)/mlhead.db $(B)/test/sql/facts

$(B)/test/sql/facts: test/sql/facts.c $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlhead.a $(SQLITE_LIBS)

# better-sqlite3 as the committed lock file pins it; the stamp runs npm ci
# again only when the lock changes.  It compiles its own SQLite from source
# when no prebuilt binary can be fetched; -O0 saves a minute, and the few
# queries it answers come out the same.
$(B)/node/installed: test/sql/package.json test/sql/package-lock.json
	$(call npm_ci,CFLAGS=-O0 CXXFLAGS=-O0)

# The ABI gate: the shared library against abi/'s baselines (test/abi.sh).
PHONY += check-abi
check-abi: $(B)/libmlhead.so
	MAKE='$(MAKE)' CC='$(CC)' sh test/abi.sh $(B)/libmlhead.so.$(VERSION)
