// `lambda-esm check`: loads the Terraform files of the given paths, module by module (folder by
// folder), and analyses them with the same core as the language server.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parser } from 'web-tree-sitter';
import type { Problem } from '../core/model/problem';
import { applyRuleSettings, isRuleSetting, type RuleSettings } from '../core/ruleSettings';
import { findTerraformFiles, isTerraformPath } from '../workspaceFiles';
import { isCdktfStack, TerraformDocument } from '../workspace/terraformDocument';
import { moduleKeyOf, TerraformModule } from '../workspace/terraformModule';
import { UsageError } from './parseArgs';

export interface FileResult {
  readonly file: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly problems: readonly Problem[];
}

export function checkPaths(paths: readonly string[], parser: Parser, now = new Date()): FileResult[] {
  const requested = new Set<string>();
  for (const p of paths) {
    const full = path.resolve(p);
    if (!fs.existsSync(full)) throw new UsageError(`No such file or folder: ${p}`);
    if (fs.statSync(full).isDirectory()) for (const f of findTerraformFiles(full)) requested.add(f);
    else if (isTerraformPath(full)) requested.add(full);
    else throw new UsageError(`Not a Terraform file (.tf, .tf.json) or CDKTF stack (.ts): ${p}`);
  }
  // A Terraform file's module is its whole folder, even the files that were not named; a CDKTF stack is
  // a module of its own.
  const modules = new Map<string, TerraformModule>();
  for (const file of requested) {
    const key = moduleKeyOf(file);
    if (modules.has(key)) continue;
    const module = new TerraformModule(key);
    const members = isCdktfStack(file) ? [file] : fs.readdirSync(key).sort().map((name) => path.join(key, name)).filter((f) => isTerraformPath(f) && !isCdktfStack(f) && fs.statSync(f).isFile());
    for (const member of members) module.documents.set(member, new TerraformDocument(member, fs.readFileSync(member, 'utf8'), parser));
    modules.set(key, module);
  }
  const results: FileResult[] = [];
  for (const file of [...requested].sort()) {
    const module = modules.get(moduleKeyOf(file))!;
    const document = module.documents.get(file)!;
    const problems = applyRuleSettings(module.analyze(file, now), ruleSettingsFor(file));
    results.push({ file, text: document.text, lineStarts: document.getLineStarts(), problems });
  }
  for (const module of modules.values()) for (const document of module.documents.values()) document.dispose();
  return results;
}

const configCache = new Map<string, RuleSettings>();

/** The `rules` of the nearest `.lambda-esm.json` above the file. */
function ruleSettingsFor(file: string): RuleSettings {
  const dir = path.dirname(file);
  const cached = configCache.get(dir);
  if (cached) return cached;
  let settings: RuleSettings = {};
  const config = path.join(dir, '.lambda-esm.json');
  if (fs.existsSync(config)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(config, 'utf8'));
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
  } else if (path.dirname(dir) !== dir) {
    settings = ruleSettingsFor(dir);
  }
  configCache.set(dir, settings);
  return settings;
}
