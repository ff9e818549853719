// feeds file
export { loadFeedsConfig } from './config/load-feeds-config';
export { parseFeedsConfig } from './config/parse-feeds-config';
export { watchFeedsConfig, type FeedsConfigWatcher, type WatchFeedsConfigOptions } from './config/watch-feeds-config';
export { diffFeeds, type FeedsDiff } from './config/diff-feeds';
export { opmlToFeedsYaml, type OpmlImport } from './config/opml-to-feeds-yaml';
export { relocateFeedsFile } from './config/relocate-feeds-file';
export { feedCredentialsFrom, MissingFeedCredentialsError, type FeedCredentials } from './config/feed-credentials';
export { parseDuration } from './config/duration';
export { formatProblem, type ConfigProblem, type FeedConfig, type FeedsConfig, type FeedsConfigResult } from './config/feeds-config.types';
// fetching
export { fetchResource, DEFAULT_USER_AGENT, type FetchOptions } from './http/fetch-resource';
export type { FetchResult, FetchedResource, NotModified } from './http/fetch-result';
export {
  FetchError,
  HttpStatusError,
  GoneError,
  TooLargeError,
  FetchTimeoutError,
  TooManyRedirectsError,
  BlockedAddressError,
  NetworkError,
  LocalFileError,
} from './http/fetch-errors';
export { classifyAddress, isPublicAddress, type AddressPolicy } from './http/address-policy';
export { type HostLimiter } from './politeness/host-limiter';
export { takeHostTurn, HostBusyError, type HostTurnOptions } from './politeness/take-host-turn';
export { MemoryHostLimiter } from './politeness/memory-host-limiter';
export { RedisHostLimiter, type RedisHostLimiterOptions } from './politeness/redis-host-limiter';
// decoding and parsing
export { decodeBody, type DecodedBody } from './decode/decode-body';
export { parseFeed, type ParseFeedOptions } from './parse/parse-feed';
export { FeedParseError } from './parse/feed-parse.error';
export type { FeedItem, ParsedFeed, FeedFormat } from './parse/feed-item';
export { parseDate } from './parse/parse-date';
// identity
export { canonicalUrl } from './identity/canonical-url';
export { articleIdFor } from './identity/article-id';
export { itemKey } from './identity/item-key';
export { textHash } from './identity/text-hash';
// article text
export { extractArticle, type ArticleText, type ExtractArticleOptions } from './article-text/extract-article';
export { htmlParagraphs } from './article-text/html-paragraphs';
export { wordF1, type WordScore } from './article-text/word-f1';
