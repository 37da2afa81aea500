// Chart labels in the overview: a long speaker label (a person known only by a role) shows whole,
// wrapped, instead of cut to 33 characters and an ellipsis that ran off the chart (issue 21, item 7a).
import { describe, expect, test } from '@jest/globals';
import * as cheerio from 'cheerio';
import type { NewsRecord } from '../../document/record/types.js';
import { LABEL_CHARS, barChart, wrapLabel } from './charts.js';
import { overviewPage } from './overview-page.js';

const ROLE = 'заместитель председателя правительства Новосибирской области по вопросам здравоохранения';

/** A record with one quote from a person whose name is the long role label. */
function roleRecord(): NewsRecord {
  const text = '«Корпус откроют в марте», — сказал заместитель председателя правительства.';
  return {
    schemaVersion: '1',
    id: 'nf-role',
    url: null,
    outlet: 'Городские новости',
    title: 'Корпус',
    published: null,
    fetched: null,
    lang: 'ru',
    text,
    people: [{ id: 'p1', name: ROLE, role: ROLE, quoted: true, mentions: [] }],
    quotes: [{ start: 1, end: 23, text: text.slice(1, 23), kind: 'direct', speaker: 'p1', cue: 'сказать' }],
    numbers: [],
    dates: [],
    warnings: [],
  };
}

describe('bar chart labels', () => {
  test('the overview shows a long role label whole, in lines that fit the label area', () => {
    const $ = cheerio.load(overviewPage([roleRecord()]));
    const chart = $('figure.chart').filter((_, el) =>
      $(el).find('figcaption').text().startsWith('Quotes per speaker'),
    );
    const label = chart.find('text.label');
    expect(label).toHaveLength(1);
    const lines = label
      .find('tspan')
      .map((_, el) => $(el).text())
      .get();
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(ROLE);
    expect(label.text()).not.toContain('…');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(LABEL_CHARS);
    // the hover title names the label in full too
    expect(chart.find('g > title').text()).toBe(`${ROLE}: 1`);
  });

  test('rows grow with their label and never overlap; the picture is tall enough', () => {
    const $ = cheerio.load(
      barChart('t', [
        { label: ROLE, value: 3 },
        { label: 'Иванов', value: 1 },
      ]).toString(),
    );
    const ys = $('tspan')
      .map((_, el) => Number($(el).attr('y')))
      .get();
    const bars = $('rect.bar')
      .map((_, el) => Number($(el).attr('y')))
      .get();
    const height = Number($('svg').attr('height'));
    const lastLineOfFirst = ys[ys.length - 2] as number;
    expect(bars[1] as number).toBeGreaterThan(lastLineOfFirst);
    expect(ys[ys.length - 1] as number).toBeLessThan(height);
  });

  test('wrapLabel splits a word longer than a line and drops nothing', () => {
    const long = 'Ж'.repeat(LABEL_CHARS * 2 + 3);
    expect(wrapLabel(`А ${long}`)).toEqual(['А', 'Ж'.repeat(LABEL_CHARS), 'Ж'.repeat(LABEL_CHARS), 'ЖЖЖ']);
    expect(wrapLabel('')).toEqual(['']);
    expect(wrapLabel('Иванов')).toEqual(['Иванов']);
  });
});
