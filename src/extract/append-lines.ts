/**
 * The cache files of .cache/ hold one entry a line, and a run appends the lines of its new entries
 * rather than writing the file again. Lines of entries no run uses any more pile up that way, so the
 * file is written whole again, with only the used ones, once they would be more than a third of it.
 *
 * `fileLines`: entry lines in the file read; `kept`: those of them still used; `fresh`: new entries.
 */
export function mayAppend(fileLines: number, kept: number, fresh: number): boolean {
  return 3 * (fileLines - kept) <= fileLines + fresh;
}
