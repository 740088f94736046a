import type { IconNode } from "lucide";
import { createElement, type SVGProps } from "react";

export type IconProps = Omit<SVGProps<SVGSVGElement>, "children"> & {
  /** The icon's shapes: `import { House } from "lucide"` (only the icons imported are bundled). */
  node: IconNode;
};

/**
 * A Lucide icon drawn as plain SVG from its shapes, hidden from assistive technology (the
 * control beside it carries the name). Not a client component: a server page sends its icons
 * as markup and no code, and a client component carries only the shapes it draws —
 * lucide-react's icons are client components, which added each icon's shapes to the page's
 * payload and their runtime to every page's JavaScript.
 */
export function Icon({ node, ...props }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={24}
      height={24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {node.map(([tag, attributes], i) => createElement(tag, { key: i, ...attributes }))}
    </svg>
  );
}
