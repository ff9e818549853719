export { extract } from './extract';
export { EXTRACTOR_VERSION } from './version';
export { GAZETTEER_VERSION } from './gazetteers/gazetteer-version';
export { isCountryCode } from './gazetteers/country-codes';
export { HARDWARE_CATALOGUE, HARDWARE_CATEGORIES, type HardwareEntry } from './gazetteers/hardware-catalogue';
export { RATES_DATE, USD_PER_UNIT } from './gazetteers/usd-rates';
export { documentSets, evaluate, formatScores, QUALITY_TARGETS, scoreDocuments } from './evaluate';
export type { DocumentSets, FoundDocument, KindScore, LabelledDocument, QualityReport } from './evaluate';
export type {
  CapacityValue,
  ExtractionResult,
  ExtractOptions,
  HardwareCategory,
  HardwareValue,
  Mention,
  MentionKind,
  MoneyValue,
  PlaceValue,
  QuantityValue,
} from './types';
