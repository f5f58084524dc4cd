import { openDatabase } from './src/store/db.js';
const db = openDatabase('/tmp/digest-1m/veille.db');
const END = Date.UTC(2026, 10, 22, 6, 0, 0), DAY = 86400000;
const P = { d35: END - 35 * DAY, end: END };
const t = (label: string, sql: string) => { const s = db.prepare(sql); s.raw(true); for (let i = 0; i < 3; i++) { const c0 = process.cpuUsage(); const r = s.all(P); const c = process.cpuUsage(c0); if (i === 2) console.log(label.padEnd(40), ((c.user + c.system) / 1000).toFixed(1), 'ms cpu', r.length); } };
t('alerts count', `SELECT COUNT(*) FROM alerts a WHERE a.created_at >= @d35 AND a.created_at < @end`);
t('alerts sum place', `SELECT COUNT(*), COUNT(a.place_id) FROM alerts a WHERE a.created_at >= @d35 AND a.created_at < @end`);
t('join count', `SELECT COUNT(*) FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end`);
t('join count section', `SELECT COUNT(s.section_id) FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end`);
t('join group 2', `SELECT s.section_id, a.place_id, COUNT(*) FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end GROUP BY 1, 2`);
t('join group 4', `SELECT s.section_id, a.place_id, a.sensitivity, CAST((@end - 1 - a.created_at) / 86400000 AS INTEGER), COUNT(*) FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end GROUP BY 1, 2, 3, 4`);
t('signature group', `SELECT sig, place_id, sensitivity, d, COUNT(*) FROM (SELECT (SELECT group_concat(section_id) FROM alert_sections s WHERE s.alert_id = a.id) AS sig, a.place_id, a.sensitivity, CAST((@end - 1 - a.created_at) / 86400000 AS INTEGER) AS d FROM alerts a WHERE a.created_at >= @d35 AND a.created_at < @end) GROUP BY 1, 2, 3, 4`);
t('sig only', `SELECT COUNT(*) FROM (SELECT (SELECT group_concat(section_id) FROM alert_sections s WHERE s.alert_id = a.id) AS sig FROM alerts a WHERE a.created_at >= @d35 AND a.created_at < @end)`);
{
  const s = db.prepare(`SELECT s.section_id, a.place_id, a.sensitivity = 'restricted', CAST((@end - 1 - a.created_at) / 86400000 AS INTEGER) FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end`);
  s.raw(true);
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const m = new Map<string, number>();
    let n = 0;
    for (const r of s.iterate(P) as IterableIterator<any[]>) { const k = r[0] + '|' + r[1] + '|' + r[2] + '|' + r[3]; m.set(k, (m.get(k) ?? 0) + 1); n++; }
    const c = process.cpuUsage(c0);
    if (i === 2) console.log('js iterate+map', ((c.user + c.system) / 1000).toFixed(1), 'ms cpu', n, m.size);
  }
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const rows = s.all(P) as any[][];
    const c = process.cpuUsage(c0);
    if (i === 2) console.log('js all raw', ((c.user + c.system) / 1000).toFixed(1), 'ms cpu', rows.length);
  }
}
