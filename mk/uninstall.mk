# mk/uninstall.mk - make uninstall: removes what make install wrote, with
# the same PREFIX, DESTDIR and directories.
PHONY += uninstall

uninstall:
	rm -f $(DESTDIR)$(INCLUDEDIR)/mlhead.h $(DESTDIR)$(PKGCONFIGDIR)/mlhead.pc \
	    $(DESTDIR)$(LIBDIR)/libmlhead.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
	    $(DESTDIR)$(LIBDIR)/libmlhead.so $(DESTDIR)$(LIBDIR)/libmlhead.a \
	    $(DESTDIR)$(DATADIR)/mlhead/mlhead.db \
	    $(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(MAN1)) \
	    $(patsubst man/%,$(DESTDIR)$(MANDIR)/man3/%,$(MAN3)) \
	    $(patsubst %,$(DESTDIR)$(BINDIR)/%,$(notdir $(PROGRAMS)))
	$(call man3_links,rm -f $(DESTDIR)$(MANDIR)/man3/$$name.3)
	-rmdir $(DESTDIR)$(DATADIR)/mlhead 2>/dev/null
