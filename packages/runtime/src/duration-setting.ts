import { z } from 'zod';

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
const DURATION = /^(\d{1,9})(ms|s|m|h)$/;

/** A duration setting like `500ms`, `30s`, `15m` or `1h`, in milliseconds, between `min` and `max`. */
export function durationSetting(min: number, max: number) {
  return z.string().transform((text, ctx) => {
    const match = DURATION.exec(text.trim());
    const ms = match ? Number(match[1]) * UNITS[match[2] as keyof typeof UNITS] : NaN;
    if (!(ms >= min && ms <= max)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration between ${format(min)} and ${format(max)} (like 500ms, 30s, 15m, 1h)` });
      return z.NEVER;
    }
    return ms;
  });
}

function format(ms: number): string {
  return ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : ms % 60_000 === 0 ? `${ms / 60_000}m` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
