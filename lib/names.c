/* names.c - the library's enums by name: static strings, spelled as the database spells them */
/*
 * The ground floor: no handle, no SQLite.  The readers of salary.c and
 * lists.c parse the database's text with these same names, so a name
 * printed is the name stored.
 */
#include "internal.h"

const char *mlhead_bound_name(int bound)
{
    switch (bound) {
    case MLHEAD_UNKNOWN: return "unknown";
    case MLHEAD_EXACT: return "exact";
    case MLHEAD_AT_LEAST: return "at_least";
    default: return "unknown bound";
    }
}

const char *mlhead_step_kind_name(int kind)
{
    switch (kind) {
    case MLHEAD_STEP_START: return "start";
    case MLHEAD_STEP_TRACK: return "track";
    case MLHEAD_STEP_MOVE: return "move";
    default: return "unknown step kind";
    }
}

const char *mlhead_unit_name(int unit)
{
    switch (unit) {
    case MLHEAD_PERCENT: return "percent";
    case MLHEAD_PERCENTAGE_POINTS: return "percentage_points";
    case MLHEAD_COUNT: return "count";
    case MLHEAD_USD: return "usd";
    default: return "unknown unit";
    }
}

const char *mlhead_hit_kind_name(int kind)
{
    switch (kind) {
    case MLHEAD_HIT_ITEM: return "item";
    case MLHEAD_HIT_HEADING: return "heading";
    case MLHEAD_HIT_ROLE: return "role";
    case MLHEAD_HIT_STAT: return "stat";
    case MLHEAD_HIT_SALARY: return "salary";
    case MLHEAD_HIT_PROSE: return "prose";
    default: return "unknown hit kind";
    }
}
