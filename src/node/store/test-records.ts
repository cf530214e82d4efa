import type { DocumentRecord, EntityType, FrameRecord } from '../../core/contract/types.js';
import { emptyDocument } from '../../core/testing/records.js';
import type { StoryClusterer } from './clusterer.js';

/**
 * Small hand-made records for the store's tests: real German sentences, named
 * entities and one claim frame, without running the analysis pipeline (which
 * would make every store test wait for the models).
 */
export function testRecord(
  id: string,
  text: string,
  options: {
    names?: { text: string; type: EntityType }[];
    meta?: DocumentRecord['meta'];
    frame?: { bearer: string; attribute: string; value: string };
    lang?: string;
  } = {},
): DocumentRecord {
  const entities = (options.names ?? []).map((name, n) => {
    const start = text.indexOf(name.text);
    if (start < 0) throw new Error(`"${name.text}" is not in the text of ${id}`);
    return {
      start,
      end: start + name.text.length,
      text: name.text,
      type: name.type,
      form: 'name' as const,
      entity: `e${n + 1}`,
    };
  });
  const frames: FrameRecord[] = [];
  if (options.frame) {
    const start = text.indexOf(options.frame.value);
    const at = start < 0 ? 0 : start;
    frames.push({
      start: at,
      end: at + options.frame.value.length,
      kind: 'quantity',
      index: 0,
      text: options.frame.value,
      value: options.frame.value,
      bearer: {
        start: 0,
        end: 1,
        text: options.frame.bearer,
        key: options.frame.bearer,
        entity: null,
        named: false,
        how: 'subject',
      },
      attribute: { key: options.frame.attribute, label: options.frame.attribute, words: [] },
      qualifiers: [],
      source: null,
      superseded: null,
    });
  }
  return emptyDocument(id, text, {
    entities,
    frames,
    sentences: [{ start: 0, end: text.length }],
    lang: options.lang ?? 'de',
    ...(options.meta ? { meta: options.meta } : {}),
  });
}

/**
 * A clusterer whose choice a test can predict: reports whose record id starts
 * with the same word before `#` form one story ("flut#1", "flut#2").
 */
export function prefixClusterer(): StoryClusterer<{ report: number; topic: string }> {
  return {
    features: (record, reportId) => ({ report: reportId, topic: record.id.split('#')[0]! }),
    createIndex() {
      const storyOf = new Map<string, number>();
      const topicOf = new Map<number, string>();
      return {
        match: (f) => {
          const story = storyOf.get(f.topic);
          return story === undefined ? null : { story, score: 1 };
        },
        assign: (f, story) => {
          storyOf.set(f.topic, story);
          topicOf.set(f.report, f.topic);
        },
        remove: (report) => {
          topicOf.delete(report);
        },
      };
    },
  };
}
