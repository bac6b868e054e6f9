// The VS Code extension: starts the language server and offers a few commands. No analysis happens
// here; everything the user sees comes from the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OPEN_PLAYGROUND_COMMAND, RESTART_SERVER_COMMAND, SHOW_OUTPUT_COMMAND, SHOW_SAMPLE_RESULTS_COMMAND, type SampleResultsArgument } from '../../protocol/commands';
import type { OpenPlaygroundArgument } from '../../protocol/playground';
import { SERVER_NODE_FLAGS } from '../../protocol/serverProcess';
import { SETTINGS_SECTION } from '../../protocol/settings';
import { PLAYGROUND_VIEW_TYPE, type PlaygroundState } from './playground/panelMessages';
import { cursorPlace, PlaygroundPanel } from './playground/playgroundPanel';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Lambda ESM Lens', { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  const started = client;
  // The playground may be restored before the server has started; its requests wait for it.
  const running = client.start().then(() => started);
  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show()),
    vscode.commands.registerCommand(SHOW_SAMPLE_RESULTS_COMMAND, (lens: SampleResultsArgument) => showSampleResults(context, running, lens)),
    vscode.commands.registerCommand(OPEN_PLAYGROUND_COMMAND, (at?: OpenPlaygroundArgument) => PlaygroundPanel.open(context.extensionUri, running, at ?? cursorPlace())),
    vscode.window.registerWebviewPanelSerializer(PLAYGROUND_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: PlaygroundState | undefined) => PlaygroundPanel.restore(panel, context.extensionUri, running, state),
    }),
  );
  await running;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Lists each sample with whether the filter lets it through and, if not, why. */
/**
 * The sample results of a code lens, one short line per record (the fields it failed on); choosing one
 * opens the playground on that filter and that record, where the whole explanation and the record are.
 */
async function showSampleResults(context: vscode.ExtensionContext, client: Promise<LanguageClient>, lens: SampleResultsArgument | undefined): Promise<void> {
  if (!lens) return;
  const items = lens.results.map((r) => ({
    label: `${r.matched ? '$(pass)' : '$(error)'} ${r.name}`,
    description: r.matched ? (r.reason ? 'passes, with a caveat' : 'passes') : 'filtered out',
    ...(r.fields ? { detail: `fails on ${r.fields.map((f) => `\`${f}\``).join(', ')}` } : {}),
    name: r.name,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Filter ${lens.title}`,
    placeHolder: lens.open ? 'Choose a record to see it, and why, in the playground' : undefined,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked && lens.open) PlaygroundPanel.open(context.extensionUri, client, { ...lens.open, record: picked.name });
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Terraform files whatever extension provides the language, and Terraform JSON files.
    documentSelector: [
      { scheme: 'file', language: 'terraform' },
      { scheme: 'file', pattern: '**/*.tf' },
      { scheme: 'file', pattern: '**/*.tf.json' },
      // Variable definitions files give the module's variables their values; nothing is reported on them.
      { scheme: 'file', pattern: '**/{terraform.tfvars,terraform.tfvars.json,*.auto.tfvars,*.auto.tfvars.json}' },
      // CDKTF stacks; the server only checks TypeScript files that import provider bindings.
      { scheme: 'file', language: 'typescript' },
    ],
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION) },
  };
  return new LanguageClient('lambdaEsm', 'Lambda ESM Lens', serverOptions, clientOptions);
}
