import { describe, expect, it } from 'vitest';
import { classifyTopic } from '../../src/extract/classifier/bayes-topic.js';
import { topicOf, topicsOf } from '../../src/extract/classifier/topic-keywords.js';
import { extractTerms } from '../../src/extract/extract-terms.js';

describe('stemmed keyword tables name a section topic', () => {
  it.each([
    ['Returns & Exchanges', 'returns'],
    ['Refund policy', 'returns'],
    ['Delivery information', 'shipping'],
    ['Our Price Promise', 'guarantee'],
    ['Limited Warranty', 'warranty'],
    ['Contact us', 'support'],
  ])('%s → %s', (heading, topic) => expect(topicOf(heading)).toBe(topic));

  it('a heading naming two topics names no single one', () => {
    expect(topicsOf('Shipping & Returns')).toEqual(['returns', 'shipping']);
    expect(topicOf('Shipping & Returns')).toBeNull();
  });
});

describe('the Bayes topic model (npm run train → topic-model.json)', () => {
  it.each([
    ['Parcels leave our depot within a day and the courier brings them in three to five days.', 'shipping'],
    ['If the kettle stops working within two years we repair it free of charge, parts and labour included.', 'warranty'],
    ['Unworn clothes can come back to us for a refund to your card.', 'returns'],
    ['Our advisers answer the phone every weekday morning.', 'support'],
  ])('%s → %s', (text, topic) => expect(classifyTopic(text)?.category).toBe(topic));

  it('says nothing for empty text', () => {
    expect(classifyTopic('   ')).toBeUndefined();
  });
});

describe('page category', () => {
  it.each([
    ['https://shop.example/help/returns', '<main><h1>Returns</h1><p>You can return items within 30 days.</p></main>', ['returns']],
    ['https://shop.example/pages/faq', '<main><h1>FAQ</h1><p>Orders ship within 2 business days. Standard delivery takes 3-5 business days.</p></main>', ['shipping']],
    ['https://shop.example/contact-us', '<main><h1>Contact us</h1><p>Email us any time.</p></main>', ['support']],
  ])('%s', (url, body, category) => expect(extractTerms({ body, url }).category).toEqual(category));

  it('a returns page that states how to reach support (email, reply time) is also about support', () => {
    const body = '<main><h1>Returns</h1><p>You can return items within 30 days. Questions? Email us and we reply within 24 hours.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/returns' }).category).toEqual(['returns', 'support']);
  });

  it('a returns page that only says "get in touch" states no support term and stays a returns page', () => {
    const body = '<main><h1>Returns</h1><p>You can return items within 30 days. Questions? Just get in touch.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/returns' }).category).toEqual(['returns']);
  });

  it('a shipping-and-returns address whose text is all about delivery is a shipping page', () => {
    const body = '<main><h1>Shipping</h1><p>Orders leave our studio within 3 business days. Standard post takes 2-5 business days. Every parcel is tracked.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/pages/shipping-and-returns' }).category).toEqual(['shipping']);
  });

  it('a delivery-information address whose text only explains returns is a returns page', () => {
    const body = '<main><p>You can send unworn pieces back within 30 days for a refund. Returned items must carry their tags. The return postage is yours to pay.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/delivery-information' }).category).toEqual(['returns']);
  });

  it('a returns address whose text also talks about returns keeps the name beside the terms it states', () => {
    const body = '<main><p>We want you to love your order. Returns are easy: send unwanted goods back to our returns desk. Any questions? Email us at care@shop.example.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/returns' }).category).toEqual(['returns', 'support']);
  });

  it('a customer-service address on a page that only states shipping terms is a shipping page', () => {
    const body = '<main><p>Orders are dispatched within 2 business days. Delivery takes 3-7 business days. Contact us with any questions.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/customer-service' }).category).toEqual(['shipping']);
  });

  it('a page that states no term and names nothing is about the category most of its sentences talk of', () => {
    const body =
      '<main><p>Our van goes out twice a week now. Parcels to the islands travel by ferry and the courier takes them from the pier. We wrap every parcel in paper from our own mill.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/pages/a-note-from-the-workshop' }).category).toEqual(['shipping']);
  });

  it('generic prose about the shop, with no category\'s words, gets no category (a guess would be a guarantee page)', () => {
    const body =
      '<main><p>We started in a garden shed ten years ago. Every piece is cut, sanded and oiled by hand. We believe good things should last, and we are proud of every customer who trusts us with their home.</p></main>';
    expect(extractTerms({ body, url: 'https://shop.example/pages/our-story' }).category).toEqual([]);
  });
});

