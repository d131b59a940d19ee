declare module 'virtual:boot-strings' {
  /** language code → the BOOT_KEYS strings of that language (English where one is missing). */
  const strings: Readonly<Record<string, Readonly<Record<string, string>>>>;
  export default strings;
}
