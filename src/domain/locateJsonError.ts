/** Where in a file's text a JSON syntax error is: apart from parseDatasetText.ts, which brings the validator along. */
/** Where a JSON syntax error is, as "line L, column C", from the engine's message. */
export function locateJsonError(text: string, error: SyntaxError): { line: number; column: number } | undefined {
  const position = /position (\d+)/.exec(error.message);
  if (position) return lineColumnAt(text, Number(position[1]));
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  // "Unexpected end of JSON input": the file stops early; the problem is at its end.
  if (/end of JSON/i.test(error.message)) return lineColumnAt(text, text.length);
  return undefined;
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
