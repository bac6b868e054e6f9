// Test support: every file under a folder whose name ends in `ext`, sorted, for tests that walk fixtures.

import * as fs from 'node:fs';
import * as path from 'node:path';

export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}
