// The registry of front ends: which files each claims, its language descriptor and its `contextAt`. Every
// decision by file name is made here. The CDKTF front end's code stays in its own bundle, loaded on first use.

import { cdktfFrontEnd } from './cdktfFrontEnd';
import { mayImportProvider } from './core/extract/cdktf/mayImportProvider';
import { hclContextAt } from './core/extract/hcl/hclContextAt';
import { tfJsonContextAt } from './core/extract/tfjson/tfJsonContextAt';
import { CDKTF_TYPESCRIPT, HCL, TERRAFORM_JSON } from './core/language/languageDescriptor';
import type { Language } from './core/model/mapping';
import type { FrontEndServices } from './core/service/languageService';
import { cdktfFileParser } from './workspace/parsers/cdktfFileParser';
import type { FileParser, ParserInput } from './workspace/parsers/fileParser';
import { hclFileParser } from './workspace/parsers/hclFileParser';
import { tfJsonFileParser } from './workspace/parsers/tfJsonFileParser';

export interface FrontEnd extends FrontEndServices {
  readonly language: Language;
  /** Whether a file of this name (a path or URI) is this front end's. */
  claims(name: string): boolean;
  /**
   * Whether each file is a module of its own rather than one of its folder's: a stack's constructs refer
   * to each other through the file's own variables, and two stacks in one folder often create constructs
   * of the same name.
   */
  readonly ownModule?: boolean;
  /** What parses a file of this front end and keeps what it needs between edits. */
  createParser(input: ParserInput): FileParser;
  /** The glob of its files, for the editor's file watcher. */
  readonly watch: string;
  /**
   * Whether a file's text can hold anything this front end reads: a TypeScript file is read only when it
   * may import provider bindings, so the other TypeScript of a workspace costs nothing. Absent: always.
   */
  mayHold?(text: string): boolean;
}

export const TERRAFORM_JSON_FRONT_END: FrontEnd = {
  language: 'tfjson',
  claims: (name) => name.endsWith('.tf.json'),
  descriptor: TERRAFORM_JSON,
  contextAt: tfJsonContextAt,
  createParser: tfJsonFileParser,
  watch: '**/*.tf.json',
};

export const HCL_FRONT_END: FrontEnd = {
  language: 'hcl',
  claims: (name) => name.endsWith('.tf'),
  descriptor: HCL,
  contextAt: hclContextAt,
  createParser: hclFileParser,
  watch: '**/*.tf',
};

/** CDK for Terraform stacks are TypeScript files (declaration files excluded). */
export const CDKTF_FRONT_END: FrontEnd = {
  language: 'ts',
  claims: (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'),
  descriptor: CDKTF_TYPESCRIPT,
  ownModule: true,
  contextAt: (text, model, offset) => cdktfFrontEnd().cdktfContextAt(text, model, offset),
  createParser: cdktfFileParser,
  watch: '**/*.ts',
  mayHold: mayImportProvider,
};

/** In the order files are claimed: `.tf.json` before `.tf`'s other checks. */
export const FRONT_ENDS: readonly FrontEnd[] = [TERRAFORM_JSON_FRONT_END, HCL_FRONT_END, CDKTF_FRONT_END];

export function frontEndFor(name: string): FrontEnd | undefined {
  return FRONT_ENDS.find((f) => f.claims(name));
}

/** Whether the analysis reads a file of this name and text (a TypeScript file only when it may be a stack). */
export function readsFile(name: string, text: string): boolean {
  const frontEnd = frontEndFor(name);
  return frontEnd !== undefined && (frontEnd.mayHold?.(text) ?? true);
}

/** Files the analysis reads: those a front end claims (Terraform files and CDKTF stacks). */
export function isTerraformPath(name: string): boolean {
  return frontEndFor(name) !== undefined;
}

/** A file that is a module of its own (a CDKTF stack), not one of its folder's Terraform files. */
export function isOwnModule(name: string): boolean {
  return frontEndFor(name)?.ownModule === true;
}

/**
 * The variable definitions files Terraform reads by itself from a module's folder. They are no Terraform
 * configuration (no front end claims them, nothing is reported on them): they only give variables values.
 * Other `.tfvars` files (`prod.tfvars`) are read only when a command names them, so they are left out.
 */
export function isTfvarsPath(name: string): boolean {
  const base = tfvarsFileName(name);
  return base === 'terraform.tfvars' || base === 'terraform.tfvars.json' || base.endsWith('.auto.tfvars') || base.endsWith('.auto.tfvars.json');
}

/** The file name of a path or URI, decoded (`my%20vars.auto.tfvars` → `my vars.auto.tfvars`). */
export function tfvarsFileName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (!name.includes(':') || !base.includes('%')) return base;
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}

/** Where `terraform init` records the modules it installed: a change re-reads the modules that calls name. */
export const INSTALLED_MODULES_WATCH = '**/.terraform/modules/modules.json';

/** Globs of the variable definitions files, for the editor's file watcher. */
export const TFVARS_WATCH: readonly string[] = ['**/*.auto.tfvars', '**/*.auto.tfvars.json', '**/terraform.tfvars', '**/terraform.tfvars.json'];

/** One of the files a folder's module is made of (`.tf`, `.tf.json`). */
export function isFolderModuleFile(name: string): boolean {
  const frontEnd = frontEndFor(name);
  return frontEnd !== undefined && !frontEnd.ownModule;
}
