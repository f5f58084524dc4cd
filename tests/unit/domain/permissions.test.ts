import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/config/mission.js';
import { mayDo, workingSections } from '../../../src/domain/permissions.js';

const section = (id: string, channel: string, leads: string[], restricted = false): Section => ({
  id,
  name: id,
  channel,
  receives: ['*'],
  places: [],
  restricted,
  humanRights: false,
  leads,
  digest: { time: '07:00' },
});
const poc = section('poc', 'C0POC', ['ULEADPOC']);
const crsv = section('crsv', 'G0CRSV', ['ULEADCRSV'], true);
const alert = { owner: 'UOWNER', reportedBy: 'UREPORTER' };

describe('who may do what in the follow-up', () => {
  it('lets anyone in a working section acknowledge, take ownership, update, log a response and verify', () => {
    for (const act of ['acknowledge', 'take_ownership', 'update', 'log_response', 'verify', 'add_own_task'] as const) {
      expect(mayDo(act, alert, { user: 'USOMEONE', inWorkingSection: true }, [poc]), act).toEqual({ ok: true });
      expect(mayDo(act, alert, { user: 'USOMEONE', inWorkingSection: false }, [poc]), act).toMatchObject({ ok: false, why: 'not_in_section' });
    }
  });

  it('keeps assigning to others, closing and reopening for the owner, the leads and the reporter', () => {
    for (const act of ['assign_other', 'close', 'reopen'] as const) {
      expect(mayDo(act, alert, { user: 'USOMEONE', inWorkingSection: true }, [poc]), act).toMatchObject({ ok: false, why: 'not_answerable' });
      for (const user of ['UOWNER', 'ULEADPOC', 'UREPORTER']) expect(mayDo(act, alert, { user, inWorkingSection: false }, [poc]), `${act} by ${user}`).toEqual({ ok: true });
    }
    // A task's own owner may mark it done.
    expect(mayDo('complete_task', alert, { user: 'UTASK', inWorkingSection: false }, [poc], { owner: 'UTASK' })).toEqual({ ok: true });
  });

  it('works a restricted alert only in the restricted sections holding it', () => {
    const routes = [
      { sectionId: 'poc', view: 'stub' as const },
      { sectionId: 'crsv', view: 'full' as const },
    ];
    expect(workingSections(routes, [poc, crsv]).map((s) => s.id)).toEqual(['crsv']);
    expect(mayDo('close', alert, { user: 'ULEADPOC', inWorkingSection: false }, workingSections(routes, [poc, crsv]))).toMatchObject({ ok: false });
  });

  it('says who can: the channels (open acts), the owner, the leads and the reporter', () => {
    const refused = mayDo('update', { owner: null, reportedBy: 'api:ngo-feed' }, { user: 'UX', inWorkingSection: false }, [poc, crsv]);
    expect(refused).toEqual({ ok: false, why: 'not_in_section', whoCan: { owner: null, leads: ['ULEADPOC', 'ULEADCRSV'], reporter: 'api:ngo-feed', channels: ['C0POC', 'G0CRSV'] } });
    const close = mayDo('close', alert, { user: 'UX', inWorkingSection: true }, [poc]);
    expect(close).toEqual({ ok: false, why: 'not_answerable', whoCan: { owner: 'UOWNER', leads: ['ULEADPOC'], reporter: 'UREPORTER', channels: [] } });
  });
});
