-- libmlhead full-text search, built after the data (and its checks).
--
-- One FTS5 table over every text the database holds, in its own virtual
-- table: a client without FTS5 still reads every other table.  The porter
-- stemmer over unicode61 makes "ethics" find "ethical"; the library adds
-- the prefix operator to each word the user types.
--
-- kind: 1 item, 2 section or heading, 3 role title or alias, 4 market
-- statistic, 5 salary band (mlhead_hit_kind in mlhead.h).  category: the
-- heading an item or heading lies under; for an alias, its role's title.

CREATE VIRTUAL TABLE search USING fts5(
    text,
    kind UNINDEXED,
    section UNINDEXED,
    category UNINDEXED,
    line UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO search (text, kind, section, category, line)
    SELECT ifnull(i.term || ': ', '') || i.text, 1, s.slug, c.title, i.line
    FROM item i JOIN category c ON c.id = i.category_id JOIN section s ON s.id = c.section_id
    UNION ALL
    SELECT s.title, 2, s.slug, NULL, s.line FROM section s
    UNION ALL
    SELECT c.title, 2, s.slug, p.title, c.line
    FROM category c JOIN section s ON s.id = c.section_id
    LEFT JOIN category p ON p.id = c.parent_id
    UNION ALL
    SELECT r.title, 3, s.slug, NULL, r.line FROM role r JOIN section s ON s.id = r.section_id
    UNION ALL
    SELECT a.alias, 3, s.slug, r.title, ifnull(a.line, r.line)
    FROM role_alias a JOIN role r ON r.id = a.role_id JOIN section s ON s.id = r.section_id
    UNION ALL
    SELECT m.basis || ifnull(' (' || m.period || ')', ''), 4, s.slug, c.title, i.line
    FROM market_stat m JOIN item i ON i.id = m.item_id
    JOIN category c ON c.id = i.category_id JOIN section s ON s.id = c.section_id
    UNION ALL
    SELECT b.label, 5, s.slug, b.heading, b.line
    FROM salary_band b JOIN section s ON s.id = b.section_id
    UNION ALL
    -- a band's own heading, where it is not the role's title
    SELECT b.heading, 2, s.slug, NULL, b.line
    FROM salary_band b JOIN section s ON s.id = b.section_id
    WHERE b.heading <> b.label;

-- Merge the index into one b-tree: smaller file, faster queries.
INSERT INTO search (search) VALUES ('optimize');
