export type MentionKind = 'country' | 'money' | 'hardware' | 'org' | 'place' | 'capacity' | 'quantity';
export type HardwareCategory = 'accelerator' | 'cpu' | 'memory' | 'system' | 'network' | 'family';

/** An amount (`amount`, maybe with one bound: `more than $1bn`), or a range (`min` and `max`, no amount). */
export interface MoneyValue {
  currency: string;
  amount?: number;
  min?: number;
  max?: number;
  approx?: boolean;
  /** `amount` in USD at the shipped rate table */
  usd?: number;
  /** a range's ends in USD */
  usdMin?: number;
  usdMax?: number;
}

export interface HardwareValue {
  vendor: string;
  /** `family`: an architecture or product line (`nvidia-grace-blackwell`), never silently one product */
  category: HardwareCategory;
  /** a product's family key (`nvidia-hopper`) */
  family?: string;
  /** how many the sentence says (`50,000 NVIDIA H200 GPUs`) */
  quantity?: number;
}

/** Power capacity in MW (`1.5 gigawatts` → 1500); a range has `min` and `max` and no `mw`. */
export interface CapacityValue {
  mw?: number;
  min?: number;
  max?: number;
  approx?: boolean;
}

/** A count of hardware that names no product (`18,000 GPUs`); `hardware`: the one product or family its sentence names. */
export interface QuantityValue {
  count: number;
  unit: string;
  hardware?: string;
}

export interface PlaceValue {
  country?: string;
}

export interface Mention {
  id: string;
  kind: MentionKind;
  text: string;
  start: number;
  end: number;
  key: string;
  name: string;
  value?: MoneyValue | HardwareValue | PlaceValue | CapacityValue | QuantityValue;
  confidence: number;
  /** money, capacity, quantity and hardware with a quantity: ISO2 of the one country named in the same sentence */
  country?: string;
  /** likewise: key of the one organisation named in the same sentence */
  org?: string;
}

export interface ExtractionResult {
  version: string;
  mentions: Mention[];
}

export interface ExtractOptions {
  /** reserved for date-dependent rules (exchange rates are a fixed snapshot today) */
  publishedAt?: Date | string;
}
