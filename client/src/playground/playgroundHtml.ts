// The playground's page: a strict Content Security Policy (no remote content, the script and style sheet
// only from the extension's own folders, scripts only with this page's nonce), then the bundled script,
// which builds everything else.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folders the webview may load from: the bundle and the style sheet. */
export function playgroundRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')];
}

export function playgroundHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'playground.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'playground.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${style}">
<title>Filter playground</title>
</head>
<body>
<main id="playground" aria-live="off"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
