import type Database from 'better-sqlite3-multiple-ciphers';
import type { ShownStatus } from '../../shared/types/actions';
import { exportFile, type ExportFile } from '../../shared/types/export';
import { confidentialScope, touchesConfidential } from '../confidential/confidential';
import { actionsCsv, actionsDocx, actionsIcs } from './exports';
import { listEntries } from './queries';

/** One export of the tracker, filtered as the member sees it, with a file name to save it under. */
export async function exportActions(
  db: Database.Database,
  request: {
    format: 'csv' | 'ics' | 'docx';
    committeeId?: number;
    status?: ShownStatus;
    owner?: string;
    kind?: 'action' | 'recommendation';
    includeConfidential?: boolean;
  },
  today: string,
): Promise<ExportFile> {
  const listed = listEntries(db, { today, committeeId: request.committeeId, status: request.status, owner: request.owner, kind: request.kind });
  // Entries on exempt (confidential) items stay out unless the member confirmed including them.
  const scope = confidentialScope(db);
  const entries = request.includeConfidential ? listed : listed.filter((e) => !touchesConfidential(scope, { itemId: e.item?.id }));
  const committee = request.committeeId ? entries[0]?.committee.name : undefined;
  const base = `actions-${today}`;
  if (request.format === 'csv') return exportFile(base, 'csv', actionsCsv(entries));
  if (request.format === 'ics') return exportFile(base, 'ics', actionsIcs(entries));
  const title = `Action log${committee ? ` — ${committee}` : ''}`;
  return exportFile(base, 'docx', await actionsDocx(entries, title));
}
