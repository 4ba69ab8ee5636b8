-- fuzz/tiny.sql: turns a copy of build/mlhead.db into the small seed the
-- database fuzzers start from (make fuzz builds it): a few rows of each
-- table, a valid file of its own (mlhead_open() opens it, so the fuzzers
-- get past validation to the queries), 512-byte pages, vacuumed.
-- Foreign keys are not enforced here, so rows go in any order.
-- One track (ML engineering, whole) and two roles off the tracks.
DELETE FROM role WHERE track_id <> (SELECT id FROM track WHERE slug = 'ml-engineering')
    OR (track_id IS NULL AND slug NOT IN ('head-of-ai', 'chief-data-officer'));
DELETE FROM track WHERE slug <> 'ml-engineering';
DELETE FROM role_alias WHERE role_id NOT IN (SELECT id FROM role);
DELETE FROM move WHERE from_role_id NOT IN (SELECT id FROM role)
    OR to_role_id NOT IN (SELECT id FROM role);
DELETE FROM salary_band_role WHERE role_id NOT IN (SELECT id FROM role);
DELETE FROM salary_band WHERE id NOT IN (SELECT band_id FROM salary_band_role);
-- The items of the first statistic, of one best practice and of the
-- track's heading; the headings they lie under and their groups.
DELETE FROM market_stat WHERE position > 1;
DELETE FROM item WHERE id NOT IN (SELECT item_id FROM market_stat)
    AND category_id NOT IN (SELECT id FROM category WHERE slug = 'effective-communication')
    AND category_id NOT IN (SELECT category_id FROM track);
DELETE FROM category WHERE id NOT IN (SELECT category_id FROM item)
    AND id NOT IN (SELECT parent_id FROM category WHERE parent_id IS NOT NULL
                   AND id IN (SELECT category_id FROM item));
-- No section's closing words: they lie on the line of an item now gone.
UPDATE section SET closing = NULL, closing_line = NULL;
-- The search rows of what is left (the library rebuilds the index).
DELETE FROM search WHERE line IS NOT NULL AND line NOT IN (
    SELECT line FROM item UNION SELECT line FROM category UNION SELECT line FROM section
    UNION SELECT intro_line FROM section UNION SELECT line FROM role
    UNION SELECT line FROM role_alias WHERE line IS NOT NULL UNION SELECT line FROM salary_band);
INSERT INTO search (search) VALUES ('optimize');
PRAGMA page_size = 512;
VACUUM;
