// The preview page's HTML: static markup, our own script and style URIs, and a fresh nonce. No
// document data ever goes in here; it arrives later by postMessage.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { previewBodyMarkup } from './pageBody';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = createNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString();
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.css')).toString();
  // elkjs's worker script: the page fetches it and starts it from a blob: URL (see client/webview/elkRunner.ts).
  const elkWorker = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'elk-worker.js')).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `connect-src ${webview.cspSource}`,
    'worker-src blob:',
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(style)}">
<title>ASL Graph</title>
</head>
<body data-elk-worker="${escapeAttribute(elkWorker)}">
${previewBodyMarkup}
<script nonce="${nonce}" src="${escapeAttribute(script)}"></script>
</body>
</html>`;
}
