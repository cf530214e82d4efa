import {
  createStoryIndex,
  reportFeatures,
  type ClusterOptions,
  type ReportFeatures,
} from '../../core/cluster/index.js';
import type { StoryClusterer } from './clusterer.js';

/**
 * The online story clusterer of src/core/cluster behind the store's
 * StoryClusterer: the store's numeric ids become the index's string ids.
 */
export function coreClusterer(options?: ClusterOptions): StoryClusterer<ReportFeatures> {
  return {
    features: (record, reportId) => reportFeatures(record, String(reportId)),
    createIndex() {
      const index = createStoryIndex(options);
      return {
        match(features) {
          const found = index.match(features);
          return found ? { story: Number(found.story), score: found.score } : null;
        },
        assign: (features, story) => index.assign(features, String(story)),
        remove: (reportId) => index.remove(String(reportId)),
      };
    },
  };
}
