// The docs site's files at /docs, from a directory on disk: the Node adapter serves them
// (a file system is what only it has); nothing outside the directory is ever read.
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { decodePart } from "./contract";

export interface FileAnswer {
  status: number;
  type: string;
  data: string | Uint8Array;
  headers?: Record<string, string>;
}

const FILE_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const JSON_TYPE = "application/json";
const notFound: FileAnswer = { status: 404, type: JSON_TYPE, data: '{"detail":"Not found."}' };

const docsMissing: FileAnswer = {
  status: 404,
  type: "text/html; charset=utf-8",
  data: `<!doctype html><title>Bedrock API docs</title>
<h1>The docs site is not built</h1>
<p>In the SDK repository, build it into <code>docs/site/</code> (see the README), then reload.
The contract itself is served at <a href="/openapi.json">/openapi.json</a> and
<a href="/openapi.yaml">/openapi.yaml</a>.</p>`,
};

const isDirectory = async (path: string) =>
  (await stat(path).catch(() => undefined))?.isDirectory();

/** Whether a path is the docs site's (`/docs` and under): the only paths {@link docsFile} answers. */
export const underDocs = (pathname: string) =>
  pathname === "/docs" || pathname.startsWith("/docs/");

/** The answer for a path under /docs (a file, a redirect, 404, 405); `undefined` for others. */
export async function docsFile(
  method: string,
  pathname: string,
  docsDir: string | undefined,
): Promise<FileAnswer | undefined> {
  if (!underDocs(pathname)) return undefined;
  if (method !== "GET" && method !== "HEAD")
    return {
      status: 405,
      type: JSON_TYPE,
      data: JSON.stringify({ detail: `Method "${method}" not allowed.` }),
      headers: { Allow: "GET, HEAD" },
    };
  if (pathname === "/docs")
    return { status: 301, type: JSON_TYPE, data: "{}", headers: { Location: "/docs/" } };
  const root = docsDir && resolve(docsDir);
  if (!root || !(await isDirectory(root))) return docsMissing;
  let file = resolve(root, `.${decodePart(pathname.slice("/docs".length))}`);
  if (file !== root && !file.startsWith(root + sep)) return notFound;
  if (await isDirectory(file)) file = join(file, "index.html");
  const data = await readFile(file).catch(() => undefined);
  if (!data) return notFound;
  return { status: 200, type: FILE_TYPES[extname(file)] ?? "application/octet-stream", data };
}
