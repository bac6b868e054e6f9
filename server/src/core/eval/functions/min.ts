// min(n, ...): the smallest of one or more numbers.

import { extremum } from './extremum';

export const min = extremum('min', (a, b) => a < b);
