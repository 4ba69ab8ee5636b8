-- libmlhead build checks, applied after seed/*.sql.
-- Each rule below that finds a row makes the INSERT violate the CHECK of
-- build_check, so `sqlite3 -bail` stops with that rule's message and the
-- build fails.  Nothing here stays in the database (TEMP table).

CREATE TEMP TABLE build_check (rule TEXT CHECK (rule IS NULL));

-- A name finds one role: no alias repeats a title.
INSERT INTO build_check
    SELECT 'alias equals a role title: ' || a.alias
    FROM role_alias a JOIN role r ON r.title = a.alias COLLATE NOCASE;

-- A track's steps are 1, 2, 3, ... with no gap.
INSERT INTO build_check
    SELECT 'track levels have a gap: ' || t.slug
    FROM track t
    WHERE (SELECT count(*) FROM role WHERE track_id = t.id)
       <> (SELECT ifnull(max(level), 0) FROM role WHERE track_id = t.id)
       OR NOT EXISTS (SELECT 1 FROM role WHERE track_id = t.id);

-- Items are numbered 1..n within their category.
INSERT INTO build_check
    SELECT 'item positions have a gap: ' || c.title
    FROM category c JOIN item i ON i.category_id = c.id
    GROUP BY c.id HAVING count(*) <> max(i.position);

-- A parent category lies in the same section as its child, and only one
-- level of nesting exists (section > group > category > item).
INSERT INTO build_check
    SELECT 'bad category nesting: ' || c.title
    FROM category c JOIN category p ON p.id = c.parent_id
    WHERE p.section_id <> c.section_id OR p.parent_id IS NOT NULL;

-- A group holds categories, not items.
INSERT INTO build_check
    SELECT 'items directly under a group: ' || p.title
    FROM category p
    WHERE EXISTS (SELECT 1 FROM category c WHERE c.parent_id = p.id)
      AND EXISTS (SELECT 1 FROM item i WHERE i.category_id = p.id);

-- Every heading has something under it.
INSERT INTO build_check
    SELECT 'empty heading: ' || c.title
    FROM category c
    WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.category_id = c.id)
      AND NOT EXISTS (SELECT 1 FROM category k WHERE k.parent_id = c.id);

-- Every band serves a role, and its market matches the edition's.
INSERT INTO build_check
    SELECT 'band serves no role: ' || b.label
    FROM salary_band b
    WHERE NOT EXISTS (SELECT 1 FROM salary_band_role br WHERE br.band_id = b.id);
INSERT INTO build_check
    SELECT 'band differs from edition: ' || b.label
    FROM salary_band b, edition e
    WHERE b.market <> e.market OR b.currency <> e.currency OR b.year <> e.year;

-- A move's provenance line lies inside its section.
INSERT INTO build_check
    SELECT 'move outside its section: line ' || m.line
    FROM move m JOIN section s ON s.id = m.section_id
    WHERE m.line < s.line
       OR m.line >= ifnull((SELECT min(line) FROM section WHERE line > s.line), 1e9);

-- An item's line lies inside its section.
INSERT INTO build_check
    SELECT 'item outside its section: line ' || i.line
    FROM item i JOIN category c ON c.id = i.category_id
    JOIN section s ON s.id = c.section_id
    WHERE i.line <= c.line
       OR i.line >= ifnull((SELECT min(line) FROM section WHERE line > s.line), 1e9);

-- A section's intro is the line under its title, and its closing words
-- share the line of one of its items (the guide glues them onto its last
-- bullet; bench/scale.sql adds items after the guide's end).
INSERT INTO build_check
    SELECT 'intro is not the line under its title: ' || s.slug
    FROM section s
    WHERE s.intro_line <> s.line + 1;
INSERT INTO build_check
    SELECT 'closing is not on the line of an item: ' || s.slug
    FROM section s
    WHERE s.closing_line IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM item i JOIN category c ON c.id = i.category_id
                      WHERE c.section_id = s.id AND i.line = s.closing_line);

DROP TABLE build_check;
