export { extractQuantities, type QuantityOptions } from './extract.js';
export { quantitiesComponent } from './component.js';
export { parseNumeral, type NumberLang } from './number-format.js';
