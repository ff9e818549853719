export type MentionKind = 'country' | 'money' | 'hardware' | 'org' | 'place';
export type HardwareCategory = 'accelerator' | 'cpu' | 'memory' | 'system' | 'network';

export interface MoneyValue {
  currency: string;
  amount: number;
  min?: number;
  max?: number;
  approx?: boolean;
  usd?: number;
}

export interface HardwareValue {
  vendor: string;
  category: HardwareCategory;
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
  value?: MoneyValue | HardwareValue | PlaceValue;
  confidence: number;
  /** money only: ISO2 of the one country named in the same sentence */
  country?: string;
  /** money only: key of the one organisation named in the same sentence */
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
