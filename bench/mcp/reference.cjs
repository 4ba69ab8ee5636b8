// bench/mcp/reference.cjs - the reference MCP server for the benchmark:
// what a Node developer would write with the official TypeScript SDK's
// server side (McpServer, zod schemas, the stdio transport), reading
// build/mlhead.db with better-sqlite3.  It answers salary_range and
// career_path with the same facts as `mlhead mcp`.
//
// With --http PORT it serves the same tools over the SDK's Streamable HTTP
// transport on 127.0.0.1, stateless and answering application/json, the way
// the SDK's documentation writes a stateless server: a new McpServer and
// transport for each POST, with its DNS-rebinding protection on.  Once bound
// it writes "reference: listening on http://127.0.0.1:PORT/mcp" to stderr
// (PORT 0 takes any free port).
//
// usage: node bench/mcp/reference.cjs DB [--http PORT]
'use strict';
const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StdioServerTransport } = require('@modelcontextprotocol/sdk/server/stdio.js');
const { StreamableHTTPServerTransport } = require('@modelcontextprotocol/sdk/server/streamableHttp.js');
const http = require('node:http');
const Database = require('better-sqlite3');
const { z } = require('zod');

const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
const findRole = db.prepare(
    `SELECT r.id, r.title, r.slug, r.line FROM role_name n JOIN role r ON r.id = n.role_id
     WHERE n.name = ? COLLATE NOCASE LIMIT 1`);
const band = db.prepare(
    `SELECT b.* FROM salary_band_role br JOIN salary_band b ON b.id = br.band_id
     WHERE br.role_id = ?`);
const stepsFrom = db.prepare(
    `SELECT p.to_role_id AS id, r.title, r.slug, p.kind, p.note, p.line
     FROM progression p JOIN role r ON r.id = p.to_role_id WHERE p.from_role_id = ?
     ORDER BY p.kind DESC, r.title`);
const edition = db.prepare('SELECT * FROM edition').get();

const figure = (usd, bound) => (bound === 'unknown' ? null : { usd, bound });
const provenance = (lines) => ({ edition: edition.edition, guide: edition.title, lines });
const answer = (data) => ({ content: [{ type: 'text', text: JSON.stringify(data) }],
    structuredContent: data });
const failure = (text) => ({ content: [{ type: 'text', text }], isError: true });
const normal = (s) => s.trim().replace(/\s+/g, ' ');

function makeServer() {
    const server = new McpServer({ name: 'reference', version: '1.0.0' });

    server.registerTool('salary_range', {
        description: 'The US salary band of a role, by title or alias',
        inputSchema: { role: z.string().min(1).max(256) },
    }, async ({ role }) => {
        const r = findRole.get(normal(role));
        if (!r)
            return failure(`no role named "${role}"`);
        const b = band.get(r.id);
        if (!b)
            return failure(`the guide gives no salary for ${r.title}`);
        return answer({
            salary: { role: r.title, band: b.label, heading: b.heading, market: b.market,
                currency: b.currency, year: b.year, period: b.period,
                min: figure(b.min_usd, b.min_bound), max: figure(b.max_usd, b.max_bound),
                avg: figure(b.avg_usd, b.avg_bound),
                avg_high: b.avg_high_usd == null ? null : figure(b.avg_high_usd, 'exact'),
                line: b.line },
            provenance: provenance([b.line]),
        });
    });

    server.registerTool('career_path', {
        description: 'The shortest chain of steps from one role to another',
        inputSchema: { from: z.string().min(1).max(256), to: z.string().min(1).max(256) },
    }, async ({ from, to }) => {
        const a = findRole.get(normal(from)), b = findRole.get(normal(to));
        if (!a || !b)
            return failure(`no role named "${a ? to : from}"`);
        // Breadth first, one query per role visited.
        const came = new Map([[a.id, null]]);
        const queue = [a.id];
        while (queue.length && !came.has(b.id)) {
            const id = queue.shift();
            for (const s of stepsFrom.all(id))
                if (!came.has(s.id)) {
                    came.set(s.id, { ...s, prev: id });
                    queue.push(s.id);
                }
        }
        if (!came.has(b.id))
            return failure(`no path from ${a.title} to ${b.title}`);
        const steps = [];
        for (let id = b.id; came.get(id); id = came.get(id).prev) {
            const s = came.get(id);
            steps.unshift({ title: s.title, slug: s.slug, kind: s.kind,
                note: s.note, line: s.line });
        }
        return answer({ from: { title: a.title, slug: a.slug, line: a.line }, steps,
            provenance: provenance([a.line, ...steps.map((s) => s.line)].sort((x, y) => x - y)) });
    });

    return server;
}

if (process.argv[3] !== '--http') {
    makeServer().connect(new StdioServerTransport());
} else {
    const listener = http.createServer(async (req, res) => {
        if (req.method !== 'POST' || req.url !== '/mcp') {
            res.writeHead(req.url === '/mcp' ? 405 : 404).end();
            return;
        }
        const port = listener.address().port;
        const server = makeServer();
        const transport = new StreamableHTTPServerTransport({
            sessionIdGenerator: undefined,
            enableJsonResponse: true,
            enableDnsRebindingProtection: true,
            allowedHosts: [`127.0.0.1:${port}`, `localhost:${port}`],
            allowedOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
        });
        res.on('close', () => {
            transport.close();
            server.close();
        });
        try {
            await server.connect(transport);
            await transport.handleRequest(req, res);
        } catch (e) {
            if (!res.headersSent)
                res.writeHead(500).end();
        }
    });
    listener.listen(Number(process.argv[4]), '127.0.0.1', () =>
        process.stderr.write(`reference: listening on http://127.0.0.1:${listener.address().port}/mcp\n`));
}
