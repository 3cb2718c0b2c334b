/**
 * The embedded demo: four small shops ("you" and three competitors) whose policy pages differ in the ways real shops
 * differ — some terms identical to yours, some better, some worse — plus one change between "last week" and "this
 * week" so the report has history to show. All text here is written for servicediff; none is copied from a real shop.
 */
import type { Category } from '../terms.js';

export interface DemoPage {
  readonly path: string;
  readonly title: string;
  readonly categories: Category[];
  /** Paragraphs and lists of the page body (HTML fragments we write ourselves). */
  readonly body: string;
}

export interface DemoShop {
  readonly name: string;
  readonly isYou: boolean;
  readonly tagline: string;
  readonly pages: DemoPage[];
}

/** The one change the demo's second scan finds: Northwind lowers its free-shipping threshold. */
export const DEMO_CHANGE = {
  shop: 'Northwind Supply',
  path: '/shipping',
  before: 'over $75',
  after: 'over $45',
} as const;

export const DEMO_SHOPS: readonly DemoShop[] = [
  {
    name: 'Juniper Home',
    isYou: true,
    tagline: 'Linen, lamps and kitchen things for calm homes.',
    pages: [
      {
        path: '/returns',
        title: 'Returns & Refunds',
        categories: ['returns'],
        body: `<p>We want you to love what you ordered. If something is not right, you can return it within 30 days of delivery for a full refund.</p>
<h2>How returns work</h2>
<ul><li>Return shipping is free: we email you a prepaid return label.</li>
<li>There is no restocking fee.</li>
<li>Refunds go back to your original payment method within 5 business days of the return reaching our warehouse.</li>
<li>Prefer a different size or colour? We are happy to exchange items.</li></ul>
<h2>Exceptions</h2>
<p>Gift cards and personalised items are final sale and cannot be returned.</p>`,
      },
      {
        path: '/shipping',
        title: 'Shipping',
        categories: ['shipping'],
        body: `<p>Free standard shipping on orders over $50. Orders under $50 ship for a flat $5.95.</p>
<p>Orders are processed within 1-2 business days. Standard delivery takes 3-5 business days after dispatch.</p>
<p>Orders placed before 2pm ET ship the same day. Express shipping is available at checkout.</p>
<p>Every order gets a tracking number by email once it ships. We currently ship within the United States only; we do not ship internationally.</p>`,
      },
      {
        path: '/warranty',
        title: 'Warranty',
        categories: ['warranty'],
        body: `<p>Every lamp and appliance we sell is covered by a one-year limited warranty against defects in materials and workmanship.</p>
<p>If a covered item fails, we repair or replace it at no cost to you.</p>`,
      },
      {
        path: '/contact',
        title: 'Contact us',
        categories: ['support'],
        body: `<p>Our customer care team is available Monday to Friday, 9am to 5pm ET.</p>
<p>You can call us, email us or chat with us on this site.</p>
<p>We reply to every email within 24 hours.</p>`,
      },
    ],
  },
  {
    name: 'Northwind Supply',
    isYou: false,
    tagline: 'Outdoor and home goods since 2009.',
    pages: [
      {
        path: '/returns',
        title: 'Return policy',
        categories: ['returns'],
        body: `<p>Items may be returned within 30 days of delivery.</p>
<p>The customer is responsible for return shipping costs.</p>
<p>Refunds are issued to the original payment method within 10 business days after we receive your return.</p>
<p>We do not offer exchanges; please return the item and place a new order.</p>`,
      },
      {
        path: '/shipping',
        title: 'Shipping information',
        categories: ['shipping'],
        body: `<p>Enjoy free shipping on all orders over $75.</p>
<p>Orders ship within 2-3 business days. Standard delivery takes 4-7 business days.</p>
<p>We ship to over 30 countries worldwide. A tracking number is sent by email when your order leaves our warehouse.</p>`,
      },
      {
        path: '/warranty',
        title: 'Our warranty',
        categories: ['warranty'],
        body: `<p>All Northwind products carry a two-year warranty covering manufacturing defects.</p>
<p>Extended protection plans are available at checkout.</p>`,
      },
      {
        path: '/help',
        title: 'Help centre',
        categories: ['support'],
        body: `<p>Our support team is here for you 24/7.</p>
<p>Reach us by email or live chat. We answer every email within 48 hours.</p>`,
      },
    ],
  },
  {
    name: 'Pebble & Pine',
    isYou: false,
    tagline: 'Handmade ceramics and tableware.',
    pages: [
      {
        path: '/policies/refund-policy',
        title: 'Refund policy',
        categories: ['returns'],
        body: `<p>You have 60 days after receiving your item to request a return.</p>
<p>A 15% restocking fee applies to all returns. Return shipping is free with the prepaid label we provide.</p>
<p>Refunds are made as store credit or to your original payment method.</p>`,
      },
      {
        path: '/policies/shipping-policy',
        title: 'Shipping policy',
        categories: ['shipping'],
        body: `<p>Free shipping on orders over $50.</p>
<p>Standard shipping takes 3-5 business days. Expedited shipping is available at checkout.</p>`,
      },
      {
        path: '/pages/warranty',
        title: 'Warranty',
        categories: ['warranty'],
        body: `<p>Our glazes and kiln work are backed by a 1-year warranty.</p>`,
      },
      {
        path: '/pages/contact',
        title: 'Contact',
        categories: ['support'],
        body: `<p>Customer service hours: Monday through Friday, 9:00 AM to 5:00 PM Eastern.</p>
<p>Phone us or send us an email; we answer within one business day.</p>
<p>Found it cheaper elsewhere? We match any competitor's lower price.</p>`,
      },
    ],
  },
  {
    name: 'Brightside Outlet',
    isYou: false,
    tagline: 'Big brands, small prices.',
    pages: [
      {
        path: '/returns',
        title: 'Returns',
        categories: ['returns'],
        body: `<p>Unworn items can be returned within 14 days of delivery.</p>
<p>Customers pay for return shipping. Clearance items are final sale.</p>`,
      },
      {
        path: '/shipping',
        title: 'Delivery',
        categories: ['shipping'],
        body: `<p>Free shipping on every order, with no minimum.</p>
<p>Orders are dispatched within 1 business day and arrive in 2-4 business days.</p>`,
      },
      {
        path: '/guarantee',
        title: 'Our guarantee',
        categories: ['guarantee', 'warranty'],
        body: `<p>Try anything for 60 days with our money-back guarantee.</p>
<p>Our house-brand tools come with a lifetime warranty.</p>`,
      },
      {
        path: '/customer-service',
        title: 'Customer service',
        categories: ['support'],
        body: `<p>We are open Monday to Saturday, 8am to 8pm ET.</p>
<p>Call us or text us, or use the contact form.</p>`,
      },
    ],
  },
];
