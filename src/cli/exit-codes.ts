export const EXIT_CODES_HELP = `
Exit codes:
  0  screened, no unsuppressed finding at or above --fail-on
  1  findings at or above --fail-on (with --baseline: new findings only)
  2  usage or configuration error (bad flag, list, ignore, config or baseline file; output not writable)
  3  input error (unreadable file, bad format, nothing screened; --strict: any skipped or salvaged row)
  4  internal error (run again with --verbose for the stack trace)`;
