/**
 * The API while the library file is damaged (openStore threw StoreDamagedError): the window opens
 * on a recovery screen that says so and offers the newest good backup. Only the backup calls
 * answer; everything else fails with the damage message. Restoring moves the damaged file aside,
 * puts the backup in place and opens the library; `onRecovered` then swaps in the normal handlers.
 */
import { methods } from '../../shared/contract';
import { listBackups } from '../backup/backups';
import { damageSummary, newestGoodBackup, recoverDamagedStore } from '../backup/restore';
import type { StoreKey } from '../store/cipher';
import type { Store } from '../store/database';
import { StoreDamagedError } from '../store/errors';
import type { Handlers } from './handlers';

export function createRecoveryHandlers(
  dataDir: string,
  key: StoreKey | undefined,
  damage: StoreDamagedError,
  onRecovered: (store: Store) => void,
): Handlers {
  const refuse = () => {
    throw new StoreDamagedError(damage.message, damage.backupPath);
  };
  const handlers = Object.fromEntries(methods.map((m) => [m, refuse])) as unknown as Handlers;
  let recovered = false;
  return {
    ...handlers,
    'backup.startupState': () =>
      recovered ? { state: 'ok' as const } : { state: 'damaged' as const, message: damageSummary(damage.message), newestBackup: newestGoodBackup(dataDir, key) },
    'backup.list': () => listBackups(dataDir, key),
    'backup.restore': ({ id }) => {
      const { store, outcome } = recoverDamagedStore(dataDir, id, key);
      recovered = true;
      onRecovered(store);
      return outcome;
    },
  };
}

/**
 * Handlers that start in recovery when the library is damaged and become the normal ones after a
 * restore: the same object throughout, so a transport holding it (IPC, the preview server) carries on.
 */
export function handlersOrRecovery(
  dataDir: string,
  key: StoreKey | undefined,
  open: () => Store,
  make: (store: Store) => Handlers,
): { handlers: Handlers; store: () => Store | null } {
  let store: Store | null = null;
  const handlers = {} as Handlers;
  try {
    store = open();
    Object.assign(handlers, make(store));
  } catch (error) {
    if (!(error instanceof StoreDamagedError)) throw error;
    Object.assign(
      handlers,
      createRecoveryHandlers(dataDir, key, error, (recovered) => {
        store = recovered;
        Object.assign(handlers, make(recovered));
      }),
    );
  }
  return { handlers, store: () => store };
}
