import { byTags, type DomElement, kids } from './dom';

function rowsAndColumns(table: DomElement): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const tr of byTags(table, 'tr')) {
    rows += parseInt(tr.attribs.rowspan ?? '', 10) || 1;
    let inRow = 0;
    for (const td of byTags(tr, 'td')) inRow += parseInt(td.attribs.colspan ?? '', 10) || 1;
    columns = Math.max(columns, inRow);
  }
  return { rows, columns };
}

const DATA_DESCENDANTS = new Set(['col', 'colgroup', 'tfoot', 'thead', 'th']);

/** Tables that hold data rather than layout: their content is kept whatever its shape. */
export function findDataTables(root: DomElement): Set<DomElement> {
  const data = new Set<DomElement>();
  for (const table of byTags(root, 'table')) {
    if (table.attribs.role === 'presentation' || table.attribs.datatable === '0') continue;
    const caption = byTags(table, 'caption')[0];
    if (table.attribs.summary || (caption && kids(caption).length > 0) || byTags(table, DATA_DESCENDANTS).length > 0) {
      data.add(table);
      continue;
    }
    if (byTags(table, 'table').length > 0) continue;
    const { rows, columns } = rowsAndColumns(table);
    if (columns === 1 || rows === 1) continue;
    if (rows >= 10 || columns > 4 || rows * columns > 10) data.add(table);
  }
  return data;
}
