/**
 * A value for an APL Text component, whose `text` is markup (`<b>`, `<br>`, entities): a
 * name such as "Bob <3" must show as typed, not as a broken tag.
 */
export function aplText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
