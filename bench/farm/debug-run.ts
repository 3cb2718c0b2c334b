import { configSchema } from '../../src/config/config-schema.js';
import { createCrawlBusinesses } from '../../src/crawl/crawl-businesses.js';
import { businessId } from '../../src/model.js';
import { startFarm } from './start-farm.js';
const farm = await startFarm({ sites: Number(process.argv[2] ?? 5), latencyMs: 5 });
const config = configSchema.parse({ you: { name: 'B', site: farm.sites[0]!.origin }, crawl: { concurrencyPerHost: 2, concurrency: 16, delayMs: 0, jitterMs: 0, allowPrivateNetworks: true } });
const t0 = performance.now();
const res = await createCrawlBusinesses()(farm.sites.map((s, i) => ({ id: businessId(s.plan.name), name: s.plan.name, site: s.origin, isYou: i === 0 })), { crawl: config.crawl, userAgent: 'sd-debug' }, { onEvent: (e) => console.log(((performance.now() - t0) / 1000).toFixed(2), JSON.stringify(e)) });
for (const b of res) {
  const plan = farm.sites.find((s) => s.origin === b.site)!.plan;
  console.log('==', b.id, 'js', plan.jsOnly, plan.policies.map((p) => `${p.category}:${p.path}${p.linkText ? '(L)' : ''}${p.inSitemap ? '(S)' : ''}`).join(' '));
  for (const p of b.pages) console.log('  ', p.status, p.url, p.categories.join(','), p.rendered, p.reasons.join(' | '), p.problem?.reason ?? '');
  for (const p of b.problems) console.log('  !', p.kind, p.reason);
}
await farm.close();
