// npm run bench:text — what counting characters costs as text grows, and what an oversized field
// costs before it is refused. Prints numbers; asserts nothing.
//
// For each size: Intl.Segmenter over the whole text at once (what the app did before: quadratic
// in Node 20), measureText (windowed, linear), and the per-character cost of each as a ratio of
// its own cost at 1,900 characters (1.0 = linear). The ceiling is measured in the same run: a
// plain scan of the same text's UTF-16 units (the least any counter must do).
import { countCharacters, measureText } from "./count";

const SIZES = [1_900, 10_000, 30_000, 100_000, 1_000_000];
/** Whole-text segmentation grows too slow to wait for beyond this. */
const WHOLE_MAX = 20_000;
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function sample(n: number): string {
  const pieces = ["Hello ", "wörld ", "👩‍💻 ", "e\u0301 ", "🇮🇹 ", "क्षि "];
  let text = "";
  for (let i = 0; text.length < n; i++) text += pieces[i % pieces.length];
  return text.slice(0, n);
}

function time(fn: () => unknown, minMs = 200): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / runs;
}

function scanUnits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 10) n++;
  return n;
}

const rows: string[][] = [];
const base: Record<string, number> = {};
for (const size of SIZES) {
  const text = sample(size);
  const scan = time(() => scanUnits(text));
  const whole =
    size <= WHOLE_MAX ? time(() => [...segmenter.segment(text)].length, 300) : Number.NaN;
  // The counter itself (bounded at 65,536 units): the linear windowed count.
  const counted = size <= 65_536 ? time(() => countCharacters(text)) : Number.NaN;
  // What a field of 1,900 characters does with this text: count it, or refuse it by size.
  const field = time(() => measureText(text, 1_900));
  const perChar = (ms: number) => ms / size;
  for (const [key, ms] of Object.entries({ whole, counted, scan })) {
    if (size === SIZES[0]) base[key] = perChar(ms);
  }
  const ratio = (key: string, ms: number) =>
    Number.isNaN(ms) ? "—" : `${(perChar(ms) / (base[key] ?? 1)).toFixed(2)}×`;
  rows.push([
    size.toLocaleString("en"),
    Number.isNaN(whole) ? "(too slow)" : whole.toFixed(3),
    ratio("whole", whole),
    Number.isNaN(counted) ? "(refused)" : counted.toFixed(3),
    ratio("counted", counted),
    field.toFixed(4),
    scan.toFixed(4),
    Number.isNaN(counted) ? "—" : `${(counted / scan).toFixed(1)}×`,
  ]);
}

const header = [
  "characters",
  "Segmenter whole ms",
  "per char vs 1.9k",
  "countCharacters ms",
  "per char vs 1.9k",
  "1,900-char field ms",
  "unit scan ms",
  "count / scan",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ");
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  "\nper char vs 1.9k: 1.00× means linear. A 1,900-character field refuses a longer text by its length" +
    " before counting (the 1M row).",
);
