// What the spec says about where its statements come from (README, "Specs"): facts from
// Prepr's public docs and SDKs carry one fixed sentence, whatever the reference does not
// state is `x-inferred: true` with its basis, and the error bodies stay as the reference
// shows them (`Error`), except GET /health's documented 503.
import { bundleSpec, type OpenApiDocument, SpecValidator } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

const SEEDS_MARK = "From Prepr's public docs and SDKs (not in the reference).";
// The scopes the reference's `Scopes:` lines name; no other may be required.
const DOCUMENTED_SCOPES = [
  "publications",
  "publications_publish",
  "publications_delete",
  "channels",
  "channels_publish",
  "channels_delete",
  "tags",
  "tags_publish",
  "tags_delete",
  "statuses",
  "publication_models",
  "persons",
  "users",
];
// Sources a description once cited that nobody was given.
const UNGIVEN_SOURCES =
  /status code documentation|later documentation|OAuth conventions|webhook documentation|takes elsewhere/i;

// biome-ignore lint/suspicious/noExplicitAny: walking JSON.
type Node = Record<string, any>;

/** Every object under `node` with its JSON pointer. */
function* objects(node: unknown, pointer = "#"): Generator<[Node, string]> {
  if (node === null || typeof node !== "object") return;
  yield [node as Node, pointer];
  for (const [key, value] of Object.entries(node)) yield* objects(value, `${pointer}/${key}`);
}

const carriesMark = (n: Node) =>
  typeof n.description === "string" && n.description.replace(/\s+/g, " ").includes(SEEDS_MARK);

/** Pointers of `x-inferred: true` elements whose description does not say they are inferred. */
const inferredWithoutBasis = (document: unknown) =>
  [...objects(document)]
    .filter(([n]) => n["x-inferred"] === true && !/inferred/i.test(n.description ?? ""))
    .map(([, p]) => p);

let spec: SpecValidator;
let document: OpenApiDocument;
beforeAll(async () => {
  document = await bundleSpec("prepr");
  spec = new SpecValidator(document);
});

describe("Prepr provenance", () => {
  const BASIS_CASES: [string, { given: unknown; want: string[] }][] = [
    [
      "a mark with its basis",
      { given: { "x-inferred": true, description: "Inferred: X." }, want: [] },
    ],
    [
      "a mark without a basis",
      {
        given: { properties: { a: { "x-inferred": true, description: "A." } } },
        want: ["#/properties/a"],
      },
    ],
  ];
  it.each(BASIS_CASES)("the basis check: %s", (_name, { given, want }) => {
    expect(inferredWithoutBasis(given)).toEqual(want);
  });

  it("gives every x-inferred element its basis", () => {
    expect(inferredWithoutBasis(document)).toEqual([]);
  });

  it("cites no source nobody was given", () => {
    const citing = [...objects(document)]
      .filter(([n]) => typeof n.description === "string" && UNGIVEN_SOURCES.test(n.description))
      .map(([, p]) => p);
    expect(citing).toEqual([]);
  });

  it("marks every fact taken from Prepr's public docs and SDKs", () => {
    const components = document.components;
    const marked: [string, Node][] = [
      ["info", document.info],
      ["limit", components.parameters.Limit],
      ["skip", components.parameters.Skip],
      ["400", components.responses.BadRequest],
      ["401", components.responses.Unauthorized],
      ["429", components.responses.TooManyRequests],
      ["bearer", components.securitySchemes.bearer],
      ["access_token", components.securitySchemes.accessToken],
      ["PublicationEvent", components.schemas.PublicationEvent],
      ["ChannelEvent", components.schemas.ChannelEvent],
      ...Object.entries(document.webhooks as Record<string, Node>).flatMap(
        ([event, item]): [string, Node][] => [
          [event, item.post],
          [`${event} Prepr-Signature`, item.post.parameters[0]],
        ],
      ),
      ...spec.operations().flatMap(({ operationId, operation }) =>
        (operation.parameters ?? [])
          .map((p: Node) => spec.resolve(p).node)
          .filter((p: Node) => p["x-query-encoding"] === "brackets")
          .map((p: Node): [string, Node] => [`${operationId} ${p.name}`, p]),
      ),
    ];
    expect(marked.length).toBeGreaterThan(30);
    expect(marked.filter(([, n]) => !carriesMark(n)).map(([name]) => name)).toEqual([]);
  });

  it("answers every error of every operation but GET /health with the Error body", () => {
    const bodies = spec.operations().flatMap(({ operationId, operation }) =>
      Object.entries(operation.responses as Record<string, Node>)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, response]) => {
          const schema = spec.resolve(response).node.content?.["application/json"]?.schema;
          return `${operationId} ${status} ${schema?.$ref ?? JSON.stringify(schema)}`;
        }),
    );
    const notError = bodies.filter((b) => !b.endsWith(" #/components/schemas/Error"));
    expect(notError).toEqual(["getHealth 503 #/components/schemas/HealthStatus"]);
  });

  it("keeps the documented 404 and 503 apart from the inferred ones", () => {
    const response = (operationId: string, status: string) =>
      spec.operation(operationId).operation.responses[status].$ref;
    expect(response("getPublication", "404")).toBe("#/components/responses/NotFound");
    expect(response("getChannel", "404")).toBe("#/components/responses/NotFound");
    expect(response("getHealth", "503")).toBe("#/components/responses/ServiceUnavailable");
    const { NotFound, ServiceUnavailable, ...inferred } = document.components.responses;
    expect(NotFound["x-inferred"]).toBeUndefined();
    expect(ServiceUnavailable["x-inferred"]).toBeUndefined();
    expect(Object.values(inferred).every((r) => (r as Node)["x-inferred"] === true)).toBe(true);
  });

  it("bounds the paging and the path ids", () => {
    const { Limit, Skip } = document.components.parameters;
    expect(Limit.schema).toMatchObject({ minimum: 1, maximum: 1000, default: 100 });
    expect(Skip.schema).toMatchObject({ minimum: 0 });
    const ids = Object.entries(document.paths as Record<string, Node>)
      .filter(([p]) => p.includes("{id}"))
      .map(([p, item]) => {
        const id = spec.resolve(item).node.parameters.find((q: Node) => q.name === "id");
        return [p, id.schema.minLength];
      });
    expect(ids.length).toBe(5);
    expect(ids.filter(([, min]) => min !== 1)).toEqual([]);
  });

  it("requires only the scopes the reference names, with no invented OAuth flow", () => {
    for (const scheme of Object.values(document.components.securitySchemes as Node)) {
      expect(scheme.flows).toBeUndefined();
    }
    const required = new Set(
      spec
        .operations()
        .flatMap(({ operation }) => (operation.security ?? []).flatMap(Object.values).flat()),
    );
    expect([...required].filter((s) => !DOCUMENTED_SCOPES.includes(s as string))).toEqual([]);
    expect(spec.operation("listContainers").operation.security).toEqual([
      { bearer: [] },
      { accessToken: [] },
    ]);
  });
});
