// Repository invariants, checked as tests: the layers import only what they may, every rule is
// documented and has fixtures, and the settings in package.json match the server's.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as COMMANDS from '../../protocol/commands';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../protocol/settings';
import { ALL_RULES } from '../../server/src/core/rules';
import { filesUnder } from '../support/filesUnder';
import { REPO } from '../support/paths';

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!).concat(
    [...text.matchAll(/require\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]!),
  );
}

describe('tidy', () => {
  it('the core imports no editor, protocol, file system or process modules', () => {
    const forbidden = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|fs|node:.*|child_process|path)$/;
    const offenders: string[] = [];
    for (const file of filesUnder(path.join(REPO, 'server', 'src', 'core'), '.ts')) {
      for (const spec of importsOf(file)) {
        const typeOnly = new RegExp(`import type [^;]*['"]${spec.replace(/[/.]/g, '\\$&')}['"]`).test(fs.readFileSync(file, 'utf8'));
        if (forbidden.test(spec) || (spec === 'web-tree-sitter' && !typeOnly)) offenders.push(`${path.relative(REPO, file)} imports ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the client does no analysis: it never imports the server', () => {
    const offenders = filesUnder(path.join(REPO, 'client', 'src'), '.ts').filter((f) => importsOf(f).some((s) => s.includes('server/')));
    assert.deepEqual(offenders, []);
  });

  it('rule ids are unique kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('every rule has a docs page, a row in the docs index, and failing and passing fixtures', () => {
    const index = fs.readFileSync(path.join(REPO, 'docs', 'rules', 'README.md'), 'utf8');
    const problems: string[] = [];
    for (const { id } of ALL_RULES) {
      if (!fs.existsSync(path.join(REPO, 'docs', 'rules', `${id}.md`))) problems.push(`${id}: no docs/rules/${id}.md`);
      if (!index.includes(`[${id}](${id}.md)`)) problems.push(`${id}: no row in docs/rules/README.md`);
      const dir = path.join(REPO, 'test', 'fixtures', 'rules', id);
      const cases = fs.existsSync(dir) ? fs.readdirSync(dir).filter((c) => !c.endsWith('.ts')) : [];
      if (!cases.some((c) => c.startsWith('ok-'))) problems.push(`${id}: no passing (ok-*) fixture`);
      if (!cases.some((c) => !c.startsWith('ok-'))) problems.push(`${id}: no failing fixture`);
    }
    assert.deepEqual(problems, []);
  });

  it('the settings in package.json are the ones the server reads', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const declared = Object.keys(manifest.contributes.configuration.properties)
      .filter((k) => k !== `${SETTINGS_SECTION}.trace.server`)
      .sort();
    assert.deepEqual(declared, Object.keys(DEFAULT_SETTINGS).map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepEqual(manifest.contributes.configuration.properties[`${SETTINGS_SECTION}.${key}`].default, value, key);
    }
  });

  it('the commands the client registers are the ones package.json contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const ids = Object.entries(COMMANDS).filter(([name]) => name.endsWith('_COMMAND'));
    assert.deepEqual(ids.map(([, id]) => id).sort(), declared, 'protocol/commands.ts declares the contributed commands');
    const source = filesUnder(path.join(REPO, 'client', 'src'), '.ts').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const registered = [...source.matchAll(/registerCommand\(\s*([A-Z_]+)/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, ids.map(([name]) => name).sort(), 'the client registers each by its constant');
  });

  it('dependencies are pinned to exact versions', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const loose = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(String(v)));
    assert.deepEqual(loose, []);
  });

  it('typescript is a 6.0.x with the compiler API (7.x has none)', () => {
    const ts = require('typescript') as { version: string; createSourceFile?: unknown };
    assert.match(ts.version, /^6\.0\./);
    assert.equal(typeof ts.createSourceFile, 'function');
  });
});
