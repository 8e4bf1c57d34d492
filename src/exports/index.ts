/** The exports: pure `EventsFile → string` functions, one per file, served by src/pages/*.ts. */
export { eventsJson, canonicalEventsFile, EventsFileError } from './events-json';
export { timelineJson, timelineJsData, timelineDate, CONTEXT_GROUP } from './timeline-json';
export type { TimelineJs, TimelineSlide, TimelineDate } from './timeline-json';
export { eventsIcs, escapeText as escapeIcsText, foldLine as foldIcsLine } from './ics';
export type { IcsOptions } from './ics';
export { eventsCsv, csvField, guardFormula, CSV_COLUMNS, LIST_SEPARATOR } from './csv';
export { atomFeed, uuidV5 } from './atom';
export type { AtomOptions } from './atom';
export { EXPORT_META, siteRoot, eventLink } from './meta';
