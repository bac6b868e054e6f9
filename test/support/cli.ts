// Test support: runs the bundled CLI (dist/cli.js through bin/lambda-esm.js) as a child process, after
// rebuilding the bundle when a source is newer than it.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST, REPO } from './paths';

const BIN = path.join(REPO, 'bin', 'lambda-esm.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string, input?: string, user: { uid?: number; gid?: number } = {}): CliResult {
  // The timeout is a hang guard (a named pipe read by mistake would block forever).
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000, ...user });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The shell command that runs the bundled CLI, for pipelines (`… | head -1`). */
export function cliCommand(args: readonly string[]): string {
  return [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}

/**
 * Who to run the CLI as so that permission bits apply: root reads through them, so as root this is the
 * `nobody` user, which needs to read the bundle (a string says why it cannot, for a skip).
 */
export function unprivilegedUser(): { uid?: number; gid?: number } | string {
  if (process.getuid?.() !== 0) return {};
  for (let dir = path.dirname(BIN); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o005) !== 0o005) return `running as root, and ${dir} is not readable by other users, who permission bits would stop`;
    if (path.dirname(dir) === dir) break;
  }
  return { uid: 65534, gid: 65534 };
}

/** Rebuilds dist/ when a source under server/src is newer than the CLI bundle. */
export function ensureFreshBundle(): void {
  const bundle = path.join(DIST, 'cli.js');
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newestSource(path.join(REPO, 'server', 'src'))) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(build.status, 0, `node esbuild.mjs failed: ${build.stderr}`);
}

function newestSource(folder: string): number {
  return fs.readdirSync(folder, { withFileTypes: true }).reduce((newest, e) => {
    const full = path.join(folder, e.name);
    return Math.max(newest, e.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }, 0);
}
