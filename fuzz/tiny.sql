-- fuzz/tiny.sql: turns a copy of build/mlhead.db into the small seed the
-- database fuzzer starts from (make fuzz builds it): a few rows of each
-- table that still answer every query, 512-byte pages, vacuumed.
-- Foreign keys are not enforced here, so rows go in any order.
DELETE FROM item WHERE id NOT IN (SELECT item_id FROM market_stat WHERE position = 1)
    AND category_id NOT IN (SELECT id FROM category WHERE slug = 'effective-communication');
DELETE FROM market_stat WHERE position > 1;
DELETE FROM category WHERE id NOT IN (SELECT category_id FROM item)
    AND id NOT IN (SELECT category_id FROM track);
DELETE FROM role WHERE slug NOT IN ('machine-learning-engineer', 'senior-ml-engineer',
    'head-of-machine-learning', 'head-of-ai', 'chief-data-officer');
DELETE FROM role_alias WHERE role_id NOT IN (SELECT id FROM role);
DELETE FROM move WHERE from_role_id NOT IN (SELECT id FROM role)
    OR to_role_id NOT IN (SELECT id FROM role);
DELETE FROM salary_band_role WHERE role_id NOT IN (SELECT id FROM role);
DELETE FROM salary_band WHERE id NOT IN (SELECT band_id FROM salary_band_role);
PRAGMA page_size = 512;
VACUUM;
