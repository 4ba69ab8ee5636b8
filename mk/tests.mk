# mk/tests.mk - the test programs of make check, the command's test, and
# make demo (the examples and the command on the embedded data).
CHECKS += check-cli
PHONY += check-cli demo

$(B)/test/%: test/%.c test/helpers.h test/ops.h test/sha256.h test/variants.h test/property.h $(B)/libmlhead.a $(B)/mlhead.db
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CMOCKA_CFLAGS) -DTEST_DB=\"$(B)/mlhead.db\" \
	    -DTEST_GUIDE=\"seed/guide.txt\" -Wno-conversion $(CFLAGS) $(LDFLAGS) -o $@ $< \
	    $(B)/libmlhead.a $(SQLITE_LIBS) $(CMOCKA_LIBS)

# The fault tests wrap the library's calls into SQLite and malloc.
FAULT_WRAP := $(foreach f,sqlite3_prepare_v2 sqlite3_prepare_v3 sqlite3_step \
                sqlite3_bind_text sqlite3_bind_int64 sqlite3_bind_null sqlite3_deserialize \
                malloc calloc realloc,-Wl,--wrap=$(f))
$(B)/test/test_faults: LDFLAGS += $(FAULT_WRAP)
$(B)/test/test_threads: LDFLAGS += -pthread

check-cli: $(B)/mlhead $(B)/mlhead.db
	sh test/cli.sh $(B)/mlhead $(B)/mlhead.db

demo: $(EXAMPLES) $(B)/mlhead
	sh examples/demo.sh $(B)/examples $(B)/mlhead
