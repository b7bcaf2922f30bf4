/**
 * Markdown for content we render (model answers, statements). HTML in the source is
 * escaped, never rendered, so authored text cannot inject markup (no stored XSS).
 */
import { Marked, type Tokens } from "marked";
import { useMemo } from "react";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const marked = new Marked({
  gfm: true,
  renderer: {
    html: (token: Tokens.HTML | Tokens.Tag) => escapeHtml(token.text),
    link(token: Tokens.Link) {
      const href = /^(https?:|mailto:|\/|#)/i.test(token.href) ? token.href : "#";
      return `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${this.parser.parseInline(token.tokens)}</a>`;
    },
    image: (token: Tokens.Image) => escapeHtml(token.text),
  },
});

export function Markdown({ source, className = "prose" }: { source: string; className?: string }) {
  const html = useMemo(() => marked.parse(source, { async: false }), [source]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
