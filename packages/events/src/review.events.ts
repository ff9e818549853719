import { z } from 'zod';
import { MentionKind } from './article.events';

const span = {
  articleId: z.string(),
  mentionId: z.string(),
  reason: z.string().max(2000).optional(),
};
const kind = MentionKind;
/** A hardware entity the extractor's catalogue does not know, as the reviewer describes it. */
const newHardware = z.object({ vendor: z.string(), category: z.enum(['accelerator', 'cpu', 'memory', 'system', 'network', 'family']) });

/** Reviewer events carry the reviewer in `metadata.actor`. Targets are spans so they survive re-extraction. */
export const EntityRejected = z.object({ ...span, kind, key: z.string(), start: z.number().int(), end: z.number().int() });
/** A reviewer says an extracted mention is right. */
export const EntityConfirmed = z.object({ ...span, kind, key: z.string(), start: z.number().int(), end: z.number().int() });
export const EntityRelabelled = z.object({
  ...span,
  start: z.number().int(),
  end: z.number().int(),
  from: z.object({ kind, key: z.string() }),
  to: z.object({ kind, key: z.string(), name: z.string(), value: newHardware.optional() }),
});
export const EntityAdded = z.object({
  ...span,
  kind,
  key: z.string(),
  name: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  value: newHardware.optional(),
});

export type EntityRejected = z.infer<typeof EntityRejected>;
export type EntityConfirmed = z.infer<typeof EntityConfirmed>;
export type EntityRelabelled = z.infer<typeof EntityRelabelled>;
export type EntityAdded = z.infer<typeof EntityAdded>;
