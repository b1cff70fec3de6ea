/**
 * The Terraform (HCL) parser for the core's host reader: tree-sitter's HCL grammar
 * (@tree-sitter-grammars/tree-sitter-hcl, its prebuilt tree-sitter-terraform.wasm) run by
 * web-tree-sitter. Both .wasm files ship inside their npm packages, so nothing is downloaded; the
 * build copies them beside the bundles in dist/, and tests find them in node_modules. Loading is
 * asynchronous (WebAssembly); parsing after that is synchronous, as the core's port wants.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HclParser, HclSyntaxNode } from '../core/index';

const RUNTIME_WASM = 'tree-sitter.wasm';
const GRAMMAR_WASM = 'tree-sitter-terraform.wasm';

let loading: Promise<HclParser> | undefined;

/** Loads the parser once per process; later calls get the same one. Rejects with a clear message when a .wasm file is missing. */
export function loadHclParser(): Promise<HclParser> {
  return (loading ??= load());
}

async function load(): Promise<HclParser> {
  const runtime = locate(RUNTIME_WASM, 'web-tree-sitter');
  const grammar = locate(GRAMMAR_WASM, '@tree-sitter-grammars/tree-sitter-hcl');
  // The CommonJS build: the bundles are CommonJS, where the ESM build's import.meta.url is undefined.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a type of the module loaded by require just here
  const { Parser, Language } = require('web-tree-sitter') as typeof import('web-tree-sitter');
  // Bytes, not paths: the loaders would otherwise import() fs, which the CLI's code-cached script cannot.
  await Parser.init({ wasmBinary: readFileSync(runtime), locateFile: () => runtime });
  const language = await Language.load(new Uint8Array(readFileSync(grammar)));
  const parser = new Parser();
  parser.setLanguage(language);
  return (text: string): HclSyntaxNode => {
    const tree = parser.parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree.rootNode as unknown as HclSyntaxNode;
  };
}

/** Beside the bundle (dist/) first, then in the package in node_modules. */
function locate(file: string, packageName: string): string {
  const beside = join(__dirname, file);
  if (existsSync(beside)) return beside;
  try {
    return require.resolve(`${packageName}/${file}`);
  } catch {
    try {
      return join(require.resolve(`${packageName}/package.json`), '..', file);
    } catch {
      throw new Error(`The Terraform parser's ${file} was not found beside ${__dirname} nor in the ${packageName} package.`);
    }
  }
}
