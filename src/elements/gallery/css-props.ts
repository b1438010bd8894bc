import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM (`style.setProperty`). Lit's own `styleMap` writes a
 * `style="…"` attribute on first render, which a strict CSP (`style-src 'self'`, no
 * 'unsafe-inline') blocks; CSSOM writes are allowed, so tile geometry survives such pages.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element.');
  }

  render(_props: Record<string, string>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name in props) style.setProperty(name, props[name]);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
