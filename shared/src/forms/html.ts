/** Text for HTML: element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

type AttributeValue = string | number | boolean | null | undefined

/** ` name="value"` for each attribute that is set; `true` gives a bare attribute. */
export function attributes(attrs: Record<string, AttributeValue>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('')
}
