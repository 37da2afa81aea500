// The HTTP service on fastify: routes, bearer token, limits, metrics and the OpenAPI description.
// Extraction runs on a Runner (./runner.ts): worker threads, or in-process with 0 workers.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import type { Logger } from 'pino';
import { decodeText } from '../../document/text-check.js';
import { FieldError } from '../api/errors.js';
import { checkOptions, checkText, notRussianReason } from '../api/input.js';
import { orderedMap } from '../api/ordered.js';
import { errorReply, ServeError } from './errors.js';
import type { ErrorBody, ErrorReply } from './errors.js';
import { canCollect, threadMemory } from './memory.js';
import { Metrics } from './metrics.js';
import { inProcessRunner, poolRunner } from './runner.js';
import type { Runner } from './runner.js';
import type { Task, TaskResult } from './task.js';
import { batchSchema, extractHtmlSchema, extractSchema, healthSchema, metricsSchema } from './schemas.js';

/** How the service runs: `newsfacts serve`'s options. */
export interface ServeOptions {
  host: string;
  /** 0 picks a free port */
  port: number;
  /** worker threads; 0 runs extraction in-process */
  workers: number;
  /** the bearer token every route but /healthz requires; null for none */
  token: string | null;
  /** largest request body, and largest batch line, in bytes */
  bodyLimit: number;
  /** time limit per article, in milliseconds */
  timeoutMs: number;
  /** articles that may wait for a worker before new ones get 503 */
  maxQueue?: number;
  logger?: Logger;
}

/** A running service. */
export interface Server {
  app: FastifyInstance;
  /** http://host:port it listens on */
  url: string;
  /** Stops accepting, lets what is in flight finish, stops the workers. */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8';

/** Whether a host name or address is the loopback interface. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Whether an Authorization header carries the token (compared in constant time). */
function authorised(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return m?.[1] !== undefined && timingSafeEqual(digest(m[1].trim()), digest(token));
}

/** The reply for fastify's own errors (body parsing, limits, content types): all 4xx, naming the body. */
function frameworkReply(err: FastifyError): ErrorReply | null {
  const status = err.statusCode ?? 500;
  if (status >= 500) return null;
  if (status === 413)
    return {
      status,
      error: { code: 'too-large', field: 'body', problem: 'too-large', message: err.message },
    };
  if (status === 415)
    return { status, error: { code: 'unsupported-media-type', field: 'content-type', message: err.message } };
  if (status === 400 && (err instanceof SyntaxError || /JSON/i.test(err.code) || /JSON/.test(err.message)))
    return {
      status,
      error: {
        code: 'not-json',
        field: 'body',
        problem: 'invalid',
        message: `the body is not JSON: ${err.message}`,
      },
    };
  return { status, error: { code: 'bad-request', field: 'body', message: err.message } };
}

/** Checks a JSON article (the body of /v1/extract or one batch line) in the server thread; a FieldError if bad. */
function checkArticle(body: unknown, field = 'body'): { text: string; options: Record<string, unknown> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new FieldError(field, 'type', `the ${field} must be a JSON object with a "text" string`);
  const o = { ...(body as Record<string, unknown>) };
  // like `extract --jsonl`: a numeric id is kept as its string form
  if (typeof o['id'] === 'number' && Number.isFinite(o['id'])) o['id'] = String(o['id']);
  const text = checkText(o['text']);
  checkOptions(o);
  const notRussian = notRussianReason(text);
  if (notRussian) throw new FieldError('text', 'not-russian', `"text" is not Russian: ${notRussian}`);
  return { text, options: o };
}

/** A batch's lines as bytes with their numbers; a line over `limit` bytes comes as `tooLarge`. */
async function* batchLines(
  stream: AsyncIterable<Buffer | string>,
  limit: number,
): AsyncGenerator<{ lineNo: number; bytes: Buffer | null }> {
  let rest: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let skipping = false; // inside a line already reported as too large
  for await (const chunk of stream) {
    const buf = rest.length ? Buffer.concat([rest, Buffer.from(chunk)]) : Buffer.from(chunk);
    let start = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      lineNo++;
      if (skipping) skipping = false;
      else if (nl - start > limit) yield { lineNo, bytes: null };
      else yield { lineNo, bytes: buf.subarray(start, nl) };
      start = nl + 1;
    }
    rest = buf.subarray(start);
    if (rest.length > limit) {
      if (!skipping) yield { lineNo: lineNo + 1, bytes: null };
      skipping = true;
      rest = Buffer.alloc(0);
    }
  }
  if (rest.length && !skipping) yield { lineNo: lineNo + 1, bytes: rest };
}

/** Builds the fastify app over a runner (not listening yet). */
export async function buildApp(runner: Runner, options: ServeOptions): Promise<FastifyInstance> {
  const metrics = new Metrics();
  const logger: FastifyBaseLogger | undefined = options.logger;
  const app = Fastify({
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ...(logger ? { loggerInstance: logger } : {}),
  });
  // schemas describe the API (OpenAPI); the handlers check requests with the library's rules
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'newsfacts',
        description:
          'Russian news in, one record per article out: people, quotes, numbers, dates with offsets',
        version: '1',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(options.token ? { security: [{ bearer: [] }] } : {}),
    },
  });

  const sendError = (reply: FastifyReply, r: ErrorReply): FastifyReply => {
    metrics.error(r.error.code);
    return reply
      .code(r.status)
      .type(JSON_TYPE)
      .send(JSON.stringify({ error: r.error }) + '\n');
  };

  const counted = new WeakSet<FastifyRequest>();
  app.addHook('onRequest', async (req, reply) => {
    metrics.inFlight++;
    counted.add(req);
    if (!options.token || req.url.split('?')[0] === '/healthz') return;
    if (!authorised(req.headers.authorization, options.token)) {
      void reply.header('www-authenticate', 'Bearer');
      return sendError(reply, {
        status: 401,
        error: {
          code: 'unauthorized',
          field: 'authorization',
          message: 'a valid "Authorization: Bearer <token>" header is required',
        },
      });
    }
  });
  const done = (req: FastifyRequest): void => {
    if (counted.delete(req)) metrics.inFlight--;
  };
  app.addHook('onResponse', (req, reply, next) => {
    done(req);
    metrics.request(req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    next();
  });
  app.addHook('onRequestAbort', (req, next) => {
    done(req);
    next();
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const r = frameworkReply(err) ?? errorReply(err);
    if (r.status >= 500) req.log.error({ err }, 'request failed');
    return sendError(reply, r);
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, {
      status: 404,
      error: { code: 'not-found', message: `no route ${req.method} ${req.url.split('?')[0]}` },
    }),
  );

  /** Runs one task and answers with the record or the error. */
  const answer = async (reply: FastifyReply, task: Task): Promise<FastifyReply> => {
    let result: TaskResult;
    try {
      result = await runner.run(task, options.timeoutMs);
    } catch (err) {
      metrics.article('failed');
      return sendError(reply, errorReply(err));
    }
    metrics.article(result.ok ? 'ok' : 'failed');
    if (!result.ok) return sendError(reply, result);
    return reply.type(JSON_TYPE).send(result.json);
  };

  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/healthz', { schema: healthSchema }, () => ({
    status: 'ok',
    workers: runner.threads,
    queued: runner.queued(),
  }));
  app.get('/metrics', { schema: metricsSchema }, async (_req, reply) => {
    // under --expose-gc only (a load test): every thread's memory after a forced collection
    const memory = canCollect() ? [threadMemory(), ...(await runner.memory())] : undefined;
    return reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .send(
        metrics.text({ queued: runner.queued(), threads: runner.threads, ...(memory ? { memory } : {}) }),
      );
  });

  app.post('/v1/extract', { schema: extractSchema }, async (req, reply) => {
    let article;
    try {
      article = checkArticle(req.body);
    } catch (err) {
      metrics.article('failed');
      return sendError(reply, errorReply(err));
    }
    return answer(reply, { kind: 'text', text: article.text, options: article.options });
  });

  await app.register((scope, _opts, registered) => {
    // any content type is a page: its bytes go to the parser, which reads the charset itself
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, next) => next(null, body));
    scope.post('/v1/extract/html', { schema: extractHtmlSchema }, async (req, reply) => {
      const body = req.body;
      if (!(body instanceof Uint8Array) || body.length === 0) {
        metrics.article('failed');
        return sendError(
          reply,
          errorReply(new FieldError('html', 'empty', 'the body (an HTML page) is empty')),
        );
      }
      const query = (req.query ?? {}) as Record<string, unknown>;
      try {
        checkOptions(query);
      } catch (err) {
        metrics.article('failed');
        return sendError(reply, errorReply(err));
      }
      const contentType = req.headers['content-type'];
      return answer(reply, {
        kind: 'html',
        html: body,
        options: { ...query, ...(contentType ? { contentType } : {}) },
      });
    });
    registered();
  });

  await app.register((scope, _opts, registered) => {
    // the body stays a stream: lines are read, extracted and answered as they come
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, payload, next) => next(null, payload));
    scope.post('/v1/extract/batch', { schema: batchSchema }, async (req, reply) => {
      const lines = batchLines(req.body as AsyncIterable<Buffer>, options.bodyLimit);
      const one = async ({ lineNo, bytes }: { lineNo: number; bytes: Buffer | null }): Promise<string> => {
        let id: unknown;
        const failed = (r: ErrorReply): string => {
          metrics.article('failed');
          metrics.error(r.error.code);
          const body: { line: number; id?: unknown; status: number; error: ErrorBody } = {
            line: lineNo,
            status: r.status,
            error: r.error,
          };
          if (typeof id === 'string' || typeof id === 'number') body.id = id;
          return JSON.stringify(body) + '\n';
        };
        try {
          if (bytes === null)
            throw new FieldError(
              'line',
              'too-large',
              `line ${lineNo} is over the limit of ${options.bodyLimit} bytes`,
            );
          let obj: unknown;
          try {
            obj = JSON.parse(decodeText(bytes, lineNo === 1).text);
          } catch (err) {
            throw new ServeError(400, 'not-json', `line ${lineNo} is not JSON`, 'line', { cause: err });
          }
          id = (obj as { id?: unknown } | null)?.id;
          const article = checkArticle(obj, 'line');
          const result = await runner.run(
            { kind: 'text', text: article.text, options: article.options },
            options.timeoutMs,
          );
          if (!result.ok) return failed(result);
          metrics.article('ok');
          return result.json;
        } catch (err) {
          return failed(errorReply(err));
        }
      };
      async function* nonEmpty(): AsyncGenerator<{ lineNo: number; bytes: Buffer | null }> {
        for await (const l of lines) if (l.bytes === null || l.bytes.toString('utf8').trim()) yield l;
      }
      const out = orderedMap(nonEmpty(), one, Math.max(1, runner.threads * 2));
      return reply.type(NDJSON_TYPE).send(Readable.from(out));
    });
    registered();
  });

  return app;
}

/** Starts the service: the worker pool (warmed), then the listener. */
export async function startServer(options: ServeOptions): Promise<Server> {
  const runner =
    options.workers > 0
      ? await poolRunner(options.workers, options.maxQueue ?? Math.max(64, options.workers * 64))
      : await inProcessRunner();
  let app: FastifyInstance;
  try {
    app = await buildApp(runner, options);
    app.addHook('onClose', async () => runner.close());
    await app.listen({ host: options.host, port: options.port });
  } catch (err) {
    await runner.close();
    throw new ServeError(500, 'listen', `cannot serve on ${options.host}:${options.port}`, undefined, {
      cause: err,
    });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host =
    options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  return { app, url: `http://${host}:${port}`, close: () => app.close() };
}
