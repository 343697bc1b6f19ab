/**
 * The value of a repeatable option (`-f json -f sarif`, `--rule a:off --rule b:warn`) as a list.
 * Used as yargs `coerce` instead of `array: true`, which is greedy: `-f json file.json` would take
 * the file name as a second format.
 */
export function repeatable(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
}
