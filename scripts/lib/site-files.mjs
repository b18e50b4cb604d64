// @ts-check
// Every file of the built site is written with its pre-compressed forms beside it
// (`<file>.gz`, `<file>.br`), so a static server sends the smallest one the browser
// accepts without compressing on each request (`pnpm docs:preview` does; so can a CDN).

import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { writeFileAtomic } from "./atomic-write.mjs";

/** The encodings written beside each file, by the suffix a server looks for. */
export const ENCODINGS = /** @type {const} */ ({ br: ".br", gzip: ".gz" });

/**
 * The bytes a server sends for `content` under each encoding: the best compression each
 * format offers, as the files are written once and read many times.
 * @param {string | Uint8Array} content
 */
export function compressedForms(content) {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  return {
    gzip: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  };
}

/**
 * Writes `file` and its `.gz` and `.br` forms, each atomically.
 * @param {string} file @param {string | Uint8Array} content
 */
export function writeSiteFile(file, content) {
  const forms = compressedForms(content);
  writeFileAtomic(`${file}${ENCODINGS.gzip}`, forms.gzip);
  writeFileAtomic(`${file}${ENCODINGS.br}`, forms.br);
  writeFileAtomic(file, content);
}
