export { agreement, countAgreement, type Agreement, type AgreementCounts } from './agreement';
export { correctionAgreement } from './correction-agreement';
export type { Correction, SpanMention } from './corrections';
export { goldMentions, type GoldMention } from './gold';
export { labelledLine, type LabelledLine } from './labelled-line';
export { reviewQuality, type FixedCorrection, type ReviewQuality, type VersionQuality } from './quality-report';
export { eachReviewedArticle, readReviewedArticles, type ReviewedArticle, type VersionExtraction } from './reviewed-articles';
