/**
 * The `npm run events` command (scripts/events.mjs bundles and starts it).
 *
 * A run whose every input is as the last successful run left it prints that run's report again,
 * and nothing is loaded (scripts/lib/last-run.ts): the pipeline (and compromise, whose start-up
 * alone is a sizeable part of a run) is imported only when something changed.
 */
import { attempt, eventsHash, inputsHash, saveLastRun, unchanged, type LastRunCheck } from './lib/last-run';
import { summary } from './lib/summary';

export interface CliOptions {
  root?: string;
  /** A fingerprint of the code that runs (events.mjs: of every file of the bundle); without it, every run runs. */
  code?: string;
  /**
   * The inputs' hash when the caller already found that something changed (events.mjs, before it
   * starts the command from its snapshot): the run then goes ahead without looking again.
   */
  changedInputs?: string;
}

/**
 * The command: in `root` (the current folder), reporting a failure without a stack trace. True when
 * it ran the extraction, false when nothing had changed.
 */
export async function cli({ root = process.cwd(), code, changedInputs }: CliOptions = {}): Promise<boolean> {
  try {
    const found: LastRunCheck = changedInputs ? { inputs: changedInputs } : code === undefined ? {} : unchanged(root, code);
    if (found.report !== undefined) {
      console.log(found.report);
      return false;
    }
    const { inputs } = found;
    const { buildEvents } = await import('./build-events');
    const result = await buildEvents({ root });
    // Kept only when the run's report holds nothing about this run's own I/O, and nothing changed meanwhile.
    if (inputs && result.cachesKept && attempt(() => inputsHash(root, code!)) === inputs) {
      // The event files' stats as the run left them (those it took while writing), not taken again.
      const events = attempt(() => eventsHash(root, result.eventStats));
      const { written } = result;
      const again = { ...written, written: 0, removed: 0, unchanged: written.written + written.unchanged };
      if (events) saveLastRun(root, { inputs, events, report: summary({ ...result, written: again }) });
    }
    return true;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    console.error('Nothing was generated: content/events is as it was.');
    process.exit(1);
  }
}
