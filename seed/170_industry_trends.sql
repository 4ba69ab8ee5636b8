-- Section 7, Industry Trends: seed/guide.txt lines 157-191.
-- Line 157 is the section row (100_edition.sql); line 158 is the intro prose, not stored.

-- Generative AI and Advanced Machine Learning (lines 159-163)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (701, 7, NULL, 1, 'generative-ai-and-advanced-machine-learning', 'Generative AI and Advanced Machine Learning', 159);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (701, 1, NULL, 'Surge in generative AI adoption since 2022', 160),
    (701, 2, NULL, 'Integration into enterprise software tools', 161),
    (701, 3, NULL, 'Applications in chatbots, ad campaigns, and drug discovery', 162),
    (701, 4, NULL, 'Expansion into video, images, audio, and text modalities', 163);

-- Investment and Finance (lines 164-167)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (702, 7, NULL, 2, 'investment-and-finance', 'Investment and Finance', 164);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (702, 1, NULL, 'AI tools for pattern identification and market trend analysis', 165),
    (702, 2, NULL, 'Optimization of portfolio allocation and risk management', 166),
    (702, 3, NULL, 'Increased adoption among quantitative investors', 167);

-- Telecommunications (lines 168-172)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (703, 7, NULL, 3, 'telecommunications', 'Telecommunications', 168);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (703, 1, NULL, 'Self-optimizing networks with AI integration', 169),
    (703, 2, NULL, 'Cost reduction through automation', 170),
    (703, 3, NULL, 'Enhanced network performance and reliability', 171),
    (703, 4, NULL, 'Synergy with 5G technology driving IoT applications', 172);

-- Manufacturing and Production (lines 173-176)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (704, 7, NULL, 4, 'manufacturing-and-production', 'Manufacturing and Production', 173);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (704, 1, NULL, 'Real-time error detection and supply chain optimization', 174),
    (704, 2, NULL, 'Predictive maintenance and efficiency enhancement', 175),
    (704, 3, NULL, 'Data-driven production process improvements', 176);

-- Retail and Customer Service (lines 177-180)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (705, 7, NULL, 5, 'retail-and-customer-service', 'Retail and Customer Service', 177);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (705, 1, NULL, 'AI-powered chatbots for 24/7 customer service', 178),
    (705, 2, NULL, 'Personalized customer experiences', 179),
    (705, 3, NULL, 'Improved inventory control and supply chain management', 180);

-- Healthcare (lines 181-184)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (706, 7, NULL, 6, 'healthcare', 'Healthcare', 181);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (706, 1, NULL, 'Pattern detection for disease identification', 182),
    (706, 2, NULL, 'Early health issue detection', 183),
    (706, 3, NULL, 'Analysis of wearable device data', 184);

-- Cybersecurity (lines 185-187)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (707, 7, NULL, 7, 'cybersecurity', 'Cybersecurity', 185);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (707, 1, NULL, 'Real-time threat detection and response', 186),
    (707, 2, NULL, 'Proactive and efficient cybersecurity measures', 187);

-- Future Outlook (lines 188-191)
INSERT INTO category (id, section_id, parent_id, position, slug, title, line) VALUES
    (708, 7, NULL, 8, 'future-outlook', 'Future Outlook', 188);
INSERT INTO item (category_id, position, term, text, line) VALUES
    (708, 1, NULL, 'Continued development of multimodal AI', 189),
    (708, 2, NULL, 'Focus on AI agents and AI-powered search', 190),
    (708, 3, NULL, 'Emphasis on ethical considerations and deepfake defense', 191);
