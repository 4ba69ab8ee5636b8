-- Section 10, Common Challenges: seed/guide.txt lines 262-304.
-- Line 262 is the section row (100_edition.sql); line 263 is the intro prose, not stored.

-- Technical Challenges (line 264): group, its headings follow
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1001, 10, NULL, 1, 'technical-challenges', 'Technical Challenges', 264);

-- Hardware and Software Limitations (lines 265-267)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1002, 10, 1001, 1, 'hardware-and-software-limitations', 'Hardware and Software Limitations', 265);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1002, 1, NULL, 'Inadequate computational power and storage capacity', 266),
    (1002, 2, NULL, 'Software compatibility issues', 267);

-- Data Quality and Availability (lines 268-270)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1003, 10, 1001, 2, 'data-quality-and-availability', 'Data Quality and Availability', 268);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1003, 1, NULL, 'Insufficient or biased training data', 269),
    (1003, 2, NULL, 'Inadequate data preparation', 270);

-- Algorithm Complexity (lines 271-273)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1004, 10, 1001, 3, 'algorithm-complexity', 'Algorithm Complexity', 271);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1004, 1, NULL, 'Developing and fine-tuning appropriate algorithms', 272),
    (1004, 2, NULL, 'Ensuring accuracy and efficiency of models', 273);

-- Organizational and Leadership Challenges (line 274): group, its headings follow
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1005, 10, NULL, 2, 'organizational-and-leadership-challenges', 'Organizational and Leadership Challenges', 274);

-- Multi-Disciplinary Team Management (lines 275-277)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1006, 10, 1005, 1, 'multi-disciplinary-team-management', 'Multi-Disciplinary Team Management', 275);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1006, 1, NULL, 'Coordinating diverse technical backgrounds', 276),
    (1006, 2, NULL, 'Ensuring effective collaboration across specialties', 277);

-- Talent Retention (lines 278-280)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1007, 10, 1005, 2, 'talent-retention', 'Talent Retention', 278);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1007, 1, NULL, 'High turnover rates due to competitive job market', 279),
    (1007, 2, NULL, 'Providing engaging projects and growth opportunities', 280);

-- Leadership Experience (lines 281-283)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1008, 10, 1005, 3, 'leadership-experience', 'Leadership Experience', 281);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1008, 1, NULL, 'Transitioning technical experts into leadership roles', 282),
    (1008, 2, NULL, 'Developing holistic decision-making skills', 283);

-- Collaboration and Communication (line 284): group, its headings follow
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1009, 10, NULL, 3, 'collaboration-and-communication', 'Collaboration and Communication', 284);

-- Cross-Departmental Coordination (lines 285-287)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1010, 10, 1009, 1, 'cross-departmental-coordination', 'Cross-Departmental Coordination', 285);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1010, 1, NULL, 'Ensuring effective communication across various departments', 286),
    (1010, 2, NULL, 'Aligning goals and expectations among diverse teams', 287);

-- Fostering a Collaborative Culture (lines 288-290)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1011, 10, 1009, 2, 'fostering-a-collaborative-culture', 'Fostering a Collaborative Culture', 288);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1011, 1, NULL, 'Promoting open communication and knowledge sharing', 289),
    (1011, 2, NULL, 'Encouraging cross-functional problem-solving', 290);

-- Financial and Ethical Considerations (line 291): group, its headings follow
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1012, 10, NULL, 4, 'financial-and-ethical-considerations', 'Financial and Ethical Considerations', 291);

-- Budget Management (lines 292-294)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1013, 10, 1012, 1, 'budget-management', 'Budget Management', 292);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1013, 1, NULL, 'Balancing costs with technological requirements', 293),
    (1013, 2, NULL, 'Justifying AI investments to stakeholders', 294);

-- Ethical AI Practices (lines 295-297)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1014, 10, 1012, 2, 'ethical-ai-practices', 'Ethical AI Practices', 295);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1014, 1, NULL, 'Ensuring data security and privacy', 296),
    (1014, 2, NULL, 'Mitigating biases in AI models and decisions', 297);

-- Scalability and Complexity (line 298): group, its headings follow
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1015, 10, NULL, 5, 'scalability-and-complexity', 'Scalability and Complexity', 298);

-- Scaling AI Models (lines 299-301)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1016, 10, 1015, 1, 'scaling-ai-models', 'Scaling AI Models', 299);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1016, 1, NULL, 'Managing increasing resource demands', 300),
    (1016, 2, NULL, 'Ensuring model effectiveness at scale', 301);

-- Integration with Existing Systems (lines 302-304)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (1017, 10, 1015, 2, 'integration-with-existing-systems', 'Integration with Existing Systems', 302);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (1017, 1, NULL, 'Compatibility with legacy infrastructure', 303),
    (1017, 2, NULL, 'Minimizing disruptions during AI implementation', 304);
