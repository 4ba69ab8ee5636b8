# mk/deb.mk - the Debian packages of debian/ (libmlhead1, libmlhead-dev,
# mlhead).
#
#   make check-package   what their build runs (debian/rules): every cmocka
#                        program, and the command as it is linked answering
#                        a question (LINK_CLI=shared runs it from build/)
#   make check-deb       as root: builds them in a copy of the tree under
#                        build/deb, lints, installs, uses, purges them
#                        (test/deb.sh)
PHONY += check-package check-deb

check-package: all $(TESTS) $(B)/mlhead
	sh test/run.sh $(TESTS)
	LD_LIBRARY_PATH=$(B) $(B)/mlhead salary Head of ML

# The tree's own command and example give the answers the installed ones
# must give.
check-deb: $(B)/mlhead $(B)/examples/salary
	sh test/deb.sh $(B)
