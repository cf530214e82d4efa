/**
 * `npx tsx scripts/eval/check-stories.ts [DIR...]`: checks the story gold in
 * eval/stories/ (or the given story folders) and lists every problem.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStory, storyDirs } from './stories/gold.js';

const root = join(fileURLToPath(new URL('../..', import.meta.url)), 'eval', 'stories');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : storyDirs(root);
let bad = 0;
for (const dir of dirs) {
  const { story, problems } = loadStory(dir);
  const label = story
    ? `${story.gold.id} (${story.gold.split}, ${story.gold.reports.length} reports, ${story.gold.conflicts.length} conflicts)`
    : dir;
  if (problems.length === 0) console.log(`ok   ${label}`);
  else {
    bad++;
    console.log(`FAIL ${label}`);
    for (const p of problems) console.log(`     ${p}`);
  }
}
console.log(`${dirs.length - bad} of ${dirs.length} stories valid`);
process.exitCode = bad > 0 ? 1 : 0;
