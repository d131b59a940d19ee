/**
 * A name suggested by the renderer, made safe as a file name in the save dialog: no folders,
 * separators, control characters or Windows-reserved characters and names; never empty.
 */
export function safeFileName(suggested: string, fallback = 'export'): string {
  const last = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  let name = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)) name = `_${name}`;
  return name.slice(0, 180) || fallback;
}

/** The extension of a suggested name ('csv'), for the dialog's filter. */
export function extensionOf(name: string): string | null {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match?.[1] ? match[1].toLowerCase() : null;
}
