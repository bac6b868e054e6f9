// The hover on a reference (`var.x`, `local.y`, `aws_sqs_queue.q.arn`, a stack's `queue.arn`): what it
// stands for when the module says so statically, and where that is declared (file and line). A reference
// that is not known says why, and never guesses; so does an expression that is not evaluated statically.

import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { ReferenceValue, UnknownValue } from '../model/value';
import type { ModuleIndex } from '../module/moduleIndex';
import { targetOf } from '../module/resolveReferences';
import type { ServiceDocument } from '../service/languageService';
import { unknownReason } from './unknownReason';
import { writeValue } from './writeValue';

/** Markdown for `ref`, written `written` in the file (a JSON string's `"${…}"` is left out). */
export function referenceHover(ref: ReferenceValue | UnknownValue, asWritten: string, module: ModuleIndex, descriptor: LanguageDescriptor, locate: ServiceDocument['locate']): string {
  const written = /^"\$\{[^{}"]*\}"$/.test(asWritten) ? asWritten.slice(3, -2) : asWritten;
  const value = writeValue(ref, descriptor);
  const title = value === undefined ? `**\`${written}\`**` : `**\`${written}\`** = \`${value}\``;
  const reason = unknownReason(ref, module);
  const lines = [title];
  if (reason) lines.push(`Not known statically: \`${written}\` ${reason}.`);
  const origin = ref.kind === 'reference' ? originOf(ref, module, descriptor, locate) : undefined;
  if (origin) lines.push(origin);
  return lines.join('\n\n');
}

/** What the reference names and where it is declared, e.g. "Default of variable `x`, in `variables.tf` line 3." */
function originOf(ref: ReferenceValue, module: ModuleIndex, descriptor: LanguageDescriptor, locate: ServiceDocument['locate']): string | undefined {
  const [head, name] = ref.path;
  let what: string;
  let declaration: object | string | undefined;
  /** The tfvars file that sets the variable, if one does: the place below is then the declaration's, not the value's. */
  let origin: string | undefined;
  if (head === 'var' && name) {
    if (!module.variables.has(name)) return undefined;
    origin = module.variableOrigins?.get(name);
    what = origin ? `Value of variable \`${name}\` set in \`${origin}\`` : module.variables.get(name) ? `Default of variable \`${name}\`` : `Variable \`${name}\``;
    declaration = `var.${name}`;
  } else if (head === 'local' && name) {
    if (!module.locals.has(name)) return undefined;
    what = `Local value \`${name}\``;
    declaration = `local.${name}`;
  } else {
    const target = targetOf(ref, module);
    if (!target?.block) return undefined;
    const address = ref.path.slice(0, target.data ? 3 : 2).join('.');
    what = target.attribute ? `\`${descriptor.name(target.attribute)}\` of \`${address}\`` : `\`${address}\``;
    declaration = target.block;
  }
  const place = locate?.(declaration);
  if (!place) return `${what}.`;
  return `${what}, ${origin ? 'declared ' : ''}in \`${baseName(place.file)}\` line ${place.line}.`;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
