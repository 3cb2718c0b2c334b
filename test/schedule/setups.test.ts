/**
 * `schedule --print`: the crontab line parses with croner and fires when schedule.cron does; the systemd timer's
 * OnCalendar fires at the same instants as the cron (checked with the real `systemd-analyze calendar`); the
 * workflow is valid YAML with the expected keys.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cronToOnCalendar, crontabLine, githubWorkflow, renderSetup, shellQuote, systemdUnits, type SetupInput } from '../../src/schedule/setups.js';

type WorkflowSteps = { jobs: { scan: { steps: { run?: string }[] } } };

const INPUT: SetupInput = {
  cron: '0 6 * * 1',
  projectDir: '/srv/shop policies',
  configPath: 'config/servicediff.yaml',
  path: '/opt/node/bin:/usr/bin:/bin',
  webhookUrlEnv: 'SERVICEDIFF_WEBHOOK_URL',
};

/** The next `n` elapses systemd computes for an OnCalendar expression, as ISO strings (UTC). */
function systemdElapses(expression: string, n: number): string[] {
  const out = execFileSync('systemd-analyze', ['calendar', `--iterations=${n}`, expression], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, timeout: 10_000 });
  return [...out.matchAll(/(?:Next elapse|Iter\. #\d+): \w{3} (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC/g)].map((m) => `${m[1]}T${m[2]}.000Z`);
}

describe('crontab', () => {
  it('is one line whose five fields croner reads as schedule.cron, with cd, PATH, --once and a log', () => {
    const text = crontabLine(INPUT);
    const line = text.split('\n').find((l) => l && !l.startsWith('#'))!;
    const fields = line.split(' ').slice(0, 5).join(' ');
    const job = new Cron(fields, { paused: true, timezone: 'UTC' });
    const reference = new Cron(INPUT.cron, { paused: true, timezone: 'UTC' });
    expect(job.nextRuns(5, new Date('2026-03-01T00:00:00Z'))).toEqual(reference.nextRuns(5, new Date('2026-03-01T00:00:00Z')));
    job.stop();
    reference.stop();
    expect(line).toContain(`cd '/srv/shop policies' && `);
    expect(line).toContain('PATH=/opt/node/bin:/usr/bin:/bin npx servicediff schedule --once >> data/logs/schedule.log 2>&1');
  });

  it('sets CRON_TZ for a zone and passes a non-default --config', () => {
    const text = crontabLine({ ...INPUT, timezone: 'Europe/Berlin', configPath: 'conf/my shop.yaml' });
    expect(text).toMatch(/^CRON_TZ=Europe\/Berlin$/m);
    expect(text).toContain(`--config 'conf/my shop.yaml'`);
  });

  it('shellQuote survives a single quote', () => {
    expect(shellQuote(`/srv/o'neil`)).toBe(`'/srv/o'\\''neil'`);
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(`/srv/o'neil $HOME`)}`], { encoding: 'utf8' })).toBe(`/srv/o'neil $HOME`);
  });
});

describe('systemd', () => {
  it('prints a service and a timer with [Unit]/[Service]/[Timer]/[Install] sections', () => {
    const text = systemdUnits(INPUT);
    const sections = [...text.matchAll(/^\[(\w+)\]$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Unit', 'Service', 'Unit', 'Timer', 'Install']);
    expect(text).toContain('Type=oneshot');
    expect(text).toContain('WorkingDirectory=/srv/shop policies');
    expect(text).toContain('ExecStart=/usr/bin/env npx servicediff schedule --once');
    expect(text).toMatch(/^OnCalendar=Mon \*-\*-\* 06:00:00$/m);
    expect(text).toContain('EnvironmentFile=-%h/.config/servicediff/env');
    expect(text).toContain('Persistent=true');
  });

  it('waits for the network in the service itself: a user unit cannot order itself after the system network-online.target', () => {
    const text = systemdUnits(INPUT);
    expect(text).not.toMatch(/^(After|Wants|Requires)=.*network-online\.target/m);
    const wait = text.split('\n').find((l) => l.startsWith('ExecStartPre=/bin/sh'));
    expect(wait).toMatch(/^ExecStartPre=\/bin\/sh -c '[^']*systemctl is-active --quiet network-online\.target[^']*'$/);
    // The kernel's own route tables, on any Linux, whatever manages the network.
    expect(wait).toContain('< /proc/net/route');
    expect(wait).toContain('< /proc/net/ipv6_route');
  });

  /**
   * The network wait, run for real by /bin/sh (dash here: POSIX, no bashisms) as systemd would run it. systemd turns
   * `$$` into `$` and would also read backslash escapes and % specifiers, so the line holds none of those. Route tables
   * are prepared files in /proc/net's format (the test points the script at them by rewriting the path; the printed
   * unit reads /proc/net); `systemctl` answers as a prepared file says, and `sleep` only counts, so the 5-minute cap
   * is counted in sleeps, not waited for.
   */
  describe('the network wait ends once the network is usable', () => {
    const ROUTE_HEADER = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
    const v4 = (iface: string, dest: string, flags: string, mask: string): string => [iface, dest, '010200C0', flags, '0', '0', '0', mask, '0', '0', '0'].join('\t');
    const V4_DEFAULT = v4('eth0', '00000000', '0003', '00000000');
    const V4_SUBNET = v4('eth0', '000200C0', '0001', '00FFFFFF');
    // /proc/net/route sets RTF_UP on every IPv4 route; a dead default is a reject route ("ip route add unreachable default")
    const V4_DEFAULT_DEAD = v4('eth0', '00000000', '0201', '00000000');
    const Z = '0'.repeat(32);
    const v6 = (dest: string, len: string, flags: string, iface: string): string => `${dest} ${len} ${Z} 00 ${Z} 00000400 00000001 00000000 ${flags} ${iface.padStart(8)}`;
    const V6_DEFAULT = v6(Z, '00', '00000003', 'eth0');
    const V6_LINK = v6('fe80' + '0'.repeat(28), '40', '00000001', 'eth0');
    const V6_REJECT = v6(Z, '00', '00200200', 'lo'); // the kernel's unreachable default route

    function runWait(files: { route?: string[]; ipv6Route?: string[]; online: boolean }): { status: number | null; sleeps: number; asked: number; stderr: string } {
      const dir = mkdtempSync(join(tmpdir(), 'servicediff-netwait-'));
      try {
        const net = join(dir, 'net');
        const bin = join(dir, 'bin');
        mkdirSync(net);
        mkdirSync(bin);
        if (files.route) writeFileSync(join(net, 'route'), [ROUTE_HEADER, ...files.route].join('\n') + '\n');
        if (files.ipv6Route) writeFileSync(join(net, 'ipv6_route'), files.ipv6Route.join('\n') + '\n');
        writeFileSync(join(bin, 'systemctl'), `#!/bin/sh\necho >> '${join(dir, 'asked')}'\nexit ${files.online ? 0 : 3}\n`, { mode: 0o755 });
        writeFileSync(join(bin, 'sleep'), `#!/bin/sh\necho >> '${join(dir, 'slept')}'\n`, { mode: 0o755 });
        const line = systemdUnits(INPUT).split('\n').find((l) => l.startsWith('ExecStartPre=/bin/sh'))!;
        expect(line).not.toMatch(/[\\%]/);
        const script = /^ExecStartPre=\/bin\/sh -c '([^']*)'$/.exec(line)![1]!.replaceAll('$$', '$').replaceAll('/proc/net/', `'${net}'/`);
        const run = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8', timeout: 20_000, env: { PATH: `${bin}:/usr/bin:/bin` } });
        const lines = (name: string): number => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8').split('\n').length - 1 : 0);
        return { status: run.status, sleeps: lines('slept'), asked: lines('asked'), stderr: run.stderr };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    it('an IPv4 default route that is up ends it at once, though nothing pulls network-online.target in', () => {
      expect(runWait({ route: [V4_SUBNET, V4_DEFAULT], ipv6Route: [V6_LINK, V6_REJECT], online: false })).toMatchObject({ status: 0, sleeps: 0 });
    });

    it('an IPv6 default route that is up ends it at once (an IPv6-only network)', () => {
      expect(runWait({ route: [V4_SUBNET], ipv6Route: [V6_LINK, V6_DEFAULT], online: false })).toMatchObject({ status: 0, sleeps: 0 });
    });

    it('network-online.target being active ends it too', () => {
      expect(runWait({ route: [V4_SUBNET], ipv6Route: [V6_LINK], online: true })).toMatchObject({ status: 0, sleeps: 0, asked: 1 });
    });

    it('with no usable default route (none, a reject route, the kernel\'s unreachable one) it waits its 5 minutes, then lets the scan run', () => {
      const run = runWait({ route: [V4_SUBNET, V4_DEFAULT_DEAD], ipv6Route: [V6_LINK, V6_REJECT], online: false });
      expect(run).toMatchObject({ status: 0, sleeps: 60, asked: 60, stderr: '' });
    });

    it('a machine without IPv6 (no ipv6_route file) still waits and runs, never fails the unit', () => {
      expect(runWait({ route: [V4_SUBNET], online: false })).toMatchObject({ status: 0, sleeps: 60, stderr: '' });
      expect(runWait({ route: [V4_DEFAULT], online: false })).toMatchObject({ status: 0, sleeps: 0 });
    });
  });

  const haveSystemd = existsSync('/usr/bin/systemd-analyze');

  it.skipIf(!haveSystemd)('the two units pass `systemd-analyze verify` without a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'servicediff-units-'));
    try {
      const text = systemdUnits({ ...INPUT, projectDir: dir, timezone: 'Europe/London' });
      const [service, timer] = text.split(/^(?=# ~\/\.config\/systemd\/user\/servicediff\.timer$)/m) as [string, string];
      writeFileSync(join(dir, 'servicediff.service'), service);
      writeFileSync(join(dir, 'servicediff.timer'), timer);
      const run = spawnSync('systemd-analyze', ['verify', join(dir, 'servicediff.service'), join(dir, 'servicediff.timer')], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(0);
      expect(run.stderr).not.toMatch(/ignoring|Failed|Refusing|bad/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it.skipIf(!haveSystemd).each([
    ['0 6 * * 1', 'UTC'],
    ['*/15 * * * *', 'UTC'],
    ['30 2,14 * jan,jul 0', 'UTC'],
    ['0 6 * * mon-fri', 'UTC'],
    ['0 9 1,15 * *', 'UTC'],
    ['0 6 * * 1', 'Asia/Tokyo'],
  ])('OnCalendar for "%s" in %s elapses when croner fires', (cron, timezone) => {
    const converted = cronToOnCalendar(cron, timezone);
    if (!('onCalendar' in converted)) throw new Error(converted.note);
    const systemd = systemdElapses(converted.onCalendar, 6);
    const job = new Cron(cron, { paused: true, timezone });
    const croner = job.nextRuns(6, new Date()).map((d) => d.toISOString());
    job.stop();
    expect(systemd).toHaveLength(6);
    expect(systemd).toEqual(croner);
  });

  it.each([
    ['0 6 1 * 1', /day of month and day of week/],
    ['0 6 L * *', /L, W, # or \?/],
    ['0 6 * * 1#2', /L, W, # or \?/],
  ])('"%s" has no OnCalendar equivalent: the timer says so and keeps a weekly fallback', (cron, note) => {
    const converted = cronToOnCalendar(cron);
    expect('note' in converted && converted.note).toMatch(note);
    const text = systemdUnits({ ...INPUT, cron });
    expect(text).toMatch(/^# NOTE: /m);
    expect(text).toMatch(/^OnCalendar=Mon \*-\*-\* 06:00:00$/m);
  });
});

describe('github-actions', () => {
  it('is a YAML workflow on a schedule that runs --once, keeps the database by committing it, and wires the secret', () => {
    const text = githubWorkflow({ ...INPUT, dbPath: 'data/servicediff.json', reportsDir: 'data/reports' });
    const workflow = parse(text) as {
      name: string;
      on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
      concurrency: { group: string; 'cancel-in-progress': boolean };
      permissions: { contents: string };
      jobs: { scan: { 'runs-on': string; steps: { run?: string; uses?: string; env?: Record<string, string>; if?: string }[] } };
    };
    expect(workflow.on.schedule).toEqual([{ cron: '0 6 * * 1' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    expect(workflow.permissions.contents).toBe('write');
    const steps = workflow.jobs.scan.steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4']);
    const scan = steps.find((s) => s.run?.includes('schedule --once'))!;
    expect(scan.env?.SERVICEDIFF_WEBHOOK_URL).toBe('${{ secrets.SERVICEDIFF_WEBHOOK_URL }}');
    const commit = steps.find((s) => s.run?.includes('git push'))!;
    expect(commit.if).toBe('always()');
    expect(commit.run).toContain('for path in data/servicediff.json data/reports;');
    expect(text).toContain('actions/cache'); // the other choice is explained
  });

  it('installs a Node LTS line that is still supported a year after this release (issue 13: it pinned Node 20, out of support in April 2026)', () => {
    // End of life of each LTS line, from the Node.js release schedule.
    const endOfLife: Record<string, string> = { '18': '2025-04-30', '20': '2026-04-30', '22': '2027-04-30', '24': '2028-04-30' };
    const workflow = parse(githubWorkflow(INPUT)) as { jobs: { scan: { steps: { with?: { 'node-version'?: string } }[] } } };
    const version = workflow.jobs.scan.steps.find((s) => s.with?.['node-version'])?.with?.['node-version'];
    expect(version).toBeDefined();
    expect(endOfLife[version!], `node-version ${version} is not a known LTS line`).toBeDefined();
    expect(endOfLife[version!]! > '2026-12-31').toBe(true);
  });

  it("commits the database and reports although the project's .gitignore leaves data/ out (they were never kept)", () => {
    const repo = mkdtempSync(join(tmpdir(), 'sd-workflow-'));
    try {
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
      git('init', '-q');
      writeFileSync(join(repo, '.gitignore'), readFileSync(join(import.meta.dirname, '../../.gitignore'), 'utf8'));
      mkdirSync(join(repo, 'data/reports'), { recursive: true });
      writeFileSync(join(repo, 'data/servicediff.json'), '{"version":1}\n');
      writeFileSync(join(repo, 'data/reports/latest.md'), '# report\n');
      const steps = (parse(githubWorkflow({ ...INPUT, dbPath: 'data/servicediff.json', reportsDir: 'data/reports' })) as WorkflowSteps).jobs.scan.steps;
      const commit = steps.find((s) => s.run?.includes('git push'))!.run!.replace(/^\s*git push\s*$/m, '');
      const run = spawnSync('bash', ['-e', '-c', commit], { cwd: repo, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(git('ls-files').split('\n').filter(Boolean).sort()).toEqual(['data/reports/latest.md', 'data/servicediff.json']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('quotes a non-default --config for the run script, as the crontab line does', () => {
    expect(githubWorkflow({ ...INPUT, configPath: 'conf/my shop.yaml' })).toContain(`npx servicediff schedule --once --config 'conf/my shop.yaml'`);
  });

  it('fails the job for every exit code but ok (0) and partial (1): a broken config (2) does not stay green', () => {
    const steps = (parse(githubWorkflow(INPUT)) as WorkflowSteps).jobs.scan.steps;
    const last = steps.at(-1)!.run!;
    const status = (code: string): number | null =>
      spawnSync('bash', ['-e', '-c', last.replace('${{ steps.scan.outputs.code }}', code)], { encoding: 'utf8' }).status;
    expect(['0', '1', '2', '3', '70', '130'].map((code) => [code, status(code)])).toEqual([
      ['0', 0],
      ['1', 0],
      ['2', 1],
      ['3', 1],
      ['70', 1],
      ['130', 1],
    ]);
  });

  it('renderSetup dispatches each kind', () => {
    expect(renderSetup('crontab', INPUT)).toContain('schedule --once');
    expect(renderSetup('systemd', INPUT)).toContain('[Timer]');
    expect(renderSetup('github-actions', INPUT)).toContain('jobs:');
  });
});
