import { describe, expect, it } from 'vitest';
import { loadMission } from '../../../src/config/mission.js';
import type { Refusal } from '../../../src/followup/answers.js';
import { answerText, outcomeMessage, refusalText } from '../../../src/slack/render/answers.js';

/** A flow's typed answer or refusal, in the words of each language. */

const mission = loadMission('data/mission.example.json');
const ZONE = 'Africa/Kinshasa';
const whoCan = { owner: 'UOWNER', leads: ['ULEADPOC', 'ULEADCRSV'], reporter: 'api:ngo-feed', channels: ['C0POC', 'G0CRSV'] };

describe('refusals', () => {
  it('say who can, with the channels, the owner, each lead and the reporter, in English and in French', () => {
    const refusal: Refusal = { kind: 'not_allowed', doing: 'update', reference: 'A-3', why: 'not_in_section', whoCan, askIn: null };
    expect(refusalText(mission, refusal, 'en', ZONE)).toBe(
      'You cannot update A-3: you are not in a section working on A-3. Who can: members of <#C0POC>, <#G0CRSV>, its owner <@UOWNER>, the section leads <@ULEADPOC>, <@ULEADCRSV> or the reporter api:ngo-feed.',
    );
    expect(refusalText(mission, refusal, 'fr', ZONE)).toBe(
      "Vous ne pouvez pas mettre à jour A-3 : vous n'êtes pas dans une section qui traite A-3. Qui le peut : les membres de <#C0POC>, <#G0CRSV>, son responsable <@UOWNER>, les chefs de section <@ULEADPOC>, <@ULEADCRSV> ou son auteur api:ngo-feed.",
    );
  });

  it('of a restricted alert name no one, only the restricted sections holding it, in the reader’s language', () => {
    const refusal: Refusal = { kind: 'not_allowed', doing: 'close', reference: 'A-4', why: 'not_answerable', whoCan, askIn: ['crsv'] };
    expect(refusalText(mission, refusal, 'en', ZONE)).toBe(
      'You cannot close A-4: that is for its owner, the leads of the sections working on it and its reporter. It is restricted: ask Women Protection / CRSV (<#G0CRSV0001>).',
    );
    expect(refusalText(mission, refusal, 'fr', ZONE)).toContain('adressez-vous à Protection des femmes / VSLC (<#G0CRSV0001>).');
    expect(refusalText(mission, refusal, 'fr', ZONE)).not.toContain('UOWNER');
  });

  it('of a closed alert say what cannot be done and how to reopen it', () => {
    const refusal: Refusal = { kind: 'illegal', action: 'close', reference: 'A-3', reason: 'closed' };
    expect(refusalText(mission, refusal, 'en', ZONE)).toBe('A-3 is closed: you cannot close it. Reopen it first (`/alert reopen A-3`) if it needs more follow-up.');
    expect(refusalText(mission, refusal, 'fr', ZONE)).toBe("A-3 est clôturée : vous ne pouvez pas la clôturer. Rouvrez-la d'abord (`/alert rouvrir A-3`) si elle demande encore un suivi.");
  });

  it('count as each language writes numbers', () => {
    expect(refusalText(mission, { kind: 'update_too_long', max: 3000, length: 3412 }, 'en', ZONE)).toBe('An update is at most 3,000 characters (this is 3,412).');
    expect(refusalText(mission, { kind: 'update_too_long', max: 3000, length: 3412 }, 'fr', ZONE)).toBe('Une mise à jour compte au plus 3 000 caractères (celle-ci en compte 3 412).');
  });
});

describe('answers', () => {
  it('give times in the zone and language of the reader', () => {
    const answer = { kind: 'assigned', reference: 'A-1', to: 'U0POCOFF01', due: Date.UTC(2026, 11, 1, 21, 47) } as const;
    expect(answerText(answer, 'en', ZONE)).toBe('A-1 is now owned by <@U0POCOFF01> — due 1 Dec 2026, 22:47 (Kinshasa).');
    expect(answerText(answer, 'fr', ZONE)).toBe('A-1 a désormais pour responsable <@U0POCOFF01> — échéance 1 déc. 2026, 22:47 (Kinshasa).');
  });

  it('as a command’s answer: a change ticked, a refusal saying nothing changed', () => {
    const alert = {} as never;
    expect(outcomeMessage(mission, { ok: true, alert, changed: true, answer: { kind: 'task_done', reference: 'A-1' } }, 'fr', ZONE).text).toBe('✅ Tâche sur A-1 marquée comme faite.');
    const refused = outcomeMessage(mission, { ok: false, refusal: { kind: 'empty_task' } }, 'fr', ZONE);
    expect(JSON.stringify(refused.blocks)).toContain("Rien n'a été modifié.");
  });
});
