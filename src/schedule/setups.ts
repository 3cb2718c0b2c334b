/**
 * `servicediff schedule --print crontab|systemd|github-actions`: ready-to-use set-ups derived from schedule.cron, for
 * users who prefer their system's scheduler over the long-running `schedule` process. Each one runs
 * `servicediff schedule --once` (scan + report + notify) and keeps its log.
 */
import { STORE_DEFAULTS, REPORT_DEFAULTS } from '../config/defaults.js';
import { EXIT } from '../errors.js';
import type { SetupKind } from './setup-kinds.js';

export interface SetupInput {
  /** 5-field cron expression (validated already). */
  readonly cron: string;
  readonly timezone?: string;
  /** Absolute project folder: where config/, data/ and node_modules/ live. */
  readonly projectDir: string;
  /** The --config path as the user gave it (relative to projectDir when possible). */
  readonly configPath: string;
  /** PATH for cron/systemd, which start with a minimal one (must contain node and npx). */
  readonly path: string;
  /** Environment variable holding the webhook URL (notify.webhookUrlEnv), to wire as a secret. */
  readonly webhookUrlEnv?: string;
  /** Database and reports, relative to projectDir, for the GitHub workflow's commit. */
  readonly dbPath?: string;
  readonly reportsDir?: string;
}

/**
 * The Node major the printed GitHub workflow installs: an LTS line with years of support left (Node 24 is maintained
 * until April 2028; 20 ended in April 2026), so a workflow copied today keeps running without a deprecation notice.
 */
const WORKFLOW_NODE_MAJOR = 24;

/** Where the crontab line and the systemd service append their output, relative to the project folder. */
const LOG_FILE = 'data/logs/schedule.log';

export function renderSetup(kind: SetupKind, input: SetupInput): string {
  if (kind === 'crontab') return crontabLine(input);
  if (kind === 'systemd') return systemdUnits(input);
  return githubWorkflow(input);
}

/** Single-quote for sh. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function onceCommand(input: SetupInput): string {
  const config = input.configPath === 'config/servicediff.yaml' ? '' : ` --config ${shellQuote(input.configPath)}`;
  return `npx servicediff schedule --once${config}`;
}

/** One crontab line (plus comments). cron runs in the system's zone; CRON_TZ is honoured by cronie, not by every cron. */
export function crontabLine(input: SetupInput): string {
  const fields = input.cron.trim().split(/\s+/);
  const lines = ['# servicediff: weekly policy scan + report (install with `crontab -e`; the log goes to ' + LOG_FILE + ')'];
  if (fields.length !== 5) lines.push('# NOTE: crontab takes 5 fields; the seconds field of schedule.cron was dropped.');
  const five = fields.length === 6 ? fields.slice(1) : fields;
  if (input.timezone) lines.push(`# schedule.timezone is ${input.timezone}: cronie honours CRON_TZ; other crons use the system zone.`, `CRON_TZ=${input.timezone}`);
  const dir = shellQuote(input.projectDir);
  lines.push(
    `${five.join(' ')} cd ${dir} && mkdir -p data/logs && PATH=${shellQuote(input.path)} ${onceCommand(input)} >> ${LOG_FILE} 2>&1`,
  );
  return lines.join('\n') + '\n';
}

const SYSTEMD_DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CRON_DOW_NAMES: Record<string, string> = { sun: '0', mon: '1', tue: '2', wed: '3', thu: '4', fri: '5', sat: '6' };
const CRON_MONTH_NAMES: Record<string, string> = {
  jan: '1', feb: '2', mar: '3', apr: '4', may: '5', jun: '6', jul: '7', aug: '8', sep: '9', oct: '10', nov: '11', dec: '12',
};

/**
 * systemd OnCalendar= for a 5-field cron, or an explanation when it has no equivalent (day-of-month AND day-of-week
 * both restricted: cron ORs them, systemd ANDs them; L/W/# modifiers; nicknames).
 */
export function cronToOnCalendar(cron: string, timezone?: string): { onCalendar: string } | { note: string } {
  let fields = cron.trim().split(/\s+/);
  if (fields.length === 6) fields = fields.slice(1);
  if (fields.length !== 5) return { note: `"${cron}" is not a 5-field cron expression` };
  const [minute, hour, dom, month, dow] = fields as [string, string, string, string, string];
  // Month and day names (jul, wed) are fine; L, W, # and ? standing alone or after a number are not.
  if (fields.some((f) => /[LW#?]/i.test(f.replace(/[a-z]{3}/gi, '')))) return { note: `"${cron}" uses L, W, # or ?, which OnCalendar cannot express` };
  if (dom !== '*' && dow !== '*') {
    return { note: `"${cron}" restricts both day of month and day of week (cron fires on either; OnCalendar needs both)` };
  }
  try {
    const weekday = dow === '*' ? '' : `${convertList(dow, 'dow')} `;
    const date = `*-${convertList(month, 'month')}-${convertList(dom, 'dom')}`;
    const time = `${convertList(hour, 'hour')}:${convertList(minute, 'minute')}:00`;
    return { onCalendar: `${weekday}${date} ${time}${timezone ? ` ${timezone}` : ''}` };
  } catch (error) {
    return { note: `"${cron}" cannot be written as OnCalendar (${error instanceof Error ? error.message : String(error)})` };
  }
}

type Field = 'minute' | 'hour' | 'dom' | 'month' | 'dow';

function convertList(field: string, kind: Field): string {
  return field
    .split(',')
    .map((part) => convertPart(part.toLowerCase(), kind))
    .join(',');
}

function convertPart(part: string, kind: Field): string {
  const named = kind === 'dow' ? replaceNames(part, CRON_DOW_NAMES) : kind === 'month' ? replaceNames(part, CRON_MONTH_NAMES) : part;
  const [range, step] = named.split('/') as [string, string | undefined];
  if (kind === 'dow') {
    if (step !== undefined) throw new Error('a day-of-week step');
    if (range === '*') return 'Mon..Sun';
    const [a, b] = range.split('-');
    const day = (n: string | undefined): string => {
      const value = Number(n);
      if (!Number.isInteger(value) || value < 0 || value > 7) throw new Error(`day of week "${n}"`);
      return SYSTEMD_DOW[value]!;
    };
    return b === undefined ? day(a) : `${day(a)}..${day(b)}`;
  }
  const pad = (n: string): string => {
    if (!/^\d+$/.test(n)) throw new Error(`"${n}" in the ${kind} field`);
    return kind === 'minute' || kind === 'hour' ? n.padStart(2, '0') : n;
  };
  if (range === '*') return step === undefined ? '*' : `${kind === 'dom' || kind === 'month' ? '1' : '00'}/${step}`;
  const [a, b] = range.split('-') as [string, string | undefined];
  if (b !== undefined) {
    if (step !== undefined) throw new Error('a range with a step');
    return `${pad(a)}..${pad(b)}`;
  }
  return step === undefined ? pad(a) : `${pad(a)}/${step}`;
}

function replaceNames(part: string, names: Record<string, string>): string {
  return part.replace(/[a-z]{3}/g, (name) => {
    const value = names[name];
    if (value === undefined) throw new Error(`unknown name "${name}"`);
    return value;
  });
}

/**
 * A user unit cannot order itself after network-online.target: that target lives in the system manager, and the user
 * manager resolves After=/Wants= among its own units only, where no such unit exists (systemd.special(7) lists the
 * targets a user manager has; network-online.target is not one). A timer caught up at boot (Persistent=true) would
 * then scan before the network is up and record every page as unreachable. So the service waits itself, for at most
 * five minutes, then runs anyway (fetch failures are reported per page as usual).
 *
 * network-online.target alone is no sign: it becomes active only when a unit pulls it in, and on a machine with no
 * *-wait-online service enabled nothing does, so every run waited the whole five minutes. The wait therefore also ends
 * as soon as the kernel has a usable default route in /proc/net/route or /proc/net/ipv6_route, which every Linux has
 * whatever manages its network: one that is up (RTF_UP, the low bit; it matters on IPv6, since IPv4's table sets it on
 * every route) and is no reject route (RTF_REJECT 0x0200: "ip route add unreachable default" shows as 0201, and the
 * kernel's own unreachable IPv6 default on lo as 00200200). POSIX sh only (dash runs it on Debian): read loops, no
 * seq, no awk. A file that cannot be read (no IPv6) is skipped by `[ -r ]`: the redirection would otherwise fail each
 * check, writing "cannot open" to the journal (dash goes on, status 2). systemd reads `$$` as `$` and would read a
 * backslash or % itself, so the script holds none.
 */
const NETWORK_CHECK = [
  // Route flags in hex: usable when the low bit (RTF_UP) is set and 0x0200 (RTF_REJECT, the third digit from the
  // right) is not.
  'up() { case $1 in *[2367aAbBeEfF]??) return 1;; *[13579bBdDfF]) return 0;; esac; return 1; };',
  // A default route (destination and mask or prefix length all zero) that is up; IPv4 fields: Iface Destination
  // Gateway Flags RefCnt Use Metric Mask …; IPv6: destination, prefix length, source, its length, next hop, metric,
  // refcnt, use, flags, device.
  'routed() {',
  '[ -r /proc/net/route ] && while read -r _ d _ f _ _ _ m _; do [ "$d$m" = 0000000000000000 ] && up "$f" && return 0; done < /proc/net/route;',
  '[ -r /proc/net/ipv6_route ] && while read -r d l _ _ _ _ _ _ f dev; do [ "$d$l" = 0000000000000000000000000000000000 ] && up "$f" && [ "$dev" != lo ] && return 0; done < /proc/net/ipv6_route;',
  'return 1; };',
  // 60 checks 5 s apart: the 5-minute cap. (POSIX sh has no local variables: the counter's name is its own.)
  'tries=0; while [ $tries -lt 60 ]; do routed && exit 0; systemctl is-active --quiet network-online.target && exit 0; sleep 5; tries=$((tries + 1)); done',
].join(' ');
const NETWORK_WAIT = [
  '# A user unit cannot use After=network-online.target (that target belongs to the system manager), so wait here for',
  '# a default route or that target: at most 5 minutes, then run anyway. Matters when Persistent=true catches up a',
  '# missed run at boot.',
  `ExecStartPre=/bin/sh -c '${NETWORK_CHECK.replace(/\$/g, () => '$$')}'`,
];

/** A oneshot service and its timer; install under ~/.config/systemd/user/ (or /etc/systemd/system/). */
export function systemdUnits(input: SetupInput): string {
  const calendar = cronToOnCalendar(input.cron, input.timezone);
  const fallback = `Mon *-*-* 06:00:00${input.timezone ? ` ${input.timezone}` : ''}`;
  const onCalendarLines =
    'onCalendar' in calendar
      ? [`# From schedule.cron "${input.cron}"${input.timezone ? ` in ${input.timezone}` : ''}.`, `OnCalendar=${calendar.onCalendar}`]
      : [
          `# NOTE: ${calendar.note}.`,
          `# Weekly Monday 06:00 is used instead; edit OnCalendar= by hand (check it with \`systemd-analyze calendar\`).`,
          `OnCalendar=${fallback}`,
        ];
  const secret = input.webhookUrlEnv
    ? [
        `# The webhook secret (${input.webhookUrlEnv}=…) goes in this file, chmod 600; it is never written to the config.`,
        `EnvironmentFile=-%h/.config/servicediff/env`,
      ]
    : [];
  return [
    '# ~/.config/systemd/user/servicediff.service',
    '[Unit]',
    'Description=servicediff weekly policy scan and report',
    '',
    '[Service]',
    'Type=oneshot',
    `WorkingDirectory=${input.projectDir}`,
    `Environment=PATH=${input.path}`,
    ...secret,
    `ExecStartPre=/bin/mkdir -p data/logs`,
    ...NETWORK_WAIT,
    `ExecStart=/usr/bin/env ${onceCommand(input)}`,
    `StandardOutput=append:${input.projectDir}/${LOG_FILE}`,
    `StandardError=append:${input.projectDir}/${LOG_FILE}`,
    '# exit 1 is a partial scan (some pages failed): the report is still written.',
    'SuccessExitStatus=1',
    'TimeoutStartSec=2h',
    '',
    '# ~/.config/systemd/user/servicediff.timer',
    '# enable with: systemctl --user daemon-reload && systemctl --user enable --now servicediff.timer',
    '[Unit]',
    'Description=Run servicediff on its schedule',
    '',
    '[Timer]',
    ...onCalendarLines,
    '# Run at the next boot when the machine was off at the scheduled time.',
    'Persistent=true',
    'RandomizedDelaySec=5min',
    '',
    '[Install]',
    'WantedBy=timers.target',
    '',
  ].join('\n');
}

/**
 * A workflow that runs the scan on GitHub's scheduler and commits the database and reports back to the repository,
 * so the history survives between runs.
 */
export function githubWorkflow(input: SetupInput): string {
  const five = input.cron.trim().split(/\s+/);
  const cron = (five.length === 6 ? five.slice(1) : five).join(' ');
  const db = input.dbPath ?? STORE_DEFAULTS.db;
  const reports = input.reportsDir ?? REPORT_DEFAULTS.folder;
  const zoneNote = input.timezone
    ? `    # GitHub reads this cron in UTC; schedule.timezone (${input.timezone}) is not applied here, so shift the hour by hand.`
    : '    # GitHub reads this cron in UTC.';
  const secretEnv = input.webhookUrlEnv
    ? [`          # Add the webhook URL under Settings → Secrets and variables → Actions; it is never committed.`, `          ${input.webhookUrlEnv}: \${{ secrets.${input.webhookUrlEnv} }}`]
    : [];
  return [
    '# .github/workflows/servicediff.yml',
    'name: servicediff weekly scan',
    '',
    'on:',
    '  schedule:',
    zoneNote,
    `    - cron: '${cron}'`,
    '  workflow_dispatch: {}',
    '',
    '# One scan at a time: a run that starts while the previous one is going waits instead of overlapping.',
    'concurrency:',
    '  group: servicediff',
    '  cancel-in-progress: false',
    '',
    'permissions:',
    '  contents: write',
    '',
    'jobs:',
    '  scan:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 120',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    `          node-version: '${WORKFLOW_NODE_MAJOR}'`,
    '          cache: npm',
    '      - run: npm ci',
    '      - name: Scan, report and notify',
    '        id: scan',
    '        env:',
    '          # Pages that need JavaScript are rendered with the Chrome preinstalled on GitHub runners.',
    '          SERVICEDIFF_CHROMIUM: /usr/bin/google-chrome',
    ...secretEnv,
    '        # exit 1 = partial (some pages failed): still commit the report; any other code but 0 fails the job after committing.',
    '        run: |',
    '          set +e',
    `          ${onceCommand(input)}`,
    '          code=$?',
    '          echo "code=$code" >> "$GITHUB_OUTPUT"',
    '          exit 0',
    '      # The database is kept by committing it with the reports: its history is the product, and it is small JSON.',
    '      # (actions/cache would also keep it, but GitHub evicts caches unused for 7 days — a weekly run sits on that',
    '      # edge — and a cache cannot be read or diffed in the repository; to use it anyway, restore/save',
    `      # ${db} with actions/cache keyed on github.run_id and restore-keys: servicediff-db-.)`,
    '      - name: Commit the database and reports',
    '        if: always()',
    '        run: |',
    '          git config user.name "servicediff bot"',
    '          git config user.email "servicediff-bot@users.noreply.github.com"',
    "          # -f: servicediff's .gitignore keeps data/ out of git, and this is the one place it is meant to be committed.",
    `          for path in ${shellQuote(db)} ${shellQuote(reports)}; do if [ -e "$path" ]; then git add -f "$path"; fi; done`,
    '          git diff --cached --quiet || git commit -m "servicediff: weekly scan $(date -u +%Y-%m-%d)"',
    '          git push',
    // Every code but ok and partial fails the job: a config broken by a commit (2) must not stay green for weeks.
    '      - name: Fail the job unless the scan was ok (0) or partial (1)',
    '        run: |',
    "          code='${{ steps.scan.outputs.code }}'",
    `          case "$code" in ${EXIT.ok}|${EXIT.partial}) exit 0 ;; esac`,
    `          echo "servicediff schedule --once exited $code (${EXIT.usage} bad config, ${EXIT.failure} failure, ${EXIT.interrupted} interrupted, ${EXIT.bug} a bug): see the step above"`,
    '          exit 1',
    '',
  ].join('\n');
}
