// Cypher editor with syntax highlighting: a transparent textarea over a highlighted <pre> (same font
// and metrics), so editing, selection and keyboard behave exactly like a native text field.
import { useRef } from 'react';
import { tokenizeCypher } from '../graph/cypher-tokens';

export function CypherEditor({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  const pre = useRef<HTMLPreElement>(null);
  return (
    <div className="cypher-editor">
      <pre ref={pre} aria-hidden="true">
        {tokenizeCypher(value).map((t, i) => (t.kind === 'text' ? t.text : <span key={i} className={`cy-${t.kind}`}>{t.text}</span>))}
        {'\n'}
      </pre>
      <textarea
        aria-label={label}
        spellCheck={false}
        value={value}
        data-testid="cypher-editor"
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (pre.current) {
            pre.current.scrollTop = e.currentTarget.scrollTop;
            pre.current.scrollLeft = e.currentTarget.scrollLeft;
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey) {
            // Tab indents inside the editor; Escape then Tab leaves it (keyboard users are not trapped).
            const el = e.currentTarget;
            if (el.dataset.escaped === '1') return;
            e.preventDefault();
            const { selectionStart: s, selectionEnd: end } = el;
            onChange(value.slice(0, s) + '  ' + value.slice(end));
            requestAnimationFrame(() => el.setSelectionRange(s + 2, s + 2));
          } else if (e.key === 'Escape') e.currentTarget.dataset.escaped = '1';
          else e.currentTarget.dataset.escaped = '0';
        }}
      />
    </div>
  );
}
