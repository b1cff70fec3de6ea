/**
 * `asl/stateMachines`: the machines of an open document, for the client's CodeLens, graph picker and
 * run command (an infrastructure file lists each embedded machine; an ASL file lists none).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toValue } from '../core/index';
import type { HostDocumentCache } from './hostDocuments';
import { STATE_MACHINES_REQUEST, type StateMachinesParams, type StateMachinesResult } from '../core/index';

export function registerHostRequests(connection: Connection, documents: TextDocuments<TextDocument>, hosts: HostDocumentCache): void {
  connection.onRequest(STATE_MACHINES_REQUEST, ({ uri }: StateMachinesParams): StateMachinesResult => {
    const document = documents.get(uri);
    const host = document && hosts.get(document);
    if (!host) return { machines: [] };
    return {
      machines: host.analysis.machines.map((embedded) => {
        const { definition } = embedded;
        return {
          name: definition.name,
          range: host.hostLines.rangeOf(definition.offset, definition.length),
          executionType: definition.executionType,
          form: definition.form,
          external: definition.external ? { kind: definition.external.kind, path: definition.external.path } : undefined,
          definition: definition.document ? toValue(definition.document.root) : undefined,
          text: definition.document?.text,
          format: definition.format,
          identity: definition.map?.isIdentity ?? false,
        };
      }),
    };
  });
}
