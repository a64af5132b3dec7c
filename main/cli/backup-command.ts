/** `npm run cli -- backup list|now|restore ID`: the Backups page from a terminal, also when the library is damaged. */
import { formatTimestamp } from './format-backup';
import { createBackup, listBackups } from '../backup/backups';
import { damageSummary, newestGoodBackup, recoverDamagedStore, restoreBackup } from '../backup/restore';
import type { BackupSummary } from '../../shared/types/backup';
import { StoreDamagedError } from '../store/errors';
import { openStoreFromEnv, storeKeyFromEnv } from '../store/key-source';

const describe = (b: BackupSummary): string => {
  const p = b.preview;
  const what = p
    ? `${p.committees} committees, ${p.meetings} meetings, ${p.documents} papers, ${p.annotations} annotations` +
      (p.newestMeeting ? `; newest meeting ${p.newestMeeting.date} (${p.newestMeeting.committeeName})` : '')
    : (b.problem ?? 'unreadable');
  return `${b.id}  ${formatTimestamp(b.createdAt)}  ${b.kind}  ${Math.round(b.sizeBytes / 1024)} KB  ${what}`;
};

/** The line printed when the library is damaged: what happened and the command that restores the newest good backup. */
export function damagedAdvice(dataDir: string, error: StoreDamagedError): string {
  const newest = newestGoodBackup(dataDir, storeKeyFromEnv());
  return newest
    ? `${damageSummary(error.message)} Restore the backup from ${formatTimestamp(newest.createdAt)} with: npm run cli -- backup restore ${newest.id}`
    : `${damageSummary(error.message)} No sound backup was found.`;
}

export async function backupCommand(rest: string[], dataDir: string, print: (value: unknown, human: () => string) => void): Promise<number> {
  const key = storeKeyFromEnv();
  const [sub, id] = rest;
  if (sub === 'list') {
    const list = listBackups(dataDir, key);
    print(list, () => (list.length ? list.map(describe).join('\n') : 'No backups yet.'));
    return 0;
  }
  if (sub === 'now') {
    const store = openStoreFromEnv(dataDir);
    try {
      const made = await createBackup(store, 'manual');
      print(made, () => `Backed up: ${describe(made)}`);
      return 0;
    } finally {
      store.close();
    }
  }
  if (sub === 'restore' && id) {
    let outcome;
    try {
      const store = openStoreFromEnv(dataDir);
      try {
        outcome = await restoreBackup(store, id);
      } finally {
        store.close();
      }
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) throw error;
      // The library itself is damaged: put the backup in its place (the damaged file is kept aside).
      const recovered = recoverDamagedStore(dataDir, id, key);
      recovered.store.close();
      outcome = recovered.outcome;
    }
    print(outcome, () => `Restored ${outcome.restored.id}.${outcome.missingFiles ? ` ${outcome.missingFiles} stored files were missing.` : ''}`);
    return 0;
  }
  throw new Error('Use: backup list | backup now | backup restore <ID>');
}
