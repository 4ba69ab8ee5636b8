-- Other names for the roles.  origin 'guide': the guide itself uses the name
-- (line = where); 'common': an abbreviation or variant people type that the
-- guide does not spell out (line NULL).  Roles are found by slug; every role
-- exists by now (130, 140, 160).

-- Names the guide itself uses (lines 21, 109)
INSERT INTO role_alias (alias, role_id, origin, line) VALUES
    ('AI Machine Learning Head',
        (SELECT id FROM role WHERE slug = 'head-of-machine-learning'), 'guide', 21),
    ('Head of Artificial Intelligence & Machine Learning',
        (SELECT id FROM role WHERE slug = 'head-of-machine-learning'), 'guide', 109);

-- Machine Learning Engineering Track (lines 89-91) and Junior ML Engineer (line 56)
INSERT INTO role_alias (alias, role_id, origin, line) VALUES
    ('ML Engineer',                          (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), 'common', NULL),
    ('MLE',                                  (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), 'common', NULL),
    ('Senior Machine Learning Engineer',     (SELECT id FROM role WHERE slug = 'senior-ml-engineer'), 'common', NULL),
    ('Machine Learning Engineering Manager', (SELECT id FROM role WHERE slug = 'ml-engineering-manager'), 'common', NULL),
    ('Head of ML',                           (SELECT id FROM role WHERE slug = 'head-of-machine-learning'), 'common', NULL),
    ('ML Head',                              (SELECT id FROM role WHERE slug = 'head-of-machine-learning'), 'common', NULL),
    ('Junior Machine Learning Engineer',     (SELECT id FROM role WHERE slug = 'junior-ml-engineer'), 'common', NULL);

-- AI Research Track (line 85) and AI Product Management Track (lines 93-95)
INSERT INTO role_alias (alias, role_id, origin, line) VALUES
    ('Research Scientist',            (SELECT id FROM role WHERE slug = 'ai-research-scientist'), 'common', NULL),
    ('AI PM',                         (SELECT id FROM role WHERE slug = 'ai-product-manager'), 'common', NULL),
    ('Senior PM',                     (SELECT id FROM role WHERE slug = 'senior-product-manager'), 'common', NULL),
    ('VP AI Products',                (SELECT id FROM role WHERE slug = 'vp-of-ai-products'), 'common', NULL),
    ('Vice President of AI Products', (SELECT id FROM role WHERE slug = 'vp-of-ai-products'), 'common', NULL);

-- Head of AI (line 101)
INSERT INTO role_alias (alias, role_id, origin, line) VALUES
    ('Head of Artificial Intelligence', (SELECT id FROM role WHERE slug = 'head-of-ai'), 'common', NULL);

-- Roles of the salary bands (lines 134, 137, 140, 143)
INSERT INTO role_alias (alias, role_id, origin, line) VALUES
    ('Head of DS',                     (SELECT id FROM role WHERE slug = 'head-of-data-science'), 'common', NULL),
    ('AI Research Director',           (SELECT id FROM role WHERE slug = 'director-of-ai-research'), 'common', NULL),
    ('Data Science Director',          (SELECT id FROM role WHERE slug = 'director-of-data-science'), 'common', NULL),
    ('CDO',                            (SELECT id FROM role WHERE slug = 'chief-data-officer'), 'common', NULL),
    ('VP Data Science',                (SELECT id FROM role WHERE slug = 'vp-of-data-science'), 'common', NULL),
    ('Vice President of Data Science', (SELECT id FROM role WHERE slug = 'vp-of-data-science'), 'common', NULL);
