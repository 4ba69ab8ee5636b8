# mk/cmake.mk - the CMake package: make install also writes
# LIBDIR/cmake/mlhead/mlheadConfig.cmake and mlheadConfigVersion.cmake
# (imported targets mlhead::mlhead, mlhead::mlhead_static), with the final
# directories (DESTDIR is only where they are put); make uninstall removes them.
CMAKEDIR ?= $(LIBDIR)/cmake/mlhead
CMAKE_FILES := $(B)/cmake/mlheadConfig.cmake $(B)/cmake/mlheadConfigVersion.cmake
PHONY += install-cmake uninstall-cmake

all: $(CMAKE_FILES)
install: install-cmake
uninstall: uninstall-cmake

$(B)/cmake/%.cmake: cmake/%.cmake.in include/mlhead.h $(B)/dirs.stamp
	@mkdir -p $(@D)
	sed -e 's|@LIBDIR@|$(LIBDIR)|g' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' \
	    -e 's|@VERSION@|$(VERSION)|g' -e 's|@MAJOR@|$(MAJOR)|g' $< > $@

install-cmake: $(CMAKE_FILES)
	$(INSTALL) -d $(DESTDIR)$(CMAKEDIR)
	$(INSTALL) -m 644 $(CMAKE_FILES) $(DESTDIR)$(CMAKEDIR)/

uninstall-cmake:
	rm -f $(addprefix $(DESTDIR)$(CMAKEDIR)/,$(notdir $(CMAKE_FILES)))
	-rmdir $(DESTDIR)$(CMAKEDIR) $(DESTDIR)$(LIBDIR)/cmake 2>/dev/null
