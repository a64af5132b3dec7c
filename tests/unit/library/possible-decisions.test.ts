/**
 * Sentences of an item's minutes that word a decision Scrutineer did not read are listed for the member to judge:
 * added to the tracker from the sentence (the entry keeps it as its minute, tied to the item) or marked as nothing to
 * track (and unmarked). Once every one is dealt with, the item and the tracker no longer say decisions were not read;
 * what the member did survives a re-import. Through the API, on a real store and real council pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const LEICESTER = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'), 'utf8');
const BCP = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes-corpus', 'bournemouth-christchurch-and-poole-health-and-wellbeing-board-2020-12-03.txt'), 'utf8');
const NORTHAMPTON = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes-corpus', 'northampton-committee-xxxx-xx-xx-missing-headings.txt'), 'utf8');
const AGREED = /^It was agreed that discussions would take place regarding securing funding/;
const ELECTION = 'Councillor Nicola Greene was nominated and seconded for Chairman.';

describe('sentences that may record a decision', () => {
  const api = useApiStore();
  const { call, failure } = api;

  test('added to the tracker from its sentence: the entry keeps the minute and the item, and the item is no longer flagged, after a re-import too', async () => {
    const meetingId = (await api.importFile('leicester.txt', Buffer.from(LEICESTER))).meetingId as number;
    const before = await call('library.meeting', { meetingId });
    const item = before.items.find((i) => i.number === '111');
    expect(item?.decisionsState).toBe('partial');
    expect(item?.possibleDecisions).toHaveLength(1);
    const sentence = item!.possibleDecisions[0]!;
    expect(sentence).toMatch(AGREED);
    // Items whose decisions were all read list nothing.
    expect(before.items.filter((i) => i.possibleDecisions.length > 0).map((i) => i.number)).toEqual(['111']);
    expect((await call('actions.unreadDecisions', {})).map((m) => m.meetingId)).toEqual([meetingId]);

    const { id } = await call('actions.add', {
      committeeId: before.committee.id,
      meetingId,
      itemId: item!.id,
      kind: 'action',
      what: 'Discuss funding from the Primary Trust',
      owner: 'Director of Children’s Social Care',
      minuteText: sentence,
    });
    const entry = await call('actions.get', { id });
    expect(entry).toMatchObject({ source: 'manual', what: 'Discuss funding from the Primary Trust', minuteText: sentence, owner: 'Director of Children’s Social Care' });
    const after = await call('library.meeting', { meetingId });
    const done = after.items.find((i) => i.id === item!.id);
    expect(done).toMatchObject({ decisionsState: 'read', possibleDecisions: [] });
    expect(await call('actions.unreadDecisions', {})).toEqual([]);

    // A later copy of the minutes rebuilds the items; the entry, kept on the meeting, still stands for the sentence.
    await api.importFile('leicester-again.txt', Buffer.from(`${LEICESTER}\n`));
    const again = await call('library.meeting', { meetingId });
    expect(again.items.find((i) => i.number === '111')).toMatchObject({ decisionsState: 'read', possibleDecisions: [] });
  });

  test('marked as nothing to track, and the mark taken back', async () => {
    const meetingId = (await api.importFile('bcp.txt', Buffer.from(BCP))).meetingId as number;
    const first = await call('library.meeting', { meetingId });
    const election = first.items.find((i) => i.number === '70');
    expect(election).toMatchObject({ decisionsState: 'unread', possibleDecisions: [ELECTION] });

    const marked = await call('library.markDecisionSentence', { meetingId, sentence: ELECTION, notTracked: true });
    expect(marked.items.find((i) => i.number === '70')).toMatchObject({ decisionsState: 'read', possibleDecisions: [] });
    expect(await call('actions.unreadDecisions', {})).toEqual([]);
    // Marking twice keeps one mark.
    await call('library.markDecisionSentence', { meetingId, sentence: `  ${ELECTION} `, notTracked: true });
    const stored = api.store.db.prepare('SELECT decision_sentences_not_tracked FROM meetings WHERE id = ?').pluck().get(meetingId);
    expect(JSON.parse(stored as string)).toEqual([ELECTION]);

    const unmarked = await call('library.markDecisionSentence', { meetingId, sentence: ELECTION, notTracked: false });
    expect(unmarked.items.find((i) => i.number === '70')).toMatchObject({ decisionsState: 'unread', possibleDecisions: [ELECTION] });
    expect((await call('actions.unreadDecisions', {})).map((m) => m.meetingId)).toEqual([meetingId]);
  });

  test('the opening before the first item: its sentences are kept at import and judged as an item\'s', async () => {
    const meetingId = (await api.importFile('northampton.txt', Buffer.from(NORTHAMPTON))).meetingId as number;
    const first = await call('library.meeting', { meetingId });
    expect(first.introDecisionsState).toBe('unread');
    expect(first.introPossibleDecisions).toHaveLength(1);
    const sentence = first.introPossibleDecisions[0]!;
    expect(sentence).toMatch(/agreed as a true record and signed by the Chair/);
    expect((await call('actions.unreadDecisions', {})).find((m) => m.meetingId === meetingId)?.opening).toBe(true);

    const marked = await call('library.markDecisionSentence', { meetingId, sentence, notTracked: true });
    expect(marked).toMatchObject({ introDecisionsState: 'read', introPossibleDecisions: [] });
    expect((await call('actions.unreadDecisions', {})).some((m) => m.meetingId === meetingId)).toBe(false);
    // Kept through a re-import of the same minutes.
    await api.importFile('northampton-again.txt', Buffer.from(`${NORTHAMPTON}\n`));
    expect(await call('library.meeting', { meetingId })).toMatchObject({ introDecisionsState: 'read', introPossibleDecisions: [] });

    const unmarked = await call('library.markDecisionSentence', { meetingId, sentence, notTracked: false });
    expect(unmarked).toMatchObject({ introDecisionsState: 'unread', introPossibleDecisions: [sentence] });
  });

  test('an item only with its meeting and from it; a meeting that is not there is refused', async () => {
    const leicester = (await api.importFile('leicester.txt', Buffer.from(LEICESTER))).meetingId as number;
    const bcp = (await api.importFile('bcp.txt', Buffer.from(BCP))).meetingId as number;
    const l = await call('library.meeting', { meetingId: leicester });
    const b = await call('library.meeting', { meetingId: bcp });
    const item = l.items[0]!;
    expect((await failure('actions.add', { committeeId: l.committee.id, itemId: item.id, kind: 'action', what: 'x' })).message).toBe('That item is not one of the meeting’s.');
    const otherItem = b.items[0]!;
    expect((await failure('actions.add', { committeeId: l.committee.id, meetingId: leicester, itemId: otherItem.id, kind: 'action', what: 'x' })).message).toBe('That item is not one of the meeting’s.');
    expect((await failure('library.markDecisionSentence', { meetingId: 99999, sentence: ELECTION, notTracked: true })).code).toBe('not-found');
    expect((await failure('library.markDecisionSentence', { meetingId: bcp, sentence: '   ', notTracked: true })).code).toBe('invalid-input');
  });
});
