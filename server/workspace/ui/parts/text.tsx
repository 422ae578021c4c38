import type { ComponentChildren } from "preact";

/**
 * Text that came from a page, a reporter or a feed: drawn as text (never markup), isolated from the page's
 * direction (an RTL mark in a title cannot flip what follows), wrapped however long it is.
 */
export function Untrusted({
  children,
  block = false,
}: {
  children: string | null | undefined;
  block?: boolean;
}) {
  const Tag = block ? "p" : "bdi";
  return (
    <Tag class={block ? "untrusted block" : "untrusted"} dir="auto">
      {children ?? ""}
    </Tag>
  );
}

/** A link to an address from outside: only http(s) becomes a link, opened apart with no referrer. */
export function OutsideLink({ href, children }: { href: string; children?: ComponentChildren }) {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    safe = false;
  }
  if (!safe) return <Untrusted>{href}</Untrusted>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children ?? <Untrusted>{href}</Untrusted>}
    </a>
  );
}
