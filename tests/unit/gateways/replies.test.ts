import { describe, expect, it } from 'vitest';
import { loadMission } from '../../../src/config/mission.js';
import type { Alert } from '../../../src/domain/alert.js';
import { loggedReply, replyText } from '../../../src/gateways/replies.js';
import { createIntakeContext } from '../../../src/intake/index.js';

const intake = createIntakeContext(loadMission('data/mission.example.json'));
const place = (id: string) => intake.gazetteer.byId(id);

function alert(over: Partial<Alert> = {}): Alert {
  return {
    id: 12, reference: 'A-12', createdAt: 0, updatedAt: 0, reportedBy: 'twilio:unverified', hostState: false, verification: 'alleged', status: 'new', closureReason: null, duplicateOf: null, owner: null,
    description: 'x', occurredAt: null, placeId: 'kamango', locationText: null, category: 'attack_on_civilians', subType: null, perpetrators: [],
    victims: { killed: 3, injured: null, abducted: 2, crsvSurvivors: null, childrenAffected: null, displaced: null },
    priority: 'high', priorityOverridden: false, sourceType: null, sourceDetail: null, sensitivity: 'standard', reportedVia: 'sms', language: 'en',
    ...over,
  };
}

describe('the reply to a gateway sender', () => {
  it('says the reference and what was understood, in English or French', () => {
    expect(loggedReply(alert(), place('kamango'), 'en')).toBe('Veille A-12: Attack on civilians, Kamango, 3 killed, 2 abducted, priority high. Received, thank you.');
    expect(loggedReply(alert(), place('kamango'), 'fr')).toBe('Veille A-12 : Attaque contre des civils, Kamango, 3 tués, 2 enlevés, priorité haute. Message enregistré, merci.');
    expect(loggedReply(alert({ placeId: null, victims: { ...alert().victims, killed: null, abducted: null } }), null, 'en')).toBe('Veille A-12: Attack on civilians, place not understood, priority high. Received, thank you.');
  });

  it('fits one SMS by dropping the victims, then the priority, then the place; the reference always stays', () => {
    const many = alert({ victims: { killed: 12, injured: 30, abducted: 7, crsvSurvivors: null, childrenAffected: 9, displaced: 1200 }, category: 'attack_on_humanitarians', reference: 'A-123456' });
    const reply = loggedReply(many, place('kamango'), 'fr');
    expect(reply.length).toBeLessThanOrEqual(160);
    expect(reply).toBe('Veille A-123456 : Attaque contre des humanitaires, Kamango, priorité haute. Message enregistré, merci.');
  });

  it('answers a restricted case with the reference only', () => {
    const reply = loggedReply(alert({ sensitivity: 'restricted', category: 'crsv' }), place('kamango'), 'fr');
    expect(reply).toBe('Veille A-12 : message enregistré, traité en toute confidentialité. Merci.');
    expect(reply).not.toMatch(/Kamango|sexu/i);
  });

  it('says why nothing was logged, in the language of the message', () => {
    expect(replyText({ ok: false, problem: 'no_words', language: 'fr', message: '' })).toBe("Veille : votre message n'a pas de mots. Rien n'est enregistré. Dites ce qui s'est passé, où et quand.");
    for (const language of ['en', 'fr'] as const) {
      for (const problem of ['empty', 'no_words', 'too_long', 'conduct_matter', 'unknown_place', 'invalid'] as const) {
        expect(replyText({ ok: false, problem, language, message: '' }).length, `${language} ${problem}`).toBeLessThanOrEqual(160);
      }
    }
  });
});
