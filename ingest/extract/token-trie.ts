// A trie over token keys for longest-match lookup (gazetteer aliases, triggers, titles, cues):
// one pass over the tokens, no regex per entry.
import type { Token } from './tokenize';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

export interface TrieMatch<T> {
  end: number;
  values: T[];
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(key, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * Longest match starting at token `i` (before `limit`). `key` picks the token form (exact or
   * lower-case); hyphen tokens inside a match are skipped so "al-Qaeda" matches "al Qaeda", and so are
   * the tokens `skip` names.
   */
  longest(tokens: readonly Token[], i: number, limit: number, key: (t: Token) => string, skipHyphens = true, skip?: (t: Token) => boolean): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    let j = i;
    while (j < limit) {
      const tok = tokens[j] as Token;
      if (j > i && ((skipHyphens && tok.text === '-') || skip?.(tok))) {
        j++;
        continue;
      }
      const child = node.next.get(key(tok));
      if (!child) break;
      node = child;
      j++;
      if (node.values) best = { end: j, values: node.values };
    }
    return best;
  }
}

export const lowerKey = (t: Token): string => t.lower;
export const exactKey = (t: Token): string => t.text;
