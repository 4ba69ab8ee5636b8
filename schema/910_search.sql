-- libmlhead full-text search, built after the data (and its checks).
--
-- One FTS5 table over every text the database holds, in its own virtual
-- table: a client without FTS5 still reads every other table.  The porter
-- stemmer over unicode61 makes "ethics" find "ethical"; the library adds
-- the prefix operator to each word of two or more letters the user types.
--
-- Columns:
--   text      what a hit shows: an item, heading, title, alias, statistic,
--             band label, or a section's intro or closing paragraph
--   terms     words that find the row without being shown: for a band, the
--             word "salary", the titles and aliases of the roles it serves
--             and each figure as people type it ("259,000 259000 259k")
--   kind      1 item, 2 section or heading, 3 role title or alias, 4 market
--             statistic, 5 salary band, 6 intro or closing paragraph
--             (mlhead_hit_kind in mlhead.h); indexed, so kind:5 filters
--   section   the slug of the section; indexed, so section:challenges filters
--   category  the heading an item or heading lies under; for an alias, its
--             role's title (not searchable)
--   line      the guide's line (not searchable)
-- mlhead_search() matches text and terms only, so a word never finds a row
-- by its section's slug or its kind's number.

CREATE VIRTUAL TABLE search USING fts5(
    text,
    terms,
    kind,
    section,
    category UNINDEXED,
    line UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
