import { html, type TemplateResult } from 'lit';

/**
 * A heading of `level` 1–6 (anything else is 2), named by `part`
 * (which is also its id and class) and marked `p-name`. Static tags, one template per level:
 * Lit cannot bind a tag name, and static-html would cost more than these six lines.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${part} class="${part} p-name">${content}</h1>`;
    case 3:
      return html`<h3 part=${part} id=${part} class="${part} p-name">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${part} class="${part} p-name">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${part} class="${part} p-name">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${part} class="${part} p-name">${content}</h6>`;
    default:
      return html`<h2 part=${part} id=${part} class="${part} p-name">${content}</h2>`;
  }
}
