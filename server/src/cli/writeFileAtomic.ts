// Replaces a file's text without ever leaving it half written or overwriting an edit made since it was
// read: the new text goes to a temporary file beside it (same folder, so the rename cannot cross file
// systems), is flushed to disk, and is renamed over the original only if the original still holds the
// text that was analysed. A rename is atomic: readers see the old file or the new one, never a mix.

import * as fs from 'node:fs';
import * as path from 'node:path';

export type WriteOutcome =
  | { readonly kind: 'written' }
  /** The file on disk is no longer the text that was read: it was left as it is. */
  | { readonly kind: 'changed' }
  /** The file could not be written (read-only, full disk, size limit, …); it was left as it is. */
  | { readonly kind: 'failed'; readonly reason: string };

export interface WriteOptions {
  /** Called after the temporary file is written and before the original is compared: a seam for tests. */
  readonly beforeReplace?: (file: string) => void;
}

/** Writes `text` to `file` (UTF-8) when the file still reads as `expected`. Never throws for I/O errors. */
export function writeFileAtomic(file: string, expected: string, text: string, options: WriteOptions = {}): WriteOutcome {
  let target: string;
  let stat: fs.Stats;
  try {
    // A symbolic link stays a link: the file it points to is the one replaced.
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
    // A rename replaces a read-only file as easily as any other; a read-only file must stay untouched.
    fs.accessSync(target, fs.constants.W_OK);
    const before = compareWithDisk(target, expected);
    if (before === 'not-utf8') return { kind: 'failed', reason: 'not valid UTF-8 text (writing it back would replace the bytes that are not)' };
    if (before === 'changed') return { kind: 'changed' };
  } catch (error) {
    return { kind: 'failed', reason: reasonOf(error) };
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.lambda-esm.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    // The original's owner, where we may set it (as root), then its mode, not the umask's (which `open`
    // applies), so an executable or group-writable file keeps its permissions. In this order because a
    // change of owner clears the set-user-id bits.
    if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) {
      try {
        fs.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Only root may give a file away; anyone else writes files they own, as an editor would.
      }
    }
    fs.fchmodSync(fd, stat.mode & 0o7777);
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    options.beforeReplace?.(file);
    // Last look before the rename: an editor may have saved the file since it was read.
    if (compareWithDisk(target, expected) !== 'same') {
      fs.rmSync(temp, { force: true });
      return { kind: 'changed' };
    }
    // The folder is not flushed after the rename: that would only make the rename itself survive a crash
    // (else the old file is found again, whole), at the cost of doubling the flushes of a run.
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // The folder refused the temporary file itself; there is nothing to remove.
    }
    return { kind: 'failed', reason: reasonOf(error) };
  }
  return { kind: 'written' };
}

/**
 * Whether the file's bytes are exactly `expected` in UTF-8. Bytes that are not UTF-8 were read as U+FFFD,
 * so the text analysed is not the file: writing it back would lose those bytes.
 */
function compareWithDisk(file: string, expected: string): 'same' | 'changed' | 'not-utf8' {
  const bytes = fs.readFileSync(file);
  if (bytes.equals(Buffer.from(expected, 'utf8'))) return 'same';
  return bytes.toString('utf8') === expected ? 'not-utf8' : 'changed';
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already closed or broken: the temporary file is removed next, which is what matters.
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file size limit exceeded',
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder',
  EBUSY: 'file is busy',
};

/** One line for people: what went wrong, with the system's code (`permission denied (EACCES)`). */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code) return `${REASONS[code] ?? (error as Error).message.split('\n')[0]!.replace(/^[A-Z]+: /, '').replace(/, \w+ .*$/, '')} (${code})`;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
