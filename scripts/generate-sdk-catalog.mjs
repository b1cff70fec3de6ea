// Writes server/src/core/catalog/sdkServices.generated.ts: the services and actions that Step
// Functions' AWS SDK integration (arn:aws:states:::aws-sdk:<service>:<action>) accepts, read from the
// API models of the npm package aws-sdk (v2). The package is ~90 MB, so it is not a dependency: this
// script packs the pinned version into a temporary folder, extracts apis/, and deletes it afterwards.
// Usage: node scripts/generate-sdk-catalog.mjs [--version 2.1693.0]
//
// Names. Step Functions names services and actions after the AWS SDK for Java v2, whose code generator
// (DefaultNamingStrategy.getServiceName, CodegenNamingUtils.pascalCase, Utils.unCapitalize) does this:
//   service name    pascalCase(serviceId), then a leading "Amazon" or "Aws" and a trailing "Service"
//                   removed: "DynamoDB" -> DynamoDb, "ACM PCA" -> AcmPca, "Config Service" -> Config,
//                   "IoTAnalytics" -> IoTAnalytics, "IoT Events" -> IotEvents, "SESv2" -> SesV2.
//                   That PascalCase name is the prefix of the service's error names (S3.NoSuchKeyException);
//                   lowercased it is the <service> of the ARN (dynamodb, acmpca, config, sesv2).
//   action          the operation name with its first letter (or leading acronym) lowercased:
//                   GetObject -> getObject, ListObjectsV2 -> listObjectsV2.
// Checked against the AWS Step Functions developer guide's table of AWS SDK integrations (259 of its 264
// service names derive to the same name and exception prefix; the 5 others are services the SDK no
// longer has) and against every aws-sdk:<service>:<action> in the project's corpus of valid machines
// (test/unit/catalog/sdk.test.ts keeps checking that).
//
// The generated module stores each service's actions as codes into one word list (camelCase words:
// "describe", "Instance", "Status"): about a third of the size of the plain names. The catalog
// decodes a service's actions on first use (server/src/core/catalog/sdk.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PINNED_VERSION = '2.1693.0';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(repoRoot, 'server', 'src', 'core', 'catalog', 'sdkServices.generated.ts');

/**
 * Where the rule above gives a name Step Functions does not use: { serviceId: { name, prefix } }.
 * None is needed for aws-sdk 2.1693.0: every service name of the AWS table and of the corpus derives
 * as it is. Known differences that are NOT overridden, because the table itself is the odd one out:
 *   "MemoryDB"     the table's exception prefix is "MemoryDB"; Java v2's client is MemoryDbClient, so
 *                  MemoryDb is kept.
 *   "Auto Scaling" the table's exception prefix is "Auto Scaling" (with a space, which cannot start
 *                  an error name a Retrier matches); Java v2's AutoScaling is kept.
 */
const OVERRIDES = {};

/**
 * Actions the AWS table lists as unsupported for services it supports (streaming and legacy calls).
 * They stay out of completion, and the validator warns about them. The table's entries for
 * Application Discovery, CodeDeploy, Direct Connect, IoT and STS name no actions, so none are listed.
 */
const UNSUPPORTED_ACTIONS = {
  comprehendmedical: ['detectEntities'],
  efs: ['createTags'],
  elastictranscoder: ['testRole'],
  emr: ['describeJobFlows'],
  iotdeviceadvisor: ['listTestCases'],
  kinesis: ['subscribeToShard'],
  lambda: ['invokeAsync'],
  lexruntimev2: ['startConversation'],
  mediapackage: ['rotateChannelCredentials'],
  rdsdata: ['executeSql'],
  s3: ['selectObjectContent'],
  s3control: ['selectObjectContent'],
  shield: ['deleteSubscription'],
};

/**
 * Other names of a service that people write by mistake (the endpoint prefix "states", the JS SDK's
 * "stepfunctions", "logs", "monitoring") are collected from the models as aliases, so "Did you mean"
 * can name the right service. A name several services share is dropped, unless chosen here.
 */
const ALIAS_CHOICES = {
  // The optimized integration's name for EventBridge; the SDK has cloudwatchevents and eventbridge (the current name).
  events: 'eventbridge',
  // OpenSearch Service succeeded Elasticsearch Service; both sign as "es".
  es: 'opensearch',
  // SES v1 and v2 both use the "email" endpoint.
  email: 'ses',
};

/** Services the AWS table lists as deprecated, by derived name; left out of the table when present. */
const DEPRECATED_SERVICES = ['mobile', 'macie'];

// ---------------------------------------------------------------------------------------------
// Java v2's naming, in JavaScript (regular expressions as in CodegenNamingUtils).

export function splitOnWordBoundaries(text) {
  let result = text.replace(/[^A-Za-z0-9]+/g, ' ');
  result = result.replace(/([^a-z]{2,})v([0-9]+)/g, '$1 v$2 ').replace(/([^A-Z]{2,})V([0-9]+)/g, '$1 V$2 ');
  result = result.split(/(?<=[a-z])(?=[A-Z](?:[a-zA-Z]|[0-9]))/).join(' ');
  result = result.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  result = result.replace(/([0-9])([a-zA-Z])/g, '$1 $2');
  return result.replace(/ +/g, ' ').trim().split(' ');
}

export function pascalCase(text) {
  return splitOnWordBoundaries(text)
    .map((word) => word.toLowerCase())
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

export function javaServiceName(serviceId) {
  let name = pascalCase(serviceId);
  if (name.startsWith('Amazon')) name = name.slice('Amazon'.length);
  if (name.startsWith('Aws')) name = name.slice('Aws'.length);
  if (name.endsWith('Service')) name = name.slice(0, -'Service'.length);
  return name;
}

export function unCapitalize(name) {
  let index = 0;
  let result = '';
  do {
    result += name.charAt(index++).toLowerCase();
  } while (index < name.length && isUpper(name.charAt(index)) && !(index < name.length - 1 && isLower(name.charAt(index + 1))));
  return result + name.slice(index);
}

const isUpper = (char) => char >= 'A' && char <= 'Z';
const isLower = (char) => char >= 'a' && char <= 'z';

// ---------------------------------------------------------------------------------------------
// Fetching

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

function fetchApis(version, folder) {
  process.stderr.write(`npm pack aws-sdk@${version} ...\n`);
  const packed = JSON.parse(run('npm', ['pack', `aws-sdk@${version}`, '--json', '--pack-destination', folder], { cwd: folder }));
  const tarball = join(folder, packed[0].filename);
  run('tar', ['-xzf', tarball, '-C', folder, 'package/apis']);
  return join(folder, 'package', 'apis');
}

function publishedDate(version) {
  const times = JSON.parse(run('npm', ['view', `aws-sdk@${version}`, 'time', '--json']));
  const time = times[version];
  if (!time) throw new Error(`npm has no publish time for aws-sdk@${version}`);
  return time.slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Reading the models

function readServices(apis) {
  const metadata = JSON.parse(readFileSync(join(apis, 'metadata.json'), 'utf8'));
  const files = readdirSync(apis).filter((file) => file.endsWith('.min.json'));
  const services = new Map();
  for (const [key, entry] of Object.entries(metadata)) {
    const filePrefix = `${entry.prefix ?? key}-`;
    // The newest API version of the service (files are <prefix>-<yyyy-mm-dd>.min.json).
    const versions = files
      .filter((file) => file.startsWith(filePrefix) && /^\d{4}-\d{2}-\d{2}\.min\.json$/.test(file.slice(filePrefix.length)))
      .sort();
    if (versions.length === 0) throw new Error(`no API model for ${key}`);
    const model = JSON.parse(readFileSync(join(apis, versions[versions.length - 1]), 'utf8'));
    const serviceId = model.metadata.serviceId;
    if (!serviceId) throw new Error(`${key} has no serviceId`);
    const override = OVERRIDES[serviceId];
    const prefix = override?.prefix ?? javaServiceName(serviceId);
    const name = override?.name ?? prefix.toLowerCase();
    if (!/^[a-z0-9]+$/.test(name)) throw new Error(`${serviceId}: derived name "${name}" is not lowercase letters and digits`);
    if (DEPRECATED_SERVICES.includes(name)) continue;
    const unsupported = new Set(UNSUPPORTED_ACTIONS[name] ?? []);
    // Event-stream operations (kinesis:subscribeToShard, lexruntimev2:startConversation) are not in
    // the v2 models at all; the others of UNSUPPORTED_ACTIONS are, and are dropped here.
    const actions = [...new Set(Object.keys(model.operations).map(unCapitalize))].filter((action) => !unsupported.has(action)).sort();
    if (services.has(name)) throw new Error(`two services derive to "${name}": ${services.get(name).serviceId} and ${serviceId}`);
    // Hyphens are left out: the catalog strips them before it looks a name up.
    const otherNames = [key, entry.prefix, model.metadata.endpointPrefix, model.metadata.signingName]
      .filter((other) => other && !other.includes('.'))
      .map((other) => other.toLowerCase().replace(/-/g, ''));
    services.set(name, {
      name,
      prefix,
      serviceId,
      displayName: model.metadata.serviceFullName ?? serviceId,
      actions,
      otherNames: [...new Set(otherNames)],
    });
  }
  for (const name of Object.keys(UNSUPPORTED_ACTIONS)) {
    if (!services.has(name)) throw new Error(`UNSUPPORTED_ACTIONS names an unknown service "${name}"`);
  }
  return [...services.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** alias -> service name, for names that are not themselves a service name. */
function collectAliases(services) {
  const names = new Set(services.map((service) => service.name));
  const aliases = new Map();
  for (const service of services) {
    for (const other of service.otherNames) {
      if (names.has(other)) continue;
      aliases.set(other, aliases.has(other) && aliases.get(other) !== service.name ? null : service.name);
    }
  }
  for (const [alias, name] of Object.entries(ALIAS_CHOICES)) {
    if (!names.has(name)) throw new Error(`ALIAS_CHOICES: unknown service "${name}"`);
    aliases.set(alias, name);
  }
  return [...aliases].filter(([, name]) => name).sort(([a], [b]) => (a < b ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Encoding: every action is a sequence of camelCase words; each word is a one- or two-character code
// into WORDS (most frequent words get one character); actions are separated by a space.

const WORD = /[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[A-Z]/g;
// Printable ASCII without the space (the separator), '"' and '\' (so the strings need no escapes).
const ALPHABET = [...Array(95).keys()]
  .map((code) => String.fromCharCode(32 + code))
  .filter((char) => char !== ' ' && char !== '"' && char !== '\\')
  .join('');

function splitWords(action) {
  const words = action.match(WORD) ?? [];
  if (words.join('') !== action) throw new Error(`cannot split "${action}" into words`);
  return words;
}

function encode(services) {
  const counts = new Map();
  for (const service of services)
    for (const action of service.actions) for (const word of splitWords(action)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const base = ALPHABET.length;
  // `single` one-character codes; the other characters lead two-character codes.
  let best;
  for (let single = 1; single < base; single++) {
    if (single + (base - single) * base < words.length) continue;
    let size = 0;
    words.forEach((word, index) => (size += counts.get(word) * (index < single ? 1 : 2)));
    if (!best || size < best.size) best = { single, size };
  }
  const single = best.single;
  const codeOf = new Map(
    words.map((word, index) => [
      word,
      index < single ? ALPHABET[index] : ALPHABET[single + Math.floor((index - single) / base)] + ALPHABET[(index - single) % base],
    ]),
  );
  const encoded = services.map((service) =>
    service.actions
      .map((action) =>
        splitWords(action)
          .map((word) => codeOf.get(word))
          .join(''),
      )
      .join(' '),
  );
  return { words, single, encoded };
}

/** The decoder of server/src/core/catalog/sdk.ts, to check the round trip here. */
function decode(words, single, text) {
  const actions = [];
  for (const chunk of text.split(' ')) {
    let action = '';
    for (let index = 0; index < chunk.length; index++) {
      const code = ALPHABET.indexOf(chunk[index]);
      action += code < single ? words[code] : words[single + (code - single) * ALPHABET.length + ALPHABET.indexOf(chunk[++index])];
    }
    actions.push(action);
  }
  return actions;
}

// ---------------------------------------------------------------------------------------------

function main() {
  const versionFlag = process.argv.indexOf('--version');
  const version = versionFlag > 0 ? process.argv[versionFlag + 1] : PINNED_VERSION;
  const folder = mkdtempSync(join(tmpdir(), 'asl-sdk-catalog-'));
  try {
    const apis = fetchApis(version, folder);
    const date = publishedDate(version);
    const services = readServices(apis);
    const { words, single, encoded } = encode(services);
    services.forEach((service, index) => {
      const decoded = decode(words, single, encoded[index]);
      if (decoded.join(' ') !== service.actions.join(' ')) throw new Error(`round trip failed for ${service.name}`);
    });
    const actionCount = services.reduce((sum, service) => sum + service.actions.length, 0);
    const rows = services.map(
      (service, index) =>
        `  [${JSON.stringify(service.name)}, ${JSON.stringify(service.prefix)}, ${JSON.stringify(service.displayName)}, ${JSON.stringify(encoded[index])}],`,
    );
    const unsupported = Object.entries(UNSUPPORTED_ACTIONS).map(([name, actions]) => `  ${name}: ${JSON.stringify(actions)},`);
    const aliases = collectAliases(services);
    const text = `/**
 * GENERATED FILE, do not edit. Written by scripts/generate-sdk-catalog.mjs from the API models
 * (apis/metadata.json and apis/<service>-<version>.min.json) of the npm package aws-sdk@${version},
 * published ${date}: ${services.length} services, ${actionCount} actions.
 * Regenerate with: node scripts/generate-sdk-catalog.mjs [--version <aws-sdk version>]
 *
 * Each row is [service as written in the ARN, exception prefix, display name, actions]; the actions
 * are space-separated sequences of codes into SDK_WORDS (see ./sdk.ts, which decodes them lazily).
 */

export const SDK_SOURCE = ${JSON.stringify(`aws-sdk@${version}`)};
export const SDK_DATE = ${JSON.stringify(date)};

/** How many words of SDK_WORDS have a one-character code; the others have two characters. */
export const SDK_SINGLE_CODES = ${single};
export const SDK_CODE_ALPHABET = ${JSON.stringify(ALPHABET)};
export const SDK_WORDS = ${JSON.stringify(words.join(' '))};

export const SDK_SERVICE_ROWS: readonly (readonly [string, string, string, string])[] = [
${rows.join('\n')}
];

/** Other names of services (endpoint prefixes, JS SDK names), hyphens removed: "alias=service ...". */
export const SDK_SERVICE_ALIASES = ${JSON.stringify(aliases.map(([alias, name]) => `${alias}=${name}`).join(' '))};

/** Actions the AWS documentation lists as unsupported through the AWS SDK integration. */
export const SDK_UNSUPPORTED_ACTIONS: Readonly<Record<string, readonly string[]>> = {
${unsupported.join('\n')}
};
`;
    writeFileSync(target, text);
    process.stderr.write(
      `wrote ${target}: ${services.length} services, ${actionCount} actions, ${words.length} words, ${text.length} characters\n`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
