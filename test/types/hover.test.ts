import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { loadContract, operationsOf } from "../../scripts/docs.mjs";

// What an editor shows: the TypeScript language service's quick info (hover) and diagnostics
// over a small app, as a person reads them. Named types, not expanded object literals; every
// method documented from the contract.
const root = resolve(import.meta.dirname, "../..");
const file = resolve(root, "test/types/hover-app.ts");
const app = `import { Bedrock } from "../../src/index";
const bedrock = new Bedrock({ apiKey: "bk_test" });
const agent = await bedrock.agents.create({ name: "Support", template: "tpl_1" });
const page = await bedrock.agents.list({ status: "idle" });
const contact = await bedrock.adapterState.contacts.get("c1");
const policy = await bedrock.organizations.keyPolicy.update("org_1", { api_keys_enabled: false });
const next = await bedrock.apiKeys.rotate("key_1", { graceSeconds: 60 });
await bedrock.templates.create({ name: "Support", nmae: "typo" });
const session = await Bedrock.login({ email: "ada@acme.example", password: "correct-horse" });
await Bedrock.signup({ email: "a@b.example", password: "pw-12345678", name: "A", organizationName: "B" });
await Bedrock.acceptInvite("inv_1", { token: "inv_secret" });
`;

function languageService(source: string) {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    resolveJsonModule: true,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["node"],
  };
  const read = (name: string) => (name === file ? source : ts.sys.readFile(name));
  return ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = read(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: read,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}

const service = languageService(app);
/** The hover at the first occurrence of `needle`: its signature line, documentation and tags. */
function hover(needle: string) {
  const info = service.getQuickInfoAtPosition(file, app.indexOf(needle));
  return {
    shown: ts.displayPartsToString(info?.displayParts),
    doc: ts.displayPartsToString(info?.documentation),
    tags: (info?.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`),
  };
}

describe("hovers show named types", () => {
  test("results and parameters by name", () => {
    expect(hover("agent =").shown).toBe("const agent: Agent");
    expect(hover("page =").shown).toBe("const page: Page<Agent>");
    expect(hover("contact =").shown).toBe("const contact: Contact");
    expect(hover("policy =").shown).toBe("const policy: KeyPolicy");
    expect(hover("next =").shown).toBe("const next: ApiKeyCreated");
    expect(hover("create(").shown).toBe(
      "(method) AgentsResource.create(body: AgentCreateParams, options?: RequestOptions): APIPromise<Agent>",
    );
    expect(hover("list(").shown).toBe(
      "(method) AgentsResource.list(query?: AgentListParams, options?: RequestOptions): PagePromise<Page<Agent>>",
    );
    expect(hover("update(").shown).toBe(
      "(method) KeyPolicyResource.update(organizationId: string, body: KeyPolicyUpdateParams, options?: RequestOptions): APIPromise<KeyPolicy>",
    );
  });

  test("a method's documentation: summary, description, errors by status, an example", () => {
    const { doc, tags } = hover("create(");
    expect(doc).toMatch(/^Create an agent\.\n\nCreate an agent from a template/);
    expect(tags).toContainEqual(expect.stringMatching(/^@throws 400 \{@link BadRequestError\}: /));
    expect(tags).toContainEqual(expect.stringMatching(/^@throws 429 \{@link RateLimitError\}: /));
    const example = tags.find((tag) => tag.startsWith("@example"));
    expect(example).toContain("await bedrock.agents.create(");
  });

  // The static methods that start a session take their signatures, and so their TSDoc, from the
  // generated `SessionMethods`: the contract's words, not a hand-written summary.
  test("the static session methods show the contract's documentation", () => {
    expect(hover("login(").shown).toBe(
      '(property) Bedrock.login: (body: LoginParams, options?: ClientOptions | undefined, request?: RequestOptions) => Promise<Session<"login">>',
    );
    const contract = loadContract();
    for (const method of ["signup", "login", "acceptInvite"]) {
      const { operation } =
        operationsOf(contract).find((entry) => entry.operation.operationId === method) ?? {};
      const { doc, tags } = hover(`${method}(`);
      expect(doc, method).toBe(`${operation.summary}.\n\n${operation.description.trim()}`);
      const errors = Object.keys(operation.responses).filter((status) => !/^[23]/.test(status));
      expect(
        tags.filter((tag) => tag.startsWith("@throws")).map((tag) => tag.split(" ")[1]),
        method,
      ).toEqual(errors);
      expect(
        tags.find((tag) => tag.startsWith("@example")),
        method,
      ).toContain(`await Bedrock.${method}(`);
      for (const param of ["body", "options", "request"])
        expect(tags, method).toContainEqual(expect.stringMatching(`^@param ${param} - \\S`));
    }
  });

  test("every resource method is documented", () => {
    const program = service.getProgram();
    const checker = program?.getTypeChecker();
    const sdk = program?.getSourceFile(resolve(root, "src/generated/sdk.ts"));
    const undocumented: string[] = [];
    // the methods looked at: none (no file, no such interface) would leave nothing undocumented
    let checked = 0;
    sdk?.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node) || !node.name.text.endsWith("Resource")) return;
      for (const member of node.members) {
        if (!ts.isMethodSignature(member)) continue;
        checked++;
        const symbol = checker?.getSymbolAtLocation(member.name);
        const doc = ts.displayPartsToString(symbol?.getDocumentationComment(checker));
        const tags = symbol?.getJsDocTags(checker).map((tag) => tag.name) ?? [];
        if (!doc || !tags.includes("example") || !tags.includes("throws"))
          undocumented.push(`${node.name.text}.${member.name.getText()}`);
      }
    });
    expect(checked).toBeGreaterThan(60);
    expect(undocumented).toEqual([]);
  });

  test("a type error names the parameter type instead of printing its body", () => {
    const errors = service
      .getSemanticDiagnostics(file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([
      "Object literal may only specify known properties, and 'nmae' does not exist in type 'TemplateCreateParams'.",
    ]);
  });
});

// The named interfaces restate the contract's types member by member (so that errors name
// them): each must be the very type it names, both ways, for every schema and parameter type.
test("every generated interface is its source type, both ways", () => {
  const program = service.getProgram() as ts.Program;
  const checker = program.getTypeChecker();
  const sdk = program.getSourceFile(resolve(root, "src/generated/sdk.ts")) as ts.SourceFile;
  const mismatched: string[] = [];
  let checked = 0;
  /** `Source["key"]` of a member (also as `Exclude<Source["key"], undefined>`). */
  const accessOf = (member: ts.TypeElement) => {
    if (!ts.isPropertySignature(member) || !member.type) return undefined;
    const access = ts.isTypeReferenceNode(member.type)
      ? member.type.typeArguments?.[0]
      : member.type;
    return access && ts.isIndexedAccessTypeNode(access) ? access : undefined;
  };
  const names = (type: ts.Type) =>
    checker
      .getPropertiesOfType(type)
      .map((p) => p.name)
      .sort();
  sdk.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text.endsWith("Resource")) return;
    const named = checker.getTypeAtLocation(node.name);
    // Every member reads `Source["name"]`: the source is the first member's object type.
    const accesses = node.members.map(accessOf);
    const first = accesses[0];
    if (!first || accesses.some((access) => !access)) return;
    const source = checker.getTypeFromTypeNode(first.objectType);
    checked++;
    // Options in camelCase (`organizationName` for `organization_name`) rename their source's
    // members: each member of the source, once.
    const keys = accesses.map((access) => JSON.parse(access?.indexType.getText() ?? "null"));
    if (keys.some((key, index) => key !== node.members[index]?.name?.getText())) {
      if (keys.sort().join() !== names(source).join())
        mismatched.push(`${node.name.text} (renamed members)`);
      return;
    }
    if (!checker.isTypeAssignableTo(named, source) || !checker.isTypeAssignableTo(source, named))
      mismatched.push(node.name.text);
    // The same members, no more and no fewer.
    if (names(named).join() !== names(source).join())
      mismatched.push(`${node.name.text} (members)`);
  });
  expect(checked).toBeGreaterThan(60);
  expect(mismatched).toEqual([]);
});

// The source the hovers read is the generated file, not a hand-written copy.
test("the named types come from src/generated/sdk.ts", () => {
  const sdk = readFileSync(resolve(root, "src/generated/sdk.ts"), "utf8");
  expect(sdk).toMatch(/^\/\/ This file is generated/);
  expect(sdk).toMatch(/export interface Agent \{\n[^}]* {2}readonly id: Schema<"Agent">\["id"\];/);
  expect(sdk).toMatch(
    /export interface AgentCreateParams \{\n[^}]* {2}name: Body<"createAgent">\["name"\];/,
  );
});
