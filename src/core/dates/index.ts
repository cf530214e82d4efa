export { extractDates, type DateOptions } from './extract.js';
export { detectDocumentDate } from './dateline.js';
export { createDatesComponent, type DatesComponentOptions } from './component.js';
