// The lint gate: Spectral (spectral:oas + the OWASP API security ruleset, see .spectral.yaml) over the
// merged document the build took from the running suite. It prints the count per severity and rule,
// and fails on any error that known-findings.txt does not list (and on a listed one that is gone).
// Warnings are printed; each kind kept is explained in RULES.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const module = join(here, '..');
const document = process.argv[2] ?? join(module, 'target', 'openapi.json');
const output = join(module, 'target', 'lint.json');
const spectral = join(module, 'node_modules', '.bin', 'spectral');

const run = spawnSync(spectral, ['lint', '-r', join(here, '.spectral.yaml'), document, '-f', 'json', '-o', output, '-q'],
  { cwd: module, stdio: 'inherit' });
if (run.status !== 0 && run.status !== 1) {
  console.error(`spectral could not lint ${document} (exit ${run.status})`);
  process.exit(2);
}
const results = JSON.parse(readFileSync(output, 'utf8'));
const severities = ['error', 'warning', 'info', 'hint'];
const counts = {};
for (const r of results) {
  const key = `${severities[r.severity]} ${r.code}`;
  counts[key] = (counts[key] ?? 0) + 1;
}
const errors = results.filter(r => r.severity === 0).map(r => `${r.code} ${r.path.join('/')}`);
const warnings = results.filter(r => r.severity === 1).length;
console.log(`Spectral: ${errors.length} errors, ${warnings} warnings in ${document}`);
for (const [key, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(n).padStart(4)}  ${key}`);
}

const known = readFileSync(join(module, 'known-findings.txt'), 'utf8').split('\n')
  .filter(l => l.trim() && !l.startsWith('#'))
  .map(l => l.split('|').map(p => p.trim()))
  .filter(p => p[0] === 'lint')
  .map(p => p[1]);
const unknown = [...new Set(errors)].filter(e => !known.includes(e));
const fixed = known.filter(k => !errors.includes(k));
console.log(`  ${errors.length - unknown.length} of the errors are known findings only a service can fix (known-findings.txt)`);
if (unknown.length || fixed.length) {
  for (const e of unknown) console.log(`NEW ERROR   ${e}`);
  for (const e of fixed) console.log(`NO LONGER FOUND (remove it from known-findings.txt)   ${e}`);
  process.exit(1);
}
