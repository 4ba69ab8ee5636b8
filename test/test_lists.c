/*
 * test_lists.c - the guide's lists: mlhead_section_list(),
 * mlhead_category_list(), mlhead_item_list(), mlhead_best_practices() and
 * mlhead_stat_list().  Counts, order, the two- and three-level headings,
 * terms split from their text, each statistic with its unit, and every bad
 * input with empty outputs.  Expected values are counted off seed/guide.txt.
 */
#include "helpers.h"

/* The ten sections of the guide: slug, title, line, bullets, headings. */
static const struct {
    const char *slug, *title;
    int line;
    size_t items, headings;
} sections[] = {
    {"overview", "Overview", 1, 12, 5},
    {"responsibilities", "Core Responsibilities", 20, 16, 8},
    {"requirements", "Requirements", 46, 19, 9},
    {"career-development", "Career Development", 76, 20, 7},
    {"market-demand", "Market Demand", 105, 16, 6},
    {"salary", "Salary Ranges (US Market, 2024)", 129, 9, 3},
    {"industry-trends", "Industry Trends", 157, 25, 8},
    {"soft-skills", "Essential Soft Skills", 192, 20, 10},
    {"best-practices", "Best Practices", 224, 24, 12},
    {"challenges", "Common Challenges", 262, 24, 17},
};
#define SECTION_COUNT (sizeof sections / sizeof *sections)

/* The best practices' twelve headings, lines 226-259. */
static const char *const practice_headings[] = {
    "Strategic Vision and Alignment",
    "Technical Proficiency",
    "Opportunity Identification and Execution",
    "Ethical and Regulatory Insight",
    "Change Management and Leadership",
    "Effective Communication",
    "Continuous Learning Mindset",
    "Cross-Functional Collaboration",
    "Data Integrity and Management",
    "Addressing Challenges",
    "Model Deployment and Management",
    "Best Practices in Model Architecture",
};

static size_t count_items(mlhead *db, const char *section, const char *category)
{
    mlhead_item *items;
    size_t n;
    int got = mlhead_item_list(db, section, category, &items, &n);
    if (got != MLHEAD_OK)
        fail_msg("%s / %s: got %d (%s)", section, category ? category : "(all)", got,
                 mlhead_errmsg(db));
    mlhead_free(items);
    return n;
}

static void section_list_is_the_guides_ten_sections(void **state)
{
    mlhead_section *s;
    size_t n, i;
    assert_int_equal(mlhead_section_list(*state, &s, &n), MLHEAD_OK);
    assert_int_equal(n, SECTION_COUNT);
    for (i = 0; i < n; i++) {
        assert_string_equal(s[i].slug, sections[i].slug);
        assert_string_equal(s[i].title, sections[i].title);
        assert_int_equal(s[i].line, sections[i].line);
        assert_int_equal(s[i].position, (int)i + 1);
        assert_int_equal(s[i].items, (int)sections[i].items);
    }
    mlhead_free(s);
}

static void each_section_has_its_items_by_slug_and_by_title(void **state)
{
    size_t i;
    for (i = 0; i < SECTION_COUNT; i++) {
        assert_int_equal(count_items(*state, sections[i].slug, NULL), sections[i].items);
        assert_int_equal(count_items(*state, sections[i].title, NULL), sections[i].items);
    }
}

static void each_section_has_its_headings_and_their_items_add_up(void **state)
{
    size_t i, k;
    for (i = 0; i < SECTION_COUNT; i++) {
        mlhead_category *c;
        size_t n, sum = 0;
        int prev_line = sections[i].line;
        assert_int_equal(mlhead_category_list(*state, sections[i].slug, &c, &n), MLHEAD_OK);
        assert_int_equal(n, sections[i].headings);
        for (k = 0; k < n; k++) {
            assert_string_equal(c[k].section, sections[i].slug);
            assert_true(c[k].line > prev_line);
            prev_line = c[k].line;
            /* a heading's items, asked by slug and by title, are its count */
            assert_int_equal(count_items(*state, sections[i].slug, c[k].slug), c[k].items);
            assert_int_equal(count_items(*state, sections[i].slug, c[k].title), c[k].items);
            if (!c[k].group)
                sum += (size_t)c[k].items; /* groups already hold their headings' */
        }
        assert_int_equal(sum, sections[i].items);
        mlhead_free(c);
    }
}

static void overview_headings_are_the_guides_in_order(void **state)
{
    const char *titles[] = {"Types of AI", "Machine Learning Categories", "Core Concepts",
                            "Applications", "Advanced Techniques"};
    const int lines[] = {3, 6, 10, 14, 18};
    const int items[] = {2, 3, 3, 3, 1};
    mlhead_category *c;
    size_t n, i;
    assert_int_equal(mlhead_category_list(*state, "Overview", &c, &n), MLHEAD_OK);
    assert_int_equal(n, 5);
    for (i = 0; i < n; i++) {
        assert_string_equal(c[i].title, titles[i]);
        assert_int_equal(c[i].line, lines[i]);
        assert_int_equal(c[i].items, items[i]);
        assert_int_equal(c[i].position, (int)i + 1);
        assert_null(c[i].group);
    }
    assert_string_equal(c[0].slug, "types-of-ai");
    mlhead_free(c);
}

static void challenges_have_groups_before_their_headings(void **state)
{
    mlhead_category *c;
    size_t n;
    assert_int_equal(mlhead_category_list(*state, "challenges", &c, &n), MLHEAD_OK);
    assert_int_equal(n, 17);
    assert_string_equal(c[0].title, "Technical Challenges");
    assert_null(c[0].group);
    assert_int_equal(c[0].line, 264);
    assert_int_equal(c[0].items, 6);
    assert_string_equal(c[1].title, "Hardware and Software Limitations");
    assert_string_equal(c[1].group, "Technical Challenges");
    assert_int_equal(c[1].position, 1);
    assert_int_equal(c[1].line, 265);
    assert_int_equal(c[1].items, 2);
    assert_string_equal(c[3].title, "Algorithm Complexity");
    assert_int_equal(c[3].position, 3);
    assert_string_equal(c[4].title, "Organizational and Leadership Challenges");
    assert_null(c[4].group);
    assert_int_equal(c[4].position, 2);
    assert_string_equal(c[16].title, "Integration with Existing Systems");
    assert_string_equal(c[16].group, "Scalability and Complexity");
    assert_int_equal(c[16].line, 302);
    mlhead_free(c);
}

static void a_group_lists_the_items_of_every_heading_under_it(void **state)
{
    const int lines[] = {266, 267, 269, 270, 272, 273};
    mlhead_item *it;
    size_t n, i;
    assert_int_equal(mlhead_item_list(*state, "Common Challenges", "Technical Challenges", &it, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 6);
    for (i = 0; i < n; i++) {
        assert_int_equal(it[i].line, lines[i]);
        assert_string_equal(it[i].group, "Technical Challenges");
    }
    assert_string_equal(it[2].category, "Data Quality and Availability");
    mlhead_free(it);
    assert_int_equal(count_items(*state, "challenges", "technical-challenges"), 6);
}

static void challenge_items_carry_group_category_and_position(void **state)
{
    mlhead_item *it;
    size_t n;
    assert_int_equal(mlhead_item_list(*state, "challenges", "Talent Retention", &it, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[1].section, "challenges");
    assert_string_equal(it[1].group, "Organizational and Leadership Challenges");
    assert_string_equal(it[1].category, "Talent Retention");
    assert_int_equal(it[1].position, 2);
    assert_null(it[1].term);
    assert_string_equal(it[1].text, "Providing engaging projects and growth opportunities");
    assert_int_equal(it[1].line, 280);
    mlhead_free(it);
}

static void terms_are_split_from_their_text(void **state)
{
    mlhead_item *it;
    size_t n;
    assert_int_equal(mlhead_item_list(*state, "overview", "Types of AI", &it, &n), MLHEAD_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[0].term, "Narrow AI");
    assert_string_equal(it[0].text, "Current technology focusing on specific tasks");
    assert_int_equal(it[0].line, 4);
    assert_null(it[0].group);
    assert_string_equal(it[0].category, "Types of AI");
    assert_string_equal(it[1].term, "General AI");
    assert_string_equal(it[1].text,
                        "The ultimate goal, mimicking human intelligence in all aspects");
    mlhead_free(it);
}

static void items_without_a_colon_have_no_term(void **state)
{
    mlhead_item *it;
    size_t n;
    assert_int_equal(mlhead_item_list(*state, "responsibilities", "strategic-direction", &it, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 2);
    assert_null(it[0].term);
    assert_string_equal(it[0].text, "Guide AI and ML initiatives aligned with business objectives");
    mlhead_free(it);
}

static void best_practices_by_heading_are_its_two_items(void **state)
{
    mlhead_item *it;
    size_t n;
    assert_int_equal(mlhead_best_practices(*state, "Effective Communication", &it, &n), MLHEAD_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[0].section, "best-practices");
    assert_string_equal(it[0].text, "Demystify AI concepts for broad audiences");
    assert_string_equal(it[1].text,
                        "Gain support from various stakeholders through clear communication");
    assert_int_equal(it[0].line, 242);
    mlhead_free(it);
    assert_int_equal(mlhead_best_practices(*state, "  EFFECTIVE-communication", &it, &n),
                     MLHEAD_OK);
    assert_int_equal(n, 2);
    mlhead_free(it);
}

static void all_best_practices_are_24_items_under_12_headings(void **state)
{
    mlhead_item *it;
    size_t n, i;
    assert_int_equal(mlhead_best_practices(*state, NULL, &it, &n), MLHEAD_OK);
    assert_int_equal(n, 24);
    for (i = 0; i < n; i++) {
        assert_string_equal(it[i].category, practice_headings[i / 2]);
        assert_int_equal(it[i].position, (int)(i % 2) + 1);
        assert_null(it[i].group);
    }
    mlhead_free(it);
}

static void best_practices_heading_of_another_section_is_not_found(void **state)
{
    mlhead_item *it = POISON_PTR;
    size_t n = POISON_COUNT;
    /* "Talent Retention" is a heading of the challenges, not of the practices */
    assert_list_fails(mlhead_best_practices(*state, "Talent Retention", &it, &n), MLHEAD_NOT_FOUND,
                      it, n);
    assert_non_null(strstr(mlhead_errmsg(*state), "no heading named \"Talent Retention\""));
}

static void unknown_section_or_heading_is_not_found_and_says_which(void **state)
{
    mlhead *db = *state;
    mlhead_item *it = POISON_PTR;
    mlhead_category *c = POISON_PTR;
    size_t n = POISON_COUNT;
    assert_list_fails(mlhead_item_list(db, "Hobbies", NULL, &it, &n), MLHEAD_NOT_FOUND, it, n);
    assert_non_null(strstr(mlhead_errmsg(db), "no section named \"Hobbies\""));
    it = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_item_list(db, "Hobbies", "Types of AI", &it, &n), MLHEAD_NOT_FOUND, it,
                      n);
    assert_non_null(strstr(mlhead_errmsg(db), "section"));
    it = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_item_list(db, "overview", "Knitting", &it, &n), MLHEAD_NOT_FOUND, it,
                      n);
    assert_non_null(strstr(mlhead_errmsg(db), "no heading named \"Knitting\""));
    n = POISON_COUNT;
    assert_list_fails(mlhead_category_list(db, "Hobbies", &c, &n), MLHEAD_NOT_FOUND, c, n);
    assert_non_null(strstr(mlhead_errmsg(db), "Hobbies"));
}

/* The five figures of Market Demand (lines 108, 114, 115, 122). */
static void stat_list_has_each_figure_with_its_unit(void **state)
{
    mlhead_stat *s;
    size_t n;
    assert_int_equal(mlhead_stat_list(*state, &s, &n), MLHEAD_OK);
    assert_int_equal(n, 5);

    assert_string_equal(s[0].slug, "ai-ml-job-openings-rise");
    assert_true(s[0].value == 40.0);
    assert_int_equal(s[0].unit, MLHEAD_PERCENT);
    assert_string_equal(s[0].period, "by 2027");
    assert_string_equal(s[0].source, "World Economic Forum");
    assert_string_equal(s[0].qualifier, "predicted");
    assert_int_equal(s[0].line, 108);
    assert_non_null(strstr(s[0].text, "40% rise"));

    assert_true(s[1].value == 300e6);
    assert_int_equal(s[1].unit, MLHEAD_COUNT);
    assert_string_equal(s[1].qualifier, "approximately");
    assert_string_equal(s[1].period, "over the next decade");
    assert_null(s[1].source);
    assert_int_equal(s[1].line, 114);

    assert_true(s[2].value == 7.0);
    assert_int_equal(s[2].unit, MLHEAD_PERCENT);
    assert_non_null(strstr(s[2].basis, "GDP"));
    assert_int_equal(s[2].line, 115);

    assert_true(s[3].value == 1.5);
    assert_int_equal(s[3].unit, MLHEAD_PERCENTAGE_POINTS);
    assert_non_null(strstr(s[3].basis, "productivity"));
    assert_int_equal(s[3].line, 115);
    assert_string_equal(s[3].text, s[2].text); /* one bullet states both */

    assert_true(s[4].value == 25e9);
    assert_int_equal(s[4].unit, MLHEAD_USD);
    assert_string_equal(s[4].period, "first half of 2023");
    assert_null(s[4].qualifier);
    assert_int_equal(s[4].line, 122);
    mlhead_free(s);
}

static void each_stat_is_the_text_of_its_market_demand_item(void **state)
{
    mlhead_stat *s;
    mlhead_item *it;
    size_t n, k, i;
    assert_int_equal(mlhead_stat_list(*state, &s, &n), MLHEAD_OK);
    assert_int_equal(mlhead_item_list(*state, "market-demand", NULL, &it, &k), MLHEAD_OK);
    for (i = 0; i < n; i++) {
        size_t j, hits = 0;
        for (j = 0; j < k; j++)
            if (it[j].line == s[i].line && strcmp(it[j].text, s[i].text) == 0)
                hits++;
        assert_int_equal(hits, 1);
    }
    mlhead_free(s);
    mlhead_free(it);
}

/* ---- every string-taking call, fed hostile names ---- */

static int category_call(mlhead *db, const char *section)
{
    mlhead_category *c = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_category_list(db, section, &c, &n);
    return list_outcome(status, c, n);
}

static int items_call(mlhead *db, const char *section, const char *category)
{
    mlhead_item *it = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_item_list(db, section, category, &it, &n);
    return list_outcome(status, it, n);
}

static int items_section_call(mlhead *db, const char *section)
{
    return items_call(db, section, NULL);
}

static int items_category_call(mlhead *db, const char *category)
{
    return items_call(db, "overview", category);
}

static int practices_call(mlhead *db, const char *category)
{
    mlhead_item *it = POISON_PTR;
    size_t n = POISON_COUNT;
    int status = mlhead_best_practices(db, category, &it, &n);
    return list_outcome(status, it, n);
}

static void hostile_names_get_their_status_from_every_list_call(void **state)
{
    check_hostile_names(*state, "mlhead_category_list", category_call);
    check_hostile_names(*state, "mlhead_item_list section", items_section_call);
    check_hostile_names(*state, "mlhead_item_list category", items_category_call);
    check_hostile_names(*state, "mlhead_best_practices", practices_call);
}

static void null_arguments_are_invalid_and_leave_outputs_empty(void **state)
{
    mlhead *db = *state;
    mlhead_section *s = POISON_PTR;
    mlhead_category *c = POISON_PTR;
    mlhead_item *it = POISON_PTR;
    mlhead_stat *st = POISON_PTR;
    size_t n = POISON_COUNT;

    assert_list_fails(mlhead_section_list(NULL, &s, &n), MLHEAD_INVALID, s, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_section_list(db, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    s = POISON_PTR;
    assert_int_equal(mlhead_section_list(db, &s, NULL), MLHEAD_INVALID);
    assert_null(s);

    n = POISON_COUNT;
    assert_list_fails(mlhead_category_list(NULL, "overview", &c, &n), MLHEAD_INVALID, c, n);
    c = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_category_list(db, NULL, &c, &n), MLHEAD_INVALID, c, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_category_list(db, "overview", NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    c = POISON_PTR;
    assert_int_equal(mlhead_category_list(db, "overview", &c, NULL), MLHEAD_INVALID);
    assert_null(c);

    n = POISON_COUNT;
    assert_list_fails(mlhead_item_list(NULL, "overview", NULL, &it, &n), MLHEAD_INVALID, it, n);
    it = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_item_list(db, NULL, NULL, &it, &n), MLHEAD_INVALID, it, n);
    it = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_item_list(db, NULL, "Types of AI", &it, &n), MLHEAD_INVALID, it, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_item_list(db, "overview", NULL, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    it = POISON_PTR;
    assert_int_equal(mlhead_item_list(db, "overview", NULL, &it, NULL), MLHEAD_INVALID);
    assert_null(it);

    it = POISON_PTR;
    n = POISON_COUNT;
    assert_list_fails(mlhead_best_practices(NULL, NULL, &it, &n), MLHEAD_INVALID, it, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_best_practices(db, NULL, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    it = POISON_PTR;
    assert_int_equal(mlhead_best_practices(db, NULL, &it, NULL), MLHEAD_INVALID);
    assert_null(it);

    n = POISON_COUNT;
    assert_list_fails(mlhead_stat_list(NULL, &st, &n), MLHEAD_INVALID, st, n);
    n = POISON_COUNT;
    assert_int_equal(mlhead_stat_list(db, NULL, &n), MLHEAD_INVALID);
    assert_int_equal(n, 0);
    st = POISON_PTR;
    assert_int_equal(mlhead_stat_list(db, &st, NULL), MLHEAD_INVALID);
    assert_null(st);
}

static void each_section_has_its_intro_and_closing_paragraph(void **state)
{
    mlhead_section *s;
    size_t n, i;
    assert_int_equal(mlhead_section_list(*state, &s, &n), MLHEAD_OK);
    for (i = 0; i < n; i++) {
        mlhead_section_text t;
        assert_int_equal(mlhead_section_text_get(*state, s[i].slug, &t), MLHEAD_OK);
        assert_string_equal(t.section, s[i].slug);
        assert_string_equal(t.title, s[i].title);
        assert_int_equal(t.intro_line, s[i].line + 1);
        assert_true(strlen(t.intro) > 40);
        assert_non_null(t.closing);
        assert_true(t.closing_line > t.intro_line);
    }
    mlhead_free(s);
}

static void section_text_by_title_is_the_guides_words(void **state)
{
    mlhead_section_text t, u;
    assert_int_equal(mlhead_section_text_get(*state, "  best   PRACTICES ", &t), MLHEAD_OK);
    assert_string_equal(t.section, "best-practices");
    assert_string_equal(
        t.intro, "To excel as a Head of AI or Machine Learning, consider these best practices:");
    assert_int_equal(t.intro_line, 225);
    assert_int_equal(t.closing_line, 261);
    assert_true(strncmp(t.closing, "By adhering to these practices, AI leaders", 42) == 0);
    assert_int_equal(mlhead_section_text_get(*state, "best-practices", &u), MLHEAD_OK);
    assert_ptr_equal(t.intro, u.intro);
    assert_ptr_equal(t.closing, u.closing);
    assert_string_equal(mlhead_errmsg(*state), mlhead_strerror(MLHEAD_OK));
}

/* The last item of a section stops where its bullet ends: the closing
 * words that share its line are the section's, not the item's. */
static void the_last_item_stops_where_its_bullet_ends(void **state)
{
    mlhead_item *it;
    mlhead_section_text t;
    size_t n;
    assert_int_equal(mlhead_section_text_get(*state, "overview", &t), MLHEAD_OK);
    assert_int_equal(mlhead_item_list(*state, "overview", NULL, &it, &n), MLHEAD_OK);
    assert_int_equal(it[n - 1].line, t.closing_line);
    assert_string_equal(it[n - 1].text,
                        "Focuses on different parts of input data in sequence models");
    assert_true(strncmp(t.closing, "Machine Learning continues to expand", 36) == 0);
    mlhead_free(it);
}

static int section_text_call(mlhead *db, const char *name)
{
    mlhead_section_text t;
    int status;
    memset(&t, 0x5a, sizeof t);
    status = mlhead_section_text_get(db, name, &t);
    if (status != MLHEAD_OK)
        assert_zeroed(&t, sizeof t);
    return status;
}

static void section_text_bad_input_gets_its_status_and_a_zeroed_output(void **state)
{
    mlhead *db = *state;
    mlhead_section_text t;
    check_hostile_names(db, "mlhead_section_text_get", section_text_call);
    assert_int_equal(section_text_call(db, "Types of AI"), MLHEAD_NOT_FOUND); /* a heading */
    assert_non_null(strstr(mlhead_errmsg(db), "no section named \"Types of AI\""));
    assert_int_equal(section_text_call(db, NULL), MLHEAD_INVALID);
    memset(&t, 0x5a, sizeof t);
    assert_int_equal(mlhead_section_text_get(NULL, "overview", &t), MLHEAD_INVALID);
    assert_zeroed(&t, sizeof t);
    assert_int_equal(mlhead_section_text_get(db, "overview", NULL), MLHEAD_INVALID);
    assert_non_null(strstr(mlhead_errmsg(db), "out is NULL"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(section_list_is_the_guides_ten_sections),
        cmocka_unit_test(each_section_has_its_items_by_slug_and_by_title),
        cmocka_unit_test(each_section_has_its_headings_and_their_items_add_up),
        cmocka_unit_test(overview_headings_are_the_guides_in_order),
        cmocka_unit_test(challenges_have_groups_before_their_headings),
        cmocka_unit_test(a_group_lists_the_items_of_every_heading_under_it),
        cmocka_unit_test(challenge_items_carry_group_category_and_position),
        cmocka_unit_test(terms_are_split_from_their_text),
        cmocka_unit_test(items_without_a_colon_have_no_term),
        cmocka_unit_test(best_practices_by_heading_are_its_two_items),
        cmocka_unit_test(all_best_practices_are_24_items_under_12_headings),
        cmocka_unit_test(best_practices_heading_of_another_section_is_not_found),
        cmocka_unit_test(unknown_section_or_heading_is_not_found_and_says_which),
        cmocka_unit_test(stat_list_has_each_figure_with_its_unit),
        cmocka_unit_test(each_stat_is_the_text_of_its_market_demand_item),
        cmocka_unit_test(hostile_names_get_their_status_from_every_list_call),
        cmocka_unit_test(null_arguments_are_invalid_and_leave_outputs_empty),
        cmocka_unit_test(each_section_has_its_intro_and_closing_paragraph),
        cmocka_unit_test(section_text_by_title_is_the_guides_words),
        cmocka_unit_test(the_last_item_stops_where_its_bullet_ends),
        cmocka_unit_test(section_text_bad_input_gets_its_status_and_a_zeroed_output),
    };
    return cmocka_run_group_tests(tests, open_embedded, close_handle);
}
