import { describe, expect, it } from 'vitest';
import { checkBlockKit } from '../../../src/fake-slack/index.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const button = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'button', text: plain(text), action_id: 'go', ...extra });
const option = (value: string, text = value) => ({ text: plain(text), value });
const modal = (extra: Record<string, unknown> = {}) => ({ type: 'modal', title: plain('Nouvelle alerte'), blocks: [section('x')], ...extra });

describe('checkBlockKit', () => {
  it('accepts a well-formed message, modal and Home tab', () => {
    const blocks = [
      { type: 'header', text: plain('Alerte') },
      { type: 'section', text: mrkdwn('*P1*'), fields: [mrkdwn('a'), mrkdwn('b')], accessory: button('Voir') },
      { type: 'actions', elements: [button('Prendre', { value: 'take:42', style: 'primary' })] },
      { type: 'context', elements: [mrkdwn('Kiwanja'), { type: 'image', image_url: 'https://x/y.png', alt_text: 'map' }] },
      { type: 'divider' },
    ];
    expect(checkBlockKit('message', { text: 'Alerte', blocks })).toEqual([]);
    expect(checkBlockKit('modal', modal({ submit: plain('Envoyer'), blocks: [{ type: 'input', label: plain('Lieu'), element: { type: 'plain_text_input', action_id: 'place' } }] }))).toEqual([]);
    expect(checkBlockKit('home', { type: 'home', blocks })).toEqual([]);
  });

  it('limits block counts per surface: 50 in a message, 100 in a modal or Home tab', () => {
    const many = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(checkBlockKit('message', { blocks: many(50) })).toEqual([]);
    expect(checkBlockKit('message', { blocks: many(51) })).toEqual(['blocks: 51 blocks, over the limit of 50 for a message']);
    expect(checkBlockKit('modal', modal({ blocks: many(100) }))).toEqual([]);
    expect(checkBlockKit('home', { type: 'home', blocks: many(101) })).toEqual(['view.blocks: 101 blocks, over the limit of 100 for a home']);
  });

  it('limits section text to 3000 and fields to 10 of 2000', () => {
    expect(checkBlockKit('message', [section('x'.repeat(3000))])).toEqual([]);
    expect(checkBlockKit('message', [section('x'.repeat(3001))])).toEqual(['blocks[0].text.text: section text is 3001 characters, over the limit of 3000']);
    const fields = Array.from({ length: 11 }, () => mrkdwn('f'));
    expect(checkBlockKit('message', [{ type: 'section', fields }])).toEqual(['blocks[0].fields: 11 fields, over the limit of 10']);
    expect(checkBlockKit('message', [{ type: 'section', fields: [mrkdwn('f'.repeat(2001))] }])).toEqual([
      'blocks[0].fields[0].text: section field is 2001 characters, over the limit of 2000',
    ]);
  });

  it('limits headers to 150 plain_text characters', () => {
    expect(checkBlockKit('message', [{ type: 'header', text: plain('h'.repeat(150)) }])).toEqual([]);
    expect(checkBlockKit('message', [{ type: 'header', text: mrkdwn('*h*') }])).toEqual(['blocks[0].text.type: header text must be plain_text']);
  });

  it('limits buttons: text 75, value 2000, action_id 255; block_id 255', () => {
    const problems = checkBlockKit('message', [
      { type: 'actions', block_id: 'b'.repeat(256), elements: [button('t'.repeat(76), { value: 'v'.repeat(2001), action_id: 'a'.repeat(256) })] },
    ]);
    expect(problems).toEqual([
      'blocks[0].block_id: block_id is 256 characters, over the limit of 255',
      'blocks[0].elements[0].action_id: action_id is 256 characters, over the limit of 255',
      'blocks[0].elements[0].text.text: button text is 76 characters, over the limit of 75',
      'blocks[0].elements[0].value: button value is 2001 characters, over the limit of 2000',
    ]);
  });

  it('limits actions blocks to 25 elements and context blocks to 10', () => {
    const buttons = Array.from({ length: 26 }, (_, i) => button('b', { action_id: `a${i}` }));
    expect(checkBlockKit('message', [{ type: 'actions', elements: buttons }])).toEqual([
      'blocks[0].elements: 26 elements, over the limit of 25 for an actions block',
    ]);
    const texts = Array.from({ length: 11 }, () => mrkdwn('c'));
    expect(checkBlockKit('message', [{ type: 'context', elements: texts }])).toEqual([
      'blocks[0].elements: 11 elements, over the limit of 10 for a context block',
    ]);
  });

  it('limits modal title, submit and close to 24 and private_metadata to 3000', () => {
    const problems = checkBlockKit('modal', modal({ title: plain('t'.repeat(25)), submit: plain('s'.repeat(25)), close: plain('c'.repeat(25)), private_metadata: 'm'.repeat(3001) }));
    expect(problems).toEqual([
      'view.title.text: modal title is 25 characters, over the limit of 24',
      'view.submit.text: modal submit is 25 characters, over the limit of 24',
      'view.close.text: modal close is 25 characters, over the limit of 24',
      'view.private_metadata: private_metadata is 3001 characters, over the limit of 3000',
    ]);
    expect(checkBlockKit('modal', { type: 'modal', blocks: [] })).toEqual(['view.title: modal title is required']);
  });

  it('limits static selects to 100 options of text 75 and value 150', () => {
    const select = (options: unknown[]) => [{ type: 'section', text: mrkdwn('x'), accessory: { type: 'static_select', action_id: 's', options } }];
    expect(checkBlockKit('message', select(Array.from({ length: 100 }, (_, i) => option(`v${i}`))))).toEqual([]);
    expect(checkBlockKit('message', select(Array.from({ length: 101 }, (_, i) => option(`v${i}`))))).toEqual([
      'blocks[0].accessory.options: 101 options, over the limit of 100',
    ]);
    expect(checkBlockKit('message', select([option('v'.repeat(151), 't'.repeat(76))]))).toEqual([
      'blocks[0].accessory.options[0].text.text: option text is 76 characters, over the limit of 75',
      'blocks[0].accessory.options[0].value: option value is 151 characters, over the limit of 150',
    ]);
  });

  it('requires text objects to have a type and a text', () => {
    expect(checkBlockKit('message', [{ type: 'section', text: { text: 'no type' } }])).toEqual([
      'blocks[0].text.type: section text must have type "plain_text" or "mrkdwn"',
    ]);
    expect(checkBlockKit('message', [{ type: 'section', text: { type: 'mrkdwn' } }])).toEqual([
      'blocks[0].text.text: section text must have a string "text"',
    ]);
    expect(checkBlockKit('message', [{ type: 'section', text: 'bare string' }])).toEqual([
      'blocks[0].text: section text must be a text object with "type" and "text"',
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkBlockKit('message', [{ type: 'header', text: plain('🚨'.repeat(150)) }])).toEqual([]);
  });

  it('rejects duplicate block_ids and unknown block types', () => {
    expect(checkBlockKit('message', [{ type: 'divider', block_id: 'a' }, { type: 'divider', block_id: 'a' }])).toEqual([
      'blocks[1].block_id: duplicate block_id "a"',
    ]);
    expect(checkBlockKit('message', [{ type: 'sectoin', text: mrkdwn('x') }])).toEqual(['blocks[0].type: unknown block type "sectoin"']);
  });
});
