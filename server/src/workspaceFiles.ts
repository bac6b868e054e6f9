// Finds the Terraform files, CDKTF stacks and sample files of a workspace folder on disk, skipping folders that hold
// downloaded or generated code (`.terraform`, `node_modules`, `.git`, CDKTF's bindings and output).
// Symbolic links are followed (a module often links shared files or folders in), each real folder once,
// so a link cycle ends; what cannot be read is told to the caller, which decides whether it matters.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isTerraformPath, isTfvarsPath } from './frontEnds';

const SKIP = new Set(['.terraform', 'node_modules', '.git', '.vscode-test', 'out', 'dist', '.gen', 'imports', 'cdktf.out']);

/**
 * Bounds for the language server's workspace scan. The folder bound is far above real workspaces; it
 * only stops a link to `/` or a home folder from making the server walk the whole disk.
 */
const DEFAULT_LIMITS = { maxFiles: 5000, maxFolders: 100_000 };

// Which files the analysis reads is the front-end registry's decision; re-exported for the server.

export interface FindOptions {
  /** Stop after this many files (default 5000). */
  readonly maxFiles?: number;
  /** Stop after visiting this many folders (default 100,000). */
  readonly maxFolders?: number;
  /** Only the folder itself, not the folders inside it. */
  readonly shallow?: boolean;
  /**
   * Told about a folder that cannot be listed, and about an entry whose name is accepted but that is no
   * readable regular file (a broken link, a named pipe): `reason` is short and has no path.
   */
  readonly onUnreadable?: (path: string, reason: string) => void;
}

export function findTerraformFiles(root: string, options?: FindOptions): string[] {
  return findFiles(root, (relative) => isTerraformPath(relative), options);
}

/** The Terraform files and stacks, and the variable definitions files Terraform reads beside them (the server's workspace check). */
export function findModuleFiles(root: string, options?: FindOptions): string[] {
  return findFiles(root, (relative) => isTerraformPath(relative) || isTfvarsPath(relative), options);
}

/** The variable definitions files of one folder (not the folders inside it). */
export function findTfvarsFiles(folder: string, options?: FindOptions): string[] {
  return findFiles(folder, isTfvarsPath, { ...options, shallow: true });
}

/**
 * The files under `root` whose `/`-separated path relative to it passes `accept`, sorted, skipping the
 * folders above. Unreadable folders and entries are skipped (and told to `onUnreadable`), never fatal.
 */
export function findFiles(root: string, accept: (relative: string) => boolean, options: FindOptions = {}): string[] {
  const maxFiles = options.maxFiles ?? DEFAULT_LIMITS.maxFiles;
  const maxFolders = options.maxFolders ?? DEFAULT_LIMITS.maxFolders;
  const unreadable = options.onUnreadable ?? (() => undefined);
  const found: string[] = [];
  // Real folders seen, by device and inode: a folder reached through two links is read once.
  const seen = new Set<string>();
  const walk = (dir: string, relative: string, stats: fs.Stats): void => {
    const id = `${stats.dev}:${stats.ino}`;
    if (seen.has(id) || seen.size >= maxFolders) return;
    seen.add(id);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(dir, ioReason(error, dir));
      return;
    }
    for (const entry of entries) {
      if (found.length >= maxFiles) return;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      const isDirectory = entry.isDirectory();
      if (isDirectory && (options.shallow || SKIP.has(entry.name))) continue;
      if (entry.isFile()) {
        if (accept(rel)) found.push(full);
        continue;
      }
      if (!isDirectory && !entry.isSymbolicLink() && !accept(rel)) continue;
      // A link (followed here), a folder, or an accepted name that is no regular file.
      let target: fs.Stats;
      try {
        target = fs.statSync(full);
      } catch (error) {
        if (accept(rel)) unreadable(full, ioReason(error, full));
        continue;
      }
      if (target.isDirectory()) {
        if (!options.shallow && !SKIP.has(entry.name)) walk(full, rel, target);
      } else if (accept(rel)) {
        if (target.isFile()) found.push(full);
        else unreadable(full, notAFile(target));
      }
    }
  };
  let rootStats: fs.Stats;
  try {
    rootStats = fs.statSync(root);
  } catch (error) {
    unreadable(root, ioReason(error, root));
    return found;
  }
  walk(root, '', rootStats);
  return found.sort();
}

/** Why a file or folder could not be read, in a few words for a one-line message. */
export function ioReason(error: unknown, file?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      if (file !== undefined && isSymbolicLink(file)) return 'broken symbolic link';
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop)';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Why an entry that is neither a file nor a folder is not read (reading a named pipe would wait). */
export function notAFile(stats: fs.Stats): string {
  const kind = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'a special file';
  return `not a regular file: ${kind}`;
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
