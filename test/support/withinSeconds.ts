// A guard for work that used to hang. node:test's `timeout` cannot stop synchronous work (a slow
// synchronous test still passes), so the guard measures the call instead. The bound is far above what
// the work takes now, even on a loaded machine, and far below what it took before: it is not a
// performance target (those are in bench/), only a tripwire for the hang coming back.

import * as assert from 'node:assert/strict';

export function withinSeconds<T>(seconds: number, run: () => T): T {
  const start = performance.now();
  const result = run();
  const took = (performance.now() - start) / 1000;
  assert.ok(took < seconds, `took ${took.toFixed(1)} s, the guard is ${seconds} s`);
  return result;
}
