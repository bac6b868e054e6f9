// Runs the end-to-end suite (suite/index.ts) in a real VS Code and exits with its result.
//
// - VSCODE_EXECUTABLE_PATH set: @vscode/test-electron starts that VS Code. E2E_VSCODE=download: it
//   downloads one first (needs access to VS Code's update servers).
// - Otherwise (no VS Code download possible): test/e2e/setup.sh installs code-server from npm and Chromium
//   from apt, code-server serves the workbench on a free loopback port, and headless Chromium, driven by
//   playwright-core, opens it in extension test mode. The suite's log is printed here, its exit code comes
//   back through `codeAutomationExit`, and screenshots are saved into test-output/e2e/.
//
// Always ends with a line `e2e: N passed, M failed`, and exits non-zero unless the suite ran and passed.
//
// Environment: E2E_TIMEOUT_MS (default 300000), CODE_SERVER_DIR (default .vscode-test/code-server),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 to watch the browser.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { format } from 'node:util';
import { RESULT_MARKER, SCREENSHOT_ACK_ENV, SCREENSHOT_MARKER, TEST_MARKER, type Result } from './protocol';

const CODE_SERVER_VERSION = '4.100.3'; // keep in step with setup.sh
const repo = findRepoRoot(__dirname);
const extensionDevelopmentPath = repo;
const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
// The workbench opens a copy of examples/: whatever a test does to the files (an editor may save an edit),
// the repository's examples stay as they are, and every run starts from them.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-e2e-examples-'));
fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true });
const outputDir = path.join(repo, 'test-output', 'e2e');
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS) || 5 * 60_000;

/** What the suite reported, from its log lines. */
class Report {
  passed = 0;
  failed = 0;
  final: Result | undefined;
  private partial = '';

  /** Feeds log text (possibly several lines, possibly a fragment); returns the complete lines. */
  feed(text: string): string[] {
    const lines = (this.partial + text).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
    return lines;
  }

  flush(): void {
    if (this.partial) this.line(this.partial);
    this.partial = '';
  }

  private line(line: string): void {
    const test = markerArgument(line, TEST_MARKER);
    if (test?.startsWith('passed ')) this.passed++;
    else if (test?.startsWith('failed ')) this.failed++;
    const result = markerArgument(line, RESULT_MARKER);
    if (result !== undefined) {
      try {
        this.final = JSON.parse(result) as Result;
      } catch {
        /* not ours */
      }
    }
  }

  summary(): { passed: number; failed: number } {
    return this.final ?? { passed: this.passed, failed: this.failed };
  }
}

/** The text after `marker ` when the line contains the marker as a word (log lines may carry a prefix). */
function markerArgument(line: string, marker: string): string | undefined {
  const at = line.indexOf(`${marker} `);
  if (at < 0 || (at > 0 && /\S/.test(line[at - 1]!))) return undefined;
  return line.slice(at + marker.length + 1).trim();
}

async function main(): Promise<number> {
  // Start empty, so that no screenshot from an earlier run is mistaken for this one's.
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing; compile with tsc -p test/e2e`);
  if (!fs.existsSync(path.join(repo, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing; run node esbuild.mjs');

  const report = new Report();
  let code: number;
  try {
    const electron = !!process.env.VSCODE_EXECUTABLE_PATH || process.env.E2E_VSCODE === 'download';
    code = electron ? await runInElectron(report) : await runInCodeServer(report);
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  }
  report.flush();
  fs.rmSync(workspace, { recursive: true, force: true });

  const { passed, failed } = report.summary();
  if (code === 0 && !report.final) {
    console.error('e2e: the suite exited with 0 but never reported its result');
    code = 1;
  }
  if (code === 0 && (failed > 0 || passed === 0)) code = 1;
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return code;
}

// ---------------------------------------------------------------------------------------------------
// @vscode/test-electron

async function runInElectron(report: Report): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      process.stdout.write(chunk);
      report.feed(chunk.toString());
      callback();
    },
  });
  try {
    return await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
      stdout,
    });
  } catch (error) {
    console.error(`e2e: VS Code failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------------
// code-server + Chromium

async function runInCodeServer(report: Report): Promise<number> {
  const codeServerDir = path.resolve(repo, process.env.CODE_SERVER_DIR ?? path.join('.vscode-test', 'code-server'));
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  ensureCodeServer(codeServerDir);

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-e2e-'));
  const userData = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  const ackDir = path.join(temp, 'screenshots');
  for (const d of [userData, extensionsDir, ackDir]) fs.mkdirSync(d, { recursive: true });
  writeUserSettings(userData);

  const port = await freePort();
  const started = Date.now();
  const server = startCodeServer(codeServerDir, port, userData, extensionsDir, ackDir);
  // Ctrl+C must not leave code-server (its own process group) running.
  const interrupted = (signal: NodeJS.Signals): void => {
    console.error(`e2e: ${signal}, stopping code-server`);
    void stop(server).finally(() => {
      fs.rmSync(temp, { recursive: true, force: true });
      const { passed, failed } = report.summary();
      console.log(`e2e: ${passed} passed, ${failed} failed`);
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  let browser: import('playwright-core').Browser | undefined;
  try {
    await waitForServer(port, server, 60_000);
    console.log(`e2e: code-server ${CODE_SERVER_VERSION} listening on 127.0.0.1:${port} (${Date.now() - started} ms)`);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: process.env.E2E_HEADED !== '1',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const browserLog = fs.createWriteStream(path.join(outputDir, 'browser-console.log'));
    page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.stack ?? e.message}\n`));

    let exited: (code: number) => void = () => {};
    const exit = new Promise<number>((resolve) => (exited = resolve));
    // Screenshots the suite asks for are taken one after another, in the order asked.
    let screenshots = Promise.resolve();

    await page.exposeFunction('codeAutomationExit', (code: number) => exited(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type: string, message: unknown) => {
      const text = formatLogMessage(message);
      for (const line of report.feed(text + '\n')) {
        (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
        const name = markerArgument(line, SCREENSHOT_MARKER);
        if (name && /^[\w-]+$/.test(name)) {
          screenshots = screenshots.then(() => takeRequestedScreenshot(page, name, ackDir));
        }
      }
    });

    const payload = [
      ['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(port, extensionTestsPath)],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const serverGone = new Promise<'server-exit'>((resolve) => server.once('exit', () => resolve('server-exit')));
    const outcome = await Promise.race([exit, timeout, serverGone]);
    clearTimeout(timer);
    await screenshots;

    if (outcome === 'timeout') {
      console.error(`e2e: no result after ${timeoutMs / 1000} s; see test-output/e2e/timeout.png`);
      await page.screenshot({ path: path.join(outputDir, 'timeout.png') }).catch(() => {});
      return 1;
    }
    if (outcome === 'server-exit') {
      console.error('e2e: code-server exited before the suite finished; see test-output/e2e/code-server.log');
      return 1;
    }
    console.log(`e2e: extension tests exited with code ${outcome} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    // The extension host has stopped by now and its diagnostics are gone, so this only helps to see
    // where a failing run left the workbench (dialogs, notifications, editors).
    if (outcome !== 0) await page.screenshot({ path: path.join(outputDir, 'failure.png') }).catch(() => {});
    return outcome;
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await browser?.close().catch(() => {});
    await stop(server);
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

function ensureCodeServer(dir: string): void {
  // setup.sh returns at once when everything is there; it also checks the system packages.
  const setup = spawnSync('bash', [path.join(repo, 'test', 'e2e', 'setup.sh')], {
    stdio: 'inherit',
    env: { ...process.env, CODE_SERVER_DIR: dir },
  });
  if (setup.status !== 0) throw new Error(`test/e2e/setup.sh failed (${setup.status ?? setup.signal})`);
  if (!fs.existsSync(path.join(dir, `.complete-${CODE_SERVER_VERSION}`))) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${dir}`);
  }
}

function writeUserSettings(userData: string): void {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    // Edits made by the tests are reverted, never saved.
    'files.autoSave': 'off',
    // No "open the parent git repository?" toast over the Problems panel.
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** The code-server log, which its standard output is copied to. */
let logFd: number | undefined;

function startCodeServer(dir: string, port: number, userData: string, extensionsDir: string, ackDir: string): ChildProcess {
  const log = fs.openSync(path.join(outputDir, 'code-server.log'), 'w');
  logFd = log;
  const bin = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const args = [
    bin,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userData,
    '--extensions-dir', extensionsDir,
    workspace,
  ];
  // Its own process group, so that stopping it also stops the extension host and language server.
  // Its output goes to the log and is read for the line that says it is listening.
  return spawn(process.execPath, args, {
    cwd: repo,
    detached: true,
    stdio: ['ignore', 'pipe', log],
    // EXTENSIONS_GALLERY: no marketplace, so the workbench does not try to reach one.
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', [SCREENSHOT_ACK_ENV]: ackDir },
  });
}

/** Resolves when code-server logs that its HTTP server listens; rejects if it exits first or after `ms`. */
function waitForServer(port: number, server: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => done(new Error(`code-server did not listen within ${ms / 1000} s; see test-output/e2e/code-server.log`)), ms);
    const onData = (chunk: Buffer): void => {
      if (logFd !== undefined) fs.writeSync(logFd, chunk);
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (seen.includes(`HTTP server listening on http://127.0.0.1:${port}`)) done();
    };
    const onExit = (code: number | null, signal: string | null): void => done(new Error(`code-server exited (${code ?? signal}); see test-output/e2e/code-server.log`));
    function done(error?: Error): void {
      clearTimeout(timer);
      server.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    // Keep copying its output to the log after it listens.
    server.stdout?.on('data', onData);
    server.once('exit', onExit);
  });
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const gone = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(-server.pid!, s);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
  signal('SIGKILL'); // children left behind in the group
}

/**
 * The playground's own page, inside the webview's two iframes. For `playground-typed` it is driven as a
 * user would: a pattern that lets every record through is typed into the first filter and the counts must
 * change; then 100 and 1,000 added records, each time with the time from the keystroke to the results
 * the page measured; then a broken pattern, whose error must name its line and column. For
 * `playground-refreshed`, the file's edit must show in the first filter; for `playground-dark`, a record
 * that is filtered out is opened with the keyboard, its failing field marked.
 */
async function drivePlayground(page: import('playwright-core').Page, name: string): Promise<void> {
  const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await view.locator('li.record .status', { hasText: /Matched|Filtered/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
  const summary = view.locator('p.summary');
  const filter = view.locator('#filter-0 textarea');
  const typeAndWait = async (text: string, expected: RegExp): Promise<string> => {
    // The page sets the time again once the results of this keystroke are drawn.
    await view.locator('#latency').evaluate((e) => e.removeAttribute('data-ms'));
    await filter.fill(text);
    await view.locator('#latency[data-ms]').waitFor({ state: 'attached', timeout: 30_000 });
    await summary.filter({ hasText: expected }).waitFor({ timeout: 15_000 });
    return (await view.locator('#latency').getAttribute('data-ms')) ?? '?';
  };
  if (name === 'playground-refreshed') {
    await waitForFilterText(view, 'SHIPPED', true, "the playground's filter did not follow the file");
    return;
  }
  if (name === 'playground-dark') {
    await typeAndWait('{"body": {"status": ["PAID"]}}', /^\d+ of \d+ records? pass/);
    const record = view.locator('li.record[data-name="paid-order-lowercase"]');
    await record.locator('summary', { hasText: 'as Lambda filters it' }).press('Enter');
    await record.locator('mark.failing').first().waitFor({ timeout: 15_000 });
    await record.scrollIntoViewIfNeeded();
    return;
  }
  if (name === 'playground-applied') {
    // The pattern is changed in the page and written back; the test then reads the file and undoes.
    await typeAndWait('{"body": {"status": ["PAID", "REFUNDED"]}}', /^\d+ of \d+ records? pass/);
    await view.locator('.filter[data-filter="0"] vscode-button.apply').click();
    await view.locator('.filter[data-filter="0"] .apply-outcome .written').waitFor({ timeout: 15_000 });
    return;
  }
  if (name === 'playground-picked') {
    // The code lens's list is open in the workbench (not the webview): each line is short, and choosing
    // a record opens the playground on it.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'paid-order-lowercase' });
    await row.waitFor({ timeout: 15_000 });
    await input.fill('paid-order-lowercase');
    await input.press('Enter');
    await view.locator('li.record.revealed[data-name="paid-order-lowercase"] .why').waitFor({ timeout: 15_000 });
    return;
  }
  if (name === 'playground-marked') {
    // The undo before this changed the file: its refresh must have landed first, or the file's version
    // (which wins over an edit made in the page meanwhile) would replace what is typed next.
    await waitForFilterText(view, 'REFUNDED', false, 'the playground did not follow the undo');
    await typeAndWait('{"body": {"status": ["KEPT"]}}', /^\d+ of \d+ records? pass/);
    return;
  }
  if (name === 'playground-restored') {
    const value = await view.locator('#filter-0 textarea').inputValue();
    if (!value.includes('KEPT')) throw new Error(`the playground lost what was typed in it: ${value}`);
    return;
  }
  if (name === 'playground-bad-input') {
    await driveBadInput(view, summary, typeAndWait);
    return;
  }
  if (name === 'playground-saved') {
    // A record of the user's own, then "Save records": the save dialog (VS Code's own, in a browser)
    // offers the mapping's name beside main.tf; Enter takes it.
    await pasteRecords(view, JSON.stringify({ messageId: 'saved-1', body: '{"status": "PAID"}', eventSource: 'aws:sqs' }), /records? pass/);
    await view.locator('#save-records').click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.press('Enter');
    await view.locator('.notice', { hasText: /^Saved \d+ records? to / }).waitFor({ timeout: 15_000 });
    return;
  }
  if (name !== 'playground-typed') return;
  const first = (await summary.textContent()) ?? '';
  const all = /^(\d+) of \1 records? pass/;
  if (all.test(first)) throw new Error(`the example filter already lets every record through: ${first}`);
  const samples = await typeAndWait('{"eventSource": ["aws:sqs"]}', all);
  console.log(`e2e: playground: "${first}" became "${await summary.textContent()}"; keystroke to results ${samples} ms (samples)`);
  const samplesCount = Number(/of (\d+) record/.exec(first)?.[1] ?? NaN);
  let total = samplesCount;
  for (const count of [100, 1000]) {
    const records = Array.from({ length: count }, (_, i) => ({ messageId: `m-${i}`, body: JSON.stringify({ status: i % 2 ? 'PAID' : 'NEW', total: i }), eventSource: 'aws:sqs' }));
    total += count;
    await pasteRecords(view, JSON.stringify(records), new RegExp(`of ${total} records pass`));
    const ms = await typeAndWait(`{"body": {"status": ["PAID"]}, "eventSource": ["aws:sqs"]}`, new RegExp(`^\\d+ of ${total} records pass`));
    const pasted = (await summary.textContent()) ?? '';
    console.log(`e2e: playground: ${pasted} keystroke to results ${ms} ms (${count} added records)`);
    await typeAndWait('{"eventSource": ["aws:sqs"]}', all);
  }
  await filter.fill('{"body": {"status": ["PAID"],}}');
  await view.locator('.problem.error', { hasText: /line 1, column \d+/ }).waitFor({ timeout: 15_000 });
}

type PlaygroundView = import('playwright-core').FrameLocator;

/**
 * Waits until the first filter's text does (or does not) hold `text`. A text area's value is not in the
 * DOM for a selector to wait on, so the page itself is asked to wait for it (in its own frame).
 */
async function waitForFilterText(view: PlaygroundView, text: string, present: boolean, failure: string): Promise<void> {
  const area = await view.locator('#filter-0 textarea').elementHandle({ timeout: 15_000 });
  const frame = await area?.ownerFrame();
  if (!area || !frame) throw new Error(`${failure}: no filter in the page`);
  await frame
    .waitForFunction(([element, wanted, shown]) => (element as unknown as { value: string }).value.includes(wanted as string) === shown, [area, text, present] as const, { timeout: 15_000 })
    .catch(async () => {
      throw new Error(`${failure}: ${await area.evaluate((e) => (e as unknown as { value: string }).value)}`);
    });
}

/** Pastes text into the page's "Add records" box, adds it, and waits for the summary to match. */
async function pasteRecords(view: PlaygroundView, text: string, summaryAfter: RegExp): Promise<void> {
  await view.locator('#add-record textarea').fill(text);
  await view.locator('#add-button').click();
  await view.locator('p.summary', { hasText: summaryAfter }).waitFor({ timeout: 60_000 });
}

/**
 * What a user can throw at the page: text that is not JSON (a clear message, nothing added), a 1 MB
 * record (tested; decoded, its blob drawn cut), 10,000 records (all tested, drawn 500 at a time, a keystroke
 * still answered).
 */
async function driveBadInput(view: PlaygroundView, summary: import('playwright-core').Locator, typeAndWait: (text: string, expected: RegExp) => Promise<string>): Promise<void> {
  const before = Number(/of (\d+) record/.exec((await summary.textContent()) ?? '')?.[1] ?? NaN);
  await view.locator('#add-record textarea').fill('Order ord-1043 shipped to Lisbon');
  await view.locator('#add-button').click();
  await view.locator('.add-error', { hasText: /not valid JSON: line 1, column 1/ }).waitFor({ timeout: 15_000 });
  const big = { messageId: 'one-megabyte', body: JSON.stringify({ status: 'PAID', blob: 'x'.repeat(1024 * 1024) }), eventSource: 'aws:sqs' };
  let started = Date.now();
  await pasteRecords(view, JSON.stringify(big), new RegExp(`of ${before + 1} records pass`));
  console.log(`e2e: playground: a 1 MB record added and tested in ${Date.now() - started} ms`);
  // It is drawn after the records before it ("Show more"), and opens with its body cut, not as a megabyte.
  const record = view.locator('li.record[data-name="one-megabyte"]');
  for (let i = 0; i < 10 && (await record.count()) === 0; i++) await view.locator('#more-records').click();
  await record.locator('summary', { hasText: 'Record as Lambda filters it' }).click();
  await record.locator('pre.json', { hasText: /characters in all/ }).waitFor({ timeout: 15_000 });
  const many = Array.from({ length: 10_000 }, (_, i) => ({ messageId: `bulk-${i}`, body: JSON.stringify({ status: i % 3 ? 'PAID' : 'NEW', total: i }), eventSource: 'aws:sqs' }));
  started = Date.now();
  await pasteRecords(view, JSON.stringify(many), new RegExp(`of ${before + 10_001} records pass`));
  console.log(`e2e: playground: 10,000 records added and tested in ${Date.now() - started} ms`);
  await view.locator('#more-records', { hasText: /not drawn; all are tested/ }).waitFor({ timeout: 15_000 });
  const ms = await typeAndWait('{"body": {"status": ["NEW"]}}', new RegExp(`of ${before + 10_001} records pass`));
  console.log(`e2e: playground: keystroke to results ${ms} ms (${before + 10_001} records)`);
}

async function takeRequestedScreenshot(page: import('playwright-core').Page, name: string, ackDir: string): Promise<void> {
  let status = 'ok';
  try {
    if (name === 'problems') {
      // Wait until the panel has drawn its rows, not just until the command ran, and for the squiggles,
      // which are drawn after them.
      await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('.squiggly-error').first().waitFor({ state: 'visible', timeout: 15_000 });
    }
    if (name === 'code-lens') {
      // Code lenses are drawn after the request resolves; wait for one that shows sample results.
      await page.locator('.codelens-decoration', { hasText: 'samples' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    }
    // The suggestion widget and the hover are drawn after their requests resolve, then fade in: wait for
    // them to be drawn and for their animations to end.
    const widget = name.startsWith('completion') ? '.suggest-widget.visible' : name.startsWith('hover') ? '.monaco-hover:not(.hidden)' : undefined;
    if (widget) {
      const drawn = page.locator(widget).first();
      await drawn.locator(name.startsWith('completion') ? '.monaco-list-row' : '.monaco-hover-content').first().waitFor({ state: 'visible', timeout: 15_000 });
      await drawn.evaluate((element: { getAnimations(options: { subtree: boolean }): { finished: Promise<unknown> }[] }) => Promise.all(element.getAnimations({ subtree: true }).map((a) => a.finished)));
    }
    if (name.startsWith('playground')) await drivePlayground(page, name);
    const file = path.join(outputDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`e2e: screenshot ${path.relative(repo, file)}`);
  } catch (error) {
    status = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    console.error(`e2e: screenshot ${name} ${status}`);
    // What the workbench showed instead, for whoever reads the failure.
    await page.screenshot({ path: path.join(outputDir, `${name}-failed.png`) }).catch(() => undefined);
  }
  // Written aside and renamed, so the test never sees the file before its content: it watches the folder
  // and reads the file as soon as the name appears.
  const pending = path.join(ackDir, `${name}.writing`);
  fs.writeFileSync(pending, status);
  fs.renameSync(pending, path.join(ackDir, `${name}.done`));
}

/** The workbench forwards the extension host's console calls as a JSON array of their arguments. */
function formatLogMessage(message: unknown): string {
  let args = message;
  if (typeof message === 'string') {
    try {
      args = JSON.parse(message);
    } catch {
      return message;
    }
  }
  return Array.isArray(args) ? format(...args) : typeof args === 'string' ? args : JSON.stringify(args);
}

function remoteUri(port: number, file: string): string {
  const p = file.split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${port}${p.startsWith('/') ? '' : '/'}${p}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'lambda-esm-lens') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no lambda-esm-lens package.json above ${from}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('e2e: 0 passed, 0 failed');
    process.exit(1);
  },
);
