/**
 * A test-runner server command that reads Chromium's accessibility tree, as a screen reader gets
 * it, through the DevTools protocol (`Accessibility.getFullAXTree`): `konzept-ax-tree` returns
 * every node with its role, name, states and whether Chromium ignores it (and why), plus the
 * language each node is in (the nearest `lang`, through shadow roots; the protocol has no
 * language property, so it is read from the DOM the node stands for).
 *
 * Payload: `{ frame: true }` reads the first child frame's tree (an end-to-end page in an iframe).
 */
function attribute(node, name) {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

/** backendNodeId → the language in force there (the nearest `lang` up the flat tree). */
function languages(root) {
  const langs = new Map();
  const stack = [[root, '']];
  while (stack.length) {
    const [node, inherited] = stack.pop();
    const lang = node.nodeType === 1 ? (attribute(node, 'lang') ?? inherited) : inherited;
    langs.set(node.backendNodeId, lang);
    for (const child of node.children ?? []) stack.push([child, lang]);
    for (const shadow of node.shadowRoots ?? []) stack.push([shadow, lang]);
    if (node.contentDocument) stack.push([node.contentDocument, '']);
  }
  return langs;
}

function simplify(node, langs) {
  const props = {};
  for (const p of node.properties ?? []) props[p.name] = p.value?.value;
  return {
    id: node.nodeId,
    parentId: node.parentId,
    role: node.role?.value ?? '',
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
    ignored: Boolean(node.ignored),
    ignoredReasons: (node.ignoredReasons ?? []).map((r) => r.name),
    props,
    lang: node.backendDOMNodeId === undefined ? '' : (langs.get(node.backendDOMNodeId) ?? ''),
  };
}

export function axTreePlugin() {
  return {
    name: 'konzept-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'konzept-ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('DOM.enable');
        await cdp.send('Accessibility.enable');
        let frameId;
        if (payload?.frame) {
          const { frameTree } = await cdp.send('Page.getFrameTree');
          frameId = frameTree.childFrames?.[0]?.frame.id;
        }
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {});
        const langs = languages(root);
        return nodes.map((node) => simplify(node, langs));
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}
