import type { z } from 'zod';
import { ApiError } from './api-error';

/** Validates query parameters; every problem is listed in one 400. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  throw new ApiError(400, 'bad_request', result.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
}
