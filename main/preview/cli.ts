// `npm run preview`: serve the built renderer and the API on 127.0.0.1 for a browser. Development and tests only.
import path from 'node:path';
import { createHandlers } from '../api/handlers';
import { openStore } from '../store/database';
import { defaultDataDir } from '../store/data-dir';
import { startPreviewServer } from './server';

async function main() {
  const dataDir = defaultDataDir();
  const store = openStore(dataDir);
  const rendererDir = path.resolve(__dirname, '..', '..', 'dist', 'renderer');
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  // Handlers emit progress events; the server that streams them exists only after they are made.
  let broadcast: (name: string, payload: unknown) => void = () => undefined;
  const handlers = createHandlers(store, { emit: (name, payload) => broadcast(name, payload) });
  const server = await startPreviewServer({ handlers, rendererDir, port });
  broadcast = server.broadcast;
  console.log(`Scrutineer preview (data in ${dataDir})`);
  console.log(`Open ${server.url}`);
  const stop = () => {
    void server.close().then(() => {
      store.close();
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
