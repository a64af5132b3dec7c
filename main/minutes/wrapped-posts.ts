/**
 * "Councillor Peter Cresswell (Vice- Councillor Mathew Shuter Chairman)": a register printed in two columns, the first
 * column's post wrapped onto the next line, so a copy reads the other column's name inside the post's brackets. The
 * post is put back together after the first name and the name inside it stands on its own:
 * "Councillor Peter Cresswell (Vice-Chairman) Councillor Mathew Shuter".
 */
const WRAPPED_POST_RE =
  /\((Vice|Deputy)\s*[-–]?\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(Chair(?:man|woman|person)?|Mayor|Leader|Convener|Provost|President)\)/gu;

export function unwrapPosts(text: string): string {
  if (!text.includes('(Vice') && !text.includes('(Deputy')) return text;
  return text.replace(WRAPPED_POST_RE, (_m, lead: string, name: string, post: string) => `(${lead}${lead === 'Vice' ? '-' : ' '}${post}) ${name}`);
}
