// HTTPS against a loopback server with a throwaway self-signed certificate made by openssl:
// an untrusted certificate is a `tls` failure; a trusted one fetches, and a download that lasts
// longer than the connect timeout is not cut by it (the timer ends at the TLS handshake).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { collect } from './test-helpers.js';
import { html } from './test-server.js';

function makeCertificate(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } catch {
    return null; // no openssl here: the tests below are skipped
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tlsFiles = makeCertificate();
let server: https.Server;
let base = '';

beforeAll(async () => {
  if (!tlsFiles) return;
  server = https.createServer(tlsFiles, (req, res) => {
    if (req.url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<html><body><p>Медленная ');
      setTimeout(() => res.end('страница</p></body></html>'), 300);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('Защищённая'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (!tlsFiles) return;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

(tlsFiles ? describe : describe.skip)('https', () => {
  test('an untrusted certificate is a tls failure, not retried', async () => {
    const { failures } = await collect([`${base}/a`], { respectRobots: false });
    expect(failures).toEqual([expect.objectContaining({ code: 'tls', attempts: 1 })]);
  });

  test('with the CA trusted, pages come through; the connect timeout does not cut a slow body', async () => {
    const { pages, failures } = await collect([`${base}/a`, `${base}/slow`], {
      ca: tlsFiles!.cert,
      connectTimeoutMs: 100,
      retries: 0,
    });
    expect(failures).toEqual([]);
    expect(pages.map((p) => p.body.toString('utf8')).join()).toContain('Медленная страница');
  });
});
