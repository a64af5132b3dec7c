/**
 * The member's register of interests and the declarations they made travel between their devices
 * like their notes: real SQLite libraries, a real CouchDB-protocol server on 127.0.0.1. Per-field
 * merges by the hybrid clock, removals, a declaration waiting for its meeting, nothing applied
 * twice after a crash, and the server holding ciphertext only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deleteInterest, deleteMyDeclaration, saveInterest, saveMyDeclaration } from '../../../main/interests';
import { importFile } from '../../../main/library/import-file';
import { memberDbName } from '../../../main/share/engine';
import type { InterestDraft } from '../../../shared/types/interests';
import { type Device, LEICESTER, connect, meetingId, memberServerPerTest } from './devices';

const USER = 'cllr-okafor';
const PASSWORD = 'server-password-7';
const SECRET_EMPLOYER = 'Millgate Academy Trust (governor, unpaid)';
const SECRET_NATURE = 'My daughter attends Millgate School';

const interest = (over: Partial<InterestDraft> = {}): InterestDraft => ({
  category: 'other-registrable',
  subcategory: 'appointed-body',
  whose: 'member',
  description: SECRET_EMPLOYER,
  names: ['Millgate Academy Trust', 'Millgate'],
  addresses: ['LE1 7RH'],
  startDate: '2023-05-04',
  endDate: null,
  changedDate: null,
  notifiedDate: null,
  ...over,
});

/** The register and the declarations as the member sees them, without local ids. */
const register = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT i.category, i.subcategory, i.whose, i.description, i.start_date, i.end_date, i.changed_date, i.notified_date,
         (SELECT json_group_array(kind || ':' || text) FROM (SELECT kind, text FROM interest_terms t WHERE t.interest_id = i.id ORDER BY kind, position)) AS terms
       FROM interests i ORDER BY i.description`,
    )
    .all();
const declarations = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT m.date, it.identity_key AS item, md.item_text, md.category, md.nature, md.withdrew, md.dispensation, md.dispensation_details,
         i.description AS interest
       FROM my_declarations md JOIN meetings m ON m.id = md.meeting_id LEFT JOIN items it ON it.id = md.item_id
       LEFT JOIN interests i ON i.id = md.interest_id ORDER BY md.nature`,
    )
    .all();
const firstItem = (d: Device) => d.store.db.prepare('SELECT id FROM items WHERE meeting_id = ? ORDER BY position LIMIT 1').pluck().get(meetingId(d)) as number;
const interestId = (d: Device, description: string) => d.store.db.prepare('SELECT id FROM interests WHERE description = ?').pluck().get(description) as number;

describe('sharing the register of interests and declarations made', () => {
  const shared = memberServerPerTest('scrutineer-share-interests-', USER, PASSWORD);
  const device = (name: string) => shared.device(name);
  /** A device whose library does not hold the meeting yet (no minutes imported). */
  const emptyDevice = (name: string) => shared.device(name, { empty: true });
  const run = async (d: Device) => {
    const report = await d.engine.run();
    expect(report.ok).toBe(true);
    return report;
  };

  test('two devices: first copy, concurrent edits merged per field, removals, and the server sees ciphertext only', async () => {
    const a = await device('laptop');
    const trust = saveInterest(a.store.db, interest());
    saveInterest(a.store.db, interest({ description: 'Allotment tenancy, Aylestone', subcategory: 'land', category: 'disclosable-pecuniary', names: [], addresses: ['LE2 8TB'] }));
    saveMyDeclaration(a.store.db, {
      meetingId: meetingId(a),
      itemId: firstItem(a),
      itemText: '',
      interestId: trust.id,
      category: 'other-registrable',
      nature: SECRET_NATURE,
      withdrew: true,
      dispensation: false,
      dispensationDetails: '',
    });
    await connect(a, shared.server, USER, PASSWORD);
    await run(a);

    const raw = await shared.server.rawDump(memberDbName(USER));
    for (const secret of [SECRET_EMPLOYER, 'Millgate', 'LE1 7RH', SECRET_NATURE, 'Aylestone']) expect(raw).not.toContain(secret);
    expect(raw).toContain('"ct"');

    const b = await device('tablet');
    await connect(b, shared.server, USER, PASSWORD);
    const first = await run(b);
    expect(first.applied).toBeGreaterThanOrEqual(3);
    expect(register(b)).toEqual(register(a));
    expect(declarations(b)).toEqual(declarations(a));
    expect(declarations(b)).toEqual([expect.objectContaining({ nature: SECRET_NATURE, interest: SECRET_EMPLOYER, withdrew: 1, date: '2025-01-14' })]);
    expect((declarations(b)[0] as { item: string | null }).item).not.toBeNull();

    // Offline, both edit the same interest (different fields) and the same declaration; the laptop removes the allotment.
    const onB = interestId(b, SECRET_EMPLOYER);
    saveInterest(a.store.db, { ...interest({ description: `${SECRET_EMPLOYER} — chair from 2025` }), id: trust.id });
    saveInterest(b.store.db, { ...interest({ notifiedDate: '2023-05-20', names: ['Millgate Academy Trust', 'Millgate', 'MAT'] }), id: onB });
    deleteInterest(a.store.db, interestId(a, 'Allotment tenancy, Aylestone'));
    const declOnB = b.store.db.prepare('SELECT id FROM my_declarations').pluck().get() as number;
    saveMyDeclaration(b.store.db, {
      id: declOnB,
      meetingId: meetingId(b),
      itemId: firstItem(b),
      itemText: '',
      interestId: onB,
      category: 'other-registrable',
      nature: SECRET_NATURE,
      withdrew: true,
      dispensation: true,
      dispensationDetails: 'Granted by the Standards Committee, March 2024',
    });

    await run(a);
    await run(b);
    await run(a);
    expect(register(a)).toEqual(register(b));
    expect(declarations(a)).toEqual(declarations(b));
    expect(register(a)).toEqual([
      expect.objectContaining({
        description: `${SECRET_EMPLOYER} — chair from 2025`,
        notified_date: '2023-05-20',
        terms: JSON.stringify(['address:LE1 7RH', 'name:Millgate Academy Trust', 'name:Millgate', 'name:MAT']),
      }),
    ]);
    expect(declarations(a)).toEqual([
      expect.objectContaining({ dispensation: 1, dispensation_details: 'Granted by the Standards Committee, March 2024', interest: `${SECRET_EMPLOYER} — chair from 2025` }),
    ]);
    for (const d of [a, b]) expect(d.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0, lastError: null });

    // A declaration removed on the tablet goes on the laptop; a further round applies nothing.
    deleteMyDeclaration(b.store.db, declOnB);
    await run(b);
    await run(a);
    expect(declarations(a)).toEqual([]);
    expect((await run(a)).applied).toBe(0);
    expect((await run(b)).applied).toBe(0);
    expect(register(a)).toEqual(register(b));
  }, 90_000);

  test('three devices: one without the meeting keeps the declaration waiting until the meeting arrives; a crash between steps applies nothing twice', async () => {
    const a = await device('laptop');
    const b = await device('tablet');
    const c = await emptyDevice('phone');
    for (const d of [a, b, c]) await connect(d, shared.server, USER, PASSWORD);
    const trust = saveInterest(a.store.db, interest());
    saveMyDeclaration(a.store.db, {
      meetingId: meetingId(a),
      itemId: null,
      itemText: 'Budget items',
      interestId: trust.id,
      category: 'other-registrable',
      nature: SECRET_NATURE,
      withdrew: false,
      dispensation: false,
      dispensationDetails: '',
    });
    await run(a);
    await run(b);
    const waiting = await run(c);
    expect(register(c)).toEqual(register(a));
    expect(declarations(c)).toEqual([]);
    expect(waiting.notHere).toBe(1);
    expect(waiting.message).toMatch(/1 waiting for papers or meetings not on this device/);
    expect(c.store.db.prepare("SELECT pending FROM share_docs WHERE kind = 'declaration'").pluck().get()).toMatch(/meeting this declaration was made at is not on this device/);

    // All three edit the interest offline, each a different field.
    saveInterest(a.store.db, { ...interest({ changedDate: '2024-09-01' }), id: trust.id });
    saveInterest(b.store.db, { ...interest({ notifiedDate: '2024-09-10' }), id: interestId(b, SECRET_EMPLOYER) });
    saveInterest(c.store.db, { ...interest({ whose: 'partner' }), id: interestId(c, SECRET_EMPLOYER) });
    for (const d of [c, b, a, c, b]) await run(d);
    for (const d of [b, c]) expect(register(d)).toEqual(register(a));
    expect(register(a)).toEqual([expect.objectContaining({ changed_date: '2024-09-01', notified_date: '2024-09-10', whose: 'partner' })]);

    // The meeting arrives on the phone: the declaration is applied, and nothing waits.
    await importFile(c.store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    const arrived = await run(c);
    expect(arrived.notHere).toBe(0);
    expect(declarations(c)).toEqual(declarations(a));
    expect(declarations(c)).toHaveLength(1);

    // A crash after applying but before the sequence was recorded, and after writing the replica but
    // before the outbox row went: the next run applies again and pushes again, and nothing changes.
    const before = [register(c), declarations(c)];
    c.store.db.prepare("UPDATE share_databases SET applied_seq = '0' WHERE name = 'member'").run();
    c.store.db
      .prepare(`INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at) SELECT 'interest', id, '["*"]', 0, 'now' FROM interests`)
      .run();
    const again = await run(c);
    expect(again).toMatchObject({ applied: 0, pushed: 0 });
    expect([register(c), declarations(c)]).toEqual(before);
    expect(c.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0 });
  }, 120_000);
});
