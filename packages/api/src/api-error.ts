export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 503;

/** An error the API reports as `{ error: { code, message } }` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    /** Sent with the error (`WWW-Authenticate` on a 401). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The body of every error response (SPEC §8). */
export const errorBody = (code: string, message: string) => ({ error: { code, message } });

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

/** A caller's value inside an error message: JSON-quoted and cut short, so a message stays one bounded line. */
export function quote(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
