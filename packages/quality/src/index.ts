export { agreement, countAgreement, foundMentions, type Agreement, type AgreementCounts, type FoundMentions } from './agreement';
export { correctionAgreement } from './correction-agreement';
export { standingCorrections, type Correction, type SpanMention } from './corrections';
export { goldMentions, type GoldMention } from './gold';
export { labelledLine, type LabelledLine } from './labelled-line';
export { reviewQuality, type FixedCorrection, type ReviewQuality, type VersionQuality } from './quality-report';
export { eachReviewedArticle, readReviewedArticles, type ReviewedArticle, type VersionExtraction } from './reviewed-articles';
