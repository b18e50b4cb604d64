// @ts-check
// Literal printing for the code samples: Redoc's sample panel shows about 64 columns at
// 1440 px, and a reader should not have to scroll sideways to read a call. So values
// and calls are printed as Biome/Prettier would, on one line when they fit within
// SAMPLE_WIDTH, else one entry a line.

export const SAMPLE_WIDTH = 64;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Source for a JSON-like value, formatted as a person would write it: on one line when
 * it fits between column `start` and the `tail` that follows it, else one entry a
 * line. JavaScript (bare keys, trailing commas) unless `json` is set.
 * @param {unknown} value
 * @param {{ indent?: number, start?: number, tail?: number, json?: boolean }} [at]
 *   indent: the line's indentation; start: the column the value starts at; tail: the
 *   columns that follow it on its last line (`,` or `),`)
 * @returns {string}
 */
export function literal(value, at = {}) {
  const { indent = 0, json = false } = at;
  const start = at.start ?? indent;
  const tail = at.tail ?? 0;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  const isArray = Array.isArray(value);
  const entries = isArray ? value : Object.entries(value);
  if (entries.length === 0) return isArray ? "[]" : "{}";
  /** @param {any} entry */
  const keyOf = (entry) =>
    isArray ? "" : `${!json && IDENTIFIER.test(entry[0]) ? entry[0] : JSON.stringify(entry[0])}: `;
  /** @param {any} entry */
  const entryValue = (entry) => (isArray ? entry : entry[1]);
  // One line: every nested value also on one line (an unlimited width forces that).
  const flat = entries.map(
    (e) => `${keyOf(e)}${literal(entryValue(e), { json, start: 0, tail: -Infinity })}`,
  );
  const [open, close] = isArray ? ["[", "]"] : ["{ ", " }"];
  const inline = `${open}${flat.join(", ")}${close}`;
  if (tail === -Infinity || start + inline.length + tail <= SAMPLE_WIDTH) return inline;
  const pad = " ".repeat(indent + 2);
  const last = entries.length - 1;
  const lines = entries.map((e, i) => {
    const key = keyOf(e);
    const comma = json && i === last ? "" : ",";
    const text = literal(entryValue(e), {
      json,
      indent: indent + 2,
      start: indent + 2 + key.length,
      tail: comma.length,
    });
    return `${pad}${key}${text}${comma}`;
  });
  return `${isArray ? "[" : "{"}\n${lines.join("\n")}\n${" ".repeat(indent)}${isArray ? "]" : "}"}`;
}

/** @param {unknown} value  its source on one line, however long */
export function flatLiteral(value) {
  return literal(value, { start: 0, tail: -Infinity });
}

/**
 * A call `head(arg1, arg2)` as Prettier prints it: on one line when it fits, else the
 * last argument (an object) hugged (`head("/x", {` … `})`), else one argument a line.
 * @param {string} head  `await prepr.GET` @param {string[]} args  printed arguments' sources
 * @param {unknown} init  the last argument, as a value, laid out to fit (undefined: none)
 * @param {number} indent  the line's indentation @param {number} tail  columns after the call
 * @returns {string}
 */
export function callSource(head, args, init, indent, tail) {
  const flatInit = init === undefined ? [] : [flatLiteral(init)];
  const flat = `${head}(${[...args, ...flatInit].join(", ")})`;
  if (indent + flat.length + tail <= SAMPLE_WIDTH) return flat;
  const hugged = `${head}(${[...args, ""].join(", ")}`;
  if (init !== undefined && indent + hugged.length + 1 <= SAMPLE_WIDTH) {
    return `${hugged}${literal(init, { indent, start: indent + hugged.length, tail: tail + 1 })})`;
  }
  const pad = " ".repeat(indent + 2);
  const lines = args.map((a) => `${pad}${a},`);
  if (init !== undefined) {
    lines.push(`${pad}${literal(init, { indent: indent + 2, tail: 1 })},`);
  }
  return `${head}(\n${lines.join("\n")}\n${" ".repeat(indent)})`;
}

/** @param {string} source @returns {boolean} whether every line fits the panel */
export function fits(source) {
  return source.split("\n").every((line) => line.length <= SAMPLE_WIDTH);
}

/**
 * The lines of `samples` (`{ name: source }`) wider than the panel, as
 * `name:line: text (N columns)`.
 * @param {Record<string, string>} samples
 */
export function overflowingLines(samples) {
  return Object.entries(samples).flatMap(([name, source]) =>
    source
      .split("\n")
      .map((line, i) => ({ line, number: i + 1 }))
      .filter(({ line }) => line.length > SAMPLE_WIDTH)
      .map(({ line, number }) => `${name}:${number}: ${line} (${line.length} columns)`),
  );
}
