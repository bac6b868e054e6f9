// The long fuzz run's inputs besides edits: the corpus of real fixtures it opens and pastes from, and
// random settings (valid, and malformed as a hand-edited settings.json can be), random code action requests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { filesUnder } from '../support/filesUnder';
import type { Diagnostic } from 'vscode-languageserver';
import type { CorpusFile } from '../support/fuzzEdits';
import { FIXTURES, REPO } from '../support/paths';
import type { Random } from './random';

const RULE_IDS = fs
  .readdirSync(path.join(REPO, 'docs', 'rules'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'catalogue.md')
  .map((f) => f.slice(0, -3));

export function loadCorpus(): CorpusFile[] {
  const files = [
    ...filesUnder(path.join(FIXTURES, 'rules'), '.tf'),
    ...filesUnder(path.join(FIXTURES, 'rules'), '.tf.json'),
    ...filesUnder(path.join(FIXTURES, 'rules'), '.ts'),
    ...filesUnder(path.join(FIXTURES, 'extract'), '.tf'),
    ...filesUnder(path.join(FIXTURES, 'fixes'), '.tf'),
    ...filesUnder(path.join(FIXTURES, 'fixes'), '.tf.json'),
    ...filesUnder(path.join(FIXTURES, 'fixes'), '.ts'),
    ...filesUnder(path.join(FIXTURES, 'tfjson'), '.tf.json'),
    ...filesUnder(path.join(FIXTURES, 'cdktf'), '.ts'),
    ...filesUnder(path.join(REPO, 'examples'), '.tf'),
    ...filesUnder(path.join(REPO, 'examples'), '.tf.json'),
    ...filesUnder(path.join(REPO, 'examples'), '.ts'),
  ];
  return [...new Set(files)].map((file) => ({ name: path.relative(REPO, file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }));
}

export function randomSettings(r: Random): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (let n = r.int(6); n > 0; n--) rules[r.pick(RULE_IDS)] = r.pick(['error', 'warning', 'information', 'hint', 'off', 'off', 'loud', 3, null]);
  // debounceMs stays 0: the checks read diagnostics after one round trip, with no timer in between.
  return {
    debounceMs: 0,
    rules: r.chance(0.1) ? r.pick(['all', [], null]) : rules,
    codeLens: r.pick([true, true, false, 'yes']),
    workspaceDiagnostics: r.pick([false, false, true]),
    sampleFiles: r.pick([['**/*.esm-samples.json'], [], ['*a*a*a*a*a*a*a*a*a*a*a*b'], 'samples.json']),
  };
}

/** A code action request as editors send them: at a diagnostic or anywhere (past line ends too), any kind. */
export function randomCodeActionParams(r: Random, uri: string, text: string, diagnostics: readonly Diagnostic[]) {
  const lines = text.split(/\r\n|\r|\n/);
  const line = r.int(lines.length + 1);
  const character = r.int((lines[line]?.length ?? 0) + 3);
  const range = diagnostics.length > 0 && r.chance(0.6) ? r.pick(diagnostics).range : { start: { line, character }, end: { line: line + r.int(3), character: r.int(80) } };
  const only = r.pick([undefined, ['quickfix'], ['source.fixAll'], ['source'], ['refactor']]);
  const context: { diagnostics: Diagnostic[]; only?: string[] } = { diagnostics: diagnostics.filter(() => r.chance(0.5)) };
  if (only) context.only = only;
  return { textDocument: { uri }, range, context };
}
