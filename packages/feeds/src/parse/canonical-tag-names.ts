import type { RootElement } from './sniff-feed-format';

/** Prefixes rss-parser expects for the namespaces whose elements it reads. */
const EXPECTED_PREFIX: Record<string, string> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
};

function namespaceBindings(startTag: string): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const match of startTag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) bindings.set(match[1]!, match[2]!);
  return bindings;
}

/**
 * xml2js keys elements by their written name, and rss-parser looks for `rdf:RDF`, `dc:date`, `entry`...
 * This renames the prefixes a document chose (`<atom:feed>`, `<RDF>`, `<dublincore:date>`) to those.
 */
export function canonicalTagNames(root: RootElement): (name: string) => string {
  const renames = new Map<string, string>();
  for (const [prefix, uri] of namespaceBindings(root.startTag)) {
    const expected = EXPECTED_PREFIX[uri];
    if (expected !== undefined && expected !== prefix) renames.set(prefix, expected);
  }
  const [rootPrefix, rootLocal] = root.qname.includes(':') ? root.qname.split(':') : ['', root.qname];
  if (rootLocal === 'feed' && rootPrefix) renames.set(rootPrefix, '');
  const rdfRoot = rootLocal === 'RDF' ? root.qname : undefined;
  if (renames.size === 0 && (rdfRoot === undefined || rdfRoot === 'rdf:RDF')) return (name) => name;
  return (name) => {
    if (name === rdfRoot) return 'rdf:RDF';
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const renamed = renames.get(name.slice(0, colon));
    if (renamed === undefined) return name;
    return renamed === '' ? name.slice(colon + 1) : `${renamed}:${name.slice(colon + 1)}`;
  };
}
