// ONE definition of "character" for the whole product: a user-perceived character (an extended
// grapheme cluster). The live counters in the browser and the server's validation both call
// this, so "é" typed as one code point or as e + combining accent, a flag, a family emoji and a
// CRLF line break each count as one.
//
// Intl.Segmenter costs about the square of its input's length in Node 20 (40k characters:
// 0.25 s), so text is (1) refused by its raw size before any counting and (2) segmented in
// windows of a fixed size, which keeps counting linear.

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The longest emoji sequences (ZWJ families with skin tones, tag flags) take 15 UTF-16 units. */
export const MAX_UNITS_PER_CHARACTER = 16;
/** More code points than this in one character is a tower of combining marks, not writing. */
export const MAX_CODE_POINTS_PER_CHARACTER = 16;
/** Nothing larger ever reaches the segmenter: callers bound their input first (measureText). */
export const COUNTER_MAX_UNITS = 65_536;

// Small: V8 copies the whole segmented string into every segment it returns.
const WINDOW_UNITS = 128;

export class UnboundedTextError extends Error {
  constructor(length: number) {
    super(`text of ${length} UTF-16 units reached the character counter unbounded`);
  }
}

/**
 * Calls `visit` with the code-point count of each character, in order. Windows start on a
 * character boundary, and all but the last character of a window are final (a boundary depends
 * only on the text before it back to the previous boundary and on the next code point, both
 * inside the window). A single character longer than a window is cut at the window's end: such a
 * "character" is refused anyway, and counting it as several keeps the work linear.
 */
function eachCharacter(text: string, visit: (codePoints: number) => boolean | undefined): void {
  if (text.length > COUNTER_MAX_UNITS) throw new UnboundedTextError(text.length);
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW_UNITS);
    // Never end a window between the halves of a surrogate pair.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    const atEnd = end === text.length;
    let previousIndex = -1;
    let previous = "";
    for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
      if (previousIndex >= 0 && visit(codePointsOf(previous)) === false) return;
      previousIndex = index;
      previous = segment;
    }
    if (atEnd || previousIndex === 0) {
      // The window's last character is final: the text ends, or it fills the whole window.
      if (visit(codePointsOf(previous)) === false) return;
      start = end;
    } else {
      start += previousIndex;
    }
  }
}

function codePointsOf(segment: string): number {
  let n = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Characters in `text`, which must already be bounded (at most COUNTER_MAX_UNITS units). */
export function countCharacters(text: string): number {
  let n = 0;
  eachCharacter(text, () => {
    n++;
    return undefined;
  });
  return n;
}

export type Measured =
  | { ok: true; characters: number }
  /** `characters` is null when the raw size alone was over: it was not counted. */
  | { ok: false; reason: "too_long"; characters: number | null }
  | { ok: false; reason: "character_too_complex"; characters: number };

/**
 * Whether `text` fits in `maxCharacters`, refusing an oversized text by its raw length before
 * any per-character work. Used for every free-text field, in the browser and on the server.
 */
export function measureText(text: string, maxCharacters: number): Measured {
  if (text.length > Math.min(maxCharacters * MAX_UNITS_PER_CHARACTER, COUNTER_MAX_UNITS)) {
    return { ok: false, reason: "too_long", characters: null };
  }
  let characters = 0;
  let complex = false;
  eachCharacter(text, (codePoints) => {
    characters++;
    if (codePoints > MAX_CODE_POINTS_PER_CHARACTER) complex = true;
    return undefined;
  });
  if (complex) return { ok: false, reason: "character_too_complex", characters };
  if (characters > maxCharacters) return { ok: false, reason: "too_long", characters };
  return { ok: true, characters };
}

/** Line breaks are stored as LF, so a CRLF pasted from Windows is not a different message. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Control characters have no place in what members write (NUL also breaks PostgreSQL text):
 * everything in C0 and C1 but tab and newline, and lone surrogate halves.
 */
export function hasForbiddenCharacters(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what it looks for
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text) || !text.isWellFormed();
}
