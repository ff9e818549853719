export interface FetchedResource {
  status: 'ok';
  /** Final URL after redirects. */
  url: string;
  httpStatus: number;
  headers: Record<string, string>;
  /** Decoded from Content-Encoding, not from its charset. */
  body: Buffer;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

export interface NotModified {
  status: 'not-modified';
  url: string;
}

export type FetchResult = FetchedResource | NotModified;
