import { loadGermanPipeline } from '../../src/node/pipeline.js';
const text = 'US-Präsident Barack Obama will einen Nukleargipfel. Er sagte, das sei gut.';
const d = loadGermanPipeline().run('x', text);
console.log(JSON.stringify(d.quotes.map((q) => q.speaker)));
