/** A real store in a temp folder with the Leicester minutes and a generated pack that names Millgate School. */
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { openStore, type Store } from '../../../main/store/database';
import type { InterestDraft } from '../../../shared/types/interests';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

export const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
export const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

/** Front page, agenda, then 115 on pages 3–4 and 117 on pages 5–7; Millgate School on page 6, a postcode on page 7. */
export const packReports = () => [
  { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
  {
    number: '117',
    title: 'Placement costs and IMPOWER update',
    pages: [
      ['Placement costs and IMPOWER update', 'Report of the Director of Children’s Services'],
      ['Places at Millgate School will be commissioned for pupils with complex needs.', 'Residential placements cost more.'],
      ['A new children’s home at 4 Mill Gate Road, Leicester LE4 9JX is proposed.', 'Kinship care allowances rise.'],
    ],
  },
];

export interface TestLibrary {
  store: Store;
  meetingId: number;
  itemId: (number: string) => number;
  cleanup: () => void;
}

export async function library(options: { pack?: boolean } = {}): Promise<TestLibrary> {
  const temp = makeTempDir('scrutineer-interests-');
  const store = openStore(temp.dir);
  const minutes = await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
  if (options.pack !== false) {
    const pack = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: packReports() });
    const outcome = await importFile(store, { fileName: 'agenda-pack.pdf', bytes: pack });
    if (outcome.status !== 'imported') throw new Error(outcome.message);
  }
  const meetingId = minutes.meetingId as number;
  return {
    store,
    meetingId,
    itemId: (n) => store.db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ?').pluck().get(meetingId, n) as number,
    cleanup: () => {
      store.close();
      temp.cleanup();
    },
  };
}

export const draft = (over: Partial<InterestDraft> = {}): InterestDraft => ({
  category: 'other-registrable',
  subcategory: 'appointed-body',
  whose: 'member',
  description: 'School governor, Millgate School',
  names: ['Millgate School', 'Millgate'],
  addresses: [],
  startDate: '2024-09-01',
  endDate: null,
  changedDate: null,
  notifiedDate: '2024-09-10',
  ...over,
});
