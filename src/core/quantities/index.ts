export { extractQuantities, type QuantityOptions } from './extract.js';
export {
  createQuantitiesComponent,
  quantitiesComponent,
  type QuantitiesComponentOptions,
} from './component.js';
export { parseNumeral, type NumberLang } from './number-format.js';
