/** Tokenizes ASL documents with our TextMate grammars through vscode-textmate, for the grammar tests. */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const syntaxes = resolve(process.cwd(), 'syntaxes');
const fixtures = resolve(process.cwd(), 'test', 'fixtures', 'grammars');

/** VS Code's own JSON and YAML grammars, when the e2e tools (code-server) are installed. */
const vscodeExtensions = resolve(process.cwd(), '.tools', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');

export type HostGrammars = 'vscode' | 'fixture';

export function vscodeGrammarsAvailable(): boolean {
  return existsSync(join(vscodeExtensions, 'json', 'syntaxes', 'JSON.tmLanguage.json'));
}

let onigLoaded: Promise<textmate.IOnigLib> | undefined;
function onigLib(): Promise<textmate.IOnigLib> {
  onigLoaded ??= (async () => {
    const wasm = readFileSync(resolve(process.cwd(), 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLoaded;
}

function grammarFiles(hosts: HostGrammars): Record<string, string> {
  const files: Record<string, string> = {
    'source.asl': join(syntaxes, 'asl.tmLanguage.json'),
    'source.asl-yaml': join(syntaxes, 'asl-yaml.tmLanguage.json'),
    'source.asl.expressions': join(syntaxes, 'asl-expressions.injection.tmLanguage.json'),
  };
  if (hosts === 'vscode') {
    files['source.json'] = join(vscodeExtensions, 'json', 'syntaxes', 'JSON.tmLanguage.json');
    files['source.yaml'] = join(vscodeExtensions, 'yaml', 'syntaxes', 'yaml.tmLanguage.json');
    for (const version of ['1.0', '1.1', '1.2', '1.3'])
      files[`source.yaml.${version}`] = join(vscodeExtensions, 'yaml', 'syntaxes', `yaml-${version}.tmLanguage.json`);
    files['source.yaml.embedded'] = join(vscodeExtensions, 'yaml', 'syntaxes', 'yaml-embedded.tmLanguage.json');
  } else {
    files['source.json'] = join(fixtures, 'json-host.tmLanguage.json');
    files['source.yaml'] = join(fixtures, 'yaml-host.tmLanguage.json');
  }
  return files;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Every token of every line, with its scope stack. */
export async function tokenize(text: string, scopeName: 'source.asl' | 'source.asl-yaml', hosts: HostGrammars): Promise<Token[]> {
  const files = grammarFiles(hosts);
  const registry = new textmate.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scope) => (files[scope] ? textmate.parseRawGrammar(readFileSync(files[scope]!, 'utf8'), files[scope]) : null),
    // What package.json's "injectTo" declares.
    getInjections: (scope) => (scope === 'source.asl' || scope === 'source.asl-yaml' ? ['source.asl.expressions'] : undefined),
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    stack = result.ruleStack;
  }
  return tokens;
}

/** The scopes of the first token whose text is `text` (after `after`, when given). */
export function scopesOf(tokens: Token[], text: string): string[] | undefined {
  return tokens.find((token) => token.text === text)?.scopes;
}
