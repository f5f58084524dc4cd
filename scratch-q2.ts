import { openDatabase } from './src/store/db.js';
const db = openDatabase('/tmp/digest-1m/veille.db');
const END = Date.UTC(2026, 10, 22, 6, 0, 0), DAY = 86400000;
const t = (label: string, sql: string, params: any = {}) => { const s = db.prepare(sql); s.raw(true); for (let i = 0; i < 3; i++) { const t0 = performance.now(); const r = s.all(params); if (i === 2) console.log(label, (performance.now() - t0).toFixed(1), 'ms', r.length); } };
t('window alerts only', `SELECT a.id, a.created_at, a.place_id FROM alerts a WHERE a.created_at >= @d35 AND a.created_at < @end`, { d35: END - 35 * DAY, end: END });
t('window + firstAt subq', `SELECT a.id, a.created_at, (SELECT MIN(r.at) FROM response_actions r WHERE r.alert_id = a.id) FROM alerts a WHERE a.created_at >= @d35 AND a.created_at < @end`, { d35: END - 35 * DAY, end: END });
t('window + routes', `SELECT s.section_id, a.place_id, a.created_at FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end`, { d35: END - 35 * DAY, end: END });
t('window + routes grouped', `SELECT s.section_id, a.place_id, COUNT(*) FROM alerts a CROSS JOIN alert_sections s ON s.alert_id = a.id WHERE a.created_at >= @d35 AND a.created_at < @end GROUP BY 1, 2`, { d35: END - 35 * DAY, end: END });
t('responses range grouped', `SELECT alert_id, MIN(at) FROM response_actions WHERE alert_id >= (SELECT MIN(id) FROM alerts WHERE created_at >= @d35) GROUP BY alert_id`, { d35: END - 35 * DAY });
