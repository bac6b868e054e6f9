// The core's completion items, hovers and mapping symbols as LSP types: offsets become positions on the
// right lines (CRLF and non-ASCII included), and every field the core sets reaches the editor.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind, SymbolKind } from 'vscode-languageserver';
import { positionAt, toCompletionItem, toDocumentSymbol, toHover } from '../../server/src/convert';
import type { CompletionItem } from '../../server/src/core/service/serviceTypes';

// Line 0 is `é = "\r\n` (CRLF), line 1 `  x\n`, line 2 `z`.
const TEXT = 'é = "\r\n  x\nz';
const LINE_STARTS = [0, 7, 11];

describe('convert', () => {
  it('turns offsets into lines and UTF-16 characters', () => {
    assert.equal(TEXT.length, 12);
    const positions = [0, 4, 5, 7, 9, 10, 11, 12].map((o) => positionAt(LINE_STARTS, o));
    assert.deepEqual(positions, [
      { line: 0, character: 0 },
      { line: 0, character: 4 },
      { line: 0, character: 5 },
      { line: 1, character: 0 },
      { line: 1, character: 2 },
      { line: 1, character: 3 },
      { line: 2, character: 0 },
      { line: 2, character: 1 },
    ]);
  });

  it('passes every field of a completion item, the edit over its range', () => {
    const item: CompletionItem = {
      label: 'batch_size',
      kind: 'argument',
      detail: 'number, 1–10000',
      documentation: 'Largest number of **records**.',
      insertText: 'batch_size = ${1:10}',
      snippet: true,
      range: { start: 9, end: 10 },
      sortText: '0_batch_size',
      filterText: 'batch_size',
      deprecated: true,
      preselect: true,
    };
    assert.deepEqual(toCompletionItem(item, LINE_STARTS), {
      label: 'batch_size',
      kind: CompletionItemKind.Property,
      detail: 'number, 1–10000',
      documentation: { kind: MarkupKind.Markdown, value: 'Largest number of **records**.' },
      textEdit: { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, newText: 'batch_size = ${1:10}' },
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '0_batch_size',
      filterText: 'batch_size',
      tags: [CompletionItemTag.Deprecated],
      preselect: true,
    });
  });

  it('leaves out what the core did not set, and keeps plain text plain', () => {
    const item: CompletionItem = { label: '"LATEST"', kind: 'enum', insertText: '"LATEST"', snippet: false, range: { start: 4, end: 5 } };
    assert.deepEqual(toCompletionItem(item, LINE_STARTS), {
      label: '"LATEST"',
      kind: CompletionItemKind.EnumMember,
      textEdit: { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, newText: '"LATEST"' },
      insertTextFormat: InsertTextFormat.PlainText,
    });
  });

  it('gives each kind of item its own icon', () => {
    const kinds = (['argument', 'block', 'value', 'enum', 'reference', 'operator', 'key', 'snippet'] as const).map(
      (kind) => toCompletionItem({ label: kind, kind, insertText: kind, snippet: false, range: { start: 0, end: 0 } }, LINE_STARTS).kind,
    );
    assert.equal(new Set(kinds).size, kinds.length);
  });

  it('makes a markdown hover over its range, and a symbol for a mapping', () => {
    assert.deepEqual(toHover({ contents: '`batch_size`', range: { start: 9, end: 10 } }, LINE_STARTS), {
      contents: { kind: MarkupKind.Markdown, value: '`batch_size`' },
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } },
    });
    assert.deepEqual(toDocumentSymbol({ name: 'aws_lambda_event_source_mapping.orders', detail: 'SQS standard queue', range: { start: 0, end: 12 }, selectionRange: { start: 9, end: 10 } }, LINE_STARTS), {
      name: 'aws_lambda_event_source_mapping.orders',
      detail: 'SQS standard queue',
      kind: SymbolKind.Struct,
      range: { start: { line: 0, character: 0 }, end: { line: 2, character: 1 } },
      selectionRange: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } },
    });
  });
});
