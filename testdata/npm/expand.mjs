// expand.mjs expands a JSON-LD document (deid's croissant.json) with the
// jsonld processor and prints the expanded form: deid's tests check that the
// Croissant properties survive expansion as full IRIs. The context is inline,
// so no network is needed. Usage: node expand.mjs FILE
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const file = process.argv[2];
if (!file) {
  console.error('usage: node expand.mjs FILE');
  process.exit(2);
}
const doc = JSON.parse(readFileSync(file, 'utf8'));
const expanded = await jsonld.expand(doc, {
  documentLoader: async (url) => { throw new Error('no remote contexts: ' + url); },
});
process.stdout.write(JSON.stringify(expanded) + '\n');
