// The playground's panel beside the editor: one at a time, opened on a mapping's filters (or blank),
// restored after a reload by the serializer, refreshed when the mapping's file changes. It forwards the
// webview's questions to the language server, where the engine runs, and does for it what needs the
// editor: write a pattern back, import a file, save records, copy to the clipboard.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  IMPORT_RECORDS_REQUEST,
  PLAYGROUND_SOURCE_REQUEST,
  TEST_FILTERS_REQUEST,
  type ImportRecordsResult,
  type OpenPlaygroundArgument,
  type PlaygroundRecordSource,
  type PlaygroundSourceParams,
  type PlaygroundSourceResult,
  type TestFiltersResult,
} from '../../../protocol/playground';
import { PLAYGROUND_VIEW_TYPE, type PlaygroundState, type ToExtension, type ToWebview } from './panelMessages';
import { applyToSource, type ApplyOutcome } from './applyToSource';
import { playgroundHtml, playgroundRoots } from './playgroundHtml';
import { saveRecords } from './saveRecords';

/** How long the file must be still before the playground reads its filters again. */
const REFRESH_DELAY_MS = 150;
/** The largest file imported as records: the records go to the page and to the server on each edit. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export class PlaygroundPanel implements vscode.Disposable {
  private static current: PlaygroundPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private refresh: ReturnType<typeof setTimeout> | undefined;
  /** The file changed while the page was hidden (a hidden page gets no messages). */
  private stale = false;
  /** A record to show once the page has the mapping (chosen in the code lens's list). */
  private reveal: string | undefined;

  /** Opens the playground on a place (the filter at a code lens or the cursor), or reuses the open one. */
  static open(extensionUri: vscode.Uri, client: Promise<LanguageClient>, at: OpenPlaygroundArgument | undefined): void {
    const target: PlaygroundSourceParams | undefined = at ? { uri: at.uri, position: at.position } : undefined;
    if (PlaygroundPanel.current) {
      PlaygroundPanel.current.target = target;
      PlaygroundPanel.current.reveal = at?.record;
      PlaygroundPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      void PlaygroundPanel.current.load(false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PLAYGROUND_VIEW_TYPE, 'Filter Playground', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {});
    PlaygroundPanel.current = new PlaygroundPanel(panel, extensionUri, client, target, false);
    PlaygroundPanel.current.reveal = at?.record;
  }

  /** Takes over a panel VS Code restored after a reload, with the state its webview kept. */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, client: Promise<LanguageClient>, state: PlaygroundState | undefined): void {
    PlaygroundPanel.current?.panel.dispose();
    const target = state?.uri ? { uri: state.uri, ...(state.mapping ? { mapping: state.mapping } : {}) } : undefined;
    PlaygroundPanel.current = new PlaygroundPanel(panel, extensionUri, client, target, true);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly client: Promise<LanguageClient>,
    private target: PlaygroundSourceParams | undefined,
    /** Whether the page's own filters win over the file's when it first asks (after a reload). */
    private keepFilters: boolean,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: playgroundRoots(extensionUri) };
    panel.webview.html = playgroundHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: ToExtension) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.target || e.document.uri.toString() !== this.target.uri || e.contentChanges.length === 0) return;
        if (!this.panel.visible) {
          this.stale = true;
          return;
        }
        clearTimeout(this.refresh);
        this.refresh = setTimeout(() => void this.load(false), REFRESH_DELAY_MS);
      }),
    );
  }

  private receive(message: ToExtension): void {
    if (message.type === 'ready') {
      // The page starts again each time it is shown after being hidden; it keeps its own edits then,
      // unless the file changed meanwhile.
      void this.load(this.keepFilters && !this.stale);
      this.keepFilters = true;
      this.stale = false;
    } else if (message.type === 'test') {
      void this.client
        .then((c) => c.sendRequest<TestFiltersResult>(TEST_FILTERS_REQUEST, message.params))
        .then((result) => this.post({ type: 'results', id: message.id, result }))
        .catch(() => undefined);
    } else if (message.type === 'apply') {
      void this.apply(message.filter, message.text, message.base);
    } else if (message.type === 'copy') {
      void vscode.env.clipboard.writeText(message.text).then(() => this.post({ type: 'notice', message: 'Copied the pattern to the clipboard.' }));
    } else if (message.type === 'import') {
      void this.import(message.source, message.text);
    } else if (message.type === 'save') {
      const near = this.target ? vscode.Uri.parse(this.target.uri) : undefined;
      void saveRecords(message.records, near, this.target?.mapping)
        .then((notice) => notice && this.post({ type: 'notice', ...notice }))
        .catch((error: Error) => this.post({ type: 'notice', message: `The records were not saved: ${error.message}`, error: true }));
    }
  }

  private async apply(filter: number, text: string, base: string | undefined): Promise<void> {
    const target = this.target;
    if (!target?.mapping) {
      await this.post({ type: 'applied', filter, outcome: 'refused', message: 'This playground is not on a mapping in a file: copy the pattern instead.', copyText: text });
      return;
    }
    const outcome = await applyToSource(await this.client, { uri: target.uri, mapping: target.mapping, filter, text, ...(base !== undefined ? { base } : {}) }).catch(
      (error: Error): ApplyOutcome => ({ type: 'applied', filter, outcome: 'refused', message: `The pattern was not written: ${error.message}`, copyText: text }),
    );
    await this.post(outcome);
    if (outcome.outcome === 'stale') await this.load(false);
  }

  /** The records in pasted text, or in a file the user picks when there is no text. */
  private async import(source: PlaygroundRecordSource, text: string | undefined): Promise<void> {
    let from: string | undefined;
    if (text === undefined) {
      const [file] = (await vscode.window.showOpenDialog({ title: 'Import records', openLabel: 'Import', canSelectMany: false, filters: { 'Records (JSON, JSON Lines, AWS CLI output)': ['json', 'jsonl', 'ndjson', 'txt'], 'All files': ['*'] } })) ?? [];
      if (!file) return;
      const { size } = await vscode.workspace.fs.stat(file);
      from = vscode.workspace.asRelativePath(file);
      if (size > MAX_IMPORT_BYTES) {
        await this.post({ type: 'notice', message: `${from} is ${(size / 1048576).toFixed(1)} MB; the playground imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.`, error: true });
        return;
      }
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    }
    const client = await this.client;
    const result = await client.sendRequest<ImportRecordsResult>(IMPORT_RECORDS_REQUEST, { text, source }).catch(() => undefined);
    if (result) await this.post({ type: 'imported', result, ...(from ? { from } : {}) });
  }

  /** Reads the mapping's filters and samples from the server and hands them to the webview. */
  private async load(keepFilters: boolean): Promise<void> {
    const target = this.target;
    const client = await this.client;
    const source = await client.sendRequest<PlaygroundSourceResult>(PLAYGROUND_SOURCE_REQUEST, target ?? { uri: '' }).catch(() => undefined);
    if (!source || target !== this.target) return;
    // From now on the mapping is followed by its name: the place moves as the file is edited.
    if (target && source.mapping) this.target = { uri: target.uri, mapping: source.mapping };
    this.panel.title = source.mapping ? `Playground: ${source.mapping}` : 'Filter Playground';
    const reveal = this.reveal;
    this.reveal = undefined;
    await this.post({ type: 'source', ...(target ? { uri: target.uri } : {}), source, keepFilters, ...(reveal !== undefined ? { reveal } : {}) });
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.refresh);
    if (PlaygroundPanel.current === this) PlaygroundPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The place the command palette entry opens on: the cursor of the active editor, if there is one. */
export function cursorPlace(): OpenPlaygroundArgument | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { line, character } = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line, character } };
}
