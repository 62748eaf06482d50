/**
 * Data on its way to a terminal (the CLI's reports, the importers' issues): control characters
 * (escape sequences that could move the cursor, clear the screen or change the title) and
 * invisible bidirectional marks become visible `\xNN` / `\u{…}` escapes. Tabs and line breaks
 * are kept: callers that print a value as one line escape line breaks too (`src/cli/args.ts`).
 */
export function escapeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
