// Every JSON example of Prepr's reference is a fixture under specs/prepr/examples/,
// validated here against the schema of its operation and status (requests against request
// bodies, query examples against their query parameter, webhook calls against their event's
// body) with Ajv in JSON Schema 2020-12 mode. So are the illustrative examples that give the
// operations the reference shows no example for one (`x-inferred: true`).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundleSpec, repoRoot, SpecValidator } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

const specDir = path.join(repoRoot, "specs/prepr");
const examplesDir = path.join(specDir, "examples");

interface Where {
  operationId: string;
  /** A response example: its status code. Without status, parameter or template: a request body. */
  status?: string;
  mediaType?: string;
  /** A query example: the value of this query parameter. */
  parameter?: string;
  /** A filter template with `{field}` and `{param}` placeholders, checked filled in with these. */
  template?: { field: string; param: string };
}
/** A webhook call's body: the event (a key of the spec's `webhooks`) it is sent for. */
interface WebhookWhere {
  webhook: string;
}

// fixture file → where it belongs. A new example must be added here to be tested; the
// count check below fails when a fixture is dropped or left out of this table.
const FIXTURES: Record<string, Where | WebhookWhere> = {
  // GET /publications, with its sorting and filtering sections
  "publications.list.200.json": { operationId: "listPublications", status: "200" },
  "publications.list.query.sort.json": { operationId: "listPublications", parameter: "sort" },
  "publications.list.query.template-eq.json": {
    operationId: "listPublications",
    template: { field: "tags", param: "Id" },
  },
  "publications.list.query.template-all.json": {
    operationId: "listPublications",
    template: { field: "tags", param: "Id" },
  },
  "publications.list.query.template-in.json": {
    operationId: "listPublications",
    template: { field: "tags", param: "Id" },
  },
  "publications.list.query.template-has.json": {
    operationId: "listPublications",
    template: { field: "tags", param: "Id" },
  },
  "publications.list.query.model.json": { operationId: "listPublications", parameter: "model" },
  "publications.list.query.status.json": { operationId: "listPublications", parameter: "status" },
  "publications.list.query.locales.json": { operationId: "listPublications", parameter: "locales" },
  "publications.list.query.created_by.json": {
    operationId: "listPublications",
    parameter: "created_by",
  },
  "publications.list.query.assigned_to.json": {
    operationId: "listPublications",
    parameter: "assigned_to",
  },
  "publications.list.query.channels.json": {
    operationId: "listPublications",
    parameter: "channels",
  },
  "publications.list.query.tags.json": { operationId: "listPublications", parameter: "tags" },
  "publications.list.query.containers.json": {
    operationId: "listPublications",
    parameter: "containers",
  },
  "publications.list.query.slug.json": { operationId: "listPublications", parameter: "slug" },
  "publications.list.query.q.json": { operationId: "listPublications", parameter: "q" },
  // The Dates example shows four filters at once: one fixture per query parameter.
  "publications.list.query.created_on.json": {
    operationId: "listPublications",
    parameter: "created_on",
  },
  "publications.list.query.changed_on.json": {
    operationId: "listPublications",
    parameter: "changed_on",
  },
  "publications.list.query.publish_on.json": {
    operationId: "listPublications",
    parameter: "publish_on",
  },
  "publications.list.query.expire_on.json": {
    operationId: "listPublications",
    parameter: "expire_on",
  },
  // POST, GET /publications(/{id})
  "publications.create.request.json": { operationId: "createPublication" },
  "publications.get.200.json": { operationId: "getPublication", status: "200" },
  "publications.get.404.json": { operationId: "getPublication", status: "404" },
  // Items explained: each field type inside a publication, request then response
  "fields.items.request.json": { operationId: "createPublication" },
  "fields.text.request.json": { operationId: "createPublication" },
  "fields.text.response.json": { operationId: "getPublication", status: "200" },
  "fields.color.request.json": { operationId: "createPublication" },
  "fields.color.response.json": { operationId: "getPublication", status: "200" },
  "fields.date-time.request.json": { operationId: "createPublication" },
  "fields.boolean.request.json": { operationId: "createPublication" },
  "fields.boolean.response.json": { operationId: "getPublication", status: "200" },
  "fields.element-box.request.json": { operationId: "createPublication" },
  "fields.element-box.response.json": { operationId: "getPublication", status: "200" },
  "fields.integer.request.json": { operationId: "createPublication" },
  "fields.integer.response.json": { operationId: "getPublication", status: "200" },
  "fields.float.request.json": { operationId: "createPublication" },
  "fields.float.response.json": { operationId: "getPublication", status: "200" },
  "fields.coordinates.request.json": { operationId: "createPublication" },
  "fields.coordinates.response.json": { operationId: "getPublication", status: "200" },
  "fields.quote.request.json": { operationId: "createPublication" },
  "fields.quote.response.json": { operationId: "getPublication", status: "200" },
  "fields.number.request.json": { operationId: "createPublication" },
  "fields.number.response.json": { operationId: "getPublication", status: "200" },
  "fields.resource.request.json": { operationId: "createPublication" },
  "fields.twitter-post.request.json": { operationId: "createPublication" },
  "fields.instagram-post.request.json": { operationId: "createPublication" },
  "fields.youtube-post.request.json": { operationId: "createPublication" },
  "fields.facebook-post.request.json": { operationId: "createPublication" },
  "fields.vimeo-post.request.json": { operationId: "createPublication" },
  "fields.soundcloud-post.request.json": { operationId: "createPublication" },
  "fields.spotify-playlist.request.json": { operationId: "createPublication" },
  "fields.bnnvara-post.request.json": { operationId: "createPublication" },
  "fields.bnnvara-post.response.json": { operationId: "getPublication", status: "200" },
  "fields.qualifio-post.request.json": { operationId: "createPublication" },
  "fields.qualifio-post.response.json": { operationId: "getPublication", status: "200" },
  "fields.publications.request.json": { operationId: "createPublication" },
  "fields.publications.response.json": { operationId: "getPublication", status: "200" },
  "fields.assets.request.json": { operationId: "createPublication" },
  "fields.assets.response.json": { operationId: "getPublication", status: "200" },
  "fields.tags.request.json": { operationId: "createPublication" },
  "fields.tags.response.json": { operationId: "getPublication", status: "200" },
  "fields.persons.request.json": { operationId: "createPublication" },
  "fields.persons.response.json": { operationId: "getPublication", status: "200" },
  "fields.business-hours.request.json": { operationId: "createPublication" },
  // Statuses, locales
  "statuses.list.200.json": { operationId: "listStatuses", status: "200" },
  "locales.list.200.json": { operationId: "listLocales", status: "200" },
  // Channels
  "channels.list.200.json": { operationId: "listChannels", status: "200" },
  "channels.list.query.sort.json": { operationId: "listChannels", parameter: "sort" },
  "channels.list.query.name.json": { operationId: "listChannels", parameter: "name" },
  "channels.list.query.slug.json": { operationId: "listChannels", parameter: "slug" },
  "channels.create.request.json": { operationId: "createChannel" },
  "channels.get.200.json": { operationId: "getChannel", status: "200" },
  "channels.get.404.json": { operationId: "getChannel", status: "404" },
  // Tags
  "tags.list.200.json": { operationId: "listTags", status: "200" },
  "tags.list.query.sort.json": { operationId: "listTags", parameter: "sort" },
  "tags.list.query.q.json": { operationId: "listTags", parameter: "q" },
  "tags.list.query.slug.json": { operationId: "listTags", parameter: "slug" },
  "tags.get.200.json": { operationId: "getTag", status: "200" },
  "tags.create.request.json": { operationId: "createTag" }, // illustrative
  "tags.update.request.json": { operationId: "updateTag" }, // illustrative
  // Publication models, persons, sessions, health
  "publication_models.list.200.json": { operationId: "listPublicationModels", status: "200" },
  "publication_models.get.200.json": { operationId: "getPublicationModel", status: "200" },
  "persons.list.200.json": { operationId: "listPersons", status: "200" },
  "persons.list.query.sort.json": { operationId: "listPersons", parameter: "sort" },
  // The persons dates example shows two filters at once: one fixture per query parameter.
  "persons.list.query.created_on.json": { operationId: "listPersons", parameter: "created_on" },
  "persons.list.query.last_seen.json": { operationId: "listPersons", parameter: "last_seen" },
  "sessions.get.200.json": { operationId: "getSession", status: "200" },
  "health.200.json": { operationId: "getHealth", status: "200" },
  "health.503.json": { operationId: "getHealth", status: "503" },
  // Illustrative: the reference shows no containers, no users and no webhook calls.
  "containers.list.200.json": { operationId: "listContainers", status: "200" },
  "users.list.200.json": { operationId: "listUsers", status: "200" },
  "publication.created.request.json": { webhook: "publication.created" },
  "publication.changed.request.json": { webhook: "publication.changed" },
  "publication.deleted.request.json": { webhook: "publication.deleted" },
  "channel.created.request.json": { webhook: "channel.created" },
  "channel.changed.request.json": { webhook: "channel.changed" },
  "channel.deleted.request.json": { webhook: "channel.deleted" },
};
// The reference shows 83 JSON examples (not counting the "Returns the same result as GET
// ..." placeholders and the empty DELETE responses, which show no value). Its publications
// Dates example is four fixtures, one per query parameter, and its persons dates example two.
const DOCUMENTED_EXAMPLES = 83 + 3 + 1;
// Examples the reference does not show, for the operations and request bodies it shows none
// for (example-coverage.test.ts): two tag bodies, two lists, six webhook calls.
const ILLUSTRATIVE_EXAMPLES = 2 + 2 + 6;
// Each illustrative example's description starts so, then names what it is built from.
const ILLUSTRATIVE_MARK = "Illustrative (inferred): not from the reference; built from ";

let spec: SpecValidator;
beforeAll(async () => {
  spec = new SpecValidator(await bundleSpec("prepr"));
});

const read = (file: string) => JSON.parse(readFileSync(path.join(examplesDir, file), "utf8"));

/** The component schema name of webhook `event`'s request body. */
function webhookSchemaName(event: string): string {
  const item = spec.resolve(spec.document.webhooks?.[event]).node;
  const body = spec.resolve(item?.post?.requestBody).node;
  const ref: unknown = body?.content?.["application/json"]?.schema?.$ref;
  const prefix = "#/components/schemas/";
  if (typeof ref !== "string" || !ref.startsWith(prefix)) {
    throw new Error(`webhook ${event} has no component schema to validate against`);
  }
  return ref.slice(prefix.length);
}

/** The component schema of `operationId`'s query parameter `name`. */
function querySchemaName(operationId: string, name: string): string {
  const op = spec.operation(operationId);
  const item = spec.resolve(spec.document.paths[op.path]).node;
  const parameter = [...(item.parameters ?? []), ...(op.operation.parameters ?? [])]
    .map((p) => spec.resolve(p).node)
    .find((p) => p.in === "query" && p.name === name);
  if (!parameter) throw new Error(`${operationId} has no query parameter ${name}`);
  const ref: unknown = parameter.schema?.$ref;
  const prefix = "#/components/schemas/";
  if (typeof ref !== "string" || !ref.startsWith(prefix)) {
    throw new Error(`${operationId}'s ${name} has no component schema to validate against`);
  }
  return ref.slice(prefix.length);
}

const validateQuery = (operationId: string, query: Record<string, unknown>) =>
  Object.entries(query).flatMap(([name, value]) =>
    spec.validateSchema(querySchemaName(operationId, name), value),
  );

function fillTemplate(
  value: Record<string, unknown[]>,
  { field, param }: { field: string; param: string },
) {
  return Object.fromEntries(
    Object.entries(value).map(([key, clauses]) => [
      key === "{field}" ? field : key,
      clauses.map((c) => {
        const clause = c as Record<string, unknown>;
        return clause.param === "{param}" ? { ...clause, param } : clause;
      }),
    ]),
  );
}

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "examples" ? [] : specFiles(full);
    return entry.name.endsWith(".yaml") ? [full] : [];
  });
}

describe("Prepr fixtures", () => {
  it("covers every example of the reference, and every fixture file", () => {
    expect(Object.keys(FIXTURES)).toHaveLength(DOCUMENTED_EXAMPLES + ILLUSTRATIVE_EXAMPLES);
    const files = readdirSync(examplesDir).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  it("marks every example the reference does not show as illustrative", () => {
    const illustrative = Object.keys(FIXTURES).filter((f) => read(f)["x-inferred"] === true);
    expect(illustrative).toHaveLength(ILLUSTRATIVE_EXAMPLES);
    const unexplained = illustrative.filter((f) => {
      const description = String(read(f).description ?? "");
      return !description.startsWith(ILLUSTRATIVE_MARK) || description.length < 100;
    });
    expect(unexplained).toEqual([]);
  });

  it("references every fixture from the spec, except the filter templates", () => {
    const yaml = specFiles(specDir)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const referenced = new Set([...yaml.matchAll(/examples\/([\w.-]+\.json)/g)].map((m) => m[1]));
    const unreferenced = Object.entries(FIXTURES)
      .filter(([file, where]) => !("template" in where && where.template) && !referenced.has(file))
      .map(([file]) => file);
    expect(unreferenced).toEqual([]);
  });

  it.each(Object.entries(FIXTURES))("%s validates", (file, where) => {
    const { value } = read(file);
    if ("webhook" in where) {
      expect(spec.validateSchema(webhookSchemaName(where.webhook), value)).toEqual([]);
      return;
    }
    const problems = where.template
      ? validateQuery(where.operationId, fillTemplate(value, where.template))
      : where.parameter
        ? validateQuery(where.operationId, { [where.parameter]: value })
        : where.status
          ? spec.validateResponse(where.operationId, where.status, value, where.mediaType)
          : spec.validateRequest(where.operationId, value, where.mediaType);
    expect(problems).toEqual([]);
  });

  it("rejects a broken fixture (the check can fail)", () => {
    const { value } = read("publications.get.200.json");
    const broken = { ...value, created_on: "yesterday", label: "Post" };
    expect(spec.validateResponse("getPublication", "200", broken)).toHaveLength(2);
  });

  it("rejects an operator or param the field does not support", () => {
    const { value } = read("publications.list.query.tags.json");
    expect(validateQuery("listPublications", { tags: value })).toEqual([]);
    expect(validateQuery("listPublications", { tags: [{ fz: "Spor" }] })).not.toEqual([]);
    expect(validateQuery("listPublications", { tags: [{ in: ["a"], param: "Name" }] })).not.toEqual(
      [],
    );
    expect(validateQuery("listPublications", { status: [{ all: ["Done"] }] })).not.toEqual([]);
    expect(
      validateQuery("listPublications", { created_on: [{ lte: "2019-01-08T14:10:58+00:00" }] }),
    ).not.toEqual([]);
  });
});
