// The only place where core results become LSP types: offsets → positions, problems → diagnostics,
// and the language service's completion items, hovers and mapping symbols.

import {
  CompletionItemKind,
  CompletionItemTag,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem as LspCompletionItem,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type DocumentSymbol,
  type Hover,
  type Range,
} from 'vscode-languageserver';
import type { Problem, Severity } from './core/model/problem';
import type { SourceRange } from './core/model/sourceRange';
import type { CompletionItem, CompletionKind, HoverInfo, MappingSymbol } from './core/service/serviceTypes';
import { positionAt } from './lineStarts';

export { positionAt };

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The icon each kind of item gets in the editor's list, by what it is in Terraform terms. */
const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  argument: CompletionItemKind.Property,
  block: CompletionItemKind.Struct,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  operator: CompletionItemKind.Operator,
  key: CompletionItemKind.Field,
  snippet: CompletionItemKind.Snippet,
};


export function toRange(lineStarts: readonly number[], range: SourceRange): Range {
  return { start: positionAt(lineStarts, range.start), end: positionAt(lineStarts, range.end) };
}

/** `docsBase` is the URI of the folder of rule pages, ending in `/`; each diagnostic links to its page. */
export function toDiagnostic(problem: Problem, lineStarts: readonly number[], docsBase: string, related?: readonly DiagnosticRelatedInformation[]): Diagnostic {
  return {
    range: toRange(lineStarts, problem.range),
    severity: SEVERITY[problem.severity],
    code: problem.code,
    codeDescription: { href: `${docsBase}${problem.code}.md` },
    source: 'lambda-esm',
    message: problem.message,
    ...(problem.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(related && related.length > 0 ? { relatedInformation: [...related] } : {}),
  };
}

/** An item whose text edit replaces exactly the range the core computed (the word or string typed so far). */
export function toCompletionItem(item: CompletionItem, lineStarts: readonly number[]): LspCompletionItem {
  return {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    ...(item.documentation !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    textEdit: { range: toRange(lineStarts, item.range), newText: item.insertText },
    insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(item.sortText !== undefined ? { sortText: item.sortText } : {}),
    ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
    ...(item.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    ...(item.preselect ? { preselect: true } : {}),
  };
}

export function toHover(info: HoverInfo, lineStarts: readonly number[]): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: info.contents }, range: toRange(lineStarts, info.range) };
}

/** A mapping in the Outline: a structure named by its address, with its source kind beside it. */
export function toDocumentSymbol(symbol: MappingSymbol, lineStarts: readonly number[]): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SymbolKind.Struct,
    range: toRange(lineStarts, symbol.range),
    selectionRange: toRange(lineStarts, symbol.selectionRange),
  };
}
