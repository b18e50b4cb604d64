// No enum of the bundled spec may hold two values that are equal once case is ignored
// (`Id` and `id`): generators that turn values into identifiers, such as
// openapi-python-client, crash on them. Where the reference writes a value in two casings,
// the enum keeps one and the description names the other.
import { bundleSpec, type OpenApiDocument } from "@specbound/testkit";
import { beforeAll, describe, expect, it } from "vitest";

/** Every enum under `node` with values that collide once lowercased, as `pointer: values`. */
function caseInsensitiveDuplicates(node: unknown, pointer = "#"): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((item, index) => caseInsensitiveDuplicates(item, `${pointer}/${index}`));
  }
  if (node === null || typeof node !== "object") return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    // Example values are data, not schemas: a key named `enum` in them is no enum.
    if (key === "example" || key === "examples") continue;
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (key === "enum" && Array.isArray(value)) {
      const byLowercase = new Map<string, string[]>();
      for (const v of value) {
        if (typeof v !== "string") continue;
        byLowercase.set(v.toLowerCase(), [...(byLowercase.get(v.toLowerCase()) ?? []), v]);
      }
      for (const same of byLowercase.values()) {
        if (same.length > 1) found.push(`${at}: ${same.join(", ")}`);
      }
    } else {
      found.push(...caseInsensitiveDuplicates(value, at));
    }
  }
  return found;
}

const schemas = (named: Record<string, unknown>) => ({ components: { schemas: named } });

const CASES: [string, { given: unknown; want: string[] }][] = [
  ["distinct values", { given: schemas({ P: { enum: ["Id", "Slug", "Body"] } }), want: [] }],
  [
    "values equal once case is ignored",
    {
      given: schemas({ P: { type: "string", enum: ["Id", "Slug", "id", "slug"] } }),
      want: ["#/components/schemas/P/enum: Id, id", "#/components/schemas/P/enum: Slug, slug"],
    },
  ],
  [
    "an enum nested in a property's items, beside null",
    {
      given: schemas({
        F: { properties: { format: { items: { enum: ["CODE", null, "code"] } } } },
      }),
      want: ["#/components/schemas/F/properties/format/items/enum: CODE, code"],
    },
  ],
  [
    "an enum in a parameter of a path",
    {
      given: { paths: { "/a/{id}": { parameters: [{ schema: { enum: ["x", "X"] } }] } } },
      want: ["#/paths/~1a~1{id}/parameters/0/schema/enum: x, X"],
    },
  ],
  [
    "a key named enum inside an example",
    { given: schemas({ E: { examples: [{ enum: ["a", "A"] }] } }), want: [] },
  ],
  ["values that only look alike", { given: { enum: ["published_on", "publish_on"] }, want: [] }],
];

describe("enums without case-insensitive duplicates", () => {
  it.each(CASES)("the check: %s", (_name, { given, want }) => {
    expect(caseInsensitiveDuplicates(given)).toEqual(want);
  });

  let document: OpenApiDocument;
  beforeAll(async () => {
    document = await bundleSpec("prepr");
  });

  it("holds for every enum of the bundled Prepr spec", () => {
    expect(caseInsensitiveDuplicates(document)).toEqual([]);
  });

  it("walks the spec's enums (the check sees what it should)", () => {
    const tags = document.components.schemas.TagsFilter.items.properties.param;
    expect(tags.enum).toEqual(["Id", "Slug", "Body"]);
    expect(caseInsensitiveDuplicates({ ...document, x: { enum: [...tags.enum, "id"] } })).toEqual([
      "#/x/enum: Id, id",
    ]);
  });
});
