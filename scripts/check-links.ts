/**
 * Checks the local links of a built site: every href/src of every .html page must name a file in
 * the folder (and a `#fragment` an id on that page). Rules: scripts/lib/links.ts.
 *
 *   npx tsx scripts/check-links.ts dist [--base /timelines/peace-plan/] [--no-fragments]
 *
 * The base path defaults to $BASE_PATH, else `/`. Exit code: 0 all good, 1 broken links, 2 usage.
 */
import { statSync } from 'node:fs';
import { checkFolder } from './lib/links-fs';
import { formatReport } from './lib/links';

const USAGE = 'usage: check-links.ts <site folder> [--base /path/] [--no-fragments]';

function main(argv: string[]): number {
  let folder: string | undefined;
  let base = process.env.BASE_PATH || '/';
  let fragments = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--base') {
      const value = argv[++i];
      if (value === undefined) {
        console.error(`--base needs a value\n${USAGE}`);
        return 2;
      }
      base = value;
    } else if (arg.startsWith('--base=')) base = arg.slice('--base='.length);
    else if (arg === '--no-fragments') fragments = false;
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      return 0;
    } else if (!arg.startsWith('-') && folder === undefined) folder = arg;
    else {
      console.error(`unknown argument ${arg}\n${USAGE}`);
      return 2;
    }
  }
  if (!folder) {
    console.error(USAGE);
    return 2;
  }
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`check-links: ${folder} is not a folder (build the site first)`);
    return 2;
  }
  const result = checkFolder(folder, { base, fragments });
  const report = formatReport(result);
  if (result.broken.length) {
    console.error(report);
    return 1;
  }
  console.log(report);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
