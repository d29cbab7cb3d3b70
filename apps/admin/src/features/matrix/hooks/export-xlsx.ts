import { exportHeader, exportRows, type MatrixRow } from './matrix-rows';

/** Writes the matrix as .xlsx in the browser; exceljs (≈ 250 KB gzip) is loaded only when someone exports. */
export async function exportMatrixXlsx(title: string, rows: readonly MatrixRow[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联席会议工作平台';
  const sheet = workbook.addWorksheet('责任矩阵', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.mergeCells(1, 1, 1, exportHeader.length);
  sheet.getCell(1, 1).value = `${title} 责任分工表`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.addRow([...exportHeader]);
  header.font = { bold: true };
  for (const values of exportRows(rows)) sheet.addRow(values);
  const widths = [14, 60, 24, 36, 24, 16];
  widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `${title}-责任矩阵.xlsx`;
  link.click();
  URL.revokeObjectURL(url);
}
