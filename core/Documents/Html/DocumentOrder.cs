using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Every node's place in document order, and for an element the place of its last descendant,
/// so that "inside", "before" and "after" are comparisons of numbers.
/// </summary>
internal sealed class DocumentOrder
{
    private readonly Dictionary<INode, int> _position = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<INode, int> _end = new(ReferenceEqualityComparer.Instance);

    public DocumentOrder(INode root)
    {
        var nodes = new List<INode>();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            _position[node] = nodes.Count;
            nodes.Add(node);
            var children = node.ChildNodes.ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        // Backwards, so that a last child's end is known before its parent's.
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            var childCount = node.ChildNodes.Length;
            _end[node] = childCount > 0 ? _end[node.ChildNodes[childCount - 1]] : i;
        }
    }

    /// <summary>The node's place in document order (-1 if it is not under the root).</summary>
    public int Position(INode node) => _position.GetValueOrDefault(node, -1);

    /// <summary>The place of the node's last descendant (its own place if it has none).</summary>
    public int End(INode node) => _end.GetValueOrDefault(node, -1);

    /// <summary>
    /// Pushes an element's child elements so that they pop in document order. (AngleSharp finds
    /// <c>Children[i]</c> and a node's next sibling by walking the parent's child list: one at a
    /// time, a long list would take quadratic time. Enumerating it is linear.)
    /// </summary>
    public static void PushChildren(Stack<IElement> pending, IElement element)
    {
        var children = element.ChildNodes.OfType<IElement>().ToList();
        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }

    /// <summary>Whether the node at <paramref name="position"/> lies inside <paramref name="element"/> (or is it).</summary>
    public bool Contains(INode element, int position) => position >= Position(element) && position <= End(element);
}
