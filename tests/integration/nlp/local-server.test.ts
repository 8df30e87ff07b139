// The NLP server the global setup started (the project's own on the test port, or NLP_URL's): health
// checks, the stock CoreNLP protocol with offsets into the original text and hard-wrapped lines read as
// prose, clear 400s for bad properties, a timeout that names itself, and a loopback-only bind.
import net from 'node:net';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { annotationRequest, type NlpProperties } from '../../../nlp/protocol';

const url = (process.env.ACTORSCOPE_TEST_NLP_URL ?? '').split(',')[0] ?? '';
/** Our own server (not a stock one named by NLP_URL): its error answers and bind address are ours to test. */
const ownServer = !process.env.NLP_URL;

interface Token {
  index: number;
  word: string;
  originalText: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  ner?: string;
  timex?: { type: string; value: string };
}
interface Sentence {
  index: number;
  tokens: Token[];
}

async function annotate(text: string, properties: NlpProperties): Promise<Response> {
  const request = annotationRequest(url, text, properties);
  return fetch(request.url, request.init);
}

describe('the NLP server', () => {
  it('answers /live and /ready', async () => {
    expect(url).toMatch(/^https?:\/\//);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.text()).toMatch(/ready/);
    expect((await fetch(`${url}/live`)).status).toBe(200);
  });

  it('keeps a hard-wrapped sentence whole, splits at the blank line, and gives offsets into the text as sent', async () => {
    // One sentence wrapped over a single newline, then a paragraph; characters a URL-decoding server
    // would change (%, +) and non-ASCII letters before the tokens whose offsets are checked.
    const text =
      'The foreign minister of Qatar said on Monday that talks with\n' +
      'the delegation from Zürich would resume in Doha (code 50%25+3).\n' +
      '\n' +
      'A spokesman for the ministry declined to comment.';
    const response = await annotate(text, { annotators: 'tokenize,ssplit', 'ssplit.newlineIsSentenceBreak': 'two', outputFormat: 'json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { sentences } = (await response.json()) as { sentences: Sentence[] };

    expect(sentences).toHaveLength(2);
    const first = sentences[0]!.tokens.map((t) => t.originalText);
    expect(first.slice(0, 4)).toEqual(['The', 'foreign', 'minister', 'of']);
    expect(first).toContain('with');
    expect(first).toContain('delegation');
    expect(first.at(-1)).toBe('.');
    expect(sentences[1]!.tokens[0]!.originalText).toBe('A');

    for (const token of sentences.flatMap((s) => s.tokens)) {
      expect(text.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    }
    const zurich = sentences[0]!.tokens.find((t) => t.originalText === 'Zürich');
    expect(zurich?.characterOffsetBegin).toBe(text.indexOf('Zürich'));
    expect(text.slice(sentences[0]!.tokens.at(-1)!.characterOffsetEnd)).toMatch(/^\n\nA spokesman/);
  });

  it('resolves relative dates against the document date it is sent', async () => {
    const response = await annotate('The talks ended yesterday in Doha.', {
      annotators: 'tokenize,ssplit,pos,lemma,ner',
      date: '2024-05-06',
    });
    expect(response.status).toBe(200);
    const { sentences } = (await response.json()) as { sentences: Sentence[] };
    const yesterday = sentences[0]!.tokens.find((t) => t.word === 'yesterday');
    expect(yesterday?.ner).toBe('DATE');
    expect(yesterday?.timex).toMatchObject({ type: 'DATE', value: '2024-05-05' });
  });

  it('answers CoNLL-U when asked', async () => {
    const response = await annotate('Qatar hosted the talks.', { annotators: 'tokenize,ssplit,pos,lemma,depparse', outputFormat: 'conllu' });
    expect(response.status).toBe(200);
    const rows = (await response.text()).trim().split('\n').map((line) => line.split('\t'));
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    expect(rows.find((row) => row[1] === 'hosted')?.[7]).toBe('root');
  });

  it.skipIf(!ownServer)('rejects properties that are not a JSON object, and bad property values, with 400 and a message', async () => {
    const notJson = await fetch(`${url}/?properties=${encodeURIComponent('{annotators: tokenize')}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Qatar hosted the talks.',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/properties parameter must be a JSON object/);

    const cases: [NlpProperties, RegExp][] = [
      [{ annotators: 'tokenize,ssplit', outputFormat: 'yaml' }, /unknown outputFormat "yaml"/],
      [{ annotators: 'tokenize,frobnicate' }, /Unknown annotator: frobnicate/],
      [{ annotators: 'tokenize,ssplit', timeout: 'soon' }, /timeout must be a positive number of milliseconds/],
      [{ annotators: 'tokenize,ssplit', date: 'last May' }, /date must be the document date as YYYY-MM-DD/],
    ];
    for (const [properties, message] of cases) {
      const response = await annotate('Qatar hosted the talks.', properties);
      expect(response.status, JSON.stringify(properties)).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
  });

  it.skipIf(!ownServer)('answers 504 naming the timeout when annotation takes longer than the request allows', async () => {
    const response = await annotate('The foreign minister of Qatar met the delegation in Doha on Monday after weeks of talks.', {
      annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
      timeout: 1,
    });
    expect(response.status).toBe(504);
    expect(((await response.json()) as { error: string }).error).toMatch(/timed out after 1 ms .*timeout/);
    // The server is still there for the next request.
    expect((await annotate('Qatar hosted the talks.', { annotators: 'tokenize,ssplit' })).status).toBe(200);
  });

  it.skipIf(!ownServer)('listens on loopback only', async (ctx) => {
    const port = Number(new URL(url).port);
    const connects = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port });
        socket.setTimeout(2000);
        socket.once('connect', () => { socket.destroy(); resolve(true); });
        socket.once('timeout', () => { socket.destroy(); resolve(false); });
        socket.once('error', () => resolve(false));
      });
    expect(await connects('127.0.0.1')).toBe(true);

    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((info): info is os.NetworkInterfaceInfo => info !== undefined && !info.internal && !info.address.startsWith('fe80:'))
      .map((info) => info.address);
    if (external.length === 0) ctx.skip('this machine has no non-loopback address, so reaching the server from one cannot be tried');
    for (const address of external) expect(await connects(address), address).toBe(false);
  });
});
