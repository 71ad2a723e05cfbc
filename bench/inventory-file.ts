/**
 * npx tsx bench/inventory-file.ts <rows> <file.csv>
 * Writes an inventory CSV of distinct synthetic rows (real collectivity codes and partner names), as
 * French Excel saves it, to time the CLI on a file of that size: see the README's reliability section.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { toInventoryCsv } from '../src/data/write';
import { loadDemo, syntheticCooperations } from './synthetic';

const SLICE = 10_000;

async function main([rows, file]: string[]): Promise<void> {
  const n = Number(rows);
  if (!Number.isInteger(n) || n < 1 || !file) throw new Error('usage: npx tsx bench/inventory-file.ts <rows> <file.csv>');
  // Drawn with replacement from the demo rows, many would be copies; a row number in the description
  // keeps every row distinct, so that the whole file is imported, not half of it rejected as duplicates.
  const cooperations = syntheticCooperations(await loadDemo(), n).map((c, i) => ({ ...c, description: `${c.description ?? ''} n° ${i + 1}` }));
  const out = createWriteStream(file);
  let header: string | undefined;
  for (let start = 0; start < n; start += SLICE) {
    const [sliceHeader, ...lines] = toInventoryCsv(cooperations.slice(start, start + SLICE)).split('\r\n');
    header ??= sliceHeader;
    // Each slice writes its own header; they must agree for the slices to make one table.
    if (sliceHeader !== header) throw new Error(`the columns of rows ${start}+ differ from the first slice's`);
    const text = `${start === 0 ? `${header}\r\n` : ''}${lines.filter((line) => line !== '').join('\r\n')}\r\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  console.log(`${file}: ${n.toLocaleString('en')} rows`);
}

await main(process.argv.slice(2));
