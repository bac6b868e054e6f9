// The Terraform functions the evaluator knows, by name. A call to any other function is unknown.

import type { TfFunction } from '../tfFunction';
import { format } from './format';
import { join } from './join';
import { jsondecode } from './jsondecode';
import { jsonencode } from './jsonencode';
import { lower } from './lower';
import { max } from './max';
import { min } from './min';
import { replace } from './replace';
import { split } from './split';
import { tobool } from './tobool';
import { tonumber } from './tonumber';
import { tostring } from './tostring';
import { trimprefix } from './trimprefix';
import { trimsuffix } from './trimsuffix';
import { upper } from './upper';

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map<string, TfFunction>([
  // Collections (one file each, beside this one).
  // Strings, numbers and encodings (one file each, beside this one).
  ['format', format],
  ['join', join],
  ['jsondecode', jsondecode],
  ['jsonencode', jsonencode],
  ['lower', lower],
  ['max', max],
  ['min', min],
  ['replace', replace],
  ['split', split],
  ['tobool', tobool],
  ['tonumber', tonumber],
  ['tostring', tostring],
  ['trimprefix', trimprefix],
  ['trimsuffix', trimsuffix],
  ['upper', upper],
]);
