import { loadMission } from './src/config/mission.js';
import { openDatabase } from './src/store/db.js';
import { seed, thirtySections } from './bench/digests.js';
const base = loadMission('data/mission.example.json');
const mission = { ...base, sections: thirtySections(base) };
const db = openDatabase('/tmp/digest-1m/veille.db');
console.log(seed(db, mission));
db.close();
