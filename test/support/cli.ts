// Test support: runs the bundled CLI (dist/cli.js through bin/lambda-esm.js) as a child process, after
// rebuilding the bundle when a source is newer than it.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST, REPO } from './paths';

const BIN = path.join(REPO, 'bin', 'lambda-esm.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Who runs the CLI: another user (ids) with a copy of the bundle that user can read (bin). */
export interface CliUser {
  readonly uid?: number;
  readonly gid?: number;
  readonly bin?: string;
}

export function runCli(args: readonly string[], cwd: string, input?: string, user: CliUser = {}): CliResult {
  const { bin = BIN, ...ids } = user;
  // The timeout is a hang guard (a named pipe read by mistake would block forever).
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000, ...ids });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The shell command that runs the bundled CLI, for pipelines (`… | head -1`). */
export function cliCommand(args: readonly string[]): string {
  return [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}

/**
 * Who to run the CLI as so that permission bits apply: root reads through them, so as root this is the
 * `nobody` user, with a copy of the bundle in a folder anyone can read (the repository may sit in a
 * folder only root can enter, as a fresh `mktemp -d` clone does).
 */
export function unprivilegedUser(): CliUser {
  if (process.getuid?.() !== 0) return {};
  return { uid: 65534, gid: 65534, bin: readableBundle() };
}

let bundleCopy: string | undefined;

function readableBundle(): string {
  if (bundleCopy) return bundleCopy;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-bundle-'));
  fs.cpSync(DIST, path.join(root, 'dist'), { recursive: true });
  fs.cpSync(path.dirname(BIN), path.join(root, 'bin'), { recursive: true });
  const open = (p: string): void => {
    fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
    if (fs.statSync(p).isDirectory()) for (const name of fs.readdirSync(p)) open(path.join(p, name));
  };
  open(root);
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  return (bundleCopy = path.join(root, 'bin', path.basename(BIN)));
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
