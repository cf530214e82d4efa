export { extractQuantities, type QuantityOptions } from './extract.js';
export {
  createQuantitiesComponent,
  quantitiesComponent,
  type QuantitiesComponentOptions,
} from './component.js';
export { parseNumeral, type GroupMark } from './number-format.js';
export { quantityLanguageFor, QUANTITY_LANGUAGES, type QuantityLanguage } from './language.js';
