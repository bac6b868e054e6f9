// Finds the child module a `module` call names and reads its files: a local folder (`./modules/consumer`)
// or, for a registry or git source, the folder `terraform init` put it in, as recorded in
// `.terraform/modules/modules.json`. Folders are given as paths (the CLI) or `file:` URIs (the server).
// What cannot be found or read is no child: the call's values then reach no finding.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Parser } from 'web-tree-sitter';
import { isFolderModuleFile } from '../frontEnds';
import { TerraformDocument } from './terraformDocument';
import type { TopLevelBlock } from '../core/model/fileModel';
import type { TextSource } from '../core/model/textSource';
import type { FileModel } from '../core/model/fileModel';
import type { ChildFile, ChildModule, ChildResolver } from '../core/module/moduleCalls';
import { asString } from '../core/model/value';

export interface ChildFiles {
  /** The Terraform files directly in a folder, and what they hold now. */
  files(folder: string): readonly { readonly location: string; readonly model: FileModel; readonly text: TextSource }[];
  /** The text of a file, or undefined when it cannot be read. */
  read(location: string): string | undefined;
}

/** The `.terraform/modules/modules.json` of a root module: module key → the folder it was installed in. */
interface InstalledModules {
  readonly Modules?: readonly { readonly Key?: unknown; readonly Dir?: unknown }[];
}

function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../');
}

function join(base: string, relative: string): string {
  if (!base.startsWith('file:')) return path.resolve(base, relative);
  const url = new URL(relative.split(path.sep).join('/'), base.endsWith('/') ? base : `${base}/`);
  return url.toString().replace(/\/$/, '');
}

/** The folder a call with a local `source` (`./modules/consumer`) names, in the form `folder` is given in. */
export function localChildFolder(folder: string, call: TopLevelBlock): string | undefined {
  const source = asString(call.body.attributes.get('source')?.value);
  return source !== undefined && isLocalSource(source) ? join(folder, source) : undefined;
}

export function childResolver(folder: string, access: ChildFiles): ChildResolver {
  const relative = (location: string): string =>
    location.startsWith('file:') ? path.posix.relative(new URL(`${folder}/`).pathname, new URL(location).pathname) : path.relative(folder, location).split(path.sep).join('/');
  const installed = (): Map<string, string> => {
    const text = access.read(join(folder, '.terraform/modules/modules.json'));
    const dirs = new Map<string, string>();
    if (text === undefined) return dirs;
    try {
      const parsed = JSON.parse(text) as InstalledModules;
      for (const m of parsed.Modules ?? []) if (typeof m.Key === 'string' && typeof m.Dir === 'string' && m.Key !== '') dirs.set(m.Key, m.Dir);
    } catch {
      // A manifest that is not JSON names no module.
    }
    return dirs;
  };
  return (call: TopLevelBlock): ChildModule | undefined => {
    const source = asString(call.body.attributes.get('source')?.value);
    const name = call.labels[0];
    if (source === undefined || !name) return undefined;
    let dir = localChildFolder(folder, call);
    if (dir === undefined && !isLocalSource(source)) {
      const installedDir = installed().get(name);
      if (installedDir !== undefined) dir = join(folder, installedDir);
    }
    if (dir === undefined || dir === folder) return undefined;
    const files: ChildFile[] = access.files(dir).map((f) => ({ name: relative(f.location), model: f.model, text: f.text }));
    return files.length > 0 ? { files } : undefined;
  };
}

/**
 * Child modules' files read from disk, once per folder for the life of this object (the CLI checks one
 * moment; the server makes a new one when files change). `folder` is a path or a `file:` URI.
 */
export function diskChildFiles(parser: Parser, read: (location: string) => string | undefined, list: (folder: string) => string[]): ChildFiles {
  const folders = new Map<string, ReturnType<ChildFiles['files']>>();
  return {
    read,
    files(folder) {
      let files = folders.get(folder);
      if (!files) {
        files = list(folder).flatMap((location) => {
          const text = read(location);
          if (text === undefined || text.length > MAX_CHILD_FILE) return [];
          try {
            const document = new TerraformDocument(location, text, parser);
            document.dispose();
            return [{ location, model: document.model, text: document.content }];
          } catch {
            return [];
          }
        });
        folders.set(folder, files);
      }
      return files;
    },
  };
}

/** Larger child files are not read: a module's files are small, and this bounds what a call costs. */
const MAX_CHILD_FILE = 2 * 1024 * 1024;

/** The Terraform files directly in a folder on disk (a path or a `file:` URI, answered in kind). */
export function listModuleFolder(folder: string): string[] {
  const uri = folder.startsWith('file:');
  const dir = uri ? fileURLToPath(folder) : folder;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter(isFolderModuleFile)
    .sort()
    .map((name) => (uri ? pathToFileURL(path.join(dir, name)).toString() : path.join(dir, name)));
}

/** A file's text on disk (a path or a `file:` URI), or undefined. */
export function readLocation(location: string): string | undefined {
  try {
    return fs.readFileSync(location.startsWith('file:') ? fileURLToPath(location) : location, 'utf8');
  } catch {
    return undefined;
  }
}
