-- Section 4, Career Development: seed/guide.txt lines 76-104.
-- Line 76 is the section row (100_edition.sql); line 77 is the intro prose, not stored.

-- Essential Skills and Knowledge (lines 78-82)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (401, 4, NULL, 1, 'essential-skills-and-knowledge', 'Essential Skills and Knowledge', 78);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (401, 1, 'Technical Proficiency', 'Master machine learning algorithms, neural networks, and AI techniques. Be proficient in languages like Python, R, or Java, and frameworks such as TensorFlow or PyTorch.', 79),
    (401, 2, 'Strategic Vision', 'Align AI initiatives with organizational goals, identifying opportunities for AI to enhance customer experiences, streamline operations, or generate revenue.', 80),
    (401, 3, 'Leadership and Management', 'Develop strong team leadership and mentoring abilities.', 81),
    (401, 4, 'Ethical and Regulatory Insight', 'Understand AI ethics, data governance, and responsible AI use.', 82);

-- Career Progression Paths (line 83): group, its headings follow
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (402, 4, NULL, 2, 'career-progression-paths', 'Career Progression Paths', 83);

-- AI Research Track (lines 84-87)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (403, 4, 402, 1, 'ai-research-track', 'AI Research Track', 84);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (403, 1, NULL, 'Start as an AI Research Scientist', 85),
    (403, 2, NULL, 'Progress to Senior Research Scientist, Principal Scientist', 86),
    (403, 3, NULL, 'Aim for Chief Research Scientist, leading research departments', 87);

-- Machine Learning Engineering Track (lines 88-91)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (404, 4, 402, 2, 'machine-learning-engineering-track', 'Machine Learning Engineering Track', 88);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (404, 1, NULL, 'Begin as a Machine Learning Engineer', 89),
    (404, 2, NULL, 'Advance to Senior ML Engineer, ML Engineering Manager', 90),
    (404, 3, NULL, 'Target Head of Machine Learning, strategizing ML deployment', 91);

-- AI Product Management Track (lines 92-95)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (405, 4, 402, 3, 'ai-product-management-track', 'AI Product Management Track', 92);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (405, 1, NULL, 'Start as an AI Product Manager', 93),
    (405, 2, NULL, 'Move to Senior Product Manager, Director of Product Management', 94),
    (405, 3, NULL, 'Aspire to VP of AI Products, executing executive-level strategies', 95);

-- Key Strategies for Advancement (lines 96-100)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (406, 4, NULL, 3, 'key-strategies-for-advancement', 'Key Strategies for Advancement', 96);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (406, 1, 'Gain Relevant Experience', 'Participate in internships and projects applying skills to real-world scenarios.', 97),
    (406, 2, 'Continuous Learning', 'Stay updated with the latest AI developments through courses, webinars, and research papers.', 98),
    (406, 3, 'Networking', 'Join professional organizations and attend industry conferences.', 99),
    (406, 4, 'Advanced Education', 'Consider pursuing a Master''s or Ph.D. in AI or related fields.', 100);

-- Transitioning to Head of AI (lines 101-104)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (407, 4, NULL, 4, 'transitioning-to-head-of-ai', 'Transitioning to Head of AI', 101);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (407, 1, NULL, 'Combine technical expertise with strong business acumen', 102),
    (407, 2, NULL, 'Develop leadership qualities, including effective communication and strategic decision-making', 103),
    (407, 3, NULL, 'Stay informed about emerging AI roles and industry trends', 104);

-- Career tracks (lines 84, 88, 92); category_id = their list headings 403-405
INSERT INTO track (id, position, slug, title, category_id, line) VALUES
    (1, 1, 'research', 'AI Research Track', 403, 84),
    (2, 2, 'ml-engineering', 'Machine Learning Engineering Track', 404, 88),
    (3, 3, 'ai-product-management', 'AI Product Management Track', 405, 92);

-- Track steps: AI Research Track (lines 85-87)
INSERT INTO role (slug, title, track_id, level, section_id, line) VALUES
    ('ai-research-scientist', 'AI Research Scientist', 1, 1, 4, 85),
    ('senior-research-scientist', 'Senior Research Scientist', 1, 2, 4, 86),
    ('principal-scientist', 'Principal Scientist', 1, 3, 4, 86),
    ('chief-research-scientist', 'Chief Research Scientist', 1, 4, 4, 87);

-- Track steps: Machine Learning Engineering Track (lines 89-91)
INSERT INTO role (slug, title, track_id, level, section_id, line) VALUES
    ('machine-learning-engineer', 'Machine Learning Engineer', 2, 1, 4, 89),
    ('senior-ml-engineer', 'Senior ML Engineer', 2, 2, 4, 90),
    ('ml-engineering-manager', 'ML Engineering Manager', 2, 3, 4, 90),
    ('head-of-machine-learning', 'Head of Machine Learning', 2, 4, 4, 91);

-- Track steps: AI Product Management Track (lines 93-95)
INSERT INTO role (slug, title, track_id, level, section_id, line) VALUES
    ('ai-product-manager', 'AI Product Manager', 3, 1, 4, 93),
    ('senior-product-manager', 'Senior Product Manager', 3, 2, 4, 94),
    ('director-of-product-management', 'Director of Product Management', 3, 3, 4, 94),
    ('vp-of-ai-products', 'VP of AI Products', 3, 4, 4, 95);

-- Head of AI, outside every track (line 101)
INSERT INTO role (slug, title, track_id, level, section_id, line) VALUES
    ('head-of-ai', 'Head of AI', NULL, NULL, 4, 101);

-- Move stated in Requirements (line 56); here because ML Engineering Manager
-- is inserted above
INSERT INTO move (from_role_id, to_role_id, section_id, line, note) VALUES
    ((SELECT id FROM role WHERE slug = 'junior-ml-engineer'),
     (SELECT id FROM role WHERE slug = 'ml-engineering-manager'),
     3, 56, 'Typically advances from Junior ML Engineer to ML Engineering Manager');

-- Moves into Head of AI from each track's top role (line 101)
INSERT INTO move (from_role_id, to_role_id, section_id, line, note) VALUES
    ((SELECT id FROM role WHERE slug = 'chief-research-scientist'),
     (SELECT id FROM role WHERE slug = 'head-of-ai'), 4, 101, 'Transitioning to Head of AI'),
    ((SELECT id FROM role WHERE slug = 'head-of-machine-learning'),
     (SELECT id FROM role WHERE slug = 'head-of-ai'), 4, 101, 'Transitioning to Head of AI'),
    ((SELECT id FROM role WHERE slug = 'vp-of-ai-products'),
     (SELECT id FROM role WHERE slug = 'head-of-ai'), 4, 101, 'Transitioning to Head of AI');
