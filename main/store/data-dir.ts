import os from 'node:os';
import path from 'node:path';

/**
 * Where the store lives. SCRUTINEER_DATA_DIR wins (tests, the CLI, preview); otherwise the same
 * per-user folder Electron's app.getPath('userData') gives for productName "Scrutineer".
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SCRUTINEER_DATA_DIR) return path.resolve(env.SCRUTINEER_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Scrutineer');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Scrutineer');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Scrutineer');
}
