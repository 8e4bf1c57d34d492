/** Names shown on every page. */
export const SITE_TITLE = 'The Ukraine peace plan, as reported';
export const SITE_INTRO =
  'How the U.S. plan to end the war in Ukraine was drafted, leaked, revised and argued over, told from news reports. ' +
  'Each event links to the passages that report it.';
