import exceljsUrl from 'exceljs/dist/exceljs.min.js?url';
import type { ExcelJs } from '../../shared/excel/load-exceljs';

/**
 * Loads exceljs's browser build from its one file in the build output. Every worker that needs it
 * (the XLSX export, the XLSX import) imports that same file, so the build carries one copy. The
 * file is a UMD bundle: run as a module in a worker it puts `ExcelJS` on the worker's global.
 */
export async function loadExcelJsFile(): Promise<ExcelJs> {
  const scope = self as unknown as { ExcelJS?: ExcelJs };
  if (!scope.ExcelJS) await import(/* @vite-ignore */ exceljsUrl);
  if (!scope.ExcelJS) throw new Error('exceljs did not load');
  return scope.ExcelJS;
}
