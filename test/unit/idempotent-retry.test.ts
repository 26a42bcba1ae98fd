// The point of idempotency keys, end to end: the connection drops after the stub has acted on
// a POST, the SDK retries with the same key, and the stub replays its answer instead of
// creating a second object.
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Bedrock } from "../../src/index";
import { type Stub, startStub } from "../../src/stub";

let stub: Stub;
let proxy: Server;
let proxyUrl: string;
/** How many responses to a POST the proxy still swallows, closing the client's connection instead. */
let dropPostAnswers = 0;
const sockets = new Set<Socket>();

beforeAll(async () => {
  stub = await startStub({ throttle: false });
  const { port: stubPort } = new URL(stub.url);
  // A TCP proxy in front of the stub that can lose a POST's answer, as a flaky network does.
  proxy = createServer((client) => {
    const upstream = connect(Number(stubPort), "127.0.0.1");
    sockets.add(client).add(upstream);
    let lastMethod = "";
    client.on("data", (chunk) => {
      const head = chunk.toString("latin1", 0, 8);
      if (/^[A-Z]+ /.test(head)) lastMethod = head.split(" ")[0] ?? "";
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (lastMethod === "POST" && dropPostAnswers > 0) {
        dropPostAnswers--;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  await stub.close();
});

test("a POST whose answer is lost is retried with the same key and creates one object", async () => {
  const lines: string[] = [];
  const write = (line: string) => {
    lines.push(line);
  };
  const bedrock = new Bedrock({
    apiKey: stub.apiKey,
    baseUrl: proxyUrl,
    logLevel: "warn",
    logger: { error: write, warn: write, info: write, debug: write },
  });
  const before = (await bedrock.templates.list()).count;
  dropPostAnswers = 1;
  const { data, response } = await bedrock.templates
    .create({ name: "Exactly once", definition: { model: "m" } })
    .withResponse();
  expect(dropPostAnswers).toBe(0); // the first answer was lost
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^\[bedrock\] POST \/api\/templates\/ failed \(Connection error: .+\) after \d+ ms, attempt 1\/3; retrying in \d+ ms$/,
  );
  expect(response.status).toBe(201);
  expect(response.headers.get("idempotent-replayed")).toBe("true");
  const after = await bedrock.templates.list({ page_size: 100 });
  expect(after.count).toBe(before + 1);
  expect(after.results.filter((t) => t.name === "Exactly once").map((t) => t.id)).toEqual([
    data.id,
  ]);
});

test("without a retry the same loss leaves the caller with a connection error", async () => {
  const bedrock = new Bedrock({
    apiKey: stub.apiKey,
    baseUrl: proxyUrl,
    logLevel: "off",
    maxRetries: 0,
  });
  dropPostAnswers = 1;
  await expect(bedrock.templates.create({ name: "Lost", definition: {} })).rejects.toThrow(
    /^Connection error: /,
  );
});

test("the caller's own key makes a later repeat of the call replay the first answer", async () => {
  const bedrock = new Bedrock({ apiKey: stub.apiKey, baseUrl: proxyUrl, logLevel: "off" });
  const body = { name: "Order 42", definition: {} };
  const first = await bedrock.templates.create(body, { idempotencyKey: "order-42" }).withResponse();
  const again = await bedrock.templates.create(body, { idempotencyKey: "order-42" }).withResponse();
  expect(again.data).toEqual(first.data);
  expect(again.response.headers.get("idempotent-replayed")).toBe("true");
  await expect(
    bedrock.templates.create({ ...body, name: "Order 43" }, { idempotencyKey: "order-42" }),
  ).rejects.toMatchObject({ status: 422, name: "UnprocessableEntityError" });
});
