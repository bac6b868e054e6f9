// Reads the caret annotations of rule fixtures (see test/fixtures/README.md): a comment line of carets
// under the columns of the code line above, then the severity and the rule id.

export interface Expectation {
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
}

const ANNOTATION = /^(\s*)(#|\/\/)(\s*)(\^+)\s+(error|warning|information|hint)\s+([a-z0-9-]+)\s*$/;

export function isAnnotation(line: string): boolean {
  return ANNOTATION.test(line);
}

export function readExpectations(text: string): Expectation[] {
  const lines = text.split('\n');
  const out: Expectation[] = [];
  let codeLine = -1;
  lines.forEach((line, index) => {
    const m = ANNOTATION.exec(line);
    if (!m) {
      codeLine = index;
      return;
    }
    const column = m[1]!.length + m[2]!.length + m[3]!.length;
    out.push({ line: codeLine, column, endColumn: column + m[4]!.length, severity: m[5]!, code: m[6]! });
  });
  return out;
}
