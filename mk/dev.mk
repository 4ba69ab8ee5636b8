# mk/dev.mk - the developer's chores: format the sources, draw the pictures.
#
#   make format         clang-format -i over FORMAT_SRC (.clang-format)
#   make format-check   fails on any file clang-format would change
#   make pictures       doc/chart.png and doc/graph.png from the command's SVG and DOT
PHONY += format format-check pictures

format:
	clang-format -i $(FORMAT_SRC)

format-check:
	clang-format --dry-run -Werror $(FORMAT_SRC)

pictures: $(B)/mlhead
	$(B)/mlhead chart --svg $(B)/chart.svg > /dev/null
	rsvg-convert -o doc/chart.png $(B)/chart.svg
	$(B)/mlhead graph | dot -Tpng -o doc/graph.png
