export { extractDates, type DateOptions } from './extract.js';
export { detectDocumentDate } from './dateline.js';
export { createDatesComponent, type DatesComponentOptions } from './component.js';
export {
  dateLanguageFor,
  DATE_LANGUAGES,
  DATE_PATTERNS,
  type DateLanguage,
  type DatePatternName,
} from './language.js';
