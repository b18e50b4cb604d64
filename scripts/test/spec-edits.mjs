// @ts-check
// Canned edits of the specs, for the spec-diff, release-gate and type-check tests: each
// rewrites one spec file of a scratch copy, and fails loudly when the text it edits is
// no longer there, so an edit that stopped applying cannot pass as "no change".
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * @typedef {object} SpecEdit
 * @property {string} file  relative to the repository root
 * @property {(text: string) => string} edit
 */

/** @param {string} text @param {string} part */
function only(text, part) {
  const at = text.indexOf(part);
  if (at < 0 || text.indexOf(part, at + 1) >= 0) {
    throw new Error(`the edit expects exactly one ${JSON.stringify(part)}`);
  }
  return at;
}

/** @param {string} file @param {string} from @param {string} to @returns {SpecEdit} */
export function replace(file, from, to) {
  return {
    file,
    edit: (text) => {
      const at = only(text, from);
      return text.slice(0, at) + to + text.slice(at + from.length);
    },
  };
}

/** Keeps the file up to `marker` (a line that must occur once). @param {string} file @param {string} marker @returns {SpecEdit} */
export function cutFrom(file, marker) {
  return { file, edit: (text) => text.slice(0, only(text, marker)) };
}

/** @param {string} file @param {string} tail @returns {SpecEdit} */
export function append(file, tail) {
  return { file, edit: (text) => text + tail };
}

/**
 * Applies the edits to the copy of the repository at `root`.
 * @param {string} root @param {SpecEdit[]} edits
 */
export function applyEdits(root, edits) {
  for (const { file, edit } of edits) {
    const target = path.join(root, file);
    writeFileSync(target, edit(readFileSync(target, "utf8")));
  }
}

const PREPR = "specs/prepr";
const PREO = "specs/preo";

// One edit per rule (and per side where the side matters), on both APIs.
export const EDITS = {
  "prepr: removes an operation (DELETE /channels/{id})": cutFrom(
    `${PREPR}/paths/channels_{id}.yaml`,
    "delete:\n",
  ),
  "preo: removes a path (/v1/segments/{id}/reset-to-draft)": replace(
    `${PREO}/openapi.yaml`,
    "  /v1/segments/{id}/reset-to-draft:\n    $ref: paths/v1_segments_{id}_reset-to-draft.yaml\n",
    "",
  ),
  "prepr: removes a response property (Channel.slug)": replace(
    `${PREPR}/components/schemas/Channel.yaml`,
    "  slug:\n    type: string\n    description: The channel's slug, unique. Slugs of deleted channels cannot be reused.\n",
    "",
  ),
  "prepr: removes an enum value a client may send (ChannelSort -name)": replace(
    `${PREPR}/components/schemas/ChannelSort.yaml`,
    '  - "-name"\n',
    "",
  ),
  "prepr: removes an enum value the client only receives (TextField.format H6)": replace(
    `${PREPR}/components/schemas/TextField.yaml`,
    "      - H6\n",
    "",
  ),
  "prepr: adds a required request property (ChannelInput.color)": replace(
    `${PREPR}/components/schemas/ChannelInput.yaml`,
    "required:\n  - name\nproperties:\n",
    "required:\n  - name\n  - color\nproperties:\n  color:\n    type: string\n    description: The channel's colour.\n",
  ),
  "preo: adds a required request parameter (GET /v1/files folder)": replace(
    `${PREO}/paths/v1_files.yaml`,
    "    - name: file_name\n",
    "    - name: folder\n      in: query\n      required: true\n      description: The folder to list.\n      schema:\n        type: string\n    - name: file_name\n",
  ),
  "preo: changes a type (File.file_name string → integer)": replace(
    `${PREO}/components/schemas/File.yaml`,
    "  file_name:\n    type: string\n",
    "  file_name:\n    type: integer\n",
  ),
  "prepr: adds an operation (PATCH /channels/{id})": append(
    `${PREPR}/paths/channels_{id}.yaml`,
    [
      "patch:",
      "  operationId: patchChannel",
      "  summary: Change a channel in part",
      "  description: Changes the fields of a channel that the body names.",
      "  tags:",
      "    - Channels",
      "  responses:",
      '    "204":',
      "      description: Changed.",
      "",
    ].join("\n"),
  ),
  "prepr: adds an optional parameter (GET /channels/{id} locale)": replace(
    `${PREPR}/paths/channels_{id}.yaml`,
    "  parameters:\n    - name: fields\n",
    "  parameters:\n    - name: locale\n      in: query\n      description: The locale to answer in.\n      schema:\n        type: string\n    - name: fields\n",
  ),
  "preo: adds a response property (File.size)": replace(
    `${PREO}/components/schemas/File.yaml`,
    "properties:\n  api_id:\n",
    "properties:\n  size:\n    type: integer\n    description: Size of the file in bytes.\n  api_id:\n",
  ),
  "prepr: changes a description only (GET /channels/{id})": replace(
    `${PREPR}/paths/channels_{id}.yaml`,
    "  description: Returns one channel.\n",
    "  description: Returns one channel, by its identifier.\n",
  ),
  "preo: changes a description only (SegmentCreate.name)": replace(
    `${PREO}/components/schemas/SegmentCreate.yaml`,
    "    description: Name of the segment.\n",
    "    description: Name of the segment, as lists show it.\n",
  ),
  "prepr: lets a request send a new enum value (ChannelSort slug)": append(
    `${PREPR}/components/schemas/ChannelSort.yaml`,
    "  - slug\n",
  ),
  "preo: lets a request send null (SegmentCreate.name)": replace(
    `${PREO}/components/schemas/SegmentCreate.yaml`,
    "  name:\n    type: string\n",
    '  name:\n    type: [string, "null"]\n',
  ),
  "prepr: adds a value to a webhook payload's enum (ChannelEvent.event)": replace(
    `${PREPR}/components/schemas/ChannelEvent.yaml`,
    "      - channel.deleted\n",
    "      - channel.deleted\n      - channel.archived\n",
  ),
  // The rating misses this one (patch), but the generated request type loses `slug`:
  // type-compat.test.mjs shows the type-level check catching it.
  "prepr: marks a request property readOnly (ChannelInput.slug)": replace(
    `${PREPR}/components/schemas/ChannelInput.yaml`,
    "  slug:\n    type: string\n",
    "  slug:\n    type: string\n    readOnly: true\n",
  ),
  "prepr: changes a tag's description (Containers)": replace(
    `${PREPR}/openapi.yaml`,
    "    description: Containers (stories), which publications are linked to.\n",
    "    description: Containers (stories), to which publications are linked.\n",
  ),
};
