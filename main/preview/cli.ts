// `npm run preview`: serve the built renderer and the API on 127.0.0.1 for a browser. Development and tests only.
import path from 'node:path';
import { createHandlers } from '../api/handlers';
import { scheduleBackgroundSync } from '../sync/scheduler';
import { scheduleBackgroundShare } from '../share/service';
import { defaultDataDir } from '../store/data-dir';
import { openStoreFromEnv, storeKeyFromEnv } from '../store/key-source';
import { handlersOrRecovery } from '../api/recovery';
import { startPreviewServer } from './server';

async function main() {
  const dataDir = defaultDataDir();
  const rendererDir = path.resolve(__dirname, '..', '..', 'dist', 'renderer');
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  // Handlers emit progress events; the server that streams them exists only after they are made.
  let broadcast: (name: string, payload: unknown) => void = () => undefined;
  // Encrypted when SCRUTINEER_STORE_KEY (or _FILE) is set; see key-source.ts. A damaged library
  // opens on the recovery screen, which offers the newest good backup (main/api/recovery.ts).
  const { handlers, store: openedStore } = handlersOrRecovery(
    dataDir,
    storeKeyFromEnv(),
    () => openStoreFromEnv(dataDir),
    (store) => createHandlers(store, { emit: (name, payload) => broadcast(name, payload), autoBackup: true }),
  );
  const server = await startPreviewServer({ handlers, rendererDir, port });
  broadcast = server.broadcast;
  const syncSchedule = scheduleBackgroundSync(handlers['sync.run']);
  const shareSchedule = scheduleBackgroundShare(handlers['share.run']);
  console.log(`Scrutineer preview (data in ${dataDir})`);
  console.log(`Open ${server.url}`);
  const stop = () => {
    syncSchedule.stop();
    shareSchedule.stop();
    void server.close().then(() => {
      openedStore()?.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Preview could not start: ${error.message}`);
  process.exit(1);
});
