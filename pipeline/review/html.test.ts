import { describe, expect, test } from '@jest/globals';
import { escapeHtml, markup, safeHref, trusted } from './html.js';

describe('escapeHtml', () => {
  test('escapes every character that can end text or an attribute', () => {
    expect(escapeHtml(`<script>alert(1)</script>`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`'a' & \`b\``)).toBe('&#39;a&#39; &amp; &#96;b&#96;');
  });
  test('leaves Russian text, emoji and numbers as they are', () => {
    expect(escapeHtml('«Саиров» — 1 млрд тенге 🙂')).toBe('«Саиров» — 1 млрд тенге 🙂');
    expect(escapeHtml(52)).toBe('52');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('markup template', () => {
  test('escapes interpolations and keeps nested html as is', () => {
    const name = '<b>Иван</b>';
    const inner = markup`<em>${name}</em>`;
    expect(markup`<p title="${name}">${inner}</p>`.value).toBe(
      '<p title="&lt;b&gt;Иван&lt;/b&gt;"><em>&lt;b&gt;Иван&lt;/b&gt;</em></p>',
    );
  });
  test('joins arrays and drops null, undefined and false', () => {
    expect(markup`${['<a>', markup`<br>`, null, undefined, false, 0]}`.value).toBe('&lt;a&gt;<br>0');
  });
  test('trusted markup passes through', () => {
    expect(markup`${trusted('<hr>')}`.value).toBe('<hr>');
  });
});

describe('safeHref', () => {
  test('allows http and https only', () => {
    expect(safeHref('https://www.zakon.kz/politika/1.html')).toBe('https://www.zakon.kz/politika/1.html');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('не ссылка')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
