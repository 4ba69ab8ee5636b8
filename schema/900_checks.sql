-- libmlhead consistency checks: the one list of them.  The build runs
-- this file after seed/*.sql, and mlhead_open() runs the same text (the
-- library embeds it, generated into build/schema.c) on every file it opens.
--
-- Each statement is a SELECT of the rows that break its rule: the table,
-- the row (rowid, or the key of a WITHOUT ROWID table) and the rule.  A
-- file keeps every rule when no statement returns a row: the build fails
-- on any output of this file (Makefile), and the library reports the first
-- row as MLHEAD_CORRUPT.  Nothing here writes, not even a TEMP table.
--
-- Every statement is plain SQL of the schema's own tables: no view, no
-- trigger, no function a file could define.
--
-- Rules of one value alone are not here but in lib/validate.c's pass over
-- every value (C, a few nanoseconds a value where an SQL expression takes
-- a microsecond): its type, valid UTF-8, its length, an int's width, and a
-- name's form (the columns compared NOCASE: at most MLHEAD_NAME_MAX bytes,
-- not empty, and as a lookup folds it: no blank at either end, no two
-- blanks in a row, no other ASCII white space), and a slug's (lowercase
-- ASCII words joined by single hyphens).  `make check` opens the
-- build's file by path (test/test_open.c), so that pass runs on it too.

-- A name finds one row.  A lookup takes a title or a slug (a role's alias
-- too), folds it (lib/fold.c: ASCII letters lower-cased) and compares it
-- with = under the columns' NOCASE; a heading's lookup stays inside its
-- section.  UNIQUE keeps titles apart from titles and slugs from slugs;
-- here no alias repeats a title, and no title or alias is another row's
-- slug.  Each join searches the UNIQUE index of the name it compares with.
SELECT 'role_alias', a.alias, 'alias equals a role title: ' || a.alias
FROM role_alias a JOIN role r ON r.title = a.alias COLLATE NOCASE
UNION ALL
SELECT 'role_alias', a.alias, 'alias equals a role slug: ' || a.alias
FROM role_alias a JOIN role r ON r.slug = a.alias COLLATE NOCASE AND r.id <> a.role_id
UNION ALL
SELECT 'role', t.id, 'title equals a role slug: ' || t.title
FROM role t JOIN role r ON r.slug = t.title COLLATE NOCASE AND r.id <> t.id
UNION ALL
SELECT 'track', t.id, 'title equals a track slug: ' || t.title
FROM track t JOIN track k ON k.slug = t.title COLLATE NOCASE AND k.id <> t.id
UNION ALL
SELECT 'section', t.id, 'title equals a section slug: ' || t.title
FROM section t JOIN section k ON k.slug = t.title COLLATE NOCASE AND k.id <> t.id
UNION ALL
SELECT 'category', t.id, 'title equals a heading slug: ' || t.title
FROM category t JOIN category k ON k.section_id = t.section_id
                               AND k.slug = t.title COLLATE NOCASE AND k.id <> t.id;

-- A track's steps are 1, 2, 3, ... with no gap.
SELECT 'track', t.id, 'track levels have a gap: ' || t.slug
FROM track t
WHERE (SELECT count(*) FROM role WHERE track_id = t.id)
   <> (SELECT ifnull(max(level), 0) FROM role WHERE track_id = t.id)
   OR NOT EXISTS (SELECT 1 FROM role WHERE track_id = t.id);

-- Items are numbered 1..n within their category.
SELECT 'category', c.id, 'item positions have a gap: ' || c.title
FROM category c JOIN item i ON i.category_id = c.id
GROUP BY c.id HAVING count(*) <> max(i.position);

-- A parent category lies in the same section as its child, and only one
-- level of nesting exists (section > group > category > item).
SELECT 'category', c.id, 'bad category nesting: ' || c.title
FROM category c JOIN category p ON p.id = c.parent_id
WHERE p.section_id <> c.section_id OR p.parent_id IS NOT NULL;

-- A group holds categories, not items.
SELECT 'category', p.id, 'items directly under a group: ' || p.title
FROM category p
WHERE EXISTS (SELECT 1 FROM category c WHERE c.parent_id = p.id)
  AND EXISTS (SELECT 1 FROM item i WHERE i.category_id = p.id);

-- Every heading has something under it.
SELECT 'category', c.id, 'empty heading: ' || c.title
FROM category c
WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.category_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM category k WHERE k.parent_id = c.id);

-- Every band serves a role, and its market matches the edition's.
SELECT 'salary_band', b.id, 'band serves no role: ' || b.label
FROM salary_band b
WHERE NOT EXISTS (SELECT 1 FROM salary_band_role br WHERE br.band_id = b.id);
SELECT 'salary_band', b.id, 'band differs from edition: ' || b.label
FROM salary_band b, edition e
WHERE b.market <> e.market OR b.currency <> e.currency OR b.year <> e.year;

-- A band's search row lists the titles and aliases of the roles it serves
-- (920_search_rows.sql): together they fit in a text the library takes
-- (MH_TEXT_MAX in lib/internal.h: 65,536 bytes, less room for the figures).
-- A name is at most 256 bytes, so only a band of more than 252 names can
-- break the rule: the names are counted first, from the indexes alone, and
-- their bytes summed for those bands only.
SELECT 'salary_band', band, 'its roles have more names than its search row takes'
FROM (SELECT band_id AS band, count(*) AS names FROM salary_band_role GROUP BY band_id
      UNION ALL
      SELECT br.band_id, count(*)
      FROM role_alias a JOIN salary_band_role br ON br.role_id = a.role_id
      GROUP BY br.band_id)
GROUP BY band
HAVING sum(names) > 252
   AND (SELECT sum(length(CAST(r.title AS BLOB)) + 1)
        FROM salary_band_role br JOIN role r ON r.id = br.role_id
        WHERE br.band_id = band)
       + ifnull((SELECT sum(length(CAST(a.alias AS BLOB)) + 1)
                 FROM salary_band_role br JOIN role_alias a ON a.role_id = br.role_id
                 WHERE br.band_id = band), 0) > 65000;

-- A move's provenance line lies inside its section: from the section's
-- line to the next section's (the last section has no end: the comparison
-- with no next line is NULL, which keeps the row).  Each section's end is
-- worked out once, not once a row.
SELECT 'move', m.from_role_id || '-' || m.to_role_id, 'move outside its section: line ' || m.line
FROM (SELECT id, line, lead(line) OVER (ORDER BY line) AS next FROM section) s
JOIN move m ON m.section_id = s.id
WHERE m.line < s.line OR m.line >= s.next;

-- An item's line lies below its heading and inside its section (as a
-- move's).
SELECT 'item', i.id, 'item outside its section: line ' || i.line
FROM (SELECT id, lead(line) OVER (ORDER BY line) AS next FROM section) s
JOIN category c ON c.section_id = s.id
JOIN item i ON i.category_id = c.id
WHERE i.line <= c.line OR i.line >= s.next;

-- The one edition row exists.
SELECT 'edition', 1, 'the edition row is missing'
WHERE NOT EXISTS (SELECT 1 FROM edition WHERE id = 1);

-- A section's intro is the line under its title, and its closing words
-- share the line of one of its items (the guide glues them onto its last
-- bullet; bench/scale.sql adds items after the guide's end).
SELECT 'section', s.id, 'intro is not the line under its title: ' || s.slug
FROM section s
WHERE s.intro_line <> s.line + 1;
SELECT 'section', s.id, 'closing is not on the line of an item: ' || s.slug
FROM section s
WHERE s.closing_line IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM item i JOIN category c ON c.id = i.category_id
                  WHERE c.section_id = s.id AND i.line = s.closing_line);
