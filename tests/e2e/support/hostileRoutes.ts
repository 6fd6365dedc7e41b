/**
 * Servers that misbehave, for `?data=` tests and scripts/measure-hostile-loads.ts: a gzip bomb, a
 * large body sent without Content-Length, a server that never answers or stalls after its headers,
 * and a redirect. Each is a request handler for startStaticServer's `routes`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createGzip } from "node:zlib";
import { edtfSetDataset, unknownActorsDataset } from "../../fixtures/makeHostileInputs";

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

const MB = 1024 * 1024;
const gzipped = new Map<number, Promise<Buffer>>();

/** `bytes` spaces, gzipped at level 9 (about 1 KB per MB), made once per size. */
function gzippedSpaces(bytes: number): Promise<Buffer> {
  let made = gzipped.get(bytes);
  if (!made) {
    made = new Promise<Buffer>((resolve, reject) => {
      const gzip = createGzip({ level: 9 });
      const parts: Buffer[] = [];
      gzip.on("data", (b: Buffer) => parts.push(b));
      gzip.on("end", () => resolve(Buffer.concat(parts)));
      gzip.on("error", reject);
      const chunk = Buffer.alloc(MB, 0x20);
      let left = bytes;
      const write = () => {
        while (left > 0) {
          const part = left >= MB ? chunk : chunk.subarray(0, left);
          left -= part.length;
          if (!gzip.write(part)) return void gzip.once("drain", write);
        }
        gzip.end();
      };
      write();
    });
    gzipped.set(bytes, made);
  }
  return made;
}

/** A JSON response of `bytes` spaces, sent gzip-encoded with the small Content-Length of the compressed body. */
export const gzipBomb =
  (bytes: number): Route =>
  (_req, res) => {
    void gzippedSpaces(bytes).then((body) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(body.length) });
      res.end(body);
    });
  };

/** `bytes` of spaces sent in 64 KB chunks with no Content-Length (chunked transfer encoding); stops when the client goes. */
export const chunkedBody =
  (bytes: number): Route =>
  (req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let left = bytes;
    const write = () => {
      while (left > 0 && !res.destroyed) {
        left -= chunk.length;
        if (!res.write(chunk)) return void res.once("drain", write);
      }
      res.end();
    };
    req.on("close", () => (left = 0));
    write();
  };

/** Never answers: no status, no headers (the connection stays open until the client gives up). */
export const neverAnswers: Route = () => {};

/** Sends its headers and the start of a body, then nothing more. */
export const stallsAfterHeaders: Route = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"version": 1, "title": "Never finished", ');
};

/** Redirects (302) to the address given as `?to=`. */
export const redirect: Route = (req, res) => {
  const to = new URL(req.url ?? "/", "http://x").searchParams.get("to") ?? "/";
  res.writeHead(302, { location: to }).end();
};

/** A JSON body made once, when first asked for (generated files are megabytes). */
export const generated = (make: () => string, headers: Record<string, string> = {}): Route => {
  let body: string | undefined;
  return (_req, res) => {
    body ??= make();
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(body);
  };
};

/** The routes the e2e server offers under /hostile/. */
export const HOSTILE_ROUTES: Record<string, Route> = {
  "/hostile/bomb.json": gzipBomb(200 * MB),
  "/hostile/chunked.json": chunkedBody(60 * MB),
  "/hostile/never.json": neverAnswers,
  "/hostile/stall.json": stallsAfterHeaders,
  "/hostile/redirect": redirect,
  "/hostile/edtf-sets.json": generated(() => edtfSetDataset(20_000)),
  "/hostile/unknown-actors.json": generated(() => unknownActorsDataset(60_000)),
  // Readable from other sites: the end of a redirect to another host.
  "/hostile/cors/small.json": generated(
    () => JSON.stringify({ version: 1, title: "Elsewhere", sources: [{ id: "s", publisher: "P", title: "T", published: "2019-01-18" }], events: [{ id: "e", title: "E", when: "2019-01-01", status: "happened", evidence: [{ source: "s", quote: "q" }] }] }),
    { "access-control-allow-origin": "*" },
  ),
};
