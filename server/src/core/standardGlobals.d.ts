// The host globals the core may use, for the core-only check (server/src/core/tsconfig.json, which
// has no @types at all): web-standard APIs that every JavaScript host has (Node, browsers, workers)
// and that neither do I/O nor read the clock or randomness. Timers, the clock, randomness and UUIDs
// come through ports instead (interpreter/types.ts RuntimePorts). Only the members the core uses
// are declared; the root tsconfig leaves this file out and takes the full types from @types/node.

interface AbortSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

declare var AbortController: {
  prototype: AbortController;
  new (): AbortController;
};
interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}

declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};
interface TextEncoder {
  encode(input?: string): Uint8Array;
}

declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean }): TextDecoder;
};
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
