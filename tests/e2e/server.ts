// A static server for the e2e pages on 127.0.0.1 and a free port. It serves only
// the routes it is given (no filesystem paths from the request), and every
// connection is bounded so a stuck browser cannot hold the test run open.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  /** URL path, e.g. "/some-slug/". */
  path: string;
  html: string;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order (to tell "never loaded" from "loaded, not captured"). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startServer(routes: Iterable<Route>): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  for (const { path, html } of routes) {
    if (pages.has(path)) throw new Error(`two e2e pages want ${path}`);
    pages.set(path, html);
  }
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const html = req.method === 'GET' || req.method === 'HEAD' ? pages.get(path) : undefined;
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : html);
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // keep-alive sockets from the browser
      }),
  };
}
