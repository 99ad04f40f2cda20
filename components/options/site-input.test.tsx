import { expect, test } from 'vitest';
import { parseSiteInput } from './site-input';

test('a host or a pasted address becomes the site key the switch uses; anything else gets a reason', () => {
  expect(parseSiteInput('  News.Example.com ', [])).toEqual({ ok: true, host: 'news.example.com' });
  expect(parseSiteInput('https://www.news.example.com/markets?x=1#top', [])).toEqual({ ok: true, host: 'news.example.com' });
  expect(parseSiteInput('file:///home/me/page.html', [])).toEqual({ ok: true, host: 'file://' });
  expect(parseSiteInput('', [])).toMatchObject({ ok: false, error: expect.stringMatching(/Type a site/) });
  expect(parseSiteInput('not a site', [])).toMatchObject({ ok: false, error: expect.stringMatching(/is not a site name/) });
  expect(parseSiteInput('news.example.com/path', [])).toMatchObject({ ok: false });
  expect(parseSiteInput('javascript://alert(1)', [])).toMatchObject({ ok: false, error: expect.stringMatching(/only runs on web pages/) });
  expect(parseSiteInput('www.news.example.com', ['news.example.com'])).toEqual({ ok: false, error: 'ClaimLens is already off on news.example.com.' });
});
