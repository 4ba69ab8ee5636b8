-- libmlhead search rows: what schema/910_search.sql's table holds, derived
-- from the tables.  The build runs this text once, after the table is made;
-- mlhead_open() of a file embeds the same text (tools/embed-sql.sh) and runs
-- it at the file's first search, on a new table in the copy in memory: the
-- file's own search rows are never read, so no hit can say what the tables
-- do not.  Plain SQL of the schema's own tables, like 900_checks.sql.
--
-- The rows go into the FTS5 table's content table, search_content (columns
-- id, then c0 .. c5: text, terms, kind, section, category, line), and FTS5
-- then indexes them all at once ('rebuild'): a third less work than an
-- INSERT into search, which writes the index row by row.

-- The rows go in shortest first (text and terms, in characters), then by
-- line: mlhead_search() ranks the hits of a tier in rowid order, so it can
-- stop at the first hits FTS5 finds and read no row it does not return.
INSERT INTO search_content (c0, c1, c2, c3, c4, c5)
    SELECT * FROM (
    SELECT ifnull(i.term || ': ', '') || i.text AS text, '' AS terms, 1 AS kind,
           s.slug AS section, c.title AS category, i.line AS line
    FROM item i JOIN category c ON c.id = i.category_id JOIN section s ON s.id = c.section_id
    UNION ALL
    SELECT s.title, '', 2, s.slug, NULL, s.line FROM section s
    UNION ALL
    SELECT s.intro, '', 6, s.slug, NULL, s.intro_line FROM section s
    UNION ALL
    SELECT s.closing, '', 6, s.slug, NULL, s.closing_line FROM section s
    WHERE s.closing IS NOT NULL
    UNION ALL
    SELECT c.title, '', 2, s.slug, p.title, c.line
    FROM category c JOIN section s ON s.id = c.section_id
    LEFT JOIN category p ON p.id = c.parent_id
    UNION ALL
    SELECT r.title, '', 3, s.slug, NULL, r.line FROM role r JOIN section s ON s.id = r.section_id
    UNION ALL
    SELECT a.alias, '', 3, s.slug, r.title, ifnull(a.line, r.line)
    FROM role_alias a JOIN role r ON r.id = a.role_id JOIN section s ON s.id = r.section_id
    UNION ALL
    SELECT m.basis || ifnull(' (' || m.period || ')', ''), '', 4, s.slug, c.title, i.line
    FROM market_stat m JOIN item i ON i.id = m.item_id
    JOIN category c ON c.id = i.category_id JOIN section s ON s.id = c.section_id
    UNION ALL
    SELECT b.label,
           'salary ' ||
           -- the band's roles' titles and aliases, role by role, each
           -- role's in name order; both arms search the band's roles by
           -- index (a join with a union of all names made the union anew
           -- for each band)
           (SELECT group_concat(name, ' ') FROM (
                SELECT br.role_id AS k, r.title AS name FROM salary_band_role br
                JOIN role r ON r.id = br.role_id WHERE br.band_id = b.id
                UNION ALL
                SELECT br.role_id, a.alias FROM salary_band_role br
                JOIN role_alias a ON a.role_id = br.role_id WHERE br.band_id = b.id
                ORDER BY k, name COLLATE BINARY)) || ' ' ||
           -- each figure as people type it; none when the guide gives none
           ifnull((SELECT group_concat(printf('%,d %d %dk', f.usd, f.usd, f.usd / 1000) ||
                                       iif((f.usd + 500) / 1000 <> f.usd / 1000,
                                           printf(' %dk', (f.usd + 500) / 1000), ''), ' ')
                   FROM (SELECT b.min_usd AS usd UNION ALL SELECT b.max_usd
                         UNION ALL SELECT b.avg_usd UNION ALL SELECT b.avg_high_usd) f
                   WHERE f.usd IS NOT NULL), ''),
           5, s.slug, b.heading, b.line
    FROM salary_band b JOIN section s ON s.id = b.section_id
    UNION ALL
    -- a band's own heading, where it is not the role's title
    SELECT b.heading, '', 2, s.slug, NULL, b.line
    FROM salary_band b JOIN section s ON s.id = b.section_id
    WHERE b.heading <> b.label)
    ORDER BY length(text) + length(terms), line, kind, text COLLATE BINARY;

-- Index them, then merge the index into one b-tree: smaller file, faster
-- queries.
INSERT INTO search (search) VALUES ('rebuild');
INSERT INTO search (search) VALUES ('optimize');
