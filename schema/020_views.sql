-- libmlhead schema: views for people at an SQLite prompt.
-- The library reads the tables; these views exist so that
--   sqlite3 mlhead.db 'SELECT * FROM salary'
-- gives a readable answer.  Figures show as "$644,261+" for open-ended ones
-- and "unknown" where the guide gives none.

-- Every name a role is found by: its title and its aliases.
CREATE VIEW role_name (name, role_id, kind) AS
    SELECT title, id, 'title' FROM role
    UNION ALL
    SELECT alias, role_id, 'alias' FROM role_alias;

CREATE VIEW roles AS
    SELECT r.title, r.slug, t.title AS track, r.level,
           (SELECT group_concat(a.alias, ', ') FROM
                (SELECT alias FROM role_alias WHERE role_id = r.id ORDER BY alias) a)
               AS aliases,
           s.title AS section, r.line
    FROM role r
    LEFT JOIN track t ON t.id = r.track_id
    JOIN section s ON s.id = r.section_id
    ORDER BY t.position IS NULL, t.position, r.level, r.title;

CREATE VIEW ladder AS
    SELECT t.title AS track, r.level, r.title AS role
    FROM track t JOIN role r ON r.track_id = t.id
    ORDER BY t.position, r.level;

-- Every step from one role to another: the tracks' own steps and the moves.
CREATE VIEW progression (from_role_id, to_role_id, kind, note, line) AS
    SELECT a.id, b.id, 'track', t.title, t.line
    FROM role a
    JOIN role b ON b.track_id = a.track_id AND b.level = a.level + 1
    JOIN track t ON t.id = a.track_id
    UNION ALL
    SELECT from_role_id, to_role_id, 'move', note, line FROM move;

CREATE VIEW steps AS
    SELECT a.title AS from_role, b.title AS to_role, p.kind, p.note, p.line
    FROM progression p
    JOIN role a ON a.id = p.from_role_id
    JOIN role b ON b.id = p.to_role_id
    ORDER BY p.kind DESC, a.title, b.title;

CREATE VIEW salary AS
    SELECT r.title AS role, b.label AS band,
           CASE b.min_bound WHEN 'unknown' THEN 'unknown'
                ELSE printf('$%,d%s', b.min_usd, iif(b.min_bound = 'at_least', '+', '')) END AS min,
           CASE b.max_bound WHEN 'unknown' THEN 'unknown'
                ELSE printf('$%,d%s', b.max_usd, iif(b.max_bound = 'at_least', '+', '')) END AS max,
           CASE WHEN b.avg_bound = 'unknown' THEN 'unknown'
                WHEN b.avg_high_usd IS NOT NULL
                    THEN printf('$%,d - $%,d', b.avg_usd, b.avg_high_usd)
                ELSE printf('$%,d%s', b.avg_usd, iif(b.avg_bound = 'at_least', '+', '')) END AS average,
           b.currency, b.market, b.year, b.period, b.line
    FROM salary_band b
    JOIN salary_band_role br ON br.band_id = b.id
    JOIN role r ON r.id = br.role_id
    ORDER BY b.position, r.title;

-- The salary figures as numbers, for BI tools that filter and sort: a
-- figure is NULL where its bound is 'unknown', and a floor where it is
-- 'at_least' ("$644,261+" is 644261 with max_bound 'at_least').
-- avg_high_usd is the high end of an average range, else NULL.
CREATE VIEW salary_usd AS
    SELECT r.title AS role, b.min_usd, b.min_bound, b.max_usd, b.max_bound,
           b.avg_usd, b.avg_bound, b.avg_high_usd
    FROM salary_band b
    JOIN salary_band_role br ON br.band_id = b.id
    JOIN role r ON r.id = br.role_id
    ORDER BY b.position, r.title;

-- Each section with its own prose: the intro under its title and the
-- closing paragraph (NULL where the guide gives none), with their lines.
CREATE VIEW sections AS
    SELECT position, slug, title, line, intro, intro_line, closing, closing_line
    FROM section
    ORDER BY position;

-- Every bullet with its section and heading(s), in the guide's order.
CREATE VIEW items AS
    SELECT s.slug AS section, p.title AS "group", c.title AS category,
           i.position, i.term, i.text, i.line
    FROM item i
    JOIN category c ON c.id = i.category_id
    LEFT JOIN category p ON p.id = c.parent_id
    JOIN section s ON s.id = c.section_id
    ORDER BY i.line;

CREATE VIEW best_practices AS
    SELECT category, position, text, line FROM items WHERE section = 'best-practices';

CREATE VIEW market_stats AS
    SELECT m.slug, m.value, m.unit, m.basis, m.period, m.source, m.qualifier,
           i.text, i.line
    FROM market_stat m JOIN item i ON i.id = m.item_id
    ORDER BY m.position;
