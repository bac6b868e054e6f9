// Where the repository's folders are, from the compiled test files in out/test/.

import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');
export const DIST = path.join(REPO, 'dist');
