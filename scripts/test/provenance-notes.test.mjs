// @ts-check
// Provenance said once: a fixed sentence becomes a short note only where the element
// carries the mark that says the same thing, so no provenance is lost.
import { describe, expect, it } from "vitest";
import { shortenProvenance } from "../lib/provenance-notes.mjs";

const RULES = [
  {
    sentence: "Inferred: the reference names this but documents none of it.",
    note: "Inferred.",
    marked: (/** @type {any} */ n) => n["x-inferred"] === true,
  },
  {
    sentence: "No field is marked required: the reference shows none.",
    note: "",
    marked: (/** @type {any} */ n) => n["x-inferred"] === true,
  },
];

describe("shortenProvenance", () => {
  it("replaces the sentence however it was wrapped, on a marked element", () => {
    const document = {
      components: {
        schemas: {
          A: {
            "x-inferred": true,
            description:
              "A thing.\n\nInferred: the reference names this but\ndocuments none of it. No field is marked\nrequired: the reference shows none.\n",
          },
        },
      },
    };
    expect(shortenProvenance(document, RULES)).toBe(2);
    expect(document.components.schemas.A.description).toBe("A thing.\n\nInferred.");
  });

  it("keeps the sentence on an element without the mark (the check can fail)", () => {
    const text = "Inferred: the reference names this but documents none of it.";
    const document = { info: { description: text } };
    expect(shortenProvenance(document, RULES)).toBe(0);
    expect(document.info.description).toBe(text);
  });
});
