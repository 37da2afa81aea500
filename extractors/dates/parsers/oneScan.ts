// Two parsers that share a gate, read in one scan of each sentence. Valid only when no match of one
// overlaps a match of the other: one pattern with both as alternatives then finds exactly the
// matches of the two patterns run apart, and reads each sentence once instead of twice.
import { pattern } from '../patterns.js';
import type { Parser } from '../types.js';

/** How many capture groups a pattern has. */
function groupCount(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')!.length - 1;
}

/** A match of one alternative, with its own groups numbered from 1 as its builder expects. */
function own(m: RegExpExecArray, from: number, count: number): RegExpExecArray {
  const sub = [m[0]] as unknown as RegExpExecArray;
  for (let g = 0; g < count; g++) sub.push(m[from + g]!);
  sub.index = m.index;
  return sub;
}

/** One parser that runs `first`'s pattern, else `second`'s, and hands each match to its builder. */
export function oneScan(name: string, first: Parser, second: Parser): Parser {
  const firstGroups = groupCount(first.pattern);
  const secondGroups = groupCount(second.pattern);
  return {
    name,
    gate: first.gate,
    ...(first.hint ? { hint: first.hint } : {}),
    // the two share their gate, so their anchor too: the wider reach covers both
    ...(first.reach && second.reach
      ? {
          reach: {
            before: Math.max(first.reach.before, second.reach.before),
            after: Math.max(first.reach.after, second.reach.after),
          },
        }
      : {}),
    // group 1 says which alternative matched
    pattern: pattern(`(${first.pattern.source})|(?:${second.pattern.source})`),
    build: (m, ctx) =>
      m[1] !== undefined
        ? first.build(own(m, 2, firstGroups), ctx)
        : second.build(own(m, 2 + firstGroups, secondGroups), ctx),
  };
}
