// robots.txt rules for our product token.
import { describe, expect, test } from '@jest/globals';
import { parseRobots, productToken } from './robots.js';
import { DEFAULT_USER_AGENT, userAgentWithContact } from './options.js';

describe('robots rules', () => {
  const txt = [
    'User-agent: *',
    'Disallow: /search',
    'Crawl-delay: 2',
    '',
    'User-agent: Newsfacts',
    'Disallow: /private/',
    'Allow: /private/press-releases/',
    'Crawl-delay: 5',
    '',
    'Sitemap: https://www.zakon.kz/sitemap.xml',
  ].join('\n');
  const rules = parseRobots('https://www.zakon.kz/robots.txt', txt, productToken(DEFAULT_USER_AGENT));

  test('our group applies, with its longest-match Allow', () => {
    expect(rules.allowed('https://www.zakon.kz/private/x')).toBe(false);
    expect(rules.allowed('https://www.zakon.kz/private/press-releases/1')).toBe(true);
    expect(rules.allowed('https://www.zakon.kz/search?q=1')).toBe(true); // the * group is not ours
    expect(rules.crawlDelayMs).toBe(5000);
    expect(rules.sitemaps).toEqual(['https://www.zakon.kz/sitemap.xml']);
  });

  test('the product token is the User-Agent up to its version', () => {
    expect(productToken(DEFAULT_USER_AGENT)).toBe('newsfacts');
    expect(userAgentWithContact(DEFAULT_USER_AGENT, 'mailto:ops@newsfacts.example')).toBe(
      'newsfacts/0.1 (+https://github.com/newsfacts/newsfacts; mailto:ops@newsfacts.example)',
    );
  });
});
