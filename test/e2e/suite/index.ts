// Mocha entry point loaded by VS Code's extension host (`extensionTestsPath`). Runs every `*.test.js`
// next to this file and reports the counts on a line runTests reads; rejects when a test failed or when
// there was no test to run, so VS Code exits with a non-zero code.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { RESULT_MARKER, TEST_MARKER, type Result } from '../protocol';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  await mocha.loadFilesAsync();

  const result = await new Promise<Result>((resolve) => {
    const runner = mocha.run(() => {
      const stats = runner.stats;
      resolve({ passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, pending: stats?.pending ?? 0 });
    });
    runner.on('pass', (test) => console.log(`${TEST_MARKER} passed ${test.fullTitle()}`));
    runner.on('fail', (test) => console.log(`${TEST_MARKER} failed ${test.fullTitle()}`));
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);

  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed`);
  if (result.passed === 0) throw new Error(`no test ran (found ${files.length} test file(s) in ${__dirname})`);
}
