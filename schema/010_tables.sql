-- libmlhead schema, version 1: the tables and indexes.
--
-- Plain SQLite 3: no STRICT tables, no generated columns, so any client reads
-- it.  The build applies schema/0*.sql, seed/*.sql, then schema/9*.sql in
-- that order (see README, "Rebuilding the database").
--
-- Provenance: every row that holds a fact of the guide carries `line`, the
-- 1-based line of seed/guide.txt it was transcribed from, and (directly or
-- through its category) the section it belongs to.

PRAGMA application_id = 1296844868;   -- 0x4D4C4844, "MLHD"
PRAGMA user_version = 1;              -- schema version; lib/ checks it
PRAGMA foreign_keys = ON;

-- The one edition of the data this file holds.
CREATE TABLE edition (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    title     TEXT NOT NULL,              -- what the guide is about
    source    TEXT NOT NULL,              -- the guide transcribed, by its title
    edition   TEXT NOT NULL,              -- data edition, e.g. '2024.1'
    market    TEXT NOT NULL,              -- market of the salary figures
    currency  TEXT NOT NULL CHECK (length(currency) = 3),
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999)
);

-- The guide's ten top-level parts, in the guide's order, with their own
-- prose: the intro paragraph under the title and the closing paragraph,
-- which the guide writes on the line of the section's last bullet, after
-- the bullet (so closing_line is that item's line too).  A section the
-- guide ends without closing words has closing and closing_line NULL.
CREATE TABLE section (
    id           INTEGER PRIMARY KEY,
    position     INTEGER NOT NULL UNIQUE CHECK (position > 0),
    slug         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    line         INTEGER NOT NULL UNIQUE CHECK (line > 0),
    intro        TEXT NOT NULL CHECK (length(trim(intro)) > 0),
    intro_line   INTEGER NOT NULL UNIQUE CHECK (intro_line > line),
    closing      TEXT CHECK (closing IS NULL OR length(trim(closing)) > 0),
    closing_line INTEGER UNIQUE CHECK (closing_line > intro_line),
    CHECK ((closing IS NULL) = (closing_line IS NULL))
);

-- A heading inside a section.  parent_id makes the third level the
-- challenges need (section > group > category > item).
CREATE TABLE category (
    id         INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES section(id),
    parent_id  INTEGER REFERENCES category(id),
    position   INTEGER NOT NULL CHECK (position > 0),
    slug       TEXT NOT NULL COLLATE NOCASE,
    title      TEXT NOT NULL COLLATE NOCASE,
    line       INTEGER NOT NULL UNIQUE CHECK (line > 0),
    UNIQUE (section_id, slug),
    UNIQUE (section_id, title),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
-- Positions are unique among the headings under one parent, and among the
-- top-level ones of a section: two indexes, so that no id stands for "no
-- parent" (ids are data: a group may have the id 0).
CREATE UNIQUE INDEX category_order ON category (section_id, parent_id, position)
    WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX category_top_order ON category (section_id, position)
    WHERE parent_id IS NULL;
CREATE INDEX category_parent ON category (parent_id);

-- One bullet of the guide.  `term` is the label before the colon
-- ("Narrow AI" in "Narrow AI: Current technology ..."), NULL if none.
CREATE TABLE item (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES category(id),
    position    INTEGER NOT NULL CHECK (position > 0),
    term        TEXT CHECK (term IS NULL OR length(trim(term)) > 0),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    line        INTEGER NOT NULL UNIQUE CHECK (line > 0),
    UNIQUE (category_id, position)
);

-- The three career tracks.  Their steps are the roles whose track_id points
-- here, ordered by role.level.  category_id is the guide's list heading.
CREATE TABLE track (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL UNIQUE CHECK (position > 0),
    slug        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    category_id INTEGER NOT NULL UNIQUE REFERENCES category(id),
    line        INTEGER NOT NULL CHECK (line > 0)
);

-- A job title.  level is the 1-based step within the track; a role outside
-- every track has neither.
CREATE TABLE role (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title       TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (title = trim(title) AND instr(title, '  ') = 0),
    track_id    INTEGER REFERENCES track(id),
    level       INTEGER CHECK (level > 0),
    section_id  INTEGER NOT NULL REFERENCES section(id),
    line        INTEGER NOT NULL CHECK (line > 0),
    CHECK ((track_id IS NULL) = (level IS NULL)),
    UNIQUE (track_id, level)
);

-- Other names people type for a role.  origin 'guide': the guide itself uses
-- that name (line says where); 'common': an abbreviation or variant in
-- common use that the guide does not spell out (line is NULL).
CREATE TABLE role_alias (
    alias       TEXT PRIMARY KEY COLLATE NOCASE
                CHECK (alias = trim(alias) AND instr(alias, '  ') = 0
                       AND length(alias) > 0),
    role_id     INTEGER NOT NULL REFERENCES role(id),
    origin      TEXT NOT NULL CHECK (origin IN ('guide', 'common')),
    line        INTEGER CHECK (line > 0),
    CHECK ((origin = 'guide') = (line IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX role_alias_role ON role_alias (role_id);

-- Moves between roles that the guide states besides the tracks' own steps
-- (which are implied by role.level).
CREATE TABLE move (
    from_role_id INTEGER NOT NULL REFERENCES role(id),
    to_role_id   INTEGER NOT NULL REFERENCES role(id),
    section_id   INTEGER NOT NULL REFERENCES section(id),
    line         INTEGER NOT NULL CHECK (line > 0),
    note         TEXT NOT NULL,
    PRIMARY KEY (from_role_id, to_role_id),
    CHECK (from_role_id <> to_role_id)
) WITHOUT ROWID;
CREATE INDEX move_to ON move (to_role_id);

-- A salary band as the guide states it.  Each figure has a bound:
--   'exact'     the figure as stated
--   'at_least'  an open-ended figure ("$266,395+", "or higher"): a floor
--   'unknown'   the guide gives no figure: usd is NULL, never 0
-- The average is one figure (avg_high_usd NULL) or a range
-- avg_usd .. avg_high_usd ("$224,539 - $273,280").
CREATE TABLE salary_band (
    id            INTEGER PRIMARY KEY,
    position      INTEGER NOT NULL UNIQUE CHECK (position > 0),
    heading       TEXT NOT NULL,          -- the guide's heading for the band
    label         TEXT NOT NULL UNIQUE,   -- the titles it serves, as written
    section_id    INTEGER NOT NULL REFERENCES section(id),
    line          INTEGER NOT NULL UNIQUE CHECK (line > 0),
    market        TEXT NOT NULL,
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    year          INTEGER NOT NULL,
    period        TEXT NOT NULL CHECK (period IN ('year')),
    -- figures are whole dollars, 1 .. 1e9 (MLHEAD_USD_MAX in mlhead.h)
    min_usd       INTEGER CHECK (min_usd BETWEEN 1 AND 1000000000),
    min_bound     TEXT NOT NULL CHECK (min_bound IN ('exact', 'at_least', 'unknown')),
    max_usd       INTEGER CHECK (max_usd BETWEEN 1 AND 1000000000),
    max_bound     TEXT NOT NULL CHECK (max_bound IN ('exact', 'at_least', 'unknown')),
    avg_usd       INTEGER CHECK (avg_usd BETWEEN 1 AND 1000000000),
    avg_bound     TEXT NOT NULL CHECK (avg_bound IN ('exact', 'at_least', 'unknown')),
    avg_high_usd  INTEGER CHECK (avg_high_usd BETWEEN 1 AND 1000000000),
    CHECK ((min_bound = 'unknown') = (min_usd IS NULL)),
    CHECK ((max_bound = 'unknown') = (max_usd IS NULL)),
    CHECK ((avg_bound = 'unknown') = (avg_usd IS NULL)),
    CHECK (avg_high_usd IS NULL OR (avg_bound = 'exact' AND avg_high_usd > avg_usd)),
    CHECK (min_usd IS NULL OR max_usd IS NULL OR min_usd <= max_usd)
);

-- Which role a band serves; one band may serve two titles.
CREATE TABLE salary_band_role (
    role_id  INTEGER PRIMARY KEY REFERENCES role(id),
    band_id  INTEGER NOT NULL REFERENCES salary_band(id)
);
CREATE INDEX salary_band_role_band ON salary_band_role (band_id);

-- A number the guide states, with what it measures, so that a percentage is
-- never read as a headcount.  item_id is the bullet that states it.
CREATE TABLE market_stat (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES item(id),
    position   INTEGER NOT NULL UNIQUE CHECK (position > 0),
    slug       TEXT NOT NULL UNIQUE,
    value      REAL NOT NULL CHECK (abs(value) <= 1e15),  -- MLHEAD_STAT_MAX
    unit       TEXT NOT NULL CHECK (unit IN ('percent', 'percentage_points', 'count', 'usd')),
    basis      TEXT NOT NULL,            -- what the number measures
    period     TEXT,                     -- when, as the guide says it
    source     TEXT,                     -- who says so, where the guide names it
    qualifier  TEXT                      -- the guide's hedge: 'predicted', 'approximately', ...
);
