/**
 * Orders strings by code unit. Not `localeCompare`: its order follows the machine's locale (in
 * Danish "aa" sorts after "z"), and the same inputs must give the same files everywhere.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
