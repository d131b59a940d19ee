import { describe, expect, it } from 'vitest';
import { FIELDS, booleanOf, currencyOf, familyOf, guessMapping, normaliseHeader } from './index';
import { synonymKeys } from './mapping';

describe('guessMapping', () => {
  it.each([
    [
      'invoiceNo',
      [
        'Invoice No',
        'Invoice Number',
        'Rechnungsnummer',
        'Rechnungs-Nr.',
        'N° facture',
        'Numéro de facture',
        'Nº factura',
        'Número de factura',
        'Numero fattura',
        'Nr faktury',
        '发票号',
        ' INVOICE  NO. ',
      ],
    ],
    [
      'quantity',
      ['Qty', 'Menge', 'Anzahl', 'Quantité', 'Cantidad', 'Quantità', 'Ilość', '数量', 'QTY (pcs)'],
    ],
    ['lineNo', ['Line', 'Pos.', 'Position', 'Ligne', 'Línea', 'Riga', 'Pozycja', '行号']],
    [
      'sku',
      [
        'SKU',
        'Part number',
        'MTM',
        'Artikelnummer',
        'Référence',
        'Referencia',
        'Codice articolo',
        'Indeks',
        '物料号',
      ],
    ],
    [
      'customerName',
      [
        'End customer',
        'Endkunde',
        'Client final',
        'Cliente final',
        'Cliente finale',
        'Klient końcowy',
        '最终客户',
      ],
    ],
    [
      'partnerId',
      ['Partner ID', 'BPID', 'Reseller ID', 'ID partenaire', 'ID partnera', '合作伙伴编号'],
    ],
    [
      'unitPrice',
      [
        'Unit price',
        'Unit Price (EUR)',
        'Einzelpreis',
        'Prix unitaire',
        'Precio unitario',
        'Prezzo unitario',
        'Cena jednostkowa',
        '单价',
      ],
    ],
    ['lineTotal', ['Line total', 'Betrag', 'Montant', 'Importe', 'Importo', 'Wartość', '金额']],
    ['currency', ['Currency', 'Währung', 'Devise', 'Moneda', 'Valuta', 'Waluta', '币种']],
    [
      'date',
      [
        'Invoice date',
        'Rechnungsdatum',
        'Date de facture',
        'Fecha',
        'Data fattura',
        'Data faktury',
        '发票日期',
      ],
    ],
    [
      'family',
      ['Family', 'Produktfamilie', 'Famille', 'Familia', 'Famiglia', 'Rodzina', '产品系列'],
    ],
    [
      'distributor',
      ['Distributor', 'Distributeur', 'Distribuidor', 'Distributore', 'Dystrybutor', '分销商'],
    ],
    ['topseller', ['Topseller', 'Top seller', '畅销']],
  ] as const)('%s', (field, headers) => {
    for (const header of headers)
      expect(guessMapping(['x', header]), header).toEqual({ [field]: 1 });
  });

  it('maps a full header row and leaves unknown columns alone', () => {
    expect(guessMapping(['Rechnungs-Nr.', 'Pos.', 'Bemerkung', 'Menge', 'Menge'])).toEqual({
      invoiceNo: 0,
      lineNo: 1,
      quantity: 3,
    });
  });

  it('no header text names two fields', () => {
    expect(synonymKeys().size).toBeGreaterThan(FIELDS.length * 5);
    const normalised = new Map<string, string>();
    // Re-deriving the table would need the raw synonyms; checking a few cross-field pairs instead.
    for (const [key, field] of synonymKeys()) normalised.set(key, field);
    expect(normalised.get('line')).toBe('lineNo');
    expect(normalised.get('linetotal')).toBe('lineTotal');
  });

  it('normalises case, accents, punctuation and whitespace', () => {
    expect(normaliseHeader(' Numéro  de-Facture. ')).toBe('numerodefacture');
    expect(normaliseHeader('Ilość')).toBe('ilosc');
  });
});

describe('cell values', () => {
  it('families in a forgiving form', () => {
    expect(familyOf('Server')).toBe('server');
    expect(familyOf('DCG Services')).toBe('dcg-services');
    expect(familyOf('Notebooks')).toBe('notebook');
    expect(familyOf('server-option')).toBe('server-option');
    expect(familyOf('Toaster')).toBeNull();
  });
  it('topseller yes/no in seven languages', () => {
    for (const yes of ['yes', 'TRUE', '1', 'ja', 'oui', 'sí', 'si', 'sì', 'tak', '是', 'Y'])
      expect(booleanOf(yes), yes).toBe(true);
    for (const no of ['no', 'false', '0', 'nein', 'non', 'nie', '否', 'N'])
      expect(booleanOf(no), no).toBe(false);
    expect(booleanOf('maybe')).toBeNull();
  });
  it('currencies by code or symbol', () => {
    expect(currencyOf('eur')).toBe('EUR');
    expect(currencyOf('€')).toBe('EUR');
    expect(currencyOf('US$')).toBe('USD');
    expect(currencyOf('GBP')).toBeNull();
  });
});
