/**
 * Chromium's accessibility tree as a screen reader gets it (the `konzept-ax-tree` server command,
 * test/ax-tree-plugin.mjs): roles, names, states, what is ignored, and each node's language.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  readonly id: string;
  readonly parentId?: string;
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly ignored: boolean;
  readonly ignoredReasons: readonly string[];
  /** `expanded`, `pressed`, `level`, `checked`, `live` … as Chromium reports them. */
  readonly props: Readonly<Record<string, unknown>>;
  /** The language in force where the node is (the nearest `lang`, through shadow roots). */
  readonly lang: string;
}

/** The page's accessibility tree (`frame`: the first iframe's). Waits two frames first, so the tree has caught up with the DOM. */
export async function axTree(options: { frame?: boolean } = {}): Promise<AxNode[]> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return (await executeServerCommand<AxNode[], { frame?: boolean }>('konzept-ax-tree', options))!;
}

/** The nodes a screen reader gets (not ignored) with this role. */
export function exposed(tree: readonly AxNode[], role: string): AxNode[] {
  return tree.filter((n) => !n.ignored && n.role === role);
}

/** The text a node's subtree reads, piece by piece (its StaticText leaves). */
export function textsUnder(tree: readonly AxNode[], node: AxNode): AxNode[] {
  const children = new Map<string, AxNode[]>();
  for (const n of tree) if (n.parentId) (children.get(n.parentId) ?? children.set(n.parentId, []).get(n.parentId)!).push(n);
  const out: AxNode[] = [];
  const walk = (n: AxNode) => {
    if (!n.ignored && n.role === 'StaticText') out.push(n);
    for (const c of children.get(n.id) ?? []) walk(c);
  };
  walk(node);
  return out;
}

/** Every heading and button in an element's shadow root (and nested ones), as the DOM holds them. */
export function domCount(root: ParentNode, selector: string): number {
  let count = root.querySelectorAll(selector).length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) count += domCount(el.shadowRoot, selector);
  return count;
}
