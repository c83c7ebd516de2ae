import { createReadStream, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export type StaticServer = { url: string; origin: string; close: () => Promise<void>; server: Server };

export type ServeOptions = {
  /** Served at this path prefix, as a newsroom serves graphics from a sub-path. */
  prefix?: string;
  port?: number;
  /** Extra headers on every response (a CSP, say). No CORS headers unless given here. */
  headers?: Record<string, string>;
  /** Extra routes: path → [content type, body]. */
  routes?: Record<string, [string, string | Buffer]>;
  /** Routes that answer as they like: slowly, in pieces, or never (path → handler). */
  handlers?: Record<string, (request: IncomingMessage, response: ServerResponse) => void>;
};

/** A plain static host: files, a content type, nothing else (no CORS), as the embed contract assumes. */
export function serveStatic(
  root: string,
  { prefix = "/", port = 0, headers = {}, routes = {}, handlers = {} }: ServeOptions = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const handler = handlers[url.pathname];
    if (handler) return handler(request, response);
    const route = routes[url.pathname];
    if (route) {
      response.writeHead(200, { "content-type": route[0], ...headers });
      response.end(route[1]);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, "index.html");
      const size = statSync(path).size;
      response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream", "content-length": size, ...headers });
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) =>
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      const origin = `http://127.0.0.1:${actual}`;
      done({ url: `${origin}${prefix}`, origin, server, close: () => new Promise((closed) => server.close(() => closed())) });
    }),
  );
}
