// A feed's HTML content as text (the page fallback), bounded like page text: nesting capped, walked iteratively.
export { htmlParagraphs as htmlToText } from '@wirelog/feeds';
