// Apart from format.ts, which loads every formatter: the command line lists these at start-up.
/** The diagnostic formats of `validate --format`, in the order `--help` lists them. */
export const diagnosticFormatNames = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;

export type DiagnosticFormat = (typeof diagnosticFormatNames)[number];
