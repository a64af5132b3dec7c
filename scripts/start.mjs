// `npm start`: the desktop app when the Electron binary is installed; otherwise say so in one line
// and serve the same app to a browser (preview mode) instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron'); // the package exports the path of its downloaded binary
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.log('The Electron binary is not installed on this machine, so Scrutineer opens in your browser instead (preview mode).');
  const child = spawn('npm', ['run', '--silent', 'preview'], { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
