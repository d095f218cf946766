/**
 * What a message calls an item of the Setup. A name is required, but a
 * message may be about the very row whose name is still blank: the ID then
 * says which one.
 */

/** A category, stage, criterion or juror: its name, or its ID when the name is blank. */
export function nameOrId(item: { readonly id: string; readonly name: string }): string {
  return item.name.trim() || item.id;
}

/** An entry: its title, or its ID when the title is blank. */
export function titleOrId(entry: { readonly id: string; readonly title: string }): string {
  return entry.title.trim() || entry.id;
}
