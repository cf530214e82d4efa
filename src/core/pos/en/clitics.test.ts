import { describe, expect, it } from 'vitest';
import { splitContraction } from './clitics.js';

describe('splitContraction', () => {
  it.each([
    ["don't", ['do', "n't"]],
    ["Don't", ['Do', "n't"]],
    ["can't", ['ca', "n't"]],
    ["won't", ['wo', "n't"]],
    ['don’t', ['do', 'n’t']],
    ["I'm", ['I', "'m"]],
    ["they're", ['they', "'re"]],
    ["we've", ['we', "'ve"]],
    ["she'll", ['she', "'ll"]],
    ["I'd", ['I', "'d"]],
    ["Bush's", ['Bush', "'s"]],
    ['Kyiv’s', ['Kyiv', '’s']],
    ['cannot', ['can', 'not']],
    ['Cannot', ['Can', 'not']],
    ['gonna', ['gon', 'na']],
    ['dont', ['do', 'nt']],
  ])('%s → %j', (form, parts) => {
    expect(splitContraction(form)).toEqual(parts);
  });

  it.each([
    // Ordinary words, and clitics a tokenizer already split off, stay whole.
    'its',
    'wont',
    'ill',
    "n't",
    "'s",
    "O'Neill",
    "rock'n'roll",
    'says',
    "''",
    'I',
  ])('%s stays one word', (form) => {
    expect(splitContraction(form)).toEqual([form]);
  });
});
