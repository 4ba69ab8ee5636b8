# mk/bench.mk - make bench: the table of bench/bench.c, beside hand-written
# SQLite, on the embedded data and on generated databases of BENCH_SCALE
# roles each (CI: BENCH_SCALE="100 10000" BENCH_FLAGS=--quick).  The
# sqlite3 shell answers the same question through the role_name view, as a
# person at its prompt would.  See BENCHMARKS.md.
BENCH_SCALE ?= 100 10000 1000000
BENCH_FLAGS ?=
BENCH_DBS   := $(foreach n,$(BENCH_SCALE),$(B)/bench/scale-$(n).db)
BENCH_SALARY_SQL := SELECT b.min_usd, b.max_usd, b.avg_usd FROM role_name n \
    JOIN salary_band_role br ON br.role_id = n.role_id JOIN salary_band b ON b.id = br.band_id \
    WHERE n.name = 'Head of ML' LIMIT 1
# The mlhead command, once cli/ exists, against the sqlite3 shell.
BENCH_CLI := $(if $(wildcard cli/*.c),$(B)/mlhead)
PHONY += bench bench-build

# The guide's database plus N generated roles and items (bench/scale.sql),
# built the way $(B)/mlhead.db is, so the library opens it as its own.
$(B)/bench/scale-%.db: $(SQL) bench/scale.sql
	@mkdir -p $(@D)
	rm -f $@.tmp
	$(call sql_build,{ cat $(filter-out schema/9%,$(SQL)); echo '.parameter set $$n $*'; \
	  cat bench/scale.sql $(filter schema/9%,$(SQL)); },$@.tmp)
	mv $@.tmp $@

# The guide's database with one more item, "x" 2,000 times, and its search
# rows made again as the build makes them (bench.c, --words).
$(B)/bench/words.db: $(B)/mlhead.db schema/910_search.sql schema/920_search_rows.sql
	@mkdir -p $(@D)
	rm -f $@.tmp
	cp $(B)/mlhead.db $@.tmp
	{ echo "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 2000)" \
	       "INSERT INTO item (category_id, position, term, text, line)" \
	       "SELECT (SELECT category_id FROM item ORDER BY line DESC LIMIT 1)," \
	       "(SELECT max(position) + 1 FROM item WHERE category_id =" \
	       "(SELECT category_id FROM item ORDER BY line DESC LIMIT 1))," \
	       "NULL, group_concat('x', ' '), (SELECT max(line) + 1 FROM item) FROM k;" \
	       "DROP TABLE search;"; \
	  cat schema/910_search.sql schema/920_search_rows.sql; } | $(SQLITE3) -bail $@.tmp
	mv $@.tmp $@

$(B)/bench/bench: $(wildcard bench/*.c) bench/bench.h $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(SQLITE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ \
	    $(filter %.c,$^) $(B)/libmlhead.a $(SQLITE_LIBS)

bench-build: $(B)/bench/bench

# --lean: the first part of the copy the library embeds (the tables of a
# salary question), to show what the rest of the schema costs a first
# question on a connection (BENCHMARKS.md).
bench: $(B)/bench/bench $(B)/mlhead.db $(B)/embedded.db $(B)/bench/words.db $(BENCH_DBS) $(BENCH_CLI)
	$(B)/bench/bench $(BENCH_FLAGS) --db $(B)/mlhead.db --lean $(B)/embedded.db \
	    --words $(B)/bench/words.db \
	    $(foreach f,$(BENCH_DBS),--scale $(f)) \
	    --process "sqlite3 shell: one salary" $(SQLITE3) -readonly $(B)/mlhead.db "$(BENCH_SALARY_SQL)" -- \
	    $(if $(BENCH_CLI),--process "mlhead salary: one salary" $(BENCH_CLI) salary "Head of ML" --)

# The graph walk against salary_range's SQL path, and crafted graphs
# (bench/path/path.c; BENCHMARKS.md, "Path").
PHONY += bench-path
$(B)/bench/path: bench/path/path.c $(B)/libmlhead.a
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(SQLITE_CFLAGS) $(CFLAGS) $(LDFLAGS) -Wno-missing-prototypes -o $@ $< \
	    $(B)/libmlhead.a $(SQLITE_LIBS)

bench-path: $(B)/bench/path $(B)/mlhead.db
	$(B)/bench/path $(B)/mlhead.db $(B)/bench
