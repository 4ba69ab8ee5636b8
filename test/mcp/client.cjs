// test/mcp/client.cjs - the official MCP TypeScript SDK's client against
// `mlhead mcp` over stdio.  It lists the tools, resources and prompts,
// calls every tool with good and bad arguments (the SDK checks each
// structuredContent against the tool's outputSchema), and checks the
// answers against the same facts from `mlhead --json`.
//
// usage: node test/mcp/client.cjs MLHEAD [RUNNER...] SERVER_COMMAND...
//   MLHEAD is the command asked for the facts (build/mlhead); the rest is
//   the server's command line, a runner such as valgrind first if any.
'use strict';
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');
const { McpError } = require('@modelcontextprotocol/sdk/types.js');
const { execFileSync } = require('node:child_process');
const assert = require('node:assert/strict');

const [mlhead, command, ...args] = process.argv.slice(2);
let checks = 0;
function check(what, fn) {
    return Promise.resolve()
        .then(fn)
        .then(() => { checks++; }, (e) => {
            console.error(`FAIL ${what}: ${e && e.stack ? e.stack : e}`);
            process.exitCode = 1;
        });
}

// The command's --json answer: the facts the server must agree with.
function facts(...words) {
    return JSON.parse(execFileSync(mlhead, ['--json', ...words], { encoding: 'utf8' }));
}

// Every member the command prints has the same value in the server's answer.
function agrees(served, printed, where) {
    if (Array.isArray(printed)) {
        assert.equal(served.length, printed.length, `${where}: length`);
        printed.forEach((p, i) => agrees(served[i], p, `${where}[${i}]`));
    } else if (printed && typeof printed === 'object') {
        for (const k of Object.keys(printed))
            if (k in served)
                agrees(served[k], printed[k], `${where}.${k}`);
    } else {
        assert.deepEqual(served, printed, where);
    }
}

async function rpcError(promise, code) {
    await assert.rejects(promise, (e) => {
        assert.ok(e instanceof McpError, `an McpError, not ${e}`);
        assert.equal(e.code, code, e.message);
        return true;
    });
}

const TOOLS = ['salary_range', 'compare_offer', 'career_path', 'find_role', 'next_roles', 'previous_roles', 'list_roles',
    'list_tracks', 'best_practices', 'list_items', 'market_stats', 'search', 'edition'];

async function main() {
    const transport = new StdioClientTransport({ command, args, stderr: 'inherit' });
    const client = new Client({ name: 'mlhead-sdk-test', version: '1.0.0' });
    await client.connect(transport);
    const edition = facts('info');

    await check('version and server info', () => {
        assert.equal(client.getServerVersion().name, 'mlhead');
        assert.ok(client.getServerCapabilities().tools);
        assert.ok(client.getServerCapabilities().resources);
        assert.ok(client.getServerCapabilities().prompts);
    });
    await check('ping', () => client.ping());
    await check('logging/setLevel', () => client.setLoggingLevel('error'));

    const { tools } = await client.listTools();
    // The first best-practice heading: its slug from the tool's closed set,
    // its title from the command.
    const firstPractice = () => ({
        slug: tools.find((t) => t.name === 'best_practices').inputSchema.properties.category.enum[0],
        title: facts('practices')[0].category,
    });
    await check('tools/list names', () =>
        assert.deepEqual(tools.map((t) => t.name).sort(), [...TOOLS].sort()));
    for (const t of tools)
        await check(`tool ${t.name} is described`, () => {
            assert.ok(t.description.length > 40, 'a description for a model');
            assert.equal(t.inputSchema.type, 'object');
            assert.equal(t.inputSchema.additionalProperties, false);
            assert.equal(t.outputSchema.type, 'object');
            assert.ok(t.outputSchema.required.includes('provenance'));
            assert.equal(t.annotations.readOnlyHint, true);
            assert.equal(t.annotations.openWorldHint, false);
        });

    // One good call: the SDK validates structuredContent; the text block
    // carries the same JSON; provenance names the edition and its lines.
    async function call(name, a) {
        const r = await client.callTool({ name, arguments: a });
        assert.ok(!r.isError, `${name} failed: ${JSON.stringify(r.content)}`);
        assert.deepEqual(JSON.parse(r.content[0].text), r.structuredContent);
        const p = r.structuredContent.provenance;
        assert.equal(p.edition, edition.edition);
        assert.equal(p.guide, edition.title);
        return r.structuredContent;
    }
    async function lines(name, a) {
        const s = await call(name, a);
        assert.ok(s.provenance.lines.length > 0, 'cites at least one guide line');
        return s;
    }

    await check('salary_range', async () => {
        const s = await lines('salary_range', { role: 'Head of ML' });
        agrees(s.salary, facts('salary', 'Head of ML'), 'salary');
        assert.deepEqual(s.salary.min, { usd: 188000, bound: 'exact' });
        assert.deepEqual(s.provenance.lines, [s.salary.line]);
    });
    await check('salary_range keeps a floor a floor', async () => {
        for (const band of facts('salary')) {
            const s = await call('salary_range', { role: band.role });
            agrees(s.salary, band, band.role);
        }
    });
    await check('compare_offer', async () => {
        const s = await lines('compare_offer', { role: 'Head of ML', usd: 250000 });
        assert.equal(s.offer.range, 'within');
        assert.equal(s.offer.usd, 250000);
        const low = await call('compare_offer', { role: 'Head of ML', usd: 1000 });
        assert.equal(low.offer.range, 'below');
    });
    await check('career_path', async () => {
        const s = await lines('career_path', { from: 'ML engineer', to: 'Head of AI' });
        const printed = facts('path', 'ML engineer', 'Head of AI');
        agrees(s.from, printed[0], 'path[0]');
        assert.deepEqual(s.steps.map((x) => x.title), printed.slice(1).map((x) => x.title));
        assert.deepEqual(s.steps.map((x) => x.kind), ['track', 'track', 'track', 'move']);
        assert.equal(s.steps[3].note, 'Transitioning to Head of AI');
        const same = await call('career_path', { from: 'CDO', to: 'Chief Data Officer' });
        assert.deepEqual(same.steps, []);
    });
    await check('next_roles', async () => {
        const s = await lines('next_roles', { role: 'Head of ML' });
        agrees(s.next, facts('next', 'Head of ML'), 'next');
    });
    await check('find_role', async () => {
        const s = await call('find_role', { name: 'hed of machin lerning', limit: 3 });
        assert.ok(s.matches.length >= 1 && s.matches.length <= 3);
        assert.equal(s.matches[0].role.slug, 'head-of-machine-learning');
        agrees(s.matches[0].role, facts('role', 'Head of ML'), 'find_role');
        const exact = await call('find_role', { name: 'Head of ML' });
        assert.equal(exact.matches[0].score, 1);
        assert.equal(exact.matches[0].matched, 'alias');
        const none = await call('find_role', { name: 'zzzzqqqq' });
        assert.deepEqual(none.matches, []);
    });
    await check('previous_roles', async () => {
        const s = await lines('previous_roles', { role: 'Head of AI' });
        assert.equal(s.role.title, 'Head of AI');
        assert.ok(s.previous.some((x) => x.title === 'Head of Machine Learning' && x.kind === 'move'));
        for (const p of s.previous) {
            const next = await call('next_roles', { role: p.title });
            assert.ok(next.next.some((x) => x.slug === 'head-of-ai'), `${p.title} leads to Head of AI`);
        }
    });
    await check('list_roles', async () => {
        agrees((await lines('list_roles', {})).roles, facts('roles'), 'roles');
        const r = await call('list_roles', { track: 'research' });
        assert.ok(r.roles.length > 0 && r.roles.every((x) => x.track === 'research'));
    });
    await check('list_tracks', async () =>
        agrees((await lines('list_tracks', {})).tracks, facts('tracks'), 'tracks'));
    await check('best_practices', async () =>
        agrees((await lines('best_practices', {})).items, facts('practices'), 'practices'));
    await check('list_items', async () =>
        agrees((await lines('list_items', { section: 'challenges' })).items,
            facts('list', 'challenges'), 'challenges'));
    await check('market_stats', async () =>
        agrees((await lines('market_stats', {})).stats, facts('stats'), 'stats'));
    await check('search', async () => {
        const s = await lines('search', { query: 'governance', limit: 5 });
        assert.ok(s.hits.length > 0 && s.hits.length <= 5);
        agrees(s.hits, facts('search', '--limit', '5', 'governance'), 'search');
    });
    await check('search one section', async () => {
        const all = (await lines('search', { query: 'ethics', limit: 100 })).hits;
        const some = (await lines('search', { query: 'ethics', section: 'challenges', limit: 100 })).hits;
        assert.ok(some.length > 0 && some.length < all.length, `${some.length} of ${all.length}`);
        assert.ok(some.every((h) => h.section === 'challenges'), 'a hit of another section');
        assert.deepEqual(some.map((h) => h.line).sort(), all.filter((h) => h.section === 'challenges')
            .map((h) => h.line).sort());
    });
    await check('edition', async () =>
        agrees((await call('edition', {})).edition, edition, 'edition'));

    // Failures a model can recover from: isError results.
    async function toolError(name, a, pattern) {
        const r = await client.callTool({ name, arguments: a });
        assert.equal(r.isError, true, `${name} ${JSON.stringify(a)} must fail`);
        assert.match(r.content[0].text, pattern);
    }
    await check('unknown role is a tool error', () =>
        toolError('salary_range', { role: 'Head of Nothing' }, /head of nothing/i));
    await check('a typo gets the closest names', () =>
        toolError('salary_range', { role: 'hed of machin lerning' },
            /Closest names for 'role': "Head of Machine Learning"/));
    await check('a typo in to gets names for to', () =>
        toolError('career_path', { from: 'ML engineer', to: 'hed of AI' }, /Closest names for 'to': "Head of AI"/));
    await check("a heading's closest names are its section's", async () => {
        const r = await client.callTool({ name: 'list_items',
            arguments: { section: 'Soft Skills', category: 'Technical Proficiency' } });
        assert.equal(r.isError, true);
        assert.doesNotMatch(r.content[0].text, /Closest names/);
        await toolError('list_items', { section: 'soft-skills', category: 'creativ' },
            /Closest names for 'category': "Creativity and Innovation"$/);
    });
    await check('no path is a tool error', () =>
        toolError('career_path', { from: 'Head of AI', to: 'ML engineer' }, /path|step/i));
    await check('blank role is a tool error', () =>
        toolError('next_roles', { role: '   ' }, /empty|blank/i));
    // 2025-11-25 (the SDK's version): bad arguments are tool errors too.
    await check('missing argument', () =>
        toolError('salary_range', {}, /'role' is required/));
    await check('wrong type', () =>
        toolError('compare_offer', { role: 'CDO', usd: '100' }, /'usd': must be of type integer/));
    await check('extra argument', () =>
        toolError('edition', { verbose: true }, /unknown argument 'verbose'/));
    await check('closed set', () =>
        toolError('list_roles', { track: 'astrology' }, /not one of the allowed values/));
    await check('out of range', () =>
        toolError('search', { query: 'ai', limit: 0 }, /at least 1/));
    await check('unknown tool is -32602', () =>
        rpcError(client.callTool({ name: 'no_such_tool', arguments: {} }), -32602));

    // Resources.
    const { resources } = await client.listResources();
    await check('resources/list', () => {
        const uris = resources.map((r) => r.uri);
        for (const s of facts('list'))
            assert.ok(uris.includes(`mlhead://section/${s.slug}`), s.slug);
        assert.ok(uris.includes('mlhead://salary') && uris.includes('mlhead://edition'));
    });
    for (const r of resources)
        await check(`read ${r.uri}`, async () => {
            const { contents } = await client.readResource({ uri: r.uri });
            assert.equal(contents[0].uri, r.uri);
            assert.equal(contents[0].mimeType, r.mimeType);
            assert.ok(contents[0].text.length > 20);
            if (r.mimeType === 'text/markdown')
                assert.match(contents[0].text, /line \d+|\| \d+ \|/);
        });
    await check('salary table says the floor', async () => {
        const { contents } = await client.readResource({ uri: 'mlhead://salary' });
        assert.match(contents[0].text, /\$\d{3},\d{3}\+/);
    });
    await check('resource template of a role', async () => {
        const { resourceTemplates } = await client.listResourceTemplates();
        assert.equal(resourceTemplates[0].uriTemplate, 'mlhead://role/{slug}');
        const { contents } = await client.readResource({ uri: 'mlhead://role/head-of-machine-learning' });
        const role = JSON.parse(contents[0].text);
        agrees(role.role, facts('role', 'Head of ML'), 'role');
        assert.ok(role.aliases.includes('Head of ML'));
        assert.deepEqual(role.salary.min, { usd: 188000, bound: 'exact' });
    });
    await check('track and heading templates', async () => {
        const { resourceTemplates } = await client.listResourceTemplates();
        assert.deepEqual(resourceTemplates.map((t) => t.uriTemplate).sort(),
            ['mlhead://role/{slug}', 'mlhead://section/{section}/{heading}', 'mlhead://section/{slug}',
                'mlhead://track/{slug}']);
        const track = await client.readResource({ uri: 'mlhead://track/research' });
        for (const r of facts('roles').filter((x) => x.track === 'research'))
            assert.ok(track.contents[0].text.includes(r.title), r.title);
        const cat = firstPractice();
        const heading = await client.readResource({ uri: `mlhead://section/best-practices/${cat.slug}` });
        assert.ok(heading.contents[0].text.includes(cat.title));
        assert.ok(heading.contents[0].text.includes(facts('practices')[0].text));
    });
    await check('unknown resource is -32002', () =>
        rpcError(client.readResource({ uri: 'mlhead://section/nope' }), -32002));

    // Prompts.
    const { prompts } = await client.listPrompts();
    await check('prompts/list', () =>
        assert.deepEqual(prompts.map((p) => p.name).sort(), ['evaluate_offer', 'plan_career']));
    await check('plan_career', async () => {
        const p = await client.getPrompt({ name: 'plan_career', arguments: { from: 'ML engineer', to: 'Head of AI' } });
        assert.match(p.messages[0].content.text, /career_path/);
        assert.match(p.messages[0].content.text, /ML engineer/);
    });
    await check('evaluate_offer', async () => {
        const p = await client.getPrompt({ name: 'evaluate_offer', arguments: { role: 'CDO', usd: '300000' } });
        assert.match(p.messages[0].content.text, /compare_offer/);
        assert.match(p.messages[0].content.text, /300000/);
    });
    await check('prompt without its argument is -32602', () =>
        rpcError(client.getPrompt({ name: 'plan_career', arguments: { from: 'x' } }), -32602));
    await check('unknown prompt is -32602', () =>
        rpcError(client.getPrompt({ name: 'nope', arguments: {} }), -32602));

    // Completion through the library's name matcher.
    const complete = (ref, name, value, context) =>
        client.complete({ ref, argument: { name, value }, ...(context ? { context } : {}) })
            .then((r) => r.completion.values);
    await check('complete a role of a prompt', async () => {
        const v = await complete({ type: 'ref/prompt', name: 'plan_career' }, 'to', 'hed of machin lerning');
        assert.equal(v[0], 'Head of Machine Learning');
    });
    await check('complete a role slug of a template', async () => {
        const v = await complete({ type: 'ref/resource', uri: 'mlhead://role/{slug}' }, 'slug', 'chief data');
        assert.equal(v[0], 'chief-data-officer');
    });
    await check('complete a track', async () => {
        const v = await complete({ type: 'ref/resource', uri: 'mlhead://track/{slug}' }, 'slug', 'reserch');
        assert.equal(v[0], 'research');
    });
    await check('complete a section', async () => {
        const v = await complete({ type: 'ref/resource', uri: 'mlhead://section/{slug}' }, 'slug', 'chalenges');
        assert.equal(v[0], 'challenges');
    });
    await check('complete a heading within its section', async () => {
        const cat = firstPractice();
        const v = await complete({ type: 'ref/resource', uri: 'mlhead://section/{section}/{heading}' },
            'heading', cat.title.slice(0, -2), { arguments: { section: 'best-practices' } });
        assert.equal(v[0], cat.slug);
    });
    await check('a heading in two sections completes once', async () => {
        const v = await complete({ type: 'ref/resource', uri: 'mlhead://section/{section}/{heading}' },
            'heading', 'technical proficiency');
        assert.equal(v.filter((x) => x === 'technical-proficiency').length, 1);
    });
    await check("a section in the context leaves a role's completion alone", async () => {
        const v = await complete({ type: 'ref/resource', uri: 'mlhead://role/{slug}' }, 'slug', 'chief data',
            { arguments: { section: 'soft-skills' } });
        assert.equal(v[0], 'chief-data-officer');
    });
    await check('an amount completes to nothing', async () =>
        assert.deepEqual(await complete({ type: 'ref/prompt', name: 'evaluate_offer' }, 'usd', '1'), []));
    await check('completion of an unknown prompt is -32602', () =>
        rpcError(client.complete({ ref: { type: 'ref/prompt', name: 'nope' }, argument: { name: 'x', value: '' } }), -32602));

    await client.close();

    // --db PATH serves that file: the same facts as the embedded copy.
    const fileClient = new Client({ name: 'mlhead-sdk-test-db', version: '1.0.0' });
    await fileClient.connect(new StdioClientTransport({
        command, args: [...args, '--db', require('node:path').join(require('node:path').dirname(mlhead), 'mlhead.db')],
        stderr: 'inherit' }));
    await check('--db serves a file', async () => {
        const r = await fileClient.callTool({ name: 'salary_range', arguments: { role: 'CDO' } });
        agrees(r.structuredContent.salary, facts('salary', 'CDO'), 'salary from the file');
    });
    await fileClient.close();
    console.log(`test/mcp/client.cjs: ${checks} checks passed${process.exitCode ? ', some FAILED' : ''}`);
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
