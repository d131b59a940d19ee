import { FAMILIES, isFamily } from '../index';
import type { Currency, Family } from '../index';

/** Lower case, no accents, letters and digits only; a plural "s" removed. */
function key(text: string): string {
  const k = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return k.length > 3 && k.endsWith('s') ? k.slice(0, -1) : k;
}

// prettier-ignore
const FAMILY_WORDS: Record<Family, readonly string[]> = {
  notebook: ['notebook', 'notebooks', 'laptop', 'laptops', 'portable', 'ordinateur portable', 'portátil', 'portatile', 'Notebook-Computer', '笔记本', '笔记本电脑'],
  desktop: ['desktop', 'desktops', 'desktop pc', 'pc', 'ordinateur de bureau', 'sobremesa', 'komputer stacjonarny', '台式机'],
  workstation: ['workstation', 'workstations', 'station de travail', 'estación de trabajo', 'stacja robocza', '工作站'],
  visuals: ['visuals', 'visual', 'monitor', 'monitors', 'display', 'displays', 'bildschirm', 'écran', 'monitore', '显示器'],
  peripheral: ['peripheral', 'peripherals', 'accessory', 'accessories', 'zubehör', 'peripherie', 'accessoires', 'periféricos', 'accessori', 'akcesoria', '配件', '外设'],
  'client-services': ['client services', 'client service', 'pc services', 'client-services', 'services client', 'servicios cliente', '客户端服务'],
  server: ['server', 'servers', 'serveur', 'servidor', 'servidores', 'serwer', '服务器'],
  'server-option': ['server option', 'server options', 'server-option', 'options', 'option serveur', 'serveroptionen', '服务器选件'],
  storage: ['storage', 'speicher', 'stockage', 'almacenamiento', 'archiviazione', 'pamięć masowa', '存储'],
  'dcg-services': ['dcg services', 'dcg service', 'dcg-services', 'data centre services', 'data center services', 'services dcg', 'dcg-dienstleistungen', '数据中心服务'],
};

const FAMILY_LOOKUP: ReadonlyMap<string, Family> = (() => {
  const map = new Map<string, Family>();
  for (const family of FAMILIES)
    for (const word of FAMILY_WORDS[family]) map.set(key(word), family);
  return map;
})();

/**
 * How family texts are compared (case, accents, punctuation and a plural "s" ignored): the key
 * of a rep's value mapping, so "Services" and "SERVICES" are one value.
 */
export function familyValueKey(text: string): string {
  return key(text.trim());
}

/** The rep's value → family choices, keyed for lookup; a later duplicate key wins. */
export function familyValueLookup(
  values: Readonly<Record<string, Family>> | undefined,
): ReadonlyMap<string, Family> {
  const map = new Map<string, Family>();
  for (const [text, family] of Object.entries(values ?? {}))
    if (isFamily(family)) map.set(familyValueKey(text), family);
  return map;
}

/** Canonical family id from a forgiving name ("DCG Services" → dcg-services); null if unknown. */
export function familyOf(text: string): Family | null {
  if (isFamily(text)) return text;
  return FAMILY_LOOKUP.get(key(text)) ?? null;
}

// prettier-ignore
const YES = ['yes', 'y', 'true', '1', 'x', 'ja', 'j', 'oui', 'si', 'sí', 'sì', 'tak', '是', 'wahr', 'vrai', 'verdadero', 'vero'];
// prettier-ignore
const NO = ['no', 'n', 'false', '0', 'nein', 'non', 'nie', '否', 'falsch', 'faux', 'falso'];
const BOOL_LOOKUP: ReadonlyMap<string, boolean> = new Map([
  ...YES.map((w) => [w.normalize('NFKD').replace(/\p{M}/gu, ''), true] as const),
  ...NO.map((w) => [w, false] as const),
]);

/** Topseller flag from yes/no in the supported languages; null if not recognised. */
export function booleanOf(text: string): boolean | null {
  const k = text.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
  return BOOL_LOOKUP.get(k) ?? null;
}

/** Currency from a code or symbol ("EUR", "€", "usd", "US$"); null if not USD or EUR. */
export function currencyOf(text: string): Currency | null {
  if (text === 'USD' || text === 'EUR') return text;
  const k = text.trim().toUpperCase();
  if (k === 'USD' || k === '$' || k === 'US$' || k === 'US DOLLAR' || k === 'DOLLAR') return 'USD';
  if (k === 'EUR' || k === '€' || k === 'EURO' || k === 'EUROS') return 'EUR';
  return null;
}
