import { FIELDS } from './types';
import type { ColumnMapping, ColumnMappingInput, Field } from './types';

/**
 * Header texts seen in distributor files, per field, in en, de, fr, es, it, pl and zh-CN.
 * Written naturally; they are compared after `normaliseHeader` (case, accents, punctuation and
 * whitespace removed), so "Rechnungs-Nr." and "rechnungs nr" are the same entry.
 */
// prettier-ignore
const SYNONYMS: Record<Field, readonly string[]> = {
  distributor: [
    'Distributor', 'Distributor name', 'Distributor ID', 'Disti', 'Supplier', 'Vendor',
    'Distributeur', 'Distribuidor', 'Distributore', 'Dystrybutor', 'Grossist', 'Großhändler',
    'Lieferant', 'Fournisseur', 'Proveedor', 'Fornitore', 'Dostawca', '分销商', '总代理', '供应商',
  ],
  partnerId: [
    'Partner ID', 'Partner', 'Partner number', 'Partner No', 'Partner code', 'BPID', 'BP ID',
    'Reseller ID', 'Reseller', 'Reseller number', 'Reseller No', 'Dealer ID', 'Customer ID',
    'Sold-to', 'Sold to party', 'Partnernummer', 'Partner-Nr.', 'Händlernummer', 'Händler-ID',
    'Händler', 'Wiederverkäufer', 'Kundennummer', 'ID partenaire', 'Code partenaire',
    'Partenaire', 'Revendeur', 'ID revendeur', 'Code revendeur', 'ID socio', 'Socio',
    'Revendedor', 'ID revendedor', 'ID distribuidor autorizado', 'Código de partner',
    'ID partner', 'Codice partner', 'Rivenditore', 'ID rivenditore', 'ID partnera',
    'Numer partnera', 'Partner handlowy', 'Odsprzedawca', '合作伙伴ID', '合作伙伴编号',
    '合作伙伴', '经销商ID', '经销商编号', '代理商编号',
  ],
  invoiceNo: [
    'Invoice No', 'Invoice Number', 'Invoice', 'Invoice #', 'Invoice ID', 'Inv No', 'Bill No',
    'Document No', 'Rechnungsnummer', 'Rechnungs-Nr.', 'Rechnung', 'Rechnungsnr', 'Beleg-Nr.',
    'Belegnummer', 'N° facture', 'No facture', 'Numéro de facture', 'Facture', 'Nº factura',
    'N° factura', 'Número de factura', 'Factura', 'Num factura', 'Numero fattura',
    'N. fattura', 'Fattura', 'Nr faktury', 'Numer faktury', 'Faktura', '发票号', '发票号码',
    '发票编号', '发票',
  ],
  lineNo: [
    'Line', 'Line No', 'Line Number', 'Invoice line', 'Item', 'Item No', 'Pos.', 'Pos',
    'Position', 'Positionsnummer', 'Pos.-Nr.', 'Zeile', 'Ligne', 'N° ligne', 'Numéro de ligne',
    'Línea', 'Nº línea', 'Número de línea', 'Posición', 'Riga', 'N. riga', 'Numero riga',
    'Pozycja', 'Nr pozycji', 'Lp.', 'Linia', '行号', '行', '项目号',
  ],
  date: [
    'Date', 'Invoice date', 'Inv date', 'Document date', 'Billing date', 'Datum',
    'Rechnungsdatum', 'Belegdatum', 'Date de facture', 'Date facture', 'Fecha',
    'Fecha de factura', 'Fecha factura', 'Data', 'Data fattura', 'Data faktury',
    'Data wystawienia', '日期', '发票日期', '开票日期',
  ],
  sku: [
    'SKU', 'Part number', 'Part No', 'PN', 'P/N', 'MTM', 'Product number', 'Product code',
    'Product', 'Material', 'Material number', 'Item number', 'Article', 'Artikelnummer',
    'Artikel-Nr.', 'Artikel', 'Materialnummer', 'Produktnummer', 'Référence', 'Réf.',
    'Référence produit', 'Code article', 'Article', 'Referencia', 'Ref.', 'Código de producto',
    'Código', 'Codice articolo', 'Codice prodotto', 'Articolo', 'Indeks', 'Kod produktu',
    'Numer części', 'Symbol', '物料号', '物料编号', '产品编号', '型号', '料号',
  ],
  family: [
    'Family', 'Product family', 'Product line', 'Category', 'Product category', 'Segment',
    'Familie', 'Produktfamilie', 'Produktlinie', 'Kategorie', 'Warengruppe', 'Famille',
    'Famille de produits', 'Catégorie', 'Familia', 'Familia de producto', 'Categoría',
    'Famiglia', 'Famiglia prodotto', 'Categoria', 'Rodzina', 'Rodzina produktów', 'Kategoria',
    'Grupa produktów', '产品系列', '产品类别', '系列', '类别', '产品线',
  ],
  topseller: [
    'Topseller', 'Top seller', 'TopSeller flag', 'Is topseller', 'TS', 'Top-Seller',
    'Topseller-Kennzeichen', 'Meilleure vente', 'Más vendido', 'Più venduto', 'Bestseller',
    '畅销', '畅销品', '热销', '热销产品',
  ],
  quantity: [
    'Qty', 'Quantity', 'Units', 'Qty sold', 'Quantity sold', 'Menge', 'Anzahl', 'Stück',
    'Stückzahl', 'Quantité', 'Qté', 'Cantidad', 'Cant.', 'Unidades', 'Quantità', 'Qtà',
    'Pezzi', 'Ilość', 'Ilosc', 'Liczba sztuk', '数量',
  ],
  unitPrice: [
    'Unit price', 'Price', 'Unit cost', 'Net price', 'Unit net price', 'Price per unit',
    'Einzelpreis', 'Preis', 'Stückpreis', 'Nettopreis', 'Prix unitaire', 'Prix', 'PU',
    'Precio unitario', 'Precio', 'Prezzo unitario', 'Prezzo', 'Cena jednostkowa', 'Cena',
    'Cena netto', '单价', '价格',
  ],
  lineTotal: [
    'Line total', 'Total', 'Amount', 'Net amount', 'Extended price', 'Line amount', 'Value',
    'Revenue', 'Gesamtpreis', 'Gesamt', 'Betrag', 'Nettobetrag', 'Summe', 'Wert', 'Montant',
    'Montant total', 'Total ligne', 'Montant HT', 'Importe', 'Importe total', 'Total línea',
    'Importo', 'Importo totale', 'Totale', 'Wartość', 'Wartość netto', 'Kwota', 'Razem',
    '总价', '金额', '总金额', '行金额',
  ],
  currency: [
    'Currency', 'Curr', 'Cur', 'CCY', 'Währung', 'Devise', 'Monnaie', 'Moneda', 'Divisa',
    'Valuta', 'Waluta', '币种', '货币',
  ],
  customerName: [
    'End customer', 'End customer name', 'End user', 'End-user name', 'Customer', 'Customer name',
    'Endkunde', 'Endkunde Name', 'Kunde', 'Kundenname', 'Client final', 'Client', 'Nom du client',
    'Cliente final', 'Cliente', 'Nombre del cliente', 'Cliente finale', 'Nome cliente',
    'Klient końcowy', 'Klient', 'Nazwa klienta', 'Odbiorca', '最终客户', '终端客户', '客户', '客户名称',
  ],
};

/** Lower case, no accents, no punctuation or whitespace: "Rechnungs-Nr." → "rechnungsnr". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}#]+/gu, '');
}

const LOOKUP: ReadonlyMap<string, Field> = (() => {
  const map = new Map<string, Field>();
  for (const field of FIELDS) {
    for (const text of SYNONYMS[field]) {
      const key = normaliseHeader(text);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
})();

/** The synonym table as normalised keys (for tests and a mapping screen's hints). */
export function synonymKeys(): ReadonlyMap<string, Field> {
  return LOOKUP;
}

/** The field a header names, or null. Tries the text, then without "(EUR)" / "[pcs]" parts and a currency code. */
export function fieldOfHeader(header: string): Field | null {
  const key = normaliseHeader(header);
  const direct = LOOKUP.get(key);
  if (direct) return direct;
  const stripped = normaliseHeader(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ''));
  const inner = LOOKUP.get(stripped);
  if (inner) return inner;
  const noCode = stripped.replace(/(?:eur|usd|netto|net)$/, '');
  return noCode !== stripped ? (LOOKUP.get(noCode) ?? null) : null;
}

/** Guesses a column for every field it recognises; the first column wins a field. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

/**
 * Applies the user's choices over the guesses: an index or a header text picks a column, null
 * removes one. A column taken by the user for one field is removed from any guessed field.
 */
export function resolveMapping(
  headers: readonly string[],
  guessed: ColumnMapping,
  user: ColumnMappingInput | undefined,
): ColumnMapping {
  if (!user) return { ...guessed };
  const chosen = new Map<Field, number>();
  for (const field of FIELDS) {
    const index = guessed[field];
    if (index !== undefined) chosen.set(field, index);
  }
  const normalised = headers.map(normaliseHeader);
  for (const field of FIELDS) {
    if (!(field in user)) continue;
    const choice = user[field];
    chosen.delete(field);
    if (choice === null || choice === undefined) continue;
    const index = typeof choice === 'number' ? choice : normalised.indexOf(normaliseHeader(choice));
    if (index < 0 || index >= headers.length || !Number.isInteger(index)) continue;
    for (const [other, taken] of chosen) if (taken === index) chosen.delete(other);
    chosen.set(field, index);
  }
  return Object.fromEntries(chosen) as ColumnMapping;
}

/** How many fields a row of headers names (used to find the header row). */
export function headerScore(cells: readonly string[]): number {
  const seen = new Set<Field>();
  for (const cell of cells) {
    const field = fieldOfHeader(cell);
    if (field) seen.add(field);
  }
  return seen.size;
}
