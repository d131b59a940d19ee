import type * as ExcelJsModule from 'exceljs';

/**
 * Where exceljs comes from. Node (tests, tools) imports the package. The browser's workers install
 * a loader that fetches one shared file of the build: a bundler would otherwise copy the 930 KB
 * library into every worker that reads or writes a workbook. The specifier is a variable so that
 * no bundle includes a copy through this module.
 */
export type ExcelJs = typeof ExcelJsModule;

const PACKAGE = 'exceljs';

let loader: () => Promise<ExcelJs> = async () => {
  const module = (await import(/* @vite-ignore */ PACKAGE)) as ExcelJs & { default?: ExcelJs };
  return module.default ?? module;
};

export function setExcelJsLoader(load: () => Promise<ExcelJs>): void {
  loader = load;
}

export function loadExcelJs(): Promise<ExcelJs> {
  return loader();
}
