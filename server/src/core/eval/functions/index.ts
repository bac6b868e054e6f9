// The Terraform functions the evaluator knows, by name. A call to any other function is unknown.

import type { TfFunction } from '../tfFunction';
import { can } from './can';
import { coalesce } from './coalesce';
import { coalescelist } from './coalescelist';
import { concat } from './concat';
import { contains } from './contains';
import { distinct } from './distinct';
import { element } from './element';
import { flatten } from './flatten';
import { keys } from './keys';
import { length } from './length';
import { lookup } from './lookup';
import { merge } from './merge';
import { range } from './range';
import { tolist } from './tolist';
import { tomap } from './tomap';
import { toset } from './toset';
import { tryFunction } from './try';
import { values } from './values';
import { zipmap } from './zipmap';
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
  ['can', can],
  ['coalesce', coalesce],
  ['coalescelist', coalescelist],
  ['concat', concat],
  ['contains', contains],
  ['distinct', distinct],
  ['element', element],
  ['flatten', flatten],
  ['keys', keys],
  ['length', length],
  ['lookup', lookup],
  ['merge', merge],
  ['range', range],
  ['tolist', tolist],
  ['tomap', tomap],
  ['toset', toset],
  ['try', tryFunction],
  ['values', values],
  ['zipmap', zipmap],
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
