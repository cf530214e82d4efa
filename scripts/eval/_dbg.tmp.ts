import { loadGermanLexicon } from '../../src/node/models/pos.js';
const lx = loadGermanLexicon();
for (const f of ['nehme', 'stelle', 'würden', 'bliebe', 'sollten', 'reiche', 'bestehe', 'handele', 'ständen', 'sei', 'habe', 'neue', 'sagte', 'stellten']) console.log(f, JSON.stringify(lx.readings(f)));
