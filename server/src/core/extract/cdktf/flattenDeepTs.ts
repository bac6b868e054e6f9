// TypeScript's parser reads by recursive descent and runs out of stack after about 550 nested object
// literals (fewer when called from deep in the server). When it does, the file is parsed again with the
// contents of brackets nested deeper than a limit replaced by blanks: the text keeps its offsets and
// its syntax, and nothing that deep is read anyway (values stop at `MAX_NESTING`). Only a parse that
// failed pays for this scan, so ordinary files are not scanned twice.

import ts = require('typescript');

const { SyntaxKind } = ts;

/** `text` with the contents of every bracket deeper than `limit` blanked; the same string when none is. */
export function flattenDeepTs(text: string, limit: number, variant: ts.LanguageVariant): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, variant, text);
  /** The closer each open bracket waits for; a template's `${` waits for a `}` that resumes the template. */
  const open: ts.SyntaxKind[] = [];
  const out: string[] = [];
  let copied = 0;
  /** Where the bracket being blanked opened, and the depth it is at; -1 when none is. */
  let blankFrom = -1;
  let blankDepth = 0;
  let previous: ts.SyntaxKind = SyntaxKind.Unknown;
  for (let token = scanner.scan(); token !== SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === SyntaxKind.CloseBraceToken && open[open.length - 1] === SyntaxKind.TemplateHead) {
      token = scanner.reScanTemplateToken(false);
    } else if ((token === SyntaxKind.SlashToken || token === SyntaxKind.SlashEqualsToken) && startsExpression(previous)) {
      token = scanner.reScanSlashToken();
    }
    const opener = token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken || token === SyntaxKind.OpenParenToken || token === SyntaxKind.TemplateHead;
    const closer = token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken || token === SyntaxKind.CloseParenToken || token === SyntaxKind.TemplateTail;
    if (closer && open.length > 0) {
      if (blankFrom >= 0 && open.length === blankDepth) {
        // Keep the brackets; a parenthesis or a template holds a `0`, as neither may be empty.
        const empty = scanner.getTokenStart() === blankFrom;
        const filler = !empty && (token === SyntaxKind.CloseParenToken || token === SyntaxKind.TemplateTail) ? '0' : '';
        out.push(text.slice(copied, blankFrom), filler, blank(text.slice(blankFrom + filler.length, scanner.getTokenStart())));
        copied = scanner.getTokenStart();
        blankFrom = -1;
      }
      open.pop();
    }
    if (opener) {
      open.push(token);
      if (blankFrom < 0 && open.length > limit) {
        blankFrom = scanner.getTokenEnd();
        blankDepth = open.length;
      }
    }
    if (token !== SyntaxKind.TemplateMiddle) previous = token;
  }
  if (blankFrom >= 0) out.push(text.slice(copied, blankFrom), blank(text.slice(blankFrom)));
  else out.push(text.slice(copied));
  return out.length === 1 ? text : out.join('');
}

/** Whether a `/` after this token starts a regular expression rather than a division. */
function startsExpression(previous: ts.SyntaxKind): boolean {
  switch (previous) {
    case SyntaxKind.Identifier:
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.BigIntLiteral:
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
    case SyntaxKind.TemplateTail:
    case SyntaxKind.RegularExpressionLiteral:
    case SyntaxKind.CloseParenToken:
    case SyntaxKind.CloseBracketToken:
    case SyntaxKind.CloseBraceToken:
    case SyntaxKind.PlusPlusToken:
    case SyntaxKind.MinusMinusToken:
    case SyntaxKind.ThisKeyword:
    case SyntaxKind.SuperKeyword:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword:
    case SyntaxKind.NullKeyword:
      return false;
    default:
      return true;
  }
}

/** Spaces in place of every character but line breaks, so lines stay where they are. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
