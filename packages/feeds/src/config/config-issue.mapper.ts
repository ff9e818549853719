import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { keyPositionOf, positionOf, type Position } from './yaml-positions';

export interface LocatedMessage {
  position: Position;
  message: string;
}

const FRIENDLY_TYPES: Record<string, string> = {
  string: 'a string', boolean: 'true or false', array: 'a list', object: 'a mapping', number: 'a number',
};

export function pathLabel(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** One zod issue as messages placed at the YAML node they concern. */
export function locateIssue(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, data: unknown): LocatedMessage[] {
  const path = issue.path;
  const prefix = path.length > 0 ? `${pathLabel(path)}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      position: keyPositionOf(doc, lines, path, key),
      message: `${prefix}unknown key "${key}"`,
    }));
  }
  const value = valueAt(data, path);
  const position = positionOf(doc, lines, path);
  if (issue.code === 'invalid_type') {
    const expected = issue.message.startsWith('Invalid input') ? (FRIENDLY_TYPES[issue.expected] ?? issue.expected) : issue.message;
    const message = value === undefined ? `required: ${expected}` : `expected ${expected}, got ${describe(value)}`;
    return [{ position, message: `${prefix}${message}` }];
  }
  const got = issue.code === 'invalid_format' ? ` (got ${describe(value)})` : '';
  return [{ position, message: `${prefix}${issue.message}${got}` }];
}
