// One HTTP request, guarded: connect and whole-response timeouts, a size cut while streaming,
// bounded decompression, the private-address check after DNS and on IP literals, and redirects
// resolved (not followed: the crawler schedules each hop politely).
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import type { Readable } from 'node:stream';
import tls, { TLSSocket } from 'node:tls';
import fetch, { type Response } from 'node-fetch';
import { addressAllowed, privateAddressRefusal, type AddressPolicy } from './address.js';
import { ACCEPT_ENCODING, decompress } from './decompress.js';
import { FetchStageError } from './errors.js';
import { parseRetryAfter } from './retry.js';
import { ipLiteral, normaliseUrl } from './url.js';

const PRIVATE_CODE = 'ENEWSFACTS_PRIVATE_ADDRESS';
const CONNECT_TIMEOUT_CODE = 'ENEWSFACTS_CONNECT_TIMEOUT';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DNS_RETRYABLE = new Set(['EAI_AGAIN']);
const DNS_PERMANENT = new Set(['ENOTFOUND', 'ENODATA', 'ESERVFAIL']);
/** No connection could be made: the host is down, refuses the port, or cannot be routed to. */
const CONNECT_FAILURES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  EHOSTUNREACH: 'host unreachable',
  EHOSTDOWN: 'host down',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
};

/** Settings shared by all requests of one client. */
export interface HttpClientOptions {
  userAgent: string;
  connectTimeoutMs: number;
  timeoutMs: number;
  maxBytes: number;
  policy: AddressPolicy;
  lookup?: LookupFunction | undefined;
  onRequest?: ((url: string) => void) | undefined;
  /** extra trusted CA certificates (PEM), added to the system ones */
  ca?: string | string[] | undefined;
}

/** Per-request settings. */
export interface RequestOptions {
  headers?: Record<string, string>;
  accept?: string;
  signal?: AbortSignal | undefined;
  /** called with the Content-Type before the body is read: false ends the request as `not-html` */
  acceptContentType?: (contentType: string | null) => boolean;
  /** a smaller size limit for this request (robots.txt) */
  maxBytes?: number;
  /** keep the first maxBytes instead of failing `too-large` (robots.txt: RFC 9309 reads 500 KiB) */
  truncate?: boolean;
}

/** A response that was not an error: 2xx with its body, 304, or a redirect with its target. */
export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  body: Buffer;
  /** the absolute Location of a 3xx redirect, else null */
  redirect: string | null;
  fetchedAt: string;
}

/** An error carrying a Node-style code, so node-fetch keeps the code when it wraps it. */
function codedError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/** A dns.lookup that refuses answers the address policy forbids: the check sees what we connect to. */
function guardedLookup(policy: AddressPolicy, base: LookupFunction): LookupFunction {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    base(
      hostname,
      options,
      (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => {
        if (err) return callback(err);
        const list = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
        const bad = list.find((a) => !addressAllowed(policy, a.address));
        if (bad)
          return callback(
            codedError(
              PRIVATE_CODE,
              privateAddressRefusal(`${hostname} resolves to non-public ${bad.address}`),
            ),
          );
        callback(null, address, family);
      },
    );
  }) as LookupFunction;
}

/** Wraps an agent's socket factory so that a socket not connected in time is destroyed. */
function withConnectTimeout<A extends http.Agent>(agent: A, ms: number): A {
  const create = agent.createConnection.bind(agent);
  agent.createConnection = ((
    options: http.ClientRequestArgs,
    cb?: (err: Error | null, s: unknown) => void,
  ) => {
    const socket = create(options, cb) as Socket | null | undefined;
    if (socket && ms > 0) {
      const timer = setTimeout(
        () => socket.destroy(codedError(CONNECT_TIMEOUT_CODE, `no connection within ${ms} ms`)),
        ms,
      );
      timer.unref();
      const clear = (): void => clearTimeout(timer);
      socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', clear);
      socket.once('close', clear);
    }
    return socket;
  }) as typeof agent.createConnection;
  return agent;
}

/** The Node error code of a thrown value (node-fetch copies the system error's code onto its own). */
function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function mapSystemError(err: unknown, url: string): FetchStageError {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code === PRIVATE_CODE) return new FetchStageError('private-address', message, { cause: err });
  if (code === CONNECT_TIMEOUT_CODE) {
    return new FetchStageError('timeout', `connect timeout: ${url}`, { cause: err, retryable: true });
  }
  const refused = CONNECT_FAILURES[code];
  if (refused !== undefined) {
    return new FetchStageError('connection', `cannot connect to ${new URL(url).host}: ${refused} (${code})`, {
      cause: err,
      retryable: true,
    });
  }
  if (DNS_PERMANENT.has(code)) return new FetchStageError('dns', message, { cause: err });
  if (DNS_RETRYABLE.has(code)) return new FetchStageError('dns', message, { cause: err, retryable: true });
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
    return new FetchStageError('tls', message, { cause: err });
  return new FetchStageError('network', message, { cause: err, retryable: true });
}

/** Whether a fetch failed before any connection to the host was made (refused, unreachable, connect
 * timeout): the host is down, which says nothing about what the host would have answered. */
export function isConnectFailure(err: FetchStageError): boolean {
  return (
    err.failure === 'connection' ||
    (err.failure === 'timeout' && errorCode(err.cause) === CONNECT_TIMEOUT_CODE)
  );
}

/** Headers as a plain object, names lower-case. */
function headerRecord(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of res.headers) out[k.toLowerCase()] = v;
  return out;
}

/** Makes guarded requests; one per crawl, so sockets are reused across requests to a host. */
export class HttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(private readonly options: HttpClientOptions) {
    const lookup = guardedLookup(options.policy, options.lookup ?? dnsLookup);
    this.httpAgent = withConnectTimeout(
      new http.Agent({ keepAlive: true, lookup }),
      options.connectTimeoutMs,
    );
    const ca = options.ca === undefined ? undefined : [...tls.rootCertificates, ...[options.ca].flat()];
    this.httpsAgent = withConnectTimeout(
      new https.Agent({ keepAlive: true, lookup, ...(ca ? { ca } : {}) }),
      options.connectTimeoutMs,
    );
  }

  /** Closes idle sockets. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** One GET without following redirects; throws FetchStageError for every failure. */
  async request(url: string, req: RequestOptions = {}): Promise<HttpResponse> {
    let target: URL;
    try {
      target = new URL(url);
    } catch (err) {
      throw new FetchStageError('bad-url', `not a URL: ${url}`, { cause: err });
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      throw new FetchStageError('bad-url', `not an http(s) URL: ${url}`);
    }
    const literal = ipLiteral(target.hostname);
    if (literal !== null && !addressAllowed(this.options.policy, literal)) {
      throw new FetchStageError(
        'private-address',
        privateAddressRefusal(`${literal} is not a public address`),
      );
    }

    const maxBytes = req.maxBytes ?? this.options.maxBytes;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onStop = (): void => controller.abort();
    req.signal?.addEventListener('abort', onStop, { once: true });
    if (req.signal?.aborted) controller.abort();
    const aborted = (err: unknown): FetchStageError =>
      timedOut
        ? new FetchStageError('timeout', `no complete response within ${this.options.timeoutMs} ms`, {
            cause: err,
            retryable: true,
          })
        : new FetchStageError('cancelled', 'crawl stopped', { cause: err });

    try {
      let res: Response;
      try {
        this.options.onRequest?.(target.href);
        res = await fetch(target.href, {
          method: 'GET',
          redirect: 'manual',
          compress: false,
          follow: 0,
          signal: controller.signal,
          agent: (u: URL) => (u.protocol === 'https:' ? this.httpsAgent : this.httpAgent),
          headers: {
            'user-agent': this.options.userAgent,
            accept: req.accept ?? '*/*',
            'accept-encoding': ACCEPT_ENCODING,
            'accept-language': 'ru, en;q=0.5',
            ...req.headers,
          },
        });
      } catch (err) {
        if (controller.signal.aborted) throw aborted(err);
        throw mapSystemError(err, target.href);
      }

      const headers = headerRecord(res);
      const contentType = headers['content-type'] ?? null;
      const fetchedAt = new Date().toISOString();
      const done = (body: Buffer, redirect: string | null): HttpResponse => ({
        url: target.href,
        status: res.status,
        headers,
        contentType,
        body,
        redirect,
        fetchedAt,
      });
      const discard = (): void => {
        (res.body as Readable | null)?.destroy();
      };

      if (REDIRECT_STATUSES.has(res.status) && headers['location'] !== undefined) {
        discard();
        let next: string;
        try {
          next = normaliseUrl(new URL(headers['location'], target).href);
        } catch (err) {
          throw new FetchStageError('bad-url', `bad redirect Location "${headers['location']}"`, {
            cause: err,
            status: res.status,
          });
        }
        return done(Buffer.alloc(0), next);
      }
      if (res.status === 304) {
        discard();
        return done(Buffer.alloc(0), null);
      }
      if (res.status >= 400) {
        discard();
        const retryAfterMs = parseRetryAfter(headers['retry-after'] ?? null, Date.now());
        const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
        throw new FetchStageError(res.status >= 500 ? 'http-5xx' : 'http-4xx', `HTTP ${res.status}`, {
          status: res.status,
          retryable,
          ...(retryAfterMs === null ? {} : { retryAfterMs }),
        });
      }
      if (res.status >= 300 || res.status < 200) {
        discard();
        throw new FetchStageError('http-3xx', `HTTP ${res.status} without a usable Location`, {
          status: res.status,
        });
      }
      if (req.acceptContentType && !req.acceptContentType(contentType)) {
        discard();
        throw new FetchStageError(
          'not-html',
          `content type ${contentType ?? '(none)'} is not HTML or a feed`,
          {
            status: res.status,
          },
        );
      }
      const declared = Number(headers['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard();
        throw new FetchStageError('too-large', `Content-Length ${declared} is over ${maxBytes} bytes`, {
          status: res.status,
        });
      }

      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body ?? []) {
          const buf = chunk as Buffer;
          size += buf.length;
          if (size > maxBytes) {
            discard();
            if (req.truncate) {
              chunks.push(buf.subarray(0, buf.length - (size - maxBytes)));
              size = maxBytes;
              break;
            }
            throw new FetchStageError('too-large', `body cut at ${maxBytes} bytes`, { status: res.status });
          }
          chunks.push(buf);
        }
      } catch (err) {
        if (err instanceof FetchStageError) throw err;
        if (controller.signal.aborted) throw aborted(err);
        throw mapSystemError(err, target.href);
      }
      const body = await decompress(
        Buffer.concat(chunks, size),
        headers['content-encoding'] ?? null,
        maxBytes,
      );
      return done(body, null);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onStop);
    }
  }
}

/** Where a redirect chain goes next, or the typed error that ends it (loop, too many hops). */
export function nextRedirect(chain: readonly string[], location: string, maxRedirects: number): string {
  if (chain.includes(location)) {
    throw new FetchStageError('redirect-loop', `redirect loop: ${[...chain, location].join(' -> ')}`);
  }
  if (chain.length > maxRedirects) {
    throw new FetchStageError(
      'too-many-redirects',
      `more than ${maxRedirects} redirects from ${chain[0] ?? ''}`,
    );
  }
  const scheme = new URL(location).protocol;
  if (scheme !== 'http:' && scheme !== 'https:') {
    throw new FetchStageError('bad-url', `redirect to a non-http(s) URL: ${location}`);
  }
  return location;
}
