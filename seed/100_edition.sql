-- The edition and the guide's ten sections (seed/guide.txt lines 1, 20, 46,
-- 76, 105, 129, 157, 192, 224, 262).  Applied after schema/0*.sql.

INSERT INTO edition (id, title, source, edition, market, currency, year) VALUES
    (1, 'AI / Machine Learning Head: career guide', 'seed/guide.txt', '2024.1', 'US', 'USD', 2024);

-- Sections: id = position
INSERT INTO section (id, position, slug, title, line) VALUES
    (1, 1, 'overview', 'Overview', 1),
    (2, 2, 'responsibilities', 'Core Responsibilities', 20),
    (3, 3, 'requirements', 'Requirements', 46),
    (4, 4, 'career-development', 'Career Development', 76),
    (5, 5, 'market-demand', 'Market Demand', 105),
    (6, 6, 'salary', 'Salary Ranges (US Market, 2024)', 129),
    (7, 7, 'industry-trends', 'Industry Trends', 157),
    (8, 8, 'soft-skills', 'Essential Soft Skills', 192),
    (9, 9, 'best-practices', 'Best Practices', 224),
    (10, 10, 'challenges', 'Common Challenges', 262);
