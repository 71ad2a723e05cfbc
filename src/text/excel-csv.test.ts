import { describe, expect, it } from 'vitest';
import { excelCsv, neutraliseFormula, unneutraliseFormula } from './excel-csv';

describe('formula neutralisation', () => {
  it('prefixes cells a spreadsheet would run, not plain numbers, and undoes it', () => {
    expect(['=1+1', '+33 1', '-x', '@SUM(A1)', '-16,5', '-3', 'texte'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+33 1",
      "'-x",
      "'@SUM(A1)",
      '-16,5',
      '-3',
      'texte',
    ]);
    expect(unneutraliseFormula("'=1+1")).toBe('=1+1');
    expect(unneutraliseFormula("'apostrophe")).toBe("'apostrophe");
    expect(unneutraliseFormula(neutraliseFormula("'@lui"))).toBe("'@lui");
  });

  it('writes rows as French Excel opens them: BOM, semicolons, CRLF, quoted cells', () => {
    expect(excelCsv([['a', 'b;c'], ['"d"', '=e']])).toBe('\uFEFFa;"b;c"\r\n"""d""";\'=e\r\n');
  });
});
