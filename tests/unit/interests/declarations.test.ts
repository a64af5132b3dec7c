import {
  compareWithRegister,
  declarationSlip,
  deleteMyDeclaration,
  everyoneDeclarations,
  isMyName,
  listMyDeclarations,
  saveMyDeclaration,
  subjectKey,
} from '../../../main/interests/declarations';
import { saveInterest, saveProfile } from '../../../main/interests/register';
import { draft, library, type TestLibrary } from './setup';

test('subjectKey: the organisation a declared subject names', () => {
  expect(subjectKey('being on the board for Millgate School')).toBe('Millgate School');
  expect(subjectKey('Council Tax support cuts')).toBe('Council Tax support cuts');
  expect(subjectKey('her employment at Leicester City Council.')).toBe('Leicester City Council');
  expect(subjectKey('a trustee of the Friends of Abbey Park')).toBe('Friends of Abbey Park');
});

test('isMyName: the minutes’ short forms of my name, not a namesake', () => {
  expect(isMyName('Dr Sarah Moore', 'Dr Moore')).toBe(true);
  expect(isMyName('Dr Sarah Moore', 'Moore')).toBe(true);
  expect(isMyName('Cllr Dr. Sarah Moore', 'dr moore')).toBe(true);
  expect(isMyName('Dr Sarah Moore', 'K Moore')).toBe(false);
  expect(isMyName('Dr Sarah Moore', 'Dr Moorehouse')).toBe(false);
  expect(isMyName('', 'Dr Moore')).toBe(false);
});

describe('declarations', () => {
  let lib: TestLibrary;
  beforeAll(async () => {
    lib = await library({ pack: false });
  });
  afterAll(() => lib.cleanup());

  test('everyone’s declarations from the minutes, by member, subject and meeting, searchable', () => {
    const all = everyoneDeclarations(lib.store.db);
    expect(all.total).toBe(2);
    expect(all.byMember.map((m) => [m.member, m.subjects.map((s) => `${s.subject} — ${s.meetingCount}`)])).toEqual([
      ['Dr Moore', ['Millgate School — 1']],
      ['March', ['Council Tax support cuts — 1']],
    ]);
    expect(all.byMember[0]?.subjects[0]?.declarations[0]).toMatchObject({ subject: 'being on the board for Millgate School', meeting: { id: lib.meetingId, date: '2025-01-14' } });
    expect(all.bySubject.map((s) => s.subject).sort()).toEqual(['Council Tax support cuts', 'Millgate School']);
    expect(all.byMeeting).toHaveLength(1);
    expect(all.mine).toBeNull();

    expect(everyoneDeclarations(lib.store.db, 'millgate').byMember.map((m) => m.member)).toEqual(['Dr Moore']);
    expect(everyoneDeclarations(lib.store.db, 'MARCH').byMember.map((m) => m.member)).toEqual(['March']);
    expect(everyoneDeclarations(lib.store.db, 'nobody').total).toBe(0);
  });

  test('my declarations: save, list, slip, delete; the item must be on the meeting', () => {
    saveProfile(lib.store.db, { name: 'Dr Sarah Moore', tookOffice: null });
    const school = saveInterest(lib.store.db, draft());
    const item = lib.itemId('117');
    const saved = saveMyDeclaration(lib.store.db, {
      meetingId: lib.meetingId,
      itemId: item,
      itemText: '',
      interestId: school.id,
      category: 'other-registrable',
      nature: 'I am a governor of Millgate School',
      withdrew: true,
      dispensation: false,
      dispensationDetails: 'ignored without a dispensation',
    });
    expect(saved).toMatchObject({
      item: { number: '117', title: 'Placement costs and IMPOWER update' },
      interest: { id: school.id, description: 'School governor, Millgate School' },
      meeting: { date: '2025-01-14', committeeName: 'Children, Young People and Education Scrutiny Commission' },
      withdrew: true,
      dispensationDetails: '',
    });
    expect(listMyDeclarations(lib.store.db, lib.meetingId).map((d) => d.id)).toEqual([saved.id]);
    expect(declarationSlip(lib.store.db, saved.id)).toMatchObject({ memberName: 'Dr Sarah Moore', declaration: { id: saved.id } });
    const updated = saveMyDeclaration(lib.store.db, { ...saved, dispensation: true, dispensationDetails: 'Granted by the standards committee, 2 January 2025' });
    expect(updated).toMatchObject({ id: saved.id, dispensation: true, dispensationDetails: 'Granted by the standards committee, 2 January 2025' });
    expect(() => saveMyDeclaration(lib.store.db, { ...saved, id: undefined, itemId: 999999 })).toThrow(/item/);
    deleteMyDeclaration(lib.store.db, saved.id);
    expect(listMyDeclarations(lib.store.db)).toEqual([]);
    expect(() => declarationSlip(lib.store.db, saved.id)).toThrow(/not in your records/);
    lib.store.db.exec('DELETE FROM interests');
  });

  test('mine against my register: a declared subject naming nothing registered is a prompt', () => {
    saveProfile(lib.store.db, { name: 'Dr Sarah Moore', tookOffice: null });
    // Nothing registered: the minutes' declaration under "Dr Moore" is a prompt.
    let mine = compareWithRegister(lib.store.db);
    expect(mine?.fromMinutes.map((d) => d.member)).toEqual(['Dr Moore']);
    expect(mine?.unregistered).toEqual([expect.objectContaining({ subject: 'being on the board for Millgate School', source: 'minutes', meetingId: lib.meetingId })]);

    // Registered under its alias: no prompt.
    saveInterest(lib.store.db, draft({ names: ['Millgate'] }));
    mine = compareWithRegister(lib.store.db);
    expect(mine?.unregistered).toEqual([]);

    // A declaration I recorded without a register link, naming something unregistered.
    saveMyDeclaration(lib.store.db, {
      meetingId: lib.meetingId,
      itemId: null,
      itemText: 'budget items',
      interestId: null,
      category: 'non-registrable',
      nature: 'My brother runs Abbey Park Café',
      withdrew: false,
      dispensation: false,
      dispensationDetails: '',
    });
    mine = compareWithRegister(lib.store.db);
    expect(mine?.recorded).toHaveLength(1);
    expect(mine?.unregistered).toEqual([expect.objectContaining({ subject: 'My brother runs Abbey Park Café', source: 'mine' })]);
    expect(everyoneDeclarations(lib.store.db).mine?.unregistered).toHaveLength(1);
  });
});
