-- Section 9, Best Practices: seed/guide.txt lines 224-261.
-- Line 224 is the section row (100_edition.sql); line 225 is the intro prose, not stored.

-- Strategic Vision and Alignment (lines 226-228)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (901, 9, NULL, 1, 'strategic-vision-and-alignment', 'Strategic Vision and Alignment', 226);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (901, 1, NULL, 'Align AI initiatives with organizational goals', 227),
    (901, 2, NULL, 'Identify opportunities for AI to drive innovation and growth', 228);

-- Technical Proficiency (lines 229-231)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (902, 9, NULL, 2, 'technical-proficiency', 'Technical Proficiency', 229);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (902, 1, NULL, 'Maintain deep understanding of AI''s technical aspects', 230),
    (902, 2, NULL, 'Stay informed about advanced AI techniques and algorithms', 231);

-- Opportunity Identification and Execution (lines 232-234)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (903, 9, NULL, 3, 'opportunity-identification-and-execution', 'Opportunity Identification and Execution', 232);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (903, 1, NULL, 'Seek AI applications to enhance business processes', 233),
    (903, 2, NULL, 'Ensure the organization has necessary skills for AI strategy execution', 234);

-- Ethical and Regulatory Insight (lines 235-237)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (904, 9, NULL, 4, 'ethical-and-regulatory-insight', 'Ethical and Regulatory Insight', 235);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (904, 1, NULL, 'Navigate data privacy and compliance issues', 236),
    (904, 2, NULL, 'Cultivate responsible AI practices within the organization', 237);

-- Change Management and Leadership (lines 238-240)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (905, 9, NULL, 5, 'change-management-and-leadership', 'Change Management and Leadership', 238);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (905, 1, NULL, 'Manage organizational changes resulting from AI integration', 239),
    (905, 2, NULL, 'Foster an AI-positive culture across all levels', 240);

-- Effective Communication (lines 241-243)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (906, 9, NULL, 6, 'effective-communication', 'Effective Communication', 241);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (906, 1, NULL, 'Demystify AI concepts for broad audiences', 242),
    (906, 2, NULL, 'Gain support from various stakeholders through clear communication', 243);

-- Continuous Learning Mindset (lines 244-246)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (907, 9, NULL, 7, 'continuous-learning-mindset', 'Continuous Learning Mindset', 244);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (907, 1, NULL, 'Commit to ongoing education in AI advancements', 245),
    (907, 2, NULL, 'Encourage a culture of learning within the team', 246);

-- Cross-Functional Collaboration (lines 247-249)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (908, 9, NULL, 8, 'cross-functional-collaboration', 'Cross-Functional Collaboration', 247);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (908, 1, NULL, 'Work effectively with diverse teams across departments', 248),
    (908, 2, NULL, 'Maximize AI impact through integrated solutions', 249);

-- Data Integrity and Management (lines 250-252)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (909, 9, NULL, 9, 'data-integrity-and-management', 'Data Integrity and Management', 250);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (909, 1, NULL, 'Ensure high-quality, accessible data for AI initiatives', 251),
    (909, 2, NULL, 'Prioritize infrastructure modernization for seamless AI integration', 252);

-- Addressing Challenges (lines 253-255)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (910, 9, NULL, 10, 'addressing-challenges', 'Addressing Challenges', 253);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (910, 1, NULL, 'Tackle expertise shortages and legacy system issues', 254),
    (910, 2, NULL, 'Manage costs effectively while driving innovation', 255);

-- Model Deployment and Management (lines 256-258)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (911, 9, NULL, 11, 'model-deployment-and-management', 'Model Deployment and Management', 256);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (911, 1, NULL, 'Understand complexities of AI model deployment', 257),
    (911, 2, NULL, 'Utilize appropriate ML frameworks and consider edge computing', 258);

-- Best Practices in Model Architecture (lines 259-261)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (912, 9, NULL, 12, 'best-practices-in-model-architecture', 'Best Practices in Model Architecture', 259);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (912, 1, NULL, 'Implement multi-head architectures for efficient multi-task learning', 260),
    (912, 2, NULL, 'Optimize feature sharing and reduce redundant computations', 261);
