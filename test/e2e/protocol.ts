// The few lines the suite (in the extension host) and runTests (outside VS Code) exchange. The suite
// prints them with console.log; runTests reads them from the extension host's forwarded log (code-server)
// or from VS Code's stdout (@vscode/test-electron).

/** `E2E-TEST passed <title>` / `E2E-TEST failed <title>`, one per finished test. */
export const TEST_MARKER = 'E2E-TEST';
/** `E2E-RESULT {"passed":n,"failed":m,"pending":p}`, once, when mocha is done. */
export const RESULT_MARKER = 'E2E-RESULT';
/**
 * `E2E-SCREENSHOT <name>`: the suite asks runTests to save test-output/e2e/<name>.png while the workbench
 * shows what it set up, and waits for runTests to write `<name>.done` ("ok" or an error message) into the
 * folder named by SCREENSHOT_ACK_ENV. When that variable is unset nobody takes screenshots.
 */
export const SCREENSHOT_MARKER = 'E2E-SCREENSHOT';
export const SCREENSHOT_ACK_ENV = 'LAMBDA_ESM_E2E_SCREENSHOT_ACK_DIR';

export interface Result {
  passed: number;
  failed: number;
  pending: number;
}
