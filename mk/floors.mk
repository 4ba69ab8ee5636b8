# mk/floors.mk - no circle of calls between the files of lib/, of cli/ or
# of mcp/: tools/callgraph.sh reads the objects (nm), prints the graph and
# fails on a circle; make check runs it.
CHECKS += check-floors
PHONY  += check-floors

check-floors: $(LIB_OBJ) $(B)/mlhead
	sh test/callgraph.sh
	sh tools/callgraph.sh lib $(B)/obj
	sh tools/callgraph.sh cli $(B)/cli
	sh tools/callgraph.sh mcp $(B)/mcp
# The one typed list path: each call assigns its own *out, so no T * is
# ever written through a void ** (a cast to void ** in lib/ is the sign).
	@! grep -n '(void \*\*)' lib/*.c || { echo 'lib/: a list written through void **' >&2; exit 1; }
