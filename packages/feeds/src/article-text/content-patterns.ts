/*
 * Class/id and text patterns for main-content detection. They follow Mozilla
 * Readability's (Apache-2.0), the de-facto reference for this heuristic.
 */
export const UNLIKELY_CANDIDATE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** Class or id of page furniture that is never article text: consent banners, sign-up boxes, link lists. */
export const BOILERPLATE_CLASS =
  /cookie|consent|newsletter|paywall|outbrain|taboola|(?:^|[\s_-])(?:subscribe|sign-?up|related|recommended|more-stories|most-read|most-popular|trending|read-next)(?:$|[\s_-])/i;
/** The words of a cookie or consent banner or a newsletter box. */
export const BOILERPLATE_TEXT =
  /\b(?:(?:we|site|website) uses? cookies|use of cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|(?:sign up|subscribe|register) (?:for|to) (?:our|the|a) [\w -]{0,30}newsletters?|newsletters? (?:straight |delivered )?(?:to|in) your inbox)\b/i;
/** Headings over lists of other stories. */
export const BOILERPLATE_HEADING =
  /^(?:related(?: stories| articles| news| content| posts| reading| coverage)?|read (?:more|next|also)|more (?:from|on|stories|news)\b.{0,60}|you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|trending(?: now)?|editor'?s picks)$/i;
export const BYLINE = /byline|author|dateline|writtenby|p-author/i;
export const SHARE_ELEMENT = /(\b|_)(share|sharedaddy)(\b|_)/i;
export const VIDEO =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
export const COMMAS = /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/g;
export const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
export const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
export const HASH_URL = /^#.+/;

export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
export const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
export const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
export const KEEP_TAG_ON_MERGE = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
export const PHRASING = new Set([
  'abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i', 'img',
  'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q', 'ruby', 'samp',
  'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var', 'wbr',
]);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
