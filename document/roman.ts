// Roman numerals, shared by the numbers extractor ("Николай II") and the dates one ("XIV век").

/** Reads a Roman numeral ("IV", "XIX"), or null when the letters do not form a valid one. */
export function readRoman(s: string): number | null {
  if (!/^[IVXLCDM]+$/.test(s)) return null;
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = val[s[i]!]!;
    const next = i + 1 < s.length ? val[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}
