// Completion in event source mappings: arguments and blocks, values (enums, bounds, references), and
// filter-pattern keys and operators, as the core's language service computes them for the cursor.

import type { CompletionList, ServerCapabilities } from 'vscode-languageserver';
import { toCompletionItem } from '../convert';
import { complete } from '../core/service/languageService';
import { runSafe } from '../runSafe';
import { serviceDocumentOf } from './serviceDocumentOf';
import type { ServerState } from './serverState';

/**
 * Characters that open a place where the list is useful at once, in any of the three syntaxes:
 * `"` starts a string value or a JSON key (editors do not suggest inside strings on their own), and `'`
 * the same in a CDKTF stack; `.` a reference's next part (`aws_sqs_queue.orders.`, `queue.`); `:` a
 * value in Terraform JSON, a stack's config or a filter pattern; `[` and `{` a list of values or an object
 * of keys in a filter pattern. Not `=` or space: they would pop the list up after every assignment and
 * word in the file, and a value typed there starts with one of these or is a word the editor completes
 * as it is typed. Outside a mapping each answers at once with nothing.
 */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', "'", '.', ':', '[', '{'];

export const COMPLETION_CAPABILITIES: ServerCapabilities = {
  completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
};

export function registerCompletion(state: ServerState): void {
  // Never waits for anything: the model is current (see serviceDocumentOf), and a failure is an empty list.
  state.connection.onCompletion(({ textDocument, position }) =>
    runSafe(state.logger, `completion in ${textDocument.uri}`, null as CompletionList | null, () => {
      const served = serviceDocumentOf(state, textDocument.uri);
      if (!served) return null;
      const lineStarts = served.document.getLineStarts();
      const items = complete(served.service, served.document.offsetAt(position));
      return { isIncomplete: false, items: items.map((item) => toCompletionItem(item, lineStarts)) };
    }),
  );
}
