/**
 * Real HTTP servers on loopback for tests: every test that crawls starts its own, on a free port of 127.0.0.1
 * (or another 127.0.0.0/8 address), and closes it. Nothing here ever listens beyond loopback.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A static route: body and headers, or a handler for anything dynamic. */
export type Route =
  | string
  | { readonly status?: number; readonly headers?: Record<string, string>; readonly body?: string | Buffer }
  | Handler;

export interface LoopbackServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  readonly host: string;
  /** origin + path */
  url(path: string): string;
  /** Every request seen, in order: method, path and headers (lower-case names). */
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  /** Stop listening and destroy open sockets (so a trickling response never keeps a test alive). */
  close(): Promise<void>;
}

function assertLoopback(host: string): void {
  if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) throw new Error(`test servers listen on 127.0.0.0/8 only, not ${host}`);
}

/** Start a server with a handler. */
export async function startServer(handler: Handler, options: { host?: string } = {}): Promise<LoopbackServer> {
  const host = options.host ?? '127.0.0.1';
  assertLoopback(host);
  const requests: LoopbackServer['requests'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    port,
    host,
    url: (path) => origin + path,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Start a server from a table of path → route; unknown paths answer 404 with a small not-found page. The table is
 * read at each request, so a test may change a route between scans. With `validators`, every 200 of a static route
 * carries an ETag of its body and answers 304 to a request naming it, as real servers and CDNs do.
 */
export async function startSite(routes: Record<string, Route>, options: { host?: string; validators?: boolean } = {}): Promise<LoopbackServer> {
  return startServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Page not found</h1>');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    const status = typeof route === 'string' ? 200 : (route.status ?? 200);
    const body = typeof route === 'string' ? route : (route.body ?? '');
    // A string's type follows its path; an object's is HTML unless its headers say otherwise.
    const type = typeof route !== 'string' || !/\.(txt|xml)$/.test(path) ? 'text/html; charset=utf-8' : path.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/xml';
    const headers: Record<string, string> = { 'content-type': type, ...(typeof route === 'string' ? {} : route.headers) };
    if (options.validators && status === 200) {
      headers.etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === headers.etag) {
        res.writeHead(304, { etag: headers.etag });
        res.end();
        return;
      }
    }
    res.writeHead(status, headers);
    res.end(body);
  }, options);
}

/** A loopback port nothing listens on (taken from the kernel, then released): a connection to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A small in-house HTML page: title, body and footer links. */
export function shopPage(title: string, body: string, links = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main><footer>${links}</footer></body></html>`;
}
