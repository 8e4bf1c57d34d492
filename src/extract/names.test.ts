import { describe, expect, it } from 'vitest';
import { buildNameRegistry, editDistance, findNames, NameRegistryBuilder, rememberWordAnswers, sameNameToken, type FoundName } from './names';

const kinds = (s: string, known?: Set<string>) => findNames(s, [], known).map((n) => `${n.kind}:${n.text}`);

describe('findNames', () => {
  it('finds people by first name, by title before them and by a title inside the run', () => {
    expect(kinds('The talks included special envoy Steve Witkoff and Labour Minister Karien van Gennip.')).toEqual([
      'person:Steve Witkoff',
      'person:Karien van Gennip',
    ]);
    expect(kinds('White House spokeswoman Karoline Leavitt said so.')).toContain('person:Karoline Leavitt');
  });

  it('tells places by the gazetteer and by "in <Place>", and keeps acronyms whole', () => {
    expect(kinds('Officials met in Abu Dhabi and in Zorvania on Monday, U.S. officials said.')).toEqual([
      'place:Abu Dhabi',
      'place:Zorvania',
      'org:U.S.',
    ]);
  });

  it('splits at a possessive and drops titles and sentence-initial words that name nothing', () => {
    expect(kinds("Despite that, Ukraine's National Security Council met.")).toEqual(['place:Ukraine', 'org:National Security Council']);
    expect(kinds('Echoing demands, the envoy spoke.')).toEqual([]);
  });

  it('skips the ranges it is told to (dates found first)', () => {
    expect(findNames('They met on Nov. 18 in Paris.', [[11, 18]]).map((n) => n.text)).toEqual(['Paris']);
  });
});

describe('buildNameRegistry', () => {
  it('unifies spellings and lone surnames into one canonical person', () => {
    const found = [
      ...findNames('Ukrainian President Volodymyr Zelenskiy spoke.'),
      ...findNames('Later, Zelensky replied and Zelenskyy agreed.'),
      ...findNames('Then Witkoff left; envoy Steve Witkoff and Vitkoff are one man.'),
    ];
    const reg = buildNameRegistry(found);
    const canon = (text: string) => reg.canonical(found.find((f) => f.text === text)!);
    expect(new Set([canon('Zelensky'), canon('Zelenskyy'), canon('Volodymyr Zelenskiy')]).size).toBe(1);
    expect(reg.display(canon('Zelensky'))).toBe('Volodymyr Zelenskiy');
    expect(canon('Vitkoff')).toBe(canon('Steve Witkoff'));
    expect(reg.kind(canon('Witkoff'))).toBe('person');
  });

  it('keeps different people apart', () => {
    const found = [...findNames('Senator Mike Rounds met Senator Angus King.'), ...findNames('Later Rounds and King spoke.')];
    const reg = buildNameRegistry(found);
    const canon = (text: string) => reg.canonical(found.find((f) => f.text === text)!);
    expect(canon('Rounds')).not.toBe(canon('King'));
  });

  it('matches spelling variants only for names long enough to be safe', () => {
    expect(sameNameToken('zelensky', 'zelenskyy')).toBe(true);
    expect(sameNameToken('king', 'kong')).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('tchaikovsky', 'tchaikovskiy')).toBe(1);
    expect(editDistance('tchaikovsky', 'chaikovsky')).toBe(1);
    expect(editDistance('kharkiv', 'kharkov')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('reports anything over the bound as the bound plus one, also after a longer pair', () => {
    expect(editDistance('abcdefghijklmnopqrstuvwxyz0123456789abcdefgh', 'abcdefghijklmnopqrstuvwxyz0123456789abcdefgx', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('abc', 'abcdefg', 2)).toBe(3);
    expect(editDistance('zelensky', 'zelenskyy', 2)).toBe(1);
  });
});

describe('NameRegistryBuilder', () => {
  const found = (key: string, text: string, kind: FoundName['kind'], index = 5): FoundName => ({ key, text, kind, index });
  it('gives the registry buildNameRegistry gives, the names added a part at a time', () => {
    const parts = [[found('norway', 'Norway', 'place'), found('ann lind', 'Ann Lind', 'person', 0)], [found('lind', 'Lind', 'person')], [found('oslo', 'Oslo', 'place')]];
    const builder = new NameRegistryBuilder();
    builder.add([parts[0]!]);
    builder.add(parts[1]!);
    builder.add([parts[2]!]);
    const [one, all] = [builder.build(), buildNameRegistry(parts.flat())];
    for (const k of ['norway', 'ann lind', 'lind', 'oslo', 'unknown']) {
      expect([one.canonicalKey(k), one.display(k), one.kind(k), one.broad(k)]).toEqual([all.canonicalKey(k), all.display(k), all.kind(k), all.broad(k)]);
    }
    expect([...one.known].sort()).toEqual([...all.known].sort());
  });

  it('keeps compromise’s answers for the next run, and takes those of an earlier one as its own', () => {
    const answers = rememberWordAnswers();
    findNames('Yesterday Norwegian officials met in Oslo.', []);
    const kept = answers();
    expect(Object.keys(kept.tags).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(kept))).toEqual(kept);
    // An answer given by an earlier run is the one used (here a made-up one, to tell).
    const builder = new NameRegistryBuilder();
    builder.add([found('zembla', 'Zembla', 'place')]);
    const again = rememberWordAnswers({ tags: {}, place: {}, broad: { Zembla: true } });
    expect(builder.build().broad('zembla')).toBe(true);
    expect(again().broad).toMatchObject({ Zembla: true });
  });
});
