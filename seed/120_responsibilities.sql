-- Section 2, Core Responsibilities: seed/guide.txt lines 20-45.
-- Line 20 is the section row (100_edition.sql); line 21 is the intro prose, not stored.

-- Strategic Direction (lines 22-24)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (201, 2, NULL, 1, 'strategic-direction', 'Strategic Direction', 22);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (201, 1, NULL, 'Guide AI and ML initiatives aligned with business objectives', 23),
    (201, 2, NULL, 'Drive innovation through cutting-edge solutions', 24);

-- Project Management (lines 25-27)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (202, 2, NULL, 2, 'project-management', 'Project Management', 25);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (202, 1, NULL, 'Oversee end-to-end development and deployment of ML models', 26),
    (202, 2, NULL, 'Ensure integration with operational workflows and enterprise systems', 27);

-- Technical Leadership (lines 28-30)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (203, 2, NULL, 3, 'technical-leadership', 'Technical Leadership', 28);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (203, 1, NULL, 'Maintain deep expertise in ML algorithms, models, and frameworks', 29),
    (203, 2, NULL, 'Stay updated with latest technologies and industry trends', 30);

-- Stakeholder Collaboration (lines 31-33)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (204, 2, NULL, 4, 'stakeholder-collaboration', 'Stakeholder Collaboration', 31);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (204, 1, NULL, 'Communicate complex ideas to technical and non-technical audiences', 32),
    (204, 2, NULL, 'Align AI initiatives with business goals and ethical standards', 33);

-- Quality Assurance (lines 34-36)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (205, 2, NULL, 5, 'quality-assurance', 'Quality Assurance', 34);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (205, 1, NULL, 'Set and maintain standards for model performance and security', 35),
    (205, 2, NULL, 'Monitor key performance indicators (KPIs)', 36);

-- Team Development (lines 37-39)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (206, 2, NULL, 6, 'team-development', 'Team Development', 37);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (206, 1, NULL, 'Mentor junior team members', 38),
    (206, 2, NULL, 'Foster a culture of continuous learning and growth', 39);

-- Compliance and Governance (lines 40-42)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (207, 2, NULL, 7, 'compliance-and-governance', 'Compliance and Governance', 40);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (207, 1, NULL, 'Ensure adherence to regulatory and ethical standards', 41),
    (207, 2, NULL, 'Develop frameworks for responsible AI use', 42);

-- Business Value Communication (lines 43-45)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (208, 2, NULL, 8, 'business-value-communication', 'Business Value Communication', 43);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (208, 1, NULL, 'Articulate the impact of AI initiatives to stakeholders', 44),
    (208, 2, NULL, 'Report on AI investment performance and risk mitigation', 45);
