// `lambda-esm check`: loads the Terraform files of the given paths, module by module (folder by
// folder), and analyses them with the same core as the language server. A file that cannot be read, or
// whose analysis fails, is one result of its own (`failure`): the other files are still checked.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parser } from 'web-tree-sitter';
import type { Problem } from '../core/model/problem';
import { applyRuleSettings, isRuleSetting, type RuleSettings } from '../core/ruleSettings';
import { isTerraformPath, isTfvarsPath } from '../frontEnds';
import { findTerraformFiles, findTfvarsFiles, ioReason, notAFile, type FindOptions } from '../workspaceFiles';
import { childResolver, diskChildFiles, listModuleFolder, readLocation } from '../workspace/childModules';
import { parseTfvars } from '../workspace/parsers/tfvarsParser';
import { isOwnModule } from '../frontEnds';
import { TerraformDocument } from '../workspace/terraformDocument';
import { moduleKeyOf, TerraformModule } from '../workspace/terraformModule';
import { UsageError } from './parseArgs';

/** Why a file (or folder) has no findings: it could not be read, or checking it failed (a bug). */
export interface Failure {
  readonly kind: 'unreadable' | 'internal';
  /** A few words without the path: `permission denied`, `RangeError: …`. */
  readonly reason: string;
}

export interface FileResult {
  readonly file: string;
  /** Empty for a failure. */
  readonly text: string;
  readonly lineStarts: readonly number[];
  /** Empty for a failure. */
  readonly problems: readonly Problem[];
  readonly failure?: Failure;
}

/** A settings file that exists but cannot be read: the files under it are not checked with guessed settings. */
class UnreadableSettings extends Error {}

export function checkPaths(paths: readonly string[], parser: Parser, now = new Date()): FileResult[] {
  const failures = new Map<string, Failure>();
  const unreadable = (file: string, reason: string): void => void failures.set(file, { kind: 'unreadable', reason });
  // The CLI checks all it is given: no bounds on the walk (links are followed, each real folder once).
  const walk: FindOptions = { maxFiles: Infinity, maxFolders: Infinity, onUnreadable: unreadable };
  const requested = new Set<string>();
  for (const p of paths) {
    const full = path.resolve(p);
    try {
      fs.lstatSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`No such file or folder: ${p}`);
      unreadable(full, ioReason(error, full));
      continue;
    }
    let stats: fs.Stats;
    try {
      stats = fs.statSync(full);
    } catch (error) {
      unreadable(full, ioReason(error, full));
      continue;
    }
    // A named pipe or a device is never opened: reading it could wait forever.
    if (stats.isDirectory()) for (const f of findTerraformFiles(full, walk)) requested.add(f);
    else if (!stats.isFile()) unreadable(full, notAFile(stats));
    else if (isTerraformPath(full)) requested.add(full);
    else if (isTfvarsPath(full)) throw new UsageError(`${p} gives variables their values and is read with its folder's Terraform files: check the folder instead.`);
    else throw new UsageError(`Not a Terraform file (.tf, .tf.json) or CDKTF stack (.ts): ${p}`);
  }
  // A Terraform file's module is its whole folder, even the files that were not named; a CDKTF stack is
  // a module of its own.
  const named = new Map<string, string[]>();
  for (const file of requested) {
    const key = moduleKeyOf(file);
    const files = named.get(key);
    if (files) files.push(file);
    else named.set(key, [file]);
  }
  const modules = new Map<string, TerraformModule>();
  // Child modules are read once for the whole run, whichever folders call them.
  const children = diskChildFiles(parser, readLocation, listModuleFolder);
  for (const [key, files] of named) {
    const module = new TerraformModule(key);
    if (!isOwnModule(key)) module.children = childResolver(key, children);
    // The named files too: a folder that cannot be listed may still let them be read.
    const members = isOwnModule(key) ? files : [...new Set([...findTerraformFiles(key, { ...walk, shallow: true }), ...files])].filter((f) => !isOwnModule(f)).sort();
    for (const member of members) {
      let text: string;
      try {
        text = fs.readFileSync(member, 'utf8');
      } catch (error) {
        unreadable(member, ioReason(error, member));
        continue;
      }
      try {
        module.documents.set(member, new TerraformDocument(member, text, parser));
      } catch (error) {
        failures.set(member, { kind: 'internal', reason: errorText(error) });
      }
    }
    if (!isOwnModule(key)) loadTfvars(module, key, parser);
    modules.set(key, module);
  }
  const results: FileResult[] = [];
  try {
    for (const file of [...requested].sort()) {
      const document = modules.get(moduleKeyOf(file))!.documents.get(file);
      if (!document) continue; // unreadable: among the failures
      try {
        const problems = applyRuleSettings(modules.get(moduleKeyOf(file))!.analyze(file, now), ruleSettingsFor(file));
        results.push({ file, text: document.text, lineStarts: document.getLineStarts(), problems });
      } catch (error) {
        if (error instanceof UsageError) throw error;
        failures.set(file, error instanceof UnreadableSettings ? { kind: 'unreadable', reason: error.message } : { kind: 'internal', reason: errorText(error) });
      }
    }
  } finally {
    for (const module of modules.values()) for (const document of module.documents.values()) document.dispose();
  }
  for (const [file, failure] of failures) results.push({ file, text: '', lineStarts: [0], problems: [], failure });
  return results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The folder's variable definitions files, as Terraform reads them for `plan` in that folder. One that
 * cannot be read is no finding of its own, but it may set any variable: it is held as a broken file.
 */
function loadTfvars(module: TerraformModule, folder: string, parser: Parser): void {
  for (const file of findTfvarsFiles(folder)) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    const name = path.basename(file);
    module.tfvars.set(file, { file: text === undefined ? { name, values: new Map(), broken: true } : parseTfvars(file, text, parser) });
  }
}

/** One line: the error's name and message (its stack would be many). */
function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}

const configCache = new Map<string, RuleSettings | UnreadableSettings>();

/** The `rules` of the nearest `.lambda-esm.json` above the file. */
function ruleSettingsFor(file: string): RuleSettings {
  const settings = settingsOfFolder(path.dirname(file));
  if (settings instanceof UnreadableSettings) throw settings;
  return settings;
}

function settingsOfFolder(dir: string): RuleSettings | UnreadableSettings {
  const cached = configCache.get(dir);
  if (cached) return cached;
  let settings: RuleSettings | UnreadableSettings = {};
  const config = path.join(dir, '.lambda-esm.json');
  let text: string | undefined;
  try {
    const stats = fs.statSync(config);
    if (stats.isFile()) text = fs.readFileSync(config, 'utf8');
    else settings = new UnreadableSettings(`cannot read ${path.relative(process.cwd(), config)}: ${stats.isDirectory() ? 'is a folder, not a file' : notAFile(stats)}`);
  } catch (error) {
    // Absent is the common case; a broken link to settings is not absent (they would be ignored).
    const reason = ioReason(error, config);
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR' && reason !== 'no such file or folder') settings = new UnreadableSettings(`cannot read ${path.relative(process.cwd(), config)}: ${reason}`);
  }
  if (text !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${config} is not valid JSON: ${(error as Error).message}`);
    }
    const rules = (parsed as { rules?: unknown } | null)?.rules;
    if (rules !== undefined && (typeof rules !== 'object' || rules === null)) throw new UsageError(`${config}: "rules" must be an object.`);
    const out: Record<string, RuleSettings[string]> = {};
    for (const [id, level] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
      if (!isRuleSetting(level)) throw new UsageError(`${config}: rule ${id} must be "error", "warning", "information", "hint" or "off".`);
      out[id] = level;
    }
    settings = out;
  } else if (!(settings instanceof UnreadableSettings) && path.dirname(dir) !== dir) {
    settings = settingsOfFolder(path.dirname(dir));
  }
  configCache.set(dir, settings);
  return settings;
}
