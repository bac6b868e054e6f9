// What the language server needs from the world outside the LSP connection: files, the clock, timers and
// the parser. `main.ts` passes the Node implementations (nodeHost.ts); tests can run the server in the
// test process with their own (test/support/inProcessServer.ts).

import type { Parser } from 'web-tree-sitter';
import type { SampleRecord } from './core/patterns/samples/sampleRecords';

/** A timer made by `ServerHost.setTimeout`, only ever passed back to `clearTimeout`. */
export type TimerHandle = unknown;

export interface ServerHost {
  /** The text of a file (a `file:` URI), or undefined when it cannot be read. */
  readFile(uri: string): string | undefined;
  /** The URIs of the Terraform files, CDKTF stacks and tfvars files Terraform reads under a workspace folder (a URI). */
  findTerraformFiles(rootUri: string): string[];
  /** The sample files under a workspace folder (a URI) that the `sampleFiles` globs match, in order. */
  findSampleFiles(rootUri: string, globs: readonly string[], log: (message: string) => void): string[];
  /** The records of sample files `findSampleFiles` found, bounded in size and count (what is left out is logged). */
  readSampleFiles(files: readonly string[], log: (message: string) => void): SampleRecord[];
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle | undefined): void;
  /** A Terraform parser (loads the WASM runtime and grammar on the first call). */
  createParser(): Promise<Parser>;
  /** The clock for time-dependent rules and lenses; the system clock when absent. */
  now?(): Date;
}
