import type { ExpectedVersion } from './types';

/** The stream was not at the expected version: someone else appended first. */
export class WrongExpectedVersionError extends Error {
  readonly retryable = false;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId}: expected version ${expected}, actual ${actual === 0 ? 'no stream' : actual}`);
    this.name = 'WrongExpectedVersionError';
  }
}
