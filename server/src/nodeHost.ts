// The server's host on Node: the disk, Node's timers, and the WASM files next to the bundle.

import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLED_WASM, createHclParser, type WasmLocation } from './hclParser';
import { findSampleFiles, readSampleFiles } from './sampleFiles';
import type { ServerHost } from './serverHost';
import { findModuleFiles } from './workspaceFiles';

export function nodeHost(wasm: WasmLocation = BUNDLED_WASM): ServerHost {
  return {
    readFile: (uri) => {
      try {
        return fs.readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
    // Only folders on disk are walked; other schemes (virtual workspaces) have no files to find here.
    findTerraformFiles: (root) => (root.startsWith('file:') ? findModuleFiles(fileURLToPath(root)).map((f) => pathToFileURL(f).toString()) : []),
    findSampleFiles: (root, globs, log) => (root.startsWith('file:') ? findSampleFiles(fileURLToPath(root), globs, log) : []),
    readSampleFiles,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
    createParser: () => createHclParser(wasm),
  };
}
