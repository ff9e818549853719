import type { PhraseMatch } from './phrase-index';
import type { Candidate } from './resolve-overlaps';
import { isCapWord, type TextContext } from './text-context';

/** Words that make an ambiguous product name ("Rubin", "Helios", "Maia") a piece of hardware. */
const HARDWARE_WORDS = new Set([
  'gpu', 'gpus', 'chip', 'chips', 'accelerator', 'accelerators', 'superchip', 'superchips', 'cpu', 'cpus', 'processor',
  'processors', 'silicon', 'rack', 'racks', 'architecture', 'server', 'servers', 'tpu', 'tpus', 'asic', 'asics', 'xpu',
  'xpus', 'npu', 'npus', 'dpu', 'dpus', 'hbm', 'memory', 'nvl72', 'nvl144', 'switch', 'switches', 'nic', 'nics', 'ethernet',
  'wafer', 'flops', 'petaflops', 'exaflops', 'supercomputer', 'inference', 'training', 'cluster', 'clusters', 'systems',
  'platform', 'generation',
  // vendors, as in "Nvidia Rubin" or "Tenstorrent's Blackhole"
  'nvidia', 'amd', 'intel', 'huawei', 'broadcom', 'tenstorrent', 'cerebras', 'microsoft', 'azure', 'google', 'aws', 'amazon',
  'baidu', 'fujitsu', 'etched', 'tesla', 'sambanova', 'groq', 'graphcore', 'qualcomm', 'cambricon', 'meta',
]);

const WINDOW = 4;

export function hardwareCandidates(ctx: TextContext, matches: PhraseMatch[]): Candidate[] {
  const sure = new Set<number>();
  for (const m of matches) {
    if (m.alias.entry.kind === 'hardware' && !m.alias.entry.needsContext) sure.add((ctx.tokens[m.first]?.sentence ?? -1));
  }
  const out: Candidate[] = [];
  for (const m of matches) {
    const e = m.alias.entry;
    if (e.kind !== 'hardware') continue;
    if (e.needsContext && !inHardwareContext(ctx, m, sure)) continue;
    out.push({
      kind: 'hardware',
      start: m.start,
      end: m.end,
      key: e.key,
      name: e.name,
      confidence: e.needsContext ? 0.75 : 0.95,
      priority: 1,
      value: { vendor: e.vendor ?? '', category: e.category ?? 'accelerator', ...(e.family ? { family: e.family } : {}) },
    });
  }
  return out;
}

function inHardwareContext(ctx: TextContext, m: PhraseMatch, sure: Set<number>): boolean {
  const sentence = ctx.tokens[m.first]?.sentence ?? -1;
  // "Robert Rubin", "Antoni Gaudi": a person's surname
  const prev = ctx.tokens[m.first - 1];
  if (isCapWord(prev) && ctx.adjacent(m.first - 1, m.first) && !ctx.sentenceInitial(m.first - 1) && !HARDWARE_WORDS.has(prev?.l ?? '')) {
    return false;
  }
  if (sure.has(sentence)) return true;
  // a hardware word close by: "Nvidia's Rubin GPUs", "the Helios rack", not "Rubin, the former Treasury secretary, ... chips"
  for (let i = Math.max(0, m.first - WINDOW); i <= Math.min(ctx.tokens.length - 1, m.last + WINDOW); i++) {
    const tok = ctx.tokens[i];
    if (tok?.sentence === sentence && HARDWARE_WORDS.has(tok.l)) return true;
  }
  return false;
}
