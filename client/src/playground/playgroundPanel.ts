// The playground's panel beside the editor: one at a time, opened on a mapping's filters (or blank),
// restored after a reload by the serializer, refreshed when the mapping's file changes. It forwards the
// webview's questions to the language server, where the engine runs.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  PLAYGROUND_SOURCE_REQUEST,
  TEST_FILTERS_REQUEST,
  type OpenPlaygroundArgument,
  type PlaygroundSourceParams,
  type PlaygroundSourceResult,
  type TestFiltersResult,
} from '../../../protocol/playground';
import { PLAYGROUND_VIEW_TYPE, type PlaygroundState, type ToExtension, type ToWebview } from './panelMessages';
import { playgroundHtml, playgroundRoots } from './playgroundHtml';

/** How long the file must be still before the playground reads its filters again. */
const REFRESH_DELAY_MS = 150;

export class PlaygroundPanel implements vscode.Disposable {
  private static current: PlaygroundPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private refresh: ReturnType<typeof setTimeout> | undefined;
  /** The file changed while the page was hidden (a hidden page gets no messages). */
  private stale = false;

  /** Opens the playground on a place (the filter at a code lens or the cursor), or reuses the open one. */
  static open(extensionUri: vscode.Uri, client: Promise<LanguageClient>, at: OpenPlaygroundArgument | undefined): void {
    const target: PlaygroundSourceParams | undefined = at ? { uri: at.uri, position: at.position } : undefined;
    if (PlaygroundPanel.current) {
      PlaygroundPanel.current.target = target;
      PlaygroundPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      void PlaygroundPanel.current.load(false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PLAYGROUND_VIEW_TYPE, 'Filter Playground', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {});
    PlaygroundPanel.current = new PlaygroundPanel(panel, extensionUri, client, target, false);
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
    }
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
    await this.post({ type: 'source', ...(target ? { uri: target.uri } : {}), source, keepFilters });
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
