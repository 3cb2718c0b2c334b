/**
 * The set-ups `schedule --print` can write. Kept apart from setups.ts so that the CLI can offer them as choices
 * without loading the renderers at start-up.
 */
export const SETUP_KINDS = ['crontab', 'systemd', 'github-actions'] as const;
export type SetupKind = (typeof SETUP_KINDS)[number];
