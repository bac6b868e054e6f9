// The language server: keeps every Terraform file and CDKTF stack of the workspace parsed, grouped into
// modules (a folder of Terraform files, or one stack), publishes diagnostics for open files and, unless
// turned off, for the rest of the workspace, and serves the sample-result code lenses above filters. All
// analysis happens in the core; this file only wires LSP events to it. Reading the workspace is sliced
// (workspaceIndexer.ts) so requests are answered meanwhile, and state is kept only for files held.

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
import { syntaxErrorCount } from './syntaxErrorCount';
import { mayImportProvider } from './core/extract/cdktf/mayImportProvider';
import type { ModuleIndex } from './core/module/moduleIndex';
import type { TerraformModule } from './workspace/terraformModule';
import type { SampleRecord } from './core/patterns/samples/sampleRecords';
import { applyRuleSettings } from './core/ruleSettings';
import { createHclParser } from './hclParser';
import { runSafe, runSafeAsync, type Logger } from './runSafe';
import { findSampleFiles, readSampleFiles } from './sampleFiles';
import { readSettings } from './settings';
import { DocumentStore } from './workspace/documentStore';
import { InvalidRangeError, isCdktfStack } from './workspace/terraformDocument';
import { WorkspaceIndexer } from './workspace/workspaceIndexer';
import { findTerraformFiles, isTerraformPath } from './workspaceFiles';

export interface ServerOptions {
  /** URI of the folder of rule pages (ending in `/`), linked from each diagnostic. */
  readonly docsBase: string;
  /** Overrides the clock, for tests. */
  readonly now?: () => Date;
  /** Called before a document is built from a file's text; tests make it throw to check that one file cannot harm others. */
  readonly beforeBuild?: (uri: string, text: string) => void;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const logger: Logger = { error: (m) => connection.console.error(m), info: (m) => connection.console.info(m) };
  const open = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The module index each module's diagnostics were last published with. */
  const publishedIndex = new WeakMap<TerraformModule, ModuleIndex>();
  /** The problems last published per file, which code actions offer the fixes of. */
  const published = new Map<string, Problem[]>();
  let parser: Parser | undefined;
  const store = new DocumentStore(() => parser!, logger, options.beforeBuild);
  let settings: LambdaEsmSettings = DEFAULT_SETTINGS;
  let pullsConfiguration = false;
  let registersConfiguration = false;
  let registersWatchers = false;
  let roots: string[] = [];
  let refreshesCodeLenses = false;
  let samples: SampleRecord[] = [];
  const indexer = new WorkspaceIndexer({
    findFiles: () => roots.filter((r) => r.startsWith('file:')).flatMap((r) => findTerraformFiles(fileURLToPath(r)).map((f) => pathToFileURL(f).toString())),
    load: (uri) => {
      const text = readDisk(uri);
      // TypeScript files are checked only when they import provider bindings (CDKTF stacks).
      if (text !== undefined && (!isCdktfStack(uri) || mayImportProvider(text))) store.set(uri, text, false);
    },
    isOpen: (uri) => open.has(uri),
    has: (uri) => store.has(uri),
    filesOf: (key) => [...(store.moduleByKey(key)?.documents.keys() ?? [])],
    moduleKeys: () => store.moduleKeys(),
    publishingModule: (key) => {
      const module = store.moduleByKey(key);
      if (module) publishedIndex.set(module, module.index());
    },
    publish: (uri) => publish(uri),
    progress: () => connection.window.createWorkDoneProgress(),
    logError: (m) => logger.error(m),
  });

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    parser = await createHclParser();
    const workspace = params.capabilities.workspace;
    pullsConfiguration = !!workspace?.configuration;
    // client/registerCapability is only for clients that say they take it for that feature.
    registersConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    registersWatchers = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial) settings = readSettings(initial);
    refreshesCodeLenses = !!workspace?.codeLens?.refreshSupport;
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
        if (registersConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
        await pullSettings();
      }
      if (registersWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{tf,tf.json,ts}' }, ...settings.sampleFiles.map((globPattern) => ({ globPattern }))] }).catch(() => undefined);
      loadSamples();
      if (settings.workspaceDiagnostics) void indexer.start(true);
    }),
  );

  connection.onDidOpenTextDocument(({ textDocument }) =>
    runSafe(logger, `open ${textDocument.uri}`, undefined, () => {
      if (!isTerraformPath(textDocument.uri)) return;
      open.add(textDocument.uri);
      if (!store.set(textDocument.uri, textDocument.text, true)) forget(textDocument.uri);
      publishModule(textDocument.uri);
      indexer.prioritize(textDocument.uri);
    }),
  );

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) =>
    runSafe(logger, `change ${textDocument.uri}`, undefined, () => {
      const uri = textDocument.uri;
      if (!open.has(uri)) {
        if (isTerraformPath(uri)) logger.error(`ignored a change to ${uri}, which is not open`);
        return;
      }
      let changes = contentChanges;
      // An open file that could not be read (logged then) is read again from the next whole text.
      if (!store.has(uri)) {
        let full = changes.length - 1;
        while (full >= 0 && 'range' in changes[full]!) full--;
        if (full < 0 || !store.set(uri, changes[full]!.text, true)) return;
        changes = changes.slice(full + 1);
      }
      const document = store.get(uri)!;
      try {
        document.update(changes);
      } catch (error) {
        if (!(error instanceof InvalidRangeError)) throw error;
        logger.error(error.message);
        return;
      }
      schedule(uri);
    }),
  );

  connection.onDidCloseTextDocument(({ textDocument }) =>
    runSafe(logger, `close ${textDocument.uri}`, undefined, () => {
      const uri = textDocument.uri;
      if (!open.delete(uri)) return;
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      // The file on disk is what the module holds now (the editor may have closed unsaved changes), if
      // the workspace check covers it.
      const text = settings.workspaceDiagnostics && inWorkspace(uri) ? readDisk(uri) : undefined;
      if (text === undefined || !store.set(uri, text, false)) forget(uri);
      publishModule(uri);
    }),
  );

  connection.onDidChangeWatchedFiles(({ changes }) =>
    runSafe(logger, 'watched files', undefined, () => {
      // The only JSON files watched, besides Terraform JSON, are the sample files.
      if (changes.some((c) => c.uri.endsWith('.json') && !c.uri.endsWith('.tf.json'))) loadSamples();
      for (const change of changes) {
        if (open.has(change.uri) || !isTerraformPath(change.uri)) continue;
        // Each file on its own: one that fails is logged and the others still go through.
        runSafe(logger, `changed file ${change.uri}`, undefined, () => {
          const text = change.type === FileChangeType.Deleted || !settings.workspaceDiagnostics ? undefined : readDisk(change.uri);
          if (text === undefined || !store.set(change.uri, text, false)) forget(change.uri);
          publishModule(change.uri);
        });
      }
    }),
  );

  connection.onDidChangeConfiguration((change) =>
    runSafeAsync(logger, 'configuration', undefined, async () => {
      const before = settings.workspaceDiagnostics;
      if (pullsConfiguration) await pullSettings();
      else settings = readSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
      loadSamples();
      if (!settings.workspaceDiagnostics && before) {
        indexer.cancel();
        for (const uri of [...store.uris()]) if (!open.has(uri)) forget(uri);
      }
      // Restarts a run under way: files it has read are kept, and every file is published with the new settings.
      void indexer.start(settings.workspaceDiagnostics);
    }),
  );

  connection.onCodeLens(({ textDocument }) =>
    runSafe(logger, `code lenses for ${textDocument.uri}`, [] as CodeLens[], () => {
      if (!settings.codeLens) return [];
      const module = store.moduleOf(textDocument.uri);
      const document = module?.documents.get(textDocument.uri);
      if (!module || !document) return [];
      const lineStarts = document.getLineStarts();
      return module.sampleLenses(textDocument.uri, samples, options.now?.()).map((lens) => ({
        range: { start: positionAt(lineStarts, lens.range.start), end: positionAt(lineStarts, lens.range.end) },
        command: { title: lens.title, command: 'lambdaEsm.showSampleResults', arguments: [{ title: lens.title, results: lens.results }] },
      }));
    }),
  );

  connection.onCodeAction(({ textDocument, range, context }) =>
    runSafe(logger, `code actions for ${textDocument.uri}`, [] as CodeAction[], () => {
      const document = store.get(textDocument.uri);
      const problems = published.get(textDocument.uri);
      if (!document || !problems) return [];
      const guard = { text: () => document.text, syntaxErrors: (text: string) => syntaxErrorCount(textDocument.uri, text, parser!) };
      return codeActionsFor(textDocument.uri, problems, document.getLineStarts(), range, context.diagnostics, context.only, guard);
    }),
  );

  connection.onShutdown(() => {
    indexer.cancel();
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    store.dispose();
    parser?.delete();
  });

  async function pullSettings(): Promise<void> {
    const raw: unknown = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    settings = readSettings(raw);
  }

  /** Drops a file the server no longer holds, and its diagnostics in the editor. */
  function forget(uri: string): void {
    const held = store.remove(uri);
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    if (published.delete(uri) || held) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  function inWorkspace(uri: string): boolean {
    return roots.some((root) => uri.startsWith(root.endsWith('/') ? root : `${root}/`));
  }

  function schedule(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    if (settings.debounceMs <= 0) {
      publishModule(uri);
      return;
    }
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        runSafe(logger, `check ${uri}`, undefined, () => publishModule(uri));
      }, settings.debounceMs),
    );
  }

  /** Publishes the file, and the rest of its module when what the module declares changed since. */
  function publishModule(uri: string): void {
    const module = store.moduleOf(uri);
    if (!module) return;
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
      const module = store.moduleOf(uri);
      const document = module?.documents.get(uri);
      if (!module || !document) return;
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
      const log = (m: string): void => logger.error(m);
      const files = roots.filter((r) => r.startsWith('file:')).flatMap((r) => findSampleFiles(fileURLToPath(r), settings.sampleFiles, log));
      samples = readSampleFiles(files, log);
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
