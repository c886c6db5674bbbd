/** Upper-cases the first letter: messages are written to follow a colon, and sometimes open a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
