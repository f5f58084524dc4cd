import { loadMission } from './src/config/mission.js';
import { openDatabase } from './src/store/db.js';
import { thirtySections } from './bench/digests.js';
import { digestRows } from './src/digests/queries.js';
const base = loadMission('data/mission.example.json');
const mission = { ...base, sections: thirtySections(base) };
const db = openDatabase('/tmp/digest-1m/veille.db');
const END = Date.UTC(2026, 10, 22, 6, 0, 0);
const orig = db.prepare.bind(db);
const stmts: any[] = [];
(db as any).prepare = (sql: string) => { const s = orig(sql); const all = s.all.bind(s); (s as any).all = (...a: any[]) => { const t = performance.now(); const r = all(...a); console.log((performance.now() - t).toFixed(1), 'ms', r.length, 'rows', sql.replace(/\s+/g, ' ').slice(0, 70)); return r; }; if (process.env.PLAN) console.log(orig('EXPLAIN QUERY PLAN ' + sql).all(Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(m => [m[1], m[1].includes('ections') ? '[]' : 1]))).map((p: any) => p.detail).join('\n')); return s; };
const sections = mission.sections;
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  digestRows(db, mission, { sectionIds: sections.map((s) => s.id), fullSectionIds: [], start: END - 86400000, end: END, now: END, openLimit: 60 });
  console.log('total', performance.now() - t);
}
