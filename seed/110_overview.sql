-- Section 1, Overview: seed/guide.txt lines 1-19.
-- Line 1 is the section row (100_edition.sql); line 2 is the intro prose, not stored.

-- Types of AI (lines 3-5)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (101, 1, NULL, 1, 'types-of-ai', 'Types of AI', 3);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (101, 1, 'Narrow AI', 'Current technology focusing on specific tasks', 4),
    (101, 2, 'General AI', 'The ultimate goal, mimicking human intelligence in all aspects', 5);

-- Machine Learning Categories (lines 6-9)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (102, 1, NULL, 2, 'machine-learning-categories', 'Machine Learning Categories', 6);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (102, 1, 'Supervised Learning', 'Uses labeled data for training', 7),
    (102, 2, 'Unsupervised Learning', 'Identifies patterns in unlabeled data', 8),
    (102, 3, 'Deep Learning', 'Utilizes neural networks with multiple layers', 9);

-- Core Concepts (lines 10-13)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (103, 1, NULL, 3, 'core-concepts', 'Core Concepts', 10);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (103, 1, 'Training Data', 'Essential for model performance', 11),
    (103, 2, 'Model Types', 'Descriptive, predictive, or prescriptive', 12),
    (103, 3, 'Neural Networks', 'Interconnected nodes processing inputs and outputs', 13);

-- Applications (lines 14-17)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (104, 1, NULL, 4, 'applications', 'Applications', 14);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (104, 1, 'Natural Language Processing (NLP)', 'Text analysis, translation, chatbots', 15),
    (104, 2, 'Computer Vision', 'Image recognition, object detection', 16),
    (104, 3, 'Time Series and Reinforcement Learning', 'Predicting future probabilities', 17);

-- Advanced Techniques (lines 18-19)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (105, 1, NULL, 5, 'advanced-techniques', 'Advanced Techniques', 18);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (105, 1, 'Attention Mechanism', 'Focuses on different parts of input data in sequence models', 19);
