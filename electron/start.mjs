// `npm start` (after the web and shell builds): opens the desktop app. Where Electron's binary
// cannot be had (not downloaded and its download host unreachable), says so in one line and
// serves the same app to a browser instead, so the README's start command works on any machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
const port = Number(process.env.APP_PORT ?? 4173);

/** The Electron executable if it is on disk (the electron package downloads it lazily). */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function serveInBrowser(reason) {
  console.log(
    `Electron is not available on this machine (${reason}): serving the same app at http://127.0.0.1:${port}/ — open it in Chromium, Chrome, Edge or Firefox.`,
  );
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const preview = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'inherit' },
  );
  preview.on('exit', (code) => process.exit(code ?? 0));
}

let binary = electronBinary();
if (!binary && existsSync(join(electronDir, 'install.js'))) {
  // First start: fetch the binary now (quietly; at most two minutes).
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: 120_000,
  });
  binary = electronBinary();
}

if (!binary) {
  serveInBrowser(
    existsSync(electronDir)
      ? 'its binary could not be downloaded'
      : 'the electron package is not installed',
  );
} else {
  const app = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
  app.on('error', (error) => serveInBrowser(`it could not be started: ${error.message}`));
  app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}
