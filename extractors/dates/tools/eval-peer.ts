// Developer tool: the Duckling duration suite as the eval harness reads it (first "duration" item, in seconds).
// npx tsx extractors/dates/tools/eval-peer.ts ../shared/peer-suites/duckling-ru-duration.json
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../../pipeline/analyse/index.js';
import { extractDates } from '../index.js';
import { durationSeconds } from './duration-seconds.js';

const UNIT_S: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  month: 2592000,
  quarter: 7776000,
  year: 31536000,
};
await loadMorphology();
const file = process.argv[2] ?? '../shared/peer-suites/duckling-ru-duration.json';
const cases = JSON.parse(readFileSync(file, 'utf8')) as Array<{
  text: string;
  expected: { value: number; unit: string };
}>;
const exceptions = JSON.parse(
  readFileSync(new URL('../peer-exceptions.json', import.meta.url), 'utf8'),
) as Array<{ text: string }>;
let pass = 0;
for (const c of cases) {
  const doc = analyse(c.text, { published: '2025-11-26T12:00:00+05:00', tzOffsetMinutes: 300 });
  const d = extractDates(doc).items.find((i) => i.kind === 'duration');
  const got = d?.value ? durationSeconds(d.value) : null;
  const want = c.expected.value * UNIT_S[c.expected.unit]!;
  const ok = got !== null && Math.abs(got - want) < 1e-6;
  if (ok) pass++;
  else
    console.log(
      `FAIL ${JSON.stringify(c.text)} want ${want}s got ${d?.value ?? 'nothing'}${exceptions.some((e) => e.text === c.text) ? ' (listed exception)' : ''}`,
    );
}
console.log(`peer duration suite: ${pass}/${cases.length} = ${((100 * pass) / cases.length).toFixed(1)}%`);
