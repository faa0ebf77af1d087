using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// Every node's place in document order, and for an element the place of its last descendant,
/// so that "inside", "before" and "after" are comparisons of numbers.
/// </summary>
internal sealed class DocumentOrder
{
    private readonly Dictionary<INode, int> _position = [];
    private readonly Dictionary<INode, int> _end = [];

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
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }

        // Backwards, so that a last child's end is known before its parent's.
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            _end[node] = node.LastChild is { } last ? _end[last] : i;
        }
    }

    /// <summary>The node's place in document order (-1 if it is not under the root).</summary>
    public int Position(INode node) => _position.GetValueOrDefault(node, -1);

    /// <summary>The place of the node's last descendant (its own place if it has none).</summary>
    public int End(INode node) => _end.GetValueOrDefault(node, -1);

    /// <summary>Whether the node at <paramref name="position"/> lies inside <paramref name="element"/> (or is it).</summary>
    public bool Contains(INode element, int position) => position >= Position(element) && position <= End(element);
}
