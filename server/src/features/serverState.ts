// What the server's features share, in one object instead of variables captured by one large function:
// each feature file registers its handlers with this state and reads or updates only what it needs.

import type { Connection } from 'vscode-languageserver';
import type { Parser } from 'web-tree-sitter';
import { DEFAULT_SETTINGS, type LambdaEsmSettings } from '../../../protocol/settings';
import type { ModuleIndex } from '../core/module/moduleIndex';
import type { Problem } from '../core/model/problem';
import type { SampleRecord } from '../core/patterns/samples/sampleRecords';
import type { Logger } from '../runSafe';
import type { ServerHost, TimerHandle } from '../serverHost';
import { DocumentStore } from '../workspace/documentStore';
import type { TerraformModule } from '../workspace/terraformModule';
import type { WorkspaceIndexer } from '../workspace/workspaceIndexer';
import { createIndexer } from './workspace';

export interface ServerOptions {
  /** URI of the folder of rule pages (ending in `/`), linked from each diagnostic. */
  readonly docsBase: string;
  /** Called before a document is built from a file's text; tests make it throw to check that one file cannot harm others. */
  readonly beforeBuild?: (uri: string, text: string) => void;
}

/** What the client said it supports in `initialize`, which decides what the server may ask of it. */
export interface ClientSupport {
  readonly pullsConfiguration: boolean;
  readonly registersConfiguration: boolean;
  readonly registersWatchers: boolean;
  readonly refreshesCodeLenses: boolean;
}

export interface ServerState {
  readonly connection: Connection;
  readonly host: ServerHost;
  readonly options: ServerOptions;
  readonly logger: Logger;
  readonly store: DocumentStore;
  /** The files open in the editor (the others are held only for the workspace check). */
  readonly open: Set<string>;
  /** Set by `initialize`, before any document arrives. */
  parser: Parser | undefined;
  settings: LambdaEsmSettings;
  client: ClientSupport;
  /** The workspace folders (URIs). */
  roots: string[];
  /** The user's sample records (sample files). */
  samples: SampleRecord[];
  /** Pending diagnostics per file, while the debounce after a keystroke runs. */
  readonly timers: Map<string, TimerHandle>;
  /** The problems last published per file, which code actions offer the fixes of. */
  readonly published: Map<string, Problem[]>;
  /** The module index each module's diagnostics were last published with. */
  readonly publishedIndex: WeakMap<TerraformModule, ModuleIndex>;
  /** Reads and publishes the workspace in slices (see features/workspace.ts). */
  readonly indexer: WorkspaceIndexer;
}

export function createServerState(connection: Connection, host: ServerHost, options: ServerOptions): ServerState {
  const logger: Logger = { error: (m) => connection.console.error(m), info: (m) => connection.console.info(m) };
  // The indexer calls back into the state, so it is made once the state exists.
  const state: Omit<ServerState, 'indexer'> & { indexer?: WorkspaceIndexer } = {
    connection,
    host,
    options,
    logger,
    store: new DocumentStore(() => state.parser!, logger, options.beforeBuild),
    open: new Set(),
    parser: undefined,
    settings: DEFAULT_SETTINGS,
    client: { pullsConfiguration: false, registersConfiguration: false, registersWatchers: false, refreshesCodeLenses: false },
    roots: [],
    samples: [],
    timers: new Map(),
    published: new Map(),
    publishedIndex: new WeakMap(),
  };
  state.indexer = createIndexer(state as ServerState);
  return state as ServerState;
}
