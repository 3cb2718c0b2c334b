import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/text/html-escape.js';

describe('escapeHtml', () => {
  it('turns every character significant in HTML text or a quoted attribute into its entity', () => {
    expect(escapeHtml(`Pebble & Pine <b>"30" days</b> isn't \`code\``)).toBe(
      'Pebble &amp; Pine &lt;b&gt;&quot;30&quot; days&lt;/b&gt; isn&#39;t &#96;code&#96;',
    );
  });

  it('leaves other text as it is, non-breaking spaces and accents included', () => {
    expect(escapeHtml('Retours sous 30\u00a0jours, été')).toBe('Retours sous 30\u00a0jours, été');
  });
});
