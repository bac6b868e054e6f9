// What a variable definitions file (`terraform.tfvars`, `*.auto.tfvars`, their `.json` forms) sets: the
// module's variables take their values from these files before their defaults. Values keep the ranges of
// their own file; they are never reported on there (findings point at the mapping's `var.x`).

import type { Value } from './value';

export interface TfvarsFile {
  /** The file's name without its folder: Terraform orders the files by name. */
  readonly name: string;
  /** Variable name → the value the file gives it. A value Terraform would refuse (a call, a reference) is unknown. */
  readonly values: ReadonlyMap<string, Value>;
  /**
   * Set when the file cannot be read whole (a syntax error, a block, JSON that is no object). Terraform
   * stops on such a file, and it could have set any variable: all of them are unknown unless a file read
   * after it sets them.
   */
  readonly broken: boolean;
}
