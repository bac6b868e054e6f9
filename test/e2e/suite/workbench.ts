// What the end-to-end tests share: the extension, our diagnostics in a readable form, waiting for them,
// and screenshots of the workbench (taken by runTests.ts, which drives the browser).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SCREENSHOT_ACK_ENV, SCREENSHOT_MARKER } from '../protocol';

const EXTENSION_ID = 'lambda-esm-lens.lambda-esm-lens';
const SOURCE = 'lambda-esm';

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  await extension.activate();
  assert.ok(extension.isActive, 'extension did not activate');
}

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function codeOf(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return String(code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** `line:column severity code`, 1-based, like the CLI prints them. */
export function show(d: vscode.Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${codeOf(d)}`;
}

export function described(uri: vscode.Uri): string[] {
  return ours(uri).map(show).sort(byPosition);
}

/** Orders `line:column …` lines by position. */
export function byPosition(a: string, b: string): number {
  const [la = 0, ca = 0] = a.split(' ', 1)[0]!.split(':').map(Number);
  const [lb = 0, cb = 0] = b.split(' ', 1)[0]!.split(':').map(Number);
  return la - lb || ca - cb || a.localeCompare(b);
}

/**
 * Resolves with our diagnostics for `uri` as soon as `done` accepts them (checked now and on every
 * diagnostics change); rejects after `timeoutMs` with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  done: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (!done(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen:\n${described(uri).join('\n') || '(none)'}`));
    }, timeoutMs);
    function cleanup(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Asks runTests for a screenshot of the workbench as it is now and waits until it is taken. */
export async function screenshot(name: string, timeoutMs = 60_000): Promise<void> {
  const ackDir = process.env[SCREENSHOT_ACK_ENV];
  if (!ackDir) return; // no browser to take it (@vscode/test-electron)
  const ack = path.join(ackDir, `${name}.done`);
  console.log(`${SCREENSHOT_MARKER} ${name}`);
  // Wait for runTests to write the acknowledgement file (an event, not a poll).
  await new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(ackDir, () => {
      if (fs.existsSync(ack)) finish();
    });
    const timer = setTimeout(() => finish(new Error(`screenshot "${name}" was not taken within ${timeoutMs} ms`)), timeoutMs);
    function finish(error?: Error): void {
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else resolve();
    }
    if (fs.existsSync(ack)) finish();
  });
  const status = fs.readFileSync(ack, 'utf8').trim();
  assert.equal(status, 'ok', `screenshot "${name}": ${status}`);
}
