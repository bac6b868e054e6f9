// Glob matching for `lambdaEsm.sampleFiles` in time proportional to the glob's length times the path's:
// the glob libraries we measured (picomatch, minimatch, micromatch, zeptomatch, wildcard-match) compile
// to backtracking regular expressions, which take minutes on `*a*a*a*a*a*a*a*a*a*a*a*b` against a long
// file name. So braces are expanded by `brace-expansion` (bounded, as bash does it) and each resulting
// glob is run as a set of live positions over the path, never backtracking.

import { expand } from 'brace-expansion';

/** Expansions of one glob's braces that are kept: beyond this, the glob is refused, with a message. */
export const MAX_GLOB_EXPANSIONS = 100;

/** One step of a compiled glob. `dirs` and `dirsLoop` are `**` before a `/`: any number of whole folders. */
type Token =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'one' | 'star' | 'any' | 'dirs' | 'dirsLoop' };

export type GlobMatcher = (relative: string) => boolean;

/**
 * A matcher of `/`-separated relative paths for one glob: `*` is any run of characters but `/`, `?` one
 * such character, `**` before a `/` any number of folders (none too), `**` elsewhere any run of characters, and
 * `{a,b}` / `{1..3}` alternatives as in bash. Undefined, with the reason in `problem`, when the braces
 * expand to more than MAX_GLOB_EXPANSIONS globs.
 */
export function globMatcher(glob: string, problem?: (message: string) => void): GlobMatcher | undefined {
  // `expand('')` is no glob at all; an empty glob matches the empty path, as before braces.
  const globs = glob === '' ? [''] : expand(glob, { max: MAX_GLOB_EXPANSIONS + 1 });
  if (globs.length > MAX_GLOB_EXPANSIONS) {
    problem?.(`The glob ${JSON.stringify(glob)} expands to more than ${MAX_GLOB_EXPANSIONS} globs; it is ignored.`);
    return undefined;
  }
  const compiled = [...new Set(globs)].map(compile);
  return (relative) => compiled.some((tokens) => matches(tokens, relative));
}

function compile(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      if (glob[i + 2] === '/') {
        tokens.push({ kind: 'dirs' }, { kind: 'dirsLoop' });
        i += 2;
      } else {
        tokens.push({ kind: 'any' });
        i += 1;
      }
    } else if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', ch: c });
  }
  return tokens;
}

/**
 * Runs the glob over `path` keeping the set of positions alive after each character: every character
 * costs at most one step per position, whatever the glob.
 */
function matches(tokens: readonly Token[], path: string): boolean {
  const size = tokens.length + 1;
  let alive = new Uint8Array(size);
  let next = new Uint8Array(size);
  alive[0] = 1;
  close(tokens, alive);
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    next.fill(0);
    let any = false;
    for (let k = 0; k < tokens.length; k++) {
      if (!alive[k]) continue;
      const t = tokens[k]!;
      switch (t.kind) {
        case 'char':
          if (t.ch === c) next[k + 1] = 1;
          break;
        case 'one':
          if (c !== '/') next[k + 1] = 1;
          break;
        case 'star':
          if (c !== '/') next[k] = 1;
          break;
        case 'any':
          next[k] = 1;
          break;
        case 'dirsLoop':
          // Inside the folders of a `**` before a `/`: any characters; a `/` may end them.
          next[k] = 1;
          if (c === '/') next[k + 1] = 1;
          break;
        case 'dirs':
          break;
      }
      any = true;
    }
    if (!any) return false;
    close(tokens, next);
    [alive, next] = [next, alive];
  }
  return alive[tokens.length] === 1;
}

/** Adds the positions reachable without reading a character: past `*` and `**`, into or past the folders of `dirs`. */
function close(tokens: readonly Token[], alive: Uint8Array): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!alive[k]) continue;
    const kind = tokens[k]!.kind;
    if (kind === 'star' || kind === 'any') alive[k + 1] = 1;
    else if (kind === 'dirs') {
      alive[k + 1] = 1;
      alive[k + 2] = 1;
    }
  }
}
