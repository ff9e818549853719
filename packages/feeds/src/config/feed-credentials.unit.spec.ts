import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedCredentialsFrom, MissingFeedCredentialsError } from './feed-credentials';

const feedsYaml = (url: string): string => `feeds:\n  - id: members\n    url: ${url}\n  - id: open\n    url: https://example.org/open.xml\n`;

describe('feedCredentialsFrom', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wirelog-credentials-'));
    file = path.join(dir, 'feeds.yaml');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('gives the URL the log records the credentials the feeds file gives it, as the file says at each lookup', async () => {
    await writeFile(file, feedsYaml('https://reader:first@example.org/members.xml'));
    const credentials = feedCredentialsFrom(file);
    expect(await credentials('members', 'https://example.org/members.xml')).toBe('https://reader:first@example.org/members.xml');

    await writeFile(file, feedsYaml('https://reader:other@example.org/members.xml'));
    expect(await credentials('members', 'https://example.org/members.xml')).toBe('https://reader:other@example.org/members.xml');

    // an invalid edit keeps the last valid credentials in force, as the poller keeps its settings
    await writeFile(file, `${feedsYaml('https://reader:third@example.org/members.xml')}  - id: Bad Id\n`);
    expect(await credentials('members', 'https://example.org/members.xml')).toBe('https://reader:other@example.org/members.xml');
  });

  it('gives none to another URL, a feed without credentials, an unknown feed, or without a feeds file', async () => {
    await writeFile(file, feedsYaml('https://reader:pw@example.org/members.xml'));
    const credentials = feedCredentialsFrom(file);
    await expect(credentials('members', 'https://example.org/elsewhere.xml')).rejects.toThrow(MissingFeedCredentialsError);
    await expect(credentials('open', 'https://example.org/open.xml')).rejects.toThrow(MissingFeedCredentialsError);
    await expect(credentials('nobody', 'https://example.org/members.xml')).rejects.toThrow('no credentials for feed nobody');
    await expect(feedCredentialsFrom(path.join(dir, 'missing.yaml'))('members', 'https://example.org/members.xml')).rejects.toThrow(MissingFeedCredentialsError);
  });
});
