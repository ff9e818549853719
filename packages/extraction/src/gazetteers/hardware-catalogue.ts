import type { HardwareCategory } from '../types';
import { HARDWARE_NVIDIA_AMD } from './hardware-nvidia-amd';
import { HARDWARE_OTHERS } from './hardware-others';
import { list, parseLines } from './parse-lines';

/** A hardware entity of the gazetteer: its display name, vendor, category, family and the names it is written as. */
export interface HardwareEntry {
  key: string;
  name: string;
  vendor: string;
  category: HardwareCategory;
  family?: string;
  names: string[];
  /** an ordinary word or a person's name too: matched only next to hardware words */
  needsContext: boolean;
}

export const HARDWARE_CATEGORIES: readonly HardwareCategory[] = ['accelerator', 'cpu', 'memory', 'system', 'network', 'family'];

/** Every hardware entity the extractor knows, by key. */
export const HARDWARE_CATALOGUE: ReadonlyMap<string, HardwareEntry> = new Map(
  parseLines(HARDWARE_NVIDIA_AMD + HARDWARE_OTHERS).map(([key = '', name = '', vendor = '', category, names, flag, family]) => [
    key,
    { key, name, vendor, category: category as HardwareCategory, ...(family ? { family } : {}), names: list(names), needsContext: flag === '?' },
  ]),
);
