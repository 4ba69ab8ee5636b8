# mk/ports.mk - builds beyond amd64 gcc, each in its own build directory.
#
#   make check-i386    gcc -m32 (gcc-multilib, libsqlite3-dev:i386,
#                      libcmocka-dev:i386): the library, the static link and
#                      every cmocka program of make check, run
#   make check-clang   make check with clang, and CLANG_WARNINGS as errors
#   make check-mingw   compiles every file of lib/ with x86_64-w64-mingw32-gcc,
#                      warnings as errors (compile only: SQLite's header is
#                      the host's)
PHONY += check-i386 check-clang check-mingw

I386_PKG_CONFIG_LIBDIR ?= /usr/lib/i386-linux-gnu/pkgconfig
# Two of clang's warnings that gcc lacks, the ones -Weverything showed real
# cases of: a comma operator that does two jobs on one line, and a variable
# set only on some paths to its use.  (clang's -Wconversion takes in
# -Wsign-conversion too, which gcc's leaves out for C: an enum passed to the
# int of mlhead_*_name() is cast, as mlhead.h says.)
CLANG_WARNINGS ?= -Wcomma -Wconditional-uninitialized
MINGW_CC ?= x86_64-w64-mingw32-gcc

check-i386:
	PKG_CONFIG_LIBDIR=$(I386_PKG_CONFIG_LIBDIR) $(MAKE) B=build/i386 CC='$(CC) -m32' LD='$(LD) -m elf_i386' \
	    build/i386/libmlhead.a build/i386/libmlhead.so $(patsubst $(B)/%,build/i386/%,$(TESTS))
	file build/i386/libmlhead.so.$(VERSION) | grep -q 'ELF 32-bit'
	sh test/run.sh $(patsubst $(B)/%,build/i386/%,$(TESTS))

check-clang:
	$(MAKE) B=build/clang CC=clang CFLAGS='$(CFLAGS) $(CLANG_WARNINGS)' check

# Only SQLite's header is lent from the host, in a directory of its own.
# Every file of lib/ and the two the build generates.
MINGW_SRC = $(wildcard lib/*.c) $(patsubst $(B)/obj/%.o,$(B)/%.c,$(filter-out $(patsubst lib/%.c,$(B)/obj/%.o,$(wildcard lib/*.c)),$(LIB_OBJ)))
check-mingw: $(MINGW_SRC)
	@mkdir -p build/mingw/include
	ln -sf $$(echo '#include <sqlite3.h>' | $(CC) -E -M - | tr ' ' '\n' | grep '/sqlite3\.h$$') \
	    build/mingw/include/sqlite3.h
	for f in $(MINGW_SRC); do \
	    $(MINGW_CC) $(BASE_CFLAGS) -Werror -DMLHEAD_BUILDING -Ilib -Ibuild/mingw/include -O2 \
	        -c -o build/mingw/$$(basename $$f .c).o $$f || exit 1; \
	done
	@echo "mingw: $(words $(MINGW_SRC)) files compiled: $(notdir $(MINGW_SRC))"
