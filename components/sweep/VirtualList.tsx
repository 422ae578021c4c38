import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

/** Rows drawn above and below the visible ones, so that a fast scroll shows no blank band. */
const OVERSCAN = 6;

/**
 * A scrolling list that draws only the rows in view: a sweep of 10,000 listings stays a few dozen elements.
 * Rows have one fixed height, which is what makes the window a simple division.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  height: string;
  label: string;
  render: (item: T, index: number) => ComponentChildren;
  rowKey: (item: T) => string;
}) {
  const { items, rowHeight, render, rowKey } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);
  const visible = items.slice(first, last);
  return (
    <div
      ref={box}
      class="virtual-list"
      style={{ height: props.height, overflowY: "auto", position: "relative" }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul
        aria-label={props.label}
        style={{ height: `${items.length * rowHeight}px`, position: "relative", margin: 0, padding: 0 }}
      >
        {visible.map((item, i) => (
          <li
            key={rowKey(item)}
            style={{
              position: "absolute",
              top: `${(first + i) * rowHeight}px`,
              left: 0,
              right: 0,
              height: `${rowHeight}px`,
              listStyle: "none",
            }}
          >
            {render(item, first + i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
