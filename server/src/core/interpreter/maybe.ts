/**
 * The sync-until-it-must-wait helpers every state uses: a `Maybe<T>` is a value or a promise of
 * one, so the run loop stays synchronous until a state really has to wait (split out of engine.ts).
 */

export type Json = unknown;
export type Maybe<T> = T | Promise<T>;
export type Definition = Record<string, unknown>;

export function isPromise<T>(value: Maybe<T>): value is Promise<T> {
  return value instanceof Promise;
}

/** Runs `fn`; errors (thrown or rejected) go to `onError`. Stays synchronous when `fn` is. */
export function attempt<T>(fn: () => Maybe<T>, onError: (error: unknown) => Maybe<T>): Maybe<T> {
  let result: Maybe<T>;
  try {
    result = fn();
  } catch (error) {
    return onError(error);
  }
  return isPromise(result) ? result.catch(onError) : result;
}

export function then<T, U>(value: Maybe<T>, fn: (value: T) => Maybe<U>): Maybe<U> {
  return isPromise(value) ? value.then(fn) : fn(value);
}
