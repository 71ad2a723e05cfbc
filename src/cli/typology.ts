/**
 * npm run typology [-- --data FILE] [--geo DIR]
 * Classifies every collectivity of a dataset (the demo by default) and compares the computed
 * models with the declared ones: distribution, agreement rate and confusion table.
 */
import { collectivityKey } from '../domain/collectivity-key';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CooperationCollection } from '../domain/cooperation';
import { continentLookup } from '../domain/gazetteer';
import { TYPOLOGY_IDS, TYPOLOGY_LABELS } from '../domain/typology';
import { diskGazetteerSource } from '../data/gazetteer-source';
import { typologyLookup } from '../model/typology';
import { COMPUTED_MODELS, compareWithDeclared, type ComputedModel } from '../model/typology-report';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'public/data/cooperations.geojson' },
    geo: { type: 'string', default: 'public/geo' },
  },
});

const collection = JSON.parse(await readFile(values.data, 'utf8')) as CooperationCollection;
const countries = await diskGazetteerSource(values.geo).countries();
const cooperations = collection.features.map((feature) => feature.properties);
const typologyOf = typologyLookup(cooperations, continentLookup(countries));
const typologies = [...new Set(cooperations.map(collectivityKey))].flatMap((ctCode) => typologyOf(ctCode) ?? []);
const report = compareWithDeclared(typologies);

const label = (model: ComputedModel) => (model === 'none' ? 'aucun' : TYPOLOGY_LABELS[model]);
const percent = (part: number, whole: number) => `${whole === 0 ? '0' : ((100 * part) / whole).toFixed(1)} %`;
const row = (cells: (string | number)[]) => cells.map((cell, i) => String(cell)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 12 : 10)).join('');

console.log(`${values.data} : ${cooperations.length} coopérations, ${report.collectivities} collectivités\n`);
console.log('Répartition des modèles (collectivités)');
console.log(row(['modèle', 'déclaré', 'calculé']));
for (const model of COMPUTED_MODELS) {
  console.log(row([label(model), model === 'none' ? report.collectivities - report.compared : report.declared[model], report.computed[model]]));
}
console.log(`\nAccord avec le modèle déclaré : ${report.agreeing} / ${report.compared} = ${percent(report.agreeing, report.compared)}`);
console.log(
  `Sans modèle calculé : ${report.computed.none} (égalités : ${report.ties}, confiance insuffisante : ${report.lowConfidence}); confiance moyenne ${percent(report.meanConfidence, 1)}`,
);
console.log('\nTable de confusion (lignes : déclaré, colonnes : calculé)');
console.log(row(['', ...COMPUTED_MODELS.map(label), 'accord']));
for (const declared of TYPOLOGY_IDS) {
  const line = report.confusion[declared];
  console.log(row([label(declared), ...COMPUTED_MODELS.map((model) => line[model]), percent(line[declared], report.declared[declared])]));
}
