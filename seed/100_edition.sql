-- The edition and the guide's ten sections (seed/guide.txt lines 1, 20, 46,
-- 76, 105, 129, 157, 192, 224, 262).  Applied after schema/0*.sql.

INSERT INTO edition (id, title, source, edition, market, currency, year) VALUES
    (1, 'AI / Machine Learning Head: career guide', 'AI / Machine Learning Head: career guide', '2024.1', 'US', 'USD', 2024);

-- Sections: id = position.  intro is the paragraph under the title (the
-- next line); closing is the paragraph the guide writes on the line of the
-- section's last bullet, after the bullet's own words (the item of that
-- line stops where the bullet ends).
INSERT INTO section (id, position, slug, title, line, intro, intro_line, closing, closing_line)
VALUES
    (1, 1, 'overview', 'Overview', 1,
     'The field of Artificial Intelligence (AI) encompasses a broad range of technologies aimed at creating computer systems capable of performing tasks that typically require human intelligence. Within this field, Machine Learning (ML) stands out as a crucial subset, focusing on enabling computers to learn from data without explicit programming. Key aspects of AI and Machine Learning include:', 2,
     'Machine Learning continues to expand its applications across various sectors, including finance, healthcare, and technology, driving innovation and solving complex problems. As the field evolves, it presents exciting opportunities for professionals to contribute to groundbreaking advancements in AI.', 19),
    (2, 2, 'responsibilities', 'Core Responsibilities', 20,
     'The role of an AI Machine Learning Head is multifaceted, combining technical expertise with strategic leadership. Key responsibilities include:', 21,
     'This role is critical in leveraging AI and ML to drive organizational success, requiring a balance of technical knowledge, leadership skills, and strategic thinking.', 45),
    (3, 3, 'requirements', 'Requirements', 46,
     'To excel as an AI Machine Learning Head, candidates should possess a combination of technical expertise, leadership skills, and strategic vision. Key requirements include:', 47,
     'This combination of skills enables an AI Machine Learning Head to effectively lead teams, drive technological advancements, and contribute significantly to an organization''s AI strategy and implementation.', 75),
    (4, 4, 'career-development', 'Career Development', 76,
     'AI and machine learning leadership roles require a combination of technical expertise, business acumen, and leadership skills. Here''s a comprehensive guide to developing your career in this field:', 77,
     'By focusing on these areas, you can effectively progress towards senior leadership roles in AI and machine learning, positioning yourself as a valuable asset in this rapidly evolving field.', 104),
    (5, 5, 'market-demand', 'Market Demand', 105,
     'The demand for AI and machine learning professionals, particularly in leadership roles, is experiencing significant growth. Here''s an overview of the current market landscape:', 106,
     'The robust growth in AI adoption across industries underscores the increasing demand for skilled professionals, especially those capable of leading AI initiatives and driving innovation. As organizations continue to recognize the transformative potential of AI, the market for AI leadership roles is expected to remain strong in the foreseeable future.', 128),
    (6, 6, 'salary', 'Salary Ranges (US Market, 2024)', 129,
     'The US market offers competitive salaries for senior and executive-level roles in AI and machine learning. Here''s an overview of the salary ranges for key positions in 2024:', 130,
     'These figures reflect the high demand for AI and machine learning expertise in leadership positions. As the field continues to evolve, salaries may fluctuate, but are expected to remain competitive due to the critical nature of these roles in driving innovation and business success.', 156),
    (7, 7, 'industry-trends', 'Industry Trends', 157,
     'The AI and machine learning landscape is rapidly evolving, with several key trends shaping various industries:', 158,
     'These trends highlight AI''s transformative impact across industries, driving innovation, efficiency, and improved decision-making processes.', 191),
    (8, 8, 'soft-skills', 'Essential Soft Skills', 192,
     'Success in AI and machine learning leadership requires a blend of technical expertise and crucial soft skills:', 193,
     'By developing these soft skills alongside technical expertise, AI professionals can drive successful and ethical AI implementation, fostering innovation and growth in their organizations.', 223),
    (9, 9, 'best-practices', 'Best Practices', 224,
     'To excel as a Head of AI or Machine Learning, consider these best practices:', 225,
     'By adhering to these practices, AI leaders can effectively integrate AI into their organizations, drive innovation, and ensure alignment with business objectives while maintaining ethical standards.', 261),
    (10, 10, 'challenges', 'Common Challenges', 262,
     'AI and machine learning projects often face several challenges that can impact their success:', 263,
     'By addressing these challenges proactively, organizations can improve the success rate of their AI initiatives and maximize the benefits of AI and machine learning technologies.', 304);
