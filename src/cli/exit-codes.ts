/** The exit codes of every command (SPEC §7). */
export const ExitCode = {
  Ok: 0,
  /** The budget has errors (or warnings with --strict), or a check failed. */
  InvalidBudget: 1,
  /** Usage error, unreadable input, or an internal failure. */
  Failure: 2,
} as const;
