// How the lexicon files are written. Pure.

/** Pretty JSON with one array element per line: readable, and diffs show the entries that changed. */
export function formatLexiconJson(data: Record<string, unknown>): string {
  const lines = Object.entries(data).map(([key, value]) => {
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value)) {
      if (value.length === 0) return `${head}[]`;
      return `${head}[\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
    }
    if (value !== null && typeof value === 'object') return head + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    return head + JSON.stringify(value);
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
