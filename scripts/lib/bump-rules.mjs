// @ts-check
// Our rating of spec changes: the engine's (redocly-diff.mjs) with the few rules where
// ours differ, each named in the change's `what` as `[ours/…]`. Engine rules show as
// `[rule-id]`. The full table, engine against ours, is in CONTRIBUTING.md.
//
// Where ours differ:
//   - what only the docs show is patch, added or removed: examples, tags, external docs.
//     The engine rates an added example (or a tag, which it sees as removed and added
//     when it changes) minor, as if the API had grown.
//   - a request that accepts more (an enum value added, a property or parameter no
//     longer required, a wider type such as null allowed) is minor: new code can send
//     what the last version refused, an addition like a new optional parameter. The
//     engine rates these patch.
import { HTTP_METHODS } from "./spec-walk.mjs";

/** @typedef {"none" | "patch" | "minor" | "major"} Bump */
/** @typedef {{ bump: Bump, where: string, what: string }} RatedChange */
/** @typedef {import("./redocly-diff.mjs").EngineChange} EngineChange */

/** @type {readonly Bump[]} */
export const BUMPS = ["none", "patch", "minor", "major"];

/** @param {Bump} a @param {Bump} b @returns {Bump} */
export function maxBump(a, b) {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/** @param {Bump} a @param {Bump} b  whether `a` is a bigger bump than `b` */
export function exceeds(a, b) {
  return BUMPS.indexOf(a) > BUMPS.indexOf(b);
}

// Node types (the engine's `typeName`) that only the docs read: no type, no request, no
// response of the client depends on them.
const DOCS_ONLY = new Set(["Example", "ExamplesMap", "Tag", "TagList", "ExternalDocs"]);

/** @param {string} pointer `#/paths/~1a~1{id}/get` → ["paths", "/a/{id}", "get"] */
function segments(pointer) {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** @param {string} segment */
function escapeSegment(segment) {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Which way the data at `pointer` travels, seen from the client: it `sends` parameters
 * and request bodies of operations, and `receives` their responses; a webhook is the
 * other way round. Undefined outside operations (components no operation uses).
 * @param {string} pointer @returns {"sends" | "receives" | undefined}
 */
export function direction(pointer) {
  const [section, , maybeMethod, afterMethod] = segments(pointer);
  if (section !== "paths" && section !== "webhooks") return undefined;
  const part = HTTP_METHODS.includes(maybeMethod ?? "") ? afterMethod : maybeMethod;
  const request = part === "requestBody" || part === "parameters";
  if (!request && part !== "responses") return undefined;
  return request === (section === "paths") ? "sends" : "receives";
}

/** @param {unknown} value @returns {string[]} */
function typesOf(value) {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

/** @param {unknown[]} values */
function quoted(values) {
  return values.map((v) => `'${String(v)}'`).join(", ");
}

/**
 * What a change lets a client send that it could not before, in words; undefined when it
 * does not widen a request.
 * @param {EngineChange} change @returns {string | undefined}
 */
function requestWidening(change) {
  if (change.kind !== "modified" || change.verdicts.length > 0) return undefined;
  if (direction(change.path) !== "sends") return undefined;
  const before = change.base?.value;
  const after = change.revision?.value;
  if (change.property === "enum" && Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((v) => !before.some((b) => JSON.stringify(b) === JSON.stringify(v)));
    const kept = before.every((b) => after.some((v) => JSON.stringify(b) === JSON.stringify(v)));
    return kept && added.length > 0 ? `Enum gained values: ${quoted(added)}.` : undefined;
  }
  if (change.property === "required" && change.typeName === "Parameter") {
    return before === true && after !== true ? "Parameter is no longer required." : undefined;
  }
  if (change.property === "required") {
    const was = typesOf(before);
    const now = typesOf(after);
    const dropped = was.filter((name) => !now.includes(name));
    const onlyDropped = now.every((name) => was.includes(name));
    return onlyDropped && dropped.length > 0
      ? `Properties no longer required: ${quoted(dropped)}.`
      : undefined;
  }
  if (change.property === "type") {
    const was = typesOf(before);
    const now = typesOf(after);
    const wider = was.every((t) => now.includes(t)) && now.length > was.length;
    return wider ? `Type widened from ${quoted(was)} to ${quoted(now)}.` : undefined;
  }
  return undefined;
}

/**
 * `GET /channels/{id} #/parameters/0`, and the component the change is in, if any:
 * `POST /channels #/requestBody/content/application~1json/schema (#/components/schemas/X)`.
 * @param {EngineChange} change
 */
export function describeWhere(change) {
  const parts = segments(change.path);
  const [section, name, maybeMethod, ...tail] = parts;
  let where;
  if ((section === "paths" || section === "webhooks") && name !== undefined) {
    const head = section === "webhooks" ? `webhook ${name}` : name;
    const isOperation = HTTP_METHODS.includes(maybeMethod ?? "");
    const rest = isOperation ? tail : [maybeMethod, ...tail].filter((s) => s !== undefined);
    const at = isOperation ? `${String(maybeMethod).toUpperCase()} ${head}` : head;
    where = rest.length > 0 ? `${at} #/${rest.map(escapeSegment).join("/")}` : at;
  } else {
    where = change.path;
  }
  const source = (change.revision ?? change.base)?.pointer;
  const inComponent = source?.startsWith("#/components/") && source !== change.path;
  return inComponent ? `${where} (${source})` : where;
}

/** @param {unknown} value */
function brief(value) {
  const text = JSON.stringify(value);
  return text !== undefined && text.length <= 60 ? text : undefined;
}

/** What changed, in words, for a change no rule named. @param {EngineChange} change */
function describeWhat(change) {
  if (change.kind !== "modified") return `${change.typeName} ${change.kind}.`;
  const before = brief(change.base?.value);
  const after = brief(change.revision?.value);
  const values = before && after ? `: ${before} → ${after}` : "";
  return `\`${change.property}\` of ${change.typeName} changed${values}.`;
}

/**
 * @param {EngineChange} change @returns {RatedChange}
 */
export function rateChange(change) {
  const where = describeWhere(change);
  if (DOCS_ONLY.has(change.typeName)) {
    return { bump: "patch", where, what: `${describeWhat(change)} [ours/docs-only]` };
  }
  const widening = requestWidening(change);
  if (widening) return { bump: "minor", where, what: `${widening} [ours/request-widened]` };
  const named = change.verdicts.map((v) => `${v.message} [${v.ruleId}]`).join(" ");
  return { bump: change.impact, where, what: named || describeWhat(change) };
}

/**
 * The bump an API's changes need, and each change with its own.
 * @param {EngineChange[]} changes
 * @returns {{ bump: Bump, changes: RatedChange[] }}
 */
export function rateApi(changes) {
  const rated = changes.map(rateChange);
  // Biggest first, so a reader (and the gate's message) meets what matters first.
  rated.sort((a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump));
  return {
    bump: rated.reduce((bump, c) => maxBump(bump, c.bump), /** @type {Bump} */ ("none")),
    changes: rated,
  };
}
