// bench/mcp/driver.cjs - `mlhead mcp` beside the reference server
// (reference.cjs), measured in one run the same way for both: raw
// newline-delimited JSON-RPC over the server's stdin and stdout.
//   start-up   spawn to the answer of the first tools/call (initialize,
//              notifications/initialized, then salary_range), median of
//              STARTS runs;
//   latency    one call at a time, CALLS calls of each tool: median, p99;
//   memory     peak RSS (VmHWM) of the server process after the calls.
//
// usage: node bench/mcp/driver.cjs [--quick] -- MLHEAD_CMD... -- REFERENCE_CMD...
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const argv = process.argv.slice(2);
const quick = argv[0] === '--quick';
const rest = quick ? argv.slice(1) : argv;
const cut = rest.indexOf('--', 1);
const servers = [['mlhead mcp', rest.slice(1, cut)], ['reference (SDK + better-sqlite3)', rest.slice(cut + 1)]];
const STARTS = quick ? 5 : 20;
const CALLS = quick ? 200 : 1000;
const INIT = { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } };
const CALL = {
    salary_range: { role: 'Head of ML' },
    career_path: { from: 'ML engineer', to: 'Head of AI' },
};

class Conn {
    constructor(cmd) {
        this.p = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
        this.buf = '';
        this.waiting = new Map();
        this.next = 1;
        this.p.stdout.setEncoding('utf8');
        this.p.stdout.on('data', (d) => {
            this.buf += d;
            let i;
            while ((i = this.buf.indexOf('\n')) >= 0) {
                const msg = JSON.parse(this.buf.slice(0, i));
                this.buf = this.buf.slice(i + 1);
                const w = this.waiting.get(msg.id);
                if (w) {
                    this.waiting.delete(msg.id);
                    w(msg);
                }
            }
        });
    }
    send(method, params, notify) {
        const m = { jsonrpc: '2.0', method, params };
        if (notify) {
            this.p.stdin.write(JSON.stringify(m) + '\n');
            return null;
        }
        m.id = this.next++;
        return new Promise((resolve) => {
            this.waiting.set(m.id, resolve);
            this.p.stdin.write(JSON.stringify(m) + '\n');
        });
    }
    async start() {
        await this.send('initialize', INIT);
        this.send('notifications/initialized', {}, true);
    }
    async tool(name) {
        const r = await this.send('tools/call', { name, arguments: CALL[name] });
        if (!r.result || r.result.isError || !r.result.structuredContent)
            throw new Error(`${name}: ${JSON.stringify(r)}`);
        return r.result.structuredContent;
    }
    // Nanoseconds the server has run on a CPU (its main thread's schedstat
    // for mlhead; every thread's for node), which load on the machine
    // does not inflate the way it inflates a round trip.
    cpuNs() {
        let total = 0;
        for (const t of fs.readdirSync(`/proc/${this.p.pid}/task`))
            total += Number(fs.readFileSync(`/proc/${this.p.pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
        return total;
    }
    peakKiB() {
        const s = fs.readFileSync(`/proc/${this.p.pid}/status`, 'utf8');
        return Number(/VmHWM:\s+(\d+)/.exec(s)[1]);
    }
    close() {
        return new Promise((resolve) => {
            this.p.on('close', resolve);
            this.p.stdin.end();
        });
    }
}

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms
const pct = (v, p) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(v.length * p))];

async function measure(cmd) {
    const starts = [];
    for (let i = 0; i < STARTS; i++) {
        const t0 = now();
        const c = new Conn(cmd);
        await c.start();
        await c.tool('salary_range');
        starts.push(now() - t0);
        await c.close();
    }
    const c = new Conn(cmd);
    await c.start();
    const lat = {};
    const cpu = {};
    const facts = {};
    for (const name of Object.keys(CALL)) {
        lat[name] = [];
        const c0 = c.cpuNs();
        for (let i = 0; i < CALLS; i++) {
            const t0 = now();
            facts[name] = await c.tool(name);
            lat[name].push((now() - t0) * 1000); // us
        }
        cpu[name] = (c.cpuNs() - c0) / CALLS / 1000; // us per call
    }
    const rss = c.peakKiB();
    await c.close();
    return { start: pct(starts, 0.5), lat, cpu, rss, facts };
}

(async () => {
    const [mine, ref] = [await measure(servers[0][1]), await measure(servers[1][1])];
    // The two must agree on the facts, or the race means nothing.
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(mine.facts.salary_range.salary.min, ref.facts.salary_range.salary.min) ||
        !same(mine.facts.career_path.steps.map((s) => [s.slug, s.kind, s.line]),
            ref.facts.career_path.steps.map((s) => [s.slug, s.kind, s.line])))
        throw new Error('the servers disagree on the facts');
    const rows = [];
    const row = (what, a, b, unit, target) => {
        const ratio = b / a;
        rows.push(`| ${what} | ${a.toFixed(unit === 'MiB' ? 1 : 0)} ${unit} | ${b.toFixed(unit === 'MiB' ? 1 : 0)} ${unit} | ${ratio.toFixed(1)}x | >= ${target}x: ${ratio >= target ? 'met' : 'NOT met'} |`);
    };
    row('start-up to first answer', mine.start, ref.start, 'ms', 20);
    for (const name of Object.keys(CALL)) {
        row(`${name} median (${CALLS} calls)`, pct(mine.lat[name], 0.5), pct(ref.lat[name], 0.5), 'us', 5);
        row(`${name} p99`, pct(mine.lat[name], 0.99), pct(ref.lat[name], 0.99), 'us', 5);
        row(`${name} server CPU per call`, mine.cpu[name], ref.cpu[name], 'us', 5);
    }
    row('peak RSS', mine.rss / 1024, ref.rss / 1024, 'MiB', 10);
    console.log(`MCP over stdio, one run (${STARTS} start-ups each, median; ${CALLS} calls of each tool;`);
    console.log(`load average ${require('node:os').loadavg()[0].toFixed(1)} on ${require('node:os').cpus().length} CPUs)\n`);
    console.log('| measure | mlhead mcp | reference (SDK + better-sqlite3) | reference / mlhead | target |');
    console.log('|---|---|---|---|---|');
    console.log(rows.join('\n'));
})().catch((e) => {
    console.error(e);
    process.exit(1);
});
