import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from './csv';

describe('sniffDelimiter', () => {
  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc', '\t'],
    ['a|b|c', '|'],
    ['"x;y",b,c', ','],
    ['seule', ','],
  ])('%j → %j', (text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));
});

describe('parseCsv', () => {
  it('reads quotes, doubled quotes and delimiters inside quotes', () => {
    const table = parseCsv('nom;note\r\n"Lyon; Rhône";"dit ""oui"""\r\n');
    expect(table.header).toEqual(['nom', 'note']);
    expect(table.rows).toEqual([{ line: 2, cells: ['Lyon; Rhône', 'dit "oui"'] }]);
  });

  it('accepts LF, CRLF and CR line breaks alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const table = parseCsv(['a,b', '1,2', '3,4'].join(eol));
      expect(table.rows.map((row) => row.cells)).toEqual([['1', '2'], ['3', '4']]);
    }
  });

  it('numbers records as a spreadsheet does, whatever the lines a multi-line cell spans', () => {
    const table = parseCsv('a;b\n"première\nligne\r\ntroisième";x\n\nz;y\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['première\nligne\r\ntroisième', 'x'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['z', 'y'] },
    ]);
  });

  it('keeps empty cells and a last cell without line break', () => {
    expect(parseCsv('a,b,c\n,,\n1,,3').rows.map((row) => row.cells)).toEqual([['', '', ''], ['1', '', '3']]);
  });

  it('reports an unterminated quote as an error and reads that line literally, losing the next ones not', () => {
    const table = parseCsv('a;b\n"ouvert;1\nz;2\n');
    expect(table.issues).toEqual([expect.objectContaining({ row: 2, severity: 'error' })]);
    expect(table.rows).toEqual([
      { line: 2, cells: ['"ouvert', '1'] },
      { line: 3, cells: ['z', '2'] },
    ]);
  });

  it('reads an empty text as no header and no rows', () => {
    expect(parseCsv('')).toMatchObject({ header: [], rows: [] });
  });
});
