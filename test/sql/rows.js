// rows.js - answers SQL with better-sqlite3, which bundles its own SQLite,
// in the text form of test/sql/rows.py (see there).
//
//   node rows.js DB < queries
//
// Integers are read as BigInt (safeIntegers), so an INTEGER and a REAL
// stay apart; a whole REAL prints with ".0" as Python's repr() prints it.
'use strict';
const fs = require('fs');
const Database = require('better-sqlite3');

function value(v) {
    if (v === null) return '\\N';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
    if (typeof v === 'string')
        return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
    throw new TypeError('unexpected value ' + String(v));
}

const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
const queries = fs.readFileSync(0, 'utf8').split('\n').filter((q) => q !== '');
for (const sql of queries) {
    const st = db.prepare(sql).safeIntegers(true).raw(true);
    console.log('-- ' + sql);
    console.log(st.columns().map((c) => value(c.name)).join('\t'));
    for (const row of st.all()) console.log(row.map(value).join('\t'));
}
db.close();
