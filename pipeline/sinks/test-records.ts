// For tests and benchmarks: schema-valid records with people, quotes, numbers and dates.
import { createHash } from 'node:crypto';
import type { EmittedRecord, OutRecord } from './types.js';

/** A record for id number `n` at `version`, every span matching its text. */
export function sampleRecord(n: number, version = 1): OutRecord {
  const text =
    `Аким области Нурлан Сейтказиев заявил, что на ремонт дорог выделят 12,4 млрд тенге. ` +
    `«Начнем с улиц, где ходят автобусы», — сказал Сейтказиев 17 ноября. Версия ${version}, материал ${n}.`;
  const span = (s: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`no "${s}" in the sample text`);
    return { start, end: start + s.length, text: s };
  };
  const record: EmittedRecord = {
    schemaVersion: '1',
    id: `nf-test-${n}`,
    version,
    url: `https://stepnoy-vestnik.example/news/${n}`,
    outlet: 'Степной вестник',
    title: `Материал ${n}`,
    published: '2026-11-18T09:30:00+05:00',
    fetched: '2026-11-25T10:00:00.000Z',
    lang: 'ru',
    text,
    people: [
      {
        id: 'p1',
        name: 'Нурлан Сейтказиев',
        role: 'аким области',
        quoted: true,
        mentions: [
          { ...span('Нурлан Сейтказиев'), kind: 'name' },
          { ...span('Сейтказиев', text.indexOf('сказал')), kind: 'name' },
        ],
      },
    ],
    quotes: [
      { ...span('Начнем с улиц, где ходят автобусы'), kind: 'direct', speaker: 'p1', cue: 'сказать' },
      { ...span('на ремонт дорог выделят 12,4 млрд тенге'), kind: 'indirect', speaker: 'p1', cue: 'заявить' },
    ],
    numbers: [
      {
        ...span('12,4 млрд тенге'),
        kind: 'money',
        value: 12.4e9 + n,
        currency: 'KZT',
        unit: null,
        counts: null,
        countsSpan: null,
        approx: null,
      },
    ],
    dates: [{ ...span('17 ноября'), kind: 'date', value: '2026-11-17', grain: 'day', relative: false }],
    warnings: [],
  };
  const line = JSON.stringify(record);
  return { record, contentHash: createHash('sha256').update(line).digest('hex'), line };
}
