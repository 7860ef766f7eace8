/** A small labelled tree and its text rendering with box-drawing guides. */

/** A node of a tree: a label and its children. */
export interface TreeNode {
  label: string;
  children?: TreeNode[];
}

/** Renders a tree as lines; `maxDepth` folds deeper levels into a "(n more)" note. */
export function renderTree(root: TreeNode, maxDepth = Infinity): string[] {
  const lines = [root.label];
  const walk = (node: TreeNode, prefix: string, depth: number) => {
    const children = node.children ?? [];
    if (depth > maxDepth && children.length > 0) {
      lines.push(`${prefix}└─ … ${children.length} more`);
      return;
    }
    children.forEach((child, index) => {
      const isLast = index === children.length - 1;
      lines.push(`${prefix}${isLast ? '└─ ' : '├─ '}${child.label}`);
      walk(child, `${prefix}${isLast ? '   ' : '│  '}`, depth + 1);
    });
  };
  walk(root, '', 1);
  return lines;
}
