import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource';
import { BlockedAddressError, TooLargeError } from './fetch-errors';
import { localServer, type LocalServer } from './local-server.fixture';

let first: LocalServer;
let second: LocalServer;
let secondHits = 0;
beforeAll(async () => {
  second = await localServer((_req, res) => {
    secondHits++;
    res.end('internal secret');
  }, '127.0.0.2');
  first = await localServer((req, res) => {
    if (req.url === '/to-second') res.writeHead(302, { location: `${second.url}/` }).end();
    else if (req.url === '/to-name') res.writeHead(301, { location: `http://second.test:${second.port}/` }).end();
    else if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else res.end(`hello ${req.headers.host}`);
  });
});
afterAll(async () => {
  await first.close();
  await second.close();
});

describe('fetchResource SSRF guard', () => {
  it('refuses a loopback IP literal unless allowPrivate', async () => {
    const err = await fetchResource(`${first.url}/`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect((err as BlockedAddressError).retryable).toBe(false);
    const ok = await fetchResource(`${first.url}/`, { allowPrivate: true });
    expect(ok.status === 'ok' && ok.body.toString()).toBe(`hello 127.0.0.1:${first.port}`);
  });

  it('refuses a name that resolves to loopback, and connects to the resolved address keeping the Host', async () => {
    const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const url = `http://feeds.example.test:${first.port}/`;
    await expect(fetchResource(url, { lookup })).rejects.toBeInstanceOf(BlockedAddressError);
    const ok = await fetchResource(url, { lookup, allowPrivate: true });
    expect(ok.status === 'ok' && ok.body.toString()).toBe(`hello feeds.example.test:${first.port}`);
  });

  it('checks every redirect hop: an allowed first hop cannot bounce to another loopback address', async () => {
    const onlyFirst = (address: string) => address === '127.0.0.1';
    const ok = await fetchResource(`${first.url}/`, { addressPolicy: onlyFirst });
    expect(ok.status).toBe('ok');
    await expect(fetchResource(`${first.url}/to-second`, { addressPolicy: onlyFirst })).rejects.toBeInstanceOf(BlockedAddressError);
    const lookup = async (host: string) => [{ address: host === 'second.test' ? '127.0.0.2' : '127.0.0.1', family: 4 as const }];
    await expect(fetchResource(`http://second.test:${second.port}/`, { lookup, addressPolicy: onlyFirst })).rejects.toBeInstanceOf(
      BlockedAddressError,
    );
    await expect(fetchResource(`${first.url}/to-name`, { lookup, addressPolicy: onlyFirst })).rejects.toBeInstanceOf(BlockedAddressError);
    expect(secondHits).toBe(0);
    const through = await fetchResource(`${first.url}/to-name`, { lookup, allowPrivate: true });
    expect(through.status === 'ok' && through.body.toString()).toBe('internal secret');
  });

  it('never follows a redirect to file:', async () => {
    await expect(fetchResource(`${first.url}/to-file`, { allowPrivate: true, fileRoot: '/' })).rejects.toBeInstanceOf(BlockedAddressError);
  });
});

describe('fetchResource file: URLs', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'wirelog-file-'));
    await writeFile(path.join(root, 'feed.xml'), '<rss/>');
    await writeFile(path.join(root, 'big.html'), 'x'.repeat(5000));
    await symlink('/etc/hostname', path.join(root, 'escape.xml'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads files below the root in the ok shape, with the size cap', async () => {
    const ok = await fetchResource(pathToFileURL(path.join(root, 'feed.xml')), { fileRoot: root });
    expect(ok).toMatchObject({ status: 'ok', httpStatus: 200, contentType: 'application/xml' });
    expect(ok.status === 'ok' && ok.body.toString()).toBe('<rss/>');
    await expect(fetchResource(pathToFileURL(path.join(root, 'big.html')), { fileRoot: root, maxBytes: 100 })).rejects.toBeInstanceOf(TooLargeError);
  });

  it('refuses files outside the root, through symlinks, or with no root', async () => {
    await expect(fetchResource('file:///etc/hostname', { fileRoot: root })).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(fetchResource(pathToFileURL(path.join(root, 'escape.xml')), { fileRoot: root })).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(fetchResource(pathToFileURL(path.join(root, 'feed.xml')))).rejects.toBeInstanceOf(BlockedAddressError);
  });
});
