// The value of each variable as Terraform loads it for a root module: its default, replaced by the
// variable definitions files Terraform reads by itself, in increasing precedence: `terraform.tfvars`,
// `terraform.tfvars.json`, then every `*.auto.tfvars` and `*.auto.tfvars.json` in lexical order of the
// file name. `-var-file`, `-var` and `TF_VAR_` environment variables come last in Terraform, but they
// are given on the command line of each run, which the checker cannot see: they are not taken into account.

import type { TfvarsFile } from '../model/tfvarsFile';
import { rangeOf } from '../model/sourceRange';
import type { Value } from '../model/value';

/** Where a file comes in Terraform's order, or undefined when Terraform does not read it by itself (`prod.tfvars`). */
export function tfvarsRank(name: string): number | undefined {
  if (name === 'terraform.tfvars') return 0;
  if (name === 'terraform.tfvars.json') return 1;
  if (name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')) return 2;
  return undefined;
}

/** The files Terraform reads, in the order it applies them (the last one that sets a variable wins). */
export function tfvarsInOrder(files: Iterable<TfvarsFile>): TfvarsFile[] {
  const ranked = [...files].filter((f) => tfvarsRank(f.name) !== undefined);
  // Go's sort of file names compares bytes; file names here are compared by UTF-16 units, the same order for ASCII names.
  return ranked.sort((a, b) => tfvarsRank(a.name)! - tfvarsRank(b.name)! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Applies the files to `variables` (name → default, for the declared variables only: a value for an
 * undeclared variable is one Terraform warns about and nothing reads) and returns, per variable a file
 * set, the name of that file.
 */
export function applyTfvars(variables: Map<string, Value | undefined>, files: Iterable<TfvarsFile>): Map<string, string> {
  const origins = new Map<string, string>();
  for (const file of tfvarsInOrder(files)) {
    if (file.broken) {
      for (const name of variables.keys()) {
        variables.set(name, { kind: 'unknown', text: `var.${name}`, range: rangeOf(0, 0) });
        origins.set(name, file.name);
      }
      continue;
    }
    for (const [name, value] of file.values) {
      if (!variables.has(name)) continue;
      variables.set(name, value);
      origins.set(name, file.name);
    }
  }
  return origins;
}
