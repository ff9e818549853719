import type { HardwareCategory } from '../types';
import type { Alias, GazetteerEntry } from './entry';
import { HARDWARE_NVIDIA_AMD } from './hardware-nvidia-amd';
import { HARDWARE_OTHERS } from './hardware-others';
import { ORG_COMPANIES } from './orgs-companies';
import { ORG_INSTITUTIONS } from './orgs-institutions';
import { ORG_REGIONAL } from './orgs-regional';
import { list, parseLines } from './parse-lines';

export const ORG_NAMES = new Map<string, string>();

function hardwareAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const [key = '', name = '', vendor = '', category, names, flag] of parseLines(HARDWARE_NVIDIA_AMD + HARDWARE_OTHERS)) {
    const entry: GazetteerEntry = { kind: 'hardware', key, name, vendor, category: category as HardwareCategory, needsContext: flag === '?' };
    for (const text of list(names)) aliases.push({ text, plural: true, entry });
  }
  return aliases;
}

function orgAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const [key = '', name = '', names, flag] of parseLines(ORG_COMPANIES + ORG_INSTITUTIONS + ORG_REGIONAL)) {
    const entry: GazetteerEntry = { kind: 'org', key, name, needsContext: flag === '?' };
    ORG_NAMES.set(key, name);
    for (const text of new Set([name, ...list(names)])) aliases.push({ text, entry });
  }
  return aliases;
}

export const HARDWARE_ALIASES = hardwareAliases();
export const ORG_ALIASES = orgAliases();
