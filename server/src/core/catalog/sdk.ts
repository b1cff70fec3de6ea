/**
 * The AWS SDK integrations (arn:aws:states:::aws-sdk:<service>:<action>): every service and action of
 * the generated table (./sdkServices.generated.ts, from the aws-sdk v2 API models), read lazily.
 * Nothing is decoded until a Resource names an aws-sdk service, and then only that service's actions.
 *
 * The table is frozen at the date of its aws-sdk version while AWS keeps adding services and actions,
 * so a name it lacks may be new rather than wrong; the Resource validator words its findings so.
 */
import {
  SDK_CODE_ALPHABET,
  SDK_DATE,
  SDK_SERVICE_ALIASES,
  SDK_SERVICE_ROWS,
  SDK_SINGLE_CODES,
  SDK_SOURCE,
  SDK_UNSUPPORTED_ACTIONS,
  SDK_WORDS,
} from './sdkServices.generated';

export interface SdkService {
  /** As written in the ARN: lowercase, no separators ("s3", "dynamodb", "costexplorer"). */
  service: string;
  /** The PascalCase prefix of the service's error names ("S3", "DynamoDb", "AcmPca"). */
  exceptionPrefix: string;
  /** The service's full name ("Amazon Simple Storage Service"). */
  displayName: string;
}

/** Where the table comes from and how recent it is, for messages: "aws-sdk@2.1693.0", "2025-12-09". */
export const SDK_CATALOG_SOURCE = SDK_SOURCE;
export const SDK_CATALOG_DATE = SDK_DATE;

interface Entry extends SdkService {
  encoded: string;
  actions?: readonly string[];
  actionSet?: ReadonlySet<string>;
}

let entries: readonly Entry[] | undefined;
let byName: Map<string, Entry> | undefined;
let byPrefix: Map<string, Entry> | undefined;

function table(): Map<string, Entry> {
  if (!byName) {
    entries = SDK_SERVICE_ROWS.map(([service, exceptionPrefix, displayName, encoded]) => ({
      service,
      exceptionPrefix,
      displayName,
      encoded,
    }));
    byName = new Map(entries.map((entry) => [entry.service, entry]));
  }
  return byName;
}

/** Every service of the table, sorted by name. */
export function sdkServices(): readonly SdkService[] {
  table();
  return entries!;
}

export function findSdkService(service: string): SdkService | undefined {
  return table().get(service);
}

/** The service whose errors start with `prefix` ("S3" -> s3), if any. */
export function findSdkServiceByExceptionPrefix(prefix: string): SdkService | undefined {
  if (!byPrefix) byPrefix = new Map([...table().values()].map((entry) => [entry.exceptionPrefix, entry]));
  return byPrefix.get(prefix);
}

let aliases: Map<string, string> | undefined;

/**
 * The service someone most likely meant by a name that is not one: the same name in lowercase
 * without hyphens ("DynamoDB", "emr-serverless"), or the service of which it is another name (the
 * endpoint prefix "states" is sfn, "logs" is cloudwatchlogs, the JS SDK's "stepfunctions" is sfn).
 */
export function sdkServiceForOtherName(name: string): SdkService | undefined {
  const normalized = name.toLowerCase().replace(/-/g, '');
  const direct = table().get(normalized);
  if (direct) return direct;
  if (!aliases) aliases = new Map(SDK_SERVICE_ALIASES.split(' ').map((pair) => pair.split('=') as [string, string]));
  const service = aliases.get(normalized);
  return service === undefined ? undefined : table().get(service);
}

/** The actions of a service (sorted; empty for an unknown service), decoded on first use. */
export function sdkActions(service: string): readonly string[] {
  const entry = table().get(service);
  if (!entry) return [];
  if (!entry.actions) entry.actions = decodeActions(entry.encoded);
  return entry.actions;
}

export function hasSdkAction(service: string, action: string): boolean {
  const entry = table().get(service);
  if (!entry) return false;
  if (!entry.actionSet) entry.actionSet = new Set(sdkActions(service));
  return entry.actionSet.has(action);
}

/** True for an action the AWS documentation lists as unsupported through the AWS SDK integration. */
export function isUnsupportedSdkAction(service: string, action: string): boolean {
  return SDK_UNSUPPORTED_ACTIONS[service]?.includes(action) ?? false;
}

// ---------------------------------------------------------------------------------------------
// Decoding (the encoder is scripts/generate-sdk-catalog.mjs): actions are separated by spaces; each
// is a sequence of word codes, one character for the SDK_SINGLE_CODES most frequent words and two
// characters for the others.

let words: readonly string[] | undefined;
let codeIndex: Int16Array | undefined;

function decodeActions(encoded: string): string[] {
  if (!words || !codeIndex) {
    words = SDK_WORDS.split(' ');
    codeIndex = new Int16Array(128).fill(-1);
    for (let index = 0; index < SDK_CODE_ALPHABET.length; index++) codeIndex[SDK_CODE_ALPHABET.charCodeAt(index)] = index;
  }
  const base = SDK_CODE_ALPHABET.length;
  const actions: string[] = [];
  if (encoded === '') return actions;
  let action = '';
  for (let index = 0; index < encoded.length; index++) {
    const char = encoded.charCodeAt(index);
    if (char === 32) {
      actions.push(action);
      action = '';
      continue;
    }
    const code = codeIndex[char]!;
    action +=
      code < SDK_SINGLE_CODES
        ? words[code]
        : words[SDK_SINGLE_CODES + (code - SDK_SINGLE_CODES) * base + codeIndex[encoded.charCodeAt(++index)]!];
  }
  actions.push(action);
  return actions;
}
