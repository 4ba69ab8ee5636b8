-- Section 8, Essential Soft Skills: seed/guide.txt lines 192-223.
-- Line 192 is the section row (100_edition.sql); line 193 is the intro prose, not stored.

-- Communication and Collaboration (lines 194-196)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (801, 8, NULL, 1, 'communication-and-collaboration', 'Communication and Collaboration', 194);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (801, 1, NULL, 'Ability to explain complex AI concepts to non-technical stakeholders', 195),
    (801, 2, NULL, 'Effective collaboration with diverse teams', 196);

-- Problem-Solving and Critical Thinking (lines 197-199)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (802, 8, NULL, 2, 'problem-solving-and-critical-thinking', 'Problem-Solving and Critical Thinking', 197);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (802, 1, NULL, 'Developing and optimizing AI models', 198),
    (802, 2, NULL, 'Aligning AI solutions with business goals', 199);

-- Adaptability and Continuous Learning (lines 200-202)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (803, 8, NULL, 3, 'adaptability-and-continuous-learning', 'Adaptability and Continuous Learning', 200);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (803, 1, NULL, 'Staying current with rapid advancements in AI', 201),
    (803, 2, NULL, 'Embracing new technologies and methodologies', 202);

-- Emotional Intelligence and Cultural Sensitivity (lines 203-205)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (804, 8, NULL, 4, 'emotional-intelligence-and-cultural-sensitivity', 'Emotional Intelligence and Cultural Sensitivity', 203);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (804, 1, NULL, 'Enhancing human connections in tech-driven environments', 204),
    (804, 2, NULL, 'Working effectively in diverse, global teams', 205);

-- Creativity and Innovation (lines 206-208)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (805, 8, NULL, 5, 'creativity-and-innovation', 'Creativity and Innovation', 206);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (805, 1, NULL, 'Envisioning unique AI applications', 207),
    (805, 2, NULL, 'Encouraging experimentation and learning from failure', 208);

-- Leadership and Teamwork (lines 209-211)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (806, 8, NULL, 6, 'leadership-and-teamwork', 'Leadership and Teamwork', 209);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (806, 1, NULL, 'Managing and motivating diverse teams', 210),
    (806, 2, NULL, 'Conflict resolution and stakeholder management', 211);

-- Ethical Awareness and Bias Management (lines 212-214)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (807, 8, NULL, 7, 'ethical-awareness-and-bias-management', 'Ethical Awareness and Bias Management', 212);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (807, 1, NULL, 'Ensuring fair and transparent AI decisions', 213),
    (807, 2, NULL, 'Recognizing and mitigating biases in datasets', 214);

-- Strategic Foresight and Systems Thinking (lines 215-217)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (808, 8, NULL, 8, 'strategic-foresight-and-systems-thinking', 'Strategic Foresight and Systems Thinking', 215);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (808, 1, NULL, 'Understanding AI''s impact on organizations and society', 216),
    (808, 2, NULL, 'Integrating AI within complex business ecosystems', 217);

-- Time Management and Organizational Skills (lines 218-220)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (809, 8, NULL, 9, 'time-management-and-organizational-skills', 'Time Management and Organizational Skills', 218);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (809, 1, NULL, 'Maintaining quality standards within time constraints', 219),
    (809, 2, NULL, 'Balancing multiple projects and priorities', 220);

-- Human-Centered Design (lines 221-223)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (810, 8, NULL, 10, 'human-centered-design', 'Human-Centered Design', 221);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (810, 1, NULL, 'Making AI accessible and trustworthy', 222),
    (810, 2, NULL, 'Ensuring positive user experiences with AI systems', 223);
