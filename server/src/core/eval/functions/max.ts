// max(n, ...): the largest of one or more numbers.

import { extremum } from './extremum';

export const max = extremum('max', (a, b) => a > b);
