# ---- the Python binding (python/) ----
# make check-python: its unittest suite against $(B)/libmlhead.so (the
# layout test compiles a program from include/mlhead.h with CC; one test
# pip-installs the package offline).  PYTHON is Debian's python3 when there
# is one: tools/deps.sh gives it python3-setuptools and python3-wheel, which
# an offline `pip install --no-build-isolation` needs.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3) python3)

CHECKS += check-python
PHONY  += check-python

check-python: $(B)/libmlhead.so $(B)/mlhead.db
	CC='$(CC)' MLHEAD_TEST_LIBRARY='$(B)/libmlhead.so' MLHEAD_TEST_DB='$(B)/mlhead.db' \
	    $(PYTHON) -m unittest discover -s python/tests -t python/tests

FORMAT_SRC += $(wildcard python/tests/*.c)
