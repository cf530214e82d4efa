import { findQuotes } from '../../src/core/quotes/find-quotes.js';
const text = 'Möglicherweise habe der Fahrer aber einen Schwächeanfall erlitten, teilte ein Polizeisprecher gestern mit.';
console.log(JSON.stringify(findQuotes({ text, sentences: [], tokens: [], entities: [] })));
