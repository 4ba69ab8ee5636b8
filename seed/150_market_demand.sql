-- Section 5, Market Demand: seed/guide.txt lines 105-128.
-- Line 105 is the section row (100_edition.sql); line 106 is the intro prose, not stored.

-- Job Market Outlook (lines 107-109)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (501, 5, NULL, 1, 'job-market-outlook', 'Job Market Outlook', 107);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (501, 1, NULL, 'The World Economic Forum predicts a 40% rise in AI and machine learning job openings by 2027.', 108),
    (501, 2, NULL, 'Roles like Head of Artificial Intelligence & Machine Learning are becoming crucial for organizational competitiveness.', 109);

-- Industry Adoption (lines 110-112)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (502, 5, NULL, 2, 'industry-adoption', 'Industry Adoption', 110);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (502, 1, NULL, 'AI is widely adopted in sectors such as e-commerce, finance, healthcare, and manufacturing.', 111),
    (502, 2, NULL, 'Applications include personalized customer interactions, demand forecasting, inventory management, and supply chain optimization.', 112);

-- Economic Impact (lines 113-115)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (503, 5, NULL, 3, 'economic-impact', 'Economic Impact', 113);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (503, 1, NULL, 'AI could affect approximately 300 million jobs worldwide over the next decade.', 114),
    (503, 2, NULL, 'Expected to boost global GDP by 7% and increase productivity growth by 1.5 percentage points.', 115);

-- Skills in High Demand (lines 116-120)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (504, 5, NULL, 4, 'skills-in-high-demand', 'Skills in High Demand', 116);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (504, 1, NULL, 'Technical expertise in AI algorithms and machine learning models', 117),
    (504, 2, NULL, 'Data science and analytics skills', 118),
    (504, 3, NULL, 'AI strategy and implementation capabilities', 119),
    (504, 4, NULL, 'Ethical AI and governance knowledge', 120);

-- Investment Trends (lines 121-123)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (505, 5, NULL, 5, 'investment-trends', 'Investment Trends', 121);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (505, 1, NULL, 'AI-related startups raised $25 billion in the first half of 2023 alone.', 122),
    (505, 2, NULL, 'Increased investment is driving demand for AI talent to develop and implement these technologies.', 123);

-- Emerging Opportunities (lines 124-128)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (506, 5, NULL, 6, 'emerging-opportunities', 'Emerging Opportunities', 124);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (506, 1, NULL, 'In-house data science teams', 125),
    (506, 2, NULL, 'AI consultancy and outsourcing services', 126),
    (506, 3, NULL, 'AI research and development roles', 127),
    (506, 4, NULL, 'AI ethics and governance positions', 128);

-- Figures stated in Market Demand (lines 108, 114, 115, 122)
INSERT INTO market_stat (id, item_id, position, slug, value, unit, basis, period, source, qualifier) VALUES
    (1, (SELECT id FROM item WHERE line = 108), 1, 'ai-ml-job-openings-rise', 40, 'percent',
        'rise in AI and machine learning job openings', 'by 2027', 'World Economic Forum', 'predicted'),
    (2, (SELECT id FROM item WHERE line = 114), 2, 'jobs-affected', 300000000, 'count',
        'jobs worldwide that AI could affect', 'over the next decade', NULL, 'approximately'),
    (3, (SELECT id FROM item WHERE line = 115), 3, 'global-gdp-boost', 7, 'percent',
        'boost to global GDP', NULL, NULL, 'expected'),
    (4, (SELECT id FROM item WHERE line = 115), 4, 'productivity-growth', 1.5, 'percentage_points',
        'increase in productivity growth', NULL, NULL, 'expected'),
    (5, (SELECT id FROM item WHERE line = 122), 5, 'ai-startup-funding', 25000000000, 'usd',
        'raised by AI-related startups', 'first half of 2023', NULL, NULL);
