import { describe, expect, it } from 'vitest';
import { canMove, checkAction, checkClosure, chosenStatuses, isLateResponse, statusAfter } from '../../../src/domain/lifecycle.js';

describe('the alert lifecycle', () => {
  it('moves new → acknowledged → responding → monitoring → closed, and back from closed only by reopening', () => {
    expect(statusAfter('acknowledge', 'new')).toBe('acknowledged');
    expect(statusAfter('take_ownership', 'new')).toBe('acknowledged');
    expect(statusAfter('assign', 'responding')).toBe('responding');
    expect(statusAfter('log_response', 'acknowledged')).toBe('responding');
    expect(statusAfter('log_response', 'new')).toBe('responding');
    expect(statusAfter('log_response', 'acknowledged', { withOutcome: true })).toBe('monitoring');
    expect(statusAfter('record_outcome', 'responding')).toBe('monitoring');
    expect(statusAfter('log_response', 'monitoring')).toBe('responding');
    expect(statusAfter('update', 'new')).toBe('acknowledged');
    expect(statusAfter('update', 'responding')).toBe('responding');
    expect(statusAfter('update', 'acknowledged', { chosen: 'monitoring' })).toBe('monitoring');
    expect(statusAfter('close', 'new')).toBe('closed');
    expect(statusAfter('reopen', 'closed', { hasResponses: false })).toBe('acknowledged');
    expect(statusAfter('reopen', 'closed', { hasResponses: true })).toBe('responding');
  });

  it('knows which moves are legal', () => {
    expect(canMove('responding', 'acknowledged')).toBe(false);
    expect(canMove('closed', 'monitoring')).toBe(false);
    expect(canMove('monitoring', 'responding')).toBe(true);
    expect(chosenStatuses('acknowledged')).toEqual(['responding', 'monitoring']);
    expect(chosenStatuses('monitoring')).toEqual(['responding', 'monitoring']);
    expect(chosenStatuses('closed')).toEqual([]);
  });

  it('refuses changes to a closed alert, reopening an open one, and anything on a withdrawn one (the words are in src/slack/render/answers.ts)', () => {
    const closed = { status: 'closed' as const, closureReason: 'resolved' as const };
    expect(checkAction('assign', closed)).toEqual({ ok: false, reason: 'closed' });
    expect(checkAction('reopen', closed)).toEqual({ ok: true });
    expect(checkAction('reopen', { status: 'responding', closureReason: null })).toEqual({ ok: false, reason: 'not_closed' });
    expect(checkAction('reopen', { status: 'closed', closureReason: 'withdrawn' })).toEqual({ ok: false, reason: 'withdrawn' });
    expect(checkAction('close', { status: 'new', closureReason: null })).toEqual({ ok: true });
  });

  it('asks each closure reason for its facts', () => {
    expect(checkClosure(3, { reason: 'resolved', duplicateOf: null, note: '  ' })).toBe('outcome_required');
    expect(checkClosure(3, { reason: 'resolved', duplicateOf: null, note: 'QRF deployed' })).toBeNull();
    expect(checkClosure(3, { reason: 'duplicate', duplicateOf: null, note: '' })).toBe('duplicate_of_required');
    expect(checkClosure(3, { reason: 'duplicate', duplicateOf: 3, note: '' })).toBe('duplicate_of_self');
    expect(checkClosure(3, { reason: 'unfounded', duplicateOf: null, note: '' })).toBeNull();
  });

  it('calls a response late after the acknowledge window from creation', () => {
    expect(isLateResponse(0, 3_600_000, 3_600_000)).toBe(false);
    expect(isLateResponse(0, 3_600_001, 3_600_000)).toBe(true);
  });
});
