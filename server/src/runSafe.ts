// Every handler runs through here: an exception is logged with its context and the handler returns a
// neutral value, so one bad input never takes the server down.

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

export function runSafe<T>(logger: Logger, what: string, neutral: T, work: () => T): T {
  try {
    return work();
  } catch (error) {
    logger.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return neutral;
  }
}

export async function runSafeAsync<T>(logger: Logger, what: string, neutral: T, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    logger.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return neutral;
  }
}
