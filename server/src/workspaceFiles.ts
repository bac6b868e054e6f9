// Finds the Terraform files, CDKTF stacks and sample files of a workspace folder on disk, skipping folders that hold
// downloaded or generated code (`.terraform`, `node_modules`, `.git`, CDKTF's bindings and output).

import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIP = new Set(['.terraform', 'node_modules', '.git', '.vscode-test', 'out', 'dist', '.gen', 'imports', 'cdktf.out']);
const MAX_FILES = 5000;

/** Files the analysis reads: Terraform (`.tf`, `.tf.json`) and CDKTF stacks (`.ts`, not `.d.ts`). */
export function isTerraformPath(file: string): boolean {
  return file.endsWith('.tf') || file.endsWith('.tf.json') || (file.endsWith('.ts') && !file.endsWith('.d.ts'));
}

export function findTerraformFiles(root: string): string[] {
  return findFiles(root, (relative) => isTerraformPath(relative));
}

/**
 * The files under `root` whose `/`-separated path relative to it passes `accept`, sorted, skipping the
 * folders above; unreadable folders are skipped, not fatal.
 */
export function findFiles(root: string, accept: (relative: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string, relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(path.join(dir, entry.name), rel);
      } else if (entry.isFile() && accept(rel)) {
        found.push(path.join(dir, entry.name));
      }
    }
  };
  walk(root, '');
  return found.sort();
}
