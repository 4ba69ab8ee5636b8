/*
 * offer.c - an amount against a salary band, and a figure as the guide
 * writes it.  Pure functions of their arguments: no handle, no SQLite.
 *
 * Each figure says only what the guide says: an exact figure is the bound
 * itself, a floor ("$644,261+") says the bound is that figure or more, an
 * unknown figure says nothing.  A verdict is given only when those facts
 * prove it; otherwise it is MLHEAD_OFFER_CANNOT_TELL.
 */
#include <stdio.h>

#include "mlhead.h"

static int figure_ok(mlhead_figure f)
{
    if (f.bound == MLHEAD_UNKNOWN)
        return f.usd == -1;
    return (f.bound == MLHEAD_EXACT || f.bound == MLHEAD_AT_LEAST) && f.usd >= 1 &&
           f.usd <= MLHEAD_USD_MAX;
}

/* The amount against the span lo .. hi (one figure: lo and hi the same). */
static mlhead_offer_verdict judge(mlhead_figure lo, mlhead_figure hi, int one_figure, int64_t usd)
{
    if (lo.bound != MLHEAD_UNKNOWN && usd < lo.usd)
        return MLHEAD_OFFER_BELOW; /* the low end is lo.usd or more */
    if (hi.bound == MLHEAD_EXACT && usd > hi.usd)
        return MLHEAD_OFFER_ABOVE;
    if (lo.bound == MLHEAD_EXACT && hi.bound != MLHEAD_UNKNOWN && usd <= hi.usd)
        return MLHEAD_OFFER_WITHIN; /* the high end is hi.usd or more */
    if (hi.bound == MLHEAD_AT_LEAST && usd >= hi.usd && (lo.bound == MLHEAD_EXACT || one_figure))
        return MLHEAD_OFFER_AT_LEAST_FLOOR;
    return MLHEAD_OFFER_CANNOT_TELL;
}

int mlhead_salary_compare(const mlhead_salary *band, int64_t usd, mlhead_offer *out)
{
    mlhead_figure avg_high;
    if (out) {
        out->usd = 0;
        out->range = MLHEAD_OFFER_CANNOT_TELL;
        out->average = MLHEAD_OFFER_CANNOT_TELL;
    }
    if (!band || !out || usd < 0 || usd > MLHEAD_USD_MAX)
        return MLHEAD_INVALID;
    if (!figure_ok(band->min) || !figure_ok(band->max) || !figure_ok(band->avg) ||
        !figure_ok(band->avg_high) || (band->avg_is_range != 0 && band->avg_is_range != 1) ||
        (band->avg_is_range && band->avg_high.bound == MLHEAD_UNKNOWN) ||
        (!band->avg_is_range && band->avg_high.bound != MLHEAD_UNKNOWN))
        return MLHEAD_INVALID;
    avg_high = band->avg_is_range ? band->avg_high : band->avg;
    out->usd = usd;
    out->range = judge(band->min, band->max, 0, usd);
    out->average = judge(band->avg, avg_high, !band->avg_is_range, usd);
    return MLHEAD_OK;
}

const char *mlhead_offer_verdict_name(int verdict)
{
    switch (verdict) {
    case MLHEAD_OFFER_CANNOT_TELL: return "cannot_tell";
    case MLHEAD_OFFER_BELOW: return "below";
    case MLHEAD_OFFER_WITHIN: return "within";
    case MLHEAD_OFFER_ABOVE: return "above";
    case MLHEAD_OFFER_AT_LEAST_FLOOR: return "at_least_floor";
    default: return "unknown verdict";
    }
}

/* "188,000": digits grouped by three, into buf of at least 16 bytes. */
static void group_digits(int64_t v, char *buf)
{
    char digits[24];
    int n = snprintf(digits, sizeof digits, "%lld", (long long)v), i, o = 0;
    for (i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

int mlhead_figure_format(mlhead_figure f, char *buf, size_t size)
{
    char grouped[24];
    if (!figure_ok(f) || (!buf && size > 0)) {
        if (buf && size > 0)
            buf[0] = '\0';
        return -1;
    }
    if (f.bound == MLHEAD_UNKNOWN)
        return snprintf(buf, size, "unknown");
    group_digits(f.usd, grouped);
    return snprintf(buf, size, "$%s%s", grouped, f.bound == MLHEAD_AT_LEAST ? "+" : "");
}
