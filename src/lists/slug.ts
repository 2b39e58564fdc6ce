/** Entity and list ids: lower-case ASCII slugs ("Hoshine Silicon (Shanshan)" → "hoshine-silicon-shanshan"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
