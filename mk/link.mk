# mk/link.mk - which libmlhead the mlhead command links:
#
#   LINK_CLI=static   build/libmlhead.a (the default): one file that runs
#                     from build/ or anywhere it is copied
#   LINK_CLI=shared   build/libmlhead.so.VERSION (and its links), as a
#                     distribution ships it (debian/rules): a fixed library
#                     fixes the command.  It needs the library to run:
#                     installed, or from the tree with LD_LIBRARY_PATH=build
#
# The command calls no SQLite of its own, so the shared link names only
# libmlhead and what the command's parts add to JANSSON_LIBS for
# $(B)/mlhead (mk/mcp.mk: libmicrohttpd): CLI_LIBS is expanded in the
# recipe, where those additions hold.
LINK_CLI ?= static
ifeq ($(LINK_CLI),shared)
CLI_LIB  := $(B)/libmlhead.so
CLI_LIBS = $(B)/libmlhead.so.$(VERSION) $(JANSSON_LIBS)
else ifeq ($(LINK_CLI),static)
CLI_LIB  := $(B)/libmlhead.a
CLI_LIBS = $(CLI_LIB) $(SQLITE_LIBS) $(JANSSON_LIBS)
else
$(error LINK_CLI is static or shared, not "$(LINK_CLI)")
endif
