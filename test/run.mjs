// Runs the compiled node:test suites: `node test/run.mjs unit lsp` runs out/test/unit and out/test/lsp.
// One node:test run over all files, so the summary line counts every test.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2);
const files = [];
for (const suite of suites.length ? suites : ['unit', 'lsp']) {
  const dir = join('out', 'test', suite);
  if (!existsSync(dir)) {
    console.error(`test/run.mjs: no compiled tests in ${dir} (run tsc -p test first)`);
    process.exit(1);
  }
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.js')) files.push(join(dir, f));
}
if (files.length === 0) {
  console.error('test/run.mjs: no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
