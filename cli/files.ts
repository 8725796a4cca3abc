import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, realpathSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { err, ok, printable, textFromBytes, type Result } from '../engine/index.ts';

// Files named on the command line are outside input: any size, any kind of file, any encoding.
// Reading stops at a limit whatever the file claims (a /proc file says it is empty, /dev/zero never
// ends), and only regular files are read or written, so a named pipe or a device never hangs us.

/** What a file is, for a message, when it is not a regular file. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a pipe';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENXIO: 'it is a pipe or a socket, not a file',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EINVAL: 'that place does not take files',
};

/** An error from the file system, in words, never its raw message. */
const because = (e: unknown): string => WHY[(e as NodeJS.ErrnoException).code ?? ''] ?? `the system refused (${printable((e as NodeJS.ErrnoException).code ?? 'unknown error', 20)})`;

/** Open without waiting: opening a named pipe for reading or writing would block until the other end opens. */
const NO_WAIT = constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * A file's text: at most `limit` bytes of a regular file, decoded (UTF-8, with or without a BOM,
 * or UTF-16). The message names the file visibly and says what is wrong.
 */
export function readTextFile(file: string, what: string, limit: number): Result<string> {
  const shown = printable(file, 120);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_WAIT);
  } catch (e) {
    return err(`cannot read ${shown}: ${because(e)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return err(`cannot read ${shown}: it is ${kindOf(stat)}, not a file; give the path of a ${what} saved on disk`);
    // Read up to one byte past the limit: getting it means the file is too large, however it reports its size.
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > limit) return err(`cannot read ${shown}: a ${what} may be at most ${limit / 1e6} MB, and this file is larger`);
    if (length === 0) return err(`cannot read ${shown}: the file is empty`);
    const text = textFromBytes(buffer.subarray(0, length));
    return text.ok ? text : err(`cannot read ${shown}: ${text.error}`);
  } catch (e) {
    return err(`cannot read ${shown}: ${because(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** Where a path leads, following links, for a file that may not exist yet. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return join(realpathSync(dirname(resolve(file))), basename(file));
  }
}

/** Pseudo file systems take writes as commands to the kernel, not as files. */
const PSEUDO = ['/proc', '/sys', '/dev'];

/**
 * Write text to a regular file (created, or replaced), making its folder if need be. Refused: a
 * place in /proc, /sys or /dev (except /dev/null, to throw the file away), and anything that is
 * not a regular file, such as a named pipe, which would otherwise wait forever for a reader.
 * The error is the reason alone (`it is a folder`), for the caller to say what was being written.
 */
export function writeTextFile(file: string, text: string): Result<void> {
  const pseudo = (path: string) => path !== '/dev/null' && PSEUDO.some((p) => path === p || path.startsWith(`${p}/`));
  const refused = (path: string) => err(`${printable(path.split('/')[1]!, 10)} is a system folder, not a place for files`);
  try {
    // As written first (so no folder is made there), then where links lead.
    if (pseudo(resolve(file))) return refused(resolve(file));
    mkdirSync(dirname(file), { recursive: true });
    const real = realPath(file);
    if (real === '/dev/null') return ok(undefined);
    if (pseudo(real)) return refused(real);
  } catch (e) {
    return err(because(e));
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | NO_WAIT, 0o666);
  } catch (e) {
    return err(because(e));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return err(`it is ${kindOf(stat)}, not a file`);
    ftruncateSync(fd, 0);
    const bytes = new TextEncoder().encode(text);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    return ok(undefined);
  } catch (e) {
    return err(because(e));
  } finally {
    closeSync(fd);
  }
}
