/** A sample template that does not parse: unbalanced brackets, or a stray closing one. */
export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly template: string,
  ) {
    super(`${message} in template "${template}"`);
    this.name = 'TemplateSyntaxError';
  }
}

type Choice = string[][];

/** Named template pieces of one language: `<please>` in a template stands for `fragments.please`. */
export type Fragments = Readonly<Record<string, string>>;

const FRAGMENT = /<([A-Za-z][A-Za-z0-9_]*)>/g;

/** Replaces every `<name>` by its fragment, as a group, until none is left. */
export function inlineFragments(template: string, fragments: Fragments): string {
  let text = template;
  for (let depth = 0; text.search(FRAGMENT) >= 0; depth += 1) {
    if (depth >= 10)
      throw new TemplateSyntaxError('fragments that refer to each other in a circle', template);
    text = text.replace(FRAGMENT, (_, name: string) => {
      const fragment = fragments[name];
      if (fragment === undefined) throw new TemplateSyntaxError(`unknown fragment <${name}>`, template);
      return `(${fragment})`;
    });
  }
  return text;
}

/**
 * Expands the compact sample syntax into plain samples, in a stable order:
 * `(a|b)` picks one of the choices, `[a]` or `[a|b]` may also be left out, `{slot}` is kept as is,
 * `<name>` is the language's fragment of that name. Groups nest. Spaces are collapsed, so
 * `lance [vite] un match` gives two clean samples.
 */
export function expandTemplate(source: string, fragments: Fragments = {}): string[] {
  const template = inlineFragments(source, fragments);
  let position = 0;

  // Reads choices up to the closing bracket (or the end), each choice a list of expanded variants.
  const readChoices = (closing: string | undefined): string[] => {
    const choices: Choice = [];
    let variants: string[] = [''];
    const append = (pieces: string[]) => {
      variants = variants.flatMap((head) => pieces.map((piece) => head + piece));
    };
    while (position < template.length) {
      const character = template[position] ?? '';
      position += 1;
      if (character === '(' || character === '[') {
        const inner = readChoices(character === '(' ? ')' : ']');
        append(character === '[' ? ['', ...inner] : inner);
      } else if (character === '|') {
        if (closing === undefined) throw new TemplateSyntaxError('"|" outside a group', source);
        choices.push(variants);
        variants = [''];
      } else if (character === ')' || character === ']') {
        if (character !== closing) throw new TemplateSyntaxError(`unexpected "${character}"`, source);
        choices.push(variants);
        return choices.flat();
      } else {
        append([character]);
      }
    }
    if (closing !== undefined) throw new TemplateSyntaxError(`missing "${closing}"`, source);
    choices.push(variants);
    return choices.flat();
  };

  const expanded = readChoices(undefined).map((sample) => sample.replace(/\s+/g, ' ').trim());
  return [...new Set(expanded)].filter((sample) => sample.length > 0);
}
