/**
 * Escapers for the documents the app writes (runbooks, reports): a value typed by a user stays
 * text in Markdown and in HTML.
 */

/**
 * Backslash-escapes what Markdown would read as markup, including raw HTML (CommonMark §2.4) and
 * the pipes of a table cell (GFM), and turns line endings (CRLF, LF or a lone CR, all of which end
 * a CommonMark line) into spaces, so a value never leaves its line, list item or table row.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, ' ')
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
