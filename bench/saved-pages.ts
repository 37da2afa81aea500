// For the bench: articles written out as saved news pages (a head with title, date and canonical
// address, navigation, the article's paragraphs, a footer), so `run` can be timed on a folder of
// HTML as an operator would give it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One saved page per article in a fresh folder `dir`; returns the folder. */
export function writeSavedPages(articles: readonly { text: string }[], dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  articles.forEach((a, i) => {
    const paragraphs = a.text.split('\n').filter((p) => p.trim());
    const title = escape((paragraphs[0] ?? '').slice(0, 120));
    const body = (paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs)
      .map((p) => `<p>${escape(p)}</p>`)
      .join('\n');
    const html = [
      '<!doctype html><html lang="ru"><head><meta charset="utf-8">',
      `<title>${title}</title>`,
      '<meta property="article:published_time" content="2025-11-26T10:15:00+05:00">',
      `<link rel="canonical" href="https://news.example/a/${i}"></head>`,
      '<body><header><nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav></header>',
      `<article><h1>${title}</h1>`,
      body,
      '</article><footer>© Новости, 2025</footer></body></html>',
    ].join('\n');
    writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.html`), html);
  });
  return dir;
}
