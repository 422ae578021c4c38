/**
 * The `punycode` package (Mathias Bynens), imported by its file so that Node resolves the package rather than
 * its deprecated built-in module of the same name; the package ships no types.
 */
declare module "punycode/punycode.js" {
  const punycode: {
    toUnicode(domain: string): string;
    toASCII(domain: string): string;
  };
  export default punycode;
}
