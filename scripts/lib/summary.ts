/** What `npm run events` prints after a run: kept apart from the run so that printing it again loads nothing else. */
import type { TimelineEvent } from '../../src/schema';
import type { ExtractionReport } from '../../src/extract/pipeline';
import type { WriteEventFilesResult } from '../../src/extract/write-events';

export interface RunSummary {
  events: Pick<TimelineEvent, 'context'>[];
  report: ExtractionReport;
  written: WriteEventFilesResult;
  warnings: string[];
}

export function summary({ events, report, written, warnings }: RunSummary): string {
  const x = report.expressions;
  return [
    `sources              ${report.sources}`,
    `sentences            ${report.sentences}`,
    `temporal expressions ${x.found} found, ${x.resolved} resolved, ${x.unresolved} unresolved`,
    `mentions             ${report.mentions}`,
    `events               ${events.length} (${events.filter((e) => e.context).length} context)`,
    `files                ${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed`,
    ...written.keptHandEdited.map((f) =>
      written.keptNotGenerated.includes(f)
        ? `kept                 ${f}: not generated (an editor's own file?), so kept as it is. Delete it if it is not wanted.`
        : `kept                 ${f}: edited by hand, so not regenerated. Move the change into content/editorial.yaml, or delete the file to regenerate it.`,
    ),
    ...warnings.map((w) => `warning              ${w}`),
  ].join('\n');
}
