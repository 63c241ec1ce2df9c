const SSML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text a player said (a name) so it can never break the SSML answer. */
export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => SSML_ESCAPES[c] ?? c);
}
