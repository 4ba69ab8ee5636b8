-- Section 3, Requirements: seed/guide.txt lines 46-75.
-- Line 46 is the section row (100_edition.sql); line 47 is the intro prose, not stored.

-- Technical Proficiency (lines 48-52)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (301, 3, NULL, 1, 'technical-proficiency', 'Technical Proficiency', 48);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (301, 1, NULL, 'Advanced programming skills, particularly in Python', 49),
    (301, 2, NULL, 'Expertise in ML libraries (e.g., TensorFlow, PyTorch, Keras)', 50),
    (301, 3, NULL, 'Deep understanding of ML algorithms and deep learning techniques', 51),
    (301, 4, NULL, 'Strong foundation in mathematics and statistics', 52);

-- Educational Background (lines 53-54)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (302, 3, NULL, 2, 'educational-background', 'Educational Background', 53);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (302, 1, NULL, 'Advanced degree (Master''s or Ph.D.) in AI, ML, Computer Science, or related fields', 54);

-- Career Progression (lines 55-57)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (303, 3, NULL, 3, 'career-progression', 'Career Progression', 55);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (303, 1, NULL, 'Typically advances from Junior ML Engineer to ML Engineering Manager', 56),
    (303, 2, NULL, 'Experience in research, development, and deployment of ML systems', 57);

-- Leadership and Management (lines 58-60)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (304, 3, NULL, 4, 'leadership-and-management', 'Leadership and Management', 58);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (304, 1, NULL, 'Ability to lead and inspire teams of ML engineers and researchers', 59),
    (304, 2, NULL, 'Skills in project management and strategic planning', 60);

-- Business Acumen (lines 61-63)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (305, 3, NULL, 5, 'business-acumen', 'Business Acumen', 61);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (305, 1, NULL, 'Capacity to align ML initiatives with organizational goals', 62),
    (305, 2, NULL, 'Experience in driving innovation and demonstrating business value', 63);

-- Communication Skills (lines 64-66)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (306, 3, NULL, 6, 'communication-skills', 'Communication Skills', 64);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (306, 1, NULL, 'Excellent ability to explain complex technical concepts to diverse audiences', 65),
    (306, 2, NULL, 'Effective collaboration with cross-functional teams', 66);

-- Adaptability (lines 67-69)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (307, 3, NULL, 7, 'adaptability', 'Adaptability', 67);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (307, 1, NULL, 'Enthusiasm for continuous learning in a rapidly evolving field', 68),
    (307, 2, NULL, 'Flexibility to adjust strategies based on technological advancements', 69);

-- Ethical and Regulatory Awareness (lines 70-72)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (308, 3, NULL, 8, 'ethical-and-regulatory-awareness', 'Ethical and Regulatory Awareness', 70);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (308, 1, NULL, 'Understanding of AI ethics and responsible development practices', 71),
    (308, 2, NULL, 'Knowledge of relevant regulations and compliance requirements', 72);

-- Problem-Solving (lines 73-75)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (309, 3, NULL, 9, 'problem-solving', 'Problem-Solving', 73);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (309, 1, NULL, 'Strong analytical skills to address complex ML challenges', 74),
    (309, 2, NULL, 'Ability to innovate and develop novel solutions', 75);

-- Roles named in Requirements (line 56)
INSERT INTO role (slug, title, track_id, level, section_id, line) VALUES
    ('junior-ml-engineer', 'Junior ML Engineer', NULL, NULL, 3, 56);
