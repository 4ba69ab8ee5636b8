#!/bin/sh
# cli.sh - tests of the mlhead command: every subcommand's output and exit
# status, its JSON parsed by jq, the chart's SVG checked by xmllint, the
# graph's DOT rendered by Graphviz, the man page by groff, and hostile
# arguments and a crafted database run under valgrind (any memory error or
# leak fails).  Prints a closing line "cli: N passed, N failed".
#
#   sh test/cli.sh build/mlhead build/mlhead.db
# shellcheck disable=SC2016 # patterns in single quotes: $ is an anchor or a dollar
set -u
bin=$1
db=$2
man=${3:-man/mlhead.1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/lib.sh"
vg=${CLI_VG-"valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all"}

# run [--vg] ARGS...: runs mlhead; stdout in $tmp/out, stderr in $tmp/err,
# status in $rc.
run() {
    if [ "${1:-}" = --vg ]; then
        shift
        $vg "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
    else
        "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
    fi
    rc=$?
}

pass() { counted; }
# fail WHAT: counts a failed case and shows what the command printed.
fail() {
    miscounted "$1"
    sed -n '1,15s/^/  stdout: /p' "$tmp/out" >&2
    sed -n '1,15s/^/  stderr: /p' "$tmp/err" >&2
}

# matches FILE PATTERN: EMPTY means the file must be empty, else an ERE
# that some line must match.
matches() {
    if [ "$2" = EMPTY ]; then
        [ ! -s "$1" ]
    else
        grep -qE -- "$2" "$1"
    fi
}

# t [--vg] NAME STATUS STDOUT STDERR ARGS...: one case.
t() {
    vgopt=
    [ "$1" = --vg ] && vgopt=--vg && shift
    name=$1 want=$2 out=$3 err=$4
    shift 4
    run $vgopt "$@"
    if [ "$rc" -ne "$want" ]; then
        fail "$name: exit status $rc, want $want"
    elif ! matches "$tmp/out" "$out"; then
        fail "$name: stdout does not match '$out'"
    elif ! matches "$tmp/err" "$err"; then
        fail "$name: stderr does not match '$err'"
    else
        pass
    fi
}

# j NAME JQ-FILTER ARGS...: --json output parses and the filter holds.
j() {
    name=$1 filter=$2
    shift 2
    run --json "$@"
    if [ "$rc" -ne 0 ]; then
        fail "$name: exit status $rc"
    elif ! jq -e . "$tmp/out" >/dev/null 2>&1; then
        fail "$name: not valid JSON"
    elif ! jq -e "$filter" "$tmp/out" >/dev/null 2>&1; then
        fail "$name: JSON fails $filter"
    else
        pass
    fi
}

# ---- the questions the issue names ----
t --vg 'search ethic finds the ethics items' 0 'Ethical\] AI Practices' EMPTY search ethic
t --vg 'salary head of ml is its band' 0 '^average +\$259,000$' EMPTY salary "head of ml"
t 'salary head of ml names the role' 0 '^role +Head of Machine Learning$' EMPTY salary "head of ml"
t --vg 'path ML Engineer to Head of ML is four steps' 0 '^ +4  Head of Machine Learning' EMPTY \
    path "ML Engineer" "Head of Machine Learning"
t 'path starts at Machine Learning Engineer' 0 '^ +1  Machine Learning Engineer ' EMPTY \
    path "ML Engineer" "Head of Machine Learning"
t 'salary head of ml unquoted is one name' 0 '^average +\$259,000$' EMPTY salary head of ml
t 'path splits two unquoted names where both are roles' 0 '^ +4  Head of Machine Learning' EMPTY \
    path ML Engineer Head of Machine Learning
t 'path splits at "to"' 0 '^ +4  Head of Machine Learning' EMPTY path ml engineer to head of ml
t 'path names the unknown end of unquoted words' 1 EMPTY 'no role \(to\) named "Head of Nothing"' path ML Engineer Head of Nothing
t 'list takes a heading of several words' 0 'Providing engaging projects' EMPTY list challenges Talent Retention
t --vg 'chart draws every band' 0 '^Head of Machine Learning +.*\[=+o=+\]' EMPTY chart

t 'chart draws an average range inside the band' 0 '^Head of Data Science +\[=+o+=+\] +\$110,000 - \$330,000, average \$224,539 - \$273,280$' EMPTY chart
t 'chart draws an unknown minimum and an open top' 0 '^Director of AI Research +\?o-+=>> +unknown - \$644,261\+, average \$266,395\+$' EMPTY chart
t 'chart says when the range is unknown' 0 '^Director of Data Science +o \(range unknown\) +unknown - unknown, average \$253,919$' EMPTY chart
t 'chart draws a shared band once, open-ended' 0 '^Chief Data Officer or VP of Data Science +\[=+>> +\$266,395 - \$644,261\+, average unknown$' EMPTY chart

# ---- every subcommand, text ----
t 'salary lists every band' 0 '^VP of Data Science +\$266,395 +\$644,261\+ +unknown$' EMPTY salary
t 'salary shows an open-ended floor and unknown' 0 '^Director of AI Research +unknown +\$644,261\+ +\$266,395\+$' EMPTY salary
t 'salary shows an average range' 0 '\$224,539 - \$273,280' EMPTY salary "Head of Data Science"
t 'salary of a shared band names the band' 0 '^band +Chief Data Officer or VP of Data Science$' EMPTY salary CDO
t 'salary of a role without band is not found' 1 EMPTY 'no salary band for "Head of AI"$' salary "Head of AI"
t --vg 'salary of an unknown role suggests' 1 EMPTY 'did you mean "Head of Machine Learning"' salary "Head of Machine Lerning"
t 'roles lists the tracks in order' 0 '^Machine Learning Engineer +Machine Learning Engineering Track +1$' EMPTY roles
t 'roles lists roles outside tracks' 0 '^Head of AI +- +-$' EMPTY roles
t --vg 'role shows aliases' 0 '^also called +.*Head of ML' EMPTY role "ML Head"
t 'role shows next steps' 0 '^Head of AI +Transitioning to Head of AI$' EMPTY role "Head of Machine Learning"
t 'role suggests on a typo' 1 EMPTY 'did you mean "Senior Research Scientist"' role "Senoir Research Scientist"
t 'role suggests by shared words' 1 EMPTY 'did you mean .*Product' role "product boss"
t 'role offers nothing for nonsense' 1 EMPTY '^mlhead: no role named "qqqqq"$' role qqqqq
t 'a message quotes the name as typed' 1 EMPTY '^mlhead: no role named "Ethics"$' role Ethics
for amount in 250000 '$250,000' 250k 0.25m; do
    t "offer takes $amount" 0 '^offer +\$250,000$' EMPTY offer head of ml "$amount"
done
t 'offer within the range, below the average' 0 '^against the average +below$' EMPTY offer Head of ML 250k
t 'offer above an exact top' 0 '^against the range +above$' EMPTY offer head of ml 400k
t 'offer over an open-ended top is at least the floor' 0 '^against the range +at_least_floor$' EMPTY offer CDO 700k
t 'offer against an unknown average cannot tell' 0 '^against the average +cannot_tell$' EMPTY offer CDO 700k
t 'offer of no amount is a usage error' 2 EMPTY '"12x" is no amount' offer head of ml 12x
t 'offer past the largest figure is a usage error' 2 EMPTY 'is no amount' offer head of ml 2000m
t 'offer with a comma out of place is a usage error' 2 EMPTY '"250,00" is no amount' offer head of ml 250,00
t 'offer with three decimals is a usage error' 2 EMPTY '"250.000" is no amount' offer head of ml 250.000
t 'offer takes commas between thousands' 0 'Head of Machine Learning' EMPTY offer head of ml 1,250,000
t 'offer for an unknown role suggests' 1 EMPTY 'did you mean "Head of Machine Learning"' offer Head of Machine Lerning 250k
t 'match ranks the roles a typed name means' 0 '^Head of Machine Learning +0\.99 +title +Head of Machine Learning$' EMPTY match hd of ml
t 'match takes abbreviations' 0 '^VP of Data Science ' EMPTY match VP DS
t 'match of nonsense is not found' 1 '^\(none\)$' 'no role is close to "qqqqqq"' match qqqqqq
t 'tracks lists three' 0 '^AI Product Management Track +ai-product-management +4$' EMPTY tracks
t --vg 'track lists its steps' 0 '^Chief Research Scientist +AI Research Track +4$' EMPTY track research
t 'track by title' 0 '^VP of AI Products ' EMPTY track "AI Product Management Track"
t 'track suggests' 1 EMPTY 'did you mean "research"' track reserch
t "a heading suggests its own section's" 1 EMPTY 'did you mean "Creativity and Innovation"' list soft-skills creativ
run list requirements creativity
if [ "$rc" -ne 1 ] || grep -q 'did you mean' "$tmp/err"; then
    fail "a heading suggests no other section's: exit $rc, $(cat "$tmp/err")"
else
    pass
fi
t 'next is the track step' 0 '^Senior ML Engineer +Machine Learning Engineering Track$' EMPTY next "ML Engineer"
t 'next of a junior is the stated move' 0 '^ML Engineering Manager +Typically advances' EMPTY next "Junior ML Engineer"
t 'next of the top is empty' 0 '^\(none\)$' EMPTY next "Head of AI"
t 'next of an unknown role is not found' 1 EMPTY 'no role named "qqq"' next qqq
t 'path shows each hop kind: the start' 0 '^ +1  Machine Learning Engineer +start +-$' EMPTY path ML Engineer to Head of AI
t 'path shows each hop kind: a track step' 0 '^ +2  Senior ML Engineer +track +Machine Learning Engineering Track$' EMPTY path ML Engineer to Head of AI
t 'path shows each hop kind: a move' 0 '^ +5  Head of AI +move +Transitioning to Head of AI$' EMPTY path ML Engineer to Head of AI
t 'prev lists the steps that lead to a role' 0 '^Head of Machine Learning +Transitioning to Head of AI$' EMPTY prev head of ai
t 'prev of a first step is empty' 0 '^\(none\)$' EMPTY prev Junior ML Engineer
t 'prev of an unknown role suggests' 1 EMPTY 'did you mean .*"Head of AI"' prev Head of IA
t 'path the wrong way has none' 1 EMPTY 'no steps lead from' path "Head of AI" "ML Engineer"
t 'path suggests for the unknown end' 1 EMPTY 'did you mean .*"Head of AI"' path "ML Engineer" "Head of IA"
t 'path to itself is one step' 0 '^ +1  Head of AI' EMPTY path "Head of AI" "head of artificial intelligence"
t --vg 'practices lists every heading' 0 '^Best Practices in Model Architecture ' EMPTY practices
t 'practices groups a heading once' 0 '^ {20,}Identify opportunities' EMPTY practices
t 'practices of one heading' 0 'Navigate data privacy' EMPTY practices "Ethical and Regulatory Insight"
t 'practices suggests a heading' 1 EMPTY 'did you mean "Effective Communication"' practices "efective communication"
t --vg 'list shows the sections' 0 '^best-practices +Best Practices +24$' EMPTY list
t 'list shows a section' 0 '^Talent Retention +High turnover' EMPTY list challenges
t 'list shows a heading' 0 'Providing engaging projects' EMPTY list challenges "Talent Retention"
t 'list shows a term' 0 'Narrow AI: ' EMPTY list overview
t 'list suggests a section' 1 EMPTY 'did you mean "challenges"' list chalenges
t 'list suggests a heading' 1 EMPTY 'did you mean "Talent Retention"' list challenges "talent retension"
t 'stats shows units and hedges' 0 '^ +40%  predicted +rise in AI and machine learning job openings +by 2027 +World Economic Forum$' EMPTY stats
t 'stats shows dollars and points' 0 '^\$25,000,000,000 ' EMPTY stats
t 'stats shows points' 0 '1\.5 points' EMPTY stats
t 'info shows the versions' 0 '^library +1\.[0-9]+\.[0-9]+$' EMPTY info
t 'info shows the edition' 0 '^edition +2024\.1$' EMPTY info
t 'info names a --db file' 0 "^database +$db\$" EMPTY --db "$db" info
t 'search stems and ranks' 0 '\[gov' EMPTY search gov
t 'search nothing is not found' 1 EMPTY 'nothing matches "zzzqqqxx"' search zzzqqqxx
t 'search --limit caps the hits' 0 'Ethical' EMPTY search --limit 1 ethic
t 'search --raw takes FTS5 operators' 0 'Ethical' EMPTY search --raw 'ethic* AND ai'
t --vg 'search --raw syntax error is a usage error' 2 EMPTY 'syntax' search --raw 'NEAR('
t --vg 'graph is DOT' 0 '^digraph mlhead \{' EMPTY graph
t 'graph has the moves' 0 '"junior-ml-engineer" -> "ml-engineering-manager" \[style=dashed' EMPTY graph
t 'graph clusters each track' 0 'subgraph "cluster_ai-product-management"' EMPTY graph

# ---- options and usage ----
t 'help' 0 '^usage: mlhead' EMPTY --help
t 'version' 0 '^mlhead [0-9]+\.[0-9]+\.[0-9]+ \(libmlhead ' EMPTY --version
t 'no command is a usage error' 2 EMPTY '^usage: mlhead'
t 'unknown command' 2 EMPTY 'unknown command "frobnicate"' frobnicate
t 'unknown command suggests' 2 EMPTY 'did you mean "salary"' salaries
t 'a transposed letter is a typo' 2 EMPTY 'did you mean "roles"' roels
t 'too many operands' 2 EMPTY 'usage: mlhead tracks $' tracks a
t 'the words of a name are one name' 1 EMPTY 'no role named "a b"' role a b
t 'too few operands' 2 EMPTY 'usage: mlhead path FROM \[to\] TO' path a
t 'unknown option' 2 EMPTY 'unknown option "-x"' search -x
t 'a query after -- may start with -' 1 EMPTY 'nothing matches "-x"' search -- -x
t '--db needs a path' 2 EMPTY '--db needs a PATH' info --db
t '--svg only with chart' 2 EMPTY '--svg goes with chart only' salary --svg x.svg
t '--limit only with search and match' 2 EMPTY '^mlhead: --limit goes with search and match only$' roles --limit 3
t '--raw only with search' 2 EMPTY '^mlhead: --raw goes with search only$' match --raw head
t 'match --limit must be a number' 2 EMPTY '^mlhead: --limit needs a whole number from 0 to 100000$' match --limit many head
t 'match --limit above the most' 2 EMPTY '--limit needs' match --limit 100001 head
t '--limit must be a number' 2 EMPTY '--limit needs' search --limit -1 x
t 'a C1 control is shown escaped' 1 EMPTY 'x\\xc2\\x9by' role "$(printf 'x\302\233y')"
"$bin" roles >/dev/full 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q 'cannot write the output' "$tmp/err"; then pass; else fail 'a full disk is an error'; fi
t '--opt=value form' 0 'Ethical' EMPTY search --limit=2 ethic

# ---- --db errors: exit 2, the path and the library's word for it ----
mkdir "$tmp/dir"
printf 'not a database at all, but long enough to be read as one if it were' >"$tmp/text.db"
head -c 8192 "$db" >"$tmp/truncated.db"
sqlite3 "$tmp/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (1)'
t --vg '--db missing' 2 EMPTY "\"$tmp/missing.db\": cannot open or read the file: .*No such file or directory" --db "$tmp/missing.db" roles
t '--db a directory' 2 EMPTY 'cannot open or read the file: .*: is a directory$' --db "$tmp/dir" roles
t '--db a text file' 2 EMPTY 'not an mlhead database' --db "$tmp/text.db" roles
t '--db another SQLite database' 2 EMPTY 'not an mlhead database' --db "$tmp/other.db" roles
t --vg '--db truncated' 2 EMPTY 'damaged' --db "$tmp/truncated.db" roles
mkfifo "$tmp/fifo"
t '--db a FIFO is not read' 2 EMPTY 'cannot open or read the file' --db "$tmp/fifo" roles
t '--db empty path' 2 EMPTY 'invalid argument' --db "" roles
t '--db the built file answers' 0 '^Head of Machine Learning ' EMPTY --db "$db" salary

# ---- JSON: valid, numbers as numbers, unknown as null ----
j 'json salary list' 'length == 6 and ([.[] | .min, .max, .avg, .avg_high | select(. != null) | .usd] | all(type == "number" and . > 0))' salary
j 'json salary open-ended and unknown' '.max == {"usd": 644261, "bound": "at_least"} and .avg == null and .avg_high == null' salary CDO
j 'json salary average range' '.avg.usd == 224539 and .avg_high.usd == 273280 and .year == 2024' salary "Head of Data Science"
j 'json salary unknown minimum is null' '.min == null and .avg.bound == "at_least"' salary "Director of AI Research"
j 'json roles' 'length == 19 and (map(select(.track == null)) | all(.level == null)) and .[0].level == 1' roles
j 'json role' '.role.title == "Head of Machine Learning" and (.role.aliases | index("Head of ML")) != null and .next[0].kind == "move"' role "head of ml"
j 'json offer' '.offer == {"usd": 250000, "range": "within", "average": "below"} and .salary.min.usd == 188000' offer head of ml 250k
j 'json match' '.[0].slug == "head-of-machine-learning" and .[0].score == 1 and .[0].matched == "alias" and length <= 5' match ml head
j 'json tracks' 'map(.steps) == [4, 4, 4]' tracks
j 'json track' 'map(.level) == [1, 2, 3, 4]' track ml-engineering
j 'json next' '.[0].title == "Senior ML Engineer" and .[0].kind == "track"' next "ML Engineer"
j 'json next empty' '. == []' next "Head of AI"
j 'json path' 'map(.step) == [1, 2, 3, 4] and .[3].slug == "head-of-machine-learning"' path "ML Engineer" "Head of Machine Learning"
j 'json path kinds' 'map(.kind) == ["start", "track", "track", "track", "move"] and .[0].note == null' path ML Engineer to Head of AI
j 'json prev' 'length == 3 and all(.kind == "move")' prev head of ai
j 'json practices' 'length == 24 and all(.section == "best-practices") and (.[0].text | type) == "string"' practices
j 'json list sections' 'length == 10 and (map(.items) | add) > 100' list
j 'json list items keep the term apart' 'map(select(.term == "Narrow AI")) | length == 1' list overview
j 'json stats' '.[0].value == 40 and .[0].unit == "percent" and .[1].value == 300000000 and .[2].source == null' stats
j 'json info' '.schema_version == 1 and .year == 2024 and (.library_version | type) == "string"' info
j 'json search' 'length > 0 and (.[0].rank | type) == "number" and all(.snippet | test("\\["))' search ethic
j 'json search --limit 0 gives every hit' 'length > 20' search --limit 0 ai
j 'json search --limit caps' 'length == 2' search --limit 2 ai
j 'json match gives five by default' 'length == 5' match ai
j 'json match --limit caps' 'length == 2 and .[0].slug == "head-of-machine-learning"' match --limit 2 head of ml
j 'json match --limit 0 gives every candidate' 'length > 5' match --limit=0 ai
j 'json chart' 'length == 5 and .[3].min == null and .[3].max == null and .[3].avg.usd == 253919' chart
j 'json graph' '(.nodes | length) == 14 and (.edges | map(select(.kind == "move")) | length) == 4' graph
# A failure with --json: the error object on stdout, the same status.
for case in "1|not found|role qqqqq" "2|usage|frobnicate" "2|usage|offer cdo 12x" "2|invalid argument|--db '' roles"; do
    want=${case%%|*} rest=${case#*|} word=${rest%%|*} args=${rest#*|}
    eval "run --json $args"
    if [ "$rc" -eq "$want" ] && jq -e --arg w "$word" '.error.status == $w and (.error.message | length) > 0' "$tmp/out" >/dev/null; then
        pass
    else
        fail "json failure of $args: status $rc, want $want and an error object"
    fi
done
run --json search zzzqqqxx
if [ "$rc" -eq 1 ] && [ "$(jq -c . "$tmp/out")" = '[]' ]; then pass; else fail 'json search with no hit is [] and status 1'; fi

# ---- the chart's SVG is well-formed XML; the graph renders ----
t --vg 'chart --svg writes the file' 0 'US salary bands' EMPTY chart --svg "$tmp/chart.svg"
if xmllint --noout "$tmp/chart.svg" 2>"$tmp/err" && grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$tmp/chart.svg"; then pass; else fail 'chart SVG is well-formed'; fi
if grep -q 'class="arrow"' "$tmp/chart.svg" && grep -q 'range unknown' "$tmp/chart.svg"; then pass; else fail 'chart SVG has the arrow and unknown'; fi
t 'chart --svg to a directory that does not exist' 2 EMPTY 'cannot write' chart --svg "$tmp/no/such/dir/c.svg"
cp "$db" "$tmp/svgdb.db"
t --vg 'chart --svg onto the --db file is refused' 2 EMPTY 'is the --db file' --db "$tmp/svgdb.db" chart --svg "$tmp/svgdb.db"
if cmp -s "$db" "$tmp/svgdb.db"; then pass; else fail 'chart --svg left the --db file as it was'; fi
if [ -z "$(ls "$tmp" | grep 'svg\.')" ]; then pass; else fail 'chart --svg leaves no file of its own behind'; fi
"$bin" graph >"$tmp/graph.dot"
if dot -Tsvg "$tmp/graph.dot" >"$tmp/graph.svg" 2>"$tmp/err" && [ ! -s "$tmp/err" ] && xmllint --noout "$tmp/graph.svg"; then pass; else fail 'Graphviz renders the graph'; fi

# ---- hostile arguments: a clear message, status 1 or 2, no crash, no leak ----
big=$(head -c 102400 /dev/zero | tr '\0' x)
esc=$(printf 'a\033[31mred')
# Each string goes through every subcommand that takes a name or a query;
# valgrind watches one lookup (a different one for each string) and the
# search of the strings marked "watch", which keeps the run short.
lookups="role salary next track practices list"
nhostile=0
hostile() { # LABEL TEXT [watch]
    nhostile=$((nhostile + 1))
    watched=$(echo "$lookups" | cut -d' ' -f$((nhostile % 6 + 1)))
    for cmd in search $lookups; do
        vgopt=
        { [ "$cmd" = "$watched" ] || [ "$cmd/${3:-}" = search/watch ]; } && vgopt=--vg
        run $vgopt "$cmd" -- "$2"
        if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] && [ "$rc" -ne 2 ]; then
            fail "$cmd $1: exit status $rc (crash or memory error)"
        elif [ "$rc" -ne 0 ] && [ ! -s "$tmp/err" ]; then
            fail "$cmd $1: status $rc without a message"
        elif grep -qiE 'fts5|sqlite' "$tmp/err"; then
            fail "$cmd $1: an SQLite internal error reached the user"
        elif grep -q "$(printf '\033')" "$tmp/out" "$tmp/err"; then
            fail "$cmd $1: a raw escape byte reached the terminal"
        else
            pass
        fi
    done
    run path -- "$2" "$2"
    if [ "$rc" -eq 1 ] || [ "$rc" -eq 2 ]; then pass; else fail "path $1: exit status $rc"; fi
    run search --raw -- "$2"
    if [ "$rc" -le 2 ] && { [ "$rc" -eq 0 ] || [ -s "$tmp/err" ]; }; then pass; else fail "search --raw $1: exit status $rc"; fi
}
hostile 'empty' ''
hostile 'blank' '   '
hostile 'single quote' "'" watch
hostile 'double quote' '"'
hostile 'sql injection' "'; DROP TABLE role; --"
hostile 'fts and' 'head AND ml'
hostile 'fts near' 'NEAR(head ml' watch
hostile 'fts minus' '-x'
hostile 'fts column' 'col:x'
hostile 'star' '*'
hostile 'parentheses' '((()'
hostile 'printf' '%s%s%n'
hostile '100 KB' "$big" watch
hostile 'invalid UTF-8' "$(printf 'Head \377 of ML')" watch
hostile 'overlong slash' "$(printf '\300\257')"
hostile 'escape sequence' "$esc" watch
t 'an escape sequence is shown escaped' 1 EMPTY 'a\\x1b\[31mred' role "$esc"
t 'invalid UTF-8 is a usage error' 2 EMPTY 'not valid UTF-8' role "$(printf '\377')"
t '100 KB is a usage error' 2 EMPTY 'longer than' salary "$big"
t 'empty is a usage error' 2 EMPTY 'empty' search ''

# ---- a crafted database: odd text never breaks JSON, SVG, DOT or a terminal ----
# A role title with quotes, markup and an escape sequence (graph looks
# roles up by title, so it stays valid UTF-8 without line breaks); a band
# label with a control byte and a line break, a heading with a control byte
# (a name with a line break is a damaged file: no lookup could find it)
# and one with invalid UTF-8.
cp "$db" "$tmp/crafted.db"
sqlite3 "$tmp/crafted.db" "UPDATE role SET title = 'Evil \"<&>\\ ' || char(27) || '[2J' WHERE slug = 'head-of-machine-learning'; UPDATE salary_band SET label = 'Band <&\"> ' || char(1) || char(10) || 'z' WHERE position = 1; UPDATE category SET title = 'Odd ' || char(1) || 'z' WHERE slug = 'talent-retention'; VACUUM;"
j 'crafted: JSON of roles stays valid' 'map(select(.title | test("Evil"))) | length == 1' --db "$tmp/crafted.db" roles
j 'crafted: JSON of a bad heading stays valid' 'map(select(.category | test("^Odd \u0001z$"))) | length == 2' --db "$tmp/crafted.db" list challenges
j 'crafted: JSON of a bad band stays valid' '.[0].band | test("^Band <&\"> \u0001\nz$")' --db "$tmp/crafted.db" chart
t --vg 'crafted: the terminal gets no escape byte' 0 'Evil "<&>\\ \\x1b\[2J' EMPTY --db "$tmp/crafted.db" roles
t 'crafted: nor a control byte' 0 '^Odd \\x01z +High turnover' EMPTY --db "$tmp/crafted.db" list challenges
t --vg 'crafted: chart SVG' 0 'Band <&"> \\x01\\x0az' EMPTY --db "$tmp/crafted.db" chart --svg "$tmp/crafted.svg"
# (a file's invalid UTF-8 never reaches the command: the library refuses the file)
cp "$db" "$tmp/badutf8.db"
sqlite3 "$tmp/badutf8.db" "UPDATE category SET title = 'Odd ' || CAST(x'c0af' AS TEXT) WHERE slug = 'talent-retention'"
t 'crafted: invalid UTF-8 in a file is a damaged database' 2 EMPTY 'damaged' --db "$tmp/badutf8.db" list challenges
if xmllint --noout "$tmp/crafted.svg"; then pass; else fail 'crafted: SVG is well-formed'; fi
run --vg --db "$tmp/crafted.db" graph
cp "$tmp/out" "$tmp/crafted.dot"
if [ "$rc" -eq 0 ] && dot -Tsvg "$tmp/crafted.dot" >/dev/null && grep -q 'Evil' "$tmp/crafted.dot"; then pass; else fail 'crafted: DOT renders'; fi

# ---- a crafted database: values the schema allows that the text once got wrong ----
cp "$db" "$tmp/odd.db"
sqlite3 "$tmp/odd.db" "UPDATE market_stat SET value = -5000 WHERE unit = 'count'; UPDATE item SET text = printf('%.600c', 'x') WHERE term = 'Narrow AI'"
t 'odd: a negative count is -5,000, not $5,000' 0 '^ +-5,000  approximately ' EMPTY --db "$tmp/odd.db" stats
t 'odd: an item past 512 bytes is shown whole' 0 'Narrow AI: x{600}$' EMPTY --db "$tmp/odd.db" list overview

# ---- a crafted database: numbers at and past the largest figure ----
cp "$db" "$tmp/wide.db"
sqlite3 "$tmp/wide.db" "UPDATE salary_band SET max_usd = 1000000000 WHERE max_usd IS NOT NULL"
t --vg 'wide: the chart axis stays short for a $1,000,000,000 top' 0 '\$200M .*\$1000M' EMPTY --db "$tmp/wide.db" chart --svg "$tmp/wide.svg"
if xmllint --noout "$tmp/wide.svg" && [ "$(grep -c '<line' "$tmp/wide.svg")" -le 12 ]; then pass; else fail 'wide: SVG has few ticks'; fi
cp "$db" "$tmp/huge.db"
sqlite3 "$tmp/huge.db" "PRAGMA ignore_check_constraints = ON; UPDATE salary_band SET max_usd = 1000000000000000 WHERE max_usd IS NOT NULL; UPDATE market_stat SET value = 1e300"
t 'huge: a figure past the largest is a damaged database' 2 EMPTY 'damaged' --db "$tmp/huge.db" chart
t 'huge: so is a statistic past the largest' 2 EMPTY 'damaged' --db "$tmp/huge.db" stats

# ---- a valid file whose best practices are under another slug ----
cp "$db" "$tmp/renamed.db"
sqlite3 "$tmp/renamed.db" "UPDATE section SET slug = 'practices-best' WHERE slug = 'best-practices'"
printf '%s\n' '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}' \
    '{"jsonrpc":"2.0","method":"notifications/initialized"}' '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' |
    "$bin" --db "$tmp/renamed.db" mcp >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && grep -q '"id":2,"result":{"tools":\[' "$tmp/out" && grep -q '"best_practices"' "$tmp/out"; then
    pass
else
    fail "renamed: mlhead mcp serves a file with no best-practices section: exit $rc, $(head -c 300 "$tmp/err")"
fi

# ---- the server's log: what a client sends cannot forge a line ----
printf '%s\n' '{"jsonrpc":"2.0","method":"x\nmlhead mcp: listening on http://0.0.0.0:80/mcp\u001b[2J"}' |
    "$bin" mcp >"$tmp/out" 2>"$tmp/err"
if [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q 'x\\x0amlhead mcp: listening.*\\x1b\[2J' "$tmp/err"; then
    pass
else
    fail "mcp log: a client's bytes are escaped: $(cat -v "$tmp/err")"
fi

# ---- the man page: renders without a warning, documents every command ----
if [ -z "$(groff -man -ww -z "$man" 2>&1)" ]; then pass; else fail 'man page renders without warnings'; fi
for cmd in $("$bin" --help | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p'); do
    if grep -q "^\.B $cmd\$\|^\.BI $cmd " "$man"; then pass; else fail "man page documents $cmd"; fi
done

finish cli
