// @ts-check
// Provenance said once, not in every paragraph. The sources state it element by element
// in fixed sentences (the spec tests hold them to it), and in Preo's inferred half those
// sentences were about 40% of all description sentences. In the published bundle an
// element that carries a machine-readable mark (`x-provenance: inferred`,
// `x-inferred: true`) keeps the mark and a short note instead; the "Inferred" section of
// the spec's description explains the marks once, and the page also shows a badge on each
// inferred operation.

/** @typedef {{ sentence: string, note: string, marked: (node: any) => boolean }} Rule */

const inferredOperation = (/** @type {any} */ node) => node["x-provenance"] === "inferred";
const inferredElement = (/** @type {any} */ node) => node["x-inferred"] === true;
// Tags take no extension a tool would read: the short note is their mark.
const tag = (/** @type {any} */ node) => typeof node.name === "string" && !("in" in node);

/** @type {Record<string, Rule[]>} */
export const RULES = {
  preo: [
    {
      sentence:
        "Inferred: this operation's path and shapes follow the conventions of the documented Files endpoints; Preo's reference names it but does not document it.",
      note: "Inferred.",
      marked: inferredOperation,
    },
    {
      sentence:
        "Illustrative: not from the reference; built from the schema and the documented Files examples.",
      note: "Illustrative.",
      marked: inferredElement,
    },
    {
      sentence: "Inferred: Preo's reference names this operation but documents no request body.",
      note: "Inferred.",
      marked: inferredElement,
    },
    {
      sentence:
        "Inferred: Preo's reference names this operation but documents no response; the shape follows from the operation's name.",
      note: "Inferred from the operation's name.",
      marked: inferredElement,
    },
    {
      sentence:
        "Inferred: Preo's reference names this object's operations but documents none of its fields.",
      note: "Inferred.",
      marked: inferredElement,
    },
    {
      sentence:
        "The fields follow the conventions of the documented Files endpoints (`api_id`, `organization_id`, `created_at`, `updated_at`) and the operations' names; the object is left open for the fields the reference does not show.",
      note: "",
      marked: inferredElement,
    },
    {
      sentence:
        "The fields follow the conventions of the documented Files endpoints and the operation's name; the object is left open for the fields the reference does not show.",
      note: "",
      marked: inferredElement,
    },
    {
      sentence: "No field is marked required: the reference shows none.",
      note: "",
      marked: inferredElement,
    },
    {
      sentence:
        "Inferred: Preo's reference names this group and its operations but does not document them.",
      note: "Inferred.",
      marked: tag,
    },
  ],
};

/** A sentence as a pattern that matches it however the YAML wrapped its lines. @param {string} sentence */
function sentencePattern(sentence) {
  const words = sentence.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(^|[ \\t]+)${words.join("\\s+")}`, "gm");
}

/** @param {string} text  without the blank paragraphs a removed sentence left */
function tidy(text) {
  return text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Replaces, in place, each rule's sentence with its short note on every element that
 * carries the rule's mark; elements without it keep the sentence.
 * @param {Record<string, any>} document @param {Rule[]} rules
 * @returns {number} how many sentences were replaced
 */
export function shortenProvenance(document, rules) {
  const patterns = rules.map((rule) => ({ ...rule, pattern: sentencePattern(rule.sentence) }));
  let replaced = 0;
  /** @param {unknown} node */
  const visit = (node) => {
    if (!node || typeof node !== "object") return;
    const object = /** @type {Record<string, any>} */ (node);
    if (typeof object.description === "string") {
      let text = object.description;
      for (const { pattern, note, marked } of patterns) {
        if (!marked(object)) continue;
        text = text.replace(pattern, (_, before) => {
          replaced += 1;
          return note ? `${before}${note}` : "";
        });
      }
      if (text !== object.description) object.description = tidy(text);
    }
    for (const value of Object.values(object)) visit(value);
  };
  visit(document);
  return replaced;
}
