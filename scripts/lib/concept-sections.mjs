// @ts-check
// The concept sections of a reference page (Authentication, Errors, Pagination, ...):
// written as `## ` sections of the spec's `info.description`, where every tool that
// reads the bundle shows them, and lifted here into Redoc "trait tags" (`x-traitTag`:
// a tag with a description and no operations) for the page. Redoc lists a trait tag in
// its sidebar and its search finds it by name and text; a heading inside
// `info.description` would be listed, but searching finds only the page's top.

/**
 * @typedef {object} Section
 * @property {string} name  the heading
 * @property {string} body  markdown
 */

/**
 * `info.description` split at its `## ` headings: the introduction, then each section.
 * @param {string} description
 * @returns {{ intro: string, sections: Section[] }}
 */
export function splitSections(description) {
  const [intro = "", ...rest] = description.split(/^## /m);
  const sections = rest.map((chunk) => {
    const newline = chunk.indexOf("\n");
    const name = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    return { name, body: newline < 0 ? "" : chunk.slice(newline + 1).trim() };
  });
  return { intro: intro.trim(), sections };
}

/**
 * Moves the `## ` sections of `info.description` into trait tags ahead of the
 * operations' tags, in place. `additions` appends page-only markdown (a client sample)
 * to the section of that name; an addition for a section the spec lacks is an error, so
 * a renamed heading cannot silently drop it.
 * @param {Record<string, any>} document
 * @param {Record<string, string>} [additions]  markdown by section name
 * @returns {string[]} the sections' names, in order
 */
export function liftConceptSections(document, additions = {}) {
  const { intro, sections } = splitSections(document.info?.description ?? "");
  const missing = Object.keys(additions).filter((name) => !sections.some((s) => s.name === name));
  if (missing.length > 0) {
    throw new Error(`info.description has no "## ${missing.join('", "## ')}" section`);
  }
  const taken = new Set((document.tags ?? []).map((/** @type {any} */ tag) => tag.name));
  const clash = sections.filter((s) => taken.has(s.name)).map((s) => s.name);
  if (clash.length > 0) throw new Error(`a tag is already named ${clash.join(", ")}`);
  document.info.description = intro;
  document.tags = [
    ...sections.map((section) => ({
      name: section.name,
      description: [section.body, additions[section.name]].filter(Boolean).join("\n\n"),
      "x-traitTag": true,
    })),
    ...(document.tags ?? []),
  ];
  return sections.map((s) => s.name);
}
