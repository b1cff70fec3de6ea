/**
 * The data-limit checks states make on their results and outputs (split out of engine.ts), with
 * AWS's wording; the byte counting itself is in dataLimit.ts.
 */
import { DATA_LIMIT_BYTES } from './dataLimit';
import { ERRORS, StatesError } from './errors';
import { stringify } from './jsonpathProcessing';
import type { Json } from './maybe';

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}

/** AWS fails a state whose output exceeds 256 KiB (checked as the state exits). */
export function outputTooLarge(stateName: string): StatesError {
  return new StatesError(
    ERRORS.DataLimitExceeded,
    `The state/task '${stateName}' produced an output with a size exceeding the maximum number of bytes service limit (${DATA_LIMIT_BYTES} bytes).`,
  );
}

export function textExceedsDataLimit(text: string): boolean {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: short texts need no count.
  return text.length * 3 > DATA_LIMIT_BYTES && utf8Length(text) > DATA_LIMIT_BYTES;
}

/** AWS fails a state whose result exceeds 256 KiB (checked where results are assembled). */
export function checkResultSize(stateName: string, result: Json): void {
  if (utf8Length(stringify(result)) > DATA_LIMIT_BYTES) {
    throw new StatesError(
      ERRORS.DataLimitExceeded,
      `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  }
}
