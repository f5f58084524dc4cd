import { afterEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { loadMission, type Mission } from '../../src/config/mission.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, textOf, type Running } from './harness.js';
import { buttonsOf, channelOf, press, threadOf } from './followup-helpers.js';
import { editAsReporter, leaks, personalPlaces, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * An alert its reporter marks restricted (`restricted:yes`, the form's box) under a category no
 * restricted section receives: its full card must still reach a restricted section, which can act
 * on it, and every other section gets a stub naming that section. Every assertion reads what Slack
 * holds at the end, after every chat.update.
 */

let v: Running | undefined;
afterEach(async () => {
  if (!v) return;
  expect(v.fake.violations).toEqual([]);
  await v.stop();
  v = undefined;
});

const { focalPoint, crsvLead, cpLead } = PEOPLE;
const INFORMANT = 'Canary-Informant-Name';
// Nizi is a village of Djugu territory (Bunia field office): the stubs may say no more than the territory.
const THREAT = `Informant ${INFORMANT} threatened with death by CODECO in Nizi after warning the patrol`;

/** The one message of a section's channel, as it reads now; fails when there is none or more than one. */
function onlyCard(section: string): string {
  const messages = v!.fake.finalMessages(channelOf(v!, section));
  expect(messages, section).toHaveLength(1);
  return textOf(messages[0]);
}

function missionWith(change: (mission: Mission) => void): Mission {
  const mission = loadMission('data/mission.example.json');
  change(mission);
  return mission;
}

describe('a threat its reporter marks restricted:yes', () => {
  it('goes in full to the restricted sections when none receives threats or is named to hold it, as stubs elsewhere', async () => {
    v = await startVeille();
    await reportWithConfirmation(v, `${THREAT} restricted:yes`, focalPoint.id);
    expect(getAlert(v.db, 1)).toMatchObject({ category: 'threat_intimidation', sensitivity: 'restricted', placeId: 'nizi' });

    for (const section of ['crsv', 'cp']) {
      const full = onlyCard(section);
      expect(full, section).toContain(INFORMANT);
      expect(full, section).toContain('Nizi');
      expect(buttonsOf(v.fake.finalMessages(channelOf(v, section))[0]), section).toContain('Acknowledge');
    }
    for (const section of ['poc', 'hr', 'fo-bunia']) {
      const stub = onlyCard(section);
      expect(stub, section).toContain('A-1');
      expect(stub, section).toMatch(/Djugu territory|territoire de Djugu/);
      // The Bunia field office reads French ("Détails détenus par"): the holders are named with their channels.
      expect(stub, section).toContain(`Women Protection / CRSV (<#${channelOf(v, 'crsv')}>), Child Protection (<#${channelOf(v, 'cp')}>)`);
      for (const secret of [INFORMANT, 'Nizi', 'CODECO', focalPoint.id]) expect(stub, `${section} leaks ${secret}`).not.toContain(secret);
    }
    for (const section of ['fo-beni', 'fo-goma']) expect(v.fake.finalMessages(channelOf(v, section)), section).toEqual([]);
    const allowed = [channelOf(v, 'crsv'), channelOf(v, 'cp'), ...personalPlaces(v, focalPoint.id)];
    expect(leaks(v, [INFORMANT, 'Nizi'], allowed)).toEqual([]);

    // Someone can act on it: the Child Protection lead acknowledges it from the full card.
    expect(await press(v, cpLead.id, 'cp', 'followup.acknowledge')).toContain('You acknowledged A-1.');
    expect(getAlert(v.db, 1)!.status).toBe('acknowledged');
  });

  it('goes in full only to the restricted section the config names with holdsRestricted', async () => {
    v = await startVeille({ mission: missionWith((m) => (m.sections.find((s) => s.id === 'crsv')!.holdsRestricted = true)) });
    await reportWithConfirmation(v, `${THREAT} restricted:yes`, focalPoint.id);

    expect(onlyCard('crsv')).toContain(INFORMANT);
    expect(v.fake.finalMessages(channelOf(v, 'cp'))).toEqual([]);
    for (const section of ['poc', 'hr', 'fo-bunia']) {
      const stub = onlyCard(section);
      expect(stub, section).toContain(`Women Protection / CRSV (<#${channelOf(v, 'crsv')}>)`);
      expect(stub, section).not.toContain('Child Protection');
      expect(stub, section).not.toContain(INFORMANT);
    }
    expect(leaks(v, [INFORMANT, 'Nizi'], [channelOf(v, 'crsv'), ...personalPlaces(v, focalPoint.id)])).toEqual([]);
  });

  it('marked restricted afterwards with Edit: the cards become stubs and the named section gets the full card, told it holds it', async () => {
    v = await startVeille({ mission: missionWith((m) => (m.sections.find((s) => s.id === 'crsv')!.holdsRestricted = true)) });
    const confirmation = await reportWithConfirmation(v, THREAT, focalPoint.id);
    expect(onlyCard('poc')).toContain(INFORMANT);
    expect(v.fake.finalMessages(channelOf(v, 'crsv'))).toEqual([]);

    expect(await editAsReporter(v, focalPoint.id, confirmation, { restricted: ['restricted'] })).toEqual({});

    expect(getAlert(v.db, 1)!.sensitivity).toBe('restricted');
    for (const section of ['poc', 'hr', 'fo-bunia']) {
      const stub = textOf(v.fake.messages(channelOf(v, section))[0]);
      expect(stub, section).toContain(`Women Protection / CRSV (<#${channelOf(v, 'crsv')}>)`);
      expect(stub, section).not.toContain(INFORMANT);
    }
    const crsv = v.fake.messages(channelOf(v, 'crsv'));
    expect(crsv).toHaveLength(1);
    expect(textOf(crsv[0])).toContain(INFORMANT);
    expect(threadOf(v, 'crsv').join('\n')).toContain(`<@${crsvLead.id}>: A-1 is now restricted and held here.`);
    expect(leaks(v, [INFORMANT], [channelOf(v, 'crsv'), ...personalPlaces(v, focalPoint.id)])).toEqual([]);
  });
});
