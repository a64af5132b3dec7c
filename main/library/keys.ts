/** Identity keys: how a re-import finds the rows it updates, so their ids (and what hangs off them) stay. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function itemKey(number: string | null, title: string): string {
  return number ? `n:${foldName(number)}` : `t:${foldName(title).slice(0, 200)}`;
}

export function decisionKey(itemKeyValue: string, label: string | null, text: string): string {
  return label ? `${itemKeyValue}|l:${foldName(label)}` : `${itemKeyValue}|t:${foldName(text).slice(0, 200)}`;
}

/** A declaration of interest: who, on which item, what. */
export function declarationKey(member: string, item: string | null, subject: string): string {
  return `${foldName(member)}|${foldName(item ?? '')}|${foldName(subject).slice(0, 200)}`;
}
