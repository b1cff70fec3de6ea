/**
 * Reading a recorded execution history: what `aws stepfunctions get-execution-history --output json`
 * prints (`{"events": [...]}`), several such pages in an array, a bare array of events, or the
 * same with details already parsed (the shape SDKs and the console export give). Never throws:
 * a problem comes back as a message.
 */
import type { HistoryEvent } from '../interpreter/types';

/** One event with its id numbers checked and its `...EventDetails` object found. */
export interface RecordedEvent extends HistoryEvent {
  /** The event's `<type>EventDetails` object ({} when the event has none). */
  details: Record<string, unknown>;
}

export type HistoryReading = { events: RecordedEvent[] } | { problem: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeEvent(value: unknown): boolean {
  return isObject(value) && typeof value.type === 'string' && 'id' in value;
}

/** The events of a history document, in id order. */
export function readHistory(document: unknown): HistoryReading {
  let raw: unknown[] | undefined;
  if (isObject(document) && Array.isArray(document.events)) raw = document.events;
  else if (isObject(document)) {
    // An export that wraps the history with the execution's details: {"execution": ..., "history": {"events": [...]}}.
    const wrapped = Object.values(document).find((value) => isObject(value) && Array.isArray(value.events)) as
      { events: unknown[] } | undefined;
    if (wrapped) raw = wrapped.events;
  } else if (Array.isArray(document)) {
    if (document.every(looksLikeEvent)) raw = document;
    else if (document.every((page) => isObject(page) && Array.isArray(page.events)))
      raw = document.flatMap((page) => (page as { events: unknown[] }).events);
  }
  if (!raw) {
    return {
      problem:
        'not an execution history: expected {"events": [...]} (aws stepfunctions get-execution-history --output json), an array of such pages, or an array of events',
    };
  }
  const events: RecordedEvent[] = [];
  const seen = new Set<number>();
  for (let index = 0; index < raw.length; index++) {
    const event = raw[index];
    if (!looksLikeEvent(event)) return { problem: `event ${index + 1} of the history has no "type" and "id"` };
    const record = event as Record<string, unknown>;
    const id = Number(record.id);
    const previousEventId = Number(record.previousEventId ?? 0);
    if (!Number.isInteger(id) || id < 1)
      return { problem: `event ${index + 1} of the history has an invalid id ${JSON.stringify(record.id)}` };
    if (seen.has(id)) continue; // overlapping pages
    seen.add(id);
    const detailsKey = Object.keys(record).find((key) => key.endsWith('EventDetails') && isObject(record[key]));
    events.push({
      ...record,
      id,
      previousEventId: Number.isInteger(previousEventId) ? previousEventId : 0,
      timestamp: timestampText(record.timestamp),
      type: record.type as string,
      details: detailsKey ? (record[detailsKey] as Record<string, unknown>) : {},
    });
  }
  // `--reverse-order` histories and joined pages: event ids give the order.
  events.sort((a, b) => a.id - b.id);
  if (!events.length) return { problem: 'the history has no events' };
  if (events[0]!.type !== 'ExecutionStarted')
    return { problem: `the history does not start with ExecutionStarted (its first event is ${events[0]!.type})` };
  return { events };
}

/** ISO text for the timestamps the CLI prints (ISO text or epoch seconds) and SDKs give (Date). */
function timestampText(value: unknown): string {
  if (typeof value === 'number') return new Date(value * (value < 1e11 ? 1000 : 1)).toISOString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
  }
  return new Date(0).toISOString();
}

/**
 * A payload field of an event (input, output): AWS sends JSON text; parsed snapshots hold the
 * value itself. `undefined` when absent or truncated (`...Details.truncated`).
 */
export function payload(details: Record<string, unknown>, field: 'input' | 'output'): { value: unknown } | undefined {
  if (!(field in details)) return undefined;
  const info = details[`${field}Details`];
  if (isObject(info) && info.truncated === true) return undefined;
  const value = details[field];
  if (typeof value !== 'string') return { value };
  try {
    return { value: JSON.parse(value) };
  } catch {
    return { value };
  }
}
