/**
 * Holds a store open in another process (tests/unit/store/blob-sweep.test.ts): opens it, says
 * READY on stdout, and keeps it open until killed or until its stdin closes.
 *
 * Usage: node --import tsx tests/crash/hold-store-child.ts <dataDir>
 */
import { openStoreFromEnv } from '../../main/store/key-source';

// The key, for an encrypted store, from SCRUTINEER_STORE_KEY.
const store = openStoreFromEnv(process.argv[2] as string, { warn: () => undefined });
process.stdout.write('READY\n');
process.stdin.resume();
process.stdin.on('end', () => {
  store.close();
  process.exit(0);
});
