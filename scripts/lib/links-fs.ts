/** The real site folder as a `SiteView` for scripts/lib/links.ts. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite, type CheckOptions, type CheckResult, type FileKind, type SiteView } from './links';

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory());
    if (isDir) walk(full, out);
    else if (/\.html?$/i.test(entry.name)) out.push(full);
  }
}

export function siteFromFolder(root: string): SiteView {
  const files: string[] = [];
  walk(root, files);
  return {
    pages: files.map((f) => relative(root, f).split(sep).join('/')).sort(),
    read: (path) => readFileSync(join(root, ...path.split('/')), 'utf8'),
    kind: (path): FileKind => {
      // Refuse what would leave the folder ("..", absolute) or that no URL path can name.
      if (path.split('/').some((part) => part === '..' || part === '.') || path.includes('\0')) return 'missing';
      const st = statSync(join(root, ...path.split('/')), { throwIfNoEntry: false });
      if (!st) return 'missing';
      return st.isDirectory() ? 'dir' : 'file';
    },
  };
}

export function checkFolder(root: string, options: CheckOptions = {}): CheckResult {
  return checkSite(siteFromFolder(root), options);
}
