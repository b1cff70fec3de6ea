// Node implementations of the interpreter's ports, shared by `asl run` and the extension host's
// run command (both are Node; the core stays free of I/O): local JS task handlers, an ItemReader
// over local JSON/JSONL/CSV files, a ResultWriter into a local folder, and hashing.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ItemReaderPort,
  type ResultWriterPort,
  type TaskInvoker,
  type TaskRequest,
  NOT_HANDLED,
  TaskFailure,
} from '../core/interpreter';

import { UsageError } from './usageError';

export function nodeHash(algorithm: string, data: string): string {
  const name = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' }[algorithm];
  if (!name) throw new Error(`Unsupported hash algorithm ${algorithm}`);
  return createHash(name).update(data, 'utf8').digest('hex');
}

export { randomUUID };

type Handler = (input: unknown, context: Record<string, unknown>) => unknown;

/**
 * The handlers file binds a Lambda function name or a state name to a JavaScript module:
 *   { "handlers": { "OrderFunction": "./handlers/order.js", "Charge card": { "module": "./pay.mjs", "export": "charge" } } }
 * Paths are relative to the handlers file. The export defaults to `handler`, then `default`.
 */
export async function loadHandlers(file: string): Promise<TaskInvoker> {
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read handlers file ${file}: ${(error as Error).message}`);
  }
  const table = isObject(config) && 'handlers' in config ? config.handlers : config;
  if (!isObject(table)) throw new UsageError(`handlers file ${file} must hold an object {"handlers": {"name": "./module.js"}}`);
  const handlers = new Map<string, Handler>();
  for (const [name, spec] of Object.entries(table as Record<string, unknown>)) {
    const modulePath = typeof spec === 'string' ? spec : (spec as { module?: string }).module;
    const exportName = typeof spec === 'object' && spec !== null ? (spec as { export?: string }).export : undefined;
    if (typeof modulePath !== 'string') throw new UsageError(`handler "${name}" in ${file} needs a module path`);
    const absolute = resolve(dirname(file), modulePath);
    if (!existsSync(absolute)) throw new UsageError(`handler "${name}": module ${absolute} does not exist`);
    let loaded: Record<string, unknown>;
    try {
      loaded = (await dynamicImport(pathToFileURL(absolute).href)) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`handler "${name}": cannot load ${absolute}: ${(error as Error).message}`);
    }
    const fromDefault = (loaded.default ?? {}) as Record<string, unknown>;
    const candidate = exportName
      ? (loaded[exportName] ?? fromDefault[exportName])
      : (loaded.handler ?? fromDefault.handler ?? (typeof loaded.default === 'function' ? loaded.default : undefined));
    if (typeof candidate !== 'function')
      throw new UsageError(`handler "${name}": ${absolute} exports no function ${exportName ?? 'handler (or default)'}`);
    handlers.set(name, candidate as Handler);
  }
  return {
    invoke(request: TaskRequest) {
      const fn = lambdaFunctionName(request);
      const handler = (fn !== undefined ? handlers.get(fn) : undefined) ?? handlers.get(request.stateName);
      if (!handler) return NOT_HANDLED;
      const isLambdaInvoke = /:states:::lambda:invoke/.test(request.resource);
      const payload = isLambdaInvoke && isObject(request.input) && 'Payload' in request.input ? request.input.Payload : request.input;
      const context = {
        stateName: request.stateName,
        resource: request.resource,
        context: request.context,
        signal: request.signal,
        heartbeat: request.heartbeat,
      };
      const wrap = (result: unknown): unknown => {
        const problem = notJson(result);
        if (problem)
          throw new TaskFailure('States.Runtime', `The handler for '${request.stateName}' returned ${problem}, which is not JSON data.`);
        return isLambdaInvoke ? { ExecutedVersion: '$LATEST', Payload: result ?? null, StatusCode: 200 } : result;
      };
      return Promise.resolve()
        .then(() => handler(payload, context))
        .then(
          (result) => result,
          (error: unknown) => {
            throw toTaskFailure(error);
          },
        )
        .then(wrap);
    },
  };
}

/**
 * Why a handler's result is not JSON data (a function, a symbol, a bigint, a cycle), with where in the
 * result it is, or undefined when it is JSON. Lambda would serialise it; passing it on would not be AWS.
 */
function notJson(value: unknown, path = '', seen = new Set<object>()): string | undefined {
  const where = path ? ` at result${path}` : '';
  const type = typeof value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return `a ${type}${where}`;
  if (type !== 'object' || value === null) return undefined;
  if (seen.has(value as object)) return `a cycle${where}`;
  seen.add(value as object);
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [`[${index}]`, item])
    : Object.entries(value as Record<string, unknown>).map(([key, item]) => [`.${key}`, item]);
  for (const [step, item] of entries) {
    const problem = notJson(item, `${path}${step}`, seen);
    if (problem) return problem;
  }
  seen.delete(value as object);
  return undefined;
}

// Kept out of esbuild's reach so ES modules and CommonJS handlers both load at run time.
const dynamicImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Lambda function a Task calls, from its Resource ARN or its FunctionName parameter. */
function lambdaFunctionName(request: TaskRequest): string | undefined {
  const direct = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(request.resource);
  if (direct) return direct[1];
  if (/:states:::lambda:invoke/.test(request.resource) && isObject(request.input)) {
    const name = request.input.FunctionName;
    if (typeof name === 'string') {
      const arn = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(name);
      return arn ? arn[1] : name.split(':')[0];
    }
  }
  return undefined;
}

function toTaskFailure(error: unknown): TaskFailure {
  if (error instanceof TaskFailure) return error;
  if (isObject(error) && typeof error.error === 'string')
    return new TaskFailure(error.error, typeof error.cause === 'string' ? error.cause : undefined);
  if (error instanceof Error) {
    const name = (error as { errorType?: string }).errorType ?? (error.name && error.name !== 'Error' ? error.name : 'Error');
    return new TaskFailure(name, error.message);
  }
  return new TaskFailure('Error', String(error));
}

/**
 * The local path of an S3 object or prefix: `<root>/<bucket>/<key>`. Bucket and key are names, never
 * paths: a bucket name has no slash and is not `.` or `..`, and a key whose `..` steps would climb out
 * of its bucket folder (S3 allows such keys; a folder cannot hold them) is refused, as is anything a
 * symbolic link inside the folder leads outside of it.
 */
export function insideBucket(root: string, bucket: unknown, key: unknown, who: string): string {
  const rootPath = resolve(root);
  let folder = rootPath;
  if (bucket !== undefined && bucket !== null && bucket !== '') {
    const name = String(bucket);
    if (/[/\\]/.test(name) || name === '.' || name === '..')
      throw new Error(`${who}: the bucket name "${name}" is not a bucket name (it may not contain / or \\ or be . or ..)`);
    folder = join(rootPath, name);
  }
  const path = resolve(folder, String(key ?? '').replace(/^\/+/, ''));
  const escapes = (inner: string, outer: string): boolean => {
    const rel = relative(outer, inner);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  if (escapes(path, folder))
    throw new Error(`${who}: the key "${String(key)}" leads outside the local folder of its bucket (${folder}); keys are names, not paths`);
  if (existsSync(path) && existsSync(rootPath) && escapes(realpathSync(path), realpathSync(rootPath)))
    throw new Error(
      `${who}: s3://${String(bucket ?? '')}/${String(key ?? '')} is a link to ${realpathSync(path)}, outside the local S3 folder ${rootPath}`,
    );
  return path;
}

/**
 * Reads Distributed Map items from local files standing in for S3: the object `Key` of bucket
 * `Bucket` is looked up as `<root>/<Bucket>/<Key>`, then `<root>/<Key>`.
 */
export function localItemReader(root: string): ItemReaderPort {
  const locate = (bucket: unknown, key: unknown): string => {
    const candidates = [insideBucket(root, bucket, key, 'ItemReader'), insideBucket(root, undefined, key, 'ItemReader')];
    const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!found)
      throw new Error(`ItemReader: no local file for s3://${String(bucket)}/${String(key)} (looked for ${candidates.join(' and ')})`);
    return found;
  };
  return {
    read({ resource, parameters, readerConfig }) {
      if (/s3:listObjectsV2/.test(resource)) {
        const folder = insideBucket(root, parameters.Bucket, parameters.Prefix, 'ItemReader');
        if (!existsSync(folder)) throw new Error(`ItemReader: no local folder ${folder}`);
        const base = insideBucket(root, parameters.Bucket, undefined, 'ItemReader');
        const walk = (dir: string): string[] =>
          readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
        return walk(folder).map((file) => ({
          Key: relative(base, file).split('\\').join('/'),
          Size: statSync(file).size,
          LastModified: statSync(file).mtime.toISOString(),
          StorageClass: 'STANDARD',
        }));
      }
      const file = locate(parameters.Bucket, parameters.Key);
      const text = readFileSync(file, 'utf8');
      const type = String(
        readerConfig.InputType ?? (file.endsWith('.csv') ? 'CSV' : file.endsWith('.jsonl') ? 'JSONL' : 'JSON'),
      ).toUpperCase();
      if (type === 'JSON') {
        const value = JSON.parse(text);
        if (!Array.isArray(value)) throw new Error(`ItemReader: ${file} must hold a JSON array`);
        return value;
      }
      if (type === 'JSONL')
        return text
          .split(/\r?\n/)
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line));
      if (type === 'CSV') return parseCsvItems(text, readerConfig);
      throw new Error(`ItemReader: unsupported InputType ${type}`);
    },
  };
}

function parseCsvRows(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const CSV_DELIMITERS: Record<string, string> = { COMMA: ',', PIPE: '|', SEMICOLON: ';', SPACE: ' ', TAB: '\t' };

function parseCsvItems(text: string, config: Record<string, unknown>): unknown[] {
  const rows = parseCsvRows(text, CSV_DELIMITERS[String(config.CSVDelimiter ?? 'COMMA')] ?? ',');
  let headers: string[];
  if (config.CSVHeaderLocation === 'GIVEN' && Array.isArray(config.CSVHeaders)) headers = config.CSVHeaders.map(String);
  else headers = rows.shift() ?? [];
  return rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index] ?? ''])));
}

/**
 * Writes Distributed Map results as AWS does into `<root>/<Bucket>/<Prefix>/<run>/`: a
 * manifest.json and SUCCEEDED_0.json / FAILED_0.json holding one record per child execution
 * (Input and Output as JSON strings, like the files AWS writes to S3).
 */
export function localResultWriter(root: string): ResultWriterPort {
  return {
    write({ parameters, results, inputs, statuses, mapRunId }) {
      const bucket = String(parameters.Bucket ?? 'results');
      const prefix = String(parameters.Prefix ?? '');
      const runId = (mapRunId.split(':').pop() ?? 'run').replace(/[/\\]/g, '_');
      const folder = insideBucket(root, bucket, [prefix, runId].filter(Boolean).join('/'), 'ResultWriter');
      mkdirSync(folder, { recursive: true });
      const now = new Date().toISOString();
      const record = (index: number): Record<string, unknown> => ({
        ExecutionArn: `${mapRunId.replace(':mapRun:', ':execution:')}:${index}`,
        Input: JSON.stringify(inputs[index] ?? null),
        InputDetails: { Included: true },
        Name: String(index),
        Output: JSON.stringify(results[index] ?? null),
        OutputDetails: { Included: true },
        RedriveCount: 0,
        RedriveStatus: 'NOT_REDRIVABLE',
        StartDate: now,
        StateMachineArn: mapRunId.replace(/:mapRun:([^/]+)\/.*$/, ':stateMachine:$1'),
        Status: statuses[index] ?? 'SUCCEEDED',
        StopDate: now,
      });
      const keyOf = (name: string): string => [prefix, runId, name].filter(Boolean).join('/');
      const files: Record<string, Array<{ Key: string; Size: number }>> = { SUCCEEDED: [], FAILED: [], PENDING: [] };
      for (const status of ['SUCCEEDED', 'FAILED'] as const) {
        const records = results
          .map((_, index) => index)
          .filter((index) => (statuses[index] ?? 'SUCCEEDED') === status)
          .map(record);
        if (!records.length) continue;
        const text = JSON.stringify(records, null, 2);
        writeFileSync(join(folder, `${status}_0.json`), text);
        files[status]!.push({ Key: keyOf(`${status}_0.json`), Size: Buffer.byteLength(text) });
      }
      writeFileSync(
        join(folder, 'manifest.json'),
        JSON.stringify({ DestinationBucket: bucket, MapRunArn: mapRunId, ResultFiles: files }, null, 2),
      );
      return { Bucket: bucket, Key: keyOf('manifest.json') };
    },
  };
}
