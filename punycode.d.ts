/**
 * The `punycode` package (Mathias Bynens), imported as "punycode/" so that Node resolves the package rather
 * than its deprecated built-in module of the same name; the package ships no types.
 */
declare module "punycode/" {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
