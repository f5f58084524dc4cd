import { loadMission } from './src/config/mission.js';
import { openDatabase } from './src/store/db.js';
import { thirtySections } from './bench/digests.js';
import { ManualClock } from './src/clock.js';
import { computeSectionDigests } from './src/digests/compute.js';
import { computeLeadershipDigest } from './src/digests/leadership.js';
import { silentLogger } from './src/log.js';
const base = loadMission('data/mission.example.json');
const mission = { ...base, sections: thirtySections(base) };
const db = openDatabase('/tmp/digest-1m/veille.db');
const END = Date.UTC(2026, 10, 22, 6, 0, 0);
const orig = db.prepare.bind(db);
(db as any).prepare = (sql: string) => { const s = orig(sql); const all = s.all.bind(s); (s as any).all = (...a: any[]) => { const t = performance.now(); const c0 = process.cpuUsage(); const r = all(...a); const c = process.cpuUsage(c0); if (process.env.V) console.log((performance.now() - t).toFixed(1), "wall", ((c.user + c.system) / 1000).toFixed(1), "cpu", r.length, 'rows', sql.replace(/\s+/g, ' ').slice(0, 70)); return r; }; return s; };
const veille: any = { db, mission, clock: new ManualClock(END), log: silentLogger };
for (let i = 0; i < 3; i++) {
  const t = performance.now(); const c0 = process.cpuUsage();
  computeSectionDigests(veille, mission.sections, { end: END, now: END });
  const c = process.cpuUsage(c0);
  console.log('sections total', (performance.now() - t).toFixed(1), 'wall', ((c.user + c.system) / 1000).toFixed(1), 'cpu');
}
for (let i = 0; i < 3; i++) {
  const t = performance.now(); const c0 = process.cpuUsage();
  computeLeadershipDigest(veille, { end: END, now: END });
  const c = process.cpuUsage(c0);
  console.log('leadership total', (performance.now() - t).toFixed(1), 'wall', ((c.user + c.system) / 1000).toFixed(1), 'cpu');
}
