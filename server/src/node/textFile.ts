/**
 * Reads a definition or infrastructure file safely, for every Node surface (asl validate, the
 * shared machine loader and the files it follows): only a regular file of at most
 * MAX_DEFINITION_BYTES, opened without blocking (a FIFO would otherwise wait for a writer) and
 * checked through its descriptor, so what is checked is what is read.
 *
 *   const { text, utf8 } = readTextFile(path); // throws NotReadable or a file system error
 *   ... catch (error) { say(`cannot read "${path}": ${readErrorReason(error)}`); }
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Larger files are refused before reading. AWS accepts definitions up to 1 MB; 16 MiB leaves room
 * for YAML's indentation and comments and for generated machines, and validates in a few seconds,
 * while a runaway file (a log, a dump, /dev/zero behind a symbolic link) is refused at once.
 */
export const MAX_DEFINITION_BYTES = 16 * 1024 * 1024;

/** A file refused before reading, with the reason for the message. */
export class NotReadable extends Error {}

/**
 * Reads a file as UTF-8; `utf8` is false when some bytes are not UTF-8. A byte order mark becomes
 * a space, which keeps every offset in place. Anything but a regular file of at most
 * MAX_DEFINITION_BYTES throws a NotReadable with the reason.
 */
export function readTextFile(path: string): { text: string; utf8: boolean } {
  const descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let bytes: Buffer;
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new NotReadable('it is a folder');
    if (!stats.isFile()) throw new NotReadable('it is not a regular file (a device, pipe or socket); a definition is a JSON or YAML file');
    if (stats.size > MAX_DEFINITION_BYTES)
      throw new NotReadable(
        `it is ${megabytes(stats.size)}, over the ${megabytes(MAX_DEFINITION_BYTES)} limit for a definition (AWS accepts up to 1 MB)`,
      );
    bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(descriptor, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    bytes = bytes.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
  let utf8 = true;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    utf8 = false;
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, utf8 };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/** Why a file could not be read, worded for the user. */
export function readErrorReason(error: unknown): string {
  if (error instanceof NotReadable) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
