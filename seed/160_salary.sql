-- Section 6, Salary Ranges (US Market, 2024): seed/guide.txt lines 129-156.
-- Line 129 is the section row (100_edition.sql); line 130 is the intro prose, not stored.

-- Roles named only in the salary bands (lines 134, 137, 140, 143)
INSERT INTO role (slug, title, track_id, level, section_id, line) VALUES
    ('head-of-data-science', 'Head of Data Science', NULL, NULL, 6, 134),
    ('director-of-ai-research', 'Director of AI Research', NULL, NULL, 6, 137),
    ('director-of-data-science', 'Director of Data Science', NULL, NULL, 6, 140),
    ('chief-data-officer', 'Chief Data Officer', NULL, NULL, 6, 143),
    ('vp-of-data-science', 'VP of Data Science', NULL, NULL, 6, 143);

-- Salary bands (lines 131-144).  Figures the guide does not give are NULL
-- with bound 'unknown'; "+" and "or higher" are 'at_least'.
INSERT INTO salary_band (id, position, heading, label, section_id, line, market, currency, year, period,
                         min_usd, min_bound, max_usd, max_bound, avg_usd, avg_bound, avg_high_usd) VALUES
    -- lines 131-133: Average $259,000; Range $188,000 - $330,000
    (1, 1, 'Head of Machine Learning', 'Head of Machine Learning', 6, 131, 'US', 'USD', 2024, 'year',
        188000, 'exact', 330000, 'exact', 259000, 'exact', NULL),
    -- lines 134-136: Average $224,539 - $273,280; Range $110,000 - $330,000
    (2, 2, 'Head of Data Science', 'Head of Data Science', 6, 134, 'US', 'USD', 2024, 'year',
        110000, 'exact', 330000, 'exact', 224539, 'exact', 273280),
    -- lines 137-139: Average $266,395+; up to $644,261 or higher; no minimum
    (3, 3, 'Director of AI Research', 'Director of AI Research', 6, 137, 'US', 'USD', 2024, 'year',
        NULL, 'unknown', 644261, 'at_least', 266395, 'at_least', NULL),
    -- lines 140-141: Average $253,919; no range
    (4, 4, 'Director of Data Science', 'Director of Data Science', 6, 140, 'US', 'USD', 2024, 'year',
        NULL, 'unknown', NULL, 'unknown', 253919, 'exact', NULL),
    -- lines 142-144: Range $266,395 - $644,261+; no average
    (5, 5, 'Executive-Level Positions', 'Chief Data Officer or VP of Data Science', 6, 142, 'US', 'USD', 2024, 'year',
        266395, 'exact', 644261, 'at_least', NULL, 'unknown', NULL);

-- Which roles each band serves (lines 131, 134, 137, 140, 143)
INSERT INTO salary_band_role (role_id, band_id) VALUES
    ((SELECT id FROM role WHERE slug = 'head-of-machine-learning'), 1),
    ((SELECT id FROM role WHERE slug = 'head-of-data-science'), 2),
    ((SELECT id FROM role WHERE slug = 'director-of-ai-research'), 3),
    ((SELECT id FROM role WHERE slug = 'director-of-data-science'), 4),
    ((SELECT id FROM role WHERE slug = 'chief-data-officer'), 5),
    ((SELECT id FROM role WHERE slug = 'vp-of-data-science'), 5);

-- Factors Influencing Salaries (lines 145-150)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (601, 6, NULL, 1, 'factors-influencing-salaries', 'Factors Influencing Salaries', 145);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (601, 1, NULL, 'Organization size and industry', 146),
    (601, 2, NULL, 'Location (with tech hubs typically offering higher salaries)', 147),
    (601, 3, NULL, 'Years of experience and expertise', 148),
    (601, 4, NULL, 'Educational background (Ph.D. often preferred for top roles)', 149),
    (601, 5, NULL, 'Specific responsibilities and scope of the role', 150);

-- Additional Compensation (lines 151-153)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (602, 6, NULL, 2, 'additional-compensation', 'Additional Compensation', 151);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (602, 1, NULL, 'Many roles offer bonuses, stock options, or profit-sharing', 152),
    (602, 2, NULL, 'Benefits packages often include healthcare, retirement plans, and professional development opportunities', 153);

-- Career Progression Impact (lines 154-156)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (603, 6, NULL, 3, 'career-progression-impact', 'Career Progression Impact', 154);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (603, 1, NULL, 'Salaries typically increase significantly with career advancement', 155),
    (603, 2, NULL, 'Transitioning from technical to leadership roles often comes with substantial salary jumps', 156);
