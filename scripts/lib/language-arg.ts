/**
 * Train and eval scripts whose stage has one model per language: the German
 * script is the entry point and hands `--lang en` over to its English twin
 * (`*-en.ts`). This reads `--lang X` or `--lang=X` (default `de`), removes it
 * from `process.argv` so the chosen script's own strict argument parser does
 * not see it, and exits with a message for a language the stage has no model for.
 */
export function takeLanguageArg(stage: string, known: readonly string[] = ['de', 'en']): string {
  const at = process.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return 'de';
  const inline = process.argv[at]!.includes('=');
  const lang = inline ? process.argv[at]!.split('=')[1] : process.argv[at + 1];
  if (lang === undefined || !known.includes(lang)) {
    console.error(
      `--lang ${lang ?? '(missing)'}: no ${stage} for this language (${known.join(', ')})`,
    );
    process.exit(1);
  }
  process.argv.splice(at, inline ? 1 : 2);
  return lang;
}
