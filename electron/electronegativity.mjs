// Runs Electronegativity (@doyensec/electronegativity) over electron/ and renderer/ together (so
// its global checks see the main process's navigation and permission handlers), prints every
// finding, and fails on a HIGH finding that has no written reason in electronegativity-reasons.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reasons = JSON.parse(
  readFileSync(join(root, 'electron', 'electronegativity-reasons.json'), 'utf8'),
);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const notTests = (src) => !/\.test\.tsx?$/.test(src);
try {
  cpSync(join(root, 'electron'), join(work, 'src', 'electron'), {
    recursive: true,
    filter: notTests,
  });
  cpSync(join(root, 'renderer'), join(work, 'src', 'renderer'), {
    recursive: true,
    filter: notTests,
  });
  const output = join(work, 'findings.csv');
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
      ...['-i', join(work, 'src'), '-o', output, '-r', '-v', 'false', '-e', electronVersion],
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  // One finding per record; samples may span lines, so records are found by their leading fields.
  const csv = readFileSync(output, 'utf8');
  const findings = [...csv.matchAll(/^([A-Z_]+_CHECK),"(\w+)","(\w+)","([^"]*)","([^"]*)"/gm)].map(
    ([, check, severity, confidence, file, location]) => ({
      check,
      severity,
      confidence,
      file: file.replace(/^src\//, ''),
      location,
    }),
  );
  let unexplained = 0;
  for (const f of findings) {
    const reason = reasons[`${f.check} ${f.file}`];
    const mark =
      f.severity === 'HIGH' ? (reason ? 'HIGH (explained)' : 'HIGH UNEXPLAINED') : f.severity;
    console.log(`${mark.padEnd(17)} ${f.check} ${f.file}:${f.location}`);
    if (f.severity === 'HIGH' && reason) console.log(`                  reason: ${reason}`);
    if (f.severity === 'HIGH' && !reason) unexplained++;
  }
  console.log(
    `electronegativity: ${findings.length} findings, ${unexplained} HIGH without a reason`,
  );
  if (findings.length === 0) throw new Error('no findings parsed: the output format changed?');
  if (unexplained > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
