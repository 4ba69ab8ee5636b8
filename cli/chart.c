/*
 * chart.c - the salary bands as a range chart: in the terminal (ASCII, so
 * any terminal shows it) and, with --svg FILE, as a standalone SVG.
 *
 * What to draw for a band is decided once (struct shape), from the bounds
 * alone, and both renderers draw that: a solid bar where both ends are
 * known, a dashed one from the lowest known figure where the bottom is
 * unknown, an arrow on an open-ended top ("$644,261+" is a floor), the
 * average as a marker or a range, and "unknown" where the guide gives no
 * range.  No bound the guide does not state is ever drawn.
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "utf8.h"

#define TERM_WIDTH 50 /* columns of the terminal plot */
#define STEP 100000   /* axis ticks every $100k */
#define SVG_LABEL 300 /* px left of the plot */
#define SVG_PLOT 520  /* px of the plot */
#define SVG_ROW 40    /* px per band */

struct band {
    const mlhead_salary *s;
    const char *label;
};

struct shape {
    int has_bar;      /* something of the range is known */
    int solid;        /* both ends known */
    int64_t from, to; /* the bar's ends, in USD */
    int open_top;     /* the top is a floor: draw an arrow */
    int has_avg;
    int64_t avg, avg_high; /* avg_high == avg for a single average */
};

struct scale {
    int64_t lo, hi; /* multiples of step */
    int64_t step;   /* STEP, or a coarser 1-2-5 step: at most MAX_TICKS */
};

#define MAX_TICKS 8

/* The step after `step` in 100k, 200k, 500k, 1M, 2M, 5M, ... */
static int64_t next_step(int64_t step)
{
    int64_t lead = step;
    while (lead >= 10)
        lead /= 10;
    return lead == 2 ? step / 2 * 5 : step * 2;
}

/* A tick's label: "$300k", or "$2M" from a million on. */
static size_t tick_label(char *buf, size_t size, int64_t v)
{
    int n = v >= 1000000 && v % 1000000 == 0
                ? snprintf(buf, size, "$%lldM", (long long)(v / 1000000))
                : snprintf(buf, size, "$%lldk", (long long)(v / 1000));
    return n < 0 ? 0 : (size_t)n;
}

static struct shape shape_of(const mlhead_salary *s)
{
    struct shape sh;
    memset(&sh, 0, sizeof sh);
    sh.has_avg = s->avg.bound != MLHEAD_UNKNOWN;
    sh.avg = s->avg.usd;
    sh.avg_high = s->avg_is_range ? s->avg_high.usd : s->avg.usd;
    if (s->max.bound == MLHEAD_UNKNOWN)
        return sh; /* no top: nothing of the range can be drawn honestly */
    sh.has_bar = 1;
    sh.to = s->max.usd;
    sh.open_top = s->max.bound == MLHEAD_AT_LEAST;
    sh.solid = s->min.bound != MLHEAD_UNKNOWN;
    /* Without a minimum the band still spans at least the average. */
    sh.from = sh.solid ? s->min.usd : sh.has_avg ? sh.avg : sh.to;
    return sh;
}

static void widen(struct scale *sc, mlhead_figure f, int *first)
{
    int64_t lo, hi;
    if (f.bound == MLHEAD_UNKNOWN)
        return;
    lo = f.usd / STEP * STEP;
    /* Room for the arrow past an open-ended top. */
    hi = (f.usd + STEP - 1) / STEP * STEP + (f.bound == MLHEAD_AT_LEAST ? STEP : 0);
    if (*first || lo < sc->lo)
        sc->lo = lo;
    if (*first || hi > sc->hi)
        sc->hi = hi;
    *first = 0;
}

static struct scale scale_of(const struct band *b, size_t n)
{
    struct scale sc = {0, STEP, STEP};
    int first = 1;
    size_t i;
    for (i = 0; i < n; i++) {
        widen(&sc, b[i].s->min, &first);
        widen(&sc, b[i].s->max, &first);
        widen(&sc, b[i].s->avg, &first);
        widen(&sc, b[i].s->avg_high, &first);
    }
    if (sc.hi <= sc.lo)
        sc.hi = sc.lo + STEP;
    /* Figures reach MLHEAD_USD_MAX, so a wide band must not mean 10^4
     * ticks: coarser steps keep the axis short. */
    while ((sc.hi - sc.lo) / sc.step > MAX_TICKS)
        sc.step = next_step(sc.step);
    sc.lo = sc.lo / sc.step * sc.step;
    sc.hi = (sc.hi + sc.step - 1) / sc.step * sc.step;
    return sc;
}

/* Where usd falls on a plot `width` long: 0 .. width - 1. */
static size_t place(const struct scale *sc, int64_t usd, size_t width)
{
    double x = (double)(usd - sc->lo) / (double)(sc->hi - sc->lo) * (double)(width - 1);
    if (x < 0)
        return 0;
    return x > (double)(width - 1) ? width - 1 : (size_t)(x + 0.5);
}

/* "$188,000 - $330,000, average $259,000": the figures the bar stands for. */
static void summary(char *buf, size_t size, const mlhead_salary *s)
{
    char lo[32], hi[32], avg[80];
    snprintf(buf, size, "%s - %s, average %s", fmt_figure(lo, sizeof lo, s->min),
             fmt_figure(hi, sizeof hi, s->max), fmt_average(avg, sizeof avg, s->avg, s->avg_high));
}

/* ---- terminal ---- */

static void fill(char *bar, size_t from, size_t to, char ch)
{
    size_t i;
    for (i = from; i <= to && i < TERM_WIDTH; i++)
        bar[i] = ch;
}

static void term_bar(char *bar, const struct scale *sc, const struct shape *sh)
{
    memset(bar, ' ', TERM_WIDTH);
    bar[TERM_WIDTH] = '\0';
    if (sh->has_bar) {
        size_t from = place(sc, sh->from, TERM_WIDTH), to = place(sc, sh->to, TERM_WIDTH);
        fill(bar, from, to, sh->solid ? '=' : '-');
        if (sh->solid)
            bar[from] = '[';
        else if (from > 0)
            bar[from - 1] = '?';
        bar[to] = sh->open_top ? '=' : ']';
        if (sh->open_top)
            fill(bar, to + 1, to + 2, '>');
    } else {
        /* Beside the average, the only figure there is, or at the start. */
        static const char unknown[] = "(range unknown)";
        size_t len = sizeof unknown - 1, at = 0;
        if (sh->has_avg) {
            size_t avg = place(sc, sh->avg, TERM_WIDTH), high = place(sc, sh->avg_high, TERM_WIDTH);
            at = high + 2 + len <= TERM_WIDTH ? high + 2 : avg >= len + 2 ? avg - len - 1 : 0;
        }
        memcpy(bar + at, unknown, len);
    }
    if (sh->has_avg)
        fill(bar, place(sc, sh->avg, TERM_WIDTH), place(sc, sh->avg_high, TERM_WIDTH), 'o');
}

static void term_axis(FILE *out, const struct scale *sc, size_t indent)
{
    char axis[TERM_WIDTH + 8];
    size_t end = 0;
    int64_t v;
    memset(axis, ' ', sizeof axis);
    for (v = sc->lo; v <= sc->hi; v += sc->step) {
        char tick[16];
        size_t at = place(sc, v, TERM_WIDTH), len;
        len = tick_label(tick, sizeof tick, v);
        if (at + len < sizeof axis) {
            memcpy(axis + at, tick, len);
            end = at + len;
        }
    }
    axis[end] = '\0';
    fprintf(out, "%*s%s\n", (int)indent, "", axis);
}

static void term_chart(FILE *out, const char *title, const struct band *b, size_t n,
                       const struct scale *sc)
{
    size_t i, width = 0;
    char bar[TERM_WIDTH + 1], text[160];
    for (i = 0; i < n; i++)
        if (text_width(b[i].label) > width)
            width = text_width(b[i].label);
    put_clean(out, title);
    fputs("\n\n", out);
    term_axis(out, sc, width + 2);
    for (i = 0; i < n; i++) {
        struct shape sh = shape_of(b[i].s);
        term_bar(bar, sc, &sh);
        summary(text, sizeof text, b[i].s);
        put_padded(out, b[i].label, width + 2, 0);
        fprintf(out, "%s  %s\n", bar, text);
    }
    fputs("\n[===] minimum to maximum   ?--- minimum unknown   ==>> open-ended top "
          "(a floor)\n o    average   ooo average range\n",
          out);
}

/* ---- SVG ---- */

static void xml_text(FILE *out, const char *s)
{
    while (*s) {
        size_t n = mh_utf8_length((const unsigned char *)s);
        unsigned char ch = (unsigned char)*s;
        /* XML 1.0 allows no control character but tab and newline, and
         * only valid UTF-8: text from a crafted database must not break
         * the file. */
        if (n == 0 || (ch < 0x20 && ch != '\t' && ch != '\n'))
            fputc('?', out);
        else if (ch == '&')
            fputs("&amp;", out);
        else if (ch == '<')
            fputs("&lt;", out);
        else if (ch == '>')
            fputs("&gt;", out);
        else if (ch == '"')
            fputs("&quot;", out);
        else
            fwrite(s, 1, n, out);
        s += n ? n : 1;
    }
}

static double svg_x(const struct scale *sc, int64_t usd)
{
    return SVG_LABEL + (double)(usd - sc->lo) / (double)(sc->hi - sc->lo) * SVG_PLOT;
}

static void svg_band(FILE *out, const struct band *b, const struct scale *sc, double y)
{
    struct shape sh = shape_of(b->s);
    char text[160];
    fprintf(out, "<text x=\"10\" y=\"%.1f\">", y + 4);
    xml_text(out, b->label);
    fputs("</text>\n", out);
    if (sh.has_bar) {
        double x1 = svg_x(sc, sh.from), x2 = svg_x(sc, sh.to);
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>\n", x1,
                y, x2, y, sh.solid ? "bar" : "partial");
        if (sh.open_top)
            fprintf(out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" class=\"arrow\"/>\n",
                    x2, y - 8, x2 + 14, y, x2, y + 8);
    } else {
        /* Beside the average, the only figure there is, or at the start. */
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" class=\"unknown\">range unknown</text>\n",
                sh.has_avg ? svg_x(sc, sh.avg_high) + 14 : SVG_LABEL, y + 4);
    }
    if (sh.has_avg && sh.avg_high != sh.avg)
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"avgrange\"/>\n",
                svg_x(sc, sh.avg), y, svg_x(sc, sh.avg_high), y);
    else if (sh.has_avg)
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" class=\"avg\"/>\n", svg_x(sc, sh.avg),
                y);
    summary(text, sizeof text, b->s);
    fprintf(out, "<text x=\"%d\" y=\"%.1f\" class=\"figures\">", SVG_LABEL + SVG_PLOT + 30, y + 4);
    xml_text(out, text);
    fputs("</text>\n", out);
}

static void svg_chart(FILE *out, const char *title, const struct band *b, size_t n,
                      const struct scale *sc)
{
    int width = SVG_LABEL + SVG_PLOT + 400, height = (int)n * SVG_ROW + 150;
    int64_t v;
    size_t i;
    fprintf(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
            " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"14\">\n"
            "<style>.bar{stroke:#3a6ea5;stroke-width:12}"
            ".partial{stroke:#3a6ea5;stroke-width:12;stroke-dasharray:6 4}"
            ".arrow{fill:#3a6ea5}.avg{fill:#e07b00}"
            ".avgrange{stroke:#e07b00;stroke-width:6}.unknown{fill:#888;font-style:italic}"
            ".tick{stroke:#ddd}.figures{fill:#333;font-size:12px}</style>\n"
            "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
            "<text x=\"10\" y=\"28\" font-size=\"18\">",
            width, height, width, height);
    xml_text(out, title);
    fputs("</text>\n", out);
    for (v = sc->lo; v <= sc->hi; v += sc->step) {
        double x = svg_x(sc, v);
        char tick[24];
        tick_label(tick, sizeof tick, v);
        fprintf(out,
                "<line x1=\"%.1f\" y1=\"50\" x2=\"%.1f\" y2=\"%d\" class=\"tick\"/>\n"
                "<text x=\"%.1f\" y=\"64\" text-anchor=\"middle\" font-size=\"12\">%s</text>\n",
                x, x, (int)n * SVG_ROW + 80, x, tick);
    }
    for (i = 0; i < n; i++)
        svg_band(out, &b[i], sc, 95.0 + (double)i * SVG_ROW);
    fprintf(out,
            "<text x=\"10\" y=\"%d\" font-size=\"12\">bar: minimum to maximum; dashed: minimum"
            " unknown; arrow: open-ended top (a floor); dot: average; thin bar: average range"
            "</text>\n</svg>\n",
            (int)n * SVG_ROW + 110);
}

/* Whether path names the file of --db (then writing it would destroy the
 * data being read). */
static int is_the_db(const struct cli *c, const char *path)
{
    struct stat a, b;
    return c->db_path && stat(path, &a) == 0 && stat(c->db_path, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

/* The SVG goes to a new file beside path, renamed onto it once whole: a
 * failed write leaves path as it was. */
static int write_svg(struct cli *c, const char *path, const char *title, const struct band *b,
                     size_t n, const struct scale *sc)
{
    size_t len = strlen(path);
    char *tmp = malloc(len + sizeof ".XXXXXX");
    FILE *f = NULL;
    int fd = -1, made = 0, failed, err;
    mode_t mask = umask(0);
    umask(mask); /* the mode fopen() would give: 0666 less the umask */
    if (is_the_db(c, path)) {
        free(tmp);
        return cli_error(c, "--svg \"%s\" is the --db file", path);
    }
    if (!tmp) {
        errno = ENOMEM;
        goto fail;
    }
    memcpy(tmp, path, len);
    memcpy(tmp + len, ".XXXXXX", sizeof ".XXXXXX");
    if ((fd = mkstemp(tmp)) < 0)
        goto fail;
    made = 1;
    if (fchmod(fd, 0666 & ~mask) != 0 || !(f = fdopen(fd, "w")))
        goto fail;
    fd = -1;
    svg_chart(f, title, b, n, sc);
    failed = ferror(f);
    err = fclose(f);
    f = NULL;
    if (err != 0 || failed || rename(tmp, path) != 0)
        goto fail;
    free(tmp);
    return EXIT_ANSWERED;
fail:
    err = errno;
    if (f)
        fclose(f);
    if (fd >= 0)
        close(fd);
    if (made)
        unlink(tmp);
    free(tmp);
    return cli_error(c, "cannot write \"%s\": %s", path, strerror(err ? err : EIO));
}

/* ---- the subcommand ---- */

static int chart_json(struct cli *c, const struct band *b, size_t n)
{
    json_t *bands = json_array();
    size_t i;
    for (i = 0; i < n; i++)
        json_array_append_new(bands, mhj_salary(b[i].s));
    return report_print(c, bands, NULL, 0);
}

int cmd_chart(struct cli *c, int argc, char **argv)
{
    mlhead_salary *all;
    struct band *bands;
    struct scale sc;
    char buf[128];
    const char *title;
    size_t n, nb = 0, i;
    int status = mlhead_salary_list(c->db, &all, &n);
    (void)argc, (void)argv;
    if (status != MLHEAD_OK)
        return cli_fail(c, status);
    bands = n < SIZE_MAX / sizeof *bands ? malloc((n + 1) * sizeof *bands) : NULL;
    if (!bands) {
        mlhead_free(all);
        return cli_error(c, "out of memory");
    }
    /* One bar per band: a band serving two titles is drawn once. */
    for (i = 0; i < n; i++)
        if (nb == 0 || !all[i].band || strcmp(bands[nb - 1].label, all[i].band) != 0) {
            bands[nb].s = &all[i];
            bands[nb++].label = all[i].band ? all[i].band : "(unlabelled band)";
        }
    sc = scale_of(bands, nb);
    title = salary_title(c, buf, sizeof buf);
    status = c->svg ? write_svg(c, c->svg, title, bands, nb, &sc) : EXIT_ANSWERED;
    if (status == EXIT_ANSWERED) {
        if (c->json)
            status = chart_json(c, bands, nb);
        else
            term_chart(c->out, title, bands, nb, &sc);
    }
    free(bands);
    mlhead_free(all);
    return status;
}
