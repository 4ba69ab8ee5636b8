# mk/floors.mk - no circle of calls between lib/'s files: tools/callgraph.sh
# reads the objects (nm), prints the graph and fails on a circle; make
# check runs it.
CHECKS += check-floors
PHONY  += check-floors

check-floors: $(LIB_OBJ)
	sh test/callgraph.sh
	sh tools/callgraph.sh lib $(B)/obj
