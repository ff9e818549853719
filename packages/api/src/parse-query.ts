import type { z } from 'zod';
import { ApiError, quote } from './api-error';

/**
 * Reads a route's query parameters (`c.req.queries()`): names the route does
 * not know, the `name[]=` form, and repeats of a single-valued parameter are
 * refused; a `repeatable` parameter arrives as the list of its values (an OR
 * filter). Then the schema validates; every problem is listed in one 400.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, queries: Record<string, string[]>, repeatable: readonly string[] = []): z.infer<S> {
  const problems: string[] = [];
  const input: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(queries)) {
    if (/[[\]]/.test(name)) problems.push(`${quote(name)}: the name[] form is not supported; repeat the parameter (country=US&country=IN)`);
    else if (!Object.hasOwn(schema.shape, name)) problems.push(`${quote(name)}: unknown parameter (known: ${Object.keys(schema.shape).join(', ') || 'none'})`);
    else if (repeatable.includes(name)) input[name] = values;
    else if (values.length > 1) problems.push(`${name}: given ${values.length} times; it takes one value`);
    else input[name] = values[0] ?? '';
  }
  const result = schema.safeParse(input);
  if (!result.success) problems.push(...result.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`));
  if (problems.length > 0) throw new ApiError(400, 'bad_request', problems.join('; '));
  return result.data as z.infer<S>;
}
