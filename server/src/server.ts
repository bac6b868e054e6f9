// The language server: keeps every Terraform file and CDKTF stack of the workspace parsed, grouped into
// modules (a folder of Terraform files, or one stack), publishes diagnostics for open files and, unless
// turned off, for the rest of the workspace, and serves the sample-result code lenses above filters. All
// analysis happens in the core; this file only wires LSP events to it.

import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeLens,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import type { Parser } from 'web-tree-sitter';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type LambdaEsmSettings } from '../../protocol/settings';
import { positionAt, toDiagnostic } from './convert';
import type { Problem } from './core/model/problem';
import { codeActionsFor, FIX_ALL_KIND } from './features/codeActions';
import { mayImportProvider } from './core/extract/cdktf/mayImportProvider';
import type { ModuleIndex } from './core/module/moduleIndex';
import type { SampleRecord } from './core/patterns/samples/sampleRecords';
import { applyRuleSettings } from './core/ruleSettings';
import { createHclParser } from './hclParser';
import { runSafe, runSafeAsync, type Logger } from './runSafe';
import { findSampleFiles, readSampleFile } from './sampleFiles';
import { readSettings } from './settings';
import { isCdktfStack, TerraformDocument } from './workspace/terraformDocument';
import { moduleKeyOf, TerraformModule } from './workspace/terraformModule';
import { findTerraformFiles, isTerraformPath } from './workspaceFiles';

export interface ServerOptions {
  /** URI of the folder of rule pages (ending in `/`), linked from each diagnostic. */
  readonly docsBase: string;
  /** Overrides the clock, for tests. */
  readonly now?: () => Date;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const logger: Logger = { error: (m) => connection.console.error(m), info: (m) => connection.console.info(m) };
  const modules = new Map<string, TerraformModule>();
  const open = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The module index each module's diagnostics were last published with. */
  const publishedIndex = new WeakMap<TerraformModule, ModuleIndex>();
  /** The problems last published per file, which code actions offer the fixes of. */
  const published = new Map<string, Problem[]>();
  let parser: Parser | undefined;
  let settings: LambdaEsmSettings = DEFAULT_SETTINGS;
  let pullsConfiguration = false;
  let roots: string[] = [];
  let refreshesCodeLenses = false;
  let samples: SampleRecord[] = [];

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    parser = await createHclParser();
    pullsConfiguration = !!params.capabilities.workspace?.configuration;
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial) settings = readSettings(initial);
    refreshesCodeLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    roots = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (roots.length === 0 && params.rootUri) roots = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'Lambda ESM Lens' },
    };
  });

  connection.onInitialized(() =>
    runSafeAsync(logger, 'initialized', undefined, async () => {
      if (pullsConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
        await pullSettings();
      }
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{tf,tf.json,ts}' }, ...settings.sampleFiles.map((globPattern) => ({ globPattern }))] }).catch(() => undefined);
      loadSamples();
      if (settings.workspaceDiagnostics) loadWorkspace();
    }),
  );

  connection.onDidOpenTextDocument(({ textDocument }) =>
    runSafe(logger, `open ${textDocument.uri}`, undefined, () => {
      if (!isTerraformPath(textDocument.uri)) return;
      open.add(textDocument.uri);
      setDocument(textDocument.uri, textDocument.text);
      publishModule(textDocument.uri);
    }),
  );

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) =>
    runSafe(logger, `change ${textDocument.uri}`, undefined, () => {
      const document = moduleOf(textDocument.uri).documents.get(textDocument.uri);
      if (!document) return;
      document.update(contentChanges);
      schedule(textDocument.uri);
    }),
  );

  connection.onDidCloseTextDocument(({ textDocument }) =>
    runSafe(logger, `close ${textDocument.uri}`, undefined, () => {
      const uri = textDocument.uri;
      open.delete(uri);
      clearTimeout(timers.get(uri));
      // The file on disk is what the module holds now (the editor may have closed unsaved changes).
      const text = settings.workspaceDiagnostics ? readDisk(uri) : undefined;
      if (text === undefined) removeDocument(uri);
      else setDocument(uri, text);
      publishModule(uri);
    }),
  );

  connection.onDidChangeWatchedFiles(({ changes }) =>
    runSafe(logger, 'watched files', undefined, () => {
      // The only JSON files watched, besides Terraform JSON, are the sample files.
      if (changes.some((c) => c.uri.endsWith('.json') && !c.uri.endsWith('.tf.json'))) loadSamples();
      for (const change of changes) {
        if (open.has(change.uri) || !isTerraformPath(change.uri)) continue;
        const text = change.type === FileChangeType.Deleted || !settings.workspaceDiagnostics ? undefined : readDisk(change.uri);
        if (text === undefined) removeDocument(change.uri);
        else setDocument(change.uri, text);
        publishModule(change.uri);
      }
    }),
  );

  connection.onDidChangeConfiguration((change) =>
    runSafeAsync(logger, 'configuration', undefined, async () => {
      const before = settings.workspaceDiagnostics;
      if (pullsConfiguration) await pullSettings();
      else settings = readSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
      loadSamples();
      if (settings.workspaceDiagnostics && !before) loadWorkspace();
      if (!settings.workspaceDiagnostics && before) unloadClosedFiles();
      for (const module of modules.values()) for (const uri of module.documents.keys()) publish(uri);
    }),
  );

  connection.onCodeLens(({ textDocument }) =>
    runSafe(logger, `code lenses for ${textDocument.uri}`, [] as CodeLens[], () => {
      if (!settings.codeLens) return [];
      const module = moduleOf(textDocument.uri);
      const document = module.documents.get(textDocument.uri);
      if (!document) return [];
      const lineStarts = document.getLineStarts();
      return module.sampleLenses(textDocument.uri, samples, options.now?.()).map((lens) => ({
        range: { start: positionAt(lineStarts, lens.range.start), end: positionAt(lineStarts, lens.range.end) },
        command: { title: lens.title, command: 'lambdaEsm.showSampleResults', arguments: [{ title: lens.title, results: lens.results }] },
      }));
    }),
  );

  connection.onCodeAction(({ textDocument, range, context }) =>
    runSafe(logger, `code actions for ${textDocument.uri}`, [] as CodeAction[], () => {
      const document = moduleOf(textDocument.uri).documents.get(textDocument.uri);
      const problems = published.get(textDocument.uri);
      if (!document || !problems) return [];
      return codeActionsFor(textDocument.uri, problems, document.getLineStarts(), range, context.diagnostics, context.only);
    }),
  );

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    for (const module of modules.values()) for (const document of module.documents.values()) document.dispose();
    parser?.delete();
  });

  async function pullSettings(): Promise<void> {
    const raw: unknown = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    settings = readSettings(raw);
  }

  function moduleOf(uri: string): TerraformModule {
    const key = moduleKeyOf(uri);
    let module = modules.get(key);
    if (!module) {
      module = new TerraformModule(key);
      modules.set(key, module);
    }
    return module;
  }

  function setDocument(uri: string, text: string): void {
    const module = moduleOf(uri);
    module.documents.get(uri)?.dispose();
    module.documents.set(uri, new TerraformDocument(uri, text, parser!));
  }

  function removeDocument(uri: string): void {
    const module = moduleOf(uri);
    module.documents.get(uri)?.dispose();
    module.documents.delete(uri);
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  function loadWorkspace(): void {
    for (const root of roots) {
      if (!root.startsWith('file:')) continue;
      for (const file of findTerraformFiles(fileURLToPath(root))) {
        const uri = pathToFileURL(file).toString();
        if (open.has(uri)) continue;
        const text = readDisk(uri);
        // TypeScript files are checked only when they import provider bindings (CDKTF stacks).
        if (text !== undefined && (!isCdktfStack(uri) || mayImportProvider(text))) setDocument(uri, text);
      }
    }
    for (const module of modules.values()) for (const uri of module.documents.keys()) publish(uri);
  }

  function unloadClosedFiles(): void {
    for (const module of modules.values()) for (const uri of [...module.documents.keys()]) if (!open.has(uri)) removeDocument(uri);
  }

  function schedule(uri: string): void {
    clearTimeout(timers.get(uri));
    if (settings.debounceMs <= 0) {
      publishModule(uri);
      return;
    }
    timers.set(uri, setTimeout(() => runSafe(logger, `check ${uri}`, undefined, () => publishModule(uri)), settings.debounceMs));
  }

  /** Publishes the file, and the rest of its module when what the module declares changed since. */
  function publishModule(uri: string): void {
    const module = moduleOf(uri);
    const index = module.index();
    if (publishedIndex.get(module) === index) {
      publish(uri);
      return;
    }
    publishedIndex.set(module, index);
    for (const other of module.documents.keys()) publish(other);
  }

  function publish(uri: string): void {
    runSafe(logger, `diagnostics for ${uri}`, undefined, () => {
      const module = moduleOf(uri);
      const document = module.documents.get(uri);
      if (!document) return;
      if (!open.has(uri) && !settings.workspaceDiagnostics) return;
      const problems = applyRuleSettings(module.analyze(uri, options.now?.()), settings.rules);
      published.set(uri, problems);
      const lineStarts = document.getLineStarts();
      void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => toDiagnostic(p, lineStarts, options.docsBase)) });
    });
  }

  /** Reads the sample files the settings name, then asks the editor to ask for code lenses again. */
  function loadSamples(): void {
    runSafe(logger, 'sample files', undefined, () => {
      const files = roots.filter((r) => r.startsWith('file:')).flatMap((r) => findSampleFiles(fileURLToPath(r), settings.sampleFiles));
      samples = files.flatMap((f) => readSampleFile(f, (m) => logger.error(m)));
      if (refreshesCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  }

  function readDisk(uri: string): string | undefined {
    try {
      return fs.readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }
}
