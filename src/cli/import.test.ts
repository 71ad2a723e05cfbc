import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_MINI } from '../../tests/fixtures/paths';
import { sheetOf, sheetXml, workbookBytes } from '../../tests/fixtures/import/workbook';

const EXAMPLE = 'public/templates/exemple-cooperations.csv';

function runImport(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/import.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', () => {
  it('writes the GeoJSON and the report, prints a French summary and exits 0 when something was imported', () => {
    const out = mkdtempSync(join(tmpdir(), 'coopatlas-import-'));
    const { status, stdout } = runImport(EXAMPLE, '--out', out, '--geo', GEO_MINI);
    expect(status).toBe(0);
    expect(stdout).toContain('15 lignes, 14 importées, 1 rejetées');
    const report = JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8'));
    expect(report).toMatchObject({ rows: 15, imported: 14, rejected: 1 });
    const geojson = JSON.parse(readFileSync(join(out, 'cooperations.geojson'), 'utf8'));
    expect(geojson.features).toHaveLength(14);
    expect(geojson.features[0].geometry.type).toBe('LineString');
  }, 20_000);

  it('exits 1 when nothing could be imported, and applies --map', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopatlas-import-'));
    const file = join(dir, 'rien.csv');
    writeFileSync(file, 'Ville;Pays\nAtlantis;Sénégal\n');
    expect(runImport(file, '--out', dir, '--geo', GEO_MINI, '--map', 'Ville=collectivite_nom').status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'import-report.json'), 'utf8'));
    expect(report.issues).toEqual([expect.objectContaining({ row: 2, column: 'Ville', severity: 'error' })]);
    expect(readFileSync(join(dir, 'rejected.csv'), 'utf8')).toMatch(/^\uFEFFVille;Pays;motif_rejet\r\nAtlantis;Sénégal;Ville : Collectivité « Atlantis » introuvable/);
  }, 20_000);

  it('reads --sheet 2024 as the sheet named 2024, and exits 1 with a French reason on a hostile workbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopatlas-import-'));
    const workbook = join(dir, 'classeur.xlsx');
    const inventory = sheetXml([['collectivite_code', 'pays_partenaire'], ['35238', 'Sénégal']]);
    writeFileSync(workbook, workbookBytes({ '2023': sheetXml([['vide']]), '2024': inventory }));
    expect(runImport(workbook, '--out', dir, '--geo', GEO_MINI, '--sheet', '2024').status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'import-report.json'), 'utf8')).input.sheet).toBe('2024');
    const hostile = join(dir, 'hostile.xlsx');
    writeFileSync(hostile, workbookBytes({ Feuille: sheetOf('<row r="100000000"><c r="A100000000"><v>1</v></c></row>') }));
    const { status, stderr } = runImport(hostile, '--out', dir, '--geo', GEO_MINI);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Import impossible : la feuille déclare une ligne n° 100\s000\s000/);
  }, 20_000);

  it('exits 2 with a French usage text on a usage error', () => {
    for (const args of [[], [EXAMPLE], [EXAMPLE, '--out'], ['absent.csv', '--out', tmpdir()], [EXAMPLE, '--out', tmpdir(), '--map', 'Ville']]) {
      const { status, stderr } = runImport(...args);
      expect(status).toBe(2);
      expect(stderr).toContain('Usage : npm run import');
    }
  }, 30_000);
});
