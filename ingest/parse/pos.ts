// Part-of-speech tests on a parsed sentence's tokens (Penn Treebank tags, as CoreNLP gives them). Pure.
import type { ParsedSentence } from './parse-types';

type Tokens = Pick<ParsedSentence, 'tokens'>;

/** The token at `i` is a noun: NN, NNS, NNP or NNPS. */
export const nounAt = (sentence: Tokens, i: number): boolean => (sentence.tokens[i]?.pos ?? '').startsWith('NN');

/** The token at `i` is a verb: VB, VBD, VBG, VBN, VBP or VBZ. */
export const verbAt = (sentence: Tokens, i: number): boolean => (sentence.tokens[i]?.pos ?? '').startsWith('VB');
