/**
 * `asl/definitionTargets`: the client's list of definition files that templates in the workspace
 * point at. Each open one is served as a definition with its template's substitutions and type
 * (instead of a plain ASL document), and is checked again whenever the list changes.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFINITION_TARGETS_NOTIFICATION, type DefinitionTarget, type DefinitionTargetsParams } from '../core/index';
import type { HostDocumentCache } from './hostDocuments';

export function registerDefinitionTargets(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  hosts: HostDocumentCache,
  revalidate: (document: TextDocument) => void,
): void {
  connection.onNotification(DEFINITION_TARGETS_NOTIFICATION, (params: DefinitionTargetsParams) => {
    const previous = hosts.targets;
    const next = new Map<string, DefinitionTarget>();
    for (const target of Array.isArray(params?.targets) ? params.targets : []) {
      if (typeof target?.uri === 'string' && typeof target.name === 'string' && Array.isArray(target.substitutions))
        next.set(target.uri, target);
    }
    hosts.targets = next;
    for (const uri of new Set([...previous.keys(), ...next.keys()])) {
      if (JSON.stringify(previous.get(uri)) === JSON.stringify(next.get(uri))) continue;
      hosts.delete(uri);
      const document = documents.get(uri);
      if (document) revalidate(document);
    }
  });
}
