import { loadMission, type Mission } from '../../../src/config/mission.js';
import { createIntakeContext, type IntakeContext } from '../../../src/intake/index.js';

/** The example mission and its gazetteer, loaded once for the intake tests. */
export const mission: Mission = loadMission('data/mission.example.json');
export const intake: IntakeContext = createIntakeContext(mission);
