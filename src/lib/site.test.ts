import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { DEFAULT_SITE, loadSiteConfig, parseSiteConfig } from './site';

describe('site config', () => {
  it('reads the repository’s own content/site.yaml', () => {
    const site = loadSiteConfig();
    expect(site.title.length).toBeGreaterThan(0);
    expect(site.lang).toBe('en');
  });

  it('falls back to a plain name when the project has no site file', () => {
    expect(loadSiteConfig(tmpdir())).toEqual(DEFAULT_SITE);
  });

  it('names the file and the missing field', () => {
    expect(() => parseSiteConfig('title: "x"\n')).toThrow(/content\/site\.yaml: description/);
    expect(() => parseSiteConfig('title: "x"\ndescription: "y"\ncolour: red\n')).toThrow(/colour|Unrecognized/);
  });
});
