import { loadMission, type Mission } from '../../../src/config/mission.js';
import { createIntakeContext, type IntakeContext } from '../../../src/intake/index.js';

/** The example mission and its gazetteer, loaded once for the intake tests. */
export const mission: Mission = loadMission('data/mission.example.json');
export const intake: IntakeContext = createIntakeContext(mission);
/** The same without the learned category fallback (lexicon.ts): what the keyword rules alone read. */
export const rulesOnly: IntakeContext = createIntakeContext({ ...mission, lexicon: null });
