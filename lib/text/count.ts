// ONE definition of "character" for the whole product: a user-perceived character (an extended
// grapheme cluster). The live counters in the browser and the server's validation both call this,
// so "é" typed as one code point or as e + combining accent, a flag, a family emoji and a CRLF
// line break each count as one.

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The first `max` characters of `text`, never splitting a character. */
export function truncateCharacters(text: string, max: number): string {
  let n = 0;
  let end = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (n === max) break;
    n++;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Line breaks are stored as LF, so a CRLF pasted from Windows is not a different message. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
