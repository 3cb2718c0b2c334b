import { extractTerms } from '../../src/extract/extract-terms.js';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, pageText } from '../../src/extract/page-text.js';

const texts = (html: string): string[] => pageText(html).blocks.map((b) => b.text);

describe('pageText: boilerplate is dropped', () => {
  it.each([
    ['script', '<script>var a = "Return within 30 days";</script>'],
    ['style', '<style>.x:after{content:"Return within 30 days"}</style>'],
    ['noscript', '<noscript>Return within 30 days</noscript>'],
    ['template', '<template><p>Return within 30 days</p></template>'],
    ['comment', '<!-- Return within 30 days -->'],
    ['nav', '<nav>Return within 30 days</nav>'],
    ['header', '<header>Return within 30 days</header>'],
    ['footer', '<footer>Return within 30 days</footer>'],
    ['aside', '<aside>Return within 30 days</aside>'],
    ['cookie banner', '<div id="cookie-consent">Return within 30 days</div>'],
    ['hidden', '<div hidden>Return within 30 days</div>'],
    ['aria-hidden', '<div aria-hidden="true">Return within 30 days</div>'],
  ])('%s wording never becomes text (RELIABILITY B7)', (_name, markup) => {
    const all = texts(`<html><body>${markup}<main><p>Welcome to the shop.</p></main></body></html>`).join(' ');
    expect(all).not.toMatch(/30 days/);
  });

  it('keeps a collapsed FAQ answer (hidden accordion panel): it is what a visitor reads on click', () => {
    const all = texts('<html><body><main><h1>FAQ</h1><button aria-expanded="false">How long do I have?</button><div class="accordion-panel" hidden><p>Return within 30 days.</p></div></main></body></html>').join(' ');
    expect(all).toMatch(/30 days/);
  });

  it('keeps a summary card in an <aside> inside <main>, still drops a page-level <aside>', () => {
    const all = texts('<html><body><aside>Sidebar: newsletter</aside><main><h1>Returns</h1><aside class="card"><dl><dt>Time to return</dt><dd>28 days</dd></dl></aside></main></body></html>').join(' ');
    expect(all).toMatch(/28 days/);
    expect(all).not.toMatch(/newsletter/);
  });

  it('keeps only the main content when <main> holds enough text', () => {
    const body = 'Our returns policy is simple and fair to everyone. '.repeat(5);
    const t = texts(`<body><div class="promo">Side promo text here</div><main><p>${body}</p></main></body>`);
    expect(t.join(' ')).not.toMatch(/Side promo/);
  });

  it('falls back to the whole body when <main> is an empty shell', () => {
    const t = texts('<body><main></main><div><p>Return within 30 days.</p></div></body>');
    expect(t).toContain('Return within 30 days.');
  });
});

describe('pageText: structure', () => {
  it('gives each block its heading path', () => {
    const page = pageText('<body><h1>Returns</h1><h2>Exceptions</h2><p>Sale items are final.</p><h2>Refunds</h2><p>Refunds in 5 days.</p></body>');
    expect(page.blocks.find((b) => b.text === 'Sale items are final.')?.headingPath).toEqual(['Returns', 'Exceptions']);
    expect(page.blocks.find((b) => b.text === 'Refunds in 5 days.')?.headingPath).toEqual(['Returns', 'Refunds']);
  });

  it('keeps column headers on table rows', () => {
    const page = pageText(
      '<table><thead><tr><th>Method</th><th>Time</th><th>Cost</th></tr></thead><tbody><tr><td>Standard</td><td>3–5 business days</td><td>free over $50</td></tr></tbody></table>',
    );
    expect(page.blocks.map((b) => b.text)).toEqual(['Method: Standard | Time: 3–5 business days | Cost: free over $50']);
    expect(page.blocks[0]?.kind).toBe('row');
  });

  it('keeps list items apart', () => {
    expect(texts('<ul><li>Sale items are final</li><li>Gift cards are final</li></ul>')).toEqual(['Sale items are final', 'Gift cards are final']);
  });

  it('an FAQ question heads its answer', () => {
    const page = pageText('<body><h2>Returns</h2><p>How long do I have?</p><p>30 days.</p></body>');
    expect(page.blocks.find((b) => b.text === '30 days.')?.headingPath).toEqual(['Returns', 'How long do I have?']);
  });

  it('collects JSON-LD bodies separately', () => {
    const page = pageText('<head><script type="application/ld+json">{"@type":"Thing"}</script></head><body><p>Hi</p></body>');
    expect(page.jsonLd).toEqual(['{"@type":"Thing"}']);
    expect(texts('<script type="application/ld+json">{"@type":"Thing"}</script><p>Hi</p>').join(' ')).not.toMatch(/Thing/);
  });
});

describe('plain text input', () => {
  it('is recognised by content type or by the absence of tags', () => {
    expect(looksLikeHtml('Returns within 30 days.', undefined)).toBe(false);
    expect(looksLikeHtml('<p>Returns</p>', 'text/plain')).toBe(false);
    expect(looksLikeHtml('<p>Returns</p>', undefined)).toBe(true);
  });

  it('splits on blank lines and bullets, and reads short title lines as headings', () => {
    const page = pageText('Returns\nYou have 30 days.\n\n- Sale items are final\n- Gift cards are final\n', 'text/plain');
    expect(page.blocks.map((b) => b.text)).toEqual(['Returns', 'You have 30 days.', 'Sale items are final', 'Gift cards are final']);
    expect(page.blocks[1]?.headingPath).toEqual(['Returns']);
  });

  it('does not take the first line of a hard-wrapped sentence for a title', () => {
    // Ends on a word that needs more ("of"), or the next line goes on in lower case.
    const page = pageText('Tell us about a broken item within 2 days of\nits arrival and we will replace it.\n\nWe hope you will love every candle\nyou buy from our workshop in Leeds.\n', 'text/plain');
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Tell us about a broken item within 2 days of its arrival and we will replace it.'],
      ['paragraph', 'We hope you will love every candle you buy from our workshop in Leeds.'],
    ]);
  });

  it('joins a title wrapped over two lines', () => {
    const page = pageText('PARCELS LOST OR HELD UP IN\nTRANSIT\nWrite to us within 10 days.\n', 'text/plain');
    expect(page.blocks[0]).toMatchObject({ kind: 'heading', text: 'PARCELS LOST OR HELD UP IN TRANSIT' });
    expect(page.blocks[1]?.headingPath).toEqual(['PARCELS LOST OR HELD UP IN TRANSIT']);
  });

  it('reads a Title Case line between closed lines as a section heading when the text has no blank lines', () => {
    const page = pageText('Refund Policy\nWe take back unused goods within 21 days.\nWhen Your Money Comes Back\nPlease allow up to 4 working days for processing after your parcel reaches us.\nA line in plain words\nNothing here.\n', 'text/plain');
    expect(page.blocks.find((b) => b.text.startsWith('Please allow'))?.headingPath).toEqual(['Refund Policy', 'When Your Money Comes Back']);
    // A sentence fragment on a line of its own is no title, and a title of a few words stays joined to the line under it.
    expect(page.blocks.some((b) => b.kind === 'heading' && b.text === 'A line in plain words')).toBe(false);
    const short = pageText('Returns\nUnused goods come back within 21 days.\nExchanges\nThe quickest way is a new order.\n', 'text/plain');
    expect(short.blocks.some((b) => b.text.includes('Exchanges The quickest way is a new order.'))).toBe(true);
    expect(short.blocks.some((b) => b.kind === 'heading' && b.text === 'Exchanges')).toBe(false);
  });

  it('reads a short label line ending in a colon as the title of the text under it', () => {
    const page = pageText('Our studio\n\nDelivery Terms:\n\nEach print leaves us within 3 working days.\n\nPlease note:\nPrints over $100 ship by courier.\n', 'text/plain');
    expect(page.blocks.find((b) => b.text.startsWith('Each print'))?.headingPath).toEqual(['Delivery Terms']);
    // A colon after a long clause with a figure is a lead-in, not a label.
    const leadIn = pageText('Intro\n\nEvery order above $80 qualifies for:\n\nfree tracked delivery\n', 'text/plain');
    expect(leadIn.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('Every order'))).toBe(false);
  });
});

describe('pageText: a lead-in and its fragments are one statement (layout units, issue 11)', () => {
  it('joins a bullet ending in a colon with the fragment bullets under it, in plain text', () => {
    const page = pageText('Delivery\n\n- Baskets worth more than $120 qualify for:\n\t- free tracked courier delivery.\n- Orders leave our shed:\n\t- on weekdays only\n\t- within 2 working days\n', 'text/plain');
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Delivery',
      'Baskets worth more than $120 qualify for: free tracked courier delivery.',
      'Orders leave our shed: on weekdays only; within 2 working days.',
    ]);
  });

  it('joins a line that stops on a function word with the fragment after the blank line', () => {
    const page = pageText('Refunds\n\nOnce the parcel is back with us, the money goes to\n\nthe card you paid with.\n', 'text/plain');
    expect(page.blocks.map((b) => b.text)).toContain('Once the parcel is back with us, the money goes to the card you paid with.');
  });

  it('joins nested list items in HTML the same way', () => {
    const page = pageText('<main><h2>Delivery</h2><ul><li>Baskets worth more than $120 qualify for:<ul><li>free tracked courier delivery</li></ul></li></ul><p>We post parcels daily from our shed in Kent, every weekday of the year.</p></main>');
    expect(page.blocks.map((b) => b.text)).toContain('Baskets worth more than $120 qualify for: free tracked courier delivery.');
  });

  it('leaves full sentences and label rows after a lead-in as they are', () => {
    const page = pageText('Please note:\n\n- Custom frames are made to order and cannot be sent back once cut.\n\nDelivery times:\n\n- UK: 2-3 days\n- Europe: 5-8 days\n', 'text/plain');
    expect(page.blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining(['Custom frames are made to order and cannot be sent back once cut.', 'UK: 2-3 days', 'Europe: 5-8 days']),
    );
  });

  it('keeps the cases listed after a condition ("…when you:") apart: each is a case of its own', () => {
    const page = pageText('Refunds\n\nWe cannot take an item back when you:\n\n- wore it outdoors\n- saw it cheaper in another shop\n', 'text/plain');
    expect(page.blocks.map((b) => b.text)).toEqual(['Refunds', 'We cannot take an item back when you:', 'wore it outdoors', 'saw it cheaper in another shop']);
  });

  it('keeps the items under an eligibility or conditions label apart too (one table with the faulty-only list, rules/other-policy.ts)', () => {
    const page = pageText('Returns\n\nItems eligible for a refund:\n\n- arrived cracked\n- the wrong colour was sent\n', 'text/plain');
    expect(page.blocks.map((b) => b.text)).toEqual(['Returns', 'Items eligible for a refund:', 'arrived cracked', 'the wrong colour was sent']);
  });

  it('so the extractor reads the threshold a split line states', () => {
    const body = 'Shipping\n\n- Baskets worth more than $120 qualify for:\n\t- free tracked courier delivery.\n';
    const r = extractTerms({ body, url: 'https://shop.example/pages/shipping', contentType: 'text/plain' });
    expect(r.terms['shipping.free_threshold']?.value).toEqual({ amount: 120, currency: 'USD' });
  });
});

describe('pageText: headers', () => {
  it("keeps an article's own header (its title) but drops the site header", () => {
    const page = pageText('<body><header><a>Free shipping over $10</a></header><article><header><h1>Shipping</h1></header><p>Orders ship within 2 days.</p></article></body>');
    expect(page.blocks.map((b) => b.text)).toEqual(['Shipping', 'Orders ship within 2 days.']);
    expect(page.blocks[1]?.headingPath).toEqual(['Shipping']);
  });
});

describe('pageText: the tail after </main> is skipped only when it cannot matter', () => {
  const policy = '<h2>Returns</h2><p>Return unworn items within 30 days of delivery for a full refund to your card.</p>'.repeat(3);
  const grid = '<section><h2>You may also like</h2><ul><li>Oak tray $40</li><li>Wool throw $90</li></ul></section>';

  it('reads the same blocks, title and JSON-LD with or without a long tail', () => {
    const head = '<head><title>Returns policy</title><script type="application/ld+json">{"@type":"Thing"}</script></head>';
    const short = pageText(`<html>${head}<body><main>${policy}</main></body></html>`);
    const long = pageText(`<html>${head}<body><main>${policy}</main>${grid.repeat(50)}<footer>© Shop</footer></body></html>`);
    expect(long).toEqual(short);
    expect(long.blocks[1]?.headingPath).toEqual(['Returns']);
  });

  it('still reads JSON-LD and a title that come after </main>', () => {
    const page = pageText(`<body><main>${policy}</main>${grid}<title>Late title</title><script type="application/ld+json">{"@type":"Late"}</script></body>`);
    expect(page.jsonLd).toEqual(['{"@type":"Late"}']);
    expect(page.title).toBe('Late title');
  });

  it('falls back to the whole page when <main> holds too little text', () => {
    const page = pageText(`<head><title>T</title></head><body><main><p>Hi</p></main><div><p>Return within 30 days.</p></div></body>`);
    expect(page.blocks.map((b) => b.text)).toContain('Return within 30 days.');
  });

  it('is not fooled by "</main>" inside a script of an unclosed <main>, or by a second <main>', () => {
    const scripted = pageText(`<head><title>T</title></head><body><main>${policy}<script>var s = "</main>";</script><p>Exchanges are free of charge for every order.</p>${grid}</body>`);
    expect(scripted.blocks.map((b) => b.text)).toContain('Exchanges are free of charge for every order.');
    const two = pageText(`<head><title>T</title></head><body><main>${policy}</main>${grid}<main><p>Refunds take 5 days.</p></main></body>`);
    expect(two.blocks.map((b) => b.text)).toContain('Refunds take 5 days.');
  });
});

describe('pageText: product grids are not policy', () => {
  it.each([
    ['product card', '<ul><li class="product-card"><span class="product-card__title">Oak tray</span> Free returns within 90 days</li></ul>'],
    ['product grid', '<ul class="product-grid"><li>Oak tray — free returns within 90 days</li></ul>'],
    ['recommendations', '<section class="product-recommendations"><p>Oak tray, free returns within 90 days</p></section>'],
  ])('%s wording never becomes text', (_name, markup) => {
    const all = texts(`<html><body><p>Welcome to the shop.</p>${markup}</body></html>`).join(' ');
    expect(all).toContain('Welcome to the shop.');
    expect(all).not.toMatch(/90 days/);
  });
});

describe('page-level facts kept beside the blocks', () => {
  it('keeps the <html lang> tag and the footer text (without its scripts) for the currency note, never as blocks', () => {
    const page = pageText('<!doctype html><html lang="en-CA"><body><main><p>Free shipping over $75.</p></main><footer><p>All prices in Canadian dollars.</p><script>var x = "All prices in US dollars";</script></footer></body></html>');
    expect(page.lang).toBe('en-CA');
    expect(page.footer).toBe('All prices in Canadian dollars.');
    expect(page.blocks.map((b) => b.text).join(' ')).not.toMatch(/Canadian/);
  });
});
