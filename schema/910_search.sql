-- libmlhead full-text search, built after the data (and its checks).
--
-- One FTS5 table over every text the database holds, in its own virtual
-- table: a client without FTS5 still reads every other table.  The porter
-- stemmer over unicode61 makes "ethics" find "ethical"; the library adds
-- the prefix operator to each word of two or more letters the user types.
--
-- Columns:
--   text      what a hit shows: an item, heading, title, alias, statistic,
--             band label, or a section's intro or closing paragraph
--   terms     words that find the row without being shown: for a band, the
--             word "salary", the titles and aliases of the roles it serves
--             and each figure as people type it ("259,000 259000 259k")
--   kind      1 item, 2 section or heading, 3 role title or alias, 4 market
--             statistic, 5 salary band, 6 intro or closing paragraph
--             (mlhead_hit_kind in mlhead.h); indexed, so kind:5 filters
--   section   the slug of the section; indexed, so section:challenges filters
--   category  the heading an item or heading lies under; for an alias, its
--             role's title (not searchable)
--   line      the guide's line (not searchable)
-- mlhead_search() matches text and terms only, so a word never finds a row
-- by its section's slug or its kind's number.

CREATE VIRTUAL TABLE search USING fts5(
    text,
    terms,
    kind,
    section,
    category UNINDEXED,
    line UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The rows go in shortest first (text and terms, in characters), then by
-- line: mlhead_search() ranks the hits of a tier in rowid order, so it can
-- stop at the first hits FTS5 finds and read no row it does not return.
INSERT INTO search (text, terms, kind, section, category, line)
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
           (SELECT group_concat(n.name, ' ') FROM salary_band_role br
            JOIN (SELECT id AS role_id, title AS name FROM role
                  UNION ALL SELECT role_id, alias FROM role_alias) n ON n.role_id = br.role_id
            WHERE br.band_id = b.id) || ' ' ||
           (SELECT group_concat(printf('%,d %d %dk', f.usd, f.usd, f.usd / 1000) ||
                                iif((f.usd + 500) / 1000 <> f.usd / 1000,
                                    printf(' %dk', (f.usd + 500) / 1000), ''), ' ')
            FROM (SELECT b.min_usd AS usd UNION ALL SELECT b.max_usd
                  UNION ALL SELECT b.avg_usd UNION ALL SELECT b.avg_high_usd) f
            WHERE f.usd IS NOT NULL),
           5, s.slug, b.heading, b.line
    FROM salary_band b JOIN section s ON s.id = b.section_id
    UNION ALL
    -- a band's own heading, where it is not the role's title
    SELECT b.heading, '', 2, s.slug, NULL, b.line
    FROM salary_band b JOIN section s ON s.id = b.section_id
    WHERE b.heading <> b.label)
    ORDER BY length(text) + length(terms), line, kind, text COLLATE BINARY;

-- Merge the index into one b-tree: smaller file, faster queries.
INSERT INTO search (search) VALUES ('optimize');
