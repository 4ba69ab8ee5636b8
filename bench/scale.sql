-- bench/scale.sql - generated rows that make the guide's database as large
-- as the benchmark asks: $n more roles (each with an alias and its own
-- salary band) and $n more items (under $n / 100 headings), so lookups and
-- search can be timed at 10^2, 10^4 and 10^6.
--
-- It runs between seed/*.sql and schema/9*.sql, exactly where the build
-- puts the guide's own data, so the file has the same schema, checks,
-- search index, application_id and user_version, and mlhead_open(path)
-- accepts it (make: build/bench/scale-N.db; set $n first with
-- `.parameter set $n N`).  Every fact of the guide stays; the generated
-- rows lie after its last line, in its last section, so the build's
-- checks hold.
--
-- Item texts mix a few real words with a pseudo-word "t<k>z" (k = i mod
-- 1000), so a search for one of those matches about $n / 1000 items at
-- any size, while a word of the guide ("governance") matches only the
-- guide's own items.

-- (journal_mode prints the mode: the build takes any output for a broken check)
.output /dev/null
PRAGMA journal_mode = OFF;
.output
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;

CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $n)
INSERT INTO n SELECT i FROM c;

CREATE TEMP TABLE word (k INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO word (k, w) VALUES
    (0, 'pipelines'), (1, 'stakeholders'), (2, 'roadmaps'), (3, 'benchmarks'),
    (4, 'budgets'), (5, 'vendors'), (6, 'audits'), (7, 'hiring'),
    (8, 'latency'), (9, 'dashboards'), (10, 'contracts'), (11, 'forecasts');

INSERT INTO role (slug, title, track_id, level, section_id, line)
    SELECT 'generated-role-' || i, 'Generated Role ' || i, NULL, NULL, 6, 129 FROM n;

INSERT INTO role_alias (alias, role_id, origin, line)
    SELECT 'GR ' || i, (SELECT id FROM role WHERE slug = 'generated-role-' || i), 'common', NULL
    FROM n WHERE i % 10 = 0;

INSERT INTO salary_band (id, position, heading, label, section_id, line, market, currency,
                         year, period, min_usd, min_bound, max_usd, max_bound, avg_usd,
                         avg_bound, avg_high_usd)
    SELECT 100 + i, 100 + i, 'Generated Band ' || i, 'Generated Band ' || i, 6, 10000000 + i,
           'US', 'USD', 2024, 'year', 100000 + i, 'exact', 200000 + i, 'exact',
           150000 + i, 'exact', NULL
    FROM n WHERE i <= ($n + 99) / 100;

INSERT INTO salary_band_role (role_id, band_id)
    SELECT (SELECT id FROM role WHERE slug = 'generated-role-' || i), 100 + (i + 99) / 100
    FROM n;

-- Headings of 100 items each, in the last section, after the guide's end.
INSERT INTO category (id, section_id, parent_id, position, slug, title, line)
    SELECT 100000 + i, 10, NULL, 1000 + i, 'generated-heading-' || i,
           'Generated Heading ' || i, 20000000 + i
    FROM n WHERE i <= ($n + 99) / 100;

INSERT INTO item (category_id, position, term, text, line)
    SELECT 100000 + (i + 99) / 100, (i - 1) % 100 + 1, NULL,
           'Review ' || (SELECT w FROM word WHERE k = i % 12) || ' and '
               || (SELECT w FROM word WHERE k = (i / 12) % 12) || ' with t' || (i % 1000)
               || 'z, item ' || i,
           30000000 + i
    FROM n;

DROP TABLE n;
DROP TABLE word;
