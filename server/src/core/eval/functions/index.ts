// The Terraform functions the evaluator knows, by name. A call to any other function is unknown.

import type { TfFunction } from '../tfFunction';

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map<string, TfFunction>([
  // Collections (one file each, beside this one).
  // Strings, numbers and encodings (one file each, beside this one).
]);
