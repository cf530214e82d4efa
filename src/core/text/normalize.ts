/**
 * Normalises decoded text into the one immutable string that every annotation
 * points into. It changes as little as it can: Unicode NFC (so that "ü" typed as
 * u + combining diaeresis matches the lexicon), C0/C1 control characters dropped
 * except tab and line breaks, and lone surrogates (which no encoder can write)
 * replaced by U+FFFD. Line structure is kept: the seeds put one sentence a line.
 */

// Tab (\u0009), LF (\u000A) and CR (\u000D) stay; every other C0 and C1 control goes.
// eslint-disable-next-line no-control-regex
const UNWANTED_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normalizeText(input: string): string {
  let text = input;
  // A byte-order mark that survived decoding is not part of the text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(LONE_SURROGATE, '\uFFFD');
  text = text.replace(UNWANTED_CONTROLS, '');
  return text.normalize('NFC');
}
