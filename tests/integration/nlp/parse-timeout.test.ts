// The parse layer against the real NLP server: a text the server gives up on is parsed paragraph by
// paragraph, and what still times out is skipped and counted instead of failing the document; line
// breaks end sentences only in text written one paragraph a line.
import { describe, expect, it } from 'vitest';
import { createNlpClient, NlpUnavailableError } from '../../../ingest/parse/nlp-client';

const urls = (process.env.ACTORSCOPE_TEST_NLP_URL ?? '').split(',').filter(Boolean);
const PARAGRAPH = 'The Taliban government said on Monday that its forces had attacked positions held by the Islamic State group in the eastern province of Nangarhar, and that several fighters had been detained after a long operation that lasted through the night.';

describe('parse layer on the real NLP server', () => {
  it('parses hard-wrapped paragraphs with offsets into the text as given', async () => {
    const client = createNlpClient({ urls });
    const text = 'Pakistan and Qatar\nagreed to cooperate.\n\nThe talks ended.';
    const parse = await client.parse({ text, date: '2022-01-05' });
    expect(parse.sentences).toHaveLength(2);
    expect(parse.skipped).toBe(0);
    for (const s of parse.sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(parse.sentences[0]!.deps.some((d) => d.rel.startsWith('nsubj'))).toBe(true);
  });

  it('parses typographic quotes as plain ones ("I’m the President" is a copula, not "am to"), offsets still into the text as given', async () => {
    const client = createNlpClient({ urls });
    const text = 'I’m now the fourth United States President to preside over the war.';
    const parse = await client.parse({ text, date: '2021-04-14' });
    const tokens = parse.sentences[0]!.tokens;
    const m = tokens.find((t) => text.slice(t.start, t.end) === '’m');
    expect(m?.word).toBe("'m");
    const president = tokens.find((t) => t.word === 'President')!;
    expect(parse.sentences[0]!.deps).toContainEqual({ rel: 'cop', gov: president.i, dep: m!.i });
  });

  it('ends a sentence after a name ending in a hyphen and a capital ("… of ISIS-K. Pakistan …"), offsets still into the text as given', async () => {
    const client = createNlpClient({ urls });
    const text = 'He is the leader of ISIS-K. Pakistan condemned ISIS-K.\nThe talks ended.';
    const parse = await client.parse({ text, date: '2022-01-05' });
    expect(parse.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['He is the leader of ISIS-K.', 'Pakistan condemned ISIS-K.', 'The talks ended.']);
    for (const s of parse.sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('ends a sentence at a line break in text written one paragraph a line (a byline before the first paragraph)', async () => {
    const client = createNlpClient({ urls });
    const text = `By Jane Doe, Security Researcher\n${PARAGRAPH}\n${PARAGRAPH}`;
    const parse = await client.parse({ text, date: '2022-01-05' });
    expect(parse.sentences.map((s) => s.tokens[0]?.word)).toEqual(['By', 'The', 'The']);
    // The same lines hard-wrapped stay one sentence each (see the first case).
  });

  it('skips and counts what the server gives up on, one paragraph at a time, without failing', async () => {
    // A 1 ms budget: the server gives up on the whole text, then on each paragraph.
    const client = createNlpClient({ urls, timeoutMs: 1 });
    const text = `${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}`;
    const parse = await client.parse({ text, date: '2022-01-05' });
    expect(parse.sentences).toEqual([]);
    expect(parse.skipped).toBe(3);
  });

  it('names the server and what to do when no server answers', async () => {
    const client = createNlpClient({ urls: ['http://127.0.0.1:9'] }); // a port fetch refuses to use
    const refused = createNlpClient({ urls: ['http://127.0.0.1:65531'] });
    await expect(client.parse({ text: 'Pakistan met India.' })).rejects.toThrow(NlpUnavailableError);
    await expect(refused.parse({ text: 'Pakistan met India.' })).rejects.toThrow(/127\.0\.0\.1:65531: ECONNREFUSED.*npm run nlp:start/);
  });
});
