// A loopback HTTP server for the fetch tests: routes are plain handlers, every request is logged.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface SeenRequest {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;

/** A started server; `url(path)` gives an absolute URL on it. */
export interface TestServer {
  url(path: string): string;
  port: number;
  requests: SeenRequest[];
  hits(path: string): SeenRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (port 0); unknown paths answer 404, /robots.txt 404 unless routed. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, at: Date.now(), headers: req.headers });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res, n);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small HTML article page. */
export function html(title: string, body = 'Текст новости.'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><p>${body}</p></article></body></html>`;
}
