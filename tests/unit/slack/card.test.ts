import { describe, expect, it } from 'vitest';
import { loadMission } from '../../../src/config/mission.js';
import { noVictims, type Alert } from '../../../src/domain/alert.js';
import { checkBlockKit } from '../../../src/fake-slack/index.js';
import { renderCard, renderStub } from '../../../src/slack/views/card.js';

const mission = loadMission('data/mission.example.json');
const kamango = mission.places.find((p) => p.id === 'kamango')!;

function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 7, reference: 'A-7', createdAt: Date.UTC(2026, 10, 22, 6), updatedAt: Date.UTC(2026, 10, 22, 6), reportedBy: 'U0FOCALBNI', reportedVia: 'quick_report',
    description: 'Armed men attacked Kamango market, call +243 812 345 678', occurredAt: null, placeId: 'kamango', locationText: null, category: 'attack_on_civilians',
    subType: null, perpetrators: [{ actorId: 'adf', name: 'ADF' }], hostState: false, victims: { ...noVictims(), killed: 4 }, priority: 'high', priorityOverridden: false,
    sourceType: null, sourceDetail: 'Chief Muhindo', verification: 'alleged', status: 'new', closureReason: null, duplicateOf: null, sensitivity: 'standard', owner: null, language: 'en',
    ...overrides,
  };
}

describe('the alert card', () => {
  it('shows what happened with contacts masked and never the source', () => {
    const card = renderCard(alert(), kamango, mission);
    const text = JSON.stringify(card);
    expect(text).toContain('Kamango (Beni, North Kivu)');
    expect(text).toContain('[phone hidden]');
    expect(text).not.toContain('Muhindo');
    expect(checkBlockKit('message', card)).toEqual([]);
  });

  it('speaks the mission language in channels when it is French', () => {
    const french = { ...mission, language: 'fr' as const };
    const card = JSON.stringify(renderCard(alert(), kamango, french));
    for (const word of ['Attaque contre des civils', '*Lieu*', '*Victimes*', '4 tués', 'Haute', 'Nouvelle', 'non attribuée', 'Prendre en charge', 'Signalée par']) expect(card).toContain(word);
    const stub = JSON.stringify(renderStub(alert({ category: 'crsv', sensitivity: 'restricted' }), kamango, french, []));
    expect(stub).toContain('territoire de Beni, Nord-Kivu'); // the province's French name from the gazetteer
    expect(stub).toContain('Alerte restreinte');
    expect(stub).not.toContain('Kamango');
  });
});
