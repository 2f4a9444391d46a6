// Putting text inside <script> and <style> elements: the HTML parser ends those elements at the first
// "</script" or "</style", whatever the JavaScript or CSS around it means. Data from platforms reaches the chart
// JSON, so that JSON must not be able to close its element.

/** JSON that is safe as the text of <script type="application/json">: <, >, & and the JS line separators escaped. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Trusted JavaScript (chart.js, the chart script) made safe to inline: "</script" and "<!--" cannot end it. */
export function scriptForScriptElement(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Trusted CSS to inline; CSS has no escape that survives the HTML parser, so refuse rather than guess. */
export function cssForStyleElement(source: string): string {
  if (/<\/style/i.test(source))
    throw new Error('The report stylesheet contains "</style", which would end the <style> element');
  return source;
}
