/**
 * Whether a sink gets colour. An explicit --color/--no-color wins; then NO_COLOR (any value but
 * "" or "false") disables; then FORCE_COLOR enables; otherwise colour only on a TTY that is not
 * TERM=dumb. chalk's own detection ignores NO_COLOR and looks at stdout only, so we decide here
 * per sink and hand the renderers a plain boolean.
 */
export function canUseColor(explicit: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (explicit !== undefined) return explicit;
  const noColor = env.NO_COLOR;
  if (noColor !== undefined && noColor !== '' && noColor !== 'false') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
